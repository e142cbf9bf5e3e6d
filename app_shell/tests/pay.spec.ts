import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { setToken } from "@/core/api";
import { PAY_POLL } from "@/core/trade";

import { fakeApi, jsonResponse, mountAt, queryOf, toastText } from "./helpers";
import { bodyOf, callsTo } from "./trade-fixtures";

const pending = { payment_no: "P1", amount: 4280, status: "pending" };

beforeEach(() => {
  PAY_POLL.intervalMs = 5;
  PAY_POLL.attempts = 15;
  setToken("buyer");
});
afterEach(() => {
  PAY_POLL.intervalMs = 1000;
});

function payApi(statuses: string[], extra: Record<string, unknown> = {}, lastResult: string | null = null) {
  let polls = 0;
  return fakeApi({
    "GET /payment-methods": { items: [{ code: "sandbox", name: "模拟支付" }] },
    "GET /payments/P1": () => {
      const status = polls === 0 ? "pending" : (statuses[Math.min(polls - 1, statuses.length - 1)] ?? "pending");
      polls += 1;
      return { ...pending, status, last_result: polls > 1 ? lastResult : null };
    },
    "POST /payments/P1/pay": { provider: "sandbox", payment_no: "P1", amount: 4280, confirm_url: "/api/v1/payments/sandbox/P1/confirm" },
    "POST /payments/sandbox/P1/confirm": { payment_no: "P1", outcome: "success", status: "processing" },
    ...extra,
  });
}

async function openWallet(path: string) {
  const mounted = await mountAt(path);
  await vi.waitFor(() => expect(mounted.wrapper.find("[data-test='pay-submit']").exists()).toBe(true));
  await mounted.wrapper.find("[data-test='pay-submit']").trigger("click");
  await vi.waitFor(() => expect(mounted.wrapper.find("[data-test='pay-confirm']").exists()).toBe(true));
  return mounted;
}

