// Page responses built from the layouts of ../layouts (templates and catalogue fixtures) with
// fake resolved data, shaped as docs/pages-api.md says the server answers.
const fs = require("fs");
const path = require("path");

const LAYOUTS = path.resolve(__dirname, "../../../layouts");

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, "utf8"));
}

function templates() {
  const dir = path.join(LAYOUTS, "templates");
  return fs
    .readdirSync(dir)
    .filter((n) => n.endsWith(".json"))
    .sort()
    .map((n) => ({ name: n.replace(/\.json$/, ""), document: readJson(path.join(dir, n)) }));
}

function catalogue() {
  const dir = path.join(LAYOUTS, "components");
  return fs
    .readdirSync(dir)
    .filter((n) => n.endsWith(".json"))
    .sort()
    .map((n) => readJson(path.join(dir, n)));
}

const TITLES = ["不锈钢保温杯 500ml 大容量 304内胆", "新疆阿克苏冰糖心苹果 5斤装", "纯棉四件套 1.8m床", "无线蓝牙降噪耳机", "东北五常大米 10kg", "儿童益智积木 200粒"];

function productCard(id, extra) {
  return Object.assign(
    {
      id,
      title: TITLES[id % TITLES.length] + " #" + id,
      image: "/media/demo/product-" + id + ".jpg",
      price: 1000 + (id % 97) * 100 + 99,
      original_price: 2000 + (id % 97) * 100 + 99,
      sales: (id % 7) * 3217,
      stock_state: id % 5 === 0 ? "sold_out" : id % 5 === 1 ? "low" : "in_stock",
      shop_id: 1,
      self_operated: id % 2 === 0,
      tags: id % 3 === 0 ? ["包邮", "满减"] : [],
    },
    extra || {},
  );
}

/** Fake `data` for a section's source (docs/pages-api.md, "data per source kind"). */
function fakeData(section, seed) {
  const source = section.source;
  const base = 1000 * (seed || 1);
  if (!source) return null;
  const limit = Math.min(source.limit || 6, 8);
  const range = (n) => Array.from({ length: n }, (_, i) => i);
  switch (source.kind) {
    case "product_ids":
      return { items: source.ids.map((id) => productCard(id)) };
    case "product_query":
    case "newest":
      return { items: range(limit).map((i) => productCard(base + i + 1)) };
    case "ranking":
      return { items: range(limit).map((i) => productCard(base + i + 1, { rank: i + 1 })) };
    case "category_tree":
      return {
        items: range(source.limit).map((i) => ({ id: 100 + i, name: ["手机", "电脑", "家电", "服饰", "美妆", "食品", "母婴", "运动", "图书", "家居"][i % 10], icon: "/media/demo/cat-" + i + ".jpg", children: [] })),
      };
    case "hot_words":
      return { items: ["保温杯", "羽绒服", "华为手机", "车厘子", "电热毯", "洗衣液", "跑步鞋", "坚果礼盒", "电动牙刷", "空气炸锅"].slice(0, source.limit) };
    case "shops":
      return { items: [{ id: 7, name: "优选生活旗舰店", logo: "/media/demo/shop-logo.jpg", self_operated: true, intro: "全场满99包邮，7天无理由退换" }] };
    case "coupon_ids":
      return { items: source.ids.map((id, i) => ({ id, title: "店铺满减券", amount: (i + 1) * 1000, threshold: (i + 1) * 9900, available: true, claimed: false })) };
    case "flash_sale":
      return {
        slot: { id: 1, starts_at: new Date(Date.now() - 3600e3).toISOString(), ends_at: new Date(Date.now() + 3600e3).toISOString() },
        items: range(limit).map((i) => productCard(base + 500 + i, { flash_price: 990 + i * 100, sold_ratio: 0.35 })),
      };
    case "group_buy":
      return { items: range(Math.min(limit, 4)).map((i) => productCard(base + 700 + i, { group_price: 1990, group_size: 2, joined: 1234 })) };
    case "stores":
      return { items: range(Math.min(limit, 3)).map((i) => ({ id: 300 + i, name: "南山店" + (i + 1), address: "深圳市南山区科技园" + (i + 1) + "号", distance: 850 * (i + 1), hours: "09:00-22:00", phone: "0755-8888000" + i, latitude: 22.54, longitude: 113.95 })) };
    default:
      return null;
  }
}

/**
 * A page response for a document: data resolved for every section; `lazy` sections keep
 * `data: null` unless `loadLazy`.
 */
function pageResponse(document, options = {}) {
  const sections = {};
  document.order.forEach((id, index) => {
    const section = document.sections[id];
    const lazy = section.lazy === true;
    sections[id] = Object.assign({}, section, {
      action: section.action || null,
      data: lazy && !options.loadLazy ? null : fakeData(section, index + 1),
    });
  });
  return {
    key: options.key || "home",
    kind: document.page.kind,
    revision: 3,
    schema_version: document.schema_version,
    page: document.page,
    order: document.order.slice(),
    sections,
  };
}

/** A fixture of the catalogue as a normalised section (what layout-section receives). */
function fixtureSection(entry, id) {
  const fixture = entry.fixture;
  return {
    id: id || entry.type.replace(/_/g, "-"),
    type: fixture.type,
    v: fixture.v,
    settings: fixture.settings,
    data: fakeData(fixture, 1),
    action: fixture.action || null,
    source: fixture.source || null,
    lazy: false,
  };
}

module.exports = { LAYOUTS, templates, catalogue, productCard, fakeData, pageResponse, fixtureSection };
