import { flushPromises } from "@vue/test-utils";
import { afterEach, describe, expect, it, vi } from "vitest";

import ProductEdit from "@/views/catalog/products/edit/index.vue";

import { errorEnvelope, jsonResponse, mockFetch } from "../helpers";
import { bodyOf, mountAs, page } from "./helpers";

const saved = {
  id: 5, status: "on_sale", shop_id: 7, title: "保温杯", subtitle: "", category_id: 9, brand_id: null,
  images: ["https://img/1.jpg"], video: "", description: "<p>好</p>", tags: [], service_promise: ["正品保障"],
  freight: 800, sort: 0, params: [{ group: "主体", name: "产地", value: "浙江" }], attributes: [{ id: 3, value: "不锈钢" }],
  specs: [{ name: "颜色", values: ["红"] }], units: [{ name: "个", factor: 1 }, { name: "箱", factor: 10 }],
  skus: [{ id: 11, spec_values: ["红"], price: 1990, original_price: 2990, stock: 8, code: "A-1", barcode: "", weight: 500, image: "", unit_prices: [1990, 19000], is_enabled: true }],
};

const shippingTemplates = [
  { id: 3, name: "全国包邮", mode: "pieces", is_default: true, default_rate: { first_units: 1, first_fee: 0, extra_units: 1, extra_fee: 0 }, regions: [], free_over: null, excluded_provinces: [] },
  { id: 7, name: "江浙沪按重", mode: "weight", is_default: false, default_rate: { first_units: 1000, first_fee: 800, extra_units: 500, extra_fee: 250 }, regions: [], free_over: null, excluded_provinces: [] },
];

function editApi(onSave?: () => Response, product: Record<string, unknown> = saved, templates?: () => Response) {
  return mockFetch((url, init) => {
    if (url === "/api/v1/admin/shipping-templates") return templates ? templates() : jsonResponse(200, { items: shippingTemplates });
    if (url === "/api/v1/admin/products/5" && init.method === "PUT") return onSave ? onSave() : jsonResponse(200, saved);
    if (url === "/api/v1/admin/products" && init.method === "POST") return onSave ? onSave() : jsonResponse(201, { ...saved, id: 6 });
    if (url === "/api/v1/admin/products/5") return jsonResponse(200, product);
    if (url === "/api/v1/admin/categories/tree") return jsonResponse(200, { items: [] });
    if (url === "/api/v1/admin/categories/9/params") return jsonResponse(200, { items: [{ group: "主体", name: "产地", sort: 1 }] });
    if (url === "/api/v1/admin/categories/9/attributes") {
      return jsonResponse(200, { items: [{ id: 3, name: "材质", input_type: "option", options: ["不锈钢", "玻璃"], is_indexed: true, sort: 0 }] });
    }
    if (url === "/api/v1/admin/tags") return jsonResponse(200, { items: [{ id: 1, name: "新品", sort: 0, is_enabled: true }] });
    if (url.startsWith("/api/v1/admin/brands")) return jsonResponse(200, page([]));
    return jsonResponse(404, errorEnvelope("not_found", ""));
  });
}

/** The input of `data-test=name` (Element Plus puts the attribute on the wrapper or on the input). */
function field(name: string): HTMLInputElement {
  return document.querySelector<HTMLInputElement>(`[data-test=${name}] input, input[data-test=${name}]`)!;
}

function typeInto(selector: string, value: string) {
  const input = field(selector.replace(/^\[data-test=(.*)\]$/, "$1"));
  input.value = value;
  input.dispatchEvent(new Event("input"));
  input.dispatchEvent(new Event("change"));
}

/** The text the 运费模板 select shows for its value. */
const shownTemplate = () => document.querySelector("[data-test=shipping-template] .el-select__selected-item:not(.el-select__input-wrapper)")?.textContent?.trim();

const skuRows = () => [...document.querySelectorAll("[data-test=sku-table] .el-table__body tr")];

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = "";
});

