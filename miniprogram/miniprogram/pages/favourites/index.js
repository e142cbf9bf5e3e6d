// 我的收藏: GET /me/favourites page by page; 管理 turns on edit mode with check boxes, 全选 and a
// batch delete (POST /me/favourites/batch-delete {product_ids}). Signed in only.
import { catalogApi } from "../../core/catalog-api.js";
import { requireSignIn, toastError } from "../../core/auth.js";
import { favouriteView, selectionMap, toggleAll, toggleSelected } from "../../core/favourites.js";
import { createPager, pagedListMethods } from "../../core/pager.js";
import { openProduct } from "../../core/navigate.js";

Component({
  data: { state: "loading", error: "", items: [], total: 0, finished: false, editing: false, selected: [], checked: {} },
  methods: Object.assign(pagedListMethods(favouriteView, (s) => ({ total: s.total })), {
    onLoad() {
      this._pager = createPager((page) => catalogApi.favourites({ page, page_size: 20 }));
      if (!requireSignIn()) {
        this.setData({ state: "signin" });
        return Promise.resolve();
      }
      return this.reload();
    },
    reload() {
      return this.show(() => this._pager.reset());
    },
    setSelected(selected) {
      this.setData({ selected, checked: selectionMap(selected) });
    },
    onEdit() {
      this.setData({ editing: !this.data.editing });
      this.setSelected([]);
    },
    onItem(e) {
      const id = Number(e.currentTarget.dataset.id);
      if (this.data.editing) this.setSelected(toggleSelected(this.data.selected, id));
      else if (e.currentTarget.dataset.available) openProduct(id);
      else wx.showToast({ title: "商品已失效", icon: "none" });
    },
    onAll() {
      this.setSelected(toggleAll(this.data.selected, this.data.items.map((i) => i.id)));
    },
    async onDelete() {
      const ids = this.data.selected;
      if (!ids.length) return;
      try {
        await catalogApi.deleteFavourites(ids);
        wx.showToast({ title: "已删除", icon: "none" });
        this.setData({ editing: false });
        this.setSelected([]);
        await this.reload();
      } catch (err) {
        toastError(err, "删除失败");
      }
    },
  }),
});
