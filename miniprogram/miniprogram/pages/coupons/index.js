// 我的优惠券: /pages/coupons/index?status=unused|used|expired. The shopper's coupons by tab, page
// by page on reach-bottom; an unused one offers 去使用 (its shop, or home for a platform coupon), a
// used one names its orders.
import { requireSignIn } from "../../core/auth.js";
import { createPager, pagedListMethods } from "../../core/pager.js";
import { couponsApi, myCouponViews } from "../../core/promotions.js";
import { openShop } from "../../core/navigate.js";
import { COUPON_TABS } from "../../shared/index.js";

const tabsView = (active) => COUPON_TABS.map((t) => ({ key: t.key, title: t.title, active: t.key === active }));
const one = (coupon) => myCouponViews([coupon])[0];

Component({
  data: { state: "loading", error: "", status: "unused", tabs: tabsView("unused"), items: [], finished: false },
  methods: Object.assign({}, pagedListMethods(one), {
    onLoad(options) {
      const wanted = (options || {}).status;
      const status = COUPON_TABS.some((t) => t.key === wanted) ? wanted : "unused";
      this.setData({ status, tabs: tabsView(status) });
      this._pager = createPager((page) => couponsApi.mine(this.data.status, page));
      if (!requireSignIn()) {
        this.setData({ state: "signin" });
        return Promise.resolve();
      }
      return this.show(() => this._pager.reset());
    },
    onTab(e) {
      const status = e.currentTarget.dataset.key;
      if (status === this.data.status) return Promise.resolve();
      this.setData({ status, tabs: tabsView(status), state: "loading" });
      return this.show(() => this._pager.reset());
    },
    onUse(e) {
      const shop = Number(e.currentTarget.dataset.shop);
      if (shop > 0) openShop(shop);
      else wx.switchTab({ url: "/pages/index/index" });
    },
  }),
});
