// page-renderer: per-section path updates well under the 1 MB setData limit, media addresses,
// page style; and the Page definition shared by home, shop and custom pages.
const { mount, settle, renderPage, renderedSequence } = require("./helpers/sim");
const { installWx, flush } = require("./helpers/wx");
const { productCard, templates, pageResponse } = require("./helpers/fake-data");
const { layoutPage } = require("../miniprogram/core/layout-page.js");
const { resetClient } = require("../miniprogram/core/api.js");

const RENDERER = "components/page-renderer/index";
const MB = 1024 * 1024;

let wx;
beforeEach(() => {
  ({ wx } = installWx());
  resetClient();
});

function bigPage(sectionCount, itemsPerSection) {
  const order = [];
  const sections = {};
  for (let s = 0; s < sectionCount; s++) {
    const id = "grid-" + s;
    order.push(id);
    sections[id] = {
      type: "product_grid",
      v: 1,
      settings: { columns: 2 },
      source: { kind: "product_ids", ids: [1] },
      data: {
        items: Array.from({ length: itemsPerSection }, (_, i) =>
          productCard(s * 1000 + i + 1, { title: "超长的商品标题".repeat(100), tags: ["包邮", "满减"] }),
        ),
      },
    };
  }
  return { key: "big", page: { kind: "custom", title: "大页面" }, order, sections };
}

test("a large page is handed over in several setData calls, each far under 1 MB", () => {
  const comp = mount(RENDERER, {});
  const setData = jest.spyOn(comp.instance, "setData");
  const response = bigPage(60, 10); // the most sections a page may hold
  const total = Buffer.byteLength(JSON.stringify(response));
  expect(total).toBeGreaterThan(1 * MB);

  comp.instance.setResponse(response);
  settle(comp);
  const calls = setData.mock.calls.map(([data]) => data);
  expect(calls.length).toBeGreaterThan(3);
  calls.forEach((data) => expect(Buffer.byteLength(JSON.stringify(data))).toBeLessThan(0.5 * MB));
  // after the first call, sections are appended by index path
  Object.keys(calls[1]).forEach((key) => expect(key).toMatch(/^sections\[\d+\]$/));
  expect(comp.dom.querySelectorAll("[data-section-type]")).toHaveLength(60);
  expect(comp.dom.querySelectorAll("[data-product-id]")).toHaveLength(600);
});

test("lazy data arrives as a path update of that one section", () => {
  const document = templates().find((t) => t.name === "platform_home").document;
  const { comp, result } = renderPage(pageResponse(document));
  expect(result.lazy).toEqual(["ranking", "newest"]);
  const setData = jest.spyOn(comp.instance, "setData");
  comp.instance.setSectionData("ranking", { items: [productCard(5, { rank: 1 }), productCard(6, { rank: 2 })] });
  expect(setData).toHaveBeenCalledTimes(1);
  const index = renderedSequence(comp.dom).findIndex((s) => s.id === "ranking");
  expect(Object.keys(setData.mock.calls[0][0])).toEqual([`sections[${index}].data`]);
  expect(renderedSequence(comp.dom)[index].itemIds).toEqual([5, 6]);
  expect(comp.instance.setSectionData("no-such-section", {})).toBe(false);
});

test("site-path media become absolute addresses; the page background applies", () => {
  const { comp } = renderPage({
    page: { kind: "campaign", title: "双11", style: { background_color: "#c40018", background_image: "/media/demo/bg.jpg" } },
    order: ["b", "n"],
    sections: {
      b: { type: "banner", v: 1, settings: { slides: [{ image: "/media/demo/b.jpg", action: { kind: "mp_path", path: "/pages/x/index" } }] } },
      n: { type: "product_grid", v: 1, settings: {}, data: { items: [productCard(1, { image: "https://cdn.example.com/p.jpg" })] } },
    },
  });
  const [banner, grid] = comp.data.sections;
  expect(banner.settings.slides[0].image).toBe("http://127.0.0.1:8000/media/demo/b.jpg");
  expect(banner.settings.slides[0].action.path).toBe("/pages/x/index"); // not a media field
  expect(grid.data.items[0].image).toBe("https://cdn.example.com/p.jpg");
  expect(comp.data.pageStyle).toContain("background-color:#c40018");
  expect(comp.data.pageStyle).toContain("url(http://127.0.0.1:8000/media/demo/bg.jpg)");
});

describe("layoutPage (home, shop, custom pages)", () => {
  function fakePage(definition, renderer) {
    const page = Object.assign({ data: {} }, definition);
    page.setData = (patch) => Object.assign(page.data, patch);
    page.selectComponent = () => renderer.instance;
    page.data = JSON.parse(JSON.stringify(definition.data));
    return page;
  }

  test("loads the page, sets the navigation bar, draws it, then fills the lazy sections", async () => {
    const document = templates().find((t) => t.name === "shop_home").document;
    const response = pageResponse(document, { key: "home" });
    const full = pageResponse(document, { key: "home", loadLazy: true });
    response.page = Object.assign({}, response.page, { title: "优选生活旗舰店", style: { nav_background_color: "#1f4e99", nav_text_style: "white" } });
    wx._handler = (o) => {
      const m = /\/sections\/([^?]+)/.exec(o.url);
      if (m) return { statusCode: 200, data: full.sections[decodeURIComponent(m[1])].data };
      return { statusCode: 200, header: { ETag: '"x"' }, data: response };
    };
    const renderer = mount(RENDERER, {});
    const page = fakePage(layoutPage((o) => ({ key: "home", shopId: Number(o.id) })), renderer);
    page.onLoad({ id: "7" });
    await flush(200);
    settle(renderer);

    const urls = wx.request.mock.calls.map(([o]) => o.url.replace("http://127.0.0.1:8000/api/v1", ""));
    expect(urls[0]).toBe("/shops/7/page?channel=mp");
    expect(urls.slice(1).sort()).toEqual(
      ["all", "bestsellers", "stores"].map((id) => `/shops/7/pages/home/sections/${id}?channel=mp`),
    );
    expect(page.data.state).toBe("ready");
    expect(wx.setNavigationBarTitle).toHaveBeenCalledWith({ title: "优选生活旗舰店" });
    expect(wx.setNavigationBarColor).toHaveBeenCalledWith({ frontColor: "#ffffff", backgroundColor: "#1f4e99" });
    const { sectionSequence } = require("../miniprogram/core/sequence.js");
    expect(renderedSequence(renderer.dom)).toEqual(sectionSequence(full, "mp"));
  });

  test("an error shows the message and a retry", async () => {
    wx._handler = () => ({ statusCode: 404, data: { error: { code: "page_not_found", message: "页面不存在" } } });
    const renderer = mount(RENDERER, {});
    const page = fakePage(layoutPage(() => ({ key: "nope" })), renderer);
    page.onLoad({});
    await flush(50);
    expect(page.data).toMatchObject({ state: "error", error: "页面不存在" });
    wx._handler = () => ({ statusCode: 200, data: { page: { kind: "custom", title: "t" }, order: [], sections: {} } });
    page.onRetry();
    await flush(50);
    expect(page.data.state).toBe("empty");
  });

  test("a page opened without a valid key does not call the API", () => {
    const renderer = mount(RENDERER, {});
    const page = fakePage(layoutPage(() => null), renderer);
    page.onLoad({});
    expect(page.data.state).toBe("error");
    expect(wx.request).not.toHaveBeenCalled();
  });
});
