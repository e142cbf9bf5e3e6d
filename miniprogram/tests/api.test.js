// The API client of the mini-program: wx.request transport, token from storage, pages with
// X-Shell-Components, channel mp and an ETag cache kept in wx storage.
const { installWx } = require("./helpers/wx");
const api = require("../miniprogram/core/api.js");
const { SUPPORTED } = require("../miniprogram/core/supported.js");
const { componentHeader } = require("../miniprogram/shared/index.js");

let wx;
let store;
beforeEach(() => {
  ({ wx, store } = installWx());
  api.resetClient();
});

const PAGE = { key: "home", kind: "platform_home", revision: 7, page: { kind: "platform_home", title: "首页" }, order: [], sections: {} };

test("wxTransport maps {method, url, headers, body} to wx.request and back", async () => {
  wx._handler = () => ({ statusCode: 201, header: { "Content-Type": "application/json" }, data: { ok: 1 } });
  const res = await api.wxTransport({ method: "POST", url: "http://x/api", headers: { A: "1" }, body: '{"a":1}' });
  expect(wx.request.mock.calls[0][0]).toMatchObject({ url: "http://x/api", method: "POST", header: { A: "1" }, data: '{"a":1}' });
  expect(res).toEqual({ status: 201, headers: { "Content-Type": "application/json" }, data: { ok: 1 } });
  wx._handler = () => ({ fail: "timeout" });
  await expect(api.wxTransport({ method: "GET", url: "http://x", headers: {} })).rejects.toThrow("timeout");
});

test("the client uses config's base URL and the token in wx storage", async () => {
  store.set(api.TOKEN_KEY, "t-1");
  wx._handler = () => ({ statusCode: 200, data: { id: 1 } });
  await expect(api.getClient().get("/me")).resolves.toEqual({ id: 1 });
  const req = wx.request.mock.calls[0][0];
  expect(req.url).toBe("http://127.0.0.1:8000/api/v1/me");
  expect(req.header.Authorization).toBe("Bearer t-1");
});

test("loadPage asks for channel mp with all 20 components, then revalidates with the stored ETag", async () => {
  wx._handler = () => ({ statusCode: 200, header: { ETag: '"r7-mp"' }, data: PAGE });
  await expect(api.loadPage({ key: "home" })).resolves.toEqual(PAGE);
  let req = wx.request.mock.calls[0][0];
  expect(req.url).toBe("http://127.0.0.1:8000/api/v1/pages/home?channel=mp");
  expect(req.header["X-Shell-Components"]).toBe(componentHeader(SUPPORTED));
  expect(req.header["X-Shell-Components"].split(",")).toHaveLength(20);
  expect(req.header["If-None-Match"]).toBeUndefined();

  // A new client (the mini-program restarted): the ETag and body come from wx storage.
  api.resetClient();
  wx._handler = () => ({ statusCode: 304, header: {}, data: "" });
  await expect(api.loadPage({ key: "home" })).resolves.toEqual(PAGE);
  req = wx.request.mock.calls[1][0];
  expect(req.header["If-None-Match"]).toBe('"r7-mp"');
});

test("shop pages and lazy section data use the shop's paths", async () => {
  wx._handler = (o) => ({ statusCode: 200, header: {}, data: o.url.includes("/sections/") ? { items: [{ id: 1 }] } : PAGE });
  await api.loadPage({ key: "home", shopId: 7 });
  expect(wx.request.mock.calls[0][0].url).toBe("http://127.0.0.1:8000/api/v1/shops/7/page?channel=mp");
  await expect(api.loadSectionData({ key: "home", shopId: 7 }, "all")).resolves.toEqual({ items: [{ id: 1 }] });
  expect(wx.request.mock.calls[1][0].url).toBe("http://127.0.0.1:8000/api/v1/shops/7/pages/home/sections/all?channel=mp");
});

test("the storage ETag cache evicts the least recently used entries", () => {
  const { createStorageEtagCache } = require("../miniprogram/core/storage.js");
  const cache = createStorageEtagCache({ prefix: "t:", limit: 2 });
  cache.set("a", { etag: "1", body: { a: 1 } });
  cache.set("b", { etag: "2", body: { b: 1 } });
  expect(cache.get("a")).toEqual({ etag: "1", body: { a: 1 } });
  cache.set("c", { etag: "3", body: {} });
  expect(cache.get("b")).toBeNull();
  expect(cache.get("a")).not.toBeNull();
  expect(cache.get("c")).not.toBeNull();
  wx.setStorageSync.mockImplementation(() => {
    throw new Error("exceed storage max size");
  });
  expect(() => cache.set("d", { etag: "4", body: {} })).not.toThrow();
  expect(cache.get("d")).toBeNull();
});
