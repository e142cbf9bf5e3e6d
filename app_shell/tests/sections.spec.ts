import { flushPromises } from "@vue/test-utils";
import { Swipe } from "vant";
import { afterEach, describe, expect, it, vi } from "vitest";
import { nextTick } from "vue";

import { popupKey, rememberPopup, shouldShowPopup } from "@/core/popup";

import { mountPage, pageOf, product } from "./helpers";

const fakeTimers = () =>
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "Date"] });

afterEach(() => {
  vi.useRealTimers();
});

const slide = (n: number) => ({
  image: `/media/demo/banner-${n}.jpg`,
  title: `活动${n}`,
  action: { kind: "category", category_id: n },
});

describe("banner", () => {
  it("[HOME-1] renders at most 5 slides, auto-rotating at the interval", async () => {
    const { wrapper } = await mountPage(
      pageOf({ b: { type: "banner", v: 1, settings: { slides: [1, 2, 3, 4, 5, 6].map(slide), interval: 3000 } } }),
    );
    expect(wrapper.findAll(".van-swipe-item")).toHaveLength(5);
    expect(wrapper.findAll(".van-swipe-item img").map((i) => i.attributes("src"))).toEqual(
      [1, 2, 3, 4, 5].map((n) => `/media/demo/banner-${n}.jpg`),
    );
    expect(wrapper.findComponent(Swipe).props("autoplay")).toBe(3000);
  });

  it("[HOME-1] does not rotate when autoplay is off, and keeps the height's shape on the 375 design", async () => {
    const { wrapper } = await mountPage(
      pageOf({ b: { type: "banner", v: 1, settings: { slides: [slide(1), slide(2)], autoplay: false, height: 200, margin_x: 12 } } }),
    );
    expect(wrapper.findComponent(Swipe).props("autoplay")).toBe(0);
    expect(wrapper.find(".van-swipe").attributes("style")).toContain("aspect-ratio: 351 / 200");
  });

  it("[HOME-1] a tap on a slide runs its action", async () => {
    const { wrapper, router } = await mountPage(
      pageOf({ b: { type: "banner", v: 1, settings: { slides: [slide(1), slide(12)] } } }),
    );
    await wrapper.findAll(".van-swipe-item")[1].trigger("click");
    await flushPromises();
    await expect.poll(() => router.currentRoute.value.fullPath).toBe("/category/12");
  });
});

describe("search box", () => {
  const section = (settings: Record<string, unknown>, items: string[] = ["保温杯", "羽绒服", "洗衣液"]) => ({
    type: "search_box",
    v: 1,
    settings: { placeholder: "搜索商品/品牌/店铺", rotate_interval: 3000, ...settings },
    source: { kind: "hot_words", limit: 10 },
    data: { items },
  });

  it("[HOME-2] rotates the hot words as placeholder every rotate_interval", async () => {
    fakeTimers();
    const { wrapper } = await mountPage(pageOf({ s: section({ rotate_hot_words: true }) }));
    const placeholder = () => wrapper.find("input").attributes("placeholder");

    expect(placeholder()).toBe("保温杯");
    vi.advanceTimersByTime(3000);
    await nextTick();
    expect(placeholder()).toBe("羽绒服");
    vi.advanceTimersByTime(3000);
    await nextTick();
    expect(placeholder()).toBe("洗衣液");
    vi.advanceTimersByTime(3000);
    await nextTick();
    expect(placeholder()).toBe("保温杯");
  });

  it("[HOME-2] searches the hot word shown; a tap on the box opens the search page", async () => {
    const { wrapper, router } = await mountPage(pageOf({ s: section({ rotate_hot_words: true }) }));
    await wrapper.find(".sec-search__btn").trigger("click");
    await flushPromises();
    await expect.poll(() => router.currentRoute.value.fullPath).toBe(`/search?keyword=${encodeURIComponent("保温杯")}`);

    await router.push("/");
    await wrapper.find("input").trigger("click");
    await flushPromises();
    await expect.poll(() => router.currentRoute.value.path).toBe("/search");
    expect(router.currentRoute.value.query.hint).toBe("保温杯");
  });

  it("[HOME-2] shows the configured placeholder without rotation or hot words", async () => {
    fakeTimers();
    const { wrapper } = await mountPage(
      pageOf({ a: section({ rotate_hot_words: false }), b: section({ rotate_hot_words: true }, []) }),
    );
    const inputs = wrapper.findAll("input");
    vi.advanceTimersByTime(9000);
    await nextTick();
    expect(inputs.map((i) => i.attributes("placeholder"))).toEqual(["搜索商品/品牌/店铺", "搜索商品/品牌/店铺"]);
  });

  it("[HOME-2] sticks to the top when sticky", async () => {
    const { wrapper } = await mountPage(pageOf({ s: section({ sticky: true }) }));
    expect(wrapper.find("[data-section-id='s']").classes()).toContain("is-sticky");
  });
});

