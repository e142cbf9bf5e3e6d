// 售后 in the mini-program (docs/aftersales-api.md, AS-1/3/4) with 批量付款 (PAY-5) and 我的余额:
// apply per line or whole order with the preview's maximum, the request's detail, cancel and the
// return parcel, my requests, the order's after-sales summary; the order list's batch payment.
const { installWx, flush } = require("./helpers/wx.js");
const { serve, openPage, update, signIn } = require("./helpers/catalog.js");
const { installTradeWx, orderCard, orderDetail, orderLine } = require("./helpers/trade.js");

const text = (node) => node.dom.textContent.replace(/\s+/g, " ").trim();

beforeEach(() => {
  installWx();
  installTradeWx();
  require("../miniprogram/core/api.js").resetClient();
  signIn();
});

/** A paid order: 纯棉T恤 ×3 (line 1) and 袜子 ×1 (line 2). */
function paidOrder(aftersales) {
  return orderDetail("O1", "pending_shipment", ["urge"], {
    lines: [orderLine(1, { quantity: 3, title: "纯棉T恤" }), orderLine(2, { quantity: 1, title: "袜子" })],
    aftersales: aftersales || null,
  });
}

const PREVIEW = {
  order_no: "O1", types: ["refund_only"], goods_amount: 14797, freight: 0, max_amount: 14797, whole_order: false,
  lines: [
    { line_id: 1, title: "纯棉T恤", quantity: 3, line_quantity: 3, remaining_quantity: 3, amount: 5997 },
    { line_id: 2, title: "袜子", quantity: 1, line_quantity: 1, remaining_quantity: 1, amount: 8800 },
  ],
};

function request(extra) {
  return Object.assign({
    request_no: "A1", order_no: "O1", shop_id: 3, type: "refund_only", type_text: "仅退款", status: "requested", status_text: "待商家处理",
    reason: "不想要了", amount: 1999, requested_amount: 1999, quantity: 1,
    items: [{ line_id: 1, quantity: 1, amount: 1999, line_quantity: 3, title: "纯棉T恤", image: "/media/1.jpg", spec_text: "红 / L", unit_price: 1999 }],
    created_at: "2026-11-25T02:00:00Z", actions: ["cancel"], description: "", images: [], freight: 0, whole_order: false, reject_reason: null,
    return_logistics: null, last_error: null, times: {}, return_deadline: null, auto_receive_at: null, refunds: [],
    timeline: [{ event: "request", text: "买家申请仅退款", role: "buyer", note: "", at: "2026-11-25T02:00:00Z" }],
  }, extra || {});
}

function applyRoutes(extra) {
  return serve(Object.assign({
    "GET /orders/O1": () => paidOrder(),
    "GET /aftersales/reasons": () => ({ reasons: ["不想要了", "商品破损"], refund_window_days: 7 }),
    "POST /aftersales/preview": (req) => {
      if (!req.body.items) return PREVIEW;
      const amount = req.body.items.reduce((sum, i) => sum + (i.line_id === 1 ? 1999 * i.quantity : 8800), 0);
      return Object.assign({}, PREVIEW, { max_amount: amount });
    },
    "POST /aftersales": (req) => request({ amount: req.body.amount }),
  }, extra || {}));
}

