// 分类 tab: level-1 list, level-2 groups with level-3 grids, a leaf opens the listing.
const { installWx, flush } = require("./helpers/wx.js");
const { serve, openPage } = require("./helpers/catalog.js");

beforeEach(() => {
  installWx();
  require("../miniprogram/core/api.js").resetClient();
});

const leaf = (id, name) => ({ id, name, level: 3, icon: "/media/c" + id + ".jpg", sort: 0, children: [] });
const TREE = {
  items: [
    { id: 1, name: "服饰", level: 1, icon: "", sort: 0, children: [{ id: 11, name: "男装", level: 2, icon: "", sort: 0, children: [leaf(111, "T恤"), leaf(112, "衬衫")] }] },
    { id: 2, name: "食品", level: 1, icon: "", sort: 1, children: [{ id: 21, name: "水果", level: 2, icon: "", sort: 0, children: [leaf(211, "苹果")] }, { id: 22, name: "零食", level: 2, icon: "", sort: 0, children: [] }] },
  ],
};

test("[SEARCH-6] level-1 list, level-2 titled groups with level-3 image grids; a leaf opens the listing", async () => {
  serve({ "GET /categories/tree": () => TREE });
  const comp = await openPage("pages/category/index", {});
  expect(comp.querySelectorAll(".root").map((n) => n.dom.textContent)).toEqual(["服饰", "食品"]);
  expect(comp.querySelectorAll(".group__title").map((n) => n.dom.textContent)).toEqual(["男装"]);
  expect(comp.querySelectorAll(".leaf__name").map((n) => n.dom.textContent)).toEqual(["T恤", "衬衫"]);
  expect(comp.instance.data.groups[0].items[0].icon).toBe("http://127.0.0.1:8000/media/c111.jpg");

  comp.querySelectorAll(".root")[1].dispatchEvent("tap");
  await flush(10);
  expect(comp.querySelectorAll(".group__title").map((n) => n.dom.textContent)).toEqual(["水果", "零食"]);
  comp.querySelectorAll(".leaf")[0].dispatchEvent("tap");
  await flush(10);
  expect(wx.navigateTo).toHaveBeenLastCalledWith(expect.objectContaining({ url: "/pages/list/index?category_id=211&title=" + encodeURIComponent("苹果") }));
});

test("a category action's stored id selects its level-1 category", async () => {
  serve({ "GET /categories/tree": () => TREE });
  wx.setStorageSync("pending_category_id", 211);
  const comp = await openPage("pages/category/index", {});
  comp.instance.onShow();
  await flush(10);
  expect(comp.instance.data.active).toBe(1);
  expect(wx.getStorageSync("pending_category_id")).toBe("");
});
