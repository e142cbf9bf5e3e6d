// 确认订单 (CO-1/2/5/6/7): POST /checkout/preview for the items (the cart's selection kept in storage,
// or one SKU for 立即购买), the address (default first; none → 「请添加收货地址」), delivery and
// payment methods, per-shop remarks and 赠品 (已赠完 when gone), 优惠券 (the preview's `best` chosen
// first; a change re-previews with `coupon_ids`, and they go with the order), an invoice form, the
// amount breakdown (满减 / 满折 / 打包一口价 / 优惠券 by name), and 提交订单 with an Idempotency-Key
// made once per visit of this page (a retried tap cannot order twice).
import { requireSignIn, toastError } from "../../core/auth.js";
import { loadCheckoutDraft } from "../../core/cart.js";
import { emptyInvoice, invoicePayload, previewView } from "../../core/orders.js";
import { CHOSEN_ADDRESS_KEY } from "../../core/address.js";
import { getItem, removeItem } from "../../core/storage.js";
import { checkoutApi } from "../../core/trade-api.js";
import { uuid } from "../../core/uuid.js";
import { checkoutCoupons } from "../../core/promotions.js";
import { couponsAfterPreview, toggleCoupon } from "../../shared/index.js";

Component({
  data: {
    state: "loading",
    error: "",
    v: null,
    delivery: "express",
    paymentMethod: "",
    remarks: {},
    invoiceOn: false,
    invoice: emptyInvoice(),
    submitting: false,
    coupons: null,
    couponShow: false,
  },
  methods: {
    onLoad(options) {
      const o = options || {};
      this._key = uuid();
      this._addressId = null;
      // The chosen coupons: null until a preview offers coupons (then its best are taken).
      this._couponIds = null;
      if (o.sku_id) {
        this._draft = { items: [{ sku_id: Number(o.sku_id), quantity: Number(o.quantity) || 1, unit: Number(o.unit) || 0 }], cart_line_ids: [] };
      } else {
        this._draft = loadCheckoutDraft();
      }
      if (!this._draft || !this._draft.items.length) {
        this.setData({ state: "error", error: "没有要结算的商品" });
        return Promise.resolve();
      }
      if (!requireSignIn()) {
        this.setData({ state: "signin" });
        return Promise.resolve();
      }
      removeItem(CHOSEN_ADDRESS_KEY);
      return this.preview();
    },
    /** Back from the address pages: the chosen (or new) address. */
    onShow() {
      const chosen = getItem(CHOSEN_ADDRESS_KEY, null);
      if (!chosen || !this._draft) return Promise.resolve();
      removeItem(CHOSEN_ADDRESS_KEY);
      this._addressId = Number(chosen);
      return this.preview();
    },
    /** A preview with these coupons; one the server refuses outright → without (its best again). */
    async quote(body, ids) {
      if (ids === null) return checkoutApi.preview(body);
      try {
        return await checkoutApi.preview(Object.assign({}, body, { coupon_ids: ids }));
      } catch (err) {
        if (!ids.length || !err || err.code !== "coupon_unusable") throw err;
        this._couponIds = null;
        return checkoutApi.preview(body);
      }
    },
    async preview() {
      const body = { items: this._draft.items, delivery: this.data.delivery, use_points: 0 };
      if (this._addressId) body.address_id = this._addressId;
      try {
        let p = await this.quote(body, this._couponIds);
        if (p.coupons) {
          const next = couponsAfterPreview(p.coupons, this._couponIds);
          if (next.again) p = await this.quote(body, next.selected);
          this._couponIds = p.coupons ? couponsAfterPreview(p.coupons, next.selected).selected : next.selected;
        }
        this._preview = p;
        const v = previewView(p);
        if (v.address) this._addressId = v.address.id;
        const methods = v.paymentMethods;
        const keep = methods.some((m) => m.code === this.data.paymentMethod);
        this.setData({
          state: "ready",
          v,
          coupons: checkoutCoupons(p, this._couponIds),
          paymentMethod: keep ? this.data.paymentMethod : methods.length ? methods[0].code : "",
        });
      } catch (err) {
        this.setData({ state: "error", error: (err && err.message) || "加载失败" });
      }
    },
    onAddress() {
      wx.navigateTo({ url: "/pages/address-list/index?select=1" + (this._addressId ? "&current=" + this._addressId : "") });
    },
    onAddAddress() {
      wx.navigateTo({ url: "/pages/address-edit/index?select=1" });
    },
    onDelivery(e) {
      const d = e.currentTarget.dataset;
      if (!d.enabled) {
        wx.showToast({ title: "暂不支持该配送方式", icon: "none" });
        return Promise.resolve();
      }
      if (d.code === this.data.delivery) return Promise.resolve();
      this.setData({ delivery: d.code });
      return this.preview();
    },
    // --- coupons -----------------------------------------------------------------------------
    onOpenCoupons() {
      this.setData({ couponShow: true });
    },
    onCloseCoupons() {
      this.setData({ couponShow: false });
    },
    /** A usable coupon: on (in place of its shop's other one) or off, then a new preview. */
    async onToggleCoupon(e) {
      if (!this._preview || !this._preview.coupons || this._requoting) return;
      this._couponIds = toggleCoupon(this._preview.coupons, this._couponIds || [], Number(e.currentTarget.dataset.id));
      this._requoting = true;
      try {
        await this.preview();
      } finally {
        this._requoting = false;
      }
    },
    onPayment(e) {
      this.setData({ paymentMethod: e.currentTarget.dataset.code });
    },
    onRemark(e) {
      this.setData({ ["remarks." + e.currentTarget.dataset.shop]: e.detail.value });
    },
    // --- invoice -----------------------------------------------------------------------------
    onInvoiceToggle() {
      this.setData({ invoiceOn: !this.data.invoiceOn });
    },
    onInvoiceChoice(e) {
      const d = e.currentTarget.dataset;
      this.setData({ ["invoice." + d.field]: d.value });
    },
    onInvoiceInput(e) {
      this.setData({ ["invoice." + e.currentTarget.dataset.field]: e.detail.value });
    },
    // --- submit ------------------------------------------------------------------------------
    async onSubmit() {
      const v = this.data.v;
      if (!v || this.data.submitting) return;
      if (!v.address) {
        wx.showToast({ title: "请先添加收货地址", icon: "none" });
        return;
      }
      if (!v.deliverable) {
        wx.showToast({ title: "部分商品不在配送范围内", icon: "none" });
        return;
      }
      let invoice = null;
      if (this.data.invoiceOn) {
        const [payload, problem] = invoicePayload(this.data.invoice);
        if (problem) {
          wx.showToast({ title: problem, icon: "none" });
          return;
        }
        invoice = payload;
      }
      const remarks = {};
      Object.keys(this.data.remarks).forEach((shop) => {
        if (this.data.remarks[shop]) remarks[shop] = this.data.remarks[shop];
      });
      const body = {
        items: this._draft.items,
        address_id: v.address.id,
        delivery: this.data.delivery,
        payment_method: this.data.paymentMethod,
        use_points: 0,
        remarks,
        attachments: [],
        invoice,
        cart_line_ids: this._draft.cart_line_ids || [],
        expected_payable: v.payable,
      };
      if (this._preview && this._preview.coupons) body.coupon_ids = this._couponIds || [];
      this.setData({ submitting: true });
      try {
        const answer = await checkoutApi.submit(body, this._key);
        const orders = answer.orders || [];
        const query = "payment_no=" + encodeURIComponent(answer.payment.payment_no) + "&amount=" + answer.payment.amount +
          (orders.length === 1 ? "&order_no=" + encodeURIComponent(orders[0].order_no) : "");
        wx.redirectTo({ url: "/pages/pay/index?" + query });
      } catch (err) {
        toastError(err, "提交失败");
        // the answer no longer matches: show the new prices / stock / address
        if (err && ["price_changed", "items_unavailable", "insufficient_stock", "undeliverable", "address_required", "coupon_unusable"].indexOf(err.code) !== -1) {
          await this.preview();
        }
      } finally {
        this.setData({ submitting: false });
      }
    },
    onRetry() {
      this.setData({ state: "loading" });
      return this.preview();
    },
  },
});
