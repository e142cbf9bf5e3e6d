import { flushPromises } from "@vue/test-utils";
import { describe, expect, it, vi } from "vitest";

import { setToken } from "@/core/api";
import { DEVICE_KEY } from "@/core/device";
import { cartCount } from "@/core/trade";

import { detail } from "./catalog-fixtures";
import { fakeApi, jsonResponse, mountAt, product, toastText } from "./helpers";
import { bodyOf, callsTo, cart, cartLine } from "./trade-fixtures";

type Wrapper = Awaited<ReturnType<typeof mountAt>>["wrapper"];

async function openCart(routes: Record<string, unknown> = {}, answer = cart()) {
  const fetch = fakeApi({ "GET /cart": answer, ...routes });
  const mounted = await mountAt("/cart");
  await vi.waitFor(() => expect(mounted.wrapper.find("[data-test='cart-line'], [data-test='cart-empty']").exists()).toBe(true));
  return { ...mounted, fetch };
}

async function confirmDialog() {
  await vi.waitFor(() => expect(document.body.querySelector(".van-dialog__confirm")).not.toBeNull());
  (document.body.querySelector(".van-dialog__confirm") as HTMLElement).click();
}

const line = (wrapper: Wrapper, id: number) => wrapper.find(`[data-test='cart-line'][data-line-id='${id}']`);

