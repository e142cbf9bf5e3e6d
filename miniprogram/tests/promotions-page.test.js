// Promotions and coupons (docs/promotions-api.md): marks on every card (SEARCH-7), the detail's 促销
// and 领券, the checkout's 优惠券 / discount rows / 赠品, 我的优惠券 and the 凑单 page.
const { installWx, flush } = require("./helpers/wx.js");
const { serve, openPage, update, signIn, card, detail } = require("./helpers/catalog.js");
const { installTradeWx, preview } = require("./helpers/trade.js");
const { mountSection, normalized } = require("./helpers/sim.js");

const FULL = { kind: "full_reduction", text: "满300减30" };
const GIFT = { kind: "full_gift", text: "满199赠" };
const COUPON = { kind: "coupon", text: "领券" };
const MARKS = [FULL, COUPON, GIFT];

const text = (node) => node.dom.textContent.replace(/\s+/g, " ").trim();
// j-component prefixes class names in the DOM: marks are found by their data-kind.
const marksIn = (node) => Array.from(node.querySelectorAll("[data-kind]")).map((m) => [m.textContent.trim(), m.getAttribute("data-kind")]);

const template = (id, extra) => Object.assign(
  { id, shop_id: 2, title: "满99减10券" + id, threshold: 9900, off: 1000, product_ids: null, valid_days: 7, valid_from: null, valid_until: null, total: 100, claimed: 10, per_user_limit: 1, status: "active", claimed_by_me: false, can_claim: true },
  extra || {},
);
const coupon = (id, extra) => Object.assign(
  { id, template_id: id * 10, shop_id: 3, title: "店铺券" + id, threshold: 9900, off: 1000, product_ids: null, status: "unused", valid_from: "2026-11-01T12:00:00Z", valid_until: "2026-11-30T12:00:00Z", order_nos: [] },
  extra || {},
);

beforeEach(() => {
  installWx();
  installTradeWx();
  wx.previewImage = jest.fn();
  require("../miniprogram/core/api.js").resetClient();
});

describe("marks on cards", () => {
  test("[SEARCH-7] grid, ranking, flash-sale and group-buy cards show the marks in the API's order", async () => {
    const grid = mountSection(normalized({ type: "product_grid", settings: { columns: 2 }, data: { items: [card(1, { marks: MARKS }), card(2, { marks: [] })] } }));
    const cells = grid.dom.querySelectorAll("[data-product-id]");
    expect(marksIn(cells[0])).toEqual([["满300减30", "full_reduction"], ["领券", "coupon"]]);
    expect(cells[0].querySelector("[class*='mark--coupon']").textContent).toBe("领券");
    expect(cells[0].querySelector("[class*='mark--activity']").textContent).toBe("满300减30");
    expect(marksIn(cells[1])).toEqual([]);

    const ranking = mountSection(normalized({ type: "ranking_list", settings: { layout: "list" }, data: { items: [card(3, { marks: MARKS, rank: 1 })] } }));
    expect(marksIn(ranking.dom.querySelector("[data-product-id='3']"))).toEqual([["满300减30", "full_reduction"], ["领券", "coupon"]]);

    const flash = mountSection(normalized({
      type: "flash_sale_strip", settings: {},
      data: { slot: { starts_at: "2020-01-01T00:00:00Z", ends_at: "2999-01-01T00:00:00Z" }, items: [card(4, { marks: MARKS })] },
    }));
    expect(marksIn(flash.dom.querySelector("[data-product-id='4']"))).toEqual([["满300减30", "full_reduction"]]);

    const group = mountSection(normalized({ type: "group_buy_strip", settings: {}, data: { items: [card(5, { marks: MARKS, group_size: 2 })] } }));
    expect(marksIn(group.dom.querySelector("[data-product-id='5']"))).toEqual([["满300减30", "full_reduction"], ["领券", "coupon"]]);
  });

  test("[SEARCH-7] favourites show their cards' marks", async () => {
    signIn();
    serve({
      "GET /me/favourites": () => ({ items: [{ product_id: 7, created_at: "2026-11-20T00:00:00Z", available: true, card: card(7, { marks: [FULL, COUPON] }) }], total: 1, page: 1, page_size: 20 }),
    });
    const comp = await openPage("pages/favourites/index", {});
    expect(marksIn(comp.querySelector(".fav").dom)).toEqual([["满300减30", "full_reduction"], ["领券", "coupon"]]);
  });
});

