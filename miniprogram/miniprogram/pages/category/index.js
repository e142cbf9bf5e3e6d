// 分类 (tab): level-1 categories on the left, level-2 groups with level-3 image grids on the
// right; a level-3 tap opens the listing page. A `category` action stores the category id before
// switchTab (which cannot carry a query string); onShow selects its level-1 category.
import { catalogApi } from "../../core/catalog-api.js";
import { groupsOf, listUrl, rootIndexOf } from "../../core/category.js";
import { resolveMedia } from "../../core/media.js";
import { PENDING_CATEGORY_KEY } from "../../core/navigate.js";
import { getItem, removeItem } from "../../core/storage.js";

Component({
  data: { state: "loading", error: "", roots: [], active: 0, groups: [] },
  methods: {
    onLoad() {
      this.load();
    },
    onShow() {
      const id = getItem(PENDING_CATEGORY_KEY, null);
      if (!id) return;
      removeItem(PENDING_CATEGORY_KEY);
      this._pending = id;
      if (this._tree) this.select(rootIndexOf(this._tree, id));
    },
    async load() {
      try {
        const answer = await catalogApi.categoryTree();
        this._tree = resolveMedia((answer && answer.items) || []);
        const active = this._pending ? rootIndexOf(this._tree, this._pending) : 0;
        this.setData({
          state: this._tree.length ? "ready" : "empty",
          roots: this._tree.map((node) => ({ id: node.id, name: node.name })),
        });
        this.select(active);
      } catch (err) {
        this.setData({ state: "error", error: (err && err.message) || "加载失败" });
      }
    },
    select(index) {
      this.setData({ active: index, groups: groupsOf(this._tree[index]) });
    },
    onRoot(e) {
      this.select(Number(e.currentTarget.dataset.index));
    },
    onLeaf(e) {
      wx.navigateTo({ url: listUrl({ category_id: e.currentTarget.dataset.id, title: e.currentTarget.dataset.name }) });
    },
    onSearch() {
      wx.navigateTo({ url: "/pages/search/index" });
    },
    onRetry() {
      this.setData({ state: "loading" });
      this.load();
    },
  },
});