describe("category grid", () => {
  const categories = Array.from({ length: 12 }, (_, i) => ({ id: 100 + i, name: `分类${i}`, icon: `/media/demo/c${i}.jpg` }));
  const grid = (settings: Record<string, unknown>) => ({
    type: "category_grid",
    v: 1,
    settings: { columns: 5, rows: 2, show_more: true, more_text: "更多", more_action: { kind: "tab", tab: "category" }, ...settings },
    source: { kind: "category_tree", limit: 12 },
    data: { items: categories },
  });

  it("[HOME-3] fills columns × rows cells, the last one 更多", async () => {
    const { wrapper } = await mountPage(pageOf({ g: grid({}) }));
    const cells = wrapper.findAll(".van-grid-item");
    expect(cells).toHaveLength(10);
    expect(wrapper.findAll("[data-category-id]").map((c) => c.attributes("data-category-id"))).toEqual(
      categories.slice(0, 9).map((c) => String(c.id)),
    );
    expect(cells[9].text()).toBe("更多");
    expect(cells[0].attributes("style")).toContain("flex-basis: 20%");
  });

  it("[HOME-3] 4 columns × 1 row without 更多 shows 4 categories", async () => {
    const { wrapper } = await mountPage(pageOf({ g: grid({ columns: 4, rows: 1, show_more: false }) }));
    expect(wrapper.findAll(".van-grid-item")).toHaveLength(4);
    expect(wrapper.text()).not.toContain("更多");
  });

  it("[HOME-3] 更多 goes to the category centre; a category to its products", async () => {
    const { wrapper, router } = await mountPage(pageOf({ g: grid({}) }));
    await wrapper.find(".sec-catgrid__more").trigger("click");
    await flushPromises();
    await expect.poll(() => router.currentRoute.value.fullPath).toBe("/category");

    await wrapper.find("[data-category-id='103']").trigger("click");
    await flushPromises();
    await expect.poll(() => router.currentRoute.value.fullPath).toBe("/category/103");
  });

  it("[HOME-3] shows a quiet empty state without categories", async () => {
    const { wrapper } = await mountPage(pageOf({ g: { ...grid({}), data: { items: [] } } }));
    expect(wrapper.find(".van-empty").exists()).toBe(true);
    expect(wrapper.text()).toContain("暂无分类");
  });
});

