import { flushPromises } from "@vue/test-utils";
import { afterEach, describe, expect, it, vi } from "vitest";

import ProductList from "@/views/catalog/products/list/index.vue";
import AuditPage from "@/views/catalog/audit/index.vue";

import { errorEnvelope, jsonResponse, mockFetch } from "../helpers";
import { answerMessageBox, bodyOf, buttonByText, mountAs, page, waitForElement } from "./helpers";

const row = (id: number, status: string, extra: Record<string, unknown> = {}) => ({
  id, title: `商品${id}`, image: "", shop_id: 7, shop_name: "鲜果坊", category_id: 9, price: 1990, stock: 5,
  sales: 120, padded_sales: 30, status, sort: 0, audit_reason: "", updated_at: "2026-01-01T00:00:00Z", ...extra,
});
const rows = [row(1, "pending"), row(2, "on_sale"), row(3, "off_shelf"), row(4, "draft")];

function productsApi(overrides: (url: string, init: RequestInit) => Response | undefined = () => undefined) {
  return mockFetch((url, init) => {
    const custom = overrides(url, init);
    if (custom) return custom;
    if (url.startsWith("/api/v1/admin/categories/tree")) return jsonResponse(200, { items: [] });
    if (url.startsWith("/api/v1/admin/products?") || url === "/api/v1/admin/products") return jsonResponse(200, page(rows));
    if (url === "/api/v1/admin/products/bulk") {
      return jsonResponse(200, { succeeded: [1], failed: [{ id: 2, code: "invalid_transition", message: "出售中的商品不能提交审核" }] });
    }
    if (/\/admin\/products\/\d+\/\w+$/.test(url) && init.method === "POST") return jsonResponse(200, {});
    if (/\/admin\/products\/\d+$/.test(url) && init.method === "PATCH") return jsonResponse(200, {});
    if (/\/admin\/products\/\d+$/.test(url)) {
      return jsonResponse(200, {
        id: 1, status: "pending", units: [{ name: "个", factor: 1 }, { name: "箱", factor: 10 }], specs: [{ name: "颜色", values: ["红"] }],
        skus: [{ id: 11, spec_values: ["红"], price: 1990, original_price: 2990, stock: 8, code: "A-1", unit_prices: [1990, 19000], is_enabled: true }],
      });
    }
    return jsonResponse(404, errorEnvelope("not_found", ""));
  });
}

const actionsOf = (title: string) => {
  const tr = [...document.querySelectorAll("tr")].find((el) => el.textContent?.includes(title) && el.querySelector("[data-action]"))!;
  return [...tr.querySelectorAll<HTMLElement>("[data-action]")];
};

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = "";
});

