// 收银台 (PAY-3, PAY-8): /pages/pay/index?payment_no=&amount=&order_no=. Shows the amount and the
// method; 立即支付 POSTs /payments/{no}/pay with channel "mp". The sandbox answers with an action
// sheet 确认支付 / 支付失败 / 取消 → POST /payments/sandbox/{no}/confirm; the result comes by a
// notification, so GET /payments/{no} is polled until it is paid, then the order opens. A failed
// or cancelled payment leaves the order 待付款 and payable again — the page says so. Before paying,
// in the same tap, the shopper is asked to accept the subscribe templates (支付成功 / 发货 / 退款
// notices by WeChat, MSG-4); whatever they answer, the payment goes on.
import { requireSignIn, toastError } from "../../core/auth.js";
import { actionSheet, wait } from "../../core/dialog.js";
import { decodeParam } from "../../core/navigate.js";
import { askSubscribe } from "../../core/notify.js";
import { formatPrice, priceParts } from "../../shared/index.js";
import { paymentApi } from "../../core/trade-api.js";

const SANDBOX_CHOICES = ["确认支付", "支付失败", "取消"];
const OUTCOMES = ["success", "fail", "cancel"];
const METHOD_NAMES = { sandbox: "模拟支付", wechat: "微信支付" };

Component({
  data: { state: "loading", error: "", yuan: "", fen: "", amountText: "", method: "sandbox", methodName: "模拟支付", notice: "", paying: false },
  methods: {
    onLoad(options) {
      const o = options || {};
      this._no = decodeParam(o.payment_no);
      this._orderNo = decodeParam(o.order_no);
      this._amount = Number(o.amount);
      this.pollTimes = 10;
      this.pollMs = 1000;
      if (!this._no) {
        this.setData({ state: "error", error: "支付单不存在" });
        return Promise.resolve();
      }
      if (!requireSignIn()) {
        this.setData({ state: "error", error: "请先登录" });
        return Promise.resolve();
      }
      return this.load();
    },
    async load() {
      try {
        const p = await paymentApi.get(this._no);
        if (p && p.status === "paid") return this.done();
        const amount = p && typeof p.amount === "number" ? p.amount : this._amount;
        const parts = priceParts(amount);
        const method = (p && (p.method || p.provider)) || "sandbox";
        this.setData({
          state: p && p.status === "closed" ? "closed" : "ready",
          yuan: parts.yuan,
          fen: parts.fen,
          amountText: formatPrice(amount),
          method,
          methodName: METHOD_NAMES[method] || method,
        });
      } catch (err) {
        this.setData({ state: "error", error: (err && err.message) || "加载失败" });
      }
    },
    async onPay() {
      if (this.data.paying) return;
      // First, inside the tap: WeChat only shows the consent sheet for a user gesture.
      const consent = askSubscribe();
      this.setData({ paying: true, notice: "" });
      try {
        await consent;
        const params = await paymentApi.pay(this._no, this.data.method);
        if (params && params.provider === "sandbox") {
          const index = await actionSheet(SANDBOX_CHOICES);
          if (index < 0) return this.unpaid("cancel");
          const outcome = OUTCOMES[index];
          await paymentApi.sandboxConfirm(this._no, outcome);
          if (outcome !== "success") return this.unpaid(outcome);
        } else if (params && params.provider === "offline") {
          // 线下转账: the platform confirms the transfer; the order stays 待付款 until then
          return this.setData({ notice: `${params.instructions || ""} 订单在平台确认收款前保持待付款。` });
        } else {
          const ok = await new Promise((resolve) => wx.requestPayment(Object.assign({}, params, { success: () => resolve(true), fail: () => resolve(false) })));
          if (!ok) return this.unpaid("cancel");
        }
        await this.poll();
      } catch (err) {
        toastError(err, "支付失败");
      } finally {
        this.setData({ paying: false });
      }
    },
    /** GET /payments/{no} until paid (the notification arrives about a second later). */
    async poll() {
      wx.showLoading && wx.showLoading({ title: "支付结果确认中", mask: true });
      try {
        for (let i = 0; i < this.pollTimes; i++) {
          await wait(this.pollMs);
          const p = await paymentApi.get(this._no);
          if (p && p.status === "paid") return this.done();
          if (p && p.status === "closed") {
            this.setData({ state: "closed" });
            return;
          }
        }
        this.setData({ notice: "支付结果确认中，请稍后在「我的订单」中查看" });
      } finally {
        wx.hideLoading && wx.hideLoading();
      }
    },
    unpaid(outcome) {
      this.setData({
        notice: (outcome === "fail" ? "支付失败" : "支付已取消") + "，订单仍为待付款，可在订单中继续支付",
      });
    },
    done() {
      wx.showToast({ title: "支付成功", icon: "success" });
      if (this._orderNo) wx.redirectTo({ url: "/pages/order/index?order_no=" + encodeURIComponent(this._orderNo) });
      else wx.redirectTo({ url: "/pages/orders/index?tab=pending_shipment" });
    },
    onOrders() {
      if (this._orderNo) wx.redirectTo({ url: "/pages/order/index?order_no=" + encodeURIComponent(this._orderNo) });
      else wx.redirectTo({ url: "/pages/orders/index?tab=pending_payment" });
    },
  },
});
