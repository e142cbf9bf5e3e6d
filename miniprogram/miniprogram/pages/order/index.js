// 订单详情 (ORD-2…8): /pages/order/index?order_no=. Status, the latest logistics event, address,
// lines, amounts, times; the buttons are exactly the `actions` of the order (去支付, 取消订单,
// 提醒发货, 确认收货, 查看物流, 评价, 再次购买 — core/orders.js).
import { orderActionMethods, orderDetailView } from "../../core/orders.js";
import { loadOrError, openOrderPage } from "../../core/page-load.js";
import { orderApi } from "../../core/trade-api.js";

Component({
  data: { state: "loading", error: "", o: null },
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
      this.setData({ state: "ready", o: orderDetailView(detail) });
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
    onCopy() {
      wx.setClipboardData({ data: this._no });
    },
  }),
});
