// 品牌中心: GET /brands drawn as an A–Z index (van-index-bar) by pinyin letter, recommended
// brands on top; a tap opens the listing filtered by the brand (/pages/list/index?brand_id=).
import { brandIndex } from "../../shared/index.js";
import { catalogApi } from "../../core/catalog-api.js";
import { resolveMedia } from "../../core/media.js";

Component({
  data: { state: "loading", error: "", recommended: [], groups: [], letters: [] },
  methods: {
    onLoad() {
      return this.load();
    },
    onRetry() {
      return this.load();
    },
    async load() {
      this.setData({ state: "loading", error: "" });
      try {
        const answer = await catalogApi.brands();
        const index = brandIndex(resolveMedia((answer && answer.items) || []));
        this.setData({
          state: index.groups.length ? "ready" : "empty",
          recommended: index.recommended,
          groups: index.groups,
          letters: index.letters,
        });
      } catch (err) {
        this.setData({ state: "error", error: (err && err.message) || "品牌加载失败" });
      }
    },
    onBrand(e) {
      const { id, name } = e.currentTarget.dataset;
      wx.navigateTo({
        url: "/pages/list/index?brand_id=" + encodeURIComponent(id) + "&title=" + encodeURIComponent(name),
      });
    },
  },
});