describe("商品详情: 促销 and 领券", () => {
  const open = (marks, more) => {
    const calls = serve(Object.assign({ "GET /products/1": () => detail({ marks }), "GET /products/1/recommendations": () => ({ items: [] }) }, more || {}));
    return openPage("pages/product/index", { id: "1" }).then((comp) => ({ comp, calls }));
  };

  test("the activities' marks; one naming its activity opens the 凑单 page; no marks, no rows", async () => {
    const { comp } = await open([Object.assign({ activity_id: 4 }, FULL), GIFT, COUPON]);
    const row = comp.querySelector(".promo");
    expect(text(row)).toBe("促销满300减30满199赠");
    comp.querySelectorAll(".promo__mark")[0].dispatchEvent("tap");
    await flush(10);
    expect(wx.navigateTo).toHaveBeenLastCalledWith(expect.objectContaining({ url: "/pages/activity/index?id=4" }));
    wx.navigateTo.mockClear();
    comp.querySelectorAll(".promo__mark")[1].dispatchEvent("tap");
    await flush(10);
    expect(wx.navigateTo).not.toHaveBeenCalled();
    expect(comp.querySelector(".coupons-row")).toBeTruthy();

    const bare = await open([]);
    expect(bare.comp.querySelector(".promo")).toBeFalsy();
    expect(bare.comp.querySelector(".coupons-row")).toBeFalsy();
  });

  test("领券: claimable coupons with their buttons; a claim → 已领取, sold out and limit refusals as toasts", async () => {
    signIn();
    const { comp, calls } = await open([COUPON], {
      "GET /coupons/claimable": () => ({ items: [template(1), template(2), template(3, { per_user_limit: 3, claimed_by_me: true })] }),
      "POST /coupons/claim": (req) => {
        if (req.body.template_id === 2) return { httpStatus: 409, data: { error: { code: "coupon_sold_out", message: "sold out" } } };
        if (req.body.template_id === 3) return { httpStatus: 409, data: { error: { code: "coupon_limit_reached", message: "limit" } } };
        return { httpStatus: 201, data: coupon(9) };
      },
    });
    await update(comp, comp.instance.onOpenCoupons());
    expect(calls.find((c) => c.path === "/coupons/claimable").query).toEqual({ product_id: "1" });
    const buttons = () => comp.instance.data.coupons.map((c) => c.button);
    expect(buttons()).toEqual(["立即领取", "立即领取", "继续领取"]);
    expect(comp.instance.data.couponState).toBe("ready");
    expect(comp.instance.data.coupons[0]).toMatchObject({ title: "满99减10券1", off: "10", condition: "满99可用", validity: "领取后7天内有效" });

    await update(comp, comp.instance.onClaim({ currentTarget: { dataset: { index: 0 } } }));
    expect(wx.showToast).toHaveBeenLastCalledWith(expect.objectContaining({ title: "领取成功" }));
    await update(comp, comp.instance.onClaim({ currentTarget: { dataset: { index: 1 } } }));
    expect(wx.showToast).toHaveBeenLastCalledWith(expect.objectContaining({ title: "优惠券已抢光" }));
    await update(comp, comp.instance.onClaim({ currentTarget: { dataset: { index: 2 } } }));
    expect(wx.showToast).toHaveBeenLastCalledWith(expect.objectContaining({ title: "已达领取上限" }));
    expect(buttons()).toEqual(["已领取", "已抢光", "已领取"]);
    expect(comp.instance.data.coupons.map((c) => c.canClaim)).toEqual([false, false, false]);
    expect(calls.filter((c) => c.path === "/coupons/claim").map((c) => c.body)).toEqual([{ template_id: 1 }, { template_id: 2 }, { template_id: 3 }]);
  });

  test("a guest is asked to sign in; nothing is claimed", async () => {
    const { comp, calls } = await open([COUPON], { "GET /coupons/claimable": () => ({ items: [template(1)] }) });
    await update(comp, comp.instance.onOpenCoupons());
    await comp.instance.onClaim({ currentTarget: { dataset: { index: 0 } } });
    expect(wx.showToast).toHaveBeenLastCalledWith({ title: "请先登录", icon: "none" });
    expect(calls.some((c) => c.path === "/coupons/claim")).toBe(false);
  });
});

