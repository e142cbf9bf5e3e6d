// 搜索 page: history, hot + preset words, suggestions while typing.
const { installWx, flush } = require("./helpers/wx.js");
const { serve, openPage, signIn } = require("./helpers/catalog.js");

const PAGE = "pages/search/index";

beforeEach(() => {
  installWx();
  wx.showModal = jest.fn((o) => o.success({ confirm: true }));
  require("../miniprogram/core/api.js").resetClient();
});

afterEach(() => jest.useRealTimers());

const texts = (comp, selector) => comp.querySelectorAll(selector).map((n) => n.dom.textContent.trim());

describe("search page", () => {
  test("[SEARCH-2] a signed-in shopper sees their history and can clear it", async () => {
    signIn();
    const calls = serve({
      "GET /search/history": () => ({ items: ["保温杯", "羽绒服"] }),
      "DELETE /search/history": () => undefined,
      "GET /search/hot": () => ({ preset: [], hot: [] }),
    });
    const comp = await openPage(PAGE, {});
    expect(texts(comp, ".history-word")).toEqual(["保温杯", "羽绒服"]);
    expect(calls.find((c) => c.path === "/search/history").headers.Authorization).toBe("Bearer consumer-token");

    comp.querySelector(".clear-history").dispatchEvent("tap");
    await flush(50);
    expect(calls.some((c) => c.method === "DELETE" && c.path === "/search/history")).toBe(true);
    expect(comp.instance.data.history).toEqual([]);
    expect(comp.querySelectorAll(".history-word")).toHaveLength(0);
  });

  test("[SEARCH-2] a signed-out shopper has no history and it is not asked for", async () => {
    const calls = serve({ "GET /search/hot": () => ({ preset: ["开学季"], hot: [] }) });
    const comp = await openPage(PAGE, {});
    expect(calls.map((c) => c.path)).toEqual(["/search/hot"]);
    expect(comp.querySelectorAll(".history")).toHaveLength(0);
  });

  test("[SEARCH-3] hot words ranked and preset words show; a tap searches that word", async () => {
    serve({ "GET /search/hot": () => ({ preset: ["开学季", "年货节"], hot: ["车厘子", "电热毯", "洗衣液", "跑步鞋"] }) });
    const comp = await openPage(PAGE, { hint: encodeURIComponent("车厘子") });
    expect(texts(comp, ".preset-word")).toEqual(["开学季", "年货节"]);
    expect(texts(comp, ".hot-word")).toEqual(["1车厘子", "2电热毯", "3洗衣液", "4跑步鞋"]);
    expect(comp.querySelectorAll(".hot-rank--top")).toHaveLength(3);

    comp.querySelectorAll(".hot-word")[1].dispatchEvent("tap");
    await flush(5);
    expect(wx.navigateTo).toHaveBeenLastCalledWith(expect.objectContaining({ url: "/pages/list/index?keyword=" + encodeURIComponent("电热毯") }));

    // confirming an empty box searches the placeholder's hot word
    comp.instance.onClear();
    comp.instance.onConfirm();
    expect(wx.navigateTo).toHaveBeenLastCalledWith(expect.objectContaining({ url: "/pages/list/index?keyword=" + encodeURIComponent("车厘子") }));
  });

  test("[SEARCH-4] suggestions come while typing, debounced, and only the latest counts", async () => {
    jest.useFakeTimers();
    const calls = serve({
      "GET /search/hot": () => ({ preset: [], hot: [] }),
      "GET /search/suggest": (req) => ({ items: [req.query.keyword + "杯", req.query.keyword + "杯 500ml"] }),
    });
    const comp = await openPage(PAGE, {});
    comp.instance.onInput({ detail: "b" });
    comp.instance.onInput({ detail: "bw" });
    comp.instance.onInput({ detail: "保温" });
    jest.advanceTimersByTime(299);
    expect(calls.filter((c) => c.path === "/search/suggest")).toHaveLength(0);
    jest.advanceTimersByTime(1);
    await flush(50);
    const asked = calls.filter((c) => c.path === "/search/suggest");
    expect(asked.map((c) => c.query.keyword)).toEqual(["保温"]);
    expect(comp.instance.data.suggestions).toEqual(["保温杯", "保温杯 500ml"]);

    comp.instance.onInput({ detail: "" });
    expect(comp.instance.data.suggestions).toEqual([]);
    jest.advanceTimersByTime(1000);
    expect(calls.filter((c) => c.path === "/search/suggest")).toHaveLength(1);

    comp.instance.onWord({ currentTarget: { dataset: { word: "保温杯 500ml" } } });
    expect(wx.navigateTo).toHaveBeenLastCalledWith(expect.objectContaining({ url: "/pages/list/index?keyword=" + encodeURIComponent("保温杯 500ml") }));
  });
});