describe("product grid", () => {
  const items = [
    product(1, { title: "自营保温杯", price: 5990, original_price: 9900, sales: 12345, self_operated: true }),
    product(2, { title: "羽绒服", price: 29900, original_price: 29900, sales: 356, stock_state: "sold_out" }),
    product(3, { title: "洗衣液", price: 1990, original_price: null, sales: 0 }),
  ];
  const grid = (settings: Record<string, unknown>) => ({
    type: "product_grid",
    v: 1,
    settings: { show_original_price: true, ...settings },
    source: { kind: "product_ids", ids: [1, 2, 3] },
    data: { items },
  });

  for (const columns of [2, 3, 4]) {
    it(`[HOME-4] lays the cards out in ${columns} columns`, async () => {
      const { wrapper } = await mountPage(pageOf({ g: grid({ columns }) }));
      const el = wrapper.find(".sec-pgrid__grid");
      expect(el.classes()).toContain(`cols-${columns}`);
      expect(el.attributes("style")).toContain(`grid-template-columns: repeat(${columns}, minmax(0, 1fr))`);
      expect(wrapper.findAll("[data-product-id]").map((c) => c.attributes("data-product-id"))).toEqual(["1", "2", "3"]);
    });
  }

  it("[HOME-4] a card shows image, 2-line title, 自营, red price with small fen, struck original price, sales", async () => {
    const { wrapper } = await mountPage(pageOf({ g: grid({ columns: 2, title_lines: 2 }) }));
    const card = wrapper.find("[data-product-id='1']");
    expect(card.find("img").attributes("src")).toBe("/media/demo/product-1.jpg");
    expect(card.find(".pcard__title").classes()).toContain("lines-2");
    expect(card.find(".pcard__title").text()).toBe("自营自营保温杯");
    expect(card.find(".van-tag").text()).toBe("自营");
    expect(card.find(".price__sign").text()).toBe("¥");
    expect(card.find(".price__yuan").text()).toBe("59");
    expect(card.find(".price__fen").text()).toBe(".90");
    expect(card.find(".pcard__original").text()).toBe("¥99.00");
    expect(card.find(".pcard__sales").text()).toBe("已售1.2万");
    expect(card.find(".pcard__buy").text()).toBe("立即购买");
  });

  it("[HOME-4] shows no struck price when it is not higher, and no 自营 for other shops", async () => {
    const { wrapper } = await mountPage(pageOf({ g: grid({ columns: 2 }) }));
    expect(wrapper.find("[data-product-id='2'] .pcard__original").exists()).toBe(false);
    expect(wrapper.find("[data-product-id='3'] .pcard__original").exists()).toBe(false);
    expect(wrapper.find("[data-product-id='3'] .van-tag").exists()).toBe(false);
  });

  it("[HOME-4] covers a sold-out product and disables its buy button", async () => {
    const { wrapper } = await mountPage(pageOf({ g: grid({ columns: 2 }) }));
    const card = wrapper.find("[data-product-id='2']");
    expect(card.find(".pcard__soldout").text()).toBe("已售罄");
    expect(card.find(".pcard__buy").attributes("disabled")).toBeDefined();
    expect(wrapper.find("[data-product-id='1'] .pcard__soldout").exists()).toBe(false);
  });

  it("[HOME-4] honours the display switches", async () => {
    const { wrapper } = await mountPage(
      pageOf({ g: grid({ columns: 2, show_sales: false, show_buy_button: false, show_original_price: false, title_lines: 1 }) }),
    );
    expect(wrapper.find(".pcard__sales").exists()).toBe(false);
    expect(wrapper.find(".pcard__buy").exists()).toBe(false);
    expect(wrapper.find(".pcard__original").exists()).toBe(false);
    expect(wrapper.find(".pcard__title").classes()).toContain("lines-1");
  });

  it("[HOME-4] uses the round cart button at 3 and 4 columns", async () => {
    const { wrapper } = await mountPage(pageOf({ g: grid({ columns: 3, buy_button_style: "button" }) }));
    expect(wrapper.find(".pcard__buy").exists()).toBe(false);
    expect(wrapper.findAll(".pcard__cart")).toHaveLength(3);
  });

  it("[HOME-4] a tap on a card or its buy button opens the product", async () => {
    const { wrapper, router } = await mountPage(pageOf({ g: grid({ columns: 2 }) }));
    await wrapper.find("[data-product-id='3']").trigger("click");
    await flushPromises();
    await expect.poll(() => router.currentRoute.value.fullPath).toBe("/product/3");
    await wrapper.find("[data-product-id='1'] .pcard__buy").trigger("click");
    await flushPromises();
    await expect.poll(() => router.currentRoute.value.fullPath).toBe("/product/1");
  });

  it("[HOME-4] shows a tasteful empty state without products, never an error", async () => {
    const { wrapper } = await mountPage(pageOf({ g: { ...grid({}), data: { items: [] } }, h: { ...grid({}), data: null } }));
    expect(wrapper.findAll(".van-empty")).toHaveLength(2);
    expect(wrapper.text()).toContain("暂无商品");
  });

  it("[HOME-7] shows a skeleton while a lazy section waits for its data", async () => {
    vi.stubGlobal("IntersectionObserver", undefined);
    const { wrapper } = await mountPage(pageOf({ g: { ...grid({}), lazy: true, data: null } }), {
      loadSection: () => new Promise(() => {}),
    });
    expect(wrapper.find("[aria-busy='true']").exists()).toBe(true);
    expect(wrapper.find(".van-empty").exists()).toBe(false);
  });
});

