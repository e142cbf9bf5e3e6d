import { flushPromises } from "@vue/test-utils";
import { afterEach, describe, expect, it, vi } from "vitest";

import { buildMenu } from "@/router/access";
import { areaRoutes } from "@/router/routes";
import { addReason, reasonsError, toForm, toSettings } from "@/views/settings/aftersales/data";
import AftersalesSettingsView from "@/views/settings/aftersales/index.vue";

import { errorEnvelope, jsonResponse, mockFetch } from "../helpers";
import { typeInto } from "../orders/fixtures";
import { mountAs } from "../orders/mount";

const settings = {
  refund_window_days: 7, auto_approve_refund_only: false, auto_approve_below: 1000, in_transit_refunds: true,
  return_ship_days: 7, auto_receive_days: 10, refund_needs_platform: false,
  reasons: ["不想要了", "商品破损", "其他"],
};

const URL = "/api/v1/admin/settings/aftersales";

function api(put: (body: unknown) => Response = (body) => jsonResponse(200, body)) {
  return mockFetch((url, init) => {
    if (url === URL && init.method === "PUT") return put(JSON.parse(init.body as string));
    if (url === URL) return jsonResponse(200, settings);
    return jsonResponse(404, errorEnvelope("not_found", ""));
  });
}

const putBody = (fetchMock: ReturnType<typeof api>) => {
  const call = fetchMock.mock.calls.find(([, init]) => init.method === "PUT");
  return call ? JSON.parse(call[1].body as string) : undefined;
};
const reasonTags = () => [...document.querySelectorAll("[data-test=reason-tag]")].map((el) => el.textContent?.trim());
const save = () => document.querySelector<HTMLElement>("[data-test=settings-save]")!.click();

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = "";
});

describe("售后设置", { timeout: 20_000 }, () => {
  it("[AS-5] shows every after-sales setting with its current value, the small-amount threshold in 元", async () => {
    api();
    const { wrapper } = await mountAs("platform", ["settings:manage"], AftersalesSettingsView);
    for (const label of ["售后申请时限(天)", "允许在途仅退款", "仅退款自动同意", "小额自动同意(元)", "买家寄回时限(天)", "自动确认收货(天)", "退款需平台执行", "售后原因"]) {
      expect(wrapper.text()).toContain(label);
    }
    const below = document.querySelector<HTMLInputElement>("[data-test=setting-auto_approve_below_yuan] input")!;
    expect(below.value).toBe("10.00");
    expect(reasonTags()).toEqual(["不想要了", "商品破损", "其他"]);
  });

  it("[AS-5] saving PUTs the whole group: switches, days, the threshold in fen and the edited reasons", async () => {
    const fetchMock = api();
    await mountAs("platform", ["settings:manage"], AftersalesSettingsView);
    document.querySelector<HTMLElement>("[data-test=setting-refund_needs_platform]")!.click();
    await typeInto("[data-test=setting-auto_receive_days]", "5");
    await typeInto("[data-test=setting-auto_approve_below_yuan]", "20.5");
    await typeInto("[data-test=reason-input]", "尺码不合适");
    document.querySelector<HTMLElement>("[data-test=reason-add]")!.click();
    await flushPromises();
    document.querySelectorAll<HTMLElement>("[data-test=reason-tag] .el-tag__close")[0]!.click();
    await flushPromises();
    save();
    await vi.waitFor(() =>
      expect(putBody(fetchMock)).toEqual({
        ...settings, refund_needs_platform: true, auto_receive_days: 5, auto_approve_below: 2050,
        reasons: ["商品破损", "其他", "尺码不合适"],
      }),
    );
  });

  it("[AS-5] a repeated reason is refused at once; a refused value from the API is shown on its field", async () => {
    const fetchMock = api(() => jsonResponse(422, errorEnvelope("validation_failed", "提交的内容有误", { return_ship_days: "须为 1-30 的整数" })));
    const { wrapper } = await mountAs("platform", ["settings:manage"], AftersalesSettingsView);
    await typeInto("[data-test=reason-input]", "其他");
    document.querySelector<HTMLElement>("[data-test=reason-add]")!.click();
    await flushPromises();
    await vi.waitFor(() => expect(wrapper.text()).toContain("原因不能重复"));
    expect(reasonTags()).toHaveLength(3);
    save();
    await vi.waitFor(() => expect(wrapper.text()).toContain("须为 1-30 的整数"));
    expect(putBody(fetchMock)).toBeDefined();
  });

  it("[AS-5] the settings cannot be read: the API's message is shown", async () => {
    mockFetch(() => jsonResponse(403, errorEnvelope("permission_denied", "没有权限执行此操作")));
    await mountAs("platform", ["settings:manage"], AftersalesSettingsView);
    expect(document.querySelector("[data-test=settings-error]")!.textContent).toContain("没有权限执行此操作");
  });

  it("[AS-5] the helpers: 元 ⇄ fen, reason rules", () => {
    const form = toForm(settings);
    expect(form.auto_approve_below_yuan).toBe(10);
    expect(toSettings({ ...form, auto_approve_below_yuan: 0.1, reasons: [" 其他 "] })).toMatchObject({ auto_approve_below: 10, reasons: ["其他"] });
    expect(reasonsError([])).toBe("至少保留一个售后原因");
    expect(reasonsError(["a", "a"])).toBe("原因不能重复");
    expect(reasonsError(["x".repeat(21)])).toBe("每个原因 1-20 个字");
    const reasons = ["其他"];
    expect(addReason(reasons, "  ")).toBe("请输入原因");
    expect(addReason(reasons, "发错货")).toBe("");
    expect(reasons).toEqual(["其他", "发错货"]);
  });

  it("[AS-5] [PAY-1] the settings menu offers 售后设置 and 支付设置 with settings:manage", () => {
    const settingsMenu = (perms: string[]) =>
      buildMenu(areaRoutes, (perm) => perm === undefined || [perm].flat().some((p) => perms.includes(p)))
        .find((item) => item.title === "平台设置")?.children?.map((item) => item.title);
    expect(settingsMenu(["settings:manage"])).toEqual(["交易设置", "售后设置", "支付设置", "物流公司"]);
    expect(settingsMenu(["aftersales:manage"])).toBeUndefined();
  });
});
