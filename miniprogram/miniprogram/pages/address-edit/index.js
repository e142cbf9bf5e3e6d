// 新增 / 编辑收货地址: POST /me/addresses or PUT /me/addresses/{id} with AddressIn (name, phone,
// province / city / district from the region picker, detail, postal code, tag, default). With
// ?select=1 the saved address is chosen for the checkout that asked.
import { requireSignIn, toastError } from "../../core/auth.js";
import { addressPayload, chooseForCheckout, EMPTY_ADDRESS } from "../../core/address.js";
import { addressApi } from "../../core/trade-api.js";

Component({
  data: { state: "loading", error: "", form: Object.assign({}, EMPTY_ADDRESS), region: [], saving: false },
  methods: {
    onLoad(options) {
      const o = options || {};
      this._id = Number(o.id) || 0;
      this._select = o.select === "1";
      if (!requireSignIn()) {
        this.setData({ state: "signin" });
        return Promise.resolve();
      }
      wx.setNavigationBarTitle({ title: this._id ? "编辑收货地址" : "新增收货地址" });
      if (!this._id) {
        this.setData({ state: "ready" });
        return Promise.resolve();
      }
      return this.load();
    },
    async load() {
      try {
        const a = await addressApi.get(this._id);
        const form = {};
        Object.keys(EMPTY_ADDRESS).forEach((k) => (form[k] = a[k] === undefined || a[k] === null ? EMPTY_ADDRESS[k] : a[k]));
        this.setData({ state: "ready", form, region: [a.province, a.city, a.district].filter(Boolean) });
      } catch (err) {
        this.setData({ state: "error", error: (err && err.message) || "加载失败" });
      }
    },
    onInput(e) {
      this.setData({ ["form." + e.currentTarget.dataset.field]: e.detail.value });
    },
    onRegion(e) {
      const [province, city, district] = e.detail.value || [];
      this.setData({ region: e.detail.value, "form.province": province || "", "form.city": city || "", "form.district": district || "" });
    },
    onDefault() {
      this.setData({ "form.is_default": !this.data.form.is_default });
    },
    async onSave() {
      const [body, problem] = addressPayload(this.data.form);
      if (problem) {
        wx.showToast({ title: problem, icon: "none" });
        return;
      }
      this.setData({ saving: true });
      try {
        const saved = this._id ? await addressApi.update(this._id, body) : await addressApi.create(body);
        if (this._select) chooseForCheckout(saved.id);
        wx.showToast({ title: "已保存", icon: "none" });
        wx.navigateBack();
      } catch (err) {
        toastError(err, "保存失败");
      } finally {
        this.setData({ saving: false });
      }
    },
  },
});
