import { flushPromises } from "@vue/test-utils";
import { describe, expect, it, vi } from "vitest";

import { setToken } from "@/core/api";

import { detail } from "./catalog-fixtures";
import { fakeApi, jsonResponse, mountAt, mountPage, pageOf, product, queryOf, toastText } from "./helpers";
import { bodyOf, callsTo, preview } from "./trade-fixtures";

type Wrapper = Awaited<ReturnType<typeof mountAt>>["wrapper"];

const FULL = { kind: "full_reduction", text: "满300减30" };
const GIFT = { kind: "full_gift", text: "满199赠" };
const COUPON = { kind: "coupon", text: "领券" };

const marksOf = (root: { findAll: Wrapper["findAll"] }) => root.findAll("[data-test='mark']").map((m) => m.text());

const template = (id: number, extra: Record<string, unknown> = {}) => ({
  id, shop_id: 3, title: `满99减10券${id}`, threshold: 9900, off: 1000, product_ids: null,
  claim_starts_at: "2026-11-01T00:00:00Z", claim_ends_at: "2026-11-30T00:00:00Z", valid_days: 7, valid_from: null, valid_until: null,
  total: 100, claimed: 10, per_user_limit: 1, status: "active", claimed_by_me: false, can_claim: true, ...extra,
});

const coupon = (id: number, extra: Record<string, unknown> = {}) => ({
  id, template_id: id * 10, shop_id: 3, title: `店铺券${id}`, threshold: 9900, off: 1000, product_ids: null, status: "unused",
  valid_from: "2026-11-01T12:00:00Z", valid_until: "2026-11-30T12:00:00Z", order_nos: [], ...extra,
});

describe("marks on product cards", () => {
  it("[SEARCH-7] grid, ranking, flash-sale and group-buy cards show the marks in the API's order", async () => {
    const marks = [FULL, COUPON, GIFT];
    const { wrapper } = await mountPage(
      pageOf({
        g: { type: "product_grid", v: 1, settings: { columns: 2 }, data: { items: [product(1, { marks }), product(2, { marks: [] })] } },
        g3: { type: "product_grid", v: 1, settings: { columns: 3 }, data: { items: [product(3, { marks })] } },
        r: { type: "ranking_list", v: 1, settings: {}, data: { items: [product(4, { rank: 1, marks })] } },
        f: {
          type: "flash_sale_strip", v: 1, settings: {},
          data: { slot: { starts_at: "2020-01-01T00:00:00Z", ends_at: "2999-01-01T00:00:00Z" }, items: [product(5, { marks })] },
        },
        gb: { type: "group_buy_strip", v: 1, settings: {}, data: { items: [product(6, { marks, group_size: 2 })] } },
      }),
    );
    const card = (id: number) => wrapper.find(`[data-section-id] [data-product-id='${id}']`);
    expect(marksOf(card(1))).toEqual(["满300减30", "领券"]);
    expect(card(1).find("[data-kind='full_reduction']").classes()).toContain("mark--activity");
    expect(card(1).find("[data-kind='coupon']").classes()).toContain("mark--coupon");
    expect(marksOf(card(2))).toEqual([]);
    expect(marksOf(card(3))).toEqual(["满300减30"]);
    expect(marksOf(card(4))).toEqual(["满300减30", "领券"]);
    expect(marksOf(card(5))).toEqual(["满300减30"]);
    expect(marksOf(card(6))).toEqual(["满300减30", "领券"]);
  });

  it("[SEARCH-7] recommendations on the detail and favourites show their cards' marks", async () => {
    setToken("buyer");
    fakeApi({
      "GET /products/1": detail(),
      "GET /products/1/recommendations": { items: [product(31, { marks: [GIFT] })] },
      "GET /me/favourites": {
        items: [{ product_id: 7, created_at: "2026-11-01T00:00:00Z", available: true, card: product(7, { marks: [FULL, COUPON] }) }],
        total: 1, page: 1, page_size: 20,
      },
    });
    const pdp = await mountAt("/product/1");
    await vi.waitFor(() => expect(pdp.wrapper.findAll("[data-test='recommended-card']")).toHaveLength(1));
    expect(marksOf(pdp.wrapper.find("[data-test='recommended-card']"))).toEqual(["满199赠"]);
    pdp.wrapper.unmount();

    const favourites = await mountAt("/me/favourites");
    await vi.waitFor(() => expect(favourites.wrapper.findAll("[data-test='favourite-item']")).toHaveLength(1));
    expect(marksOf(favourites.wrapper.find("[data-test='favourite-item']"))).toEqual(["满300减30", "领券"]);
  });
});

