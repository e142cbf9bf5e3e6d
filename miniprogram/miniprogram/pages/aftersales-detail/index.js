// 售后详情 (AS-4): /pages/aftersales-detail/index?request_no=. Status and what happens next, the
// amount, items, reason and evidence, the return parcel, refund records and the timeline. Buttons
// exactly per `actions`: 撤销申请 (after a confirm) and 填写退货物流 (a carrier from /carriers and
// the tracking number → POST /aftersales/{no}/return).
import { requestDetailView } from "../../core/aftersales.js";
import { requireSignIn, toastError } from "../../core/auth.js";
import { confirm } from "../../core/dialog.js";
import { decodeParam } from "../../core/navigate.js";
import { loadOrError } from "../../core/page-load.js";
import { aftersalesApi } from "../../core/trade-api.js";

Component({
  data: { state: "loading", error: "", r: null, busy: false, shipping: false, carriers: [], carrierIndex: -1, carrierName: "", trackingNo: "" },
  methods: {
    onLoad(options) {
      this._no = decodeParam((options || {}).request_no);
      if (!this._no) {
        this.setData({ state: "error", error: "售后单不存在" });
        return Promise.resolve();
      }
      if (!requireSignIn()) {
        this.setData({ state: "signin" });
        return Promise.resolve();
      }
      return this.load();
    },
    load() {
      return loadOrError(this, async () => this.showDetail(await aftersalesApi.get(this._no)));
    },
    showDetail(detail) {
      this.setData({ state: "ready", r: requestDetailView(detail) });
    },
    onAction(e) {
      const key = e.currentTarget.dataset.key;
      if (key === "cancel") return this.cancel();
      if (key === "ship_return") return this.openShip();
      return Promise.resolve();
    },
    async cancel() {
      if (this.data.busy) return;
      if (!(await confirm("撤销后本次售后申请将关闭，确定撤销吗？", "撤销申请"))) return;
      this.setData({ busy: true });
      try {
        this.showDetail(await aftersalesApi.cancel(this._no));
        wx.showToast({ title: "已撤销申请", icon: "none" });
      } catch (err) {
        toastError(err, "撤销失败");
      } finally {
        this.setData({ busy: false });
      }
    },
    async openShip() {
      this.setData({ shipping: true });
      if (this._carriers) return;
      try {
        this._carriers = await aftersalesApi.carriers();
        this.setData({ carriers: this._carriers.map((c) => c.name) });
      } catch (err) {
        toastError(err, "快递公司加载失败");
      }
    },
    onCarrier(e) {
      const index = Number(e.detail && e.detail.value);
      const carrier = (this._carriers || [])[index];
      if (carrier) this.setData({ carrierIndex: index, carrierName: carrier.name });
    },
    onTracking(e) {
      this.setData({ trackingNo: e.detail && typeof e.detail === "object" ? e.detail.value : e.detail });
    },
    async onShip() {
      if (this.data.busy) return;
      const carrier = (this._carriers || [])[this.data.carrierIndex];
      const trackingNo = (this.data.trackingNo || "").trim();
      if (!carrier) return wx.showToast({ title: "请选择快递公司", icon: "none" });
      if (!trackingNo) return wx.showToast({ title: "请填写快递单号", icon: "none" });
      this.setData({ busy: true });
      try {
        this.showDetail(await aftersalesApi.shipReturn(this._no, { carrier_code: carrier.code, tracking_no: trackingNo }));
        this.setData({ shipping: false });
        wx.showToast({ title: "退货物流已提交", icon: "none" });
      } catch (err) {
        toastError(err, "提交失败");
      } finally {
        this.setData({ busy: false });
      }
    },
    onOrder() {
      wx.navigateTo({ url: "/pages/order/index?order_no=" + encodeURIComponent(this.data.r.orderNo) });
    },
  },
});