describe("申请售后", () => {
  test("[AS-1] [AS-3] from one line: one unit, the preview's maximum; a reason is needed; the request opens", async () => {
    const calls = applyRoutes();
    const comp = await openPage("pages/aftersales-apply/index", { order_no: "O1", line_id: "1" });
    expect(comp.querySelectorAll(".apply-line").map(text)).toEqual([expect.stringContaining("纯棉T恤"), expect.stringContaining("袜子")]);
    expect(calls.filter((c) => c.path === "/aftersales/preview").pop().body).toEqual({ order_no: "O1", items: [{ line_id: 1, quantity: 1 }] });
    expect(text(comp.querySelector(".max"))).toBe("最多 ¥19.99");
    expect(comp.instance.data.amountText).toBe("19.99");
    expect(comp.querySelectorAll(".type").map(text)).toEqual(["仅退款"]);

    await update(comp, comp.instance.onSubmit());
    expect(wx.showToast).toHaveBeenLastCalledWith(expect.objectContaining({ title: "请选择售后原因" }));
    expect(calls.some((c) => c.method === "POST" && c.path === "/aftersales")).toBe(false);

    comp.instance.onReason({ detail: { value: "1" } });
    comp.instance.onDescription({ detail: { value: "破了个洞" } });
    await update(comp, comp.instance.onSubmit());
    const sent = calls.find((c) => c.method === "POST" && c.path === "/aftersales");
    expect(sent.body).toEqual({ order_no: "O1", type: "refund_only", items: [{ line_id: 1, quantity: 1 }], reason: "商品破损", amount: 1999, description: "破了个洞" });
    expect(sent.headers["Idempotency-Key"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(wx.redirectTo).toHaveBeenLastCalledWith(expect.objectContaining({ url: "/pages/aftersales-detail/index?request_no=A1" }));
  });

  test("[AS-3] more units and lines ask again; an amount above the maximum is refused before sending; evidence images go along", async () => {
    wx.chooseMedia = jest.fn((o) => o.success({ tempFiles: [{ tempFilePath: "wxfile://e.jpg" }] }));
    wx.uploadFile = jest.fn((o) => o.success({ statusCode: 201, data: JSON.stringify({ url: "/media/uploads/e.jpg" }) }));
    const calls = applyRoutes();
    const comp = await openPage("pages/aftersales-apply/index", { order_no: "O1", line_id: "1" });
    await update(comp, comp.instance.onQuantity({ currentTarget: { dataset: { id: 1 } }, detail: 2 }));
    expect(text(comp.querySelector(".max"))).toBe("最多 ¥39.98");
    await update(comp, comp.instance.onToggle({ currentTarget: { dataset: { id: 2 } } }));
    expect(calls.filter((c) => c.path === "/aftersales/preview").pop().body.items).toEqual([{ line_id: 1, quantity: 2 }, { line_id: 2, quantity: 1 }]);
    expect(text(comp.querySelector(".max"))).toBe("最多 ¥127.98");

    comp.instance.onReason({ detail: { value: "0" } });
    comp.instance.onAmount({ detail: { value: "128" } });
    await update(comp, comp.instance.onSubmit());
    expect(wx.showToast).toHaveBeenLastCalledWith(expect.objectContaining({ title: "退款金额不能超过 ¥127.98" }));
    await update(comp, comp.instance.onAddImage());
    comp.instance.onAmount({ detail: { value: "100.5" } });
    await update(comp, comp.instance.onSubmit());
    expect(calls.find((c) => c.method === "POST" && c.path === "/aftersales").body).toMatchObject({ amount: 10050, images: ["/media/uploads/e.jpg"] });
  });

  test("[AS-3] the whole order: every line with all its units; the server's refusal is shown", async () => {
    applyRoutes({ "POST /aftersales": () => ({ httpStatus: 422, data: { error: { code: "items_invalid", message: "最多还能申请 0 件" } } }) });
    const comp = await openPage("pages/aftersales-apply/index", { order_no: "O1" });
    expect(text(comp.querySelector(".max"))).toBe("最多 ¥147.97");
    comp.instance.onReason({ detail: { value: "0" } });
    await update(comp, comp.instance.onSubmit());
    expect(wx.showToast).toHaveBeenLastCalledWith(expect.objectContaining({ title: "最多还能申请 0 件" }));
    expect(wx.redirectTo).not.toHaveBeenCalled();
  });
});

describe("售后详情 / 退款售后", () => {
  test("[AS-4] status, amount, items, refund records and the timeline newest first", async () => {
    serve({
      "GET /aftersales/A1": () => request({
        status: "refunded", status_text: "退款成功", actions: [],
        refunds: [{ refund_no: "R1", amount: 1999, status: "succeeded", reason: "", created_at: "2026-11-25T03:00:00Z", finished_at: "2026-11-25T03:00:01Z" }],
        timeline: [
          { event: "request", text: "买家申请仅退款", role: "buyer", note: "", at: "2026-11-25T02:00:00Z" },
          { event: "approve", text: "商家同意退款", role: "merchant", note: "", at: "2026-11-25T02:30:00Z" },
        ],
      }),
    });
    const comp = await openPage("pages/aftersales-detail/index", { request_no: "A1" });
    expect(text(comp.querySelector(".status__text"))).toBe("退款成功");
    expect(text(comp.querySelector(".amount"))).toBe("¥19.99");
    expect(text(comp.querySelector(".aftersales-item"))).toContain("纯棉T恤");
    expect(text(comp.querySelector(".refund"))).toContain("R1");
    expect(text(comp.querySelector(".refund"))).toContain("已退款");
    expect(comp.querySelectorAll(".step").map(text)).toEqual([expect.stringContaining("商家：商家同意退款"), expect.stringContaining("买家：买家申请仅退款")]);
    expect(text(comp)).not.toContain("撤销申请");
  });

  test("[AS-4] 撤销申请 asks first, then redraws from the answer", async () => {
    const calls = serve({
      "GET /aftersales/A1": () => request(),
      "POST /aftersales/A1/cancel": () => request({ status: "cancelled", status_text: "买家已撤销", actions: [] }),
    });
    const comp = await openPage("pages/aftersales-detail/index", { request_no: "A1" });
    expect(text(comp)).toContain("撤销申请");
    installTradeWx({ confirm: false });
    await update(comp, comp.instance.onAction({ currentTarget: { dataset: { key: "cancel" } } }));
    expect(calls.some((c) => c.path === "/aftersales/A1/cancel")).toBe(false);
    installTradeWx({ confirm: true });
    await update(comp, comp.instance.onAction({ currentTarget: { dataset: { key: "cancel" } } }));
    expect(text(comp.querySelector(".status__text"))).toBe("买家已撤销");
    expect(text(comp)).not.toContain("撤销申请");
  });

  test("[AS-4] a return to ship: the deadline, a carrier from /carriers and the tracking number", async () => {
    const calls = serve({
      "GET /aftersales/A1": () => request({ type: "return_refund", status: "awaiting_return", status_text: "待买家退货", actions: ["ship_return", "cancel"], return_deadline: "2026-12-02T02:00:00Z" }),
      "GET /carriers": () => ({ items: [{ code: "SF", name: "顺丰速运" }, { code: "YTO", name: "圆通速递" }] }),
      "POST /aftersales/A1/return": () => request({ status: "returning", status_text: "买家已退货，待商家收货", actions: ["cancel"], return_logistics: { carrier_code: "YTO", carrier_name: "圆通速递", tracking_no: "YT1" } }),
    });
    const comp = await openPage("pages/aftersales-detail/index", { request_no: "A1" });
    expect(text(comp.querySelector(".status__hint"))).toContain("前寄回商品");
    expect(text(comp)).toContain("填写退货物流");
    await update(comp, comp.instance.onAction({ currentTarget: { dataset: { key: "ship_return" } } }));
    await update(comp, comp.instance.onShip());
    expect(wx.showToast).toHaveBeenLastCalledWith(expect.objectContaining({ title: "请选择快递公司" }));
    comp.instance.onCarrier({ detail: { value: "1" } });
    comp.instance.onTracking({ detail: { value: " YT1 " } });
    await update(comp, comp.instance.onShip());
    expect(calls.find((c) => c.path === "/aftersales/A1/return").body).toEqual({ carrier_code: "YTO", tracking_no: "YT1" });
    expect(text(comp.querySelector(".return"))).toContain("圆通速递");
    expect(text(comp.querySelector(".return"))).toContain("YT1");
  });

  test("[AS-4] 退款/售后 lists my requests by status and opens one", async () => {
    const calls = serve({ "GET /aftersales": () => ({ items: [request()], total: 1, page: 1, page_size: 20 }) });
    const comp = await openPage("pages/aftersales-list/index", {});
    expect(text(comp.querySelector(".request"))).toContain("待商家处理");
    expect(text(comp.querySelector(".request"))).toContain("¥19.99");
    comp.querySelectorAll(".tab")[3].dispatchEvent("tap");
    await flush(100);
    expect(calls.filter((c) => c.path === "/aftersales").pop().query).toMatchObject({ status: "refunding" });
    comp.querySelector(".request").dispatchEvent("tap");
    await flush(10);
    expect(wx.navigateTo).toHaveBeenLastCalledWith(expect.objectContaining({ url: "/pages/aftersales-detail/index?request_no=A1" }));
  });
});

describe("the order's after-sales", () => {
  test("[AS-3] 申请售后 for the whole order and per line with units left", async () => {
    serve({ "GET /orders/O1": () => paidOrder({ requests: [], open_count: 1, refunded_amount: 0, lines: [{ line_id: 1, requested_quantity: 3, refunded_quantity: 0 }] }) });
    const comp = await openPage("pages/order/index", { order_no: "O1" });
    expect(comp.querySelectorAll(".line__apply")).toHaveLength(1);
    expect(text(comp.querySelector(".line__aftersales"))).toBe("售后中 3 件");
    comp.querySelector(".line__apply").dispatchEvent("tap");
    await flush(10);
    expect(wx.navigateTo).toHaveBeenLastCalledWith(expect.objectContaining({ url: "/pages/aftersales-apply/index?order_no=O1&line_id=2" }));
    expect(text(comp)).toContain("申请售后");
  });

  test("[AS-1] [AS-4] the order shows its requests, the refunded amount and the line's refunded units", async () => {
    serve({ "GET /orders/O1": () => paidOrder({
      requests: [{ request_no: "A1", type: "refund_only", type_text: "仅退款", status: "refunded", status_text: "退款成功", amount: 1999, created_at: "2026-11-25T02:00:00Z" }],
      open_count: 0, refunded_amount: 1999, lines: [{ line_id: 1, requested_quantity: 1, refunded_quantity: 1 }],
    }) });
    const comp = await openPage("pages/order/index", { order_no: "O1" });
    expect(text(comp.querySelector(".refunded"))).toContain("¥19.99");
    expect(text(comp.querySelector(".request"))).toContain("仅退款 ¥19.99");
    expect(text(comp.querySelector(".request"))).toContain("退款成功");
    expect(text(comp.querySelector(".line__aftersales"))).toBe("已退款 1 件");
    comp.querySelector(".request").dispatchEvent("tap");
    await flush(10);
    expect(wx.navigateTo).toHaveBeenLastCalledWith(expect.objectContaining({ url: "/pages/aftersales-detail/index?request_no=A1" }));
  });

  test("[AS-3] no 申请售后 on an unpaid order", async () => {
    serve({ "GET /orders/O1": () => orderDetail("O1", "pending_payment", ["pay", "cancel"]) });
    const comp = await openPage("pages/order/index", { order_no: "O1" });
    expect(comp.querySelectorAll(".line__apply")).toHaveLength(0);
    expect(text(comp)).not.toContain("申请售后");
  });
});

describe("批量付款 and 我的余额", () => {
  test("[PAY-5] under 待付款 several orders are ticked and paid in one payment", async () => {
    const calls = serve({
      "GET /orders/counts": () => ({ pending_payment: 3 }),
      "GET /orders": () => ({ items: [orderCard("O1", "pending_payment", ["pay", "cancel"]), orderCard("O2", "pending_payment", ["pay"], { payable: 1000 }), orderCard("O3", "pending_payment", ["pay"])], total: 3, page: 1, page_size: 10 }),
      "POST /payments": () => ({ payment_no: "P9", amount: 5280, status: "pending", orders: [{ order_no: "O1" }, { order_no: "O2" }] }),
    });
    const comp = await openPage("pages/orders/index", { tab: "pending_payment" });
    expect(text(comp.querySelector(".batch-toggle"))).toBe("批量付款");
    comp.querySelector(".batch-toggle").dispatchEvent("tap");
    await flush(20);
    expect(comp.querySelectorAll(".order-choose")).toHaveLength(3);
    expect(text(comp)).not.toContain("去支付");
    comp.querySelectorAll(".order__head")[0].dispatchEvent("tap");
    comp.querySelectorAll(".order__head")[1].dispatchEvent("tap");
    await flush(20);
    expect(text(comp.querySelector(".batch-bar"))).toContain("已选 2 单 合计 ¥52.80");
    await update(comp, comp.instance.onBatchPay());
    expect(calls.find((c) => c.method === "POST" && c.path === "/payments").body).toEqual({ order_nos: ["O1", "O2"] });
    expect(wx.navigateTo).toHaveBeenLastCalledWith(expect.objectContaining({ url: "/pages/pay/index?payment_no=P9&amount=5280" }));
  });

  test("[PAY-1] 我的余额: the balance and entries in and out", async () => {
    serve({ "GET /me/wallet": () => ({ balance: 12345, total: 2, page: 1, page_size: 20, items: [
      { amount: 1999, kind: "refund", reference: "R1", description: "退款 R1 退回余额", created_at: "2026-11-25T04:00:00Z" },
      { amount: -4280, kind: "payment", reference: "P1", description: "余额支付 支付单 P1", created_at: "2026-11-25T03:00:00Z" },
    ] }) });
    const comp = await openPage("pages/wallet/index", {});
    expect(text(comp.querySelector(".wallet-balance"))).toBe("¥123.45");
    expect(comp.querySelectorAll(".entry__amount").map(text)).toEqual(["+¥19.99", "-¥42.80"]);
    expect(text(comp.querySelectorAll(".wallet-entry")[0])).toContain("退款退回");
  });
});
