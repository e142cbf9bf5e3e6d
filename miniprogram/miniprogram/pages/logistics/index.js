// 查看物流 (ORD-5): GET /orders/{no}/logistics — each shipment (a split order has several) with its
// carrier, tracking number, status and the events newest first.
import { formatTime } from "../../core/orders.js";
import { loadOrError, openOrderPage } from "../../core/page-load.js";
import { orderApi } from "../../core/trade-api.js";

const SHIPMENT_STATUS = { pending: "待揽收", in_transit: "运输中", delivering: "派送中", delivered: "已签收", signed: "已签收", exception: "异常" };

function shipmentView(s, i, all) {
  const events = (s.events || [])
    .slice()
    .sort((a, b) => String(b.time).localeCompare(String(a.time)))
    .map((e, j) => ({ key: j, text: e.text || "", time: formatTime(e.time), location: e.location || "", latest: j === 0 }));
  const count = (s.items || []).reduce((n, it) => n + (it.quantity || 0), 0);
  return {
    id: s.id,
    title: all.length > 1 ? "包裹" + (i + 1) : "",
    carrier: s.carrier_name || "",
    trackingNo: s.tracking_no || "",
    status: SHIPMENT_STATUS[s.status] || s.status || "",
    count,
    events,
  };
}

Component({
  data: { state: "loading", error: "", shipments: [] },
  methods: {
    onLoad(options) {
      return openOrderPage(this, options) ? this.load() : Promise.resolve();
    },
    load() {
      return loadOrError(this, async () => {
        const answer = await orderApi.logistics(this._no);
        const list = (answer && answer.shipments) || [];
        this.setData({ state: list.length ? "ready" : "empty", shipments: list.map(shipmentView) });
      });
    },
    onCopy(e) {
      wx.setClipboardData({ data: String(e.currentTarget.dataset.no) });
    },
  },
});
