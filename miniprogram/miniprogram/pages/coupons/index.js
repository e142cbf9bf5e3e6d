// 我的优惠券: /pages/coupons/index?status=unused|used|expired. The shopper's coupons by tab, page
// by page on reach-bottom; an unused one offers 去使用 (its shop, or home for a platform coupon), a
// used one names its orders.
import { pagedListMethods, statusTabs } from "../../core/pager.js";
import { couponsApi, myCouponViews } from "../../core/promotions.js";
import { openShop } from "../../core/navigate.js";
import { COUPON_TABS } from "../../shared/index.js";

const one = (coupon) => myCouponViews([coupon])[0];
const tabbed = statusTabs(COUPON_TABS, "unused", (status, page) => couponsApi.mine(status, page));

Component({
  data: Object.assign({ state: "loading", error: "", items: [], finished: false }, tabbed.data),
  methods: Object.assign({}, pagedListMethods(one), tabbed.methods, {
    onUse(e) {
      const shop = Number(e.currentTarget.dataset.shop);
      if (shop > 0) openShop(shop);
      else wx.switchTab({ url: "/pages/index/index" });
    },
  }),
});
