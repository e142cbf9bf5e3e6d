// 底部导航: on the four tab pages the mini-program's native tabBar (app.json) is the bottom
// navigation, so this section draws nothing there; on other pages (custom pages, shops) it draws
// a fixed van-tabbar whose items switch to the tab pages.
import section from "../../../behaviors/section.js";
import { navigate, TAB_PAGES } from "../../../core/navigate.js";

function currentRoute() {
  try {
    if (typeof getCurrentPages !== "function") return "";
    const pages = getCurrentPages();
    const page = pages[pages.length - 1];
    return page && page.route ? "/" + page.route : "";
  } catch (e) {
    return "";
  }
}

Component({
  behaviors: [section],
  data: { items: [], native: false },
  methods: {
    viewModel(s) {
      const route = currentRoute();
      const tabRoutes = Object.keys(TAB_PAGES).map((k) => TAB_PAGES[k]);
      const items = (Array.isArray(s.items) ? s.items : [])
        .filter((item) => item && item.text && item.action)
        .slice(0, 5)
        .map((item) => ({ text: item.text, icon: item.icon || "", activeIcon: item.active_icon || item.icon || "", action: item.action }));
      return {
        items,
        native: tabRoutes.indexOf(route) !== -1,
      };
    },
    onChange(e) {
      const item = this.data.items[e.detail];
      if (item) navigate(item.action);
    },
  },
});
