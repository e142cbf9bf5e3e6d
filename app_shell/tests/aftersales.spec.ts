import { describe, expect, it, vi } from "vitest";

import { setToken } from "@/core/api";

import { fakeApi, jsonResponse, mountAt, toastText } from "./helpers";
import { bodyOf, callsTo, orderCard, orderDetail } from "./trade-fixtures";

const page = (items: unknown[]) => ({ items, total: items.length, page: 1, page_size: 20 });

/** A paid order with two lines: 保温杯 ×3 (line 1) and 茶叶 ×1 (line 2). */
function paidOrder(aftersales: unknown = null) {
  const base = orderDetail("O1");
  return {
    ...base,
    status: "pending_shipment",
    status_text: "待发货",
    actions: ["urge"],
    lines: [
      { ...base.lines[0], id: 1, title: "保温杯", quantity: 3 },
      { ...base.lines[0], id: 2, title: "茶叶", quantity: 1 },
    ],
    aftersales,
  };
}

const fullPreview = {
  order_no: "O1",
  types: ["refund_only"],
  lines: [
    { line_id: 1, title: "保温杯", quantity: 3, line_quantity: 3, remaining_quantity: 3, amount: 5997 },
    { line_id: 2, title: "茶叶", quantity: 1, line_quantity: 1, remaining_quantity: 1, amount: 8800 },
  ],
  goods_amount: 14797, freight: 800, max_amount: 15597, whole_order: true,
};

/** The preview for the units asked: 1999 per cup (the last one 1999 too), 8800 the tea. */
function previewOf(items: { line_id: number; quantity: number }[] | undefined) {
  if (!items) return fullPreview;
  const amount = items.reduce((sum, i) => sum + (i.line_id === 1 ? 1999 * i.quantity : 8800), 0);
  return { ...fullPreview, max_amount: amount, goods_amount: amount, freight: 0, whole_order: false };
}

function detail(overrides: Record<string, unknown> = {}) {
  return {
    request_no: "A1", order_no: "O1", shop_id: 3, type: "refund_only", type_text: "仅退款", status: "requested", status_text: "待商家处理",
    reason: "不想要了", amount: 1999, requested_amount: 1999, quantity: 1,
    items: [{ line_id: 1, quantity: 1, amount: 1999, line_quantity: 3, title: "保温杯", image: "", spec_text: "500ml", unit_price: 1999 }],
    created_at: "2026-11-25T02:00:00Z", actions: ["cancel"], description: "不需要了", images: [], freight: 0, whole_order: false,
    reject_reason: null, return_logistics: null, last_error: null, times: {}, return_deadline: null, auto_receive_at: null,
    refunds: [], timeline: [{ event: "request", text: "买家申请仅退款", from_state: "", to_state: "requested", actor: "user:7", role: "buyer", note: "", images: [], data: {}, at: "2026-11-25T02:00:00Z" }],
    ...overrides,
  };
}

function applyApi(extra: Record<string, unknown> = {}) {
  setToken("buyer");
  return fakeApi({
    "GET /orders/O1": paidOrder(),
    "GET /aftersales/reasons": { reasons: ["不想要了", "商品破损"], refund_window_days: 7 },
    "POST /aftersales/preview": (_u: URL, init: RequestInit) => previewOf(JSON.parse(String(init.body)).items),
    "POST /aftersales": (_u: URL, init: RequestInit) => detail({ amount: JSON.parse(String(init.body)).amount }),
    "GET /aftersales/A1": detail(),
    ...extra,
  });
}

async function pickReason(wrapper: Awaited<ReturnType<typeof mountAt>>["wrapper"], name: string) {
  await wrapper.find("[data-test='apply-reason']").trigger("click");
  await vi.waitFor(() => expect(document.body.querySelectorAll(".van-action-sheet__item").length).toBeGreaterThan(0));
  const item = Array.from(document.body.querySelectorAll(".van-action-sheet__item")).find((el) => el.textContent?.includes(name)) as HTMLElement;
  item.click();
  await vi.waitFor(() => expect(wrapper.find("[data-test='apply-reason']").text()).toContain(name));
}

