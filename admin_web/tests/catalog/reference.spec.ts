import { flushPromises } from "@vue/test-utils";
import { afterEach, describe, expect, it, vi } from "vitest";

import BrandsPage from "@/views/catalog/brands/index.vue";
import CategoriesPage from "@/views/catalog/categories/index.vue";
import TagsPage from "@/views/catalog/tags/index.vue";

import { errorEnvelope, jsonResponse, mockFetch } from "../helpers";
import { answerMessageBox, bodyOf, buttonByText, mountAs, page, waitForElement } from "./helpers";

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = "";
});

const bodyRows = (root: ParentNode = document) => [...root.querySelectorAll<HTMLElement>(".el-table__body tr")];
const rowWith = (text: string, root: ParentNode = document) => bodyRows(root).find((tr) => tr.textContent?.includes(text))!;

describe("brands", () => {
  const brand = (id: number, name: string, status: string) => ({
    id, name, english_name: "", letter: "A", logo: "", is_recommended: false, sort: 0, status, shop_id: 7, reject_reason: "",
  });

  function brandsApi() {
    return mockFetch((url, init) => {
      if (url.startsWith("/api/v1/admin/brands?")) return jsonResponse(200, page([brand(1, "安踏", "pending"), brand(2, "李宁", "approved")]));
      if (url === "/api/v1/admin/brands" && init.method === "POST") {
        return jsonResponse(201, { ...brand(3, "新牌", "pending"), ...JSON.parse(init.body as string) });
      }
      if (/\/admin\/brands\/\d+(\/\w+)?$/.test(url)) return jsonResponse(200, brand(1, "安踏", "approved"));
      return jsonResponse(404, errorEnvelope("not_found", ""));
    });
  }

  it("[PLT-7] platform approves a pending brand and rejects one with a reason", async () => {
    const fetchMock = brandsApi();
    const { wrapper } = await mountAs("platform", BrandsPage);
    expect(wrapper.text()).toContain("待审核");
    rowWith("安踏").querySelector<HTMLElement>("[data-action=approve]")!.click();
    await vi.waitFor(() => expect(fetchMock.mock.calls.some(([url, init]) => url === "/api/v1/admin/brands/1/approve" && init.method === "POST")).toBe(true));

    rowWith("安踏").querySelector<HTMLElement>("[data-action=reject]")!.click();
    await answerMessageBox("商标证明不全");
    await vi.waitFor(() => expect(bodyOf(fetchMock.mock.calls, "POST", "/api/v1/admin/brands/1/reject")).toEqual({ reason: "商标证明不全" }));
    expect(rowWith("李宁").querySelector("[data-action=approve]")).toBeNull();
  });

  it("[PLT-7] platform toggles a brand's recommendation", async () => {
    const fetchMock = brandsApi();
    await mountAs("platform", BrandsPage);
    rowWith("李宁").querySelector<HTMLElement>(".el-switch")!.click();
    await vi.waitFor(() => expect(bodyOf(fetchMock.mock.calls, "PATCH", "/api/v1/admin/brands/2")).toEqual({ is_recommended: true }));
  });

  it("[PLT-7] a merchant creates a brand that waits for audit and sees no audit action", async () => {
    const fetchMock = brandsApi();
    const { wrapper } = await mountAs("merchant", BrandsPage);
    expect(document.querySelector("[data-action=approve]")).toBeNull();
    expect(document.querySelector(".el-switch")).toBeNull();
    await wrapper.get("[data-test=create-brand]").trigger("click");
    const dialog = await waitForElement(".el-dialog");
    expect(dialog.textContent).not.toContain("推荐");
    const name = dialog.querySelector<HTMLInputElement>("input[name=name]")!;
    name.value = "新牌";
    name.dispatchEvent(new Event("input"));
    (dialog.querySelector(".el-select__wrapper") as HTMLElement).click();
    await flushPromises();
    // The page's letter filter has the same options: the dialog's dropdown is the last one opened.
    [...document.querySelectorAll<HTMLElement>(".el-select-dropdown__item")].filter((el) => el.textContent?.trim() === "X").at(-1)!.click();
    await flushPromises();
    buttonByText(dialog, "保存").click();
    await vi.waitFor(() => expect(bodyOf(fetchMock.mock.calls, "POST", "/api/v1/admin/brands")).toMatchObject({ name: "新牌", letter: "X" }));
  });
});

describe("tags", () => {
  const tags = [
    { id: 1, name: "新品", sort: 0, is_enabled: true },
    { id: 2, name: "热卖", sort: 1, is_enabled: true },
    { id: 3, name: "清仓", sort: 2, is_enabled: false },
  ];

  it("[PLT-7] moving a tag down saves the new order", async () => {
    const fetchMock = mockFetch((url, init) => {
      if (url === "/api/v1/admin/tags" && (init.method ?? "GET") === "GET") return jsonResponse(200, { items: tags });
      if (url === "/api/v1/admin/tags/order") return jsonResponse(204);
      return jsonResponse(200, {});
    });
    await mountAs("platform", TagsPage);
    rowWith("新品").querySelector<HTMLElement>("[data-move=down]")!.click();
    await vi.waitFor(() => expect(bodyOf(fetchMock.mock.calls, "PUT", "/api/v1/admin/tags/order")).toEqual({ ids: [2, 1, 3] }));
    await flushPromises();
    expect(bodyRows().map((tr) => tr.querySelector("td")!.textContent)).toEqual(["热卖", "新品", "清仓"]);
    expect((rowWith("热卖").querySelector("[data-move=up]") as HTMLButtonElement).disabled).toBe(true);
  });

  it("[PLT-7] enabling a tag patches it", async () => {
    const fetchMock = mockFetch((url, init) => {
      if (url === "/api/v1/admin/tags" && (init.method ?? "GET") === "GET") return jsonResponse(200, { items: tags });
      return jsonResponse(200, {});
    });
    await mountAs("platform", TagsPage);
    rowWith("清仓").querySelector<HTMLElement>(".el-switch")!.click();
    await vi.waitFor(() => expect(bodyOf(fetchMock.mock.calls, "PATCH", "/api/v1/admin/tags/3")).toEqual({ is_enabled: true }));
  });
});

