import { flushPromises } from "@vue/test-utils";
import { List } from "vant";
import { describe, expect, it, vi } from "vitest";

import { setToken } from "@/core/api";

import { facets, searchPage, tree } from "./catalog-fixtures";
import { fakeApi, jsonResponse, mountAt, product, queryOf } from "./helpers";

const pageNotFound = () => jsonResponse(404, { error: { code: "page_not_found", message: "页面不存在", fields: {} } });
const cardIds = (wrapper: Awaited<ReturnType<typeof mountAt>>["wrapper"]) =>
  wrapper.findAll("[data-test='listing-card']").map((c) => Number(c.attributes("data-product-id")));

describe("category centre", () => {
  it("[SDUI-5] the category centre draws level 1 in the drawer, level 2 as groups and level 3 as an icon grid", async () => {
    fakeApi({ "GET /pages/category": pageNotFound, "GET /categories/tree": { items: tree } });
    const { wrapper } = await mountAt("/category");
    await vi.waitFor(() => expect(wrapper.findAll("[data-test='category-l1']")).toHaveLength(2));
    expect(wrapper.find("[data-test='category-l2']").text()).toContain("厨具");
    expect(wrapper.findAll("[data-test='category-l3']").map((x) => x.text())).toEqual(["保温杯", "炒锅"]);
    expect(wrapper.find("[data-test='category-l3'] img, [data-test='category-l3'] .van-image").exists()).toBe(true);

    await wrapper.findAll("[data-test='category-l1']")[1].trigger("click");
    expect(wrapper.findAll("[data-test='category-l3']").map((x) => x.text())).toEqual(["羽绒服"]);
  });

  it("[SEARCH-6] a level-3 or level-2 tap opens its listing", async () => {
    fakeApi({
      "GET /pages/category": pageNotFound,
      "GET /categories/tree": { items: tree },
      "GET /search/products": searchPage([1]),
    });
    const { wrapper, router } = await mountAt("/category");
    await vi.waitFor(() => expect(wrapper.find("[data-test='category-l3']").exists()).toBe(true));
    await wrapper.find("[data-test='category-l3'][data-category-id='112']").trigger("click");
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe("/category/112"));

    await router.push("/category");
    await vi.waitFor(() => expect(wrapper.find("[data-test='category-l2']").exists()).toBe(true));
    await wrapper.find("[data-test='category-l2']").trigger("click");
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe("/category/11"));
  });
});

