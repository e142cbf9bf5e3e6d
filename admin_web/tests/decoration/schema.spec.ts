import { describe, expect, it } from "vitest";

import { componentIcon, COMPONENT_ICONS } from "@/views/decoration/icons";
import { CATEGORY_TITLES, EditorCatalogue } from "@/views/decoration/editor/catalogue";
import { dropSectionErrors, clearErrorAt, errorCount, errorsUnder, mapLayoutErrors } from "@/views/decoration/editor/errors";
import { insertionIndex, isNoopMove, isUpperHalf, readDrop, startDrag, endDrag, DRAG_SECTION } from "@/views/decoration/editor/dnd";
import { handleBeforeUnload } from "@/views/decoration/editor/guard";
import {
  checkValue,
  defaultFor,
  parseIdList,
  switchVariant,
  variantDefault,
  type FieldSpec,
  type VariantSpec,
} from "@/views/decoration/editor/schema";
import { productCount, plainText } from "@/views/decoration/editor/preview";

import { catalogueJson, schemaValidator } from "./fixtures";

const raw = catalogueJson();
const catalogue = new EditorCatalogue(raw);

function fieldsOf(type: string): Record<string, FieldSpec> {
  return Object.fromEntries(catalogue.settingsForm(type).flatMap((group) => group.fields).map((field) => [field.key, field]));
}

/** Fills a variant's required fields the way a user would, by field kind. */
function filled(variant: VariantSpec): Record<string, unknown> {
  const value = variantDefault(variant);
  const samples: Record<string, unknown> = {
    product_id: 10086,
    category_id: 12,
    keyword: "保温杯",
    page_key: "double11",
    shop_id: 3,
    coupon_id: 501,
    path: "/pages/goods/detail?id=1",
    url: "https://m.example.com/promo",
    tab: "cart",
  };
  for (const field of variant.fields) {
    if (field.required && (value[field.key] === undefined || value[field.key] === "")) value[field.key] = samples[field.key];
  }
  return value;
}

