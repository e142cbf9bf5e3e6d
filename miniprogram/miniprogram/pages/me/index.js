// 我的 (tab): 我的订单 with shortcuts 待付款 / 待发货 / 待收货 / 待评价 and their counts
// (GET /orders/counts, signed in only), 收货地址, then 我的收藏 and 关注的店铺 (van-cell navigates
// by itself), 消息中心 with the unread notices (MEM-7) and 平台客服 with the unread customer-service
// count (MSG-1): one refresh for both, which also sets the tab bar's red dot (their total); the
// rest of the member centre comes later.
import { isSignedIn } from "../../core/auth.js";
import { refreshCartBadge } from "../../core/cart.js";
import { refreshUnread } from "../../core/notify.js";
import { orderApi } from "../../core/trade-api.js";
import { badgeText } from "../../shared/index.js";

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
  data: { shortcuts: shortcutsView(null), chatUnread: "", noticeUnread: "" },
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
        this.setData({ shortcuts: shortcutsView(null), chatUnread: "", noticeUnread: "" });
        refreshUnread().catch(() => null);
        return;
      }
      try {
        this.setData({ shortcuts: shortcutsView(await orderApi.counts()) });
      } catch (err) {
        // the counts are a hint
      }
      try {
        const { chat, notices } = await refreshUnread();
        const patch = {};
        if (chat) patch.chatUnread = badgeText(chat.total);
        if (notices) patch.noticeUnread = badgeText(notices.total);
        this.setData(patch);
      } catch (err) {
        // so are the unread counts
      }
    },
    onOrders(e) {
      const tab = (e && e.currentTarget && e.currentTarget.dataset.tab) || "all";
      wx.navigateTo({ url: "/pages/orders/index?tab=" + tab });
    },
  },
});