describe("确认订单: 优惠券, discounts and 赠品", () => {
  const COUPONS = {
    usable: [
      Object.assign(coupon(1), { saving: 1000, best: true }),
      Object.assign(coupon(2, { off: 500 }), { saving: 500, best: false }),
      Object.assign(coupon(3, { shop_id: null, title: "平台券" }), { saving: 800, best: true }),
    ],
    unusable: [Object.assign(coupon(4, { threshold: 50000 }), { reason: "还差¥100.20可用" })],
  };
  const quote = (req) => {
    const ids = req.body.coupon_ids || [];
    const saving = COUPONS.usable.filter((c) => ids.indexOf(c.id) !== -1).reduce((s, c) => s + c.saving, 0);
    const base = preview();
    const discounts = [
      { source: "package_price", name: "打包一口价", amount: 300 },
      { source: "full_discount", name: "满折", amount: 200 },
      { source: "full_reduction", name: "满减", amount: 100 },
    ].concat(saving ? [{ source: "coupon", name: "优惠券", amount: saving }] : []);
    return preview({
      coupons: COUPONS,
      shops: [Object.assign({}, base.shops[0], { gifts: [{ sku_id: 71, title: "帆布袋", quantity: 1, available: true }, { sku_id: 72, title: "保温杯", quantity: 2, available: false }] })],
      amounts: Object.assign({}, base.amounts, { discounts }),
    });
  };
  const SUBMITTED = { payment: { payment_no: "P1", amount: 4280 }, orders: [{ order_no: "O1", shop_id: 3, payable: 4280, status: "pending_payment" }] };
  const open = (more) => {
    signIn();
    const calls = serve(Object.assign({ "POST /checkout/preview": quote, "POST /checkout/submit": () => ({ httpStatus: 201, data: SUBMITTED }) }, more || {}));
    return openPage("pages/checkout/index", { sku_id: "12", quantity: "2", unit: "0" }).then((comp) => ({ comp, calls }));
  };
  const previews = (calls) => calls.filter((c) => c.path === "/checkout/preview");

  test("the best coupons are chosen and previewed; discounts by name; 赠品 with 已赠完; submit sends the coupons", async () => {
    const { comp, calls } = await open();
    expect(previews(calls).map((c) => c.body.coupon_ids)).toEqual([undefined, [1, 3]]);
    expect(text(comp.querySelector(".coupons"))).toBe("优惠券-¥18.00");
    expect(comp.querySelectorAll(".amount").map(text)).toEqual([
      "商品金额¥39.80", "运费+¥8.00", "打包一口价-¥3.00", "满折-¥2.00", "满减-¥1.00", "优惠券-¥18.00",
    ]);
    expect(comp.querySelectorAll(".gift").map((g) => text(g).replace(/\s/g, ""))).toEqual(["赠品帆布袋×1", "赠品保温杯×2已赠完"]);
    expect(comp.querySelectorAll(".gift")[1].dom.className).toContain("gift--gone");
    await update(comp, comp.instance.onSubmit());
    expect(calls.find((c) => c.path === "/checkout/submit").body.coupon_ids).toEqual([1, 3]);
  });

  test("the popup: usable with saving, unusable with the reason; a tap swaps the shop's coupon and previews again", async () => {
    const { comp, calls } = await open();
    comp.querySelector(".coupons").dispatchEvent("tap");
    await update(comp, Promise.resolve());
    expect(comp.instance.data.couponShow).toBe(true);
    const usable = comp.querySelectorAll(".usable");
    expect(usable).toHaveLength(3);
    expect(comp.instance.data.coupons.usable.map((c) => [c.id, c.selected, c.saving])).toEqual([[1, true, "可省¥10.00"], [2, false, "可省¥5.00"], [3, true, "可省¥8.00"]]);
    expect(text(comp.querySelector(".unusable"))).toContain("还差¥100.20可用");

    await update(comp, comp.instance.onToggleCoupon({ currentTarget: { dataset: { id: 2 } } }));
    expect(previews(calls).pop().body.coupon_ids).toEqual([3, 2]);
    expect(text(comp.querySelector(".coupons"))).toBe("优惠券-¥13.00");
    await update(comp, comp.instance.onToggleCoupon({ currentTarget: { dataset: { id: 3 } } }));
    expect(previews(calls).pop().body.coupon_ids).toEqual([2]);
  });

  test("coupon_unusable on submit previews again and drops the coupon the preview no longer offers", async () => {
    let usable = COUPONS.usable;
    const { comp, calls } = await open({
      "POST /checkout/preview": (req) => Object.assign(quote(req), { coupons: { usable, unusable: [] } }),
      "POST /checkout/submit": () => ({ httpStatus: 422, data: { error: { code: "coupon_unusable", message: "优惠券不可用", fields: { coupon_ids: "1" } } } }),
    });
    usable = COUPONS.usable.filter((c) => c.id !== 1);
    await update(comp, comp.instance.onSubmit());
    expect(wx.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: "优惠券不可用" }));
    expect(previews(calls).pop().body.coupon_ids).toEqual([3]);
  });
});

