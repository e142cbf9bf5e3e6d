// The Page definition shared by the server-driven pages (home, shop home, custom pages): load the
// page, draw it with page-renderer, set the navigation bar, then fetch the lazy sections' data.
import { loadPage, loadSectionData } from "./api.js";

const NAV_TEXT = { white: "#ffffff", black: "#000000" };

function applyChrome(title, style) {
  if (title) wx.setNavigationBarTitle({ title });
  if (style && (style.nav_background_color || style.nav_text_style)) {
    wx.setNavigationBarColor({
      frontColor: NAV_TEXT[style.nav_text_style] || "#000000",
      backgroundColor: style.nav_background_color || "#ffffff",
    });
  }
}

/**
 * @param {(options: object) => ({key: string, shopId?: number} | null)} refOf  the page to load
 *   for the page's query options, or null when they name none
 * @param {(ref: {key: string, shopId?: number}) => boolean} [onNotFound]  may take over when the
 *   page is not published (answers true when it did)
 */
export function layoutPage(refOf, onNotFound) {
  return {
    data: { state: "loading", error: "" },
    onLoad(options) {
      this._ref = refOf(options || {});
      if (!this._ref) {
        this.setData({ state: "error", error: "页面不存在" });
        return;
      }
      this.load();
    },
    onPullDownRefresh() {
      this.load().then(() => wx.stopPullDownRefresh());
    },
    onRetry() {
      this.setData({ state: "loading", error: "" });
      this.load();
    },
    onShareAppMessage() {
      return { title: this._title || "" };
    },
    async load() {
      const renderer = this.selectComponent("#renderer");
      try {
        const response = await loadPage(this._ref);
        const result = renderer.setResponse(response);
        this._title = result.title;
        applyChrome(result.title, result.style);
        this.setData({ state: result.count ? "ready" : "empty" });
        await this.loadLazy(renderer, response, result.lazy);
      } catch (err) {
        if (err && err.code === "page_not_found" && onNotFound && onNotFound(this._ref)) return;
        this.setData({ state: "error", error: (err && err.message) || "加载失败，请稍后再试" });
      }
    },
    loadLazy(renderer, response, ids) {
      const ref = { key: (response && response.key) || this._ref.key, shopId: this._ref.shopId || null };
      return Promise.all(
        (ids || []).map((id) =>
          loadSectionData(ref, id)
            .then((data) => renderer.setSectionData(id, data))
            .catch((err) => console.warn("[sdui] lazy section " + id + " failed", err)),
        ),
      );
    },
  };
}