describe("settings form generation", () => {
  it("[SDUI-2] builds the banner form: groups, list limits, widgets, units and defaults from its schema", () => {
    const groups = catalogue.settingsForm("banner");
    expect(groups.map((group) => group.name)).toEqual(["内容", "样式", "行为"]);
    expect(groups[0]!.fields.map((field) => field.key)).toEqual(["slides"]);
    expect(groups[2]!.fields.map((field) => field.key)).toEqual(["autoplay", "interval"]);

    const f = fieldsOf("banner");
    expect(f.slides).toMatchObject({ title: "轮播图片", widget: "list", required: true, minItems: 1, maxItems: 5 });
    expect(f.slides!.description).toBe("最多5张，建议尺寸 750×320");
    const item = f.slides!.item!;
    expect(item.fields!.map((field) => [field.key, field.widget, field.required])).toEqual([
      ["image", "image", true],
      ["title", "text", false],
      ["action", "link", false],
    ]);
    // The image resolves the shared media_url definition ($ref by absolute URI), keeping its title.
    expect(item.fields![0]).toMatchObject({ title: "图片", pattern: "^(https://|/)[^\\s]*$", maxLength: 1000 });
    expect(item.fields![2]!.union!.variants.map((variant) => variant.value)).toEqual([
      "product",
      "category",
      "search",
      "page",
      "shop",
      "claim_coupon",
      "mp_path",
      "url",
      "tab",
    ]);
    expect(f.interval).toMatchObject({ widget: "slider", min: 2000, max: 10000, step: 500, unit: "ms", default: 4000 });
    expect(f.autoplay).toMatchObject({ widget: "switch", default: true, group: "行为" });
    expect(f.indicator_style).toMatchObject({ widget: "radio", default: "dots" });
    expect(f.indicator_style!.options).toEqual([
      { value: "dots", label: "圆点" },
      { value: "line", label: "短线" },
      { value: "number", label: "数字" },
      { value: "none", label: "不显示" },
    ]);
    expect(f.indicator_color).toMatchObject({ widget: "color", default: "#dddddd", pattern: "^#[0-9a-fA-F]{6}$" });
    expect(catalogue.sourceUnion("banner")).toBeUndefined();
  });

  it("[SDUI-2] builds the product_grid form and its source editor limited to the type's sources", () => {
    const f = fieldsOf("product_grid");
    expect(f.columns).toMatchObject({ widget: "radio", valueType: "integer", required: true, default: 2, group: "样式" });
    expect(f.columns!.options).toEqual([
      { value: 2, label: "两列" },
      { value: 3, label: "三列" },
      { value: 4, label: "四列" },
    ]);
    expect(f.buy_button_text).toMatchObject({ widget: "text", minLength: 1, maxLength: 6, default: "立即购买" });
    expect(f.gap).toMatchObject({ widget: "slider", min: 0, max: 20, unit: "px" });
    expect(catalogue.settingsForm("product_grid").map((group) => group.name)).toEqual(["内容", "样式"]);

    const source = catalogue.sourceUnion("product_grid")!;
    expect(source.variants.map((variant) => [variant.value, variant.title])).toEqual([
      ["product_ids", "指定商品"],
      ["product_query", "按条件筛选商品"],
      ["newest", "新品"],
    ]);
    const ids = source.variants[0]!.fields[0]!;
    expect(ids).toMatchObject({ key: "ids", widget: "ids", required: true, minItems: 1, maxItems: 50 });
    const query = source.variants[1]!.fields;
    expect(query.map((field) => [field.key, field.widget])).toEqual([
      ["category_id", "id"],
      ["tag", "text"],
      ["brand_id", "id"],
      ["sort", "select"],
      ["limit", "number"],
    ]);
    // Switching kinds keeps what the new kind declares (limit) and drops the rest (ids).
    expect(switchVariant({ kind: "product_ids", ids: [1, 2] }, source.variants[2]!)).toEqual({ kind: "newest", limit: 6 });
    expect(switchVariant({ kind: "newest", limit: 4 }, source.variants[1]!)).toEqual({ kind: "product_query", sort: "composite", limit: 4 });
  });

  it("[SDUI-2] builds every component's form without falling back to an unknown widget", () => {
    const known = new Set(["text", "textarea", "number", "slider", "color", "switch", "select", "radio", "image", "image-list", "link", "rich-text", "list", "object", "ids", "id"]);
    const walk = (field: FieldSpec): void => {
      expect(known.has(field.widget), `${field.key}: ${field.widget}`).toBe(true);
      expect(field.title).not.toBe("");
      field.fields?.forEach(walk);
      if (field.item) walk(field.item);
      field.union?.variants.forEach((variant) => variant.fields.forEach(walk));
    };
    for (const entry of catalogue.entries) {
      const groups = catalogue.settingsForm(entry.type);
      for (const group of groups) group.fields.forEach(walk);
      // Every top-level field is in one of the documented groups.
      expect(groups.every((group) => ["内容", "样式", "行为"].includes(group.name)), entry.type).toBe(true);
    }
    const page = catalogue.pageFields();
    expect(page.map((field) => field.key)).toEqual(["title", "style"]);
    expect(page[1]!.fields!.map((field) => [field.key, field.widget])).toEqual([
      ["background_color", "color"],
      ["background_image", "image"],
      ["nav_background_color", "color"],
      ["nav_text_style", "radio"],
    ]);
  });

  it("[SDUI-2] the palette groups components by category, each with an icon", () => {
    const groups = catalogue.paletteGroups();
    expect(groups.map((group) => group.title)).toEqual(Object.values(CATEGORY_TITLES));
    expect(groups.flatMap((group) => group.entries)).toHaveLength(raw.components.length);
    for (const entry of raw.components) expect(COMPONENT_ICONS[entry.icon], entry.icon).toBeDefined();
    expect(componentIcon("NoSuchIcon")).toBeDefined();
  });

  it("[SDUI-2] new list rows start as close to valid as the schema allows", () => {
    const tabItem = fieldsOf("tab_bar").items!.item!;
    expect(defaultFor({ ...tabItem, required: true })).toEqual({ text: "", icon: "", active_icon: "", action: { kind: "tab", tab: "home" } });
    const hotspot = fieldsOf("image_hotspot").hotspots!.item!;
    // An id (product_id) is never guessed.
    expect(defaultFor({ ...hotspot, required: true })).toEqual({ x: 0, y: 0, width: 1, height: 1, action: { kind: "product" } });
  });
});

