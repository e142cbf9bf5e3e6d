// 退款/售后 (AS-4): /pages/aftersales-list/index?status=. The shopper's requests newest first,
// tabs by status, page by page; a card opens the request.
import { requestCardView } from "../../core/aftersales.js";
import { pagedListMethods, statusTabs } from "../../core/pager.js";
import { aftersalesApi } from "../../core/trade-api.js";
import { AFTERSALES_TABS } from "../../shared/index.js";

const tabbed = statusTabs(AFTERSALES_TABS, "", (status, page) => aftersalesApi.list(status, page));

Component({
  data: Object.assign({ state: "loading", error: "", items: [], finished: false }, tabbed.data),
  methods: Object.assign({}, pagedListMethods(requestCardView), tabbed.methods, {
    onOpen(e) {
      wx.navigateTo({ url: "/pages/aftersales-detail/index?request_no=" + encodeURIComponent(e.currentTarget.dataset.no) });
    },
  }),
});
