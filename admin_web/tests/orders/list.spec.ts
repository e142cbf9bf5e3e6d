import { flushPromises } from "@vue/test-utils";
import { afterEach, describe, expect, it, vi } from "vitest";

import OrderList from "@/views/orders/list/index.vue";

import { errorEnvelope, jsonResponse, mockFetch } from "../helpers";
import { row } from "./fixtures";
import { mountAs } from "./mount";

const rows = [
  row("202603010001", "pending_shipment", { status_text: "待发货", urged_at: "2026-03-01T04:00:00Z" }),
  row("202603010002", "partially_shipped", { status_text: "部分发货" }),
  row("202603010003", "pending_audit", { status_text: "待审核", shop_name: "果蔬园", paid_at: null }),
  row("202603010004", "shipped", { status_text: "待收货" }),
];

function ordersApi(items = rows) {
  return mockFetch((url) => {
    if (url.startsWith("/api/v1/admin/orders")) return jsonResponse(200, { items, total: items.length, page: 1, page_size: 20 });
    if (url.startsWith("/api/v1/admin/shops")) return jsonResponse(200, { items: [], total: 0, page: 1, page_size: 20 });
    return jsonResponse(404, errorEnvelope("not_found", "未找到"));
  });
}

const rowEl = (orderNo: string) => document.querySelector<HTMLElement>(`[data-test=order-row][data-order-no="${orderNo}"]`)!;
const shown = (root: ParentNode, selector: string) =>
  [...root.querySelectorAll<HTMLElement>(selector)].filter((el) => el.style.display !== "none");

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = "";
});

describe("orders list", { timeout: 20_000 }, () => {
  it("[PLT-8] platform staff see every shop's orders with shop, buyer, amount, status and the 催 badge", async () => {
    ordersApi();
    const { wrapper } = await mountAs("platform", ["orders:view", "orders:manage"], OrderList);

    expect(document.querySelectorAll("[data-test=order-row]")).toHaveLength(4);
    const first = rowEl("202603010001");
    expect(first.textContent).toContain("鲜果坊");
    expect(first.textContent).toContain("小李");
    expect(first.textContent).toContain("138****0005");
    expect(first.textContent).toContain("¥67.80");
    expect(first.querySelector("[data-test=order-status]")!.textContent).toContain("待发货");
    expect(first.querySelector("[data-test=order-urged]")!.textContent).toContain("催");
    expect(rowEl("202603010002").querySelector("[data-test=order-urged]")).toBeNull();
    expect(rowEl("202603010003").textContent).toContain("果蔬园");
    expect(rowEl("202603010003").textContent).toContain("未付款");
    expect([...first.querySelectorAll("img")].map((img) => img.getAttribute("alt"))).toEqual(["红富士苹果", "赣南脐橙"]);
    expect(wrapper.text()).toContain("店铺");
    expect(document.querySelector("[data-test=order-shop]")).not.toBeNull();
  });

  it("[PLT-8] 发货 shows for pending and partially shipped orders, 审核 for pending audit, both only with orders:manage", async () => {
    ordersApi();
    await mountAs("merchant", ["orders:view", "orders:manage"], OrderList);
    expect(shown(rowEl("202603010001"), "[data-test=order-ship]")).toHaveLength(1);
    expect(shown(rowEl("202603010002"), "[data-test=order-ship]")).toHaveLength(1);
    expect(shown(rowEl("202603010003"), "[data-test=order-ship]")).toHaveLength(0);
    expect(shown(rowEl("202603010003"), "[data-test=order-audit]")).toHaveLength(1);
    expect(shown(rowEl("202603010004"), "[data-test=order-ship]")).toHaveLength(0);
    // Merchant staff see their own shop only: no shop column, no shop filter.
    expect(document.querySelector("[data-test=order-shop]")).toBeNull();
    expect(document.querySelector("thead")!.textContent).not.toContain("店铺");
  });

  it("[PLT-8] staff with orders:view only see 详情 but no 发货 or 审核", async () => {
    ordersApi();
    await mountAs("merchant", ["orders:view"], OrderList);
    expect(shown(document, "[data-test=order-ship]")).toHaveLength(0);
    expect(shown(document, "[data-test=order-audit]")).toHaveLength(0);
    expect(shown(document, "[data-test=order-detail]")).toHaveLength(4);
  });

  it("[PLT-8] a status tab and the keyword go to the API", async () => {
    const fetchMock = ordersApi();
    await mountAs("platform", ["orders:view"], OrderList);

    const tab = [...document.querySelectorAll<HTMLElement>(".el-tabs__item")].find((el) => el.textContent?.trim() === "待发货")!;
    tab.click();
    await flushPromises();
    await vi.waitFor(() => expect(fetchMock.mock.calls.some(([url]) => url.includes("status=pending_shipment"))).toBe(true));

    const keyword = document.querySelector<HTMLElement>("[data-test=order-keyword]")!;
    const input = keyword instanceof HTMLInputElement ? keyword : keyword.querySelector("input")!;
    input.value = "13800000000";
    input.dispatchEvent(new Event("input"));
    await flushPromises();
    input.closest("form")!.dispatchEvent(new Event("submit"));
    await vi.waitFor(() => {
      const last = fetchMock.mock.calls.at(-1)![0];
      expect(last).toContain("keyword=13800000000");
      expect(last).toContain("status=pending_shipment");
      expect(last).toContain("page=1");
    });
  });

  it("[PLT-8] the list shows an empty state and the API's error message", async () => {
    ordersApi([]);
    await mountAs("merchant", ["orders:view"], OrderList);
    expect(document.querySelector("[data-test=order-empty]")!.textContent).toContain("暂无订单");
    document.body.innerHTML = "";

    mockFetch(() => jsonResponse(403, errorEnvelope("forbidden", "无权查看订单")));
    await mountAs("merchant", ["orders:view"], OrderList);
    expect(document.querySelector("[data-test=order-error]")!.textContent).toContain("无权查看订单");
  });
});