describe("product detail: 促销 and 领券", () => {
  async function openProduct(marks: unknown[], extra: Record<string, unknown> = {}) {
    const fetch = fakeApi({ "GET /products/1": detail({ marks } as never), "GET /products/1/recommendations": { items: [] }, ...extra });
    const mounted = await mountAt("/product/1");
    await vi.waitFor(() => expect(mounted.wrapper.find("[data-test='pdp-price']").exists()).toBe(true));
    return { ...mounted, fetch };
  }

  it("shows the activities' marks; one with its activity opens the 凑单 page", async () => {
    const { wrapper, router } = await openProduct([{ ...FULL, activity_id: 4 }, GIFT, COUPON]);
    expect(marksOf(wrapper.find("[data-test='pdp-promotions']"))).toEqual(["满300减30", "满199赠"]);
    await wrapper.find("[data-test='pdp-promotions'] [data-kind='full_reduction']").trigger("click");
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe("/activities/4"));
  });

  it("no marks: neither 促销 nor 领券", async () => {
    const { wrapper } = await openProduct([]);
    expect(wrapper.find("[data-test='pdp-promotions']").exists()).toBe(false);
    expect(wrapper.find("[data-test='pdp-coupons']").exists()).toBe(false);
  });

  it("领券 lists the claimable coupons; a claim turns into 已领取, sold out and limit refusals are toasts", async () => {
    setToken("buyer");
    const claims: number[] = [];
    const { wrapper, fetch } = await openProduct([COUPON], {
      "GET /coupons/claimable": { items: [template(1), template(2), template(3, { per_user_limit: 3, claimed_by_me: true })] },
      "POST /coupons/claim": (_url: URL, init: RequestInit) => {
        const id = JSON.parse(String(init.body)).template_id as number;
        claims.push(id);
        if (id === 2) return jsonResponse(409, { error: { code: "coupon_sold_out", message: "sold out", fields: {} } });
        if (id === 3) return jsonResponse(409, { error: { code: "coupon_limit_reached", message: "limit", fields: {} } });
        return jsonResponse(201, coupon(9, { template_id: id }));
      },
    });
    await wrapper.find("[data-test='pdp-coupons']").trigger("click");
    await vi.waitFor(() => expect(document.body.querySelectorAll("[data-test='coupon-claim']")).toHaveLength(3));
    expect(queryOf(fetch, "/coupons/claimable")).toEqual({ product_id: "1" });
    const buttons = () => [...document.body.querySelectorAll<HTMLButtonElement>("[data-test='coupon-claim']")];
    expect(buttons().map((b) => b.textContent?.trim())).toEqual(["立即领取", "立即领取", "继续领取"]);
    expect(document.body.querySelector("[data-test='coupon-popup']")!.textContent).toContain("满99可用");

    buttons()[0]!.click();
    await vi.waitFor(() => expect(toastText()).toBe("领取成功"));
    await vi.waitFor(() => expect(buttons()[0]!.textContent?.trim()).toBe("已领取"));
    expect(buttons()[0]!.disabled).toBe(true);

    buttons()[1]!.click();
    await vi.waitFor(() => expect(toastText()).toBe("优惠券已抢光"));
    await vi.waitFor(() => expect(buttons()[1]!.textContent?.trim()).toBe("已抢光"));

    buttons()[2]!.click();
    await vi.waitFor(() => expect(toastText()).toBe("已达领取上限"));
    await vi.waitFor(() => expect(buttons()[2]!.textContent?.trim()).toBe("已领取"));
    expect(claims).toEqual([1, 2, 3]);
  });

  it("a guest is asked to sign in before claiming", async () => {
    const { wrapper, fetch } = await openProduct([COUPON], { "GET /coupons/claimable": { items: [template(1)] } });
    await wrapper.find("[data-test='pdp-coupons']").trigger("click");
    await vi.waitFor(() => expect(document.body.querySelectorAll("[data-test='coupon-claim']")).toHaveLength(1));
    document.body.querySelector<HTMLElement>("[data-test='coupon-claim']")!.click();
    await vi.waitFor(() => expect(toastText()).toBe("请先登录"));
    expect(callsTo(fetch, "POST", "/coupons/claim")).toHaveLength(0);
  });
});

