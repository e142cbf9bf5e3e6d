import { flushPromises } from "@vue/test-utils";
import { afterEach, describe, expect, it, vi } from "vitest";

import type { Gateway } from "@/api/payments";
import { gatewayBody, gatewayForm, gatewayStatus, missingRequired } from "@/views/settings/payments/data";
import PaymentSettingsView from "@/views/settings/payments/index.vue";

import { errorEnvelope, jsonResponse, mockFetch } from "../helpers";
import { mountAs } from "../orders/mount";

const wechat: Gateway = {
  code: "wechat", name: "微信支付", enabled: true, saved: true,
  fields: [
    { name: "mchid", label: "商户号", secret: false, required: true, value: "1900000001" },
    { name: "private_key", label: "商户 API 私钥", secret: true, required: true, set: true },
    { name: "apiv3_key", label: "APIv3 密钥", secret: true, required: true, set: false },
  ],
};
const alipay: Gateway = {
  code: "alipay", name: "支付宝", enabled: false, saved: false,
  fields: [
    { name: "appid", label: "AppID", secret: false, required: true, value: "" },
    { name: "private_key", label: "应用私钥", secret: true, required: true, set: false },
  ],
};
const sandbox: Gateway = { code: "sandbox", name: "模拟支付", enabled: true, fields: [] };

const LIST = "/api/v1/admin/payments/gateways";

function api(put: (url: string, body: { enabled: boolean; values: Record<string, string> }) => Response = (_url, body) =>
  jsonResponse(200, { ...wechat, enabled: body.enabled, fields: wechat.fields.map((f) => (f.secret && body.values[f.name] ? { ...f, set: true } : f)) })) {
  return mockFetch((url, init) => {
    if (init.method === "PUT") return put(url, JSON.parse(init.body as string));
    if (url === LIST) return jsonResponse(200, { items: [wechat, alipay, sandbox] });
    return jsonResponse(404, errorEnvelope("not_found", ""));
  });
}

const card = (code: string) => document.querySelector<HTMLElement>(`[data-test=gateway][data-code=${code}]`)!;
const field = (code: string, name: string) => card(code).querySelector<HTMLElement>(`[data-field=${name}]`)!;
const putCalls = (fetchMock: ReturnType<typeof api>) => fetchMock.mock.calls.filter(([, init]) => init.method === "PUT");

async function click(root: ParentNode, selector: string) {
  root.querySelector<HTMLElement>(selector)!.click();
  await flushPromises();
}

async function typeIn(root: HTMLElement, value: string) {
  const input = root.querySelector<HTMLInputElement | HTMLTextAreaElement>("input, textarea")!;
  input.value = value;
  input.dispatchEvent(new Event("input"));
  await flushPromises();
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = "";
});

describe("支付设置", { timeout: 20_000 }, () => {
  it("[PAY-1] shows each gateway, whether it is on, its plain values, and secrets only as 已设置 / 未设置", async () => {
    api();
    await mountAs("platform", ["settings:manage"], PaymentSettingsView);
    expect(card("wechat").querySelector("[data-test=gateway-status]")!.textContent).toContain("已启用");
    expect(card("alipay").querySelector("[data-test=gateway-status]")!.textContent).toContain("未配置");
    expect(card("sandbox").querySelector("[data-test=gateway-status]")!.textContent).toContain("已启用");
    expect(field("wechat", "mchid").querySelector("input")!.value).toBe("1900000001");
    expect(field("wechat", "private_key").querySelector("[data-test=secret-state]")!.textContent).toContain("已设置");
    expect(field("wechat", "apiv3_key").querySelector("[data-test=secret-state]")!.textContent).toContain("未设置");
    // no input holds a secret: only the plain field has one until 更换 is clicked
    expect(card("wechat").querySelectorAll("input:not([role=switch]):not(.el-switch__input), textarea")).toHaveLength(1);
  });

  it("[PAY-1] saving sends the plain values and only the secrets typed: an untouched secret keeps the stored one", async () => {
    const fetchMock = api();
    await mountAs("platform", ["settings:manage"], PaymentSettingsView);
    await typeIn(field("wechat", "mchid"), " 1900000002 ");
    await click(field("wechat", "apiv3_key"), "[data-test=secret-replace]");
    await typeIn(field("wechat", "apiv3_key"), "0123456789abcdef0123456789abcdef");
    await click(field("wechat", "private_key"), "[data-test=secret-replace]");
    await click(card("wechat"), "[data-test=gateway-save]");
    const [call] = putCalls(fetchMock);
    expect(call![0]).toBe("/api/v1/admin/payments/gateways/wechat");
    expect(JSON.parse(String(call![1].body))).toEqual({
      enabled: true, values: { mchid: "1900000002", apiv3_key: "0123456789abcdef0123456789abcdef" },
    });
    // answered: the new secret is set, and the typed value is gone from the page
    await vi.waitFor(() => expect(field("wechat", "apiv3_key").querySelector("[data-test=secret-state]")!.textContent).toContain("已设置"));
    expect(document.body.innerHTML).not.toContain("0123456789abcdef0123456789abcdef");
  });

  it("[PAY-1] a refused save shows the API's message and the fields it names", async () => {
    api(() => jsonResponse(422, errorEnvelope("gateway_settings_invalid", "启用支付宝前请填写必填项", { appid: "该项必填", private_key: "该项必填" })));
    await mountAs("platform", ["settings:manage"], PaymentSettingsView);
    await click(card("alipay"), "[data-test=gateway-enabled]");
    await click(card("alipay"), "[data-test=gateway-save]");
    await vi.waitFor(() => expect(card("alipay").querySelector("[data-test=gateway-error]")!.textContent).toContain("启用支付宝前请填写必填项"));
    await vi.waitFor(() => {
      expect(field("alipay", "appid").textContent).toContain("该项必填");
      expect(field("alipay", "private_key").textContent).toContain("该项必填");
    });
  });

  it("[PAY-1] the list cannot be read: the API's message is shown", async () => {
    mockFetch(() => jsonResponse(403, errorEnvelope("permission_denied", "没有权限执行此操作")));
    await mountAs("platform", ["settings:manage"], PaymentSettingsView);
    expect(document.querySelector("[data-test=settings-error]")!.textContent).toContain("没有权限执行此操作");
  });

  it("[PAY-1] the helpers: a blank replacement is left out, required fields are named", () => {
    const form = gatewayForm(wechat);
    form.secrets.private_key = "   ";
    expect(gatewayBody(wechat, form)).toEqual({ enabled: true, values: { mchid: "1900000001" } });
    expect(missingRequired(wechat)).toEqual(["APIv3 密钥"]);
    expect(missingRequired(alipay)).toEqual(["AppID", "应用私钥"]);
    expect(gatewayStatus({ ...wechat, enabled: false }).label).toBe("未配置");
    expect(gatewayStatus({ ...sandbox, enabled: false }).label).toBe("未启用");
  });
});
