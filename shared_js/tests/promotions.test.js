import { describe, expect, it, vi } from "vitest";

import {
  ApiError,
  activityRuleLines,
  activityView,
  afterClaim,
  afterClaimRefused,
  bestCouponIds,
  cardMarks,
  checkoutCouponsView,
  claimErrorText,
  claimableView,
  couponView,
  couponsAfterPreview,
  createActivitiesApi,
  createApiClient,
  createCouponsApi,
  discountRows,
  discountText,
  giftsView,
  myCouponView,
  toggleCoupon,
  usableSelection,
  yuanShort,
} from "../src/index.js";

function fakeClient(answer) {
  const calls = [];
  const transport = vi.fn(async (req) => {
    calls.push(req);
    return { status: req.method === "POST" ? 201 : 200, headers: {}, data: typeof answer === "function" ? answer(req) : answer };
  });
  return { client: createApiClient({ baseUrl: "/api/v1", transport }), calls };
}

const coupon = (id, extra = {}) => ({
  id, template_id: id * 10, shop_id: 3, title: "店铺券" + id, threshold: 9900, off: 1000, product_ids: null,
  status: "unused", valid_from: "2026-11-01T12:00:00Z", valid_until: "2026-11-30T12:00:00Z", order_nos: [], ...extra,
});

describe("marks on cards", () => {
  it("[SEARCH-7] a card shows the API's marks in order, each with its kind, without blanks or repeats", () => {
    const marks = [
      { kind: "full_reduction", text: "满300减30" },
      { kind: "coupon", text: "领券" },
      { kind: "full_reduction", text: "满300减30" },
      { kind: "package_price", text: " " },
      { kind: "surprise", text: "新玩法" },
      { kind: "full_discount", text: "满2件9折", activity_id: 7 },
    ];
    expect(cardMarks(marks)).toEqual([
      { kind: "full_reduction", text: "满300减30", coupon: false, activityId: null },
      { kind: "coupon", text: "领券", coupon: true, activityId: null },
      { kind: "", text: "新玩法", coupon: false, activityId: null },
      { kind: "full_discount", text: "满2件9折", coupon: false, activityId: 7 },
    ]);
    expect(cardMarks(marks, 2).map((m) => m.text)).toEqual(["满300减30", "领券"]);
  });

  it("[SEARCH-7] no marks, a broken answer or the old string shape never break a card", () => {
    expect(cardMarks(undefined)).toEqual([]);
    expect(cardMarks(null)).toEqual([]);
    expect(cardMarks("满减")).toEqual([]);
    expect(cardMarks([null, 3, {}, { kind: "coupon" }])).toEqual([]);
    expect(cardMarks(["满减"])).toEqual([{ kind: "", text: "满减", coupon: false, activityId: null }]);
  });
});

describe("coupon copy", () => {
  it("amounts in yuan without trailing zeros, the condition, the scope and the validity", () => {
    expect([500, 1050, 1005, 0, 12345].map(yuanShort)).toEqual(["5", "10.5", "10.05", "0", "123.45"]);
    expect(yuanShort(1.5)).toBe("--");
    expect(couponView(coupon(1))).toEqual({
      id: 1, title: "店铺券1", off: "10", condition: "满99可用", scope: "全店通用", validity: "2026.11.01-2026.11.30", platform: false,
    });
    const platform = couponView(coupon(2, { shop_id: null, threshold: 0, product_ids: [5], valid_from: null, valid_until: null, valid_days: 7 }));
    expect(platform).toMatchObject({ condition: "无门槛", scope: "指定商品可用", validity: "领取后7天内有效", platform: true });
    expect(couponView(coupon(3, { shop_id: null })).scope).toBe("全平台通用");
    expect(myCouponView(coupon(4, { status: "used", order_nos: ["O1"] }))).toMatchObject({ statusText: "已使用", orderNos: ["O1"] });
  });

  it("a claimable template's button follows can_claim and claimed_by_me", () => {
    const t = { id: 9, shop_id: 3, title: "满99减10", threshold: 9900, off: 1000, product_ids: null, total: 100, claimed: 10, per_user_limit: 1, claimed_by_me: false, can_claim: true, valid_days: 7 };
    expect(claimableView(t).button).toBe("立即领取");
    expect(claimableView({ ...t, claimed_by_me: true }).button).toBe("继续领取");
    expect(claimableView({ ...t, claimed_by_me: true, can_claim: false }).button).toBe("已领取");
    expect(claimableView({ ...t, claimed: 100, can_claim: false })).toMatchObject({ button: "已抢光", soldOut: true });
    expect(claimableView({ ...t, can_claim: false }).button).toBe("不可领取");
  });

  it("a claim marks the template claimed; refusals turn the button off with our copy", () => {
    const t = { id: 9, shop_id: 3, title: "券", threshold: 0, off: 500, product_ids: null, total: 2, claimed: 0, per_user_limit: 2, claimed_by_me: false, can_claim: true };
    expect(afterClaim(t)).toMatchObject({ claimed: 1, claimed_by_me: true, can_claim: true });
    expect(afterClaim(afterClaim(t))).toMatchObject({ claimed: 2, can_claim: false });
    expect(afterClaim({ ...t, per_user_limit: 1 }).can_claim).toBe(false);

    const soldOut = new ApiError(409, "coupon_sold_out", "sold out");
    const limit = new ApiError(409, "coupon_limit_reached", "limit");
    expect(claimableView(afterClaimRefused(t, soldOut)).button).toBe("已抢光");
    expect(claimableView(afterClaimRefused(t, limit)).button).toBe("已领取");
    expect(afterClaimRefused(t, new ApiError(0, "network_error", "网络"))).toBe(t);
    expect(claimErrorText(soldOut)).toBe("优惠券已抢光");
    expect(claimErrorText(limit)).toBe("已达领取上限");
    expect(claimErrorText(new ApiError(409, "coupon_not_claimable", "x"))).toBe("该优惠券当前不可领取");
    expect(claimErrorText(new ApiError(401, "not_authenticated", "x"))).toBe("请先登录后领取");
    expect(claimErrorText(new ApiError(500, "internal_error", "服务繁忙"))).toBe("服务繁忙");
    expect(claimErrorText(new Error("boom"))).toBe("领取失败，请稍后再试");
  });
});

