// Home page sections (HOME-*) rendered by their components with real Vant Weapp components.
const { mountSection, normalized } = require("./helpers/sim");
const { installWx, flush } = require("./helpers/wx");
const { productCard } = require("./helpers/fake-data");

let wx;
let store;
beforeEach(() => {
  ({ wx, store } = installWx());
});
afterEach(() => {
  jest.useRealTimers();
});

const urlOf = (mockFn, call = 0) => mockFn.mock.calls[call][0].url;

describe("[HOME-1] banner", () => {
  const slide = (i, action) => ({ image: `/media/demo/banner-${i}.jpg`, title: `第${i}张`, action });

  test("[HOME-1] shows at most 5 slides in a swiper with the settings applied", () => {
    const slides = [1, 2, 3, 4, 5, 6, 7].map((i) => slide(i, { kind: "product", product_id: i }));
    const comp = mountSection(normalized({ type: "banner", settings: { slides, interval: 5000, height: 180 } }));
    expect(comp.querySelectorAll(".banner__item")).toHaveLength(5);
    expect(comp.data.slides.map((s) => s.image)).toEqual([1, 2, 3, 4, 5].map((i) => `/media/demo/banner-${i}.jpg`));
    const swiper = comp.querySelector(".banner__swiper");
    expect(swiper.dom.getAttribute("style")).toContain("height:360");
    expect(comp.data.dots).toBe(true);
    expect(comp.data.s.autoplay).toBe(true); // catalogue default under the settings
  });

  test("[HOME-1] a tap on a slide performs its action", async () => {
    const comp = mountSection(
      normalized({
        type: "banner",
        settings: {
          slides: [
            slide(1, { kind: "page", page_key: "double11" }),
            slide(2, { kind: "category", category_id: 12 }),
            slide(3, { kind: "product", product_id: 10086 }),
            slide(4),
          ],
        },
      }),
    );
    const items = comp.querySelectorAll(".banner__item");
    items[0].dispatchEvent("tap");
    await flush();
    expect(urlOf(wx.navigateTo)).toBe("/pages/page/index?key=double11");

    items[1].dispatchEvent("tap");
    await flush();
    expect(urlOf(wx.switchTab)).toBe("/pages/category/index");
    expect(store.get("pending_category_id")).toBe(12);

    items[2].dispatchEvent("tap");
    await flush();
    expect(urlOf(wx.navigateTo, 1)).toBe("/pages/product/index?id=10086");

    items[3].dispatchEvent("tap"); // no action: nothing happens
    await flush();
    expect(wx.navigateTo).toHaveBeenCalledTimes(2);
  });

  test("[HOME-1] draws nothing without slides", () => {
    const comp = mountSection(normalized({ type: "banner", settings: { slides: [] } }));
    expect(comp.querySelector(".banner")).toBeFalsy();
    expect(comp.dom.textContent).toBe("");
  });
});

describe("[HOME-2] search box", () => {
  test("[HOME-2] the placeholder is the first hot word and rotates through them", () => {
    jest.useFakeTimers();
    const comp = mountSection(
      normalized({
        type: "search_box",
        settings: { placeholder: "搜索商品", rotate_hot_words: true, rotate_interval: 3000 },
        data: { items: ["保温杯", "羽绒服", "车厘子"] },
      }),
    );
    return Promise.resolve().then(() => {
      const search = comp.querySelector(".search__box");
      expect(search.data.placeholder).toBe("保温杯"); // the Vant component got it
      jest.advanceTimersByTime(3000);
      expect(comp.querySelector(".search__box").data.placeholder).toBe("羽绒服");
      jest.advanceTimersByTime(6000);
      expect(comp.querySelector(".search__box").data.placeholder).toBe("保温杯");
    });
  });

  test("[HOME-2] without hot words the settings placeholder shows; a tap opens the search page", async () => {
    const comp = mountSection(normalized({ type: "search_box", settings: { placeholder: "搜索商品/品牌" }, data: { items: [] } }));
    expect(comp.querySelector(".search__box").data.placeholder).toBe("搜索商品/品牌");
    comp.querySelector(".search").dispatchEvent("tap");
    await flush();
    expect(urlOf(wx.navigateTo)).toBe("/pages/search/index");
  });

  test("[HOME-2] a tap with a hot word passes it as the search page's hint", async () => {
    const comp = mountSection(normalized({ type: "search_box", settings: { rotate_hot_words: false }, data: { items: ["保温杯", "羽绒服"] } }));
    comp.querySelector(".search").dispatchEvent("tap");
    await flush();
    expect(urlOf(wx.navigateTo)).toBe("/pages/search/index?hint=" + encodeURIComponent("保温杯"));
  });
});

