import { describe, expect, it } from "vitest";

import {
  applyBody,
  applyProblem,
  buyerActionButtons,
  canApplyAftersales,
  createAftersalesApi,
  createApiClient,
  draftLines,
  lineAftersalesText,
  linesAftersales,
  parseYuan,
  selectedItems,
  timelineView,
  yuanText,
} from "../src/index.js";

const preview = {
  order_no: "D1",
  types: ["refund_only"],
  lines: [
    { line_id: 11, title: "保温杯", quantity: 3, line_quantity: 3, remaining_quantity: 3, amount: 5997 },
    { line_id: 12, title: "毛巾", quantity: 0, line_quantity: 2, remaining_quantity: 0, amount: 0 },
    { line_id: 13, title: "茶叶", quantity: 1, line_quantity: 1, remaining_quantity: 1, amount: 8800 },
  ],
  goods_amount: 14797, freight: 0, max_amount: 14797, whole_order: false,
};

describe("the apply form", () => {
  it("[AS-3] whole order: every line with units left, all of them; one line: that line, one unit", () => {
    expect(draftLines(preview)).toEqual([
      { lineId: 11, title: "保温杯", remaining: 3, checked: true, quantity: 3 },
      { lineId: 13, title: "茶叶", remaining: 1, checked: true, quantity: 1 },
    ]);
    const one = draftLines(preview, 11);
    expect(one.map((d) => [d.lineId, d.checked, d.quantity])).toEqual([[11, true, 1], [13, false, 1]]);
    expect(selectedItems(one)).toEqual([{ line_id: 11, quantity: 1 }]);
  });

  it("[AS-3] quantities stay between 1 and what is left", () => {
    const draft = draftLines(preview);
    draft[0].quantity = 9;
    draft[1].quantity = 0;
    expect(selectedItems(draft)).toEqual([{ line_id: 11, quantity: 3 }, { line_id: 13, quantity: 1 }]);
  });

  it("[AS-3] amounts are typed in yuan and turned into fen without floats", () => {
    expect(parseYuan("12.3")).toBe(1230);
    expect(parseYuan("0.29")).toBe(29);
    expect(parseYuan("19.99")).toBe(1999);
    expect(parseYuan("100")).toBe(10000);
    expect(parseYuan("1.")).toBe(100);
    for (const bad of ["", "-1", "1.234", "1e3", "abc", null]) expect(parseYuan(bad)).toBeNull();
    expect(yuanText(1999)).toBe("19.99");
    expect(yuanText(5)).toBe("0.05");
  });

  it("[AS-1] [AS-3] never asks for more than the preview's maximum, and says what is missing", () => {
    const form = { type: "refund_only", types: ["refund_only"], reason: "不想要了", items: [{ line_id: 11, quantity: 1 }], amountText: "19.99", maxAmount: 1999 };
    expect(applyProblem(form)).toBe("");
    expect(applyProblem({ ...form, amountText: "20.00" })).toBe("退款金额不能超过 ¥19.99");
    expect(applyProblem({ ...form, items: [] })).toBe("请选择要售后的商品");
    expect(applyProblem({ ...form, type: "return_refund" })).toBe("请选择售后类型");
    expect(applyProblem({ ...form, reason: "" })).toBe("请选择售后原因");
    expect(applyProblem({ ...form, amountText: "0" })).toBe("退款金额需大于 0");
    expect(applyBody({ orderNo: "D1", type: "refund_only", items: form.items, reason: "不想要了", description: "  不需要了 ", images: ["/m/1.jpg"], amountText: "19.99" }))
      .toEqual({ order_no: "D1", type: "refund_only", items: [{ line_id: 11, quantity: 1 }], reason: "不想要了", amount: 1999, description: "不需要了", images: ["/m/1.jpg"] });
  });
});

describe("requests and orders", () => {
  it("[AS-4] buttons exactly for the buyer's actions; the timeline names who did what", () => {
    expect(buyerActionButtons(["cancel", "ship_return", "approve"])).toEqual([{ key: "ship_return", text: "填写退货物流" }, { key: "cancel", text: "撤销申请" }]);
    expect(buyerActionButtons(null)).toEqual([]);
    expect(timelineView([{ event: "approve", text: "商家同意退款", role: "merchant", note: "", at: "2026-11-25T02:00:00Z" }]))
      .toEqual([{ text: "商家同意退款", who: "商家", note: "", at: "2026-11-25T02:00:00Z" }]);
  });

  it("[AS-3] the order offers 申请售后 while a paid line has units left", () => {
    const order = { status: "pending_shipment", lines: [{ id: 11, quantity: 2 }, { id: 12, quantity: 1 }],
      aftersales: { requests: [], open_count: 1, refunded_amount: 0, lines: [{ line_id: 11, requested_quantity: 2, refunded_quantity: 1 }] } };
    expect(canApplyAftersales(order)).toBe(true);
    expect(canApplyAftersales(order, 11)).toBe(false);
    expect(canApplyAftersales(order, 12)).toBe(true);
    expect(canApplyAftersales({ ...order, status: "pending_payment" })).toBe(false);
    const state = linesAftersales(order.aftersales);
    expect(lineAftersalesText(state[11])).toBe("已退款 1 件");
    expect(lineAftersalesText({ requested: 2, refunded: 0 })).toBe("售后中 2 件");
    expect(lineAftersalesText(state[12])).toBe("");
  });

  it("[AS-1] the buyer's endpoints", async () => {
    const calls = [];
    const client = createApiClient({ baseUrl: "/api/v1", transport: async (req) => (calls.push(req), { status: 200, headers: {}, data: {} }) });
    const api = createAftersalesApi(client);
    await api.preview("D1", [{ line_id: 11, quantity: 1 }]);
    await api.create({ order_no: "D1" }, "key-1");
    await api.cancel("A1");
    await api.shipReturn("A1", { carrier_code: "SF", tracking_no: "SF1" });
    await api.list("refunding", 2);
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      "POST /api/v1/aftersales/preview", "POST /api/v1/aftersales", "POST /api/v1/aftersales/A1/cancel",
      "POST /api/v1/aftersales/A1/return", "GET /api/v1/aftersales?status=refunding&page=2",
    ]);
    expect(JSON.parse(calls[0].body)).toEqual({ order_no: "D1", items: [{ line_id: 11, quantity: 1 }] });
    expect(calls[1].headers["Idempotency-Key"]).toBe("key-1");
  });
});