describe("listing and search results", () => {
  it("[SEARCH-6] a category listing asks for its products with facets, sorted 综合", async () => {
    const fetch = fakeApi({ "GET /search/products": searchPage([1, 2, 3]) });
    const { wrapper } = await mountAt("/category/111");
    await vi.waitFor(() => expect(cardIds(wrapper)).toEqual([1, 2, 3]));
    expect(queryOf(fetch, "/search/products")).toEqual({ category_id: "111", sort: "composite", page: "1", page_size: "20", facets: "1" });
    expect(wrapper.find("[data-test='sort-composite']").classes()).toContain("is-active");
  });

  it("[SEARCH-1] results of /search?keyword= ask with the keyword", async () => {
    const fetch = fakeApi({ "GET /search/products": searchPage([7]) });
    const { wrapper } = await mountAt("/search?keyword=保温杯");
    await vi.waitFor(() => expect(cardIds(wrapper)).toEqual([7]));
    expect(queryOf(fetch, "/search/products")).toMatchObject({ keyword: "保温杯", sort: "composite" });
    expect(wrapper.find("[data-test='listing-search']").text()).toBe("保温杯");
  });

  it("[SEARCH-1] loads the next page on scroll and stops at the total", async () => {
    const fetch = fakeApi({
      "GET /search/products": (url: URL) =>
        url.searchParams.get("page") === "1" ? searchPage([1, 2], 3) : searchPage([3], 3, 2, false),
    });
    const { wrapper } = await mountAt("/category/111");
    await vi.waitFor(() => expect(cardIds(wrapper).slice(0, 2)).toEqual([1, 2]));
    // VanList asks for more when its end is in view (it may already have); never twice at once.
    wrapper.findComponent(List).vm.$emit("load");
    await vi.waitFor(() => expect(cardIds(wrapper)).toEqual([1, 2, 3]));
    wrapper.findComponent(List).vm.$emit("load");
    await flushPromises();
    expect(fetch.mock.calls).toHaveLength(2);
    expect(queryOf(fetch, "/search/products", 1)).toMatchObject({ page: "2" });
    expect(queryOf(fetch, "/search/products", 1).facets).toBeUndefined();
    expect(wrapper.text()).toContain("没有更多了");
  });

  it("[SEARCH-1] says so when nothing matches", async () => {
    fakeApi({ "GET /search/products": { items: [], total: 0, page: 1, page_size: 20, facets } });
    const { wrapper } = await mountAt("/search?keyword=不存在");
    await vi.waitFor(() => expect(wrapper.find("[data-test='empty-state']").exists()).toBe(true));
    expect(wrapper.text()).toContain("没有找到相关商品");
  });

  it("[SEARCH-5] sorts by 销量, 新品 and toggles 价格 between ascending and descending", async () => {
    const fetch = fakeApi({ "GET /search/products": searchPage([1]) });
    const { wrapper } = await mountAt("/category/111");
    await vi.waitFor(() => expect(cardIds(wrapper)).toEqual([1]));
    const sortOf = (n: number) => queryOf(fetch, "/search/products", n).sort;

    await wrapper.find("[data-test='sort-sales']").trigger("click");
    await vi.waitFor(() => expect(sortOf(-1)).toBe("sales"));
    expect(wrapper.find("[data-test='sort-sales']").classes()).toContain("is-active");

    await wrapper.find("[data-test='sort-price']").trigger("click");
    await vi.waitFor(() => expect(sortOf(-1)).toBe("price_asc"));
    await wrapper.find("[data-test='sort-price']").trigger("click");
    await vi.waitFor(() => expect(sortOf(-1)).toBe("price_desc"));
    await wrapper.find("[data-test='sort-price']").trigger("click");
    await vi.waitFor(() => expect(sortOf(-1)).toBe("price_asc"));

    await wrapper.find("[data-test='sort-newest']").trigger("click");
    await vi.waitFor(() => expect(sortOf(-1)).toBe("newest"));
    expect(queryOf(fetch, "/search/products", -1).page).toBe("1");
  });

  it("[SEARCH-6] builds the filter popup from the facets, with counts", async () => {
    fakeApi({ "GET /search/products": searchPage([1]) });
    const { wrapper } = await mountAt("/search?keyword=杯");
    await vi.waitFor(() => expect(cardIds(wrapper)).toEqual([1]));
    await wrapper.find("[data-test='filter-button']").trigger("click");

    expect(wrapper.findAll("[data-test='filter-brand']").map((b) => b.text())).toEqual(["象印(2)", "膳魔师(1)"]);
    expect(wrapper.findAll("[data-test='filter-tag']").map((b) => b.text())).toEqual(["新品(2)", "包邮(3)"]);
    expect(wrapper.find("[data-attribute-id='3']").text()).toContain("材质");
    expect(wrapper.findAll("[data-test='filter-attr']").map((b) => b.text())).toEqual(["不锈钢(2)", "陶瓷(1)"]);
    expect(wrapper.find("[data-test='filter-in-stock']").exists()).toBe(true);
  });

  it("[SEARCH-6] applies brand, tags, attributes, price range in 元 and 仅看有货", async () => {
    const fetch = fakeApi({ "GET /search/products": searchPage([1]) });
    const { wrapper } = await mountAt("/search?keyword=杯");
    await vi.waitFor(() => expect(cardIds(wrapper)).toEqual([1]));
    await wrapper.find("[data-test='filter-button']").trigger("click");

    await wrapper.find("[data-test='filter-brand'][data-value='5']").trigger("click");
    await wrapper.find("[data-test='filter-tag'][data-value='新品']").trigger("click");
    await wrapper.find("[data-test='filter-tag'][data-value='包邮']").trigger("click");
    await wrapper.find("[data-test='filter-attr'][data-value='不锈钢']").trigger("click");
    await wrapper.find("[data-test='filter-price-min']").setValue("10");
    await wrapper.find("[data-test='filter-price-max']").setValue("99.5");
    await wrapper.find("[data-test='filter-in-stock']").trigger("click");
    expect(wrapper.find("[data-test='filter-brand'][data-value='5']").attributes("aria-pressed")).toBe("true");
    await wrapper.find("[data-test='filter-confirm']").trigger("click");

    await vi.waitFor(() =>
      expect(queryOf(fetch, "/search/products", -1)).toEqual({
        keyword: "杯",
        brand_id: "5",
        tags: "新品,包邮",
        attrs: "3:不锈钢",
        price_min: "1000",
        price_max: "9950",
        in_stock: "1",
        sort: "composite",
        page: "1",
        page_size: "20",
        facets: "1",
      }),
    );
    expect(wrapper.find("[data-test='filter-button']").text()).toContain("6");
  });

  it("[SEARCH-6] a keyword search filters by category from the facets; a category listing offers none", async () => {
    const fetch = fakeApi({ "GET /search/products": searchPage([1]) });
    const { wrapper, router } = await mountAt("/search?keyword=杯");
    await vi.waitFor(() => expect(cardIds(wrapper)).toEqual([1]));
    await wrapper.find("[data-test='filter-button']").trigger("click");
    expect(wrapper.find("[data-test='filter-category']").text()).toBe("保温杯(3)");
    await wrapper.find("[data-test='filter-category'][data-value='111']").trigger("click");
    await wrapper.find("[data-test='filter-confirm']").trigger("click");
    await vi.waitFor(() => expect(queryOf(fetch, "/search/products", -1)).toMatchObject({ keyword: "杯", category_id: "111" }));

    await router.push("/category/111");
    await vi.waitFor(() => expect(queryOf(fetch, "/search/products", -1)).toEqual({ category_id: "111", sort: "composite", page: "1", page_size: "20", facets: "1" }));
    await wrapper.find("[data-test='filter-button']").trigger("click");
    expect(wrapper.find("[data-test='filter-category']").exists()).toBe(false);
  });

  it("[SEARCH-6] 重置 clears the draft and a second tap on a chosen option unchooses it", async () => {
    const fetch = fakeApi({ "GET /search/products": searchPage([1]) });
    const { wrapper } = await mountAt("/category/111");
    await vi.waitFor(() => expect(cardIds(wrapper)).toEqual([1]));
    await wrapper.find("[data-test='filter-button']").trigger("click");
    await wrapper.find("[data-test='filter-brand'][data-value='6']").trigger("click");
    await wrapper.find("[data-test='filter-brand'][data-value='6']").trigger("click");
    await wrapper.find("[data-test='filter-tag'][data-value='新品']").trigger("click");
    await wrapper.find("[data-test='filter-reset']").trigger("click");
    await wrapper.find("[data-test='filter-confirm']").trigger("click");
    await vi.waitFor(() => expect(fetch.mock.calls.length).toBe(2));
    const query = queryOf(fetch, "/search/products", -1);
    expect(query.brand_id).toBeUndefined();
    expect(query.tags).toBeUndefined();
  });

  it("[SEARCH-7] cards show image, title, price, original price, sales, 自营, tags and marks", async () => {
    fakeApi({
      "GET /search/products": {
        items: [product(9, { title: "象印保温杯", price: 12900, original_price: 19900, sales: 12345, self_operated: true, tags: ["新品"], marks: [{ kind: "full_reduction", text: "满199减20" }, { kind: "coupon", text: "领券" }, { kind: "full_gift", text: "满299赠" }] })],
        total: 1,
        page: 1,
        page_size: 20,
      },
    });
    const { wrapper } = await mountAt("/search?keyword=象印");
    await vi.waitFor(() => expect(cardIds(wrapper)).toEqual([9]));
    const card = wrapper.find("[data-test='listing-card']");
    expect(card.find("img, .van-image").exists()).toBe(true);
    expect(card.text()).toContain("象印保温杯");
    expect(card.find(".price").text()).toBe("¥129.00");
    expect(card.find(".pcard__original").text()).toBe("¥199.00");
    expect(card.text()).toContain("已售1.2万");
    expect(card.find(".pcard__self").text()).toBe("自营");
    expect(card.find(".pcard__tag").text()).toBe("新品");
    // two marks at most on a 2-column card, in the API's order, each styled by its kind
    expect(card.findAll("[data-test='mark']").map((m) => [m.text(), m.attributes("data-kind")])).toEqual([["满199减20", "full_reduction"], ["领券", "coupon"]]);
    expect(card.find("[data-kind='coupon']").classes()).toContain("mark--coupon");
  });

  it("[SEARCH-7] a card opens the product", async () => {
    const fetch = fakeApi({ "GET /search/products": searchPage([4]) });
    const { wrapper, router } = await mountAt("/category/111");
    await vi.waitFor(() => expect(cardIds(wrapper)).toEqual([4]));
    await wrapper.find("[data-test='listing-card']").trigger("click");
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe("/product/4"));
    await flushPromises();
    expect(fetch.mock.calls.filter(([url]) => url.includes("/search/products"))).toHaveLength(1);
  });
});