describe("[HOME-3] category grid", () => {
  const categories = (n) => Array.from({ length: n }, (_, i) => ({ id: 100 + i, name: "分类" + i, icon: "/media/demo/c" + i + ".jpg", children: [] }));

  test("[HOME-3] fills columns × rows with the last cell 「更多」", () => {
    const comp = mountSection(
      normalized({ type: "category_grid", settings: { columns: 5, rows: 2, show_more: true, more_text: "全部" }, data: { items: categories(12) } }),
    );
    const cells = comp.querySelectorAll(".cats__cell");
    expect(cells).toHaveLength(10);
    expect(comp.querySelector(".cats__grid").data.columnNum).toBe(5);
    expect(cells[0].data.columnNum).toBe(5); // van-grid-item found its van-grid
    expect(cells[0].dom.firstElementChild.getAttribute("style")).toContain("width:20%");
    const names = comp.dom.querySelectorAll(".sdui-test--cats__name");
    expect(Array.from(names).map((n) => n.textContent)).toEqual([...categories(9).map((c) => c.name), "全部"]);
  });

  test("[HOME-3] four columns without 「更多」 shows columns × rows categories", () => {
    const comp = mountSection(normalized({ type: "category_grid", settings: { columns: 4, rows: 1, show_more: false }, data: { items: categories(9) } }));
    expect(comp.querySelectorAll(".cats__cell")).toHaveLength(4);
    expect(comp.querySelector(".cats__grid").data.columnNum).toBe(4);
  });

  test("[HOME-3] a tap opens the category tab with that category; 「更多」 its own action", async () => {
    const comp = mountSection(
      normalized({ type: "category_grid", settings: { columns: 5, rows: 1, more_action: { kind: "tab", tab: "category" } }, data: { items: categories(6) } }),
    );
    const cells = comp.querySelectorAll(".cats__cell");
    cells[1].dispatchEvent("click");
    await flush();
    expect(urlOf(wx.switchTab)).toBe("/pages/category/index");
    expect(store.get("pending_category_id")).toBe(101);
    cells[4].dispatchEvent("click");
    await flush();
    expect(wx.switchTab).toHaveBeenCalledTimes(2);
  });
});