describe("product editor", () => {
  it("[PLT-4] a new spec value adds a SKU row and keeps the typed ones; the payload is in fen", async () => {
    const fetchMock = editApi();
    const { router } = await mountAs("merchant", ProductEdit, { id: 5 });
    expect(skuRows()).toHaveLength(1);
    expect(field("sku-price-0").value).toBe("19.90");

    typeInto("[data-test=spec-value-0]", "蓝");
    document.querySelector<HTMLElement>("[data-test=spec-add-value-0]")!.click();
    await flushPromises();
    expect(skuRows().map((tr) => tr.querySelector("td")!.textContent)).toEqual(["红", "蓝"]);
    expect(field("sku-price-0").value).toBe("19.90");

    typeInto("[data-test=sku-price-1]", "25.5");
    typeInto("[data-test=sku-stock-1]", "3");
    await flushPromises();
    document.querySelector<HTMLElement>("[data-test=save-submit]")!.click();
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe("catalog-products"));

    const body = bodyOf(fetchMock.mock.calls, "PUT", "/api/v1/admin/products/5") as Record<string, unknown>;
    expect(body).toMatchObject({
      title: "保温杯",
      freight: 800,
      submit: true,
      specs: [{ name: "颜色", values: ["红", "蓝"] }],
      units: [{ name: "个", factor: 1 }, { name: "箱", factor: 10 }],
      params: [{ group: "主体", name: "产地", value: "浙江" }],
      attributes: [{ id: 3, value: "不锈钢" }],
    });
    expect(body.skus).toEqual([
      expect.objectContaining({ spec_values: ["红"], price: 1990, original_price: 2990, stock: 8, code: "A-1", unit_prices: [1990, 19000] }),
      expect.objectContaining({ spec_values: ["蓝"], price: 2550, original_price: 0, stock: 3, unit_prices: [2550, 25500] }),
    ]);
  });

  it("[PLT-4] batch fill sets price and stock on every SKU; 保存草稿 does not submit", async () => {
    const fetchMock = editApi();
    await mountAs("merchant", ProductEdit, { id: 5 });
    typeInto("[data-test=spec-value-0]", "蓝");
    document.querySelector<HTMLElement>("[data-test=spec-add-value-0]")!.click();
    await flushPromises();
    typeInto("[data-test=fill-price]", "9.9");
    typeInto("[data-test=fill-stock]", "100");
    await flushPromises();
    document.querySelector<HTMLElement>("[data-test=apply-fill]")!.click();
    await flushPromises();
    document.querySelector<HTMLElement>("[data-test=save-draft]")!.click();
    await vi.waitFor(() => expect(fetchMock.mock.calls.some(([, init]) => init.method === "PUT")).toBe(true));

    const body = bodyOf(fetchMock.mock.calls, "PUT", "/api/v1/admin/products/5") as { submit: boolean; skus: { price: number; stock: number }[] };
    expect(body.submit).toBe(false);
    expect(body.skus.map((sku) => [sku.price, sku.stock])).toEqual([
      [990, 100],
      [990, 100],
    ]);
  });

  it("[B2B-1] a unit whose factor does not divide the next blocks saving", async () => {
    const fetchMock = editApi();
    await mountAs("merchant", ProductEdit, { id: 5 });
    document.querySelector<HTMLElement>("[data-test=add-unit]")!.click();
    await flushPromises();
    typeInto("[data-test=unit-name-2]", "托");
    typeInto("[data-test=unit-factor-2]", "25");
    await flushPromises();
    expect(document.querySelector("[data-test=units-problem]")?.textContent).toContain("整数倍");
    expect(document.body.textContent).toContain("托价（元）");

    document.querySelector<HTMLElement>("[data-test=save-draft]")!.click();
    await flushPromises();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fetchMock.mock.calls.some(([, init]) => init.method === "PUT")).toBe(false);
  });

  it("[PLT-4] the server's field errors show under the fields", async () => {
    editApi(() => jsonResponse(422, errorEnvelope("validation_failed", "invalid", { title: "标题含违禁词", "skus.0.code": "编码已被使用" })));
    await mountAs("merchant", ProductEdit, { id: 5 });
    document.querySelector<HTMLElement>("[data-test=save-draft]")!.click();
    await vi.waitFor(() => expect(document.body.textContent).toContain("标题含违禁词"));
    expect(document.querySelector(".el-form-item__error")?.textContent).toContain("标题含违禁词");
    expect(document.body.textContent).toContain("编码已被使用");
  });
});

