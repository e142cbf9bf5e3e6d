// Sign-in checks before shopper-only calls. There is no login page yet: like a 401 answer
// (core/api.js), a missing token tells the shopper 「请先登录」 and nothing is sent.
import { getToken } from "./api.js";

export function isSignedIn() {
  return !!getToken();
}

/** true when signed in; otherwise the 「请先登录」 toast and false. */
export function requireSignIn() {
  if (isSignedIn()) return true;
  wx.showToast({ title: "请先登录", icon: "none" });
  return false;
}

/** Show an API error (or any error) as a toast. */
export function toastError(err, fallback) {
  wx.showToast({ title: (err && err.message) || fallback || "操作失败，请稍后再试", icon: "none" });
}
