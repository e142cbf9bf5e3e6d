// [SDUI-6] Every action kind of the catalogue maps to the right wx call.
const { installWx, flush } = require("./helpers/wx");
const { navigate, routeFor, TAB_PAGES, PENDING_CATEGORY_KEY } = require("../miniprogram/core/navigate.js");
const { ACTION_KINDS } = require("../miniprogram/shared/index.js");
const { setToken, resetClient } = require("../miniprogram/core/api.js");
const { config } = require("../miniprogram/config.js");

let wx;
let store;
beforeEach(() => {
  ({ wx, store } = installWx());
  resetClient();
  jest.spyOn(console, "warn").mockImplementation(() => {});
  global.getCurrentPages = () => [];
});
afterEach(() => {
  console.warn.mockRestore();
  config.webviewHosts = [];
});

const only = (mockFn) => {
  expect(mockFn).toHaveBeenCalledTimes(1);
  return mockFn.mock.calls[0][0].url;
};
const NAV_CALLS = ["navigateTo", "redirectTo", "switchTab"];
const nothingHappened = () => {
  NAV_CALLS.forEach((name) => expect(wx[name]).not.toHaveBeenCalled());
  expect(wx.request).not.toHaveBeenCalled();
};

describe("[SDUI-6] navigate maps every action kind to the right wx call", () => {
  test("[SDUI-6] product → navigateTo the product page", async () => {
    await expect(navigate({ kind: "product", product_id: 10086 })).resolves.toBe(true);
    expect(only(wx.navigateTo)).toBe("/pages/product/index?id=10086");
  });

  test("[SDUI-6] category → remember the id, switchTab to the category tab", async () => {
    await navigate({ kind: "category", category_id: 12 });
    expect(only(wx.switchTab)).toBe("/pages/category/index");
    expect(store.get(PENDING_CATEGORY_KEY)).toBe(12);
  });

  test("[SDUI-6] search → navigateTo the search page with the keyword encoded", async () => {
    await navigate({ kind: "search", keyword: "保温杯 500ml&x" });
    expect(only(wx.navigateTo)).toBe("/pages/search/index?keyword=" + encodeURIComponent("保温杯 500ml&x"));
  });

  test("[SDUI-6] page → navigateTo the custom page", async () => {
    await navigate({ kind: "page", page_key: "double11" });
    expect(only(wx.navigateTo)).toBe("/pages/page/index?key=double11");
  });

  test("[SDUI-6] shop → navigateTo the shop home", async () => {
    await navigate({ kind: "shop", shop_id: 7 });
    expect(only(wx.navigateTo)).toBe("/pages/shop/index?id=7");
  });

  test.each([
    ["home", "/pages/index/index"],
    ["category", "/pages/category/index"],
    ["cart", "/pages/cart/index"],
    ["me", "/pages/me/index"],
  ])("[SDUI-6] tab %s → switchTab %s", async (tab, url) => {
    await navigate({ kind: "tab", tab });
    expect(only(wx.switchTab)).toBe(url);
    expect(TAB_PAGES[tab]).toBe(url);
  });

  test("[SDUI-6] mp_path → navigateTo the path; a tab page's path → switchTab", async () => {
    await navigate({ kind: "mp_path", path: "/pages/product/index?id=5&from=banner" });
    expect(only(wx.navigateTo)).toBe("/pages/product/index?id=5&from=banner");
    await navigate({ kind: "mp_path", path: "/pages/cart/index?x=1" });
    expect(only(wx.switchTab)).toBe("/pages/cart/index");
  });

  test("[SDUI-6] url → the web-view page with the address encoded, after isSafeUrl", async () => {
    const url = "https://m.example.com/activity?id=1&from=mp#top";
    await navigate({ kind: "url", url });
    expect(only(wx.navigateTo)).toBe("/pages/webview/index?url=" + encodeURIComponent(url));
  });

  test.each([
    "http://m.example.com/a",
    "javascript:alert(1)",
    "//evil.example.com/x",
    "https://evil.example.com\\@good.com/",
    "data:text/html,<script>alert(1)</script>",
  ])("[SDUI-6] unsafe url %s → nothing", async (url) => {
    await expect(navigate({ kind: "url", url })).resolves.toBe(false);
    nothingHappened();
  });

  test("[SDUI-6] url outside the configured web-view hosts → nothing", async () => {
    config.webviewHosts = [".shop.example.com"];
    await expect(navigate({ kind: "url", url: "https://other.example.com/" })).resolves.toBe(false);
    await navigate({ kind: "url", url: "https://m.shop.example.com/a" });
    expect(only(wx.navigateTo)).toBe("/pages/webview/index?url=" + encodeURIComponent("https://m.shop.example.com/a"));
  });

  test("[SDUI-6] claim_coupon → POST /coupons/claim {template_id} with the token, then a toast", async () => {
    setToken("tok-123");
    wx._handler = () => ({ statusCode: 200, header: {}, data: { coupon_id: 501, status: "claimed" } });
    await expect(navigate({ kind: "claim_coupon", coupon_id: 501 })).resolves.toBe(true);
    expect(wx.request).toHaveBeenCalledTimes(1);
    const req = wx.request.mock.calls[0][0];
    expect(req.method).toBe("POST");
    expect(req.url).toBe("http://127.0.0.1:8000/api/v1/coupons/claim");
    expect(JSON.parse(req.data)).toEqual({ template_id: 501 });
    expect(req.header.Authorization).toBe("Bearer tok-123");
    expect(wx.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: "领取成功", icon: "success" }));
    NAV_CALLS.forEach((name) => expect(wx[name]).not.toHaveBeenCalled());
  });

  test("[SDUI-6] claim_coupon failure → the server's message in a toast", async () => {
    wx._handler = () => ({ statusCode: 409, header: {}, data: { error: { code: "coupon_limit", message: "每人限领一张" } } });
    await expect(navigate({ kind: "claim_coupon", coupon_id: 501 })).resolves.toBe(false);
    expect(wx.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: "每人限领一张", icon: "none" }));
  });

  test("[SDUI-6] claim_coupon with an expired token ends the session", async () => {
    setToken("old");
    wx._handler = () => ({ statusCode: 401, header: {}, data: { error: { code: "unauthorized", message: "请先登录" } } });
    await navigate({ kind: "claim_coupon", coupon_id: 9 });
    expect(store.has("auth_token")).toBe(false);
    expect(wx.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: "请先登录" }));
  });

  test.each([
    [null],
    [{ kind: "teleport", where: "moon" }],
    [{ kind: "product" }],
    [{ kind: "product", product_id: "12" }],
    [{ kind: "tab", tab: "orders" }],
    [{ kind: "mp_path", path: "pages/no-leading-slash" }],
    [{ kind: "page", page_key: "Bad Key" }],
  ])("[SDUI-6] unknown or malformed %j → nothing", async (action) => {
    await expect(navigate(action)).resolves.toBe(false);
    nothingHappened();
  });

  test("[SDUI-6] every action kind of the shared core has a route", () => {
    const samples = {
      product: { to: "product", id: 1 },
      category: { to: "category", id: 1 },
      search: { to: "search", keyword: "a" },
      page: { to: "page", key: "a" },
      shop: { to: "shop", id: 1 },
      claim_coupon: { to: "claim_coupon", id: 1 },
      mp_path: { to: "mp_path", path: "/pages/x/index" },
      url: { to: "url", url: "https://a.example.com/" },
      tab: { to: "tab", tab: "me" },
    };
    expect(Object.keys(samples).sort()).toEqual(ACTION_KINDS.slice().sort());
    ACTION_KINDS.forEach((kind) => expect(routeFor(samples[kind])).not.toBeNull());
  });

  test("[SDUI-6] a full page stack (10) redirects instead of pushing", async () => {
    global.getCurrentPages = () => new Array(10).fill({ route: "pages/page/index" });
    await navigate({ kind: "product", product_id: 3 });
    expect(wx.navigateTo).not.toHaveBeenCalled();
    expect(only(wx.redirectTo)).toBe("/pages/product/index?id=3");
  });
});