describe("[HOME-4] product grid", () => {
  const items = [
    productCard(1, { price: 1999, original_price: 2999, sales: 12345, self_operated: true, stock_state: "in_stock", tags: ["包邮"] }),
    productCard(2, { price: 500, original_price: 500, sales: 3, self_operated: false, stock_state: "sold_out", tags: [] }),
    productCard(3, { price: 12, original_price: null, sales: 0, self_operated: false, stock_state: "low" }),
  ];
  const section = (settings) => normalized({ type: "product_grid", settings, data: { items } });

  test.each([2, 3, 4])("[HOME-4] %i columns", (columns) => {
    const comp = mountSection(section({ columns, gap: 8 }));
    const cells = comp.dom.querySelectorAll("[data-product-id]");
    expect(cells).toHaveLength(3);
    expect(cells[0].getAttribute("style")).toContain(`/ ${columns})`);
    // the last card of a row has no right margin
    const rightMargins = Array.from(cells).map((c) => /margin-right:(\S+)/.exec(c.getAttribute("style"))[1]);
    rightMargins.forEach((m, i) => expect(m === "0").toBe((i + 1) % columns === 0));
  });

  test("[HOME-4] card fields: title, red price with small fen, original price, sales, 自营, sold-out", () => {
    const comp = mountSection(section({ columns: 2, show_original_price: true, show_sales: true, show_buy_button: true, buy_button_text: "马上抢" }));
    const cards = Array.from(comp.dom.querySelectorAll("[data-product-id]"));
    expect(cards.map((c) => c.getAttribute("data-product-id"))).toEqual(["1", "2", "3"]);
    const text = (el, cls) => {
      const node = el.querySelector(".sdui-test--" + cls);
      return node ? node.textContent.trim() : null;
    };
    expect(cards[0].textContent).toContain(items[0].title);
    expect(text(cards[0], "price__yuan")).toBe("19");
    expect(text(cards[0], "price__fen")).toBe(".99");
    expect(text(cards[0], "original")).toBe("¥29.99");
    expect(text(cards[0], "sales")).toBe("已售1.2万");
    expect(cards[0].textContent).toContain("自营");
    expect(text(cards[0], "goods__buy")).toBe("马上抢");
    expect(cards[0].querySelector(".sdui-test--sold-out")).toBeNull();

    expect(text(cards[1], "original")).toBeNull(); // not higher than the price
    expect(cards[1].textContent).not.toContain("自营");
    expect(text(cards[1], "sold-out__badge")).toBe("已售罄");
    expect(text(cards[1], "goods__buy")).toBeNull(); // no buy button on a sold-out card

    expect(text(cards[2], "price__yuan")).toBe("0");
    expect(text(cards[2], "price__fen")).toBe(".12");
    expect(text(cards[2], "sales")).toBe("已售0");
  });

  test("[HOME-4] settings hide fields; 3:4 images", () => {
    const comp = mountSection(section({ columns: 3, show_price: false, show_sales: false, show_title: false, image_ratio: "3:4" }));
    const card = comp.dom.querySelector("[data-product-id]");
    expect(card.querySelector(".sdui-test--price")).toBeNull();
    expect(card.querySelector(".sdui-test--sales")).toBeNull();
    expect(card.textContent).not.toContain(items[0].title);
    expect(card.querySelector(".sdui-test--thumb").getAttribute("style")).toContain("133.33%");
  });

  test("[HOME-4] a tap on a card (or its buy button) opens the product", async () => {
    const comp = mountSection(section({ columns: 2 }));
    comp.querySelectorAll(".goods__cell")[2].dispatchEvent("tap");
    await flush();
    expect(urlOf(wx.navigateTo)).toBe("/pages/product/index?id=3");
    comp.querySelector(".goods__buy").dispatchEvent("tap");
    await flush();
    expect(urlOf(wx.navigateTo, 1)).toBe("/pages/product/index?id=1");
  });
});

describe("[HOME-5] ranking list", () => {
  const items = [1, 2, 3, 4, 5].map((i) => productCard(40 + i, { rank: i, stock_state: "in_stock" }));

  test("[HOME-5] ranked rows with medals for the top 3, price and sales", () => {
    const comp = mountSection(normalized({ type: "ranking_list", settings: { title: "热销榜 TOP10", layout: "list" }, data: { items } }));
    expect(comp.dom.textContent).toContain("热销榜 TOP10");
    const rows = Array.from(comp.dom.querySelectorAll("[data-product-id]"));
    expect(rows.map((r) => Number(r.getAttribute("data-product-id")))).toEqual([41, 42, 43, 44, 45]);
    const badges = rows.map((r) => r.querySelector(".sdui-test--rank__badge"));
    expect(badges.map((b) => b.textContent.trim())).toEqual(["1", "2", "3", "4", "5"]);
    expect(badges[0].className).toContain("rank--1");
    expect(badges[2].className).toContain("rank--3");
    expect(badges[3].className).not.toContain("rank--");
    expect(rows[0].querySelector(".sdui-test--price")).not.toBeNull();
    expect(rows[0].querySelector(".sdui-test--sales")).not.toBeNull();
  });

  test("[HOME-5] scroll layout, no badges; a tap opens the product; 「更多」 its action", async () => {
    const comp = mountSection(
      normalized({
        type: "ranking_list",
        settings: { layout: "scroll", show_rank_badge: false, more_action: { kind: "page", page_key: "ranking" } },
        data: { items },
      }),
    );
    expect(comp.querySelector(".rank__scroll")).not.toBeNull();
    expect(comp.dom.querySelector(".sdui-test--rank__badge")).toBeNull();
    comp.querySelectorAll(".rank__tile")[1].dispatchEvent("tap");
    await flush();
    expect(urlOf(wx.navigateTo)).toBe("/pages/product/index?id=42");
    comp.querySelector(".more").dispatchEvent("tap");
    await flush();
    expect(urlOf(wx.navigateTo, 1)).toBe("/pages/page/index?key=ranking");
  });

  test("[HOME-5] an empty ranking draws nothing", () => {
    const comp = mountSection(normalized({ type: "ranking_list", settings: {}, data: null, lazy: true }));
    expect(comp.querySelector(".rank")).toBeFalsy();
    expect(comp.dom.textContent).toBe("");
  });
});