describe("申请售后", () => {
  it("[AS-1] [AS-3] from one line: that line with one unit, the maximum from the preview, reason, description; opens the request", async () => {
    const fetch = applyApi();
    const { wrapper, router } = await mountAt("/order/O1/aftersales?line=1");
    await vi.waitFor(() => expect(wrapper.find("[data-test='apply-max']").text()).toBe("最多 ¥19.99"));
    expect(wrapper.findAll("[data-test='apply-line']").map((l) => l.text())).toEqual([expect.stringContaining("保温杯"), expect.stringContaining("茶叶")]);
    expect(bodyOf(fetch, "POST", "/aftersales/preview", -1)).toEqual({ order_no: "O1", items: [{ line_id: 1, quantity: 1 }] });
    expect((wrapper.find("[data-test='apply-amount'] input").element as HTMLInputElement).value).toBe("19.99");
    expect(wrapper.find("[data-test='apply-type-refund_only']").text()).toBe("仅退款");
    expect(wrapper.find("[data-test='apply-type-return_refund']").exists()).toBe(false);

    await wrapper.find("[data-test='apply-submit']").trigger("click");
    expect(toastText()).toBe("请选择售后原因");
    expect(callsTo(fetch, "POST", "/aftersales")).toHaveLength(0);

    await pickReason(wrapper, "不想要了");
    await wrapper.find("[data-test='apply-description'] textarea").setValue("买多了");
    await wrapper.find("[data-test='apply-submit']").trigger("click");
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe("/aftersales/A1"));
    expect(bodyOf(fetch, "POST", "/aftersales")).toEqual({
      order_no: "O1", type: "refund_only", items: [{ line_id: 1, quantity: 1 }], reason: "不想要了", amount: 1999, description: "买多了",
    });
    const key = (callsTo(fetch, "POST", "/aftersales")[0][1].headers as Record<string, string>)["Idempotency-Key"];
    expect(key).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("[AS-3] more units or lines ask the preview again; an amount above the maximum is refused before sending", async () => {
    const fetch = applyApi();
    const { wrapper } = await mountAt("/order/O1/aftersales?line=1");
    await vi.waitFor(() => expect(wrapper.find("[data-test='apply-max']").text()).toBe("最多 ¥19.99"));
    await wrapper.find("[data-test='apply-qty-1'] .van-stepper__plus").trigger("click");
    await vi.waitFor(() => expect(wrapper.find("[data-test='apply-max']").text()).toBe("最多 ¥39.98"));
    expect(bodyOf(fetch, "POST", "/aftersales/preview", -1).items).toEqual([{ line_id: 1, quantity: 2 }]);
    expect((wrapper.find("[data-test='apply-amount'] input").element as HTMLInputElement).value).toBe("39.98");

    await wrapper.find("[data-test='apply-check-2']").trigger("click");
    await vi.waitFor(() => expect(wrapper.find("[data-test='apply-max']").text()).toBe("最多 ¥127.98"));
    expect(bodyOf(fetch, "POST", "/aftersales/preview", -1).items).toEqual([{ line_id: 1, quantity: 2 }, { line_id: 2, quantity: 1 }]);

    await pickReason(wrapper, "商品破损");
    await wrapper.find("[data-test='apply-amount'] input").setValue("200");
    await wrapper.find("[data-test='apply-submit']").trigger("click");
    expect(toastText()).toBe("退款金额不能超过 ¥127.98");
    await wrapper.find("[data-test='apply-amount'] input").setValue("50.5");
    await wrapper.find("[data-test='apply-submit']").trigger("click");
    await vi.waitFor(() => expect(callsTo(fetch, "POST", "/aftersales")).toHaveLength(1));
    expect(bodyOf(fetch, "POST", "/aftersales")).toMatchObject({ amount: 5050, reason: "商品破损" });
  });

  it("[AS-3] the whole order ticks every line with all its units; the server's refusal is shown", async () => {
    const fetch = applyApi({
      "POST /aftersales": () => jsonResponse(422, { error: { code: "items_invalid", message: "最多还能申请 0 件", fields: { "1": "最多还能申请 0 件" } } }),
    });
    const { wrapper, router } = await mountAt("/order/O1/aftersales");
    await vi.waitFor(() => expect(wrapper.find("[data-test='apply-max']").text()).toBe("最多 ¥147.97"));
    expect(bodyOf(fetch, "POST", "/aftersales/preview", -1).items).toEqual([{ line_id: 1, quantity: 3 }, { line_id: 2, quantity: 1 }]);
    await pickReason(wrapper, "不想要了");
    await wrapper.find("[data-test='apply-submit']").trigger("click");
    await vi.waitFor(() => expect(toastText()).toBe("最多还能申请 0 件"));
    expect(router.currentRoute.value.path).toBe("/order/O1/aftersales");
  });
});

describe("售后详情 and list", () => {
  it("[AS-4] shows status, amount, items, refund records and the timeline; 撤销申请 cancels after a confirm", async () => {
    const fetch = applyApi({
      "GET /aftersales/A1": detail({
        status: "refunded", status_text: "退款成功", actions: [],
        refunds: [{ refund_no: "R1", amount: 1999, status: "succeeded", reason: "售后退款", created_at: "2026-11-25T03:00:00Z", finished_at: "2026-11-25T03:00:01Z" }],
        timeline: [
          { event: "request", text: "买家申请仅退款", role: "buyer", note: "", at: "2026-11-25T02:00:00Z" },
          { event: "approve", text: "商家同意退款", role: "merchant", note: "同意", at: "2026-11-25T02:30:00Z" },
          { event: "refunded", text: "退款成功", role: "system", note: "", at: "2026-11-25T03:00:01Z" },
        ],
      }),
    });
    const { wrapper } = await mountAt("/aftersales/A1");
    await vi.waitFor(() => expect(wrapper.find("[data-test='aftersales-status']").text()).toBe("退款成功"));
    expect(wrapper.find("[data-test='aftersales-amount']").text()).toBe("¥19.99");
    expect(wrapper.find("[data-test='aftersales-item']").text()).toContain("保温杯");
    expect(wrapper.find("[data-test='aftersales-refunds']").text()).toContain("R1");
    expect(wrapper.find("[data-test='aftersales-refunds']").text()).toContain("已退款");
    const steps = wrapper.find("[data-test='aftersales-timeline']").text();
    expect(steps.indexOf("系统：退款成功")).toBeLessThan(steps.indexOf("商家：商家同意退款"));
    expect(wrapper.find("[data-test='aftersales-action-cancel']").exists()).toBe(false);
    expect(callsTo(fetch, "GET", "/aftersales/A1")).toHaveLength(1);
  });

  it("[AS-4] 撤销申请 asks first and redraws from the answer", async () => {
    const fetch = applyApi({ "POST /aftersales/A1/cancel": detail({ status: "cancelled", status_text: "买家已撤销", actions: [] }) });
    const { wrapper } = await mountAt("/aftersales/A1");
    await vi.waitFor(() => expect(wrapper.find("[data-test='aftersales-action-cancel']").exists()).toBe(true));
    await wrapper.find("[data-test='aftersales-action-cancel']").trigger("click");
    await vi.waitFor(() => expect(document.body.querySelector(".van-dialog__confirm")).not.toBeNull());
    (document.body.querySelector(".van-dialog__confirm") as HTMLElement).click();
    await vi.waitFor(() => expect(wrapper.find("[data-test='aftersales-status']").text()).toBe("买家已撤销"));
    expect(callsTo(fetch, "POST", "/aftersales/A1/cancel")).toHaveLength(1);
    expect(wrapper.find("[data-test='aftersales-action-cancel']").exists()).toBe(false);
  });

  it("[AS-4] a return to ship: the deadline, then carrier and tracking number go to /return", async () => {
    const fetch = applyApi({
      "GET /aftersales/A1": detail({ type: "return_refund", type_text: "退货退款", status: "awaiting_return", status_text: "待买家退货",
        actions: ["ship_return", "cancel"], return_deadline: "2026-12-02T02:00:00Z" }),
      "GET /carriers": { items: [{ code: "SF", name: "顺丰速运" }, { code: "YTO", name: "圆通速递" }] },
      "POST /aftersales/A1/return": detail({ status: "returning", status_text: "买家已退货，待商家收货", actions: ["cancel"],
        return_logistics: { carrier_code: "SF", carrier_name: "顺丰速运", tracking_no: "SF100" } }),
    });
    const { wrapper } = await mountAt("/aftersales/A1");
    await vi.waitFor(() => expect(wrapper.find("[data-test='aftersales-hint']").text()).toContain("前寄回商品"));
    await wrapper.find("[data-test='aftersales-action-ship_return']").trigger("click");
    await vi.waitFor(() => expect(callsTo(fetch, "GET", "/carriers")).toHaveLength(1));
    const popup = () => document.body.querySelector("[data-test='ship-return']") as HTMLElement;
    await vi.waitFor(() => expect(popup()).not.toBeNull());
    (popup().querySelector("[data-test='ship-return-submit']") as HTMLElement).click();
    await vi.waitFor(() => expect(toastText()).toBe("请选择快递公司"));
    (popup().querySelector("[data-test='ship-return-carrier']") as HTMLElement).click();
    await vi.waitFor(() => expect(Array.from(document.body.querySelectorAll(".van-action-sheet__item")).some((e) => e.textContent?.includes("顺丰速运"))).toBe(true));
    (Array.from(document.body.querySelectorAll(".van-action-sheet__item")).find((e) => e.textContent?.includes("顺丰速运")) as HTMLElement).click();
    const input = popup().querySelector("[data-test='ship-return-tracking'] input") as HTMLInputElement;
    input.value = "SF100";
    input.dispatchEvent(new Event("input"));
    await vi.waitFor(() => expect(popup().querySelector("[data-test='ship-return-carrier']")?.textContent).toContain("顺丰速运"));
    (popup().querySelector("[data-test='ship-return-submit']") as HTMLElement).click();
    await vi.waitFor(() => expect(wrapper.find("[data-test='aftersales-return']").text()).toContain("SF100"));
    expect(bodyOf(fetch, "POST", "/aftersales/A1/return")).toEqual({ carrier_code: "SF", tracking_no: "SF100" });
  });

  it("[AS-4] 退款/售后 lists requests by status and opens one", async () => {
    const fetch = applyApi({ "GET /aftersales": page([detail()]) });
    const { wrapper, router } = await mountAt("/aftersales");
    await vi.waitFor(() => expect(wrapper.find("[data-test='aftersales-card']").exists()).toBe(true));
    expect(wrapper.find("[data-test='aftersales-status']").text()).toBe("待商家处理");
    expect(wrapper.find("[data-test='aftersales-card']").text()).toContain("¥19.99");
    await wrapper.find("[data-test='aftersales-tab-refunding']").trigger("click");
    await vi.waitFor(() => expect(new URL(callsTo(fetch, "GET", "/aftersales").at(-1)![0], "http://x").searchParams.get("status")).toBe("refunding"));
    await vi.waitFor(() => expect(wrapper.find("[data-test='aftersales-card']").exists()).toBe(true));
    await wrapper.find("[data-test='aftersales-card']").trigger("click");
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe("/aftersales/A1"));
  });
});

