// 我的 (tab): 我的订单 with shortcuts 待付款 / 待发货 / 待收货 / 待评价 and their counts
// (GET /orders/counts, signed in only), 收货地址, then 我的收藏 and 关注的店铺 (van-cell navigates
// by itself), 平台客服 with the unread customer-service count (MSG-1); the rest of the member
// centre comes later.
import { isSignedIn } from "../../core/auth.js";
import { refreshCartBadge } from "../../core/cart.js";
import { chatUnreadTotal } from "../../core/chat.js";
import { orderApi } from "../../core/trade-api.js";

const SHORTCUTS = [
  { key: "pending_payment", title: "待付款", icon: "balance-list-o" },
  { key: "pending_shipment", title: "待发货", icon: "logistics" },
  { key: "pending_receipt", title: "待收货", icon: "send-gift-o" },
  { key: "pending_review", title: "待评价", icon: "comment-o" },
];

function shortcutsView(counts) {
  return SHORTCUTS.map((s) => {
    const n = (counts && counts[s.key]) || 0;
    return Object.assign({}, s, { count: n > 99 ? "99+" : n ? String(n) : "" });
  });
}

Component({
  data: { shortcuts: shortcutsView(null), chatUnread: "" },
  methods: {
    onLoad() {
      return this.loadCounts();
    },
    onShow() {
      if (!this._shown) {
        this._shown = true;
        return Promise.resolve();
      }
      return this.loadCounts();
    },
    async loadCounts() {
      refreshCartBadge();
      if (!isSignedIn()) {
        this.setData({ shortcuts: shortcutsView(null) });
        return;
      }
      try {
        this.setData({ shortcuts: shortcutsView(await orderApi.counts()) });
      } catch (err) {
        // the counts are a hint
      }
      try {
        const total = await chatUnreadTotal();
        this.setData({ chatUnread: total > 99 ? "99+" : total > 0 ? String(total) : "" });
      } catch (err) {
        // so is the unread count
      }
    },
    onOrders(e) {
      const tab = (e && e.currentTarget && e.currentTarget.dataset.tab) || "all";
      wx.navigateTo({ url: "/pages/orders/index?tab=" + tab });
    },
  },
});
