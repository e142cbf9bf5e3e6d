// 申请售后 (AS-1, AS-3): /pages/aftersales-apply/index?order_no=&line_id=. The lines still open
// for after-sales (the one line with one unit when opened from a line, else every line with all its
// units), quantities, the type the preview allows, a reason from /aftersales/reasons, the amount
// (at most the preview's maximum for the chosen units, asked again on every change), a description
// and up to 9 evidence images. POST /aftersales with one Idempotency-Key per visit, then the
// request opens.
import { toastError } from "../../core/auth.js";
import { mediaUrl } from "../../core/media.js";
import { decodeParam } from "../../core/navigate.js";
import { loadOrError, openOrderPage } from "../../core/page-load.js";
import { orderApi, aftersalesApi } from "../../core/trade-api.js";
import { chooseImages, uploadImage } from "../../core/upload.js";
import { uuid } from "../../core/uuid.js";
import { aftersalesTypeText, applyBody, applyProblem, draftLines, selectedItems, yuanText } from "../../shared/index.js";

Component({
  data: { reasons: [], state: "loading", error: "", lines: [], types: [], type: "", reason: "", amountText: "", maxText: "0.00", description: "", images: [], submitting: false },
  methods: {
    onLoad(options) {
      if (!openOrderPage(this, options)) return Promise.resolve();
      this._line = Number(decodeParam((options || {}).line_id)) || null;
      this._key = uuid();
      this._max = 0;
      return loadOrError(this, async () => {
        const [order, preview, why] = await Promise.all([orderApi.detail(this._no), aftersalesApi.preview(this._no), aftersalesApi.reasons()]);
        this._order = order;
        this._reasons = (why && why.reasons) || [];
        this.setData({ reasons: this._reasons });
        this._draft = draftLines(preview, this._line);
        this._types = preview.types || [];
        this.setData({ state: "ready" });
        this.showTypes(this._types[0] || "");
        this.showLines();
        await this.requote();
      });
    },
    showLines() {
      const byId = {};
      (this._order.lines || []).forEach((l) => (byId[l.id] = l));
      this.setData({
        lines: this._draft.map((d) => ({
          id: d.lineId,
          title: d.title,
          image: mediaUrl(byId[d.lineId] ? byId[d.lineId].image : ""),
          spec: byId[d.lineId] ? byId[d.lineId].spec_text || "" : "",
          remaining: d.remaining,
          checked: d.checked,
          quantity: d.quantity,
        })),
      });
    },
    showTypes(type) {
      const chosen = this._types.indexOf(type) !== -1 ? type : this._types[0] || "";
      this.setData({ type: chosen, types: this._types.map((t) => ({ key: t, text: aftersalesTypeText(t), active: t === chosen })) });
    },
    /** The preview for the ticked units: the maximum, and the amount unless the shopper typed one. */
    async requote() {
      const items = selectedItems(this._draft);
      const mine = (this._generation = (this._generation || 0) + 1);
      if (!items.length) {
        this._max = 0;
        this.setData({ amountText: "", maxText: "0.00" });
        return;
      }
      try {
        const answer = await aftersalesApi.preview(this._no, items);
        if (mine !== this._generation) return;
        const typed = this.data.amountText && this.data.amountText !== yuanText(this._max);
        this._max = answer.max_amount;
        if (answer.types) this._types = answer.types;
        this.showTypes(this.data.type);
        this.setData({ maxText: yuanText(answer.max_amount), amountText: typed ? this.data.amountText : yuanText(answer.max_amount) });
      } catch (err) {
        toastError(err, "退款金额计算失败");
      }
    },
    onToggle(e) {
      const id = Number(e.currentTarget.dataset.id);
      this._draft.forEach((d) => {
        if (d.lineId === id) d.checked = !d.checked;
      });
      this.showLines();
      return this.requote();
    },
    onQuantity(e) {
      const id = Number(e.currentTarget.dataset.id);
      const value = Number(e.detail) || 1;
      this._draft.forEach((d) => {
        if (d.lineId === id) d.quantity = Math.max(1, Math.min(d.remaining, value));
      });
      this.showLines();
      return this.requote();
    },
    onType(e) {
      this.showTypes(e.currentTarget.dataset.key);
    },
    /** The reason picker (a picker, not an action sheet: wx's sheet holds six items at most). */
    onReason(e) {
      const index = Number(e.detail && e.detail.value);
      if (index >= 0 && index < this._reasons.length) this.setData({ reason: this._reasons[index] });
    },
    onAmount(e) {
      this.setData({ amountText: e.detail && typeof e.detail === "object" ? e.detail.value : e.detail });
    },
    onDescription(e) {
      this.setData({ description: e.detail && typeof e.detail === "object" ? e.detail.value : e.detail });
    },
    async onAddImage() {
      const room = 9 - this.data.images.length;
      if (room <= 0) return;
      for (const file of await chooseImages(room)) {
        try {
          const url = await uploadImage(file);
          this.setData({ images: this.data.images.concat([url]) });
        } catch (err) {
          toastError(err, "图片上传失败");
        }
      }
    },
    onRemoveImage(e) {
      const index = e.currentTarget.dataset.index;
      this.setData({ images: this.data.images.filter((_, i) => i !== index) });
    },
    async onSubmit() {
      if (this.data.submitting) return;
      const items = selectedItems(this._draft);
      const problem = applyProblem({ type: this.data.type, types: this._types, reason: this.data.reason, items, amountText: this.data.amountText, maxAmount: this._max, images: this.data.images });
      if (problem) {
        wx.showToast({ title: problem, icon: "none" });
        return;
      }
      this.setData({ submitting: true });
      try {
        const created = await aftersalesApi.create(
          applyBody({ orderNo: this._no, type: this.data.type, items, reason: this.data.reason, description: this.data.description, images: this.data.images, amountText: this.data.amountText }),
          this._key,
        );
        wx.showToast({ title: "售后申请已提交", icon: "none" });
        wx.redirectTo({ url: "/pages/aftersales-detail/index?request_no=" + encodeURIComponent(created.request_no) });
      } catch (err) {
        toastError(err, "提交失败");
      } finally {
        this.setData({ submitting: false });
      }
    },
  },
});
