import { flushPromises } from "@vue/test-utils";
import { afterEach, describe, expect, it, vi } from "vitest";

import LibraryPage from "@/views/catalog/library/index.vue";
import ReviewsPage from "@/views/catalog/reviews/index.vue";

import { errorEnvelope, jsonResponse, mockFetch } from "../helpers";
import { bodyOf, mountAs, page, waitForElement } from "./helpers";

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = "";
});

const rowWith = (text: string) =>
  [...document.querySelectorAll<HTMLElement>(".el-table__body tr")].find((tr) => tr.textContent?.includes(text))!;

describe("library", () => {
  const product = (id: number, title: string) => ({
    id, title, image: "", shop_id: 1, shop_name: "平台自营", category_id: 9, price: 1990, stock: 5, sales: 3,
    padded_sales: 0, status: "on_sale", sort: 0, audit_reason: "", updated_at: "2026-01-01T00:00:00Z",
  });

  function libraryApi() {
    return mockFetch((url, init) => {
      if (url === "/api/v1/admin/categories/tree") return jsonResponse(200, { items: [] });
      if (url.startsWith("/api/v1/admin/library?")) return jsonResponse(200, page([product(1, "库中保温杯")]));
      if (url === "/api/v1/admin/library/1/copy") return jsonResponse(201, { ...product(42, "库中保温杯"), status: "draft" });
      if (url === "/api/v1/admin/library" && init.method === "POST") return jsonResponse(204);
      if (url.startsWith("/api/v1/admin/products?")) return jsonResponse(200, page([product(2, "爆款水杯"), product(3, "玻璃杯")]));
      return jsonResponse(404, errorEnvelope("not_found", ""));
    });
  }

  it("[PLT-6] a merchant copies a library product into their shop and edits the copy", async () => {
    const fetchMock = libraryApi();
    const { router } = await mountAs("merchant", LibraryPage);
    expect(document.querySelector("[data-test=open-picker]")).toBeNull();
    expect(rowWith("库中保温杯").querySelector("[data-action=remove]")).toBeNull();
    rowWith("库中保温杯").querySelector<HTMLElement>("[data-action=copy]")!.click();
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe("/catalog/products/42/edit"));
    expect(fetchMock.mock.calls.some(([url, init]) => url === "/api/v1/admin/library/1/copy" && init.method === "POST")).toBe(true);
  });

  it("[PLT-6] the platform adds approved products picked from the product list", async () => {
    const fetchMock = libraryApi();
    const { wrapper } = await mountAs("platform", LibraryPage);
    expect(rowWith("库中保温杯").querySelector("[data-action=copy]")).toBeNull();
    await wrapper.get("[data-test=open-picker]").trigger("click");
    const dialog = await waitForElement(".el-dialog");
    await vi.waitFor(() => expect(dialog.textContent).toContain("玻璃杯"));
    expect(fetchMock.mock.calls.find(([url]) => url.startsWith("/api/v1/admin/products?"))![0]).toContain("status=on_sale");
    dialog.querySelectorAll<HTMLInputElement>(".el-table__body .el-checkbox__original")[1]!.click();
    await flushPromises();
    dialog.querySelector<HTMLElement>("[data-test=pick-confirm]")!.click();
    await vi.waitFor(() => expect(bodyOf(fetchMock.mock.calls, "POST", "/api/v1/admin/library")).toEqual({ product_ids: [3] }));
  });
});

describe("reviews", () => {
  const review = (id: number, content: string, extra: Record<string, unknown> = {}) => ({
    id, product_id: 1, product_title: "保温杯", shop_id: 7, sku_text: "红 / L", user: { nickname: "小明", avatar: "" },
    rating: 5, logistics_rating: 5, content, images: [], tags: [], reply: null, is_hidden: false,
    created_at: "2026-01-01T00:00:00Z", ...extra,
  });

  function reviewsApi() {
    return mockFetch((url) => {
      if (url.startsWith("/api/v1/admin/reviews?")) {
        return jsonResponse(200, page([review(1, "很好用"), review(2, "广告内容", { is_hidden: true })]));
      }
      if (/\/admin\/reviews\/\d+\/(reply|hide|show)$/.test(url)) return jsonResponse(204);
      return jsonResponse(404, errorEnvelope("not_found", ""));
    });
  }

  it("[REV-5] a merchant replies to a review and cannot hide it", async () => {
    const fetchMock = reviewsApi();
    await mountAs("merchant", ReviewsPage);
    expect(document.querySelector("[data-action=hide]")).toBeNull();
    rowWith("很好用").querySelector<HTMLElement>("[data-action=reply]")!.click();
    await flushPromises();
    const text = await waitForElement("[data-test=reply-text] textarea, textarea[data-test=reply-text]");
    (text as HTMLTextAreaElement).value = "感谢支持";
    text.dispatchEvent(new Event("input"));
    await flushPromises();
    document.querySelector<HTMLElement>("[data-test=send-reply]")!.click();
    await vi.waitFor(() => expect(bodyOf(fetchMock.mock.calls, "POST", "/api/v1/admin/reviews/1/reply")).toEqual({ content: "感谢支持" }));
  });

  it("[REV-5] the platform hides a review and shows a hidden one; filters go to the query", async () => {
    const fetchMock = reviewsApi();
    await mountAs("platform", ReviewsPage);
    expect(document.querySelector("[data-action=reply]")).toBeNull();
    rowWith("很好用").querySelector<HTMLElement>("[data-action=hide]")!.click();
    await vi.waitFor(() => expect(fetchMock.mock.calls.some(([url, init]) => url === "/api/v1/admin/reviews/1/hide" && init.method === "POST")).toBe(true));
    rowWith("广告内容").querySelector<HTMLElement>("[data-action=show]")!.click();
    await vi.waitFor(() => expect(fetchMock.mock.calls.some(([url]) => url === "/api/v1/admin/reviews/2/show")).toBe(true));

    (document.querySelector(".page-toolbar .el-select__wrapper") as HTMLElement).click();
    await flushPromises();
    [...document.querySelectorAll<HTMLElement>(".el-select-dropdown__item")].find((el) => el.textContent?.includes("差评"))!.click();
    await vi.waitFor(() => expect(fetchMock.mock.calls.at(-1)![0]).toContain("rating=bad"));
  });
});
