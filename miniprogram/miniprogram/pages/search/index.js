// 搜索: /pages/search/index?keyword=<kw> (a search action) or ?hint=<hot word> (the search box's
// placeholder). Suggestions while typing (GET /search/suggest, debounced), the shopper's history
// (GET / DELETE /search/history, signed in only), preset and hot words (GET /search/hot).
// Searching opens the listing page with the keyword.
import { catalogApi } from "../../core/catalog-api.js";
import { isSignedIn } from "../../core/auth.js";
import { listUrl } from "../../core/category.js";
import { debounce } from "../../core/debounce.js";
import { decodeParam } from "../../core/navigate.js";

export const SUGGEST_DELAY = 300;

Component({
  data: { value: "", hint: "搜索商品", suggestions: [], history: [], hot: [], preset: [], signedIn: false },
  methods: {
    onLoad(options) {
      const o = options || {};
      this._suggest = debounce((keyword) => this.suggest(keyword), SUGGEST_DELAY);
      this.setData({ value: decodeParam(o.keyword), hint: decodeParam(o.hint) || "搜索商品" });
      return Promise.all([this.loadHot(), this.loadHistory()]);
    },
    onShow() {
      // back from the results: the search just made is in the history now
      if (this._suggest) this.loadHistory();
    },
    onUnload() {
      if (this._suggest) this._suggest.cancel();
    },
    async loadHot() {
      try {
        const answer = await catalogApi.hot();
        this.setData({ hot: (answer && answer.hot) || [], preset: (answer && answer.preset) || [] });
      } catch (err) {
        // the page works without them
      }
    },
    async loadHistory() {
      const signedIn = isSignedIn();
      if (!signedIn) {
        this.setData({ signedIn, history: [] });
        return;
      }
      try {
        const answer = await catalogApi.history();
        this.setData({ signedIn, history: (answer && answer.items) || [] });
      } catch (err) {
        this.setData({ history: [] });
      }
    },
    async suggest(keyword) {
      const asked = keyword.trim();
      if (!asked) return;
      try {
        const answer = await catalogApi.suggest(asked);
        // typing went on meanwhile: only the latest answer counts
        if (this.data.value.trim() !== asked) return;
        this.setData({ suggestions: (answer && answer.items) || [] });
      } catch (err) {
        this.setData({ suggestions: [] });
      }
    },
    onInput(e) {
      const value = typeof e.detail === "string" ? e.detail : (e.detail && e.detail.value) || "";
      this.setData({ value, suggestions: value.trim() ? this.data.suggestions : [] });
      if (value.trim()) this._suggest(value);
      else this._suggest.cancel();
    },
    onClear() {
      this._suggest.cancel();
      this.setData({ value: "", suggestions: [] });
    },
    onConfirm() {
      this.search(this.data.value.trim() || (this.data.hint !== "搜索商品" ? this.data.hint : ""));
    },
    onWord(e) {
      this.search(e.currentTarget.dataset.word);
    },
    search(keyword) {
      if (!keyword) return;
      this._suggest.cancel();
      this.setData({ value: keyword, suggestions: [] });
      wx.navigateTo({ url: listUrl({ keyword }) });
    },
    onClearHistory() {
      wx.showModal({
        title: "清空搜索历史？",
        success: async (res) => {
          if (!res.confirm) return;
          try {
            await catalogApi.clearHistory();
            this.setData({ history: [] });
          } catch (err) {
            wx.showToast({ title: (err && err.message) || "操作失败", icon: "none" });
          }
        },
      });
    },
  },
});
