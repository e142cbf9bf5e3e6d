import { flushPromises } from "@vue/test-utils";
import { afterEach, describe, expect, it, vi } from "vitest";

import OrderDetail from "@/views/orders/detail/index.vue";
import OrderList from "@/views/orders/list/index.vue";
import { TRACKING_NO, initialShipLines, shipItems } from "@/views/orders/shared/ship";

import { errorEnvelope, jsonResponse, mockFetch } from "../helpers";
import { carriers, detail, line, row, typeInto } from "./fixtures";
import { mountAs } from "./mount";

type Shipper = (url: string, init: RequestInit) => Response | undefined;

function api(ship: Shipper = () => jsonResponse(200, detail({ status: "shipped" }))) {
  return mockFetch((url, init) => {
    if (url === "/api/v1/carriers") return jsonResponse(200, carriers);
    if (url.endsWith("/ship") && init.method === "POST") return ship(url, init) ?? jsonResponse(500, {});
    if (url.startsWith("/api/v1/admin/orders?")) {
      return jsonResponse(200, { items: [row("202603010009", "pending_shipment")], total: 1, page: 1, page_size: 20 });
    }
    if (url === "/api/v1/admin/orders/202603010001") return jsonResponse(200, detail());
    return jsonResponse(404, errorEnvelope("not_found", "未找到"));
  });
}

const dialog = () => document.querySelector<HTMLElement>(".el-dialog")!;

async function openShipDialog() {
  const button = [...document.querySelectorAll<HTMLElement>("[data-test=order-ship]")].find((el) => el.style.display !== "none")!;
  button.click();
  await flushPromises();
  await vi.waitFor(() => expect(dialog().textContent).toContain("订单发货"));
}

async function chooseCarrier(wrapper: Awaited<ReturnType<typeof mountAs>>["wrapper"], code: string) {
  // The select's options live in a teleported popper: pick through the component, as a click would.
  const select = wrapper.findAllComponents({ name: "ElSelect" }).find((c) => c.attributes("data-test") === "ship-carrier");
  await vi.waitFor(() =>
    expect(select!.findAllComponents({ name: "ElOption" }).map((option) => option.text())).toEqual(["顺丰速运", "圆通速递"]),
  );
  select!.vm.$emit("update:modelValue", code);
  await flushPromises();
}

function setQuantity(lineId: number, value: number) {
  const found = document.querySelector<HTMLElement>(`[data-test=ship-qty-${lineId}]`)!;
  const input = (found instanceof HTMLInputElement ? found : found.querySelector("input"))!;
  input.value = String(value);
  input.dispatchEvent(new Event("input"));
  input.dispatchEvent(new Event("change"));
}

function uncheck(lineId: number) {
  const found = document.querySelector<HTMLElement>(`[data-test=ship-line-${lineId}]`)!;
  const input = (found instanceof HTMLInputElement ? found : found.querySelector("input"))!;
  input.click();
}

const shipBody = (fetchMock: ReturnType<typeof api>) => {
  const call = fetchMock.mock.calls.find(([url, init]) => url.endsWith("/ship") && init.method === "POST");
  return call ? JSON.parse(call[1].body as string) : undefined;
};

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = "";
});

describe("ship rules", () => {
  it("[ORD-5] everything left is the default and goes as items: null; a part goes as its lines", () => {
    const lines = initialShipLines([line(1, "A", 3, 1), line(2, "B", 2), line(3, "C", 1, 1)] as never);
    expect(lines.map((l) => [l.checked, l.ship])).toEqual([[true, 2], [true, 2], [false, 0]]);
    expect(shipItems(lines)).toBeNull();
    lines[0]!.ship = 1;
    expect(shipItems(lines)).toEqual([{ line_id: 1, quantity: 1 }, { line_id: 2, quantity: 2 }]);
    lines[1]!.checked = false;
    expect(shipItems(lines)).toEqual([{ line_id: 1, quantity: 1 }]);
    lines[0]!.checked = false;
    expect(shipItems(lines)).toEqual([]);
  });

  it("[AS-3] units refunded before shipping are not offered for shipment", () => {
    const lines = initialShipLines([line(1, "A", 3, 1, { withheld_quantity: 1 }), line(2, "B", 2, 0, { withheld_quantity: 2 })] as never);
    expect(lines.map((l) => [l.checked, l.ship, l.remaining])).toEqual([[true, 1, 1], [false, 0, 0]]);
  });

  it("[INV-8] tracking numbers are 6-40 letters or digits", () => {
    expect(TRACKING_NO.test("SF1234567890")).toBe(true);
    expect(TRACKING_NO.test("12345")).toBe(false);
    expect(TRACKING_NO.test("SF-123456")).toBe(false);
    expect(TRACKING_NO.test("A".repeat(41))).toBe(false);
  });
});

