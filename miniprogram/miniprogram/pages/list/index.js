// 商品列表 / 搜索结果: /pages/list/index?category_id=<id>&title=<name>, ?brand_id=<id>&title=<name>
// (from the brand centre) or ?keyword=<kw>.
// Sort bar, a filter popup built from the `facets` of the first page, paging on reach-bottom.
// Cards are drawn by the product_grid section component.
import { catalogApi } from "../../core/catalog-api.js";
import { decodeParam } from "../../core/navigate.js";
import { createPager } from "../../core/pager.js";
import { resolveMedia } from "../../core/media.js";
import {
  activeFilterCount,
  emptyFilters,
  facetGroups,
  nextSort,
  searchQuery,
  sortTabs,
  toggleAttr,
  toggleBrand,
  toggleTag,
} from "../../core/search.js";

const GRID_SETTINGS = { columns: 2, show_original_price: true, show_buy_button: false, margin_x: 8, margin_y: 8, gap: 8 };

Component({
  data: {
    keyword: "",
    sort: "composite",
    tabs: sortTabs("composite"),
    filterCount: 0,
    grid: null,
    total: 0,
    state: "loading",
    error: "",
    finished: false,
    popup: false,
    draft: emptyFilters(),
    groups: { brands: [], tags: [], attributes: [] },
  },
  methods: {
    onLoad(options) {
      const o = options || {};
      this._base = {
        keyword: decodeParam(o.keyword),
        category_id: Number(o.category_id) || null,
        brand_id: Number(o.brand_id) || null,
      };
      this._filters = emptyFilters();
      this._facets = null;
      this._pager = createPager((page) => catalogApi.searchProducts(searchQuery(this._base, this.data.sort, this._filters, page)));
      const title = decodeParam(o.title) || this._base.keyword;
      if (title) wx.setNavigationBarTitle({ title });
      this.setData({ keyword: this._base.keyword });
      return this.reload();
    },
    onReachBottom() {
      return this.more();
    },
    onPullDownRefresh() {
      return this.reload().then(() => wx.stopPullDownRefresh());
    },
    async reload() {
      this.setData({ state: "loading" });
      return this.show(() => this._pager.reset());
    },
    async more() {
      const s = this._pager.state();
      if (s.loading || s.finished || !s.loaded) return;
      return this.show(() => this._pager.next());
    },
    async show(load) {
      try {
        const s = await load();
        if (s.page === 1 && s.answer && s.answer.facets) this._facets = s.answer.facets;
        this.setData({
          grid: { id: "list", type: "product_grid", v: 1, settings: GRID_SETTINGS, data: { items: resolveMedia(s.items) } },
          total: s.total,
          finished: s.finished,
          state: s.items.length ? "ready" : "empty",
        });
      } catch (err) {
        this.setData({ state: "error", error: (err && err.message) || "加载失败" });
      }
    },
    onSort(e) {
      const sort = nextSort(this.data.sort, e.currentTarget.dataset.key);
      if (sort === this.data.sort) return;
      this.setData({ sort, tabs: sortTabs(sort) });
      return this.reload();
    },
    onSearch() {
      wx.navigateTo({ url: "/pages/search/index?keyword=" + encodeURIComponent(this._base.keyword) });
    },
    // --- filter popup: edits a draft, 确定 applies it ------------------------------------------
    onOpenFilter() {
      this.setDraft(Object.assign({}, this._filters), { popup: true });
    },
    onCloseFilter() {
      this.setData({ popup: false });
    },
    setDraft(draft, extra) {
      this._draft = draft;
      this.setData(Object.assign({ draft, groups: facetGroups(this._facets, draft) }, extra || {}));
    },
    onBrand(e) {
      this.setDraft(toggleBrand(this._draft, Number(e.currentTarget.dataset.id)));
    },
    onTag(e) {
      this.setDraft(toggleTag(this._draft, e.currentTarget.dataset.name));
    },
    onAttr(e) {
      const d = e.currentTarget.dataset;
      this.setDraft(toggleAttr(this._draft, Number(d.id), d.value));
    },
    onInStock() {
      this.setDraft(Object.assign({}, this._draft, { inStock: !this._draft.inStock }));
    },
    onPriceMin(e) {
      this.setDraft(Object.assign({}, this._draft, { priceMin: e.detail.value }));
    },
    onPriceMax(e) {
      this.setDraft(Object.assign({}, this._draft, { priceMax: e.detail.value }));
    },
    onResetFilter() {
      this.setDraft(emptyFilters());
    },
    onApplyFilter() {
      this._filters = this._draft;
      this.setData({ popup: false, filterCount: activeFilterCount(this._filters) });
      return this.reload();
    },
  },
});
