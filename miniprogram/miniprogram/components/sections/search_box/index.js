// 搜索框: a van-search that opens the search page; the placeholder rotates through the hot words.
import section from "../../../behaviors/section.js";
import { sectionItems } from "../../../shared/index.js";

Component({
  behaviors: [section],
  data: { words: [], placeholder: "" },
  lifetimes: {
    detached() {
      this.stopRotation();
    },
  },
  pageLifetimes: {
    hide() {
      this.stopRotation();
    },
    show() {
      this.startRotation();
    },
  },
  methods: {
    viewModel(s, section) {
      const words = sectionItems(section).filter((w) => typeof w === "string" && w.trim());
      this._index = 0;
      // Start once the new data is set.
      Promise.resolve().then(() => this.startRotation());
      return {
        words,
        placeholder: words.length ? words[0] : s.placeholder,
      };
    },
    startRotation() {
      this.stopRotation();
      const { s, words } = this.data;
      if (!s.rotate_hot_words || !words || words.length < 2) return;
      this._timer = setInterval(() => {
        this._index = (this._index + 1) % this.data.words.length;
        this.setData({ placeholder: this.data.words[this._index] });
      }, s.rotate_interval || 3000);
    },
    stopRotation() {
      if (this._timer) clearInterval(this._timer);
      this._timer = null;
    },
    onSearchTap() {
      // The search page shows the current hot word as its hint (searched when the input is empty).
      const hint = this.data.words.length ? this.data.placeholder : "";
      wx.navigateTo({ url: "/pages/search/index" + (hint ? "?hint=" + encodeURIComponent(hint) : "") });
    },
  },
});