describe("ship dialog", { timeout: 20_000 }, () => {
  it("[ORD-5] a partial shipment sends the chosen lines and quantities with the carrier and tracking number", async () => {
    const fetchMock = api();
    const { wrapper } = await mountAs("merchant", ["orders:view", "orders:manage"], OrderDetail, { orderNo: "202603010001" });
    await openShipDialog();

    // Line 3 is fully shipped already: nothing to choose there.
    expect(dialog().textContent).toContain("已发完");
    await chooseCarrier(wrapper, "SF");
    await typeInto("[data-test=ship-tracking]", "SF9876543210");
    setQuantity(1, 1);
    uncheck(2);
    await flushPromises();

    document.querySelector<HTMLElement>("[data-test=ship-submit]")!.click();
    await vi.waitFor(() => expect(shipBody(fetchMock)).toBeDefined());
    const [url] = fetchMock.mock.calls.find(([u]) => u.endsWith("/ship"))!;
    expect(url).toBe("/api/v1/admin/orders/202603010001/ship");
    expect(shipBody(fetchMock)).toEqual({ carrier_code: "SF", tracking_no: "SF9876543210", items: [{ line_id: 1, quantity: 1 }] });
  });

  it("[ORD-5] shipping everything left from the list sends items: null and reloads the list", async () => {
    const fetchMock = api();
    const { wrapper } = await mountAs("merchant", ["orders:view", "orders:manage"], OrderList);
    const listCalls = () => fetchMock.mock.calls.filter(([url]) => url.startsWith("/api/v1/admin/orders?")).length;
    expect(listCalls()).toBe(1);
    await openShipDialog();
    await chooseCarrier(wrapper, "YTO");
    await typeInto("[data-test=ship-tracking]", "YT0000000001");
    document.querySelector<HTMLElement>("[data-test=ship-submit]")!.click();

    await vi.waitFor(() => expect(shipBody(fetchMock)).toEqual({ carrier_code: "YTO", tracking_no: "YT0000000001", items: null }));
    await vi.waitFor(() => expect(listCalls()).toBe(2));
  });

  it("[INV-8] a malformed tracking number is refused before sending; the API's error message is shown", async () => {
    const fetchMock = api(() => jsonResponse(422, errorEnvelope("tracking_no_taken", "该物流单号已被其他订单使用", { tracking_no: "物流单号重复" })));
    const { wrapper } = await mountAs("merchant", ["orders:view", "orders:manage"], OrderDetail, { orderNo: "202603010001" });
    await openShipDialog();
    await chooseCarrier(wrapper, "SF");
    await typeInto("[data-test=ship-tracking]", "SF-12");
    document.querySelector<HTMLElement>("[data-test=ship-submit]")!.click();
    await vi.waitFor(() => expect(dialog().textContent).toContain("物流单号为 6-40 位字母或数字"));
    expect(shipBody(fetchMock)).toBeUndefined();

    await typeInto("[data-test=ship-tracking]", "SF12345678");
    document.querySelector<HTMLElement>("[data-test=ship-submit]")!.click();
    await vi.waitFor(() => expect(document.querySelector("[data-test=ship-error]")?.textContent).toContain("该物流单号已被其他订单使用"));
    expect(dialog().textContent).toContain("物流单号重复");
    expect(shipBody(fetchMock)).toBeDefined();
  });
});
