import { describe, expect, it, vi } from "vitest";

import {
  ApiError,
  createApiClient,
  createMemoryEtagCache,
  fetchPage,
  fetchSectionData,
  isApiError,
  pagePath,
  queryString,
  sectionDataPath,
} from "../src/index.js";

/** A transport that answers from a queue of responses and records every request. */
function fakeTransport(...answers) {
  const calls = [];
  const transport = vi.fn(async (req) => {
    calls.push(req);
    const next = answers.length > 1 ? answers.shift() : answers[0];
    if (next instanceof Error) throw next;
    return typeof next === "function" ? next(req) : next;
  });
  return { transport, calls };
}

const ok = (data, headers = {}) => ({ status: 200, headers, data });
const envelope = (status, code, message, fields) => ({ status, headers: {}, data: { error: { code, message, fields } } });
const quiet = { warn: () => {} };

describe("createApiClient", () => {
  it("[SDUI-3] sends method, url with query, JSON headers and the bearer token", async () => {
    const { transport, calls } = fakeTransport(ok({ id: 1 }));
    const client = createApiClient({ baseUrl: "/api/v1/", transport, getToken: () => "tok" });

    await expect(client.get("/pages/home", { query: { channel: "h5", site: "", x: null, ids: [1, 2], q: "保温 杯" } }))
      .resolves.toEqual({ id: 1 });
    await client.post("coupons/5/claim", { a: 1 }, { headers: { "X-Extra": "1" } });
    await client.put("/me", { name: "小王" });
    await client.del("/cart/items/3");

    expect(calls[0]).toEqual({
      method: "GET",
      url: "/api/v1/pages/home?channel=h5&ids=1&ids=2&q=%E4%BF%9D%E6%B8%A9%20%E6%9D%AF",
      headers: { Accept: "application/json", Authorization: "Bearer tok" },
    });
    expect(calls[1]).toEqual({
      method: "POST",
      url: "/api/v1/coupons/5/claim",
      headers: { Accept: "application/json", Authorization: "Bearer tok", "Content-Type": "application/json", "X-Extra": "1" },
      body: '{"a":1}',
    });
    expect(calls[2]).toMatchObject({ method: "PUT", url: "/api/v1/me", body: '{"name":"小王"}' });
    expect(calls[3]).toMatchObject({ method: "DELETE", url: "/api/v1/cart/items/3" });
    expect(calls[3]).not.toHaveProperty("body");
  });

  it("[SDUI-3] sends no Authorization header without a token", async () => {
    const { transport, calls } = fakeTransport(ok(null));
    await createApiClient({ transport }).get("/pages/home");
    expect(calls[0].headers).toEqual({ Accept: "application/json" });
    expect(calls[0].url).toBe("/pages/home");
  });

  it("[SDUI-3] parses a JSON string body (wx.request with dataType text, or fetch text)", async () => {
    const { transport } = fakeTransport(ok('{"a":1}'), ok(""), ok("plain"));
    const client = createApiClient({ transport });
    await expect(client.get("/x")).resolves.toEqual({ a: 1 });
    await expect(client.get("/x")).resolves.toBeNull();
    await expect(client.get("/x")).resolves.toBe("plain");
  });

  it("[SDUI-3] turns the error envelope into an ApiError with status, code, message and fields", async () => {
    const { transport } = fakeTransport(
      envelope(422, "layout_invalid", "页面有误", { "sections.banner1.settings.slides": "最多 5 项", list: ["a", "b"] }),
    );
    const error = await createApiClient({ transport }).post("/admin/pages/1/draft", {}).catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(isApiError(error)).toBe(true);
    expect(error).toMatchObject({
      name: "ApiError",
      status: 422,
      code: "layout_invalid",
      message: "页面有误",
      fields: { "sections.banner1.settings.slides": "最多 5 项", list: "a；b" },
    });
  });

  it("[SDUI-3] copes with error bodies that are not the envelope", async () => {
    const { transport } = fakeTransport(
      { status: 502, headers: {}, data: "<html>Bad Gateway</html>" },
      { status: 404, headers: {}, data: null },
      { status: 418, headers: {}, data: { message: "teapot" } },
      envelope(500, "internal", "Traceback: secret"),
    );
    const client = createApiClient({ transport });
    await expect(client.get("/a")).rejects.toMatchObject({ status: 502, code: "http_502", message: "服务繁忙，请稍后再试", fields: {} });
    await expect(client.get("/a")).rejects.toMatchObject({ status: 404, code: "http_404", message: "内容不存在或已下架" });
    await expect(client.get("/a")).rejects.toMatchObject({ status: 418, code: "http_418", message: "请求失败（418）" });
    await expect(client.get("/a")).rejects.toMatchObject({ status: 500, code: "internal", message: "服务繁忙，请稍后再试" });
  });

  it("[SDUI-3] reports a transport failure as a network_error with status 0", async () => {
    const { transport } = fakeTransport(new Error("ECONNREFUSED"));
    const error = await createApiClient({ transport, logger: quiet }).get("/pages/home").catch((e) => e);
    expect(error).toMatchObject({ status: 0, code: "network_error", message: "网络连接失败，请检查网络后重试" });
  });

  it("[SDUI-3] calls onUnauthorized on 401 when a token was sent", async () => {
    const onUnauthorized = vi.fn();
    const { transport } = fakeTransport(envelope(401, "token_expired", "登录已过期"));
    let token = "tok";
    const client = createApiClient({ transport, getToken: () => token, onUnauthorized });
    await expect(client.get("/me")).rejects.toMatchObject({ status: 401, code: "token_expired" });
    expect(onUnauthorized).toHaveBeenCalledOnce();
    expect(onUnauthorized.mock.calls[0][0]).toMatchObject({ code: "token_expired" });

    token = null;
    await expect(client.get("/me")).rejects.toMatchObject({ status: 401 });
    expect(onUnauthorized).toHaveBeenCalledOnce();
  });

  it("[SDUI-3] leaves the session alone when the token changed while the request was out", async () => {
    const onUnauthorized = vi.fn();
    let token = "old";
    const { transport } = fakeTransport(() => {
      token = "new";
      return envelope(401, "unauthorized", "请先登录");
    });
    await createApiClient({ transport, getToken: () => token, onUnauthorized }).get("/me").catch(() => {});
    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it("[SDUI-3] refuses to be built without a transport", () => {
    expect(() => createApiClient({})).toThrow(TypeError);
  });
});

describe("fetchPage", () => {
  const body = { key: "home", revision: 7, page: { kind: "platform_home", title: "首页" }, sections: {}, order: [] };

  it("[SDUI-3] sends the channel and X-Shell-Components, and caches the ETag", async () => {
    const { transport, calls } = fakeTransport(ok(body, { ETag: '"r7-h5"' }));
    const client = createApiClient({ baseUrl: "/api/v1", transport });
    const etagCache = createMemoryEtagCache();

    const got = await fetchPage(client, "/pages/home", {
      channel: "h5",
      supported: { product_grid: 1, banner: 1 },
      etagCache,
      query: { site: "sz" },
    });

    expect(got).toEqual(body);
    expect(calls[0].url).toBe("/api/v1/pages/home?channel=h5&site=sz");
    expect(calls[0].headers["X-Shell-Components"]).toBe("banner:1,product_grid:1");
    expect(calls[0].headers).not.toHaveProperty("If-None-Match");
    expect(etagCache.size()).toBe(1);
  });

  it("[SDUI-3] revalidates with If-None-Match and answers the cached body on 304", async () => {
    const { transport, calls } = fakeTransport(ok(body, { etag: '"r7-h5"' }), { status: 304, headers: {}, data: null });
    const client = createApiClient({ baseUrl: "/api/v1", transport });
    const etagCache = createMemoryEtagCache();
    const options = { channel: "h5", supported: { banner: 1 }, etagCache };

    const first = await fetchPage(client, "/pages/home", options);
    const second = await fetchPage(client, "/pages/home", options);

    expect(calls[1].headers["If-None-Match"]).toBe('"r7-h5"');
    expect(second).toBe(first);
  });

  it("[SDUI-3] replaces the cached body when the page changed (200 with a new ETag)", async () => {
    const changed = { ...body, revision: 8 };
    const { transport, calls } = fakeTransport(ok(body, { ETag: '"r7"' }), ok(changed, { ETag: '"r8"' }), { status: 304, headers: {}, data: null });
    const client = createApiClient({ transport });
    const etagCache = createMemoryEtagCache();

    await fetchPage(client, "/pages/home", { etagCache });
    expect(await fetchPage(client, "/pages/home", { etagCache })).toEqual(changed);
    expect(await fetchPage(client, "/pages/home", { etagCache })).toEqual(changed);
    expect(calls[2].headers["If-None-Match"]).toBe('"r8"');
  });

  it("[SDUI-3] keeps one cache entry per path, query and channel", async () => {
    const { transport, calls } = fakeTransport((req) => ok({ url: req.url }, { ETag: `"${req.url}"` }));
    const client = createApiClient({ transport });
    const etagCache = createMemoryEtagCache();
    await fetchPage(client, "/pages/home", { channel: "h5", etagCache });
    await fetchPage(client, "/pages/home", { channel: "mp", etagCache });
    await fetchPage(client, "/shops/3/page", { channel: "h5", etagCache });
    expect(etagCache.size()).toBe(3);
    await fetchPage(client, "/pages/home", { channel: "mp", etagCache });
    expect(calls[3].headers["If-None-Match"]).toBe('"/pages/home?channel=mp"');
  });

  it("[SDUI-3] asks again without the condition when a 304 finds no cached body", async () => {
    const { transport, calls } = fakeTransport({ status: 304, headers: {}, data: null }, ok(body, { ETag: '"r7"' }));
    const client = createApiClient({ transport });
    const etagCache = { get: () => ({ etag: '"r7"', body: null }), set: vi.fn() };
    expect(await fetchPage(client, "/pages/home", { etagCache })).toEqual(body);
    expect(calls).toHaveLength(2);
    expect(calls[0].headers["If-None-Match"]).toBe('"r7"');
    expect(calls[1].headers).not.toHaveProperty("If-None-Match");
    expect(etagCache.set).toHaveBeenCalledWith(expect.any(String), { etag: '"r7"', body });
  });

  it("[SDUI-3] never caches preview requests", async () => {
    const { transport, calls } = fakeTransport(ok(body, { ETag: '"draft"' }));
    const client = createApiClient({ transport });
    const etagCache = { get: vi.fn(() => ({ etag: '"r7"', body })), set: vi.fn() };
    await fetchPage(client, "/pages/home", { etagCache, query: { preview: "signed.token" } });
    expect(calls[0].url).toBe("/pages/home?channel=h5&preview=signed.token");
    expect(calls[0].headers).not.toHaveProperty("If-None-Match");
    expect(etagCache.get).not.toHaveBeenCalled();
    expect(etagCache.set).not.toHaveBeenCalled();
  });

  it("[SDUI-3] works without a cache and without a supported map", async () => {
    const { transport, calls } = fakeTransport(ok(body, { ETag: '"r7"' }));
    expect(await fetchPage(createApiClient({ transport }), "/pages/home")).toEqual(body);
    expect(calls[0].headers).toEqual({ Accept: "application/json" });
  });

  it("[SDUI-3] rejects with the ApiError of an error answer", async () => {
    const { transport } = fakeTransport(envelope(404, "page_not_found", "页面不存在"));
    await expect(fetchPage(createApiClient({ transport }), "/pages/nope", {})).rejects.toMatchObject({
      status: 404,
      code: "page_not_found",
    });
  });
});

describe("memory ETag cache", () => {
  it("[SDUI-3] drops the least recently used entry beyond its limit", () => {
    const cache = createMemoryEtagCache(2);
    cache.set("a", { etag: "1", body: 1 });
    cache.set("b", { etag: "2", body: 2 });
    cache.get("a");
    cache.set("c", { etag: "3", body: 3 });
    expect(cache.get("b")).toBeNull();
    expect(cache.get("a")).toEqual({ etag: "1", body: 1 });
    expect(cache.size()).toBe(2);
  });
});

describe("page paths and lazy sections", () => {
  it("[SDUI-5] builds the paths of platform pages, shop home and shop pages", () => {
    expect(pagePath({ key: "home" })).toBe("/pages/home");
    expect(pagePath({ key: "double11" })).toBe("/pages/double11");
    expect(pagePath({ shopId: 3 })).toBe("/shops/3/page");
    expect(pagePath({ shopId: 3, key: "autumn" })).toBe("/shops/3/pages/autumn");
    expect(sectionDataPath({ key: "home" }, "newest")).toBe("/pages/home/sections/newest");
    expect(sectionDataPath({ key: "shop-home", shopId: 3 }, "all")).toBe("/shops/3/pages/shop-home/sections/all");
  });

  it("[SDUI-3] loads a lazy section's data (plain or wrapped in {data})", async () => {
    const items = [{ id: 1 }];
    const { transport, calls } = fakeTransport(ok({ items }), ok({ data: { items } }));
    const client = createApiClient({ baseUrl: "/api/v1", transport });
    expect(await fetchSectionData(client, { key: "home" }, "newest", { channel: "h5", query: { site: "sz" } })).toEqual({ items });
    expect(await fetchSectionData(client, { key: "home" }, "newest")).toEqual({ items });
    expect(calls[0].url).toBe("/api/v1/pages/home/sections/newest?channel=h5&site=sz");
  });

  it("[SDUI-3] builds query strings by hand", () => {
    expect(queryString({})).toBe("");
    expect(queryString(null)).toBe("");
    expect(queryString({ a: 1, b: true, c: "x&y=z" })).toBe("?a=1&b=true&c=x%26y%3Dz");
  });
});