describe("action editor", () => {
  const action = catalogue.actionSpec();
  const validateAction = schemaValidator("https://schemas.shop.local/layouts/page.schema.json#/$defs/action");

  it("[SDUI-2] produces a valid action for every kind, with exactly that kind's fields", () => {
    expect(action.union!.variants).toHaveLength(9);
    for (const variant of action.union!.variants) {
      const value = filled(variant);
      expect(validateAction(value), `${variant.value}: ${JSON.stringify(validateAction.errors)}`).toBe(true);
      expect(Object.keys(value).sort()).toEqual(["kind", ...variant.fields.filter((f) => f.required).map((f) => f.key)].sort());
    }
    const url = action.union!.variants.find((variant) => variant.value === "url")!;
    expect(url.fields[0]).toMatchObject({ key: "url", widget: "text", required: true });
    expect(checkValue(url.fields[0]!, "http://insecure.example.com")).toBe("请输入 https:// 开头的网址");
    expect(checkValue(url.fields[0]!, "https://m.example.com/a")).toBeNull();
  });

  it("[SDUI-2] switching the kind drops the old kind's fields (actions are closed objects)", () => {
    const search = action.union!.variants.find((variant) => variant.value === "search")!;
    const switched = switchVariant({ kind: "url", url: "https://m.example.com" }, search);
    // The new kind's required text starts empty; the field shows 必填 until it is filled.
    expect(switched).toEqual({ kind: "search", keyword: "" });
    expect(validateAction({ ...switched, keyword: "羽绒服" })).toBe(true);
    expect(validateAction({ kind: "search", keyword: "羽绒服", url: "https://m.example.com" })).toBe(false);
  });

  it("[SDUI-2] a tab-bar link is a union of one kind (action_tab)", () => {
    const link = fieldsOf("tab_bar").items!.item!.fields!.find((field) => field.key === "action")!;
    expect(link.widget).toBe("link");
    expect(link.union!.variants.map((variant) => variant.value)).toEqual(["tab"]);
    expect(link.union!.variants[0]!.fields[0]!.options!.map((option) => option.label)).toEqual(["首页", "分类", "购物车", "我的"]);
  });
});

describe("field checks and parsing", () => {
  it("[SDUI-2] parses id lists and checks values the way the schema does", () => {
    expect(parseIdList("10001, 10002 10003，10001、abc -1")).toEqual({ ids: [10001, 10002, 10003], invalid: ["abc", "-1"] });
    const f = fieldsOf("banner");
    expect(checkValue(f.indicator_color!, "red")).toBe("请输入 #RRGGBB 格式的颜色");
    expect(checkValue(f.slides!.item!.fields![0]!, "")).toBe("必填");
    expect(checkValue(f.slides!.item!.fields![0]!, "ftp://x")).toBe("请输入 https:// 或 / 开头的地址");
    expect(checkValue(f.height!, 700)).toBe("不能大于 600");
    expect(checkValue(f.slides!, [])).toBe("至少 1 项");
  });
});

