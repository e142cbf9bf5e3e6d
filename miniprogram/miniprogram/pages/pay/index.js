// 收银台 (PAY-1, PAY-3, PAY-6, PAY-8): /pages/pay/index?payment_no=&amount=&order_no=. Shows the
// amount and the methods of channel mp (GET /payment-methods?channel=mp; 货到付款 is chosen at
// checkout only). 立即支付 POSTs /payments/{no}/pay and launches the answer (shared launchPlan):
// 微信支付 → wx.requestPayment with the JSAPI parameters; 模拟支付 → an action sheet 确认支付 /
// 支付失败 / 取消 → POST /payments/sandbox/{no}/confirm; 余额支付 → paid at once (disabled when the
// balance is short); 线下转账 → the instructions, then the transfer voucher (images + note) and
// its review (待确认 / 驳回 with the reason → upload again). The result comes by a notification,
// so GET /payments/{no} is polled until paid, then the order opens. A failed or cancelled payment
// leaves the order 待付款 and payable again — the page says so. Before paying, in the same tap,
// the shopper is asked to accept the subscribe templates (支付成功 / 发货 / 退款 notices by WeChat,
// MSG-4); whatever they answer, the payment goes on.
import { requireSignIn, toastError } from "../../core/auth.js";
import { actionSheet, wait } from "../../core/dialog.js";
import { decodeParam } from "../../core/navigate.js";
import { askSubscribe } from "../../core/notify.js";
import { chooseImages, uploadImage } from "../../core/upload.js";
import { mediaUrl } from "../../core/media.js";
import { balanceState, formatPrice, launchPlan, methodName, payableMethods, paymentOutcome, pollPayment, priceParts, voucherState } from "../../shared/index.js";
import { paymentApi } from "../../core/trade-api.js";

const SANDBOX_CHOICES = ["确认支付", "支付失败", "取消"];
const OUTCOMES = ["success", "fail", "cancel"];
const ICONS = { wechat: "wechat-pay", balance: "balance-o", offline: "card", sandbox: "balance-pay", alipay: "alipay" };

/** wx.requestPayment as a promise: "ok", "cancel" or "fail". */
function requestPayment(params) {
  return new Promise((resolve) => {
    wx.requestPayment({
      timeStamp: params.timeStamp,
      nonceStr: params.nonceStr,
      package: params.package,
      signType: params.signType,
      paySign: params.paySign,
      success: () => resolve("ok"),
      fail: (res) => resolve(res && /cancel/.test(res.errMsg || "") ? "cancel" : "fail"),
    });
  });
}

