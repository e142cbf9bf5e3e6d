import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

import { describe, expect, it, vi } from "vitest";

import {
  componentHeader,
  normalizeLayout,
  pageInfo,
  sectionProductIds,
  setLogger,
} from "../src/index.js";

const layoutsDir = fileURLToPath(new URL("../../layouts/", import.meta.url));
const catalogue = readdirSync(`${layoutsDir}components`)
  .filter((f) => f.endsWith(".json"))
  .map((f) => JSON.parse(readFileSync(`${layoutsDir}components/${f}`, "utf8")));
const ALL_V1 = Object.fromEntries(catalogue.map((entry) => [entry.type, entry.v]));

function template(name) {
  return JSON.parse(readFileSync(`${layoutsDir}templates/${name}.json`, "utf8"));
}

function quietLogger() {
  return { warn: vi.fn() };
}

const page = (sections, order = Object.keys(sections)) => ({
  key: "home",
  revision: 3,
  page: { kind: "platform_home", title: "首页" },
  sections,
  order,
});

describe("normalizeLayout", () => {
  it("[SDUI-4] returns the sections of each template in order with every field", () => {
    for (const name of ["platform_home", "shop_home", "b2b_home", "campaign"]) {
      const doc = template(name);
      const out = normalizeLayout(doc, { channel: "h5", supported: ALL_V1, logger: quietLogger() });
      expect(out.map((s) => s.id)).toEqual(doc.order);
      for (const section of out) {
        expect(Object.keys(section).sort()).toEqual(
          ["action", "data", "id", "lazy", "settings", "source", "type", "v"],
        );
        expect(section.type).toBe(doc.sections[section.id].type);
        expect(section.settings).toBe(doc.sections[section.id].settings);
      }
    }
  });

  it("[SDUI-4] fills defaults: data, action and source null, lazy false, settings {}", () => {
    const out = normalizeLayout(page({ gap: { type: "spacer", v: 1 } }), { channel: "h5" });
    expect(out).toEqual([
      { id: "gap", type: "spacer", v: 1, settings: {}, data: null, action: null, source: null, lazy: false },
    ]);
  });

  it("[SDUI-4] keeps data, action, source and lazy as the server sent them", () => {
    const data = { items: [{ id: 1 }] };
    const out = normalizeLayout(
      page({
        hot: {
          type: "product_grid",
          v: 1,
          settings: { columns: 2 },
          source: { kind: "product_ids", ids: [1] },
          data,
        },
        notice: { type: "notice_bar", v: 1, settings: {}, action: { kind: "tab", tab: "me" }, lazy: true },
      }),
      { channel: "h5", supported: ALL_V1 },
    );
    expect(out[0]).toMatchObject({ data, source: { kind: "product_ids", ids: [1] }, lazy: false });
    expect(out[1]).toMatchObject({ action: { kind: "tab", tab: "me" }, lazy: true, data: null });
  });

  it("[SDUI-4] skips unknown component types and newer versions, and logs them", () => {
    const logger = quietLogger();
    const out = normalizeLayout(
      page({
        a: { type: "banner", v: 1, settings: {} },
        b: { type: "hologram", v: 1, settings: {} },
        c: { type: "product_grid", v: 99, settings: {} },
        d: { type: "product_grid", v: 2, settings: {} },
        e: { type: "spacer", v: 1, settings: {} },
      }),
      { channel: "h5", supported: { banner: 1, product_grid: 2, spacer: 1 }, logger },
    );
    expect(out.map((s) => s.id)).toEqual(["a", "d", "e"]);
    expect(logger.warn).toHaveBeenCalledTimes(2);
    expect(logger.warn.mock.calls.map((c) => c[0]).join("\n")).toMatch(/hologram[\s\S]*v99/);
  });

  it("[SDUI-4] draws every type when no supported map is given", () => {
    const out = normalizeLayout(page({ x: { type: "hologram", v: 7, settings: {} } }), { channel: "h5" });
    expect(out.map((s) => s.type)).toEqual(["hologram"]);
  });

  it("[SDUI-4] leaves out sections whose channels exclude the channel, silently", () => {
    const logger = quietLogger();
    const doc = page({
      all: { type: "spacer", v: 1, settings: {} },
      mp: { type: "popup_ad", v: 1, settings: {}, channels: ["mp"] },
      h5: { type: "popup_ad", v: 1, settings: {}, channels: ["mp", "h5"] },
    });
    expect(normalizeLayout(doc, { channel: "h5", logger }).map((s) => s.id)).toEqual(["all", "h5"]);
    expect(normalizeLayout(doc, { channel: "pc", logger }).map((s) => s.id)).toEqual(["all"]);
    expect(normalizeLayout(doc, { channel: "mp", logger }).map((s) => s.id)).toEqual(["all", "mp", "h5"]);
    expect(logger.warn).not.toHaveBeenCalled();
  });

  it("[SDUI-4] platform home on the pc channel leaves out the tab bar and the popup", () => {
    const out = normalizeLayout(template("platform_home"), { channel: "pc", supported: ALL_V1 });
    expect(out.map((s) => s.id)).not.toContain("tab-bar");
    expect(out.map((s) => s.id)).not.toContain("popup");
    expect(out).toHaveLength(template("platform_home").order.length - 2);
  });

  it("[SDUI-4] skips ids missing from sections, duplicates and malformed sections", () => {
    const logger = quietLogger();
    const out = normalizeLayout(
      {
        sections: {
          a: { type: "spacer", v: 1, settings: {} },
          b: "not a section",
          c: { v: 1, settings: {} },
          d: { type: "spacer", v: "1", settings: {} },
          e: { type: "spacer", v: 0, settings: {} },
          f: { type: "Bad-Type", v: 1, settings: {} },
          g: { type: "spacer", v: 1, settings: [] },
        },
        order: ["a", "ghost", "a", 42, null, "b", "c", "d", "e", "f", "g"],
      },
      { channel: "h5", supported: ALL_V1, logger },
    );
    expect(out.map((s) => s.id)).toEqual(["a", "g"]);
    expect(out[1].settings).toEqual({});
    expect(logger.warn.mock.calls.length).toBeGreaterThanOrEqual(9);
  });

  it("[SDUI-4] never throws on malformed responses", () => {
    const logger = quietLogger();
    for (const bad of [null, undefined, 42, "page", [], {}, { sections: [] }, { sections: null, order: [] }]) {
      expect(normalizeLayout(bad, { channel: "h5", supported: ALL_V1, logger })).toEqual([]);
    }
    expect(normalizeLayout(page({}), undefined)).toEqual([]);
    expect(normalizeLayout(page({ a: { type: "spacer", v: 1 } }), { supported: "banner:1", logger })).toHaveLength(1);
  });

  it("[SDUI-4] uses the keys of sections when order is missing", () => {
    const logger = quietLogger();
    const out = normalizeLayout(
      { sections: { x: { type: "spacer", v: 1 }, y: { type: "divider", v: 1 } } },
      { channel: "h5", logger },
    );
    expect(out.map((s) => s.id)).toEqual(["x", "y"]);
    expect(logger.warn).toHaveBeenCalledOnce();
  });

  it("[SDUI-4] treats malformed channels as absent and logs", () => {
    const logger = quietLogger();
    const out = normalizeLayout(page({ a: { type: "spacer", v: 1, channels: "mp" } }), { channel: "h5", logger });
    expect(out).toHaveLength(1);
    expect(logger.warn).toHaveBeenCalledOnce();
  });

  it("[SDUI-4] reports through the module logger set with setLogger", () => {
    const logger = quietLogger();
    setLogger(logger);
    try {
      normalizeLayout(page({ a: { type: "zzz", v: 1 } }), { channel: "h5", supported: { banner: 1 } });
    } finally {
      setLogger(null);
    }
    expect(logger.warn).toHaveBeenCalledOnce();
  });
});