describe("我的优惠券 and 凑单", () => {
  test("我的 links to 我的优惠券; tabs ask for unused, used and expired coupons; 去使用 opens the shop", async () => {
    signIn();
    const calls = serve({
      "GET /me/coupons": (req) => {
        const items = req.query.status === "used" ? [coupon(2, { status: "used", order_nos: ["O20261125001"] })] : req.query.status === "unused" ? [coupon(1), coupon(3, { shop_id: null })] : [];
        return { items, total: items.length, page: 1, page_size: 20 };
      },
    });
    const comp = await openPage("pages/coupons/index", {});
    expect(calls[0]).toMatchObject({ path: "/me/coupons", query: { status: "unused", page: "1" } });
    const items = comp.querySelectorAll(".my-coupon");
    expect(items).toHaveLength(2);
    expect(text(items[0])).toContain("店铺券1");
    expect(text(items[0])).toContain("满99可用");
    expect(text(items[0])).toContain("2026.11.01-2026.11.30");
    expect(text(items[1])).toContain("全平台通用");
    comp.instance.onUse({ currentTarget: { dataset: { shop: 3 } } });
    await flush(10);
    expect(wx.navigateTo).toHaveBeenLastCalledWith(expect.objectContaining({ url: "/pages/shop/index?id=3" }));

    await update(comp, comp.instance.onTab({ currentTarget: { dataset: { key: "used" } } }));
    expect(calls[calls.length - 1].query.status).toBe("used");
    expect(text(comp.querySelector(".my-coupon"))).toContain("已使用");
    expect(text(comp.querySelector(".my-coupon"))).toContain("订单 O20261125001");

    const me = require("fs").readFileSync(require("path").join(__dirname, "../miniprogram/pages/me/index.wxml"), "utf8");
    expect(me).toContain('url="/pages/coupons/index"');
  });

  test("the 凑单 page: rules, window and the activity's products; an ended activity says so", async () => {
    const calls = serve({
      "GET /activities/4": () => ({
        id: 4, shop_id: 3, kind: "full_discount", title: "两件九折", scope: "products", product_ids: [41, 42],
        rules: { basis: "count", tiers: [{ threshold: 2, percent: 90 }, { threshold: 3, percent: 85 }] },
        starts_at: "2026-11-01T00:00:00Z", ends_at: "2026-11-11T16:00:00Z", status: "active", phase: "running", mark: "满2件9折",
      }),
      "GET /activities/4/products": () => ({ items: [card(41, { marks: [{ kind: "full_discount", text: "满2件9折" }] }), card(42)], total: 2, page: 1, page_size: 20 }),
    });
    const comp = await openPage("pages/activity/index", { id: "4" });
    const head = text(comp.querySelector(".head"));
    expect(head).toContain("满折");
    expect(head).toContain("满2件9折");
    expect(head).toContain("两件九折");
    expect(head).toContain("满2件打9折");
    expect(head).toContain("满3件打8.5折");
    expect(head).not.toContain("全店商品参加");
    expect(calls.find((c) => c.path === "/activities/4/products").query).toEqual({ page: "1" });
    const cells = comp.dom.querySelectorAll("[data-product-id]");
    expect(Array.from(cells).map((n) => n.getAttribute("data-product-id"))).toEqual(["41", "42"]);
    expect(marksIn(cells[0])).toEqual([["满2件9折", "full_discount"]]);

    serve({});
    const ended = await openPage("pages/activity/index", { id: "5" });
    expect(ended.instance.data.state).toBe("missing");
    expect(ended.dom.textContent).toContain("活动已结束或不存在");
  });
});