describe("checkout: coupons, discounts and gifts", () => {
  const coupons = {
    usable: [
      { ...coupon(1), saving: 1000, best: true },
      { ...coupon(2, { off: 500, title: "店铺券小" }), saving: 500, best: false },
      { ...coupon(3, { shop_id: null, title: "平台券" }), saving: 800, best: true },
    ],
    unusable: [{ ...coupon(4, { threshold: 50000 }), reason: "还差¥100.20可用" }],
  };
  const discounts = (ids: number[]) => {
    const saving = coupons.usable.filter((c) => ids.includes(c.id)).reduce((sum, c) => sum + c.saving, 0);
    return [
      { source: "package_price", name: "打包一口价", amount: 300 },
      { source: "full_discount", name: "满折", amount: 200 },
      { source: "full_reduction", name: "满减", amount: 100 },
      ...(saving ? [{ source: "coupon", name: "优惠券", amount: saving }] : []),
    ];
  };
  const quote = (_url: URL, init: RequestInit) => {
    const ids: number[] = JSON.parse(String(init.body)).coupon_ids ?? [];
    const base = preview();
    return preview({
      coupons,
      shops: [{ ...base.shops[0]!, gifts: [{ sku_id: 71, title: "帆布袋", quantity: 1, available: true }, { sku_id: 72, title: "保温杯", quantity: 2, available: false }] }],
      amounts: { ...base.amounts, discounts: discounts(ids), payable: 9000 - discounts(ids).reduce((s, d) => s + d.amount, 0) },
    });
  };

  async function openCheckout(routes: Record<string, unknown> = {}) {
    setToken("buyer");
    const fetch = fakeApi({ "POST /checkout/preview": quote, ...routes });
    const mounted = await mountAt("/checkout?items=101:2:0");
    await vi.waitFor(() => expect(mounted.wrapper.find("[data-test='checkout-coupons']").exists()).toBe(true));
    return { ...mounted, fetch };
  }

  it("pre-selects the preview's best coupons and quotes again with them", async () => {
    const { wrapper, fetch } = await openCheckout();
    await vi.waitFor(() => expect(callsTo(fetch, "POST", "/checkout/preview")).toHaveLength(2));
    expect(bodyOf(fetch, "POST", "/checkout/preview", 0).coupon_ids).toBeUndefined();
    expect(bodyOf(fetch, "POST", "/checkout/preview", 1).coupon_ids).toEqual([1, 3]);
    await vi.waitFor(() => expect(wrapper.find("[data-test='checkout-coupons']").text()).toContain("-¥18.00"));
    expect(wrapper.findAll("[data-test='checkout-discount']").map((d) => d.text())).toEqual([
      "打包一口价-¥3.00", "满折-¥2.00", "满减-¥1.00", "优惠券-¥18.00",
    ]);
  });

  it("the popup lists usable coupons with their saving and unusable ones with the reason; a tap swaps the shop's coupon and re-quotes", async () => {
    const { wrapper, fetch } = await openCheckout();
    await vi.waitFor(() => expect(callsTo(fetch, "POST", "/checkout/preview")).toHaveLength(2));
    await wrapper.find("[data-test='checkout-coupons']").trigger("click");
    await flushPromises();
    const usable = () => [...document.body.querySelectorAll<HTMLElement>("[data-test='coupon-usable']")];
    expect(usable()).toHaveLength(3);
    expect(usable().map((u) => u.querySelector("[data-test='coupon-check']")!.getAttribute("data-selected"))).toEqual(["true", "false", "true"]);
    expect(usable()[0]!.textContent).toContain("可省¥10.00");
    const unusable = document.body.querySelector("[data-test='coupon-unusable']")!;
    expect(unusable.textContent).toContain("还差¥100.20可用");

    usable()[1]!.click();
    await vi.waitFor(() => expect(callsTo(fetch, "POST", "/checkout/preview")).toHaveLength(3));
    expect(bodyOf(fetch, "POST", "/checkout/preview", -1).coupon_ids).toEqual([3, 2]);
    await vi.waitFor(() => expect(wrapper.find("[data-test='checkout-coupons']").text()).toContain("-¥13.00"));

    usable()[2]!.click();
    await vi.waitFor(() => expect(callsTo(fetch, "POST", "/checkout/preview")).toHaveLength(4));
    expect(bodyOf(fetch, "POST", "/checkout/preview", -1).coupon_ids).toEqual([2]);
  });

  it("each shop shows its 赠品, one run out as 已赠完; submit sends the chosen coupons", async () => {
    const submitted = { payment: { payment_no: "P1", amount: 7200 }, orders: [{ order_no: "O1", shop_id: 3, payable: 7200, status: "pending_payment" }] };
    const { wrapper, fetch, router } = await openCheckout({ "POST /checkout/submit": submitted });
    await vi.waitFor(() => expect(callsTo(fetch, "POST", "/checkout/preview")).toHaveLength(2));
    const gifts = wrapper.findAll("[data-test='checkout-gift']").map((g) => g.text().replace(/\s+/g, ""));
    expect(gifts).toEqual(["赠品帆布袋×1", "赠品保温杯×2已赠完"]);
    await wrapper.find("[data-test='checkout-submit']").trigger("click");
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe("/pay/P1"));
    expect(bodyOf(fetch, "POST", "/checkout/submit").coupon_ids).toEqual([1, 3]);
  });

  it("coupon_unusable on submit re-quotes, and the coupon the preview no longer offers is dropped", async () => {
    let usableNow = coupons.usable;
    const { wrapper, fetch } = await openCheckout({
      "POST /checkout/preview": (url: URL, init: RequestInit) => ({ ...(quote(url, init) as object), coupons: { usable: usableNow, unusable: [] } }),
      "POST /checkout/submit": () => jsonResponse(422, { error: { code: "coupon_unusable", message: "优惠券不可用", fields: { coupon_ids: "1" } } }),
    });
    await vi.waitFor(() => expect(callsTo(fetch, "POST", "/checkout/preview")).toHaveLength(2));
    usableNow = coupons.usable.filter((c) => c.id !== 1);
    await wrapper.find("[data-test='checkout-submit']").trigger("click");
    await vi.waitFor(() => expect(toastText()).toBe("优惠券不可用"));
    await vi.waitFor(() => expect(bodyOf(fetch, "POST", "/checkout/preview", -1).coupon_ids).toEqual([3]));
  });
});

