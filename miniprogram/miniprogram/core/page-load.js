// The load steps a page shares (`state`: loading | signin | error | empty | ready, with `error`):
// the sign-in gate, the order page's opening and a load that turns a failure into the error state.
import { requireSignIn } from "./auth.js";
import { decodeParam } from "./navigate.js";

/** Signed in: true. A guest: the page shows 请先登录 (`state: "signin"`) and this is false. */
export function signedInOr(page) {
  if (requireSignIn()) return true;
  page.setData({ state: "signin" });
  return false;
}

/** An order page (`?order_no=`) sets `page._no`; false when it cannot load (no order no, a guest). */
export function openOrderPage(page, options) {
  page._no = decodeParam((options || {}).order_no);
  if (!page._no) {
    page.setData({ state: "error", error: "订单不存在" });
    return false;
  }
  return signedInOr(page);
}

/** Run a page's load; a failure shows its message (or 加载失败) as the error state. */
export async function loadOrError(page, run) {
  try {
    await run();
  } catch (err) {
    page.setData({ state: "error", error: (err && err.message) || "加载失败" });
  }
}
