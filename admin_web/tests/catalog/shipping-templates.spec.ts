import { flushPromises } from "@vue/test-utils";
import { afterEach, describe, expect, it, vi } from "vitest";

import { formToInput, templateToForm } from "@/views/catalog/shipping-templates/data";
import ShippingTemplates from "@/views/catalog/shipping-templates/index.vue";

import { errorEnvelope, jsonResponse, mockFetch } from "../helpers";
import { typeInto } from "../orders/fixtures";
import { mountAs } from "../orders/mount";

const template = {
  id: 5, shop_id: 7, name: "江浙沪包邮", mode: "weight",
  default_rate: { first_units: 1000, first_fee: 800, extra_units: 500, extra_fee: 250 },
  regions: [{ provinces: ["新疆维吾尔自治区", "西藏自治区"], first_units: 1000, first_fee: 2000, extra_units: 1000, extra_fee: 1000 }],
  free_over: 9900, excluded_provinces: ["台湾省"], is_default: true,
  created_at: "2026-03-01T00:00:00Z", updated_at: "2026-03-01T00:00:00Z",
};

function api(put?: () => Response) {
  return mockFetch((url, init) => {
    if (put && init.method === "PUT") return put();
    if (url === "/api/v1/regions/provinces") return jsonResponse(200, { items: ["北京市", "上海市", "浙江省", "新疆维吾尔自治区", "西藏自治区", "台湾省"] });
    if (url === "/api/v1/admin/shipping-templates" && init.method === "GET") return jsonResponse(200, { items: [template] });
    if (url === "/api/v1/admin/shipping-templates/5" && init.method === "GET") return jsonResponse(200, template);
    if (url === "/api/v1/admin/shipping-templates" && init.method === "POST") return jsonResponse(201, { id: 6, ...JSON.parse(init.body as string) });
    if (url === "/api/v1/admin/shipping-templates/5" && init.method === "PUT") return jsonResponse(200, JSON.parse(init.body as string));
    return jsonResponse(404, errorEnvelope("not_found", ""));
  });
}

const bodyOf = (fetchMock: ReturnType<typeof api>, method: string, url: string) => {
  const call = fetchMock.mock.calls.find(([u, init]) => u === url && init.method === method);
  return call ? JSON.parse(call[1].body as string) : undefined;
};

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = "";
});

describe("shipping templates", { timeout: 20_000 }, () => {
  it("[INV-8] fees round-trip between fen and yuan without drift", () => {
    const form = templateToForm(template as never);
    expect(form.first_fee).toBe(8);
    expect(form.extra_fee).toBe(2.5);
    expect(form.free_over).toBe(99);
    form.first_fee = 10.05;
    const { id: _id, shop_id: _shop, created_at: _c, updated_at: _u, ...input } = template;
    expect(formToInput(form)).toEqual({ ...input, default_rate: { ...input.default_rate, first_fee: 1005 } });
  });

  it("[INV-8] lists templates with mode, fees in yuan, free shipping and excluded provinces", async () => {
    api();
    const { wrapper } = await mountAs("merchant", ["catalog:manage"], ShippingTemplates);
    const text = wrapper.text();
    expect(text).toContain("江浙沪包邮");
    expect(text).toContain("默认");
    expect(text).toContain("按重量");
    expect(text).toContain("首重 1000克 ¥8.00，续重 500克 ¥2.50");
    expect(text).toContain("满 ¥99.00 包邮");
    expect(text).toContain("台湾省");
  });

  it("[INV-8] a new template is sent with fees in fen", async () => {
    const fetchMock = api();
    await mountAs("merchant", ["catalog:manage"], ShippingTemplates);
    document.querySelector<HTMLElement>("[data-test=template-create]")!.click();
    await flushPromises();
    const dialog = document.querySelector<HTMLElement>(".el-dialog")!;
    expect(dialog.textContent).toContain("首件(件)");
    await typeInto("[data-test=template-name]", "全国统一");
    await typeInto("[data-test=template-first-fee]", "12.5");
    await typeInto("[data-test=template-extra-fee]", "3");
    document.querySelector<HTMLElement>("[data-test=template-save]")!.click();
    await vi.waitFor(() =>
      expect(bodyOf(fetchMock, "POST", "/api/v1/admin/shipping-templates")).toEqual({
        name: "全国统一", mode: "pieces", default_rate: { first_units: 1, first_fee: 1250, extra_units: 1, extra_fee: 300 },
        regions: [], free_over: null, excluded_provinces: [], is_default: false,
      }),
    );
  });

  it("[INV-8] editing loads the template in grams and yuan and saves it back with PUT", async () => {
    const fetchMock = api();
    await mountAs("merchant", ["catalog:manage"], ShippingTemplates);
    document.querySelector<HTMLElement>("[data-test=template-edit]")!.click();
    await flushPromises();
    const dialog = document.querySelector<HTMLElement>(".el-dialog")!;
    await vi.waitFor(() => expect(dialog.querySelector<HTMLInputElement>("[data-test=template-name] input, input[data-test=template-name]")!.value).toBe("江浙沪包邮"));
    expect(dialog.textContent).toContain("首重(克)");
    await typeInto("[data-test=template-free-over]", "128");
    document.querySelector<HTMLElement>("[data-test=template-save]")!.click();
    await vi.waitFor(() =>
      expect(bodyOf(fetchMock, "PUT", "/api/v1/admin/shipping-templates/5")).toEqual({
        name: "江浙沪包邮", mode: "weight", default_rate: template.default_rate,
        regions: template.regions, free_over: 12800, excluded_provinces: ["台湾省"], is_default: true,
      }),
    );
  });

  it("[INV-8] a province refused by the API is shown under the regions, naming the region", async () => {
    api(() => jsonResponse(422, errorEnvelope("template_invalid", "运费模板有误", { "regions.0.provinces.1": "西藏自治区 已在第 1 个区域中" })));
    await mountAs("merchant", ["catalog:manage"], ShippingTemplates);
    document.querySelector<HTMLElement>("[data-test=template-edit]")!.click();
    await flushPromises();
    await vi.waitFor(() => expect(document.querySelector<HTMLInputElement>("input[data-test=template-name], [data-test=template-name] input")!.value).toBe("江浙沪包邮"));
    document.querySelector<HTMLElement>("[data-test=template-save]")!.click();
    await vi.waitFor(() => expect(document.querySelector(".el-dialog")!.textContent).toContain("第 1 个地区：西藏自治区 已在第 1 个区域中"));
    expect(document.querySelector("[data-test=template-error]")!.textContent).toContain("运费模板有误");
  });
});
