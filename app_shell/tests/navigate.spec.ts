import { flushPromises } from "@vue/test-utils";
import { describe, expect, it, vi } from "vitest";

import { ApiError } from "@shared";
import { createNavigator, routeFor } from "@/core/navigate";

import { makeRouter } from "./helpers";

async function setup(post: (path: string) => Promise<unknown> = async () => ({})) {
  const router = makeRouter();
  await router.push("/");
  await router.isReady();
  const toast = vi.fn();
  const openWindow = vi.fn();
  const client = { post: vi.fn(post) };
  const run = createNavigator({ router, client, toast, openWindow });
  return { router, toast, openWindow, client, run };
}

describe("navigate", () => {
  const routeCases: Array<[Record<string, unknown>, string]> = [
    [{ kind: "product", product_id: 10086 }, "/product/10086"],
    [{ kind: "category", category_id: 12 }, "/category/12"],
    [{ kind: "search", keyword: "保温杯" }, "/search?keyword=%E4%BF%9D%E6%B8%A9%E6%9D%AF"],
    [{ kind: "page", page_key: "double11" }, "/page/double11"],
    [{ kind: "shop", shop_id: 7 }, "/shop/7"],
    [{ kind: "tab", tab: "home" }, "/"],
    [{ kind: "tab", tab: "category" }, "/category"],
    [{ kind: "tab", tab: "cart" }, "/cart"],
    [{ kind: "tab", tab: "me" }, "/me"],
  ];

  for (const [action, path] of routeCases) {
    it(`[SDUI-6] goes to ${path} for a ${action.kind} action`, async () => {
      const { router, run } = await setup();
      if (path === "/") await router.push("/me");
      await run(action);
      await expect.poll(() => router.currentRoute.value.fullPath).toBe(path);
    });
  }

  it("[SDUI-6] opens a url action in a new window", async () => {
    const { router, run, openWindow } = await setup();
    await run({ kind: "url", url: "https://m.example.com/activity?id=1" });
    expect(openWindow).toHaveBeenCalledWith("https://m.example.com/activity?id=1");
    await expect.poll(() => router.currentRoute.value.fullPath).toBe("/");
  });

  it("[SDUI-6] never opens an unsafe url", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const { run, openWindow } = await setup();
    await run({ kind: "url", url: "javascript:alert(1)" });
    await run({ kind: "url", url: "http://m.example.com" });
    await run({ kind: "url", url: "data:text/html,<script>alert(1)</script>" });
    expect(openWindow).not.toHaveBeenCalled();
  });

  it("[SDUI-6] tells the buyer a mini-program path opens in the mini-program", async () => {
    const { router, run, toast } = await setup();
    await run({ kind: "mp_path", path: "/pages/goods/detail?id=1" });
    expect(toast).toHaveBeenCalledWith("请在小程序中打开");
    await expect.poll(() => router.currentRoute.value.fullPath).toBe("/");
  });

  it("[SDUI-6] claims a coupon with POST /coupons/claim {template_id} and toasts the result", async () => {
    const { run, client, toast } = await setup();
    await run({ kind: "claim_coupon", coupon_id: 501 });
    expect(client.post).toHaveBeenCalledWith("/coupons/claim", { template_id: 501 });
    expect(toast).toHaveBeenCalledWith("领取成功");
  });

  it("[SDUI-6] toasts why a coupon claim failed", async () => {
    const { run, toast } = await setup(async () => {
      throw new ApiError(409, "coupon_exhausted", "优惠券已领完");
    });
    await run({ kind: "claim_coupon", coupon_id: 501 });
    expect(toast).toHaveBeenCalledWith("优惠券已领完");

    const signedOut = await setup(async () => {
      throw new ApiError(401, "unauthorized", "请先登录");
    });
    await signedOut.run({ kind: "claim_coupon", coupon_id: 501 });
    expect(signedOut.toast).toHaveBeenCalledWith("请先登录后领取");
  });

  it("[SDUI-6] does nothing for an unknown or malformed action, and logs it", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const { router, run, toast, openWindow, client } = await setup();
    await run({ kind: "teleport", where: "mars" });
    await run({ kind: "product", product_id: "abc" });
    await run(null);
    await run(undefined);
    await flushPromises();
    await expect.poll(() => router.currentRoute.value.fullPath).toBe("/");
    expect(toast).not.toHaveBeenCalled();
    expect(openWindow).not.toHaveBeenCalled();
    expect(client.post).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it("[SDUI-6] maps route targets and leaves the others to the navigator", () => {
    expect(routeFor({ to: "page", key: "brand-center" })).toBe("/page/brand-center");
    expect(routeFor({ to: "search", keyword: "a b" })).toEqual({ path: "/search", query: { keyword: "a b" } });
    expect(routeFor({ to: "url", url: "https://x.com" })).toBeNull();
    expect(routeFor({ to: "mp_path", path: "/pages/x" })).toBeNull();
    expect(routeFor({ to: "claim_coupon", id: 1 })).toBeNull();
  });
});
