/**
 * The shopper's session as views see it. There is no login page yet: actions that need one
 * tell the shopper 「请先登录」 (the login issue will route there instead). Whatever signs the
 * shopper in calls `afterSignIn(token)`; signing out is `signOut()` (the push device goes first,
 * while the token still works).
 */
import { showToast } from "vant";

import { client, getToken, setToken } from "./api";
import { refreshUnread, resetChat } from "./chat";
import { registerPushDevice, unregisterPushDevice } from "./push";

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

/** A new session: keep the token, register the phone for push (native app only), reload the dot. */
export async function afterSignIn(token: string): Promise<void> {
  setToken(token);
  await Promise.all([registerPushDevice(), refreshUnread()]);
}

/** End the session: the push device is deleted, the server forgets the token, the app forgets it. */
export async function signOut(): Promise<void> {
  if (getToken()) {
    await unregisterPushDevice();
    try {
      await client.post("/auth/logout");
    } catch {
      /* the token is dropped here either way */
    }
  }
  setToken(null);
  resetChat();
}
