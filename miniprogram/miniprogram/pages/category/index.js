// 分类 (tab): 即将上线. A `category` action stores the category id before switchTab (which
// cannot carry a query string); the page picks it up here.
import { PENDING_CATEGORY_KEY } from "../../core/navigate.js";
import { getItem, removeItem } from "../../core/storage.js";

Page({
  data: { categoryId: null },
  onShow() {
    const id = getItem(PENDING_CATEGORY_KEY, null);
    if (id) {
      removeItem(PENDING_CATEGORY_KEY);
      this.setData({ categoryId: id });
    }
  },
});
