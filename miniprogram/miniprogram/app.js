// 商城小程序 — pages are server-driven layouts (docs/pages-api.md) drawn by
// components/page-renderer through the shared JS core (miniprogram/shared, synced from
// ../shared_js by `npm run sync`).
import { mergeGuestCart, refreshCartBadge } from "./core/cart.js";
import { refreshUnread } from "./core/notify.js";

App({
  globalData: {},
  onLaunch() {},
  // A guest cart is merged once a token is present (there is no login page yet: whatever signs the
  // shopper in stores the token), then the cart tab's badge is refreshed (GET /cart/count).
  // The 我的 tab's red dot is the unread total of chat + message centre (core/notify.js).
  onShow() {
    mergeGuestCart()
      .catch(() => null)
      .then(() => refreshCartBadge());
    refreshUnread().catch(() => null);
  },
});
