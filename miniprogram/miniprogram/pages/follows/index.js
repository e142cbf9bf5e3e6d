// 关注的店铺: GET /me/followed-shops page by page; a tap opens the shop, 取消关注 unfollows
// (DELETE /me/followed-shops/{id}). Signed in only.
import { catalogApi } from "../../core/catalog-api.js";
import { requireSignIn, toastError } from "../../core/auth.js";
import { followView } from "../../core/favourites.js";
import { createPager, pagedListMethods } from "../../core/pager.js";
import { openShop } from "../../core/navigate.js";

Component({
  data: { state: "loading", error: "", items: [], finished: false },
  methods: Object.assign(pagedListMethods(followView), {
    onLoad() {
      this._pager = createPager((page) => catalogApi.followedShops({ page, page_size: 20 }));
      if (!requireSignIn()) {
        this.setData({ state: "signin" });
        return Promise.resolve();
      }
      return this.show(() => this._pager.reset());
    },
    onShop(e) {
      if (e.currentTarget.dataset.available) openShop(e.currentTarget.dataset.id);
    },
    async onUnfollow(e) {
      const id = Number(e.currentTarget.dataset.id);
      try {
        await catalogApi.unfollow(id);
        const items = this.data.items.filter((i) => i.id !== id);
        this.setData({ items, state: items.length ? "ready" : "empty" });
        wx.showToast({ title: "已取消关注", icon: "none" });
      } catch (err) {
        toastError(err);
      }
    },
  }),
});
