import { describe, expect, it, vi } from "vitest";

import { setToken } from "@/core/api";

import { fakeApi, jsonResponse, mountAt, toastText } from "./helpers";
import { bodyOf, callsTo, orderCard } from "./trade-fixtures";

const page = (items: unknown[]) => ({ items, total: items.length, page: 1, page_size: 20 });
const counts = { pending_payment: 3, pending_shipment: 0, pending_receipt: 0, pending_review: 0 };

function unpaidOrders(payOrders: unknown = { payment_no: "P9", amount: 8560, status: "pending", orders: [{ order_no: "O1" }, { order_no: "O3" }] }) {
  setToken("buyer");
  return fakeApi({
    "GET /orders": page([orderCard("O1"), orderCard("O2", { payable: 1000 }), orderCard("O3")]),
    "GET /orders/counts": counts,
    "POST /payments": payOrders,
    "GET /payments/P9": { payment_no: "P9", amount: 8560, status: "pending" },
    "GET /payment-methods": { items: [{ code: "sandbox", name: "模拟支付" }] },
  });
}

describe("批量付款", () => {
  it("[PAY-5] under 待付款, ticks several orders and pays them in one payment", async () => {
    const fetch = unpaidOrders();
    const { wrapper, router } = await mountAt("/orders?tab=pending_payment");
    await vi.waitFor(() => expect(wrapper.find("[data-test='orders-batch-toggle']").exists()).toBe(true));
    expect(wrapper.find("[data-test='order-choose']").exists()).toBe(false);
    await wrapper.find("[data-test='orders-batch-toggle']").trigger("click");
    const boxes = wrapper.findAll("[data-test='order-choose']");
    expect(boxes).toHaveLength(3);
    expect(wrapper.find("[data-test='order-action-pay']").exists()).toBe(false);
    expect(wrapper.find("[data-test='orders-batch-pay']").attributes("disabled")).toBeDefined();

    await boxes[0].trigger("click");
    await wrapper.find("[data-test='order-card'][data-order-no='O3']").trigger("click");
    expect(wrapper.find("[data-test='orders-batch-bar']").text()).toContain("已选 2 单 合计 ¥85.60");
    await wrapper.find("[data-test='orders-batch-pay']").trigger("click");
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe("/pay/P9"));
    expect(router.currentRoute.value.query.orders).toBe("O1,O3");
    expect(bodyOf(fetch, "POST", "/payments")).toEqual({ order_nos: ["O1", "O3"] });
    await vi.waitFor(() => expect(wrapper.find("[data-test='pay-orders-count']").text()).toBe("共 2 个订单合并支付"));
  });

  it("[PAY-5] an order paid meanwhile: the API's message, and the page stays", async () => {
    unpaidOrders(jsonResponse(409, { error: { code: "order_not_payable", message: "订单 O1 已支付", fields: { O1: "订单待发货" } } }));
    const { wrapper, router } = await mountAt("/orders?tab=pending_payment");
    await vi.waitFor(() => expect(wrapper.find("[data-test='orders-batch-toggle']").exists()).toBe(true));
    await wrapper.find("[data-test='orders-batch-toggle']").trigger("click");
    for (const box of wrapper.findAll("[data-test='order-choose']").slice(0, 2)) await box.trigger("click");
    await wrapper.find("[data-test='orders-batch-pay']").trigger("click");
    await vi.waitFor(() => expect(toastText()).toBe("订单 O1 已支付"));
    expect(router.currentRoute.value.path).toBe("/orders");
  });

  it("[PAY-5] no 批量付款 outside 待付款", async () => {
    unpaidOrders();
    const { wrapper } = await mountAt("/orders");
    await vi.waitFor(() => expect(wrapper.find("[data-test='order-card']").exists()).toBe(true));
    expect(wrapper.find("[data-test='orders-batch-toggle']").exists()).toBe(false);
  });
});

describe("我的余额", () => {
  it("[PAY-1] 我的 opens 我的余额: the balance and each entry in and out", async () => {
    setToken("buyer");
    const fetch = fakeApi({
      "GET /orders/counts": counts,
      "GET /me/wallet": {
        balance: 12345,
        items: [
          { amount: 1999, kind: "refund", reference: "R1", description: "退款 R1 退回余额：不想要了", created_at: "2026-11-25T04:00:00Z" },
          { amount: -4280, kind: "payment", reference: "P1", description: "余额支付 支付单 P1", created_at: "2026-11-25T03:00:00Z" },
        ],
        total: 2, page: 1, page_size: 20,
      },
    });
    const { wrapper, router } = await mountAt("/me");
    await wrapper.find("[data-test='me-wallet']").trigger("click");
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe("/me/wallet"));
    await vi.waitFor(() => expect(wrapper.find("[data-test='wallet-balance']").text()).toBe("¥123.45"));
    const entries = wrapper.findAll("[data-test='wallet-entry']");
    expect(entries.map((e) => e.find("[data-test='wallet-entry-amount']").text())).toEqual(["+¥19.99", "-¥42.80"]);
    expect(entries[0].text()).toContain("退款退回");
    expect(entries[1].text()).toContain("余额支付 支付单 P1");
    expect(callsTo(fetch, "GET", "/me/wallet")).toHaveLength(1);
  });

  it("[PAY-1] an empty wallet says so; a wallet that cannot be read shows the message", async () => {
    setToken("buyer");
    fakeApi({ "GET /me/wallet": { balance: 0, items: [], total: 0, page: 1, page_size: 20 } });
    const empty = await mountAt("/me/wallet");
    await vi.waitFor(() => expect(empty.wrapper.find("[data-test='wallet-empty']").exists()).toBe(true));
    expect(empty.wrapper.find("[data-test='wallet-balance']").text()).toBe("¥0.00");

    fakeApi({});
    const broken = await mountAt("/me/wallet");
    await vi.waitFor(() => expect(broken.wrapper.find("[data-test='wallet-error']").text()).toContain("内容不存在"));
  });
});
