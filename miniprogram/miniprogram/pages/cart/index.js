// 购物车 (tab, CART-1/2/4): GET /cart grouped by shop, line / shop / all check boxes (POST
// /cart/select), stepper quantity (PATCH /cart/lines/{id}), delete, clear, invalid lines apart with
// their reason, 移入收藏, the price-change notice and the 合计 + 结算(n) bar. Guests keep a cart
// under X-Device-Id; after sign-in it is merged (core/cart.js). The tab badge is GET /cart/count.
import { requireSignIn, toastError } from "../../core/auth.js";
import { cartView, mergeGuestCart, refreshCartBadge, saveCheckoutDraft, selectedItems, setCartBadge } from "../../core/cart.js";
import { confirm } from "../../core/dialog.js";
import { openProduct } from "../../core/navigate.js";
import { cartApi } from "../../core/trade-api.js";

Component({
  data: { state: "loading", error: "", cart: null, editing: false },
  methods: {
    onLoad() {
      return this.load();
    },
    onShow() {
      if (!this._shown) {
        this._shown = true;
        return Promise.resolve();
      }
      return this.load();
    },
    onPullDownRefresh() {
      return this.load().then(() => wx.stopPullDownRefresh());
    },
    async load() {
      try {
        const merged = await mergeGuestCart().catch(() => null);
        const cart = merged || (await cartApi.cart());
        this.show(cart);
      } catch (err) {
        this.setData({ state: "error", error: (err && err.message) || "加载失败" });
        return;
      }
      await refreshCartBadge();
    },
    show(cart) {
      this._cart = cart;
      const view = cartView(cart);
      const empty = !view.shops.length && !view.invalid.length;
      this.setData({ state: empty ? "empty" : "ready", cart: view });
    },
    /** A call answering Cart: redraw and badge, or the API's message. */
    async change(call) {
      try {
        const cart = await call();
        this.show(cart);
        setCartBadge(cart && cart.count);
      } catch (err) {
        toastError(err);
        if (this._cart) this.show(this._cart); // put the stepper back
      }
    },
    lineIds(shopId) {
      const shop = (this._cart.shops || []).find((s) => s.shop_id === shopId);
      return shop ? shop.lines.map((l) => l.id) : [];
    },
    // --- selection ---------------------------------------------------------------------------
    onSelectLine(e) {
      const d = e.currentTarget.dataset;
      return this.change(() => cartApi.select([Number(d.id)], !d.selected));
    },
    onSelectShop(e) {
      const d = e.currentTarget.dataset;
      return this.change(() => cartApi.select(this.lineIds(Number(d.id)), !d.selected));
    },
    onSelectAll() {
      return this.change(() => cartApi.select(null, !this.data.cart.allSelected));
    },
    // --- lines -------------------------------------------------------------------------------
    onQuantity(e) {
      const id = Number(e.currentTarget.dataset.id);
      const quantity = Number(e.detail);
      if (!(quantity > 0)) return Promise.resolve();
      return this.change(() => cartApi.update(id, { quantity }));
    },
    async onDeleteLine(e) {
      const id = Number(e.currentTarget.dataset.id);
      if (!(await confirm("确定删除这件商品吗？"))) return;
      await this.change(() => cartApi.remove(id));
    },
    onProduct(e) {
      openProduct(Number(e.currentTarget.dataset.product));
    },
    onEdit() {
      this.setData({ editing: !this.data.editing });
    },
    selectedIds() {
      return selectedItems(this._cart).cart_line_ids;
    },
    async onDeleteSelected() {
      const ids = this.selectedIds();
      if (!ids.length) return wx.showToast({ title: "请选择商品", icon: "none" });
      if (!(await confirm("确定删除选中的 " + ids.length + " 件商品吗？"))) return;
      await this.change(() => cartApi.removeMany(ids));
    },
    async onMoveToFavourites() {
      const ids = this.selectedIds();
      if (!ids.length) return wx.showToast({ title: "请选择商品", icon: "none" });
      if (!requireSignIn()) return;
      await this.change(() => cartApi.moveToFavourites(ids));
      wx.showToast({ title: "已移入收藏", icon: "none" });
    },
    async onClear() {
      if (!(await confirm("确定清空购物车吗？"))) return;
      await this.change(() => cartApi.clear());
    },
    async onClearInvalid() {
      const ids = this.data.cart.invalid.map((l) => l.id);
      if (!ids.length) return;
      await this.change(() => cartApi.removeMany(ids));
    },
    // --- checkout ----------------------------------------------------------------------------
    onCheckout() {
      const draft = selectedItems(this._cart);
      if (!draft.items.length) {
        wx.showToast({ title: "请选择要结算的商品", icon: "none" });
        return;
      }
      if (!requireSignIn()) return;
      saveCheckoutDraft(draft);
      wx.navigateTo({ url: "/pages/checkout/index?from=cart" });
    },
    onGoHome() {
      wx.switchTab({ url: "/pages/index/index" });
    },
    onRetry() {
      this.setData({ state: "loading" });
      return this.load();
    },
  },
});
