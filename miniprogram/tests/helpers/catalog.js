// Catalogue pages under test: a routed wx.request fake (method + path → answer), a page mounted
// through miniprogram-simulate with its onLoad run, and API-shaped fixtures
// (docs/catalog-api.md).
const { flush } = require("./wx.js");
const { mount, settle } = require("./sim.js");

const BASE = "http://127.0.0.1:8000/api/v1";

/** routes: {"GET /search/products": (req) => body | {httpStatus, data}}; unknown routes answer 404. */
function serve(routes) {
  const calls = [];
  wx._handler = (o) => {
    const full = o.url.replace(BASE, "");
    const [path, qs] = full.split("?");
    const query = {};
    (qs || "").split("&").filter(Boolean).forEach((pair) => {
      const [k, v] = pair.split("=");
      query[decodeURIComponent(k)] = decodeURIComponent(v || "");
    });
    const body = o.data ? JSON.parse(o.data) : undefined;
    const req = { method: o.method, path, query, body, headers: o.header };
    calls.push(req);
    const key = Object.keys(routes).find((k) => {
      const [m, p] = k.split(" ");
      return m === o.method && new RegExp("^" + p + "$").test(path);
    });
    if (!key) return { statusCode: 404, data: { error: { code: "not_found", message: "not found" } } };
    const answer = routes[key](req);
    if (answer && answer.httpStatus) return { statusCode: answer.httpStatus, data: answer.data };
    return { statusCode: answer === undefined ? 204 : 200, data: answer };
  };
  return calls;
}

async function openPage(path, options) {
  const comp = mount(path, {});
  const done = comp.instance.onLoad(options || {});
  await done;
  await flush(100);
  settle(comp);
  return comp;
}

async function update(comp, promise) {
  await promise;
  await flush(100);
  settle(comp);
  return comp;
}

/** Tap an element (bindtap / catchtap) found by selector inside a page's DOM. */
function tapAll(comp, selector) {
  return Array.from(comp.dom.querySelectorAll(selector));
}

function signIn() {
  wx.setStorageSync("auth_token", "consumer-token");
}

function card(id, extra) {
  return Object.assign(
    { id, title: "商品" + id, image: "/media/p" + id + ".jpg", price: 1990 + id, original_price: 2990, sales: 12000, stock_state: "in_stock", shop_id: 2, self_operated: true, tags: ["新品"], marks: [{ kind: "full_reduction", text: "满减" }], unit: "个" },
    extra || {},
  );
}

function review(id, extra) {
  return Object.assign(
    {
      id, product_id: 1, sku_text: "红 / M", user: { nickname: "买家" + id, avatar: "/media/a.jpg" }, rating: 5, logistics_rating: 5,
      content: "很好用" + id, images: ["/media/r" + id + ".jpg"], tags: ["很好看"], view_count: 30, like_count: 2, comment_count: 1,
      liked: false, reply: { content: "感谢支持", created_at: "2026-11-02T10:00:00Z" }, created_at: "2026-11-01T10:00:00Z",
    },
    extra || {},
  );
}

/** 颜色 红/蓝 × 尺码 M/L; 蓝 M has no stock; units 个 / 箱(10). */
function detail(extra) {
  return Object.assign(
    {
      id: 1, title: "纯棉T恤", subtitle: "夏季新款", video: "/media/v.mp4", images: ["/media/1.jpg", "/media/2.jpg"],
      description: '<p>面料<img src="/media/d.jpg"></p><script>alert(1)</script>',
      price: 1990, original_price: 2990, price_max: 2590, sales: 120, stock_state: "in_stock", status: "on_sale",
      specs: [{ name: "颜色", values: ["红", "蓝"] }, { name: "尺码", values: ["M", "L"] }],
      skus: [
        { id: 11, spec_values: ["红", "M"], price: 1990, original_price: 2990, stock: 25, stock_state: "in_stock", image: "/media/red.jpg", code: "A-1", unit_prices: [1990, 18000], available: true },
        { id: 12, spec_values: ["红", "L"], price: 2190, original_price: 2990, stock: 8, stock_state: "low", image: "/media/red.jpg", code: "A-2", unit_prices: [2190, 20000], available: true },
        { id: 13, spec_values: ["蓝", "M"], price: 1990, original_price: 2990, stock: 0, stock_state: "sold_out", image: "/media/blue.jpg", code: "A-3", unit_prices: [1990, 18000], available: false },
        { id: 14, spec_values: ["蓝", "L"], price: 2590, original_price: 2990, stock: 40, stock_state: "in_stock", image: "/media/blue.jpg", code: "A-4", unit_prices: [2590, 24000], available: true },
      ],
      units: [{ name: "件", factor: 1 }, { name: "箱", factor: 10 }],
      params: [{ group: "主体", name: "产地", value: "浙江" }, { group: "主体", name: "面料", value: "纯棉" }],
      attributes: [{ id: 3, name: "材质", value: "棉" }],
      service_promise: ["七天无理由退货", "正品保障"], freight: 0, tags: ["新品"],
      shop: { id: 2, name: "优选旗舰店", logo: "/media/shop.jpg", self_operated: false },
      category_id: 9, brand: { id: 1, name: "优选" },
      review_summary: { total: 12, good_rate: 92, with_images: 3, tags: [{ name: "很好看", count: 5 }], latest: [review(1), review(2), review(3)] },
      share: { title: "纯棉T恤 只要19.9", image: "/media/share.jpg", path: "/pages/product/index?id=1" },
      favourited: false,
    },
    extra || {},
  );
}

module.exports = { BASE, serve, openPage, update, tapAll, signIn, card, review, detail };
