import { flushPromises } from "@vue/test-utils";
import { afterEach, describe, expect, it, vi } from "vitest";

import OrderDetail from "@/views/orders/detail/index.vue";

import { errorEnvelope, jsonResponse, mockFetch } from "../helpers";
import { detail } from "./fixtures";
import { mountAs } from "./mount";

function api(order: unknown = detail()) {
  return mockFetch((url, init) => {
    if (url === "/api/v1/admin/orders/202603010001") return jsonResponse(200, order);
    if (url === "/api/v1/admin/shipments/31/track") {
      return jsonResponse(200, { shipment_id: 31, carrier: { code: "SF", name: "顺丰速运", phone: "95338", website: "" }, tracking_no: "SF1234567890", status: "in_transit", events: [
        { time: "2026-03-01T12:00:00Z", text: "快件已到达杭州转运中心", location: "杭州" },
        { time: "2026-03-01T08:00:00Z", text: "已揽收", location: "杭州" },
      ] });
    }
    if (url === "/api/v1/admin/orders/202603010001/delivery-note") {
      expect((init.headers as Record<string, string>).Authorization).toBe("Bearer tok");
      return new Response("<html><body>发货单</body></html>", { status: 200, headers: { "Content-Type": "text/html" } });
    }
    return jsonResponse(404, errorEnvelope("order_not_found", "订单不存在"));
  });
}

const text = (selector: string) => document.querySelector(selector)?.textContent ?? "";

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = "";
});

describe("order detail", { timeout: 20_000 }, () => {
  it("[PLT-8] shows buyer, address, lines with shipped quantities, amounts, payments, refunds, invoice and the timeline", async () => {
    api();
    const { wrapper } = await mountAs("platform", ["orders:view"], OrderDetail, { orderNo: "202603010001" });
    const page = wrapper.text();

    expect(text("[data-test=order-status]")).toContain("部分发货");
    expect(text("[data-test=order-urged]")).toContain("催");
    expect(page).toContain("小李");
    expect(page).toContain("张三 13800000000");
    expect(text("[data-test=order-address]")).toBe("浙江省杭州市西湖区 文三路 1 号");
    expect(page).toContain("请尽快发货");
    expect([...document.querySelectorAll("[data-test=line-shipped]")].map((el) => el.textContent?.trim())).toEqual(["1 / 3", "0 / 2", "1 / 1"]);
    const amounts = text("[data-test=order-amounts]");
    expect(amounts).toContain("¥119.40");
    expect(amounts).toContain("-¥5.00");
    expect(amounts).toContain("¥122.40");
    expect(page).toContain("P202603010001");
    expect(page).toContain("模拟支付");
    expect(text("[data-test=order-refunds]")).toContain("已退款");
    expect(text("[data-test=order-shipment]")).toContain("SF1234567890");
    expect(text("[data-test=order-shipment]")).toContain("红富士苹果 ×1、库尔勒香梨 ×1");
    expect(text("[data-test=order-invoice]")).toContain("杭州某某科技有限公司");
    const timeline = text("[data-test=order-timeline]");
    expect(timeline).toContain("部分发货");
    expect(timeline).toContain("员工 #2");
    expect(timeline).toContain("买家 #5");
    expect(timeline).toContain("支付系统");
    expect(timeline).toContain("待发货 → 部分发货");
    expect(timeline).toContain("第一包");
    // Newest first.
    expect(timeline.indexOf("员工 #2")).toBeLessThan(timeline.indexOf("买家 #5"));
  });

  it("[PLT-8] 发货 is offered with orders:manage while something is left to ship, never for a shipped order", async () => {
    api();
    await mountAs("merchant", ["orders:view"], OrderDetail, { orderNo: "202603010001" });
    expect(document.querySelector<HTMLElement>("[data-test=order-ship]")!.style.display).toBe("none");
    document.body.innerHTML = "";

    api();
    await mountAs("merchant", ["orders:view", "orders:manage"], OrderDetail, { orderNo: "202603010001" });
    expect(document.querySelector<HTMLElement>("[data-test=order-ship]")!.style.display).not.toBe("none");
    document.body.innerHTML = "";

    api(detail({ status: "shipped", status_text: "待收货" }));
    await mountAs("merchant", ["orders:view", "orders:manage"], OrderDetail, { orderNo: "202603010001" });
    expect(text("[data-test=order-status]")).toContain("待收货");
    expect(document.querySelector("[data-test=order-ship]")).toBeNull();
  });

  it("[ORD-5] 查询物流 asks the shipment's track and lists its events", async () => {
    const fetchMock = api();
    await mountAs("merchant", ["orders:view"], OrderDetail, { orderNo: "202603010001" });
    document.querySelector<HTMLElement>("[data-test=shipment-track]")!.click();
    await flushPromises();
    await vi.waitFor(() => expect(text("[data-test=track-events]")).toContain("快件已到达杭州转运中心"));
    expect(document.querySelector(".el-dialog")!.textContent).toContain("运输中");
    expect(fetchMock.mock.calls.some(([url]) => url === "/api/v1/admin/shipments/31/track")).toBe(true);
  });

  it("[PLT-8] 打印发货单 fetches the note with the token and opens it from a blob URL", async () => {
    api();
    const opened = { location: { href: "" }, close: vi.fn() };
    const open = vi.fn(() => opened);
    vi.stubGlobal("open", open);
    const createObjectURL = vi.spyOn(URL, "createObjectURL").mockReturnValue("blob:note");
    await mountAs("merchant", ["orders:view"], OrderDetail, { orderNo: "202603010001" });

    document.querySelector<HTMLElement>("[data-test=order-print]")!.click();
    await vi.waitFor(() => expect(opened.location.href).toBe("blob:note"));
    expect(open).toHaveBeenCalledWith("", "_blank");
    const blob = createObjectURL.mock.calls[0]![0] as Blob;
    expect(blob.type).toContain("text/html");
    expect(await blob.text()).toContain("发货单");
  });

  it("[PLT-8] an order that cannot be read shows the API's message", async () => {
    mockFetch(() => jsonResponse(404, errorEnvelope("order_not_found", "订单不存在")));
    await mountAs("merchant", ["orders:view"], OrderDetail, { orderNo: "X1" });
    expect(text("[data-test=order-error]")).toContain("订单不存在");
  });
});
