// 商品详情: /pages/product/index?id=<product_id>. Media swiper (video first), price or range,
// 促销 (the activities' marks; one naming its activity opens its 凑单 page), 领券 (a popup of the
// claimable coupons with their buttons), freight, promises, the SKU picker (core/sku-picker.js over the shared sku.js), params, rich
// description, review summary, shop card, favourite, customer service, share, recommendations.
import { catalogApi } from "../../core/catalog-api.js";
import { requireSignIn, toastError } from "../../core/auth.js";
import { resolveMedia } from "../../core/media.js";
import { openShop } from "../../core/navigate.js";
import { productView, shareMessage } from "../../core/product.js";
import { summaryView } from "../../core/reviews.js";
import { sanitizeRichText } from "../../core/richtext.js";
import { chosenItem, chosenText, initialPick, pickerView, pickOption, pickQuantity, pickUnit } from "../../core/sku-picker.js";
import { setCartBadge } from "../../core/cart.js";
import { cartApi } from "../../core/trade-api.js";
import { claimTemplate, claimableViews, couponsApi, detailPromotions } from "../../core/promotions.js";

const GRID_SETTINGS = { columns: 2, show_buy_button: false, margin_x: 8, margin_y: 8, gap: 8 };

Component({
  data: {
    state: "loading",
    error: "",
    p: null,
    nodes: [],
    summary: null,
    favourited: false,
    picker: null,
    pickerShow: false,
    pickerMode: "",
    recommend: null,
    promo: { marks: [], hasCoupons: false },
    couponShow: false,
    couponState: "loading",
    couponError: "",
    coupons: [],
    claiming: 0,
  },
  methods: {
    onLoad(options) {
      this._id = Number((options || {}).id);
      if (!(this._id > 0)) {
        this.setData({ state: "error", error: "商品不存在" });
        return Promise.resolve();
      }
      return this.load();
    },
    async load() {
      try {
        const detail = await catalogApi.product(this._id);
        this._detail = detail;
        this._pick = initialPick(detail);
        this.setData({
          state: "ready",
          p: productView(detail),
          nodes: sanitizeRichText(detail.description || ""),
          summary: summaryView(detail.review_summary),
          favourited: detail.favourited === true,
          picker: pickerView(detail, this._pick),
          promo: detailPromotions(detail),
        });

      } catch (err) {
        this.setData({ state: "error", error: (err && err.message) || "加载失败" });
        return;
      }
      await this.loadRecommendations();
    },
    async loadRecommendations() {
      try {
        const answer = await catalogApi.recommendations(this._id, 10);
        const items = resolveMedia((answer && answer.items) || []);
        if (items.length) this.setData({ recommend: { id: "recommend", type: "product_grid", v: 1, settings: GRID_SETTINGS, data: { items } } });
      } catch (err) {
        // recommendations are optional
      }
    },
    onShareAppMessage() {
      return shareMessage(this._detail);
    },
    onPreview(e) {
      const urls = this.data.p.slides.filter((s) => s.kind === "image").map((s) => s.src);
      wx.previewImage({ urls, current: e.currentTarget.dataset.src });
    },
    // --- SKU picker --------------------------------------------------------------------------
    onOpenPicker(e) {
      this.setData({ pickerShow: true, pickerMode: (e && e.currentTarget && e.currentTarget.dataset.mode) || "" });
    },
    onClosePicker() {
      this.setData({ pickerShow: false });
    },
    setPick(pick) {
      this._pick = pick;
      this.setData({ picker: pickerView(this._detail, pick) });
    },
    onOption(e) {
      const d = e.currentTarget.dataset;
      this.setPick(pickOption(this._detail, this._pick, Number(d.spec), d.value));
    },
    onUnit(e) {
      this.setPick(pickUnit(this._detail, this._pick, Number(e.currentTarget.dataset.index)));
    },
    onQuantity(e) {
      this.setPick(pickQuantity(this._detail, this._pick, e.detail));
    },
    /**
     * The picker's button: 确定 confirms the choice; 加入购物车 (PDP-4) POSTs /cart/lines (a guest's
     * cart goes by device id) and updates the tab badge; 立即购买 goes to checkout with this SKU.
     */
    onPickerConfirm() {
      const text = chosenText(this._detail, this._pick);
      if (!text) {
        wx.showToast({ title: this.data.picker.status, icon: "none" });
        return Promise.resolve();
      }
      const item = chosenItem(this._detail, this._pick);
      const mode = this.data.pickerMode;
      if (mode === "buy") return Promise.resolve(this.buyNow(item));
      this.setData({ pickerShow: false });
      wx.showToast({ title: text, icon: "none" });
      return mode === "cart" ? this.addToCart(item) : Promise.resolve();
    },
    async addToCart(item) {
      try {
        const answer = await cartApi.add(item.sku_id, item.quantity, item.unit);
        setCartBadge(answer && answer.count);
        wx.showToast({ title: "已加入购物车", icon: "success" });
      } catch (err) {
        toastError(err, "加入购物车失败");
      }
    },
    buyNow(item) {
      if (!requireSignIn()) return;
      this.setData({ pickerShow: false });
      wx.navigateTo({ url: "/pages/checkout/index?sku_id=" + item.sku_id + "&quantity=" + item.quantity + "&unit=" + item.unit });
    },
    // --- 促销 and 领券 -------------------------------------------------------------------------
    onMark(e) {
      const id = Number(e.currentTarget.dataset.activity);
      if (id > 0) wx.navigateTo({ url: "/pages/activity/index?id=" + id });
    },
    async onOpenCoupons() {
      this.setData({ couponShow: true, couponState: "loading", couponError: "" });
      try {
        this._templates = await couponsApi.claimable({ productId: this._id });
        this.setData({ coupons: claimableViews(this._templates), couponState: this._templates.length ? "ready" : "empty" });
      } catch (err) {
        this.setData({ couponState: "error", couponError: (err && err.message) || "优惠券加载失败" });
      }
    },
    onCloseCoupons() {
      this.setData({ couponShow: false });
    },
    async onClaim(e) {
      const index = Number(e.currentTarget.dataset.index);
      const template = this._templates && this._templates[index];
      if (!template || this.data.claiming || !requireSignIn()) return;
      this.setData({ claiming: template.id });
      const next = await claimTemplate(template);
      this._templates[index] = next;
      this.setData({ claiming: 0, ["coupons[" + index + "]"]: claimableViews([next])[0] });
    },
    // --- favourite, shop, service, reviews ---------------------------------------------------
    async onFavourite() {
      if (!requireSignIn()) return;
      const on = !this.data.favourited;
      try {
        await catalogApi.setFavourite(this._id, on);
        this.setData({ favourited: on });
        wx.showToast({ title: on ? "已收藏" : "已取消收藏", icon: "none" });
      } catch (err) {
        toastError(err);
      }
    },
    onShop() {
      if (this.data.p.shop) openShop(this.data.p.shop.id);
    },
    onService() {
      // 客服: the shop's customer service, offering this product's card (MSG-1)
      const shop = this.data.p && this.data.p.shop;
      wx.navigateTo({ url: "/pages/chat/index?" + (shop ? "shop_id=" + shop.id + "&" : "") + "product_id=" + this._id });
    },
    onReviews(e) {
      const tag = e && e.currentTarget && e.currentTarget.dataset.tag;
      wx.navigateTo({ url: "/pages/reviews/index?product_id=" + this._id + (tag ? "&tag=" + encodeURIComponent(tag) : "") });
    },
    onReview(e) {
      wx.navigateTo({ url: "/pages/review/index?id=" + e.currentTarget.dataset.id });
    },
    onCart() {
      wx.switchTab({ url: "/pages/cart/index" });
    },
    onHome() {
      wx.switchTab({ url: "/pages/index/index" });
    },
    onRetry() {
      this.setData({ state: "loading" });
      return this.load();
    },
  },
});
