// 收货地址: GET /me/addresses (default first); edit, 设为默认 (PUT …/default), delete, add, or import
// the WeChat address (wx.chooseAddress → POST /me/addresses). With ?select=1 (from checkout) a tap
// chooses the address for the order and goes back.
import { toastError } from "../../core/auth.js";
import { addressView, chooseForCheckout, chooseWechatAddress, CHOSEN_ADDRESS_KEY } from "../../core/address.js";
import { confirm } from "../../core/dialog.js";
import { loadOrError, signedInOr } from "../../core/page-load.js";
import { getItem } from "../../core/storage.js";
import { addressApi } from "../../core/trade-api.js";

Component({
  data: { state: "loading", error: "", items: [], select: false, current: 0 },
  methods: {
    onLoad(options) {
      const o = options || {};
      this.setData({ select: o.select === "1", current: Number(o.current) || 0 });
      if (!signedInOr(this)) return Promise.resolve();
      this._loaded = true;
      return this.load();
    },
    onShow() {
      if (!this._loaded) return Promise.resolve();
      // a new address saved for checkout on the edit page: hand it on
      if (this.data.select && getItem(CHOSEN_ADDRESS_KEY, null)) {
        wx.navigateBack();
        return Promise.resolve();
      }
      return this.load();
    },
    load() {
      return loadOrError(this, async () => {
        const answer = await addressApi.list();
        const rows = ((answer && answer.items) || []).slice().sort((a, b) => (b.is_default ? 1 : 0) - (a.is_default ? 1 : 0));
        const items = rows.map(addressView);
        this.setData({ state: items.length ? "ready" : "empty", items });
      });
    },
    onItem(e) {
      const id = Number(e.currentTarget.dataset.id);
      if (this.data.select) {
        chooseForCheckout(id);
        wx.navigateBack();
      } else {
        this.onEdit(e);
      }
    },
    onEdit(e) {
      wx.navigateTo({ url: "/pages/address-edit/index?id=" + e.currentTarget.dataset.id + (this.data.select ? "&select=1" : "") });
    },
    onAdd() {
      wx.navigateTo({ url: "/pages/address-edit/index" + (this.data.select ? "?select=1" : "") });
    },
    async onDefault(e) {
      try {
        await addressApi.setDefault(Number(e.currentTarget.dataset.id));
        wx.showToast({ title: "已设为默认地址", icon: "none" });
        await this.load();
      } catch (err) {
        toastError(err);
      }
    },
    async onDelete(e) {
      if (!(await confirm("确定删除该收货地址吗？"))) return;
      try {
        await addressApi.remove(Number(e.currentTarget.dataset.id));
        await this.load();
      } catch (err) {
        toastError(err);
      }
    },
    async onWechat() {
      const body = await chooseWechatAddress();
      if (!body) return;
      try {
        const saved = await addressApi.create(body);
        if (this.data.select) {
          chooseForCheckout(saved.id);
          wx.navigateBack();
          return;
        }
        await this.load();
      } catch (err) {
        toastError(err, "导入失败");
      }
    },
  },
});