describe("categories", () => {
  const leaf = { id: 3, name: "水杯", level: 3, icon: "", sort: 0, is_visible: true, children: [] };
  const tree = [
    { id: 1, name: "家居", level: 1, icon: "", sort: 0, is_visible: true, children: [
      { id: 2, name: "厨具", level: 2, icon: "", sort: 0, is_visible: true, children: [leaf] },
    ] },
  ];
  const attr = (id: number, name: string) => ({ id, name, input_type: "option", options: [], is_indexed: false, sort: 0 });

  function categoriesApi() {
    return mockFetch((url, init) => {
      if (url === "/api/v1/admin/categories/tree") return jsonResponse(200, { items: tree });
      if (url === "/api/v1/admin/categories/3/attributes" && init.method === "PUT") {
        const ids = (JSON.parse(init.body as string) as { attribute_ids: number[] }).attribute_ids;
        return jsonResponse(200, { items: ids.map((id) => attr(id, `属性${id}`)) });
      }
      if (url === "/api/v1/admin/categories/3/attributes") return jsonResponse(200, { items: [attr(10, "材质"), attr(11, "容量")] });
      if (url.startsWith("/api/v1/admin/attributes")) return jsonResponse(200, page([attr(10, "材质"), attr(11, "容量"), attr(12, "产地")]));
      if (url === "/api/v1/admin/categories/3/params" && init.method === "PUT") return jsonResponse(200, JSON.parse(init.body as string));
      if (url === "/api/v1/admin/categories/3/params") return jsonResponse(200, { items: [{ group: "主体", name: "产地", sort: 1 }] });
      if (url === "/api/v1/admin/categories/2" && init.method === "DELETE") {
        return jsonResponse(409, errorEnvelope("category_has_children", "category has children"));
      }
      return jsonResponse(404, errorEnvelope("not_found", ""));
    });
  }

  async function expandAll() {
    for (let i = 0; i < 3; i += 1) {
      for (const icon of document.querySelectorAll<HTMLElement>(".el-table__expand-icon:not(.el-table__expand-icon--expanded)")) icon.click();
      await flushPromises();
    }
  }

  it("[PLT-7] links attributes to a level-3 category in the chosen order", async () => {
    const fetchMock = categoriesApi();
    await mountAs("platform", CategoriesPage);
    await expandAll();
    expect(rowWith("厨具").querySelector("[data-action=attributes]")).toBeNull();
    rowWith("水杯").querySelector<HTMLElement>("[data-action=attributes]")!.click();
    const linked = await waitForElement("[data-test=linked-attrs]");
    await vi.waitFor(() => expect(linked.textContent).toContain("容量"));

    // 容量 up, then 产地 linked at the end.
    rowWith("容量", linked).querySelector<HTMLElement>("[data-move=up]")!.click();
    await flushPromises();
    (document.querySelector("[data-test=attr-picker] .el-select__wrapper, .el-select[data-test=attr-picker] .el-select__wrapper") as HTMLElement).click();
    await flushPromises();
    [...document.querySelectorAll<HTMLElement>(".el-select-dropdown__item")].find((el) => el.textContent?.trim() === "产地")!.click();
    await flushPromises();
    document.querySelector<HTMLElement>("[data-test=link-attrs]")!.click();
    await flushPromises();
    document.querySelector<HTMLElement>("[data-test=save-attrs]")!.click();
    await vi.waitFor(() =>
      expect(bodyOf(fetchMock.mock.calls, "PUT", "/api/v1/admin/categories/3/attributes")).toEqual({ attribute_ids: [11, 10, 12] }),
    );
  });

  it("[PLT-7] edits a level-3 category's params", async () => {
    const fetchMock = categoriesApi();
    await mountAs("platform", CategoriesPage);
    await expandAll();
    rowWith("水杯").querySelector<HTMLElement>("[data-action=params]")!.click();
    await vi.waitFor(() => expect(document.querySelector("[data-test=params-table]")?.innerHTML).toContain("param-name-0"));
    document.querySelector<HTMLElement>("[data-test=add-param]")!.click();
    await flushPromises();
    const name = document.querySelector<HTMLInputElement>("[data-test=param-name-1] input, input[data-test=param-name-1]")!;
    name.value = "容量";
    name.dispatchEvent(new Event("input"));
    await flushPromises();
    document.querySelector<HTMLElement>("[data-test=save-params]")!.click();
    await vi.waitFor(() =>
      expect(bodyOf(fetchMock.mock.calls, "PUT", "/api/v1/admin/categories/3/params")).toEqual({
        items: [
          { group: "主体", name: "产地", sort: 1 },
          { group: "主体", name: "容量", sort: 2 },
        ],
      }),
    );
  });

  it("[PLT-7] deleting a category in use shows the server's reason", async () => {
    categoriesApi();
    await mountAs("platform", CategoriesPage);
    await expandAll();
    rowWith("厨具").querySelector<HTMLElement>("[data-action=delete]")!.click();
    await answerMessageBox();
    await vi.waitFor(() => expect(document.querySelector(".el-message")?.textContent).toContain("该分类下还有子分类，不能删除"));
  });
});