describe("收银台", () => {
  it("[PAY-8] shows the amount; the sandbox wallet confirms, the page polls until paid and opens the order", async () => {
    const fetch = payApi(["pending", "pending", "paid"]);
    const { wrapper, router } = await openWallet("/pay/P1?orders=O1");
    expect(wrapper.find("[data-test='pay-amount']").text()).toBe("¥42.80");
    expect(wrapper.find("[data-test='pay-method-sandbox']").text()).toContain("模拟支付");
    expect(queryOf(fetch, "/payment-methods")).toEqual({ channel: "h5" });
    expect(bodyOf(fetch, "POST", "/payments/P1/pay")).toEqual({ method: "sandbox", channel: "h5" });
    expect(wrapper.find("[data-test='pay-wallet']").text()).toContain("模拟支付");

    await wrapper.find("[data-test='pay-confirm']").trigger("click");
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe("/order/O1"));
    expect(bodyOf(fetch, "POST", "/payments/sandbox/P1/confirm")).toEqual({ outcome: "success" });
    expect(callsTo(fetch, "GET", "/payments/P1")).toHaveLength(4); // the first load, then three polls
    expect(toastText()).toBe("支付成功");
  });

  it("[PAY-8] several orders paid together (as the payment lists them) open the order list", async () => {
    payApi(["paid"], { "GET /payments/P1": { ...pending, status: "paid", orders: [{ order_no: "O1" }, { order_no: "O2" }] } });
    const { router } = await mountAt("/pay/P1");
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe("/orders"));
  });

  it("[PAY-8] paid notification for several orders from the query opens the order list", async () => {
    payApi(["paid"]);
    const { wrapper, router } = await openWallet("/pay/P1?orders=O1,O2");
    await wrapper.find("[data-test='pay-confirm']").trigger("click");
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe("/orders"));
  });

  it("[PAY-8] stops polling after about 15 tries and says the result is not in yet", async () => {
    const fetch = payApi(["pending"]);
    const { wrapper, router } = await openWallet("/pay/P1?orders=O1");
    await wrapper.find("[data-test='pay-confirm']").trigger("click");
    await vi.waitFor(() => expect(wrapper.find("[data-test='pay-unknown']").exists()).toBe(true));
    expect(callsTo(fetch, "GET", "/payments/P1")).toHaveLength(16);
    expect(router.currentRoute.value.path).toBe("/pay/P1");
  });

  it("[PAY-3] 支付失败 leaves the order 待付款 and payable again", async () => {
    const fetch = payApi(["pending"]);
    const { wrapper, router } = await openWallet("/pay/P1?orders=O1");
    await wrapper.find("[data-test='pay-fail']").trigger("click");
    await vi.waitFor(() => expect(wrapper.find("[data-test='pay-unpaid']").text()).toContain("订单仍为待付款"));
    expect(bodyOf(fetch, "POST", "/payments/sandbox/P1/confirm")).toEqual({ outcome: "fail" });
    expect(callsTo(fetch, "GET", "/payments/P1")).toHaveLength(1); // no polling after a failure
    expect(wrapper.find("[data-test='pay-submit']").text()).toBe("重新支付");
    expect(router.currentRoute.value.path).toBe("/pay/P1");

    await wrapper.find("[data-test='pay-submit']").trigger("click");
    await vi.waitFor(() => expect(callsTo(fetch, "POST", "/payments/P1/pay")).toHaveLength(2));
  });

  it("[PAY-3] a confirm the gateway turns down (last_result fail) leaves the order payable again", async () => {
    payApi(["pending"], {}, "fail");
    const { wrapper, router } = await openWallet("/pay/P1?orders=O1");
    await wrapper.find("[data-test='pay-confirm']").trigger("click");
    await vi.waitFor(() => expect(wrapper.find("[data-test='pay-unpaid']").text()).toContain("订单仍为待付款"));
    expect(router.currentRoute.value.path).toBe("/pay/P1");
    expect(wrapper.find("[data-test='pay-submit']").attributes("disabled")).toBeUndefined();
  });

  it("[PAY-3] coming back to a payment whose last attempt failed says it can be paid again", async () => {
    fakeApi({ "GET /payments/P1": { ...pending, last_result: "cancel" }, "GET /payment-methods": { items: [] } });
    const { wrapper } = await mountAt("/pay/P1?orders=O1");
    await vi.waitFor(() => expect(wrapper.find("[data-test='pay-unpaid']").exists()).toBe(true));
    expect(wrapper.find("[data-test='pay-submit']").text()).toBe("重新支付");
  });

  it("[PAY-3] 取消 in the wallet also keeps the order 待付款; 查看订单 opens it", async () => {
    const fetch = payApi(["pending"]);
    const { wrapper, router } = await openWallet("/pay/P1?orders=O1");
    await wrapper.find("[data-test='pay-cancel']").trigger("click");
    await vi.waitFor(() => expect(wrapper.find("[data-test='pay-unpaid']").exists()).toBe(true));
    expect(bodyOf(fetch, "POST", "/payments/sandbox/P1/confirm")).toEqual({ outcome: "cancel" });
    await wrapper.find("[data-test='pay-view-orders']").trigger("click");
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe("/order/O1"));
  });

  it("[PAY-8] shows the API's message when the payment cannot be loaded", async () => {
    fakeApi({ "GET /payments/P1": () => jsonResponse(404, { error: { code: "not_found", message: "支付单不存在", fields: {} } }) });
    const { wrapper } = await mountAt("/pay/P1");
    await vi.waitFor(() => expect(wrapper.find("[data-test='pay-error']").text()).toContain("支付单不存在"));
  });

  it("[PAY-3] 线下转账 shows where to transfer and leaves the order 待付款 until the platform confirms", async () => {
    const fetch = payApi([], {
      "GET /payment-methods": { items: [{ code: "offline", name: "线下转账" }] },
      "POST /payments/P1/pay": { provider: "offline", payment_no: "P1", amount: 4280, instructions: "请转账至 招商银行 6225…，并备注支付单号 P1" },
    });
    const { wrapper } = await mountAt("/pay/P1?orders=O1");
    await vi.waitFor(() => expect(wrapper.find("[data-test='pay-method-offline']").exists()).toBe(true));
    await wrapper.find("[data-test='pay-submit']").trigger("click");
    await vi.waitFor(() => expect(wrapper.find("[data-test='pay-offline']").exists()).toBe(true));
    expect(wrapper.find("[data-test='pay-offline']").text()).toContain("备注支付单号 P1");
    expect(bodyOf(fetch, "POST", "/payments/P1/pay")).toEqual({ method: "offline", channel: "h5" });
    expect(wrapper.find("[data-test='pay-wallet']").exists() && wrapper.find("[data-test='pay-confirm']").isVisible()).toBe(false);
    expect(wrapper.find("[data-test='pay-view-orders']").exists()).toBe(true);
  });
});
