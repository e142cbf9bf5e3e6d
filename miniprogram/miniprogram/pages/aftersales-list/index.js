// 退款/售后 (AS-4): /pages/aftersales-list/index?status=. The shopper's requests newest first,
// tabs by status, page by page; a card opens the request.
import { requireSignIn } from "../../core/auth.js";
import { requestCardView } from "../../core/aftersales.js";
import { createPager, pagedListMethods } from "../../core/pager.js";
import { aftersalesApi } from "../../core/trade-api.js";
import { AFTERSALES_TABS } from "../../shared/index.js";

const tabsView = (active) => AFTERSALES_TABS.map((t) => ({ key: t.key, title: t.title, active: t.key === active }));

Component({
  data: { state: "loading", error: "", status: "", tabs: tabsView(""), items: [], finished: false },
  methods: Object.assign({}, pagedListMethods(requestCardView), {
    onLoad(options) {
      const status = AFTERSALES_TABS.some((t) => t.key === (options || {}).status) ? options.status : "";
      this.setData({ status, tabs: tabsView(status) });
      this._pager = createPager((page) => aftersalesApi.list(this.data.status, page));
      if (!requireSignIn()) {
        this.setData({ state: "signin" });
        return Promise.resolve();
      }
      return this.show(() => this._pager.reset());
    },
    onTab(e) {
      const status = e.currentTarget.dataset.key;
      if (status === this.data.status) return Promise.resolve();
      this.setData({ status, tabs: tabsView(status), state: "loading" });
      return this.show(() => this._pager.reset());
    },
    onOpen(e) {
      wx.navigateTo({ url: "/pages/aftersales-detail/index?request_no=" + encodeURIComponent(e.currentTarget.dataset.no) });
    },
  }),
});
