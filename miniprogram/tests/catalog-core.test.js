// Pure helpers of the catalogue pages: search query and filters, paging, debounce, SKU picker
// view, product view, reviews.
const { installWx } = require("./helpers/wx.js");
installWx();
const search = require("../miniprogram/core/search.js");
const { createPager } = require("../miniprogram/core/pager.js");
const { debounce } = require("../miniprogram/core/debounce.js");
const { freightText, paramGroups, priceBlock } = require("../miniprogram/core/product.js");
const { chosenText, initialPick, pickOption, pickerView } = require("../miniprogram/core/sku-picker.js");
const { filterQuery, summaryView } = require("../miniprogram/core/reviews.js");
const { toggleAll, toggleSelected } = require("../miniprogram/core/favourites.js");
const { detail, review } = require("./helpers/catalog.js");

describe("search helpers", () => {
  test("[SEARCH-5] 价格 toggles asc ⇄ desc; the other tabs set their sort", () => {
    expect(search.nextSort("composite", "price")).toBe("price_asc");
    expect(search.nextSort("price_asc", "price")).toBe("price_desc");
    expect(search.nextSort("price_desc", "price")).toBe("price_asc");
    expect(search.nextSort("price_desc", "sales")).toBe("sales");
    expect(search.sortTabs("price_desc").find((t) => t.key === "price")).toEqual({ key: "price", text: "价格", active: true, arrow: "desc" });
  });

  test("[SEARCH-6] yuan inputs become fen without floats; a reversed range is swapped", () => {
    expect(search.yuanToFen("0.1")).toBe(10);
    expect(search.yuanToFen("19.99")).toBe(1999);
    expect(search.yuanToFen("1.005")).toBeNull();
    expect(search.yuanToFen("abc")).toBeNull();
    expect(search.yuanToFen("")).toBeNull();
    const f = Object.assign(search.emptyFilters(), { priceMin: "100", priceMax: "20" });
    expect(search.searchQuery({ keyword: "杯" }, "sales", f, 2)).toMatchObject({ price_min: 2000, price_max: 10000, facets: null, page: 2, sort: "sales" });
  });

  test("[SEARCH-6] one value per attribute, tags accumulate, a brand toggles off", () => {
    let f = search.emptyFilters();
    f = search.toggleAttr(f, 3, "纯棉");
    f = search.toggleAttr(f, 3, "涤纶");
    f = search.toggleAttr(f, 5, "红");
    f = search.toggleTag(search.toggleTag(f, "a"), "b");
    f = search.toggleBrand(search.toggleBrand(f, 1), 1);
    expect(search.searchQuery({}, "composite", f, 1)).toMatchObject({ attrs: "3:涤纶,5:红", tags: "a,b", brand_id: null, facets: 1 });
    expect(search.activeFilterCount(f)).toBe(4);
  });
});

describe("pager and debounce", () => {
  test("the pager stops at total", async () => {
    const fetch = jest.fn((page) => Promise.resolve({ items: [page], total: 2 }));
    const pager = createPager(fetch);
    expect((await pager.reset()).items).toEqual([1]);
    expect((await pager.next()).items).toEqual([1, 2]);
    expect((await pager.next()).finished).toBe(true);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  test("the pager drops an answer that arrives after a reset", async () => {
    const answers = [];
    const pager = createPager(() => new Promise((r) => answers.push(r)));
    const first = pager.reset();
    const second = pager.reset();
    answers[1]({ items: ["new"], total: 1 });
    await second;
    answers[0]({ items: ["old"], total: 1 });
    await first;
    expect(pager.state().items).toEqual(["new"]);
  });

  test("debounce calls once with the last arguments", () => {
    jest.useFakeTimers();
    const fn = jest.fn();
    const d = debounce(fn, 100);
    d(1);
    d(2);
    jest.advanceTimersByTime(100);
    expect(fn.mock.calls).toEqual([[2]]);
    d(3);
    d.cancel();
    jest.advanceTimersByTime(200);
    expect(fn).toHaveBeenCalledTimes(1);
    jest.useRealTimers();
  });
});

describe("product helpers", () => {
  test("[PDP-1] freight, params and the price block", () => {
    expect(freightText(0)).toBe("包邮");
    expect(freightText(1000)).toBe("运费 ¥10.00");
    expect(paramGroups([{ group: "A", name: "x", value: "1" }, { group: "B", name: "y", value: "2" }, { group: "A", name: "z", value: "3" }]).map((g) => [g.name, g.items.length])).toEqual([["A", 2], ["B", 1]]);
    expect(priceBlock(detail())).toEqual({ yuan: "19", fen: "90", max: "¥25.90", original: "¥29.90" });
  });

  test("[PDP-2] a disabled chip changes nothing; the toast text needs a full, stocked SKU", () => {
    const d = detail();
    let pick = initialPick(d);
    pick = pickOption(d, pick, 1, "M");
    expect(pickOption(d, pick, 0, "蓝")).toBe(pick);
    expect(chosenText(d, pick)).toBeNull();
    pick = pickOption(d, pick, 0, "红");
    expect(chosenText(d, pick)).toBe("已选择 红 / M，1件");
    expect(pickerView(d, pick).specs[0].options).toEqual([
      { value: "红", selected: true, disabled: false },
      { value: "蓝", selected: false, disabled: true },
    ]);
  });

  test("[REV-1] summary keeps the latest two; chip keys map to list queries", () => {
    const s = summaryView({ total: 3, good_rate: 100, tags: [{ name: "好", count: 2 }], latest: [review(1), review(2), review(3)] });
    expect(s.latest.map((r) => r.id)).toEqual([1, 2]);
    expect(s.goodRate).toBe("100%");
    expect(filterQuery("tag:好")).toEqual({ tag: "好" });
    expect(filterQuery("rating:medium")).toEqual({ rating: "medium" });
    expect(filterQuery("with_images")).toEqual({ with_images: 1 });
    expect(filterQuery("all")).toEqual({});
  });

  test("[MEM-4] edit-mode selection", () => {
    expect(toggleSelected([1, 2], 2)).toEqual([1]);
    expect(toggleSelected([1], 3)).toEqual([1, 3]);
    expect(toggleAll([1], [1, 2])).toEqual([1, 2]);
    expect(toggleAll([2, 1], [1, 2])).toEqual([]);
  });
});