describe("product list", () => {
  it("[PLT-4] a merchant sees shelf actions by status and no platform action", async () => {
    productsApi();
    const { wrapper } = await mountAs("merchant", ProductList);
    const labels = (title: string) => actionsOf(title).map((el) => el.textContent?.trim());
    expect(labels("商品2")).toEqual(["下架", "编辑", "记录"]);
    expect(labels("商品3")).toEqual(["上架", "编辑", "删除", "记录"]);
    expect(labels("商品4")).toEqual(["编辑", "提交审核", "删除", "记录"]);
    expect(wrapper.text()).not.toContain("审核通过");
    expect(wrapper.text()).not.toContain("违规下架");
    expect(wrapper.text()).not.toContain("店铺");
  });

  it("[PLT-4] a merchant puts an off-shelf product on sale", async () => {
    const fetchMock = productsApi();
    await mountAs("merchant", ProductList);
    actionsOf("商品3").find((el) => el.textContent?.trim() === "上架")!.click();
    await flushPromises();
    expect(fetchMock.mock.calls.some(([url, init]) => url === "/api/v1/admin/products/3/on_shelf" && init.method === "POST")).toBe(true);
  });

  it("[PLT-4] platform rejects a pending product with a reason", async () => {
    const fetchMock = productsApi();
    const { wrapper } = await mountAs("platform", ProductList);
    expect(wrapper.text()).toContain("鲜果坊");
    actionsOf("商品1").find((el) => el.textContent?.trim() === "驳回")!.click();
    await answerMessageBox("图片模糊");
    await vi.waitFor(() => expect(bodyOf(fetchMock.mock.calls, "POST", "/api/v1/admin/products/1/reject")).toEqual({ reason: "图片模糊" }));
  });

  it("[PLT-4] platform bans an on-sale product with a reason and approves a pending one", async () => {
    const fetchMock = productsApi();
    await mountAs("platform", ProductList);
    expect(actionsOf("商品2").map((el) => el.textContent?.trim())).toEqual(["违规下架", "销量注水", "记录"]);
    actionsOf("商品2").find((el) => el.textContent?.trim() === "违规下架")!.click();
    await answerMessageBox("假货");
    await vi.waitFor(() => expect(bodyOf(fetchMock.mock.calls, "POST", "/api/v1/admin/products/2/ban")).toEqual({ reason: "假货" }));

    actionsOf("商品1").find((el) => el.textContent?.trim() === "审核通过")!.click();
    await vi.waitFor(() => expect(fetchMock.mock.calls.some(([url]) => url === "/api/v1/admin/products/1/approve")).toBe(true));
  });

  it("[PLT-5] platform sets padded sales; sales show real + padded; sort is edited inline", async () => {
    const fetchMock = productsApi();
    const { wrapper } = await mountAs("platform", ProductList);
    expect(wrapper.text()).toContain("150（120+30）");
    actionsOf("商品2").find((el) => el.textContent?.trim() === "销量注水")!.click();
    await answerMessageBox("500");
    await vi.waitFor(() => expect(bodyOf(fetchMock.mock.calls, "PATCH", "/api/v1/admin/products/2")).toEqual({ padded_sales: 500 }));

    const sortInput = [...document.querySelectorAll("tr")].find((tr) => tr.textContent?.includes("商品3"))!
      .querySelector<HTMLInputElement>(".el-input-number input")!;
    sortInput.value = "9";
    sortInput.dispatchEvent(new Event("input"));
    sortInput.dispatchEvent(new Event("change"));
    await vi.waitFor(() => expect(bodyOf(fetchMock.mock.calls, "PATCH", "/api/v1/admin/products/3")).toEqual({ sort: 9 }));
  });

  it("[PLT-4] bulk action shows how many succeeded and why the others failed", async () => {
    const fetchMock = productsApi();
    const { wrapper } = await mountAs("merchant", ProductList);
    const checkboxes = document.querySelectorAll<HTMLInputElement>(".el-table__body .el-checkbox__original");
    checkboxes[0]!.click();
    checkboxes[1]!.click();
    await flushPromises();
    expect(wrapper.text()).toContain("已选 2 个");
    buttonByText(document, "批量提交审核").click();
    await answerMessageBox();

    const summary = await waitForElement("[data-test=bulk-summary]");
    expect(summary.textContent).toContain("成功 1 个，失败 1 个");
    expect(document.body.textContent).toContain("出售中的商品不能提交审核");
    expect(bodyOf(fetchMock.mock.calls, "POST", "/api/v1/admin/products/bulk")).toEqual({ ids: [1, 2], action: "submit" });
  });

  it("[PLT-6] a rejected import lists the rows to fix", async () => {
    const fetchMock = productsApi((url, init) =>
      url === "/api/v1/admin/products/import" && init.method === "POST"
        ? jsonResponse(422, {
            ...errorEnvelope("import_invalid", "导入文件有误"),
            rows: [
              { row: 3, column: "售价", message: "必须大于 0" },
              { row: 5, column: "分类", message: "分类不存在" },
            ],
          })
        : undefined,
    );
    const { wrapper } = await mountAs("merchant", ProductList);
    await wrapper.get("[data-test=open-import]").trigger("click");
    const input = await waitForElement("[data-test=import-file]");
    const file = new File(["x"], "商品.xlsx");
    Object.defineProperty(input, "files", { value: [file], configurable: true });
    input.dispatchEvent(new Event("change"));

    await vi.waitFor(() => expect(document.querySelector(".import-errors")?.textContent).toContain("分类不存在"));
    const table = document.querySelector(".import-errors")!.textContent!;
    expect(table).toContain("售价");
    expect(table).toContain("必须大于 0");
    const [, init] = fetchMock.mock.calls.find(([url]) => url === "/api/v1/admin/products/import")!;
    expect(init.body).toBeInstanceOf(FormData);
    expect((init.body as FormData).get("file")).toBeInstanceOf(File);
    expect((init.headers as Record<string, string>).Authorization).toBe("Bearer tok");
  });

  it("[PLT-6] export downloads the filtered xlsx with the token", async () => {
    const fetchMock = productsApi((url) =>
      url.startsWith("/api/v1/admin/products/export") ? new Response(new Blob(["xlsx"]), { status: 200 }) : undefined,
    );
    const createObjectURL = vi.fn(() => "blob:x");
    vi.stubGlobal("URL", Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const { wrapper } = await mountAs("platform", ProductList);
    await wrapper.findAll(".el-tabs__item").find((tab) => tab.text() === "出售中")!.trigger("click");
    await flushPromises();
    await wrapper.get("[data-test=export]").trigger("click");
    await flushPromises();

    const [url, init] = fetchMock.mock.calls.find(([u]) => u.startsWith("/api/v1/admin/products/export"))!;
    expect(url).toBe("/api/v1/admin/products/export?status=on_sale");
    expect((init.headers as Record<string, string>).Authorization).toBe("Bearer tok");
    expect(createObjectURL).toHaveBeenCalled();
  });
});

describe("product audit", () => {
  it("[PLT-4] lists pending products and shows a product's SKUs in the expand row", async () => {
    const fetchMock = productsApi();
    const { wrapper } = await mountAs("platform", AuditPage);
    expect(fetchMock.mock.calls.find(([url]) => url.startsWith("/api/v1/admin/products?"))![0]).toContain("status=pending");
    await wrapper.find(".el-table__expand-icon").trigger("click");
    await flushPromises();
    const skus = await waitForElement("[data-test=sku-view]");
    await vi.waitFor(() => expect(skus.textContent).toContain("A-1"));
    expect(skus.textContent).toContain("19.90");
    expect(skus.textContent).toContain("190.00");
  });

  it("[PLT-4] shows the product timeline", async () => {
    productsApi((url) =>
      url === "/api/v1/admin/products/1/timeline"
        ? jsonResponse(200, { items: [{ event: "submit", from_state: "draft", to_state: "pending", actor: "店长", note: "", created_at: "2026-01-01T00:00:00Z" }] })
        : undefined,
    );
    await mountAs("platform", AuditPage);
    expect([...document.querySelectorAll(".el-table__body tr:first-child [data-action]")].map((el) => el.textContent?.trim())).toEqual(["审核通过", "驳回", "记录"]);
    document.querySelector<HTMLElement>(".el-table__body tr [data-action=timeline]")!.click();
    await vi.waitFor(() => expect(document.querySelector(".product-timeline")?.textContent).toContain("提交审核"));
    expect(document.querySelector(".product-timeline")?.textContent).toContain("草稿 → 待审核");
  });
});
