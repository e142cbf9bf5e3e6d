// 品牌中心: the A–Z brand index (van-index-bar) from GET /brands; a brand opens its listing.
const { installWx, flush } = require("./helpers/wx.js");
const { serve, openPage } = require("./helpers/catalog.js");

beforeEach(() => {
  installWx();
  require("../miniprogram/core/api.js").resetClient();
});

const brand = (id, name, letter, extra) =>
  Object.assign({ id, name, letter, english_name: "", logo: "", is_recommended: false, sort: 0 }, extra);
const BRANDS = {
  items: [
    brand(1, "华为", "H", { is_recommended: true, logo: "/media/hw.png", english_name: "HUAWEI" }),
    brand(3, "美的", "M"),
    brand(5, "海尔", "H"),
    brand(7, "3M", "#"),
  ],
};
const urlOf = (fn) => fn.mock.calls[fn.mock.calls.length - 1][0].url;

test("[PLT-7] brands sit under their A–Z letters in an index bar, recommended ones on top", async () => {
  serve({ "GET /brands": () => BRANDS });
  const comp = await openPage("pages/brands/index", {});
  expect(comp.instance.data.letters).toEqual(["H", "M", "#"]);
  expect(comp.querySelector(".bar").instance.data.indexList).toEqual(["H", "M", "#"]);
  expect(comp.querySelectorAll(".letter").map((n) => n.instance.data.index)).toEqual(["H", "M", "#"]);
  expect(comp.querySelectorAll(".brand").map((n) => n.instance.data.title)).toEqual(["华为", "海尔", "美的", "3M"]);
  expect(comp.querySelectorAll(".tile__name").map((n) => n.dom.textContent)).toEqual(["华为"]);
  expect(comp.instance.data.recommended[0].logo).toBe("http://127.0.0.1:8000/media/hw.png");
});

test("[PLT-7] tapping a brand opens the listing filtered by it, which searches with brand_id", async () => {
  const calls = serve({
    "GET /brands": () => BRANDS,
    "GET /search/products": () => ({ items: [], total: 0, page: 1, page_size: 20 }),
  });
  const comp = await openPage("pages/brands/index", {});
  comp.querySelectorAll(".brand")[2].dispatchEvent("click");
  await flush(10);
  expect(urlOf(wx.navigateTo)).toBe("/pages/list/index?brand_id=3&title=" + encodeURIComponent("美的"));

  await openPage("pages/list/index", { brand_id: "3", title: encodeURIComponent("美的") });
  expect(wx.setNavigationBarTitle).toHaveBeenCalledWith({ title: "美的" });
  expect(calls.filter((c) => c.path === "/search/products")[0].query).toMatchObject({ brand_id: "3", sort: "composite" });
});

test("[PLT-7] no brands says so; a failed load offers a retry", async () => {
  let first = true;
  serve({
    "GET /brands": () => {
      if (first) {
        first = false;
        return { httpStatus: 500, data: { error: { code: "internal_error", message: "服务繁忙" } } };
      }
      return { items: [] };
    },
  });
  const comp = await openPage("pages/brands/index", {});
  expect(comp.instance.data.state).toBe("error");
  expect(comp.instance.data.error).toContain("服务繁忙");
  await comp.instance.onRetry();
  expect(comp.instance.data.state).toBe("empty");
});

test("[PLT-7] the brand wall's brand-center page falls back to the index until one is published", async () => {
  serve({ "GET /pages/brand-center": () => ({ httpStatus: 404, data: { error: { code: "page_not_found", message: "页面不存在" } } }) });
  // pages/page is a Page(): take its definition and run it against a minimal page instance
  let definition = null;
  global.Page = (options) => {
    definition = options;
  };
  jest.isolateModules(() => require("../miniprogram/pages/page/index.js"));
  const page = Object.assign({}, definition, {
    data: {},
    setData(values) {
      Object.assign(this.data, values);
    },
    selectComponent: () => ({ setResponse: () => ({ count: 0, lazy: [] }) }),
  });
  page.onLoad({ key: "brand-center" });
  await flush(50);
  expect(urlOf(wx.redirectTo)).toBe("/pages/brands/index");

  wx.redirectTo.mockClear();
  page.onLoad({ key: "double11" });
  await flush(50);
  expect(wx.redirectTo).not.toHaveBeenCalled();
  expect(page.data.state).toBe("error");
  delete global.Page;
});
