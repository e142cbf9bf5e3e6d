/**
 * The shopper's session as views see it. There is no login page yet: actions that need one
 * tell the shopper 「请先登录」 (the login issue will route there instead).
 */
import { showToast } from "vant";

import { getToken } from "./api";

export const LOGIN_ROUTE: string | null = null;

export function isSignedIn(): boolean {
  return Boolean(getToken());
}

/** true when signed in; otherwise tells the shopper to sign in and answers false. */
export function requireSignIn(): boolean {
  if (isSignedIn()) return true;
  showToast("请先登录");
  return false;
}