describe("ranking list", () => {
  const ranked = Array.from({ length: 10 }, (_, i) => product(700 + i, { rank: i + 1 }));

  it("[HOME-5] shows ranks 1..N in order with badges", async () => {
    const { wrapper } = await mountPage(
      pageOf({ r: { type: "ranking_list", v: 1, settings: { title: "热销榜 TOP10" }, data: { items: ranked } } }),
    );
    const rows = wrapper.findAll("[data-rank]");
    expect(rows.map((r) => r.attributes("data-rank"))).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]);
    expect(rows.map((r) => r.find(".rank").text())).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]);
    expect(rows[0].find(".rank").classes()).toContain("rank--1");
    expect(rows[3].find(".rank").classes()).toContain("rank--rest");
    expect(wrapper.text()).toContain("热销榜 TOP10");
  });

  it("[HOME-5] numbers items by position when the data carries no rank", async () => {
    const { wrapper } = await mountPage(
      pageOf({ r: { type: "ranking_list", v: 1, settings: { layout: "scroll" }, data: { items: [product(1), product(2)] } } }),
    );
    expect(wrapper.findAll("[data-rank]").map((r) => r.attributes("data-rank"))).toEqual(["1", "2"]);
  });

  it("[HOME-5] 查看完整榜单 opens the full ranking page", async () => {
    const { wrapper, router } = await mountPage(
      pageOf({ r: { type: "ranking_list", v: 1, settings: { show_more: true }, data: { items: ranked } } }),
    );
    await wrapper.find(".sec-head__more").trigger("click");
    await flushPromises();
    expect(wrapper.find(".sec-head__more").text()).toBe("查看完整榜单");
    await expect.poll(() => router.currentRoute.value.fullPath).toBe("/page/ranking");
  });
});

describe("notice bar", () => {
  const notice = (scroll: string) => ({
    type: "notice_bar",
    v: 1,
    settings: { lines: ["双11预售开启", "全场满99元包邮"], scroll },
    action: { kind: "page", page_key: "double11" },
  });

  for (const scroll of ["horizontal", "vertical", "none"]) {
    it(`[HOME-7] shows every notice line (${scroll})`, async () => {
      const { wrapper } = await mountPage(pageOf({ n: notice(scroll) }));
      expect(wrapper.find(".van-notice-bar").exists()).toBe(true);
      expect(wrapper.text()).toContain("双11预售开启");
      expect(wrapper.text()).toContain("全场满99元包邮");
    });
  }

  it("[HOME-7] a tap runs the section action", async () => {
    const { wrapper, router } = await mountPage(pageOf({ n: notice("vertical") }));
    await wrapper.find(".van-notice-bar").trigger("click");
    await flushPromises();
    await expect.poll(() => router.currentRoute.value.fullPath).toBe("/page/double11");
  });
});