Component({
  data: {
    state: "loading", error: "", yuan: "", fen: "", amountText: "", methods: [], method: "sandbox", methodName: "模拟支付",
    notice: "", paying: false, phase: "", instructions: "", voucher: null, voucherImages: [], voucherNote: "", multiple: false,
  },
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
        const [p, list] = await Promise.all([paymentApi.get(this._no), paymentApi.methods().catch(() => null)]);
        this._payment = p;
        if (paymentOutcome(p) === "paid") return this.done();
        const amount = p && typeof p.amount === "number" ? p.amount : this._amount;
        this._amount = amount;
        let methods = payableMethods(list && list.items);
        if (!methods.length) methods = [{ code: (p && p.provider) || "sandbox", name: methodName((p && p.provider) || "sandbox") }];
        const started = p && (p.provider || p.method);
        const method = methods.some((m) => m.code === started) ? started : methods[0].code;
        const parts = priceParts(amount);
        this._methods = methods;
        this.setData({
          state: p && p.status === "closed" ? "closed" : "ready",
          yuan: parts.yuan,
          fen: parts.fen,
          amountText: formatPrice(amount),
          multiple: !!(p && p.orders && p.orders.length > 1),
          phase: started === "cod" ? "cod" : started === "offline" ? "offline" : "",
        });
        this.choose(method);
        if (p && (p.last_result === "fail" || p.last_result === "cancel")) this.unpaid(p.last_result);
        if (methods.some((m) => m.code === "balance")) await this.loadBalance();
        if (started === "offline") await this.loadVouchers();
      } catch (err) {
        this.setData({ state: "error", error: (err && err.message) || "加载失败" });
      }
    },
    async loadBalance() {
      try {
        this._balance = (await paymentApi.wallet(1)).balance;
      } catch (err) {
        this._balance = null;
      }
      this.choose(this.data.method);
    },
    async loadVouchers() {
      let items = [];
      try {
        items = (await paymentApi.vouchers(this._no)).items || [];
      } catch (err) {
        items = [];
      }
      const v = voucherState(items);
      this.setData({
        voucher: { state: v.state, text: v.text, reason: v.reason, canUpload: v.canUpload, images: v.latest ? (v.latest.images || []).map(mediaUrl) : [] },
      });
    },
    /** The methods as drawn: 余额 with its balance, disabled when short. */
    choose(code) {
      const wallet = balanceState(this._balance, this._amount);
      const methods = (this._methods || []).map((m) => {
        let note = "";
        let disabled = false;
        if (m.code === "balance") {
          if (wallet.known) note = "可用 " + formatPrice(this._balance) + (wallet.enough ? "" : "，还差 " + formatPrice(wallet.shortfall));
          disabled = wallet.known && !wallet.enough; // unknown: the server judges (409 wallet_insufficient)
        }
        return { code: m.code, name: m.name, icon: ICONS[m.code] || "paid", note, disabled, active: m.code === code };
      });
      const chosen = methods.find((m) => m.code === code);
      this.setData({ methods, method: code, methodName: chosen ? chosen.name : methodName(code), blocked: !!(chosen && chosen.disabled) });
    },
    onMethod(e) {
      if (this.data.paying) return;
      this.choose(e.currentTarget.dataset.code);
    },
    async onPay() {
      if (this.data.paying || this.data.blocked) return;
      // First, inside the tap: WeChat only shows the consent sheet for a user gesture.
      const consent = askSubscribe();
      this.setData({ paying: true, notice: "" });
      try {
        await consent;
        const plan = launchPlan(await paymentApi.pay(this._no, this.data.method));
        if (plan.kind === "sandbox") {
          const index = await actionSheet(SANDBOX_CHOICES);
          if (index < 0) return this.unpaid("cancel");
          const outcome = OUTCOMES[index];
          await paymentApi.sandboxConfirm(this._no, outcome);
          if (outcome !== "success") return this.unpaid(outcome);
        } else if (plan.kind === "paid") {
          return this.done();
        } else if (plan.kind === "offline") {
          // 线下转账: the platform confirms the transfer; the order stays 待付款 until then
          this.setData({ phase: "offline", instructions: plan.instructions, notice: `${plan.instructions} 订单在平台确认收款前保持待付款。` });
          return this.loadVouchers();
        } else if (plan.kind === "wechat_jsapi") {
          const result = await requestPayment(plan.params);
          if (result !== "ok") return this.unpaid(result);
        } else {
          wx.showToast({ title: plan.kind === "unsupported" ? plan.message : "小程序暂不支持该支付方式", icon: "none" });
          return;
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
      let outcome;
      try {
        outcome = await pollPayment(() => paymentApi.get(this._no), { intervalMs: this.pollMs, attempts: this.pollTimes, sleep: wait });
      } finally {
        wx.hideLoading && wx.hideLoading();
      }
      if (outcome === "paid") return this.done();
      if (outcome === "closed") return this.setData({ state: "closed" });
      if (outcome === "failed") return this.unpaid("fail");
      this.setData({ notice: "支付结果确认中，请稍后在「我的订单」中查看", unknown: true });
    },
    onRefresh() {
      this.setData({ unknown: false, notice: "" });
      return this.poll();
    },
    unpaid(outcome) {
      this.setData({
        notice: (outcome === "fail" ? "支付失败" : "支付已取消") + "，订单仍为待付款，可在订单中继续支付",
      });
    },
    done() {
      wx.showToast({ title: "支付成功", icon: "success" });
      const orders = (this._payment && this._payment.orders) || [];
      const one = orders.length === 1 ? orders[0].order_no : orders.length ? "" : this._orderNo;
      if (one) wx.redirectTo({ url: "/pages/order/index?order_no=" + encodeURIComponent(one) });
      else wx.redirectTo({ url: "/pages/orders/index?tab=pending_shipment" });
    },
    onOrders() {
      if (this._orderNo) wx.redirectTo({ url: "/pages/order/index?order_no=" + encodeURIComponent(this._orderNo) });
      else wx.redirectTo({ url: "/pages/orders/index?tab=pending_payment" });
    },
    // --- 线下转账凭证 (PAY-6) ---
    async onAddVoucherImage() {
      const room = 9 - this.data.voucherImages.length;
      if (room <= 0) return;
      const files = await chooseImages(room);
      for (const file of files) {
        try {
          const url = await uploadImage(file);
          this.setData({ voucherImages: this.data.voucherImages.concat([url]) });
        } catch (err) {
          toastError(err, "图片上传失败");
        }
      }
    },
    onRemoveVoucherImage(e) {
      const index = e.currentTarget.dataset.index;
      this.setData({ voucherImages: this.data.voucherImages.filter((_, i) => i !== index) });
    },
    onVoucherNote(e) {
      this.setData({ voucherNote: e.detail && typeof e.detail === "object" ? e.detail.value : e.detail });
    },
    async onSubmitVoucher() {
      if (this.data.paying) return;
      if (!this.data.voucherImages.length) {
        wx.showToast({ title: "请上传付款凭证", icon: "none" });
        return;
      }
      this.setData({ paying: true });
      try {
        await paymentApi.submitVoucher(this._no, { images: this.data.voucherImages, note: (this.data.voucherNote || "").trim() });
        wx.showToast({ title: "凭证已提交", icon: "none" });
        this.setData({ voucherImages: [], voucherNote: "" });
        await this.loadVouchers();
      } catch (err) {
        toastError(err, "提交失败");
      } finally {
        this.setData({ paying: false });
      }
    },
  },
});
