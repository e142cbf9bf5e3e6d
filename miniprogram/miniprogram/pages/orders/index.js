// 我的订单 (ORD-1): tabs 全部 / 待付款 / 待发货 / 待收货 / 待评价 with counts (GET /orders/counts), a
// keyword search over product titles, GET /orders?tab=&keyword=&page= page by page, and on each
// card exactly the buttons of its `actions` (core/orders.js). Under 待付款, 批量付款 ticks several
// payable orders and pays them in one payment (POST /payments with their numbers, PAY-5).
import { requireSignIn } from "../../core/auth.js";
import { decodeParam } from "../../core/navigate.js";
import { ORDER_TABS, orderActionMethods, orderCardView } from "../../core/orders.js";
import { createPager, pagedListMethods } from "../../core/pager.js";
import { orderApi, paymentApi } from "../../core/trade-api.js";
import { toastError } from "../../core/auth.js";
import { batchPayOrderNos, formatPrice } from "../../shared/index.js";

function tabsView(active, counts) {
  return ORDER_TABS.map((t) => ({ key: t.key, title: t.title, count: (counts && counts[t.key]) || 0, active: t.key === active }));
}

Component({
  data: { batching: false, chosen: {}, batchCount: 0, batchTotal: "", canBatch: false, paying: false, state: "loading", error: "", tab: "all", tabs: tabsView("all", null), keyword: "", items: [], finished: false },
  methods: Object.assign({}, pagedListMethods(orderCardView, (s) => {
    const payable = s.items.filter((o) => (o.actions || []).indexOf("pay") !== -1).length;
    return { canBatch: payable > 1 };
  }), orderActionMethods, {
    onLoad(options) {
      const o = options || {};
      const tab = ORDER_TABS.some((t) => t.key === o.tab) ? o.tab : "all";
      this.setData({ tab, tabs: tabsView(tab, null), keyword: decodeParam(o.keyword) });
      this._pager = createPager((page) => orderApi.list({ tab: this.data.tab, keyword: this.data.keyword, page, page_size: 10 }));
      if (!requireSignIn()) {
        this.setData({ state: "signin" });
        return Promise.resolve();
      }
      this._loaded = true;
      return this.reload();
    },
    onShow() {
      if (!this._loaded) return Promise.resolve();
      if (!this._shown) {
        this._shown = true;
        return Promise.resolve();
      }
      return this.reload();
    },
    onPullDownRefresh() {
      return this.reload().then(() => wx.stopPullDownRefresh());
    },
    reload() {
      return Promise.all([this.show(() => this._pager.reset()), this.loadCounts()]);
    },
    async loadCounts() {
      try {
        const counts = await orderApi.counts();
        this._counts = counts;
        this.setData({ tabs: tabsView(this.data.tab, counts) });
      } catch (err) {
        // the counts are a hint
      }
    },
    onTab(e) {
      const tab = e.currentTarget.dataset.key;
      if (tab === this.data.tab) return Promise.resolve();
      this.setData({ tab, tabs: tabsView(tab, this._counts), state: "loading", batching: false, chosen: {}, batchCount: 0, batchTotal: "" });
      return this.show(() => this._pager.reset());
    },
    onKeywordInput(e) {
      this.setData({ keyword: e.detail.value });
    },
    onSearch(e) {
      if (e && e.detail && typeof e.detail.value === "string") this.setData({ keyword: e.detail.value.trim() });
      this.setData({ state: "loading" });
      return this.show(() => this._pager.reset());
    },
    onOrder(e) {
      wx.navigateTo({ url: "/pages/order/index?order_no=" + encodeURIComponent(e.currentTarget.dataset.no) });
    },
    // 批量付款 (PAY-5)
    onBatch() {
      this.setData({ batching: !this.data.batching, chosen: {}, batchCount: 0, batchTotal: formatPrice(0) });
    },
    onChoose(e) {
      const no = e.currentTarget.dataset.no;
      const chosen = Object.assign({}, this.data.chosen);
      if (chosen[no]) delete chosen[no];
      else chosen[no] = true;
      const cards = this._pager.state().items;
      const nos = batchPayOrderNos(cards, Object.keys(chosen));
      const total = cards.filter((c) => nos.indexOf(c.order_no) !== -1).reduce((sum, c) => sum + c.payable, 0);
      this.setData({ chosen, batchCount: nos.length, batchTotal: formatPrice(total) });
    },
    async onBatchPay() {
      const nos = batchPayOrderNos(this._pager.state().items, Object.keys(this.data.chosen || {}));
      if (!nos.length || this.data.paying) return;
      this.setData({ paying: true });
      try {
        const payment = await paymentApi.payOrders(nos);
        wx.navigateTo({ url: "/pages/pay/index?payment_no=" + encodeURIComponent(payment.payment_no) + "&amount=" + payment.amount });
      } catch (err) {
        toastError(err, "合并付款失败");
      } finally {
        this.setData({ paying: false });
      }
    },
    afterAction() {
      return this.reload();
    },
  }),
});