describe("[HOME-7] notice bar and popup", () => {
  test("[HOME-7] horizontal notice: one van-notice-bar marquee of all lines; a tap performs the action", async () => {
    const comp = mountSection(
      normalized({
        type: "notice_bar",
        settings: { lines: ["双11预售开启", "满199包邮"], scroll: "horizontal", speed: 40 },
        action: { kind: "page", page_key: "double11" },
      }),
    );
    const bar = comp.querySelector(".notice-bar");
    expect(bar.data.text).toBe("双11预售开启\u3000\u3000满199包邮");
    expect(bar.data.scrollable).toBe(true);
    expect(bar.data.speed).toBe(40);
    expect(bar.data.leftIcon).toBe("volume-o");
    comp.querySelector(".notice").dispatchEvent("tap");
    await flush();
    expect(urlOf(wx.navigateTo)).toBe("/pages/page/index?key=double11");
  });

  test("[HOME-7] vertical notice rotates the lines in a vertical swiper", () => {
    const comp = mountSection(normalized({ type: "notice_bar", settings: { lines: ["第一条", "第二条", "第三条"], scroll: "vertical", show_icon: false } }));
    const lines = comp.querySelectorAll(".notice__line");
    expect(lines.map((l) => l.dom.textContent.trim())).toEqual(["第一条", "第二条", "第三条"]);
    expect(comp.querySelector(".notice-bar").data.leftIcon).toBe("");
  });

  const popup = (frequency, action) =>
    normalized({ type: "popup_ad", id: "popup", settings: { image: "/media/demo/popup.jpg", delay: 500, frequency, show_close: true, close_on_mask: true }, action });

  test("[HOME-7] the popup opens after its delay, once per day; a tap on the image performs its action", async () => {
    jest.useFakeTimers();
    const comp = mountSection(popup("once_per_day", { kind: "claim_coupon", coupon_id: 501 }));
    expect(comp.querySelector(".popup-ad").data.show).toBe(false);
    jest.advanceTimersByTime(499);
    expect(comp.querySelector(".popup-ad").data.show).toBe(false);
    jest.advanceTimersByTime(1);
    expect(comp.querySelector(".popup-ad").data.show).toBe(true);
    expect(comp.querySelector(".popup-ad").data.closeOnClickOverlay).toBe(true);

    // Same day, second visit: not again.
    const again = mountSection(popup("once_per_day", null));
    jest.advanceTimersByTime(1000);
    expect(again.querySelector(".popup-ad").data.show).toBe(false);

    // Tap on the image: closes and claims the coupon.
    wx._handler = () => ({ statusCode: 200, data: { id: 1 } });
    comp.querySelector(".popup-ad__img").dispatchEvent("tap");
    jest.useRealTimers();
    await flush();
    expect(comp.querySelector(".popup-ad").data.show).toBe(false);
    expect(wx.request.mock.calls[0][0]).toMatchObject({ method: "POST", url: "http://127.0.0.1:8000/api/v1/coupons/claim" });
    expect(JSON.parse(wx.request.mock.calls[0][0].data)).toEqual({ template_id: 501 });
    expect(wx.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: "领取成功" }));
  });

  test("[HOME-7] every_visit shows each time, once never again; the close button closes", async () => {
    jest.useFakeTimers();
    store.set("popup_seen:popup", "2000-1-1");
    const every = mountSection(popup("every_visit", null));
    jest.advanceTimersByTime(500);
    expect(every.querySelector(".popup-ad").data.show).toBe(true);
    every.querySelector(".popup-ad__close").dispatchEvent("tap");
    await flush();
    expect(every.querySelector(".popup-ad").data.show).toBe(false);

    const once = mountSection(popup("once", null));
    jest.advanceTimersByTime(1000);
    expect(once.querySelector(".popup-ad").data.show).toBe(false);

    // once_per_day: last shown on an earlier day → shows today.
    store.set("popup_seen:popup", "2000-1-1");
    const daily = mountSection(popup("once_per_day", null));
    jest.advanceTimersByTime(500);
    expect(daily.querySelector(".popup-ad").data.show).toBe(true);
  });
});
