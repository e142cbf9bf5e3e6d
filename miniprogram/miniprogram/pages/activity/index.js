// 凑单: /pages/activity/index?id=<activity id>. A running activity (GET /activities/{id}; 404 once it
// is not) with its kind, mark, rules and window, then its products two per row (the product_grid
// section component) page by page on reach-bottom.
import { activitiesApi, activityView } from "../../core/promotions.js";
import { createPager } from "../../core/pager.js";
import { resolveMedia } from "../../core/media.js";

const GRID_SETTINGS = { columns: 2, show_original_price: true, show_buy_button: false, margin_x: 8, margin_y: 8, gap: 8 };

Component({
  data: { state: "loading", error: "", a: null, grid: null, listState: "loading", finished: false },
  methods: {
    onLoad(options) {
      this._id = Number((options || {}).id);
      if (!(this._id > 0)) {
        this.setData({ state: "missing" });
        return Promise.resolve();
      }
      this._pager = createPager((page) => activitiesApi.products(this._id, page));
      return this.load();
    },
    async load() {
      try {
        const activity = await activitiesApi.get(this._id);
        this.setData({ state: "ready", a: activityView(activity) });
        if (activity.title) wx.setNavigationBarTitle({ title: activity.title });
      } catch (err) {
        if (err && err.status === 404) this.setData({ state: "missing" });
        else this.setData({ state: "error", error: (err && err.message) || "活动加载失败" });
        return;
      }
      await this.show(() => this._pager.reset());
    },
    onReachBottom() {
      const s = this._pager && this._pager.state();
      if (!s || s.loading || s.finished || !s.loaded) return Promise.resolve();
      return this.show(() => this._pager.next());
    },
    async show(load) {
      try {
        const s = await load();
        this.setData({
          grid: { id: "activity", type: "product_grid", v: 1, settings: GRID_SETTINGS, data: { items: resolveMedia(s.items) } },
          finished: s.finished,
          listState: s.items.length ? "ready" : "empty",
        });
      } catch (err) {
        this.setData({ listState: "error" });
      }
    },
    onRetry() {
      this.setData({ state: "loading" });
      return this.load();
    },
    onHome() {
      wx.switchTab({ url: "/pages/index/index" });
    },
  },
});