describe("search page", () => {
  it("[SEARCH-4] suggests while typing, debounced, and a suggestion opens its results", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    try {
      const fetch = fakeApi({
        "GET /search/hot": { preset: ["保温杯"], hot: [] },
        "GET /search/suggest": (url: URL) => ({ items: [`${url.searchParams.get("keyword")}杯`, "保温壶"] }),
        "GET /search/products": searchPage([1]),
      });
      const { wrapper, router } = await mountAt("/search");
      const input = wrapper.find("[data-test='search-input'] input");
      await input.setValue("b");
      await input.setValue("bw");
      await input.setValue("bwb");
      await vi.advanceTimersByTimeAsync(300);
      await flushPromises();
      const suggestCalls = fetch.mock.calls.filter(([url]) => url.includes("/search/suggest"));
      expect(suggestCalls).toHaveLength(1);
      expect(queryOf(fetch, "/search/suggest")).toEqual({ keyword: "bwb" });
      expect(wrapper.findAll("[data-test='search-suggestion']").map((s) => s.text())).toEqual(["bwb杯", "保温壶"]);

      await wrapper.findAll("[data-test='search-suggestion']")[1].trigger("click");
      await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe(`/search?keyword=${encodeURIComponent("保温壶")}`));
    } finally {
      vi.useRealTimers();
    }
  });

  it("[SEARCH-2] shows a signed-in shopper's history and clears it", async () => {
    setToken("buyer");
    const fetch = fakeApi({
      "GET /search/hot": { preset: [], hot: [] },
      "GET /search/history": { items: ["羽绒服", "洗衣液"] },
      "DELETE /search/history": undefined,
    });
    const { wrapper } = await mountAt("/search");
    await vi.waitFor(() => expect(wrapper.findAll("[data-test='search-history-item']")).toHaveLength(2));
    await wrapper.find("[data-test='search-history-clear']").trigger("click");
    await vi.waitFor(() => expect(wrapper.find("[data-test='search-history-item']").exists()).toBe(false));
    expect(fetch.mock.calls.some(([url, init]) => url.endsWith("/search/history") && init.method === "DELETE")).toBe(true);
  });

  it("[SEARCH-2] asks no history when signed out", async () => {
    const fetch = fakeApi({ "GET /search/hot": { preset: [], hot: ["羽绒服"] } });
    const { wrapper } = await mountAt("/search");
    await vi.waitFor(() => expect(wrapper.find("[data-test='search-hot-word']").exists()).toBe(true));
    expect(fetch.mock.calls.some(([url]) => url.includes("/search/history"))).toBe(false);
  });

  it("[SEARCH-3] shows preset and hot words; the first preset word is the placeholder and the empty search", async () => {
    fakeApi({ "GET /search/hot": { preset: ["双11好物", "保温杯"], hot: ["羽绒服", "洗衣液", "电饭煲"] } });
    const { wrapper, router } = await mountAt("/search");
    await vi.waitFor(() => expect(wrapper.findAll("[data-test='search-hot-word']")).toHaveLength(3));
    expect(wrapper.findAll("[data-test='search-preset-word']").map((w) => w.text())).toEqual(["双11好物", "保温杯"]);
    expect(wrapper.find("[data-test='search-input'] input").attributes("placeholder")).toBe("双11好物");

    await wrapper.find("[data-test='search-submit']").trigger("click");
    await vi.waitFor(() => expect(router.currentRoute.value.query.keyword).toBe("双11好物"));
  });

  it("[SEARCH-1] submitting the typed keyword opens the results view", async () => {
    fakeApi({ "GET /search/hot": { preset: [], hot: [] }, "GET /search/suggest": { items: [] }, "GET /search/products": searchPage([3]) });
    const { wrapper, router } = await mountAt("/search");
    await wrapper.find("[data-test='search-input'] input").setValue(" 电饭煲 ");
    await wrapper.find("form").trigger("submit");
    await vi.waitFor(() => expect(router.currentRoute.value.query.keyword).toBe("电饭煲"));
    await vi.waitFor(() => expect(cardIds(wrapper)).toEqual([3]));
  });
});