describe("购物车", () => {
  it("[CART-1] groups lines by shop with image, title, spec, price and quantity; 合计 is the server's payable", async () => {
    setToken("buyer");
    const { wrapper } = await openCart();
    const shops = wrapper.findAll("[data-test='cart-shop']");
    expect(shops.map((s) => s.attributes("data-shop-id"))).toEqual(["3", "4"]);
    expect(shops[0].text()).toContain("优选生鲜");
    expect(shops[0].findAll("[data-test='cart-line']")).toHaveLength(2);
    expect(shops[1].text()).toContain("自营");
    const first = line(wrapper, 1);
    expect(first.text()).toContain("购物车商品1");
    expect(first.text()).toContain("红 / M");
    expect(first.text()).toContain("¥19.90");
    expect((first.find("[data-test='cart-line-stepper'] input").element as HTMLInputElement).value).toBe("2");
    expect(wrapper.find("[data-test='cart-payable']").text()).toBe("¥67.70");
    expect(wrapper.find("[data-test='cart-checkout']").text()).toBe("结算(3)");
    expect(cartCount.value).toBe(4);
  });

  it("[CART-1] the stepper PATCHes the quantity and the answer redraws the cart", async () => {
    setToken("buyer");
    const next = cart();
    next.shops[0].lines[0].quantity = 3;
    next.summary.payable = 8760;
    const { wrapper, fetch } = await openCart({ "PATCH /cart/lines/1": next });
    await line(wrapper, 1).find("[data-test='cart-line-stepper'] .van-stepper__plus").trigger("click");
    await vi.waitFor(() => expect(wrapper.find("[data-test='cart-payable']").text()).toBe("¥87.60"));
    expect(bodyOf(fetch, "PATCH", "/cart/lines/1")).toEqual({ quantity: 3 });
    expect((line(wrapper, 1).find("[data-test='cart-line-stepper'] input").element as HTMLInputElement).value).toBe("3");
  });

  it("[CART-1] checks a line, a shop and everything through the API", async () => {
    setToken("buyer");
    const { wrapper, fetch } = await openCart({ "PATCH /cart/lines/2": cart(), "POST /cart/select": cart() });
    await line(wrapper, 2).find("[data-test='cart-line-checkbox']").trigger("click");
    await vi.waitFor(() => expect(callsTo(fetch, "PATCH", "/cart/lines/2")).toHaveLength(1));
    expect(bodyOf(fetch, "PATCH", "/cart/lines/2")).toEqual({ selected: true });

    await flushPromises();
    await wrapper.findAll("[data-test='cart-shop-checkbox']")[0].trigger("click");
    await vi.waitFor(() => expect(callsTo(fetch, "POST", "/cart/select")).toHaveLength(1));
    expect(bodyOf(fetch, "POST", "/cart/select")).toEqual({ ids: [1, 2], selected: true });

    await flushPromises();
    await wrapper.find("[data-test='cart-select-all']").trigger("click");
    await vi.waitFor(() => expect(callsTo(fetch, "POST", "/cart/select")).toHaveLength(2));
    expect(bodyOf(fetch, "POST", "/cart/select", 1)).toEqual({ ids: null, selected: true });
  });

  it("[CART-1] picks another unit when the product sells in several", async () => {
    setToken("buyer");
    const answer = cart();
    answer.shops[0].lines[0].units = [{ name: "个", factor: 1 }, { name: "箱", factor: 12 }];
    const { wrapper, fetch } = await openCart({ "PATCH /cart/lines/1": cart() }, answer);
    expect(line(wrapper, 2).find("[data-test='cart-line-unit']").exists()).toBe(false);
    await line(wrapper, 1).find("[data-test='cart-line-unit']").trigger("click");
    await vi.waitFor(() => expect(document.body.textContent).toContain("箱（12个）"));
    const items = Array.from(document.body.querySelectorAll(".van-action-sheet__item")) as HTMLElement[];
    items.find((i) => i.textContent?.includes("箱"))?.click();
    await vi.waitFor(() => expect(callsTo(fetch, "PATCH", "/cart/lines/1")).toHaveLength(1));
    expect(bodyOf(fetch, "PATCH", "/cart/lines/1")).toEqual({ unit: 1 });
  });

  it("[CART-1] deletes a line and clears the cart after confirming", async () => {
    setToken("buyer");
    const without = cart();
    without.shops[0].lines = without.shops[0].lines.slice(1);
    const { wrapper, fetch } = await openCart({
      "DELETE /cart/lines/1": without,
      "DELETE /cart": cart({ shops: [], count: 0, selected_count: 0 }),
    });
    await line(wrapper, 1).find("[data-test='cart-line-delete']").trigger("click");
    await confirmDialog();
    await vi.waitFor(() => expect(line(wrapper, 1).exists()).toBe(false));
    expect(callsTo(fetch, "DELETE", "/cart/lines/1")).toHaveLength(1);

    await wrapper.find("[data-test='cart-clear']").trigger("click");
    await confirmDialog();
    await vi.waitFor(() => expect(wrapper.find("[data-test='cart-empty']").text()).toContain("购物车还是空的"));
    expect(callsTo(fetch, "DELETE", "/cart")).toHaveLength(1);
    expect(cartCount.value).toBe(0);
  });

  it("[CART-1] shows invalid lines apart under 失效商品 with their reason, and clears them", async () => {
    setToken("buyer");
    const answer = cart({
      invalid: [cartLine(8, { reason: "off_shelf", selected: false }), cartLine(9, { reason: "sold_out", selected: false })],
    });
    const { wrapper, fetch } = await openCart({ "POST /cart/lines/batch-delete": cart() }, answer);
    const invalid = wrapper.find("[data-test='cart-invalid']");
    expect(invalid.text()).toContain("失效商品 2 件");
    expect(wrapper.findAll("[data-test='cart-invalid-reason']").map((r) => r.text())).toEqual(["商品已下架", "已售罄"]);
    expect(wrapper.findAll("[data-test='cart-line']")).toHaveLength(3); // invalid lines are not buyable lines
    await wrapper.find("[data-test='cart-clear-invalid']").trigger("click");
    await confirmDialog();
    await vi.waitFor(() => expect(wrapper.find("[data-test='cart-invalid']").exists()).toBe(false));
    expect(bodyOf(fetch, "POST", "/cart/lines/batch-delete")).toEqual({ ids: [8, 9] });
  });

  it("[CART-1] tells the shopper when a price went down or up since adding", async () => {
    setToken("buyer");
    const answer = cart();
    answer.shops[0].lines[0] = cartLine(1, { unit_price: 1790, added_price: 1990, price_changed: true });
    answer.shops[1].lines[0] = cartLine(3, { unit_price: 2190, added_price: 1990, price_changed: true });
    const { wrapper } = await openCart({}, answer);
    expect(line(wrapper, 1).find("[data-test='cart-price-changed']").text()).toBe("比加入时降价 ¥2.00");
    expect(line(wrapper, 3).find("[data-test='cart-price-changed']").text()).toBe("比加入时涨价 ¥2.00");
    expect(line(wrapper, 2).find("[data-test='cart-price-changed']").exists()).toBe(false);
  });

  it("[CART-2] moves the selected lines to favourites in one call", async () => {
    setToken("buyer");
    const { wrapper, fetch } = await openCart({ "POST /cart/move-to-favourites": cart({ shops: [], count: 0 }) });
    await wrapper.find("[data-test='cart-manage']").trigger("click");
    await wrapper.find("[data-test='cart-move-favourites']").trigger("click");
    await vi.waitFor(() => expect(toastText()).toBe("已移入收藏"));
    expect(bodyOf(fetch, "POST", "/cart/move-to-favourites")).toEqual({ ids: [1, 3] });
  });

  it("[CART-2] 移入收藏 asks a guest to sign in first", async () => {
    const { wrapper, fetch } = await openCart();
    await wrapper.find("[data-test='cart-manage']").trigger("click");
    await wrapper.find("[data-test='cart-move-favourites']").trigger("click");
    await vi.waitFor(() => expect(toastText()).toBe("请先登录"));
    expect(callsTo(fetch, "POST", "/cart/move-to-favourites")).toHaveLength(0);
  });

  it("[CART-4] 结算 goes to checkout with the selected lines' items", async () => {
    setToken("buyer");
    const answer = cart();
    answer.shops[1].lines[0].unit = 1;
    const { wrapper, router } = await openCart({}, answer);
    await wrapper.find("[data-test='cart-checkout']").trigger("click");
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe("/checkout"));
    expect(router.currentRoute.value.query).toEqual({ items: "101:2:0,103:1:1", lines: "1,3" });
  });

  it("[CART-4] shows the summary's freight and discount, and the API's message when the cart fails", async () => {
    setToken("buyer");
    const { wrapper } = await openCart({}, cart({ summary: { goods_total: 5970, discount_total: 300, freight_total: 800, payable: 6470 } }));
    expect(wrapper.find(".cart__sub").text()).toContain("已优惠 ¥3.00");
    expect(wrapper.find(".cart__sub").text()).toContain("运费 ¥8.00");
    wrapper.unmount();

    fakeApi({ "GET /cart": () => jsonResponse(409, { error: { code: "cart_locked", message: "购物车正在更新", fields: {} } }) });
    const again = await mountAt("/cart");
    await vi.waitFor(() => expect(again.wrapper.find("[data-test='cart-error']").text()).toContain("购物车正在更新"));
  });

  it("[CART-1] a guest's cart calls carry X-Device-Id (made once), merged into the member's cart after sign-in", async () => {
    const fetch = fakeApi({ "GET /cart": cart(), "POST /cart/merge": cart() });
    const first = await mountAt("/cart");
    await vi.waitFor(() => expect(first.wrapper.find("[data-test='cart-line']").exists()).toBe(true));
    const deviceId = localStorage.getItem(DEVICE_KEY);
    expect(deviceId).toMatch(/^[0-9a-f-]{36}$/);
    const headers = fetch.mock.calls[0][1].headers as Record<string, string>;
    expect(headers["X-Device-Id"]).toBe(deviceId);
    expect(headers.Authorization).toBeUndefined();
    expect(callsTo(fetch, "POST", "/cart/merge")).toHaveLength(0);
    first.wrapper.unmount();

    setToken("buyer");
    const second = await mountAt("/cart");
    await vi.waitFor(() => expect(callsTo(fetch, "POST", "/cart/merge")).toHaveLength(1));
    expect(bodyOf(fetch, "POST", "/cart/merge")).toEqual({ device_id: deviceId });
    await vi.waitFor(() => expect(second.wrapper.find("[data-test='cart-line']").exists()).toBe(true));
    const memberCall = callsTo(fetch, "GET", "/cart").at(-1)!;
    expect((memberCall[1].headers as Record<string, string>)["X-Device-Id"]).toBeUndefined();
    expect(localStorage.getItem(DEVICE_KEY)).toBeNull();
  });

  it("[CART-1] the cart tab shows the badge count", async () => {
    setToken("buyer");
    const { wrapper } = await openCart();
    await vi.waitFor(() => expect(wrapper.find("[data-test='cart-badge']").text()).toBe("4"));
  });
});

