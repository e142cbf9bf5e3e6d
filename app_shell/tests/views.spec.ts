import { flushPromises, mount } from "@vue/test-utils";
import { describe, expect, it, vi } from "vitest";

import App from "@/App.vue";
import { client, getToken, setToken, TOKEN_KEY } from "@/core/api";
import { ACTION_HANDLER, createNavigator } from "@/core/navigate";
import { SUPPORTED } from "@/core/supported";

import { asResponse, jsonResponse, loadTemplate, makeRouter, mockFetch, pageOf, product } from "./helpers";

async function mountApp(path: string) {
  const router = makeRouter();
  await router.push(path);
  await router.isReady();
  const wrapper = mount(App, {
    global: {
      plugins: [router],
      provide: { [ACTION_HANDLER as symbol]: createNavigator({ router, client, toast: vi.fn(), openWindow: vi.fn() }) },
    },
  });
  await flushPromises();
  await vi.waitFor(() => expect(wrapper.find("[aria-busy='true'][aria-label='加载中']").exists()).toBe(false));
  return { wrapper, router };
}

const sectionIds = (wrapper: ReturnType<typeof mount>) =>
  wrapper.findAll("[data-section-id]").map((el) => el.attributes("data-section-id"));

describe("pages", () => {
  it("[SDUI-3] home asks GET /api/v1/pages/home for channel h5 with X-Shell-Components", async () => {
    const home = asResponse(loadTemplate("platform_home"));
    const fetch = mockFetch(() => jsonResponse(200, home, { ETag: '"home-r1"' }));

    const { wrapper } = await mountApp("/");

    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe("/api/v1/pages/home?channel=h5");
    const headers = init.headers as Record<string, string>;
    expect(headers["X-Shell-Components"]).toBe(
      Object.keys(SUPPORTED)
        .sort()
        .map((t) => `${t}:1`)
        .join(","),
    );
    expect(init.cache).toBe("no-store");
    expect(sectionIds(wrapper)).toEqual(home.order);
    expect(document.title).toBe("首页");
  });

  it("[SDUI-3] revalidates with the ETag and keeps drawing the page on 304", async () => {
    const home = asResponse(loadTemplate("platform_home"));
    const fetch = mockFetch((_url, init) =>
      (init.headers as Record<string, string>)["If-None-Match"] === '"home-r1"'
        ? new Response(null, { status: 304 })
        : jsonResponse(200, home, { ETag: '"home-r1"' }),
    );

    (await mountApp("/")).wrapper.unmount();
    const { wrapper } = await mountApp("/");

    expect(fetch).toHaveBeenCalledTimes(2);
    expect((fetch.mock.calls[1][1].headers as Record<string, string>)["If-None-Match"]).toBe('"home-r1"');
    expect(sectionIds(wrapper)).toEqual(home.order);
  });

  it("[SDUI-3] the kept-alive home revalidates when the buyer comes back", async () => {
    const home = asResponse(loadTemplate("platform_home"));
    const fetch = mockFetch((_url, init) =>
      (init.headers as Record<string, string>)["If-None-Match"] ? new Response(null, { status: 304 }) : jsonResponse(200, home, { ETag: '"r1"' }),
    );
    const { router, wrapper } = await mountApp("/");
    await router.push("/me");
    await vi.waitFor(() => expect(wrapper.text()).toContain("我的订单"));
    await router.push("/");
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(2));
    expect((fetch.mock.calls[1][1].headers as Record<string, string>)["If-None-Match"]).toBe('"r1"');
    await vi.waitFor(() => expect(sectionIds(wrapper)).toEqual(home.order));
  });

  it("[SDUI-5] a shop home asks GET /api/v1/shops/<id>/page", async () => {
    const fetch = mockFetch(() => jsonResponse(200, asResponse(loadTemplate("shop_home"), "shop-home")));
    const { wrapper } = await mountApp("/shop/7");
    expect(fetch.mock.calls[0][0]).toBe("/api/v1/shops/7/page?channel=h5");
    expect(sectionIds(wrapper)[0]).toBe("shop");
    expect(wrapper.find(".van-nav-bar").exists()).toBe(true);
  });

  it("[SDUI-5] a custom page asks GET /api/v1/pages/<key> and passes ?preview= through", async () => {
    const fetch = mockFetch(() => jsonResponse(200, asResponse(loadTemplate("campaign"), "double11")));
    const { wrapper } = await mountApp("/page/double11?preview=signed.token");
    expect(fetch.mock.calls[0][0]).toBe("/api/v1/pages/double11?channel=h5&preview=signed.token");
    expect((fetch.mock.calls[0][1].headers as Record<string, string>)["If-None-Match"]).toBeUndefined();
    expect(wrapper.text()).toContain("预览模式");
    expect(wrapper.find(".van-nav-bar__title").text()).toBe("双11狂欢节");
  });

  it("[SDUI-3] loads a lazy section from the section-data endpoint", async () => {
    vi.stubGlobal("IntersectionObserver", undefined);
    const page = pageOf({ later: { type: "product_grid", v: 1, settings: {}, lazy: true, data: null } });
    const fetch = mockFetch((url) =>
      url.includes("/sections/") ? jsonResponse(200, { items: [product(42)] }) : jsonResponse(200, { ...page, key: "home" }),
    );
    const { wrapper } = await mountApp("/");
    await vi.waitFor(() => expect(wrapper.find("[data-product-id='42']").exists()).toBe(true));
    expect(fetch.mock.calls[1][0]).toBe("/api/v1/pages/home/sections/later?channel=h5");
  });

  it("[SDUI-5] the category centre draws page `category`, or the category tree when it does not exist", async () => {
    mockFetch((url) =>
      url.includes("/categories/tree")
        ? jsonResponse(200, { items: [{ id: 1, name: "家居", level: 1, icon: "", children: [] }] })
        : jsonResponse(404, { error: { code: "page_not_found", message: "页面不存在", fields: {} } }),
    );
    const { wrapper } = await mountApp("/category");
    await vi.waitFor(() => expect(wrapper.find("[data-test='category-l1']").exists()).toBe(true));
    expect(wrapper.text()).toContain("家居");
    expect(wrapper.find(".van-tabbar").exists()).toBe(true);
  });

  it("[SDUI-5] a missing custom page says so, with a way home", async () => {
    mockFetch(() => jsonResponse(404, { error: { code: "page_not_found", message: "页面不存在", fields: {} } }));
    const { wrapper } = await mountApp("/page/nope");
    expect(wrapper.text()).toContain("页面不存在或已下线");
    expect(wrapper.text()).toContain("返回首页");
  });

  it("[SDUI-3] a network failure offers to load again", async () => {
    let fail = true;
    mockFetch(() => {
      if (fail) throw new TypeError("Failed to fetch");
      return jsonResponse(200, pageOf({ t: { type: "title_bar", v: 1, settings: { title: "恢复了" } } }));
    });
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const { wrapper } = await mountApp("/");
    expect(wrapper.text()).toContain("网络连接失败");
    fail = false;
    await wrapper.find(".layout-page__btn").trigger("click");
    await vi.waitFor(() => expect(wrapper.text()).toContain("恢复了"));
  });

  it("[SDUI-5] tab pages without a tab bar in their layout draw the one home showed last", async () => {
    const home = asResponse(loadTemplate("platform_home"));
    home.sections["tab-bar"] = {
      ...home.sections["tab-bar"],
      settings: { ...(home.sections["tab-bar"].settings as object), active_color: "#123456" },
    };
    mockFetch(() => jsonResponse(200, home));
    const { router, wrapper } = await mountApp("/");
    expect(wrapper.findAll(".van-tabbar")).toHaveLength(1);

    await router.push("/cart");
    await vi.waitFor(() => expect(wrapper.find("[data-test='cart-empty']").exists()).toBe(true));
    const active = wrapper.find(".van-tabbar-item--active");
    expect(active.text()).toBe("购物车");
    expect(active.attributes("style")).toContain("color: #123456");
  });
});

describe("session", () => {
  it("[SDUI-3] sends the stored token and forgets it on 401", async () => {
    setToken("buyer-token");
    const fetch = mockFetch(() => jsonResponse(401, { error: { code: "token_expired", message: "登录已过期", fields: {} } }));
    await expect(client.get("/me")).rejects.toMatchObject({ status: 401, code: "token_expired" });
    expect((fetch.mock.calls[0][1].headers as Record<string, string>).Authorization).toBe("Bearer buyer-token");
    expect(getToken()).toBeNull();
    expect(localStorage.getItem(TOKEN_KEY)).toBeNull();
  });
});
