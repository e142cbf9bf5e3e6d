import { flushPromises } from "@vue/test-utils";
import { afterEach, describe, expect, it, vi } from "vitest";

import { buildMenu } from "@/router/access";
import { areaRoutes } from "@/router/routes";
import TradeSettingsView from "@/views/settings/trade/index.vue";

import { errorEnvelope, jsonResponse, mockFetch } from "../helpers";
import { typeInto } from "../orders/fixtures";
import { mountAs } from "../orders/mount";

const settings = {
  pay_first: true, payment_timeout_minutes: 30, auto_confirm_days: 7,
  auto_review_days: 7, auto_review_text: "系统默认好评", audit_orders: false,
};

function api(put: (body: unknown) => Response = (body) => jsonResponse(200, body)) {
  return mockFetch((url, init) => {
    if (url === "/api/v1/admin/settings/trade" && init.method === "PUT") return put(JSON.parse(init.body as string));
    if (url === "/api/v1/admin/settings/trade") return jsonResponse(200, settings);
    return jsonResponse(404, errorEnvelope("not_found", ""));
  });
}

const putBody = (fetchMock: ReturnType<typeof api>) => {
  const call = fetchMock.mock.calls.find(([, init]) => init.method === "PUT");
  return call ? JSON.parse(call[1].body as string) : undefined;
};

const canOf = (codes: string[]) => (perm: string | readonly string[] | undefined) =>
  perm === undefined || (typeof perm === "string" ? [perm] : perm).some((code) => codes.includes(code));

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = "";
});

describe("trade settings", { timeout: 20_000 }, () => {
  it("[PLT-9] shows every trade setting with its Chinese label and the current values", async () => {
    api();
    const { wrapper } = await mountAs("platform", ["settings:manage"], TradeSettingsView);
    for (const label of ["先付款后发货", "支付超时(分钟)", "自动确认收货(天)", "自动好评(天)", "默认好评内容", "订单需审核"]) {
      expect(wrapper.text()).toContain(label);
    }
    // [AS-5] the refund switches moved to 售后设置.
    for (const label of ["退款申请时限", "自动同意退款", "允许在途退货"]) expect(wrapper.text()).not.toContain(label);
    const timeout = document.querySelector<HTMLElement>("[data-test=setting-payment_timeout_minutes] input, input[data-test=setting-payment_timeout_minutes]") as HTMLInputElement;
    expect(timeout.value).toBe("30");
  });

  it("[PLT-9] saving PUTs the whole document with the changes", async () => {
    const fetchMock = api();
    await mountAs("platform", ["settings:manage"], TradeSettingsView);
    await typeInto("[data-test=setting-payment_timeout_minutes]", "45");
    const audit = document.querySelector<HTMLElement>("[data-test=setting-audit_orders]")!;
    audit.click();
    await flushPromises();
    document.querySelector<HTMLElement>("[data-test=settings-save]")!.click();
    await vi.waitFor(() => expect(putBody(fetchMock)).toEqual({ ...settings, payment_timeout_minutes: 45, audit_orders: true }));
  });

  it("[PLT-9] a refused value is shown on its field", async () => {
    api(() => jsonResponse(422, errorEnvelope("validation_failed", "提交的内容有误", { auto_review_text: "好评内容不能超过 200 字" })));
    const { wrapper } = await mountAs("platform", ["settings:manage"], TradeSettingsView);
    document.querySelector<HTMLElement>("[data-test=settings-save]")!.click();
    await vi.waitFor(() => expect(wrapper.text()).toContain("好评内容不能超过 200 字"));
  });

  it("[PLT-9] the settings cannot be read: the API's message is shown", async () => {
    mockFetch(() => jsonResponse(403, errorEnvelope("settings_locked", "交易设置暂不可用")));
    await mountAs("platform", ["settings:manage"], TradeSettingsView);
    expect(document.querySelector("[data-test=settings-error]")!.textContent).toContain("交易设置暂不可用");
  });

  it("[PLT-8] [PLT-9] [INV-8] the menu lists orders, settings and shipping templates by permission", () => {
    const paths = (codes: string[]) => {
      const out: string[] = [];
      const walk = (items: ReturnType<typeof buildMenu>) => items.forEach((item) => { out.push(item.path); walk(item.children ?? []); });
      walk(buildMenu(areaRoutes, canOf(codes)));
      return out;
    };
    expect(paths(["orders:view"])).toContain("/orders");
    expect(paths(["orders:view"])).not.toContain("/orders/:orderNo");
    expect(paths(["settings:manage"])).toEqual(expect.arrayContaining(["/settings", "/settings/trade", "/settings/carriers"]));
    expect(paths(["catalog:manage"])).toContain("/catalog/shipping-templates");
    expect(paths(["catalog:audit"])).not.toContain("/catalog/shipping-templates");
    expect(paths([])).not.toContain("/orders");
    expect(paths([])).not.toContain("/settings");
  });
});