describe("商品详情 加入购物车 / 立即购买", () => {
  function productApi(extra: Record<string, unknown> = {}) {
    return fakeApi({
      "GET /products/1": detail(),
      "GET /products/1/recommendations": { items: [product(31)] },
      ...extra,
    });
  }
  const chip = (wrapper: Wrapper, value: string) => wrapper.find(`[data-test='spec-chip'][data-value='${value}']`);

  it("[PDP-4] 加入购物车 posts the chosen SKU, unit and quantity; the toast says so and the badge grows", async () => {
    cartCount.value = 1;
    const fetch = productApi({ "POST /cart/lines": { line: cartLine(5), count: 3 } });
    const { wrapper } = await mountAt("/product/1");
    await vi.waitFor(() => expect(wrapper.find("[data-test='add-to-cart']").exists()).toBe(true));
    await wrapper.find("[data-test='add-to-cart']").trigger("click");
    expect(wrapper.find("[data-test='sku-confirm']").text()).toBe("加入购物车");
    await wrapper.find("[data-test='sku-confirm']").trigger("click");
    await vi.waitFor(() => expect(toastText()).toBe("请选择 颜色 尺码"));
    expect(callsTo(fetch, "POST", "/cart/lines")).toHaveLength(0);

    await chip(wrapper, "红").trigger("click");
    await chip(wrapper, "M").trigger("click");
    await wrapper.find("[data-test='quantity-stepper'] .van-stepper__plus").trigger("click");
    await wrapper.find("[data-test='sku-confirm']").trigger("click");
    await vi.waitFor(() => expect(toastText()).toBe("已加入购物车"));
    const body = bodyOf(fetch, "POST", "/cart/lines");
    expect(body).toMatchObject({ quantity: 2, unit: 0 });
    expect(typeof body.sku_id).toBe("number");
    expect(cartCount.value).toBe(3);
    expect(wrapper.find("[data-test='cart-badge']").text()).toBe("3");
    // A guest adds by device id.
    expect((callsTo(fetch, "POST", "/cart/lines")[0][1].headers as Record<string, string>)["X-Device-Id"]).toBeTruthy();
  });

  it("[PDP-4] 加入购物车 shows the API's message when it fails", async () => {
    productApi({
      "POST /cart/lines": () => jsonResponse(409, { error: { code: "insufficient_stock", message: "库存不足", fields: {} } }),
    });
    const { wrapper } = await mountAt("/product/1");
    await vi.waitFor(() => expect(wrapper.find("[data-test='add-to-cart']").exists()).toBe(true));
    await wrapper.find("[data-test='add-to-cart']").trigger("click");
    await chip(wrapper, "红").trigger("click");
    await chip(wrapper, "M").trigger("click");
    await wrapper.find("[data-test='sku-confirm']").trigger("click");
    await vi.waitFor(() => expect(toastText()).toBe("库存不足"));
  });

  it("[PDP-4] 立即购买 forces the spec choice, then goes to checkout with that one item", async () => {
    setToken("buyer");
    const fetch = productApi();
    const { wrapper, router } = await mountAt("/product/1");
    await vi.waitFor(() => expect(wrapper.find("[data-test='buy-now']").exists()).toBe(true));
    await wrapper.find("[data-test='buy-now']").trigger("click");
    await wrapper.find("[data-test='sku-confirm']").trigger("click");
    await vi.waitFor(() => expect(toastText()).toBe("请选择 颜色 尺码"));
    expect(router.currentRoute.value.path).toBe("/product/1");

    await chip(wrapper, "红").trigger("click");
    await chip(wrapper, "M").trigger("click");
    await wrapper.find("[data-test='sku-confirm']").trigger("click");
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe("/checkout"));
    expect(String(router.currentRoute.value.query.items)).toMatch(/^\d+:1:0$/);
    expect(callsTo(fetch, "POST", "/cart/lines")).toHaveLength(0);
  });
});