describe("save errors", () => {
  it("[SDUI-2] maps 422 field paths (dotted, slashed or pointers) onto sections and fields", () => {
    const errors = mapLayoutErrors({
      "sections.banner1.settings.slides": "最多 5 项",
      "sections/banner1/settings/slides/0/action/url": "须为 https 链接",
      "/sections/hot/source/ids": "至少 1 项",
      "sections.hot": "未知组件",
      "page.title": "不能为空",
      order: "与 sections 不一致",
    });
    expect(errors.sections).toEqual({
      banner1: { "settings.slides": "最多 5 项", "settings.slides.0.action.url": "须为 https 链接" },
      hot: { "source.ids": "至少 1 项", "": "未知组件" },
    });
    expect(errors.page).toEqual({ "page.title": "不能为空", order: "与 sections 不一致" });
    expect(errorCount(errors)).toBe(6);
    expect(errorsUnder(errors.sections.banner1, "settings")).toEqual({ slides: "最多 5 项", "slides.0.action.url": "须为 https 链接" });
    expect(errorsUnder(errors.sections.hot, "source")).toEqual({ ids: "至少 1 项" });
    const cleared = clearErrorAt(errors, "hot", "source.ids");
    expect(cleared.sections.hot).toEqual({ "": "未知组件" });
    expect(dropSectionErrors(cleared, "hot").sections).not.toHaveProperty("hot");
    expect(clearErrorAt(errors, null, "page.title").page).toEqual({ order: "与 sections 不一致" });
  });
});

describe("drag and drop, preview, guard helpers", () => {
  it("[SDUI-2] computes insertion points from the pointer and ignores drops onto the same place", () => {
    const order = ["a", "b", "c"];
    expect(isUpperHalf({ top: 100, height: 40 }, 110)).toBe(true);
    expect(isUpperHalf({ top: 100, height: 40 }, 130)).toBe(false);
    expect(insertionIndex(order, "b", true)).toBe(1);
    expect(insertionIndex(order, "b", false)).toBe(2);
    expect(insertionIndex(order, null, true)).toBe(3);
    expect(isNoopMove(order, { kind: "section", id: "b" }, 1)).toBe(true);
    expect(isNoopMove(order, { kind: "section", id: "b" }, 2)).toBe(true);
    expect(isNoopMove(order, { kind: "section", id: "b" }, 0)).toBe(false);
    expect(isNoopMove(order, { kind: "component", type: "banner" }, 1)).toBe(false);
  });

  it("[SDUI-2] carries the drag payload in dataTransfer under its own types", () => {
    const transfer = new DataTransfer();
    const event = Object.assign(new Event("dragstart"), { dataTransfer: transfer }) as unknown as DragEvent;
    startDrag(event, { kind: "section", id: "banner_k3f9" });
    expect(transfer.getData(DRAG_SECTION)).toBe("banner_k3f9");
    endDrag();
    expect(readDrop(event)).toEqual({ kind: "section", id: "banner_k3f9" });
    const palette = Object.assign(new Event("dragstart"), { dataTransfer: new DataTransfer() }) as unknown as DragEvent;
    startDrag(palette, { kind: "component", type: "banner", preset: 1 });
    endDrag();
    expect(readDrop(palette)).toEqual({ kind: "component", type: "banner", preset: 1 });
  });

  it("[SDUI-2] sketches sections from their settings only", () => {
    const grid = { type: "product_grid", v: 1, settings: { columns: 3 }, source: { kind: "product_ids" as const, ids: [1, 2, 3, 4] } };
    expect(productCount(grid, 3)).toBe(4);
    expect(productCount({ ...grid, source: { kind: "newest" as const, limit: 50 } }, 2)).toBe(4);
    expect(plainText('<p>双11 <img src=x onerror="alert(1)">狂欢</p>')).toBe("双11 狂欢");
  });

  it("[SDUI-2] asks before the tab closes only when there are unsaved changes", () => {
    const clean = new Event("beforeunload", { cancelable: true }) as BeforeUnloadEvent;
    expect(handleBeforeUnload(clean, false)).toBe(false);
    expect(clean.defaultPrevented).toBe(false);
    const dirty = new Event("beforeunload", { cancelable: true }) as BeforeUnloadEvent;
    expect(handleBeforeUnload(dirty, true)).toBe(true);
    expect(dirty.defaultPrevented).toBe(true);
  });
});