describe("activities", () => {
  it("rule lines per kind: tiers, 每满 with its cap, 折 and 件, gifts, 一口价", () => {
    expect(activityRuleLines({ kind: "full_reduction", rules: { basis: "amount", tiers: [{ threshold: 30000, off: 3000 }, { threshold: 50000, off: 6000 }], cyclic: false, cap: null } }))
      .toEqual(["满300元减30元", "满500元减60元"]);
    expect(activityRuleLines({ kind: "full_reduction", rules: { basis: "amount", tiers: [{ threshold: 30000, off: 3000 }], cyclic: true, cap: 10000 } }))
      .toEqual(["每满300元减30元，最多减100元"]);
    expect(activityRuleLines({ kind: "full_discount", rules: { basis: "count", tiers: [{ threshold: 2, percent: 90 }, { threshold: 3, percent: 85 }] } }))
      .toEqual(["满2件打9折", "满3件打8.5折"]);
    expect(activityRuleLines({ kind: "full_gift", rules: { basis: "amount", tiers: [{ threshold: 19900, gift_sku_id: 5, gift_quantity: 1 }, { threshold: 39900, gift_sku_id: 5, gift_quantity: 2 }] } }))
      .toEqual(["满199元送赠品", "满399元送2件赠品"]);
    expect(activityRuleLines({ kind: "package_price", rules: { count: 3, price: 9900 } })).toEqual(["任选3件¥99.00"]);
    expect(activityRuleLines({ kind: "package_price", rules: {} })).toEqual([]);
    expect(discountText(88)).toBe("8.8折");
  });

  it("the 凑单 page's header: kind, mark, rules and period", () => {
    const view = activityView({ id: 4, shop_id: 3, kind: "full_reduction", title: "双11满减", scope: "shop", product_ids: [], rules: { basis: "amount", tiers: [{ threshold: 30000, off: 3000 }] }, starts_at: "2026-11-01T04:00:00Z", ends_at: "2026-11-11T04:00:00Z", mark: "满300减30" });
    expect(view).toMatchObject({ id: 4, kindText: "满减", mark: "满300减30", rules: ["满300元减30元"], wholeShop: true });
    expect(view.period).toMatch(/^2026\.11\.01 \d\d:\d\d 至 2026\.11\.11 \d\d:\d\d$/);
  });
});

describe("the endpoints", () => {
  it("claimable by product, claim by template id, my coupons by status", async () => {
    const { client, calls } = fakeClient((req) => (req.url.startsWith("/api/v1/coupons/claimable") ? { items: [{ id: 1 }] } : { id: 5 }));
    const api = createCouponsApi(client);
    expect(await api.claimable({ productId: 8 })).toEqual([{ id: 1 }]);
    await api.claim(12);
    await api.mine("expired", 2);
    expect(calls.map((c) => [c.method, c.url, c.body])).toEqual([
      ["GET", "/api/v1/coupons/claimable?product_id=8", undefined],
      ["POST", "/api/v1/coupons/claim", JSON.stringify({ template_id: 12 })],
      ["GET", "/api/v1/me/coupons?status=expired&page=2", undefined],
    ]);
  });

  it("an activity and its 凑单 products", async () => {
    const { client, calls } = fakeClient({ items: [] });
    const api = createActivitiesApi(client);
    await api.get(4);
    await api.products(4, 3);
    expect(calls.map((c) => c.url)).toEqual(["/api/v1/activities/4", "/api/v1/activities/4/products?page=3"]);
  });
});

