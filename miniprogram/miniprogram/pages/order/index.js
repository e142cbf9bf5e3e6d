// 订单详情 (ORD-2…8): /pages/order/index?order_no=. Status, the latest logistics event, address,
// lines, amounts, times; the buttons are exactly the `actions` of the order (去支付, 取消订单,
// 提醒发货, 确认收货, 查看物流, 评价, 再次购买 — core/orders.js), plus 申请售后 (the whole order, or
// one line) while a paid line has units not yet asked for, and the after-sales summary: requests,
// what was refunded, each line's 已退款 / 售后中 units (AS-1, AS-3, AS-4).
import { orderAftersalesView } from "../../core/aftersales.js";
import { orderActionMethods, orderDetailView } from "../../core/orders.js";
import { loadOrError, openOrderPage } from "../../core/page-load.js";
import { orderApi } from "../../core/trade-api.js";

Component({
  data: { state: "loading", error: "", o: null, as: null },
  methods: Object.assign({}, orderActionMethods, {
    onLoad(options) {
      if (!openOrderPage(this, options)) return Promise.resolve();
      this._loaded = true;
      return this.load();
    },
    onShow() {
      if (!this._loaded) return Promise.resolve();
      if (!this._shown) {
        this._shown = true;
        return Promise.resolve();
      }
      return this.load();
    },
    load() {
      return loadOrError(this, async () => this.showDetail(await orderApi.detail(this._no)));
    },
    showDetail(detail) {
      this._detail = detail;
      this.setData({ state: "ready", o: orderDetailView(detail), as: orderAftersalesView(detail) });
    },
    paymentNoOf() {
      return this._detail.payment_no;
    },
    afterAction(no, answer) {
      if (answer && answer.order_no) {
        this.showDetail(answer);
        return Promise.resolve();
      }
      return this.load();
    },
    onLogistics() {
      return this.runOrderAction("logistics", this._no);
    },
    onProduct(e) {
      wx.navigateTo({ url: "/pages/product/index?id=" + e.currentTarget.dataset.product });
    },
    /** 联系客服: the shop's customer service, offering this order's card (MSG-1). */
    onService() {
      const d = this._detail;
      if (d) wx.navigateTo({ url: "/pages/chat/index?shop_id=" + d.shop_id + "&order_no=" + encodeURIComponent(d.order_no) });
    },
    onApply(e) {
      const line = e.currentTarget.dataset.line;
      wx.navigateTo({ url: "/pages/aftersales-apply/index?order_no=" + encodeURIComponent(this._no) + (line ? "&line_id=" + line : "") });
    },
    onRequest(e) {
      wx.navigateTo({ url: "/pages/aftersales-detail/index?request_no=" + encodeURIComponent(e.currentTarget.dataset.no) });
    },
    onCopy() {
      wx.setClipboardData({ data: this._no });
    },
  }),
});
