import { describe, expect, it, vi } from "vitest";

import { fakeApi, jsonResponse, mountAt, queryOf } from "./helpers";

const brands = [
  { id: 3, name: "美的", english_name: "Midea", letter: "M", logo: "", is_recommended: false, sort: 0 },
  { id: 1, name: "华为", english_name: "HUAWEI", letter: "H", logo: "https://img.example.com/hw.png", is_recommended: true, sort: 0 },
  { id: 5, name: "海尔", english_name: "", letter: "H", logo: "", is_recommended: false, sort: 0 },
  { id: 7, name: "3M", english_name: "", letter: "#", logo: "", is_recommended: false, sort: 0 },
];
const pageNotFound = () => jsonResponse(404, { error: { code: "page_not_found", message: "页面不存在", fields: {} } });
const emptyResults = { items: [], total: 0, page: 1, page_size: 20, facets: null };

describe("brand index", () => {
  it("[PLT-7] lists brands under their A–Z letters with an index bar, recommended ones on top", async () => {
    fakeApi({ "GET /brands": { items: brands } });
    const { wrapper } = await mountAt("/brands");
    await vi.waitFor(() => expect(wrapper.findAll("[data-test='brand']")).toHaveLength(4));
    expect(wrapper.findAll("[data-test='brand-letter']").map((a) => a.text())).toEqual(["H", "M", "#"]);
    expect(wrapper.findAll("[data-test='brand']").map((b) => b.find(".van-cell__title span").text())).toEqual([
      "华为", "海尔", "美的", "3M",
    ]);
    expect(wrapper.findAll(".van-index-bar__index").map((i) => i.text())).toEqual(["H", "M", "#"]);
    expect(wrapper.findAll("[data-test='recommended-brand']").map((b) => b.text())).toEqual(["华为"]);
  });

  it("[PLT-7] tapping a brand opens its listing, filtered by the brand and titled with its name", async () => {
    const fetch = fakeApi({ "GET /brands": { items: brands }, "GET /search/products": emptyResults });
    const { wrapper, router } = await mountAt("/brands");
    await vi.waitFor(() => expect(wrapper.find("[data-test='brand'][data-brand-id='3']").exists()).toBe(true));
    await wrapper.find("[data-test='brand'][data-brand-id='3']").trigger("click");
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe("/brand/3"));
    await vi.waitFor(() => expect(queryOf(fetch, "/search/products")).toMatchObject({ brand_id: "3", sort: "composite" }));
    await vi.waitFor(() => expect(wrapper.text()).toContain("美的"));
  });

  it("[PLT-7] says so when there are no brands, and offers a retry when loading fails", async () => {
    let calls = 0;
    fakeApi({
      "GET /brands": () => (++calls === 1 ? jsonResponse(500, { error: { code: "internal_error", message: "服务繁忙", fields: {} } }) : { items: [] }),
    });
    const { wrapper } = await mountAt("/brands");
    await vi.waitFor(() => expect(wrapper.text()).toContain("服务繁忙"));
    await wrapper.find("[data-test='brands-retry']").trigger("click");
    await vi.waitFor(() => expect(wrapper.text()).toContain("暂无品牌"));
  });

  it("[PLT-7] the brand wall's 更多 page shows the index until operators publish a brand-center page", async () => {
    fakeApi({ "GET /pages/brand-center": pageNotFound, "GET /brands": { items: brands } });
    const { wrapper } = await mountAt("/page/brand-center");
    await vi.waitFor(() => expect(wrapper.findAll("[data-test='brand']")).toHaveLength(4));
  });
});