describe("coupons at checkout", () => {
  const coupons = {
    usable: [
      { ...coupon(1), saving: 1000, best: true },
      { ...coupon(2, { off: 500 }), saving: 500, best: false },
      { ...coupon(3, { shop_id: null, title: "平台券" }), saving: 800, best: true },
      { ...coupon(4, { shop_id: 5 }), saving: 300, best: false },
    ],
    unusable: [{ ...coupon(6, { threshold: 50000 }), reason: "还差¥120.00可用" }],
  };

  it("pre-selects the best, one per shop and one of the platform's", () => {
    expect(bestCouponIds(coupons)).toEqual([1, 3]);
    expect(bestCouponIds({ usable: [{ ...coupon(1), best: true }, { ...coupon(2), best: true }], unusable: [] })).toEqual([1]);
    expect(bestCouponIds(null)).toEqual([]);
  });

  it("a tap takes a coupon in place of its shop's other one, or off again", () => {
    expect(toggleCoupon(coupons, [1, 3], 2)).toEqual([3, 2]);
    expect(toggleCoupon(coupons, [1, 3], 4)).toEqual([1, 3, 4]);
    expect(toggleCoupon(coupons, [1, 3], 3)).toEqual([1]);
    expect(toggleCoupon(coupons, [1], 6)).toEqual([1]);
  });

  it("after a preview: the best first (asking again with them), then only what is still usable", () => {
    expect(couponsAfterPreview(coupons, null)).toEqual({ selected: [1, 3], again: true });
    expect(couponsAfterPreview({ usable: [], unusable: [] }, null)).toEqual({ selected: [], again: false });
    expect(couponsAfterPreview(coupons, [1, 3])).toEqual({ selected: [1, 3], again: false });
    expect(couponsAfterPreview(coupons, [])).toEqual({ selected: [], again: false });
    expect(couponsAfterPreview(coupons, [6, 2])).toEqual({ selected: [2], again: true });
    expect(usableSelection(coupons, [1, 2])).toEqual([1]);
  });

  it("the 优惠券 row: the coupons' discount when chosen, else how many are usable; unusable ones say why", () => {
    const amounts = { discounts: [{ source: "full_reduction", name: "满减", amount: 500 }, { source: "coupon", name: "优惠券", amount: 1800 }] };
    const view = checkoutCouponsView(coupons, [1, 3], amounts);
    expect(view.row).toBe("-¥18.00");
    expect(view.usable.map((c) => [c.id, c.selected, c.saving])).toEqual([[1, true, "可省¥10.00"], [2, false, "可省¥5.00"], [3, true, "可省¥8.00"], [4, false, "可省¥3.00"]]);
    expect(view.unusable).toEqual([expect.objectContaining({ id: 6, reason: "还差¥120.00可用" })]);
    expect(checkoutCouponsView(coupons, [1], null).row).toBe("-¥10.00");
    expect(checkoutCouponsView(coupons, [], amounts).row).toBe("4张可用");
    expect(checkoutCouponsView({ usable: [], unusable: [] }, [], null)).toMatchObject({ row: "暂无可用", count: 0 });
  });

  it("discount rows by name (满折, 打包一口价, 满减, 优惠券), points apart; gifts say 已赠完", () => {
    expect(discountRows({ discounts: [
      { source: "package_price", name: "打包一口价", amount: 2000 },
      { source: "full_discount", name: "", amount: 990 },
      { source: "full_reduction", name: "满减", amount: 0 },
      { source: "coupon", name: "优惠券", amount: 1000 },
      { source: "points", name: "积分抵扣", amount: 100 },
    ] }).map((d) => [d.name, d.text])).toEqual([["打包一口价", "-¥20.00"], ["满折", "-¥9.90"], ["优惠券", "-¥10.00"]]);
    expect(discountRows(undefined)).toEqual([]);
    expect(giftsView([{ sku_id: 5, title: "保温杯", quantity: 1, available: true }, { sku_id: 6, title: "帆布袋", quantity: 2, available: false }])).toEqual([
      { skuId: 5, title: "保温杯", quantity: "×1", available: true, note: "" },
      { skuId: 6, title: "帆布袋", quantity: "×2", available: false, note: "已赠完" },
    ]);
  });
});