describe("the order's after-sales", () => {
  it("[AS-3] the order detail offers 申请售后 for the whole order and for each line with units left", async () => {
    applyApi();
    const { wrapper, router } = await mountAt("/order/O1");
    await vi.waitFor(() => expect(wrapper.find("[data-test='order-apply-aftersales']").exists()).toBe(true));
    expect(wrapper.findAll("[data-test='order-line-apply']")).toHaveLength(2);
    await wrapper.findAll("[data-test='order-line-apply']")[1].trigger("click");
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe("/order/O1/aftersales?line=2"));
  });

  it("[AS-1] [AS-4] the order detail shows its requests, what was refunded and each line's refunded units", async () => {
    applyApi({
      "GET /orders/O1": {
        ...paidOrder({
          requests: [{ request_no: "A1", type: "refund_only", type_text: "仅退款", status: "refunded", status_text: "退款成功", amount: 1999, created_at: "2026-11-25T02:00:00Z" }],
          open_count: 0, refunded_amount: 1999, lines: [{ line_id: 1, requested_quantity: 1, refunded_quantity: 1 }],
        }),
        refunds: [{ refund_no: "R1", amount: 1999, status: "succeeded", created_at: "2026-11-25T03:00:00Z" }],
      },
    });
    const { wrapper, router } = await mountAt("/order/O1");
    await vi.waitFor(() => expect(wrapper.find("[data-test='order-aftersales']").exists()).toBe(true));
    expect(wrapper.find("[data-test='order-refunded']").text()).toContain("¥19.99");
    expect(wrapper.find("[data-test='order-aftersales-request']").text()).toContain("退款成功");
    expect(wrapper.find("[data-test='order-line-aftersales']").text()).toBe("已退款 1 件");
    expect(wrapper.find("[data-test='order-refunds']").text()).toContain("已退款");
    await wrapper.find("[data-test='order-aftersales-request']").trigger("click");
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe("/aftersales/A1"));
  });

  it("[AS-3] no 申请售后 on an unpaid order or when every unit is already asked for", async () => {
    applyApi({ "GET /orders/O2": { ...orderDetail("O2"), ...orderCard("O2") } });
    const unpaid = await mountAt("/order/O2");
    await vi.waitFor(() => expect(unpaid.wrapper.find("[data-test='order-status']").exists()).toBe(true));
    expect(unpaid.wrapper.find("[data-test='order-apply-aftersales']").exists()).toBe(false);

    applyApi({ "GET /orders/O1": paidOrder({ requests: [], open_count: 2, refunded_amount: 0,
      lines: [{ line_id: 1, requested_quantity: 3, refunded_quantity: 0 }, { line_id: 2, requested_quantity: 1, refunded_quantity: 0 }] }) });
    const done = await mountAt("/order/O1");
    await vi.waitFor(() => expect(done.wrapper.find("[data-test='order-status']").exists()).toBe(true));
    expect(done.wrapper.find("[data-test='order-apply-aftersales']").exists()).toBe(false);
    expect(done.wrapper.findAll("[data-test='order-line-aftersales']").map((e) => e.text())).toEqual(["售后中 3 件", "售后中 1 件"]);
  });
});