describe("popup ad", () => {
  const popup = (settings: Record<string, unknown> = {}) => ({
    type: "popup_ad",
    v: 1,
    settings: { image: "/media/demo/popup-double11.jpg", frequency: "once_per_day", delay: 500, ...settings },
    action: { kind: "page", page_key: "double11" },
  });

  async function shown(settings: Record<string, unknown> = {}) {
    const { wrapper, router } = await mountPage(pageOf({ p: popup(settings) }));
    vi.advanceTimersByTime(600);
    await nextTick();
    await nextTick();
    return { visible: wrapper.find(".sec-popup__img").exists() && wrapper.find(".van-popup").isVisible(), wrapper, router };
  }

  it("[HOME-7] shows after its delay, once per day", async () => {
    fakeTimers();
    vi.setSystemTime(new Date(2025, 10, 1, 9, 0));
    const first = await shown();
    expect(first.visible).toBe(true);
    first.wrapper.unmount();

    vi.setSystemTime(new Date(2025, 10, 1, 21, 0));
    expect((await shown()).visible).toBe(false);

    vi.setSystemTime(new Date(2025, 10, 2, 8, 0));
    expect((await shown()).visible).toBe(true);
  });

  it("[HOME-7] shows a new image again the same day", async () => {
    fakeTimers();
    expect((await shown()).visible).toBe(true);
    expect((await shown({ image: "/media/demo/popup-new.jpg" })).visible).toBe(true);
  });

  it("[HOME-7] once means once ever; every_visit every time", async () => {
    fakeTimers();
    vi.setSystemTime(new Date(2025, 10, 1));
    expect((await shown({ frequency: "once" })).visible).toBe(true);
    vi.setSystemTime(new Date(2025, 11, 1));
    expect((await shown({ frequency: "once" })).visible).toBe(false);
    expect((await shown({ frequency: "every_visit", image: "/media/demo/x.jpg" })).visible).toBe(true);
    expect((await shown({ frequency: "every_visit", image: "/media/demo/x.jpg" })).visible).toBe(true);
  });

  it("[HOME-7] a tap on the image closes it and runs the action", async () => {
    fakeTimers();
    const { wrapper, router } = await shown();
    await wrapper.find(".sec-popup__img").trigger("click");
    vi.useRealTimers();
    await flushPromises();
    await expect.poll(() => router.currentRoute.value.fullPath).toBe("/page/double11");
  });

  it("[HOME-7] remembers per section and image, by the buyer's calendar day", () => {
    const store = new Map<string, string>();
    const kv = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    const key = popupKey("popup", "/media/demo/a.jpg");
    expect(shouldShowPopup(key, "once_per_day", new Date(2025, 0, 1, 23, 59), kv)).toBe(true);
    rememberPopup(key, new Date(2025, 0, 1, 23, 59), kv);
    expect(shouldShowPopup(key, "once_per_day", new Date(2025, 0, 1, 23, 59, 59), kv)).toBe(false);
    expect(shouldShowPopup(key, "once_per_day", new Date(2025, 0, 2, 0, 0), kv)).toBe(true);
    expect(shouldShowPopup(popupKey("popup", "/media/demo/b.jpg"), "once_per_day", new Date(2025, 0, 1), kv)).toBe(true);
    expect(shouldShowPopup(key, "once", new Date(2030, 0, 1), kv)).toBe(false);
    expect(shouldShowPopup(key, "every_visit", new Date(2025, 0, 1), kv)).toBe(true);
  });
});

describe("entries to the coupon and brand centres", () => {
  it("[HOME-7] coupon strip claims a coupon in place and links to the coupon centre", async () => {
    const { wrapper, client, toast, router } = await mountPage(
      pageOf({
        c: {
          type: "coupon_strip",
          v: 1,
          settings: { title: "领券中心", show_more: true },
          source: { kind: "coupon_ids", ids: [501] },
          data: { items: [{ id: 501, title: "新人券", amount: 5000, threshold: 30000 }] },
        },
      }),
    );
    expect(wrapper.find("[data-coupon-id='501']").text()).toContain("满300可用");
    await wrapper.find(".ticket__btn").trigger("click");
    await flushPromises();
    expect(client.post).toHaveBeenCalledWith("/coupons/claim", { template_id: 501 });
    expect(toast).toHaveBeenCalledWith("领取成功");
    await wrapper.find(".sec-head__more").trigger("click");
    await flushPromises();
    await expect.poll(() => router.currentRoute.value.fullPath).toBe("/page/coupon-center");
  });

  it("[HOME-7] brand wall searches a brand without action and links to the brand centre", async () => {
    const { wrapper, router } = await mountPage(
      pageOf({
        b: {
          type: "brand_wall",
          v: 1,
          settings: { brands: [{ logo: "/media/demo/brand-midea.jpg", name: "美的" }], show_more: true },
        },
      }),
    );
    await wrapper.find(".sec-brands__item").trigger("click");
    await flushPromises();
    await expect.poll(() => router.currentRoute.value.fullPath).toBe(`/search?keyword=${encodeURIComponent("美的")}`);
    await wrapper.find(".sec-head__more").trigger("click");
    await flushPromises();
    await expect.poll(() => router.currentRoute.value.fullPath).toBe("/page/brand-center");
  });
});

describe("images", () => {
  it("[SDUI-4] shows a neutral block for a missing or unsafe image, never a broken image", async () => {
    const { wrapper } = await mountPage(
      pageOf({
        g: {
          type: "product_grid",
          v: 1,
          settings: {},
          data: { items: [product(1, { image: "" }), product(2, { image: "javascript:alert(1)" })] },
        },
      }),
    );
    expect(wrapper.findAll("img")).toHaveLength(0);
    expect(wrapper.findAll(".safe-img__ph")).toHaveLength(2);
  });
});