describe("我的优惠券 and the 凑单 page", () => {
  it("我的 links to 我的优惠券; tabs ask for unused, used, expired coupons", async () => {
    setToken("buyer");
    const fetch = fakeApi({
      "GET /orders/counts": { pending_payment: 0, pending_shipment: 0, pending_receipt: 0, pending_review: 0 },
      "GET /me/coupons": (url: URL) => {
        const status = url.searchParams.get("status");
        const items = status === "used" ? [coupon(2, { status: "used", order_nos: ["O20261125001"] })] : status === "unused" ? [coupon(1), coupon(3, { shop_id: null })] : [];
        return { items, total: items.length, page: 1, page_size: 20 };
      },
    });
    const { wrapper, router } = await mountAt("/me");
    await wrapper.find("[data-test='me-coupons']").trigger("click");
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe("/me/coupons"));
    await vi.waitFor(() => expect(wrapper.findAll("[data-test='my-coupon']")).toHaveLength(2));
    expect(queryOf(fetch, "/me/coupons")).toEqual({ status: "unused", page: "1" });
    const first = wrapper.find("[data-test='my-coupon']").text();
    expect(first).toContain("店铺券1");
    expect(first).toContain("满99可用");
    expect(first).toContain("2026.11.01-2026.11.30");
    expect(wrapper.findAll("[data-test='my-coupon']")[1]!.text()).toContain("全平台通用");
    await wrapper.find("[data-test='coupon-use']").trigger("click");
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe("/shop/3"));

    await router.push("/me/coupons?status=unused");
    await vi.waitFor(() => expect(wrapper.find("[data-test='coupons-tab-used']").exists()).toBe(true));
    await wrapper.find("[data-test='coupons-tab-used']").trigger("click");
    await vi.waitFor(() => expect(queryOf(fetch, "/me/coupons", -1).status).toBe("used"));
    await vi.waitFor(() => expect(wrapper.find("[data-test='coupon-status']").text()).toBe("已使用"));
    expect(wrapper.find("[data-test='my-coupon']").text()).toContain("订单 O20261125001");
  });

  it("the 凑单 page shows the activity's rules and window and its products; an ended one says so", async () => {
    const fetch = fakeApi({
      "GET /activities/4": {
        id: 4, shop_id: 3, kind: "full_reduction", title: "双11满减", scope: "shop", product_ids: [],
        rules: { basis: "amount", tiers: [{ threshold: 30000, off: 3000 }, { threshold: 50000, off: 6000 }], cyclic: false, cap: null },
        starts_at: "2026-11-01T00:00:00Z", ends_at: "2026-11-11T16:00:00Z", status: "active", phase: "running", mark: "满300减30",
        products: "/api/v1/activities/4/products",
      },
      "GET /activities/4/products": { items: [product(41, { marks: [FULL] }), product(42)], total: 2, page: 1, page_size: 20 },
    });
    const { wrapper } = await mountAt("/activities/4");
    await vi.waitFor(() => expect(wrapper.findAll("[data-test='activity-card']")).toHaveLength(2));
    const head = wrapper.find("[data-test='activity-head']").text();
    expect(head).toContain("满减");
    expect(head).toContain("满300减30");
    expect(head).toContain("双11满减");
    expect(head).toContain("全店商品参加");
    expect(wrapper.findAll("[data-test='activity-rule']").map((r) => r.text())).toEqual(["满300元减30元", "满500元减60元"]);
    expect(queryOf(fetch, "/activities/4/products")).toEqual({ page: "1" });
    expect(marksOf(wrapper.find("[data-test='activity-card']"))).toEqual(["满300减30"]);
    wrapper.unmount();

    fakeApi({});
    const ended = await mountAt("/activities/5");
    await vi.waitFor(() => expect(ended.wrapper.find("[data-test='activity-missing']").text()).toContain("活动已结束或不存在"));
  });
});
