import { describe, expect, it, vi } from "vitest";

import { ACTION_KINDS, isSafeUrl, resolveAction } from "../src/index.js";

const logger = () => ({ warn: vi.fn() });

describe("resolveAction", () => {
  const cases = [
    [{ kind: "product", product_id: 10086 }, { to: "product", id: 10086 }],
    [{ kind: "category", category_id: 12 }, { to: "category", id: 12 }],
    [{ kind: "search", keyword: "保温杯" }, { to: "search", keyword: "保温杯" }],
    [{ kind: "page", page_key: "double11" }, { to: "page", key: "double11" }],
    [{ kind: "shop", shop_id: 7 }, { to: "shop", id: 7 }],
    [{ kind: "claim_coupon", coupon_id: 501 }, { to: "claim_coupon", id: 501 }],
    [{ kind: "mp_path", path: "/pages/goods/detail?id=1" }, { to: "mp_path", path: "/pages/goods/detail?id=1" }],
    [{ kind: "url", url: "https://m.example.com/activity?id=1#top" }, { to: "url", url: "https://m.example.com/activity?id=1#top" }],
    [{ kind: "tab", tab: "cart" }, { to: "tab", tab: "cart" }],
  ];

  it("[SDUI-6] covers every action kind of the catalogue", () => {
    expect(cases.map(([action]) => action.kind)).toEqual(ACTION_KINDS);
  });

  for (const [action, target] of cases) {
    it(`[SDUI-6] resolves a ${action.kind} action to ${JSON.stringify(target)}`, () => {
      const log = logger();
      expect(resolveAction(action, { logger: log })).toEqual(target);
      expect(log.warn).not.toHaveBeenCalled();
    });
  }

  it("[SDUI-6] resolves every tab", () => {
    for (const tab of ["home", "category", "cart", "me"]) {
      expect(resolveAction({ kind: "tab", tab })).toEqual({ to: "tab", tab });
    }
  });

  it("[SDUI-6] trims a search keyword", () => {
    expect(resolveAction({ kind: "search", keyword: "  华为 " })).toEqual({ to: "search", keyword: "华为" });
  });

  it("[SDUI-6] returns null without logging when there is no action", () => {
    const log = logger();
    expect(resolveAction(null, { logger: log })).toBeNull();
    expect(resolveAction(undefined, { logger: log })).toBeNull();
    expect(log.warn).not.toHaveBeenCalled();
  });

  it("[SDUI-6] returns null and logs for an unknown kind", () => {
    const log = logger();
    expect(resolveAction({ kind: "teleport", where: "mars" }, { logger: log })).toBeNull();
    expect(resolveAction({ product_id: 1 }, { logger: log })).toBeNull();
    expect(log.warn).toHaveBeenCalledTimes(2);
  });

  const malformed = [
    "product",
    [],
    { kind: "product" },
    { kind: "product", product_id: "10086" },
    { kind: "product", product_id: 0 },
    { kind: "product", product_id: 1.5 },
    { kind: "category", category_id: -3 },
    { kind: "search", keyword: "" },
    { kind: "search", keyword: "   " },
    { kind: "search", keyword: "字".repeat(51) },
    { kind: "page", page_key: "Double 11" },
    { kind: "page", page_key: "../admin" },
    { kind: "shop", shop_id: null },
    { kind: "claim_coupon", coupon_id: "501" },
    { kind: "mp_path", path: "pages/index" },
    { kind: "mp_path", path: "//evil.example.com" },
    { kind: "mp_path", path: "/pages/a b" },
    { kind: "url", url: "javascript:alert(1)" },
    { kind: "url", url: "http://m.example.com" },
    { kind: "tab", tab: "orders" },
  ];
  it("[SDUI-6] returns null and logs for malformed actions of every kind", () => {
    for (const action of malformed) {
      const log = logger();
      expect(resolveAction(action, { logger: log }), JSON.stringify(action)).toBeNull();
      expect(log.warn).toHaveBeenCalledOnce();
    }
  });

  it("[SDUI-6] applies a host allow-list to url actions when given", () => {
    const options = { allowedHosts: ["m.example.com", ".cdn.example.com"], logger: logger() };
    expect(resolveAction({ kind: "url", url: "https://m.example.com/a" }, options)).toEqual({ to: "url", url: "https://m.example.com/a" });
    expect(resolveAction({ kind: "url", url: "https://img.cdn.example.com/a" }, options)).not.toBeNull();
    expect(resolveAction({ kind: "url", url: "https://evil.com/a" }, options)).toBeNull();
  });
});

describe("isSafeUrl", () => {
  it("[SDUI-6] accepts https addresses", () => {
    for (const url of [
      "https://example.com",
      "https://m.example.com/path/to?x=1&y=%E4%B8%AD#frag",
      "https://example.com:8443/",
      "https://example.com?q=1",
    ]) {
      expect(isSafeUrl(url), url).toBe(true);
    }
  });

  it("[SDUI-6] refuses anything else", () => {
    for (const url of [
      "javascript:alert(1)",
      "JavaScript:alert(1)",
      " javascript:alert(1)",
      "data:text/html;base64,PHNjcmlwdD4=",
      "http://example.com",
      "//example.com/a",
      "/media/a.jpg",
      "https:/example.com",
      "https://",
      "https://user:pw@example.com",
      "https://example.com\\@evil.com",
      "https://exa mple.com",
      "https://example.com/a b",
      "https://example.com/\n",
      "https://.example.com",
      "https://example..com",
      "https://example.com." ,
      `https://example.com/${"a".repeat(1000)}`,
      "",
      null,
      undefined,
      42,
      {},
    ]) {
      expect(isSafeUrl(url), String(url)).toBe(false);
    }
  });
});
