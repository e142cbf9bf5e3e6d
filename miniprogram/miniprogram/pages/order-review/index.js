// 评价订单 (ORD-7): for each line not yet reviewed a 1–5 star rating, text and up to 6 images
// (wx.chooseMedia + core/upload.js), one logistics rating and 匿名评价; POST /orders/{no}/reviews.
import { toastError } from "../../core/auth.js";
import { orderLineView } from "../../core/orders.js";
import { loadOrError, openOrderPage } from "../../core/page-load.js";
import { chooseImages, uploadImage } from "../../core/upload.js";
import { orderApi } from "../../core/trade-api.js";

const MAX_IMAGES = 6;
const RATING_TEXT = ["", "非常差", "差", "一般", "好", "非常好"];

Component({
  data: { state: "loading", error: "", items: [], logistics: 5, anonymous: false, submitting: false, ratingText: RATING_TEXT },
  methods: {
    onLoad(options) {
      return openOrderPage(this, options) ? this.load() : Promise.resolve();
    },
    load() {
      return loadOrError(this, async () => {
        const detail = await orderApi.detail(this._no);
        const items = (detail.lines || [])
          .filter((l) => !l.reviewed)
          .map((l) => Object.assign(orderLineView(l), { rating: 5, content: "", images: [] }));
        this.setData({ state: items.length ? "ready" : "empty", items });
      });
    },
    onRating(e) {
      this.setData({ ["items[" + e.currentTarget.dataset.index + "].rating"]: Number(e.detail) });
    },
    onContent(e) {
      this.setData({ ["items[" + e.currentTarget.dataset.index + "].content"]: e.detail.value });
    },
    onLogistics(e) {
      this.setData({ logistics: Number(e.detail) });
    },
    onAnonymous() {
      this.setData({ anonymous: !this.data.anonymous });
    },
    async onAddImages(e) {
      const index = Number(e.currentTarget.dataset.index);
      const have = this.data.items[index].images.length;
      const paths = await chooseImages(MAX_IMAGES - have);
      if (!paths.length) return;
      wx.showLoading && wx.showLoading({ title: "上传中", mask: true });
      try {
        const urls = [];
        for (const p of paths) urls.push(await uploadImage(p));
        this.setData({ ["items[" + index + "].images"]: this.data.items[index].images.concat(urls).slice(0, MAX_IMAGES) });
      } catch (err) {
        toastError(err, "图片上传失败");
      } finally {
        wx.hideLoading && wx.hideLoading();
      }
    },
    onRemoveImage(e) {
      const d = e.currentTarget.dataset;
      const images = this.data.items[d.index].images.filter((_, i) => i !== Number(d.image));
      this.setData({ ["items[" + d.index + "].images"]: images });
    },
    async onSubmit() {
      if (this.data.submitting) return;
      const body = {
        items: this.data.items.map((it) => ({ line_id: it.id, rating: it.rating, content: it.content.trim(), images: it.images })),
        logistics_rating: this.data.logistics,
        anonymous: this.data.anonymous,
      };
      this.setData({ submitting: true });
      try {
        await orderApi.review(this._no, body);
        wx.showToast({ title: "评价成功", icon: "success" });
        wx.redirectTo({ url: "/pages/order/index?order_no=" + encodeURIComponent(this._no) });
      } catch (err) {
        toastError(err, "提交失败");
      } finally {
        this.setData({ submitting: false });
      }
    },
  },
});
