// 商品评价: /pages/reviews/index?product_id=<id>[&tag=<tag>]. Filter chips (全部 / 有图 /
// 好评 中评 差评 / tags with counts), review items with images, SKU text, the shop's reply and a
// like toggle; paging on reach-bottom; a tap opens the review.
import { catalogApi } from "../../core/catalog-api.js";
import { decodeParam } from "../../core/navigate.js";
import { createPager, pagedListMethods } from "../../core/pager.js";
import { filterChips, filterQuery, reviewView } from "../../core/reviews.js";
import { likeReview } from "../../core/review-actions.js";

Component({
  data: { chips: [], items: [], state: "loading", error: "", finished: false, active: "all" },
  methods: Object.assign(pagedListMethods(reviewView), {
    onLoad(options) {
      const o = options || {};
      this._productId = Number(o.product_id);
      const tag = decodeParam(o.tag);
      this._active = tag ? "tag:" + tag : "all";
      this._pager = createPager((page) =>
        catalogApi.reviews(this._productId, Object.assign({ page, page_size: 10 }, filterQuery(this._active))),
      );
      return Promise.all([this.loadSummary(), this.reload()]);
    },
    async loadSummary() {
      try {
        this._summary = await catalogApi.reviewSummary(this._productId);
      } catch (err) {
        this._summary = null;
      }
      this.setData({ chips: filterChips(this._summary, this._active) });
    },
    reload() {
      this.setData({ state: "loading", active: this._active });
      return this.show(() => this._pager.reset());
    },
    onChip(e) {
      const key = e.currentTarget.dataset.key;
      if (key === this._active) return Promise.resolve();
      this._active = key;
      this.setData({ chips: filterChips(this._summary, key) });
      return this.reload();
    },
    async onLike(e) {
      const index = this.data.items.findIndex((r) => r.id === e.detail.id);
      if (index === -1) return;
      const item = await likeReview(this.data.items[index]);
      if (item) this.setData({ ["items[" + index + "]"]: item });
    },
    onOpen(e) {
      wx.navigateTo({ url: "/pages/review/index?id=" + e.detail.id });
    },
  }),
});