describe("componentHeader", () => {
  it("[SDUI-4] lists type:v sorted by type", () => {
    expect(componentHeader({ product_grid: 1, banner: 1, search_box: 2 })).toBe(
      "banner:1,product_grid:1,search_box:2",
    );
  });

  it("[SDUI-4] lists every catalogue type at its version", () => {
    const header = componentHeader(ALL_V1);
    expect(header.split(",")).toHaveLength(catalogue.length);
    expect(header.startsWith("banner:1,brand_wall:1,category_grid:1")).toBe(true);
  });

  it("[SDUI-4] leaves out invalid entries", () => {
    expect(componentHeader({ banner: 1, "Bad Type": 1, spacer: 0, video: 1.5, divider: "1" })).toBe("banner:1");
    expect(componentHeader(null)).toBe("");
  });
});

describe("pageInfo and sectionProductIds", () => {
  it("[SDUI-4] reads page information with fallbacks", () => {
    expect(pageInfo({ key: "home", revision: 7, page: { kind: "platform_home", title: "首页", style: { background_color: "#f5f5f5" } } }))
      .toEqual({ key: "home", kind: "platform_home", title: "首页", revision: 7, style: { background_color: "#f5f5f5" } });
    expect(pageInfo(null)).toEqual({ key: null, kind: null, title: "", revision: null, style: {} });
  });

  it("[SDUI-4] lists the product ids a product section shows", () => {
    const items = [{ id: 3 }, { id: 1 }, { title: "no id" }, null];
    expect(sectionProductIds({ type: "product_grid", data: { items } })).toEqual([3, 1]);
    expect(sectionProductIds({ type: "ranking_list", data: { items } })).toEqual([3, 1]);
    expect(sectionProductIds({ type: "group_buy_strip", data: { items } })).toEqual([3, 1]);
    expect(sectionProductIds({ type: "flash_sale_strip", data: { slot: null, items } })).toEqual([]);
    expect(sectionProductIds({ type: "flash_sale_strip", data: { slot: { id: 1 }, items } })).toEqual([3, 1]);
    expect(sectionProductIds({ type: "banner", data: { items } })).toEqual([]);
    expect(sectionProductIds({ type: "product_grid", data: null })).toEqual([]);
  });
});
