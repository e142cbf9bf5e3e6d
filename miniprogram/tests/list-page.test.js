// 商品列表 / 搜索结果: sorts, the facet filter popup, cards, paging and the empty state.
const { installWx, flush } = require("./helpers/wx.js");
const { serve, openPage, update, card } = require("./helpers/catalog.js");

const PAGE = "pages/list/index";
const FACETS = {
  categories: [{ id: 9, name: "T恤", count: 30 }],
  brands: [{ id: 1, name: "优选", count: 20 }, { id: 2, name: "南极人", count: 10 }],
  tags: [{ name: "新品", count: 12 }, { name: "包邮", count: 8 }],
  attributes: [{ id: 3, name: "材质", values: [{ value: "纯棉", count: 18 }, { value: "涤纶", count: 4 }] }],
};

beforeEach(() => {
  installWx();
  require("../miniprogram/core/api.js").resetClient();
});

/** 45 products, 20 a page. */
function catalogue(total = 45) {
  return serve({
    "GET /search/products": (req) => {
      const page = Number(req.query.page);
      const size = Number(req.query.page_size);
      const count = Math.max(0, Math.min(size, total - (page - 1) * size));
      const items = Array.from({ length: count }, (_, i) => card((page - 1) * size + i + 1));
      return Object.assign({ items, total, page, page_size: size }, req.query.facets ? { facets: FACETS } : {});
    },
  });
}
const searches = (calls) => calls.filter((c) => c.path === "/search/products").map((c) => c.query);

describe("listing page", () => {
  test("[SEARCH-5] sorts: 综合 by default, 销量, 价格 toggling asc ⇄ desc, 新品", async () => {
    const calls = catalogue();
    const comp = await openPage(PAGE, { category_id: "9", title: encodeURIComponent("T恤") });
    expect(wx.setNavigationBarTitle).toHaveBeenCalledWith({ title: "T恤" });
    expect(searches(calls)[0]).toMatchObject({ category_id: "9", sort: "composite", page: "1", facets: "1" });
    const tab = (key) => comp.querySelectorAll(".sort").find((n) => n.dom.getAttribute("data-sort") === key);

    const sortAfterTap = async (key) => {
      tab(key).dispatchEvent("tap");
      await flush(100);
      return searches(calls).pop().sort;
    };
    expect(await sortAfterTap("sales")).toBe("sales");
    expect(await sortAfterTap("price")).toBe("price_asc");
    expect(tab("price").dom.textContent).toContain("↑");
    expect(await sortAfterTap("price")).toBe("price_desc");
    expect(tab("price").dom.textContent).toContain("↓");
    expect(await sortAfterTap("newest")).toBe("newest");
    expect(tab("newest").dom.className).toContain("sort--active");
    expect(await sortAfterTap("composite")).toBe("composite");
    // every new sort starts again from page 1
    expect(searches(calls).every((q) => q.page === "1")).toBe(true);
  });

  test("[SEARCH-6] the filter popup is built from facets with counts and filters the search", async () => {
    const calls = catalogue();
    const comp = await openPage(PAGE, { keyword: encodeURIComponent("T恤") });
    expect(searches(calls)[0].keyword).toBe("T恤");

    comp.querySelector(".filter-open").dispatchEvent("tap");
    await flush(20);
    expect(comp.instance.data.popup).toBe(true);
    const chipTexts = (sel) => comp.querySelectorAll(sel).map((n) => n.dom.textContent.trim());
    expect(chipTexts(".brand")).toEqual(["优选20", "南极人10"]);
    expect(chipTexts(".tag")).toEqual(["新品12", "包邮8"]);
    expect(chipTexts(".attr")).toEqual(["纯棉18", "涤纶4"]);

    comp.querySelectorAll(".brand")[1].dispatchEvent("tap");
    comp.querySelectorAll(".tag")[0].dispatchEvent("tap");
    comp.querySelectorAll(".tag")[1].dispatchEvent("tap");
    comp.querySelectorAll(".attr")[0].dispatchEvent("tap");
    comp.querySelector(".in-stock").dispatchEvent("tap");
    await flush(20);
    comp.instance.onPriceMin({ detail: { value: "10" } });
    comp.instance.onPriceMax({ detail: { value: "99.9" } });
    expect(comp.querySelectorAll(".chip--active")).toHaveLength(5);
    expect(searches(calls)).toHaveLength(1); // nothing is searched before 确定

    await update(comp, comp.instance.onApplyFilter());
    expect(searches(calls).pop()).toMatchObject({
      keyword: "T恤", brand_id: "2", tags: "新品,包邮", attrs: "3:纯棉", in_stock: "1", price_min: "1000", price_max: "9990", page: "1",
    });
    expect(comp.instance.data.filterCount).toBe(6);
    expect(comp.querySelector(".filter-count").dom.textContent).toBe("6");

    // 重置 clears the draft; 确定 searches without filters
    comp.instance.onOpenFilter();
    comp.instance.onResetFilter();
    await update(comp, comp.instance.onApplyFilter());
    const plain = searches(calls).pop();
    expect(plain).toMatchObject({ keyword: "T恤", sort: "composite" });
    ["brand_id", "tags", "attrs", "in_stock", "price_min", "price_max"].forEach((k) => expect(plain[k]).toBeUndefined());
  });

  test("[SEARCH-7] cards show image, title, price, tags, promotion marks and 自营", async () => {
    serve({
      "GET /search/products": () => ({
        items: [card(1, { price: 1999, self_operated: true, tags: ["包邮"], marks: [{ kind: "full_reduction", text: "满减" }] }), card(2, { self_operated: false, stock_state: "sold_out", tags: [], marks: [] })],
        total: 2, page: 1, page_size: 20, facets: FACETS,
      }),
    });
    const comp = await openPage(PAGE, { keyword: "x" });
    const cells = comp.dom.querySelectorAll("[data-product-id]");
    expect(Array.from(cells).map((n) => n.getAttribute("data-product-id"))).toEqual(["1", "2"]);
    const first = cells[0];
    expect(first.textContent).toContain("商品1");
    expect(first.textContent).toContain("自营");
    expect(first.textContent).toContain("满减");
    expect(first.textContent).toContain("包邮");
    expect(first.textContent.replace(/\s/g, "")).toContain("¥19.99");
    expect(cells[1].textContent).toContain("已售罄");
    expect(cells[1].textContent).not.toContain("自营");
    const grid = comp.instance.data.grid;
    expect(grid.data.items[0].image).toBe("http://127.0.0.1:8000/media/p1.jpg");
    expect(comp.querySelector(".foot").dom.textContent).toBe("没有更多了");
  });

  test("pages on reach-bottom until everything is loaded", async () => {
    const calls = catalogue(45);
    const comp = await openPage(PAGE, { category_id: "9" });
    expect(comp.instance.data.grid.data.items).toHaveLength(20);
    await update(comp, comp.instance.onReachBottom());
    await update(comp, comp.instance.onReachBottom());
    expect(comp.instance.data.grid.data.items.map((i) => i.id)).toEqual(Array.from({ length: 45 }, (_, i) => i + 1));
    expect(comp.instance.data.finished).toBe(true);
    await update(comp, comp.instance.onReachBottom());
    expect(searches(calls).map((q) => [q.page, q.facets])).toEqual([["1", "1"], ["2", undefined], ["3", undefined]]);
  });

  test("no match shows the empty state", async () => {
    catalogue(0);
    const comp = await openPage(PAGE, { keyword: "不存在" });
    expect(comp.instance.data.state).toBe("empty");
    expect(comp.dom.textContent).toContain("没有找到相关商品");
  });
});