describe("product editor: 运费模板", { timeout: 20_000 }, () => {
  it("[PLT-4] 运费模板: options list the shop's templates, a product's template is selected and saved as its id", async () => {
    const fetchMock = editApi(undefined, { ...saved, shipping_template_id: 7 });
    await mountAs("merchant", ProductEdit, { id: 5 });
    expect(shownTemplate()).toBe("江浙沪按重（按重量）");

    document.querySelector<HTMLElement>("[data-test=shipping-template] .el-select__wrapper")!.click();
    await flushPromises();
    const options = [...document.querySelectorAll(".product-edit__shipping-templates .el-select-dropdown__item")].map((li) => li.textContent!.trim());
    expect(options).toEqual(["店铺默认模板（全国包邮）", "全国包邮（按件）", "江浙沪按重（按重量）"]);

    document.querySelector<HTMLElement>("[data-test=save-draft]")!.click();
    await vi.waitFor(() => expect(fetchMock.mock.calls.some(([, init]) => init.method === "PUT")).toBe(true));
    const body = bodyOf(fetchMock.mock.calls, "PUT", "/api/v1/admin/products/5") as Record<string, unknown>;
    expect(body.shipping_template_id).toBe(7);
    expect(body.freight).toBe(800);
  });

  it("[PLT-4] 运费模板: choosing 店铺默认模板 saves null", async () => {
    const fetchMock = editApi(undefined, { ...saved, shipping_template_id: 7 });
    await mountAs("merchant", ProductEdit, { id: 5 });
    document.querySelector<HTMLElement>("[data-test=shipping-template] .el-select__wrapper")!.click();
    await flushPromises();
    document.querySelector<HTMLElement>(".product-edit__shipping-templates [data-test=shipping-template-option-0]")!.click();
    await flushPromises();
    expect(shownTemplate()).toBe("店铺默认模板（全国包邮）");

    document.querySelector<HTMLElement>("[data-test=save-draft]")!.click();
    await vi.waitFor(() => expect(fetchMock.mock.calls.some(([, init]) => init.method === "PUT")).toBe(true));
    const body = bodyOf(fetchMock.mock.calls, "PUT", "/api/v1/admin/products/5") as Record<string, unknown>;
    expect(body).toHaveProperty("shipping_template_id", null);
  });

  it("[PLT-4] 运费模板: a product without one shows 店铺默认模板 and saves null", async () => {
    const fetchNew = editApi();
    await mountAs("merchant", ProductEdit, { id: 5 });
    expect(shownTemplate()).toBe("店铺默认模板（全国包邮）");
    document.querySelector<HTMLElement>("[data-test=save-draft]")!.click();
    await vi.waitFor(() => expect(fetchNew.mock.calls.some(([, init]) => init.method === "PUT")).toBe(true));
    expect(bodyOf(fetchNew.mock.calls, "PUT", "/api/v1/admin/products/5")).toHaveProperty("shipping_template_id", null);
  });

  it("[PLT-4] 运费模板: hidden when the templates cannot be loaded (platform staff), the product's value still round-trips", async () => {
    const fetchMock = editApi(undefined, { ...saved, shipping_template_id: 7 }, () => jsonResponse(403, errorEnvelope("forbidden", "无店铺")));
    await mountAs("platform", ProductEdit, { id: 5 });
    expect(document.querySelector("[data-test=shipping-template]")).toBeNull();
    expect(document.body.textContent).not.toContain("运费模板");
    expect(field("freight")).not.toBeNull();

    document.querySelector<HTMLElement>("[data-test=save-draft]")!.click();
    await vi.waitFor(() => expect(fetchMock.mock.calls.some(([, init]) => init.method === "PUT")).toBe(true));
    expect(bodyOf(fetchMock.mock.calls, "PUT", "/api/v1/admin/products/5")).toHaveProperty("shipping_template_id", 7);
  });
});
