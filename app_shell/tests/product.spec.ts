import { flushPromises } from "@vue/test-utils";
import { describe, expect, it, vi } from "vitest";

import { setToken } from "@/core/api";

import { detail } from "./catalog-fixtures";
import { fakeApi, jsonResponse, mountAt, product, toastText } from "./helpers";

type Wrapper = Awaited<ReturnType<typeof mountAt>>["wrapper"];

function productApi(overrides: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) {
  return fakeApi({
    "GET /products/1": detail(overrides as never),
    "GET /products/1/recommendations": { items: [product(31), product(32)] },
    ...extra,
  });
}

async function openProduct(path = "/product/1") {
  const mounted = await mountAt(path);
  await vi.waitFor(() => expect(mounted.wrapper.find("[data-test='pdp-price']").exists()).toBe(true));
  return mounted;
}

const chip = (wrapper: Wrapper, value: string) => wrapper.find(`[data-test='spec-chip'][data-value='${value}']`);
const disabled = (wrapper: Wrapper, value: string) => chip(wrapper, value).attributes("aria-disabled") === "true";

describe("product detail", () => {
  it("[PDP-1] shows media (video first), price range, original price, sales, titles, 包邮 and the service promise", async () => {
    productApi({ video: "/media/demo/p1.mp4" });
    const { wrapper } = await openProduct();
    const slides = wrapper.findAll(".media-swiper__item");
    expect(slides.map((s) => s.attributes("data-kind"))).toEqual(["video", "image", "image"]);
    expect(wrapper.find("video").attributes("src")).toBe("/media/demo/p1.mp4");

    const price = wrapper.find("[data-test='pdp-price']").text();
    expect(price).toContain("¥19.90");
    expect(price).toContain("- ¥21.90");
    expect(wrapper.find(".pdp__original").text()).toBe("¥29.90");
    expect(wrapper.find(".pdp__sales").text()).toBe("已售120");
    expect(wrapper.find(".pdp__title").text()).toContain("316不锈钢保温杯");
    expect(wrapper.find(".pdp__self").text()).toBe("自营");
    expect(wrapper.find(".pdp__subtitle").text()).toBe("24小时保温");
    expect(wrapper.find("[data-test='pdp-freight']").text()).toContain("包邮");
    expect(wrapper.find("[data-test='pdp-service-promise']").text()).toContain("七天无理由退货 · 正品保障");
  });

  it("[PDP-1] one price without a range; a freight fee in 元", async () => {
    productApi({ price_max: 1990, freight: 800 });
    const { wrapper } = await openProduct();
    expect(wrapper.find("[data-test='pdp-price']").text()).not.toContain("-");
    expect(wrapper.find("[data-test='pdp-freight']").text()).toContain("运费 ¥8.00");
  });

  it("[PDP-1] shows params and attributes, and the description through the sanitiser", async () => {
    productApi();
    const { wrapper } = await openProduct();
    const params = wrapper.find("[data-test='pdp-params']").text();
    expect(params).toContain("产地浙江");
    expect(params).toContain("材质不锈钢");
    const html = wrapper.find("[data-test='pdp-description']").html();
    expect(html).toContain("好杯子");
    expect(html).toContain('src="/media/demo/d.png"');
    expect(html).not.toContain("onerror");
    expect(html).not.toContain("<script");
  });

  it("[PDP-3] shows the shop card (进店逛逛 opens the shop)", async () => {
    const fetch = productApi();
    const { wrapper, router } = await openProduct();
    expect(wrapper.find("[data-test='pdp-shop']").text()).toContain("杯具旗舰店");
    await wrapper.find("[data-test='pdp-enter-shop']").trigger("click");
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe("/shop/2"));
    await flushPromises();
    // Leaving never asks for "product 2" on the way out.
    expect(fetch.mock.calls.some(([url]) => url.includes("/products/2"))).toBe(false);
  });

  it("[PDP-1] a product that is not on sale says so", async () => {
    fakeApi({});
    const { wrapper } = await mountAt("/product/404");
    await vi.waitFor(() => expect(wrapper.text()).toContain("商品不存在或已下架"));
  });

  it("[PDP-2] disables a size sold out in the chosen colour and a combination without an SKU", async () => {
    productApi();
    const { wrapper } = await openProduct();
    await wrapper.find("[data-test='pdp-open-picker']").trigger("click");
    expect(disabled(wrapper, "L")).toBe(true); // 红/L sold out, 蓝/L missing
    expect(disabled(wrapper, "红")).toBe(false);

    await chip(wrapper, "M").trigger("click");
    expect(disabled(wrapper, "蓝")).toBe(false);
    await chip(wrapper, "L").trigger("click"); // disabled: nothing happens
    expect(chip(wrapper, "M").attributes("aria-pressed")).toBe("true");
    expect(wrapper.find("[data-test='sku-summary']").text()).toBe("请选择 颜色");
  });

  it("[PDP-2] updates the SKU image, price and stock on selection, and clears a value tapped again", async () => {
    productApi();
    const { wrapper } = await openProduct();
    await wrapper.find("[data-test='pdp-open-picker']").trigger("click");
    expect(wrapper.find("[data-test='sku-price']").text()).toBe("¥19.90 - ¥21.90");

    await chip(wrapper, "蓝").trigger("click");
    await chip(wrapper, "M").trigger("click");
    expect(wrapper.find("[data-test='sku-price']").text()).toBe("¥21.90");
    expect(wrapper.find(".sku-picker__img img, .sku-picker__img .van-image").html()).toContain("/media/demo/blue.png");
    expect(wrapper.find("[data-test='sku-stock']").text()).toBe("库存 3个");
    expect(wrapper.find("[data-test='sku-summary']").text()).toBe("已选 蓝 / M × 1个");
    expect(wrapper.find("[data-test='pdp-open-picker']").text()).toContain("蓝 / M × 1个");

    await chip(wrapper, "蓝").trigger("click");
    expect(chip(wrapper, "蓝").attributes("aria-pressed")).toBe("false");
    expect(wrapper.find("[data-test='sku-summary']").text()).toBe("请选择 颜色");
  });

  it("[PDP-2] confirm asks for the missing spec, then answers 已选择 with the choice", async () => {
    productApi();
    const { wrapper } = await openProduct();
    await wrapper.find("[data-test='pdp-open-picker']").trigger("click");
    expect(wrapper.find("[data-test='sku-confirm']").text()).toBe("确定");
    await wrapper.find("[data-test='sku-confirm']").trigger("click");
    await vi.waitFor(() => expect(toastText()).toBe("请选择 颜色 尺码"));

    await chip(wrapper, "红").trigger("click");
    await chip(wrapper, "M").trigger("click");
    await wrapper.find("[data-test='quantity-stepper'] .van-stepper__plus").trigger("click");
    await wrapper.find("[data-test='sku-confirm']").trigger("click");
    await vi.waitFor(() => expect(toastText()).toBe("已选择 红 / M × 2个"));
  });

  it("[PDP-2] 立即购买 opens the picker; a product without specs needs no choice", async () => {
    setToken("buyer");
    productApi({
      specs: [],
      skus: [{ id: 9, spec_values: [], price: 500, stock: 4, image: "", unit_prices: [500], available: true }],
      price: 500,
      price_max: 500,
    });
    const { wrapper, router } = await openProduct();
    await wrapper.find("[data-test='buy-now']").trigger("click");
    expect(wrapper.find("[data-test='spec-chip']").exists()).toBe(false);
    expect(wrapper.find("[data-test='sku-confirm']").text()).toBe("立即购买");
    await wrapper.find("[data-test='sku-confirm']").trigger("click");
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe("/checkout?items=9:1:0"));
  });

  it("[B2B-1] the unit picker shows each unit's price and caps the quantity at whole units in stock", async () => {
    productApi({ units: [{ name: "个", factor: 1 }, { name: "箱", factor: 10 }] });
    const { wrapper } = await openProduct();
    await wrapper.find("[data-test='pdp-open-picker']").trigger("click");
    expect(wrapper.findAll("[data-test='unit-chip']").map((c) => c.text())).toEqual(["个", "箱（10个）"]);

    await chip(wrapper, "红").trigger("click");
    await chip(wrapper, "M").trigger("click");
    expect(wrapper.find("[data-test='sku-price']").text()).toBe("¥19.90/个");
    expect(wrapper.find("[data-test='sku-stock']").text()).toBe("库存 25个");

    await wrapper.find("[data-test='unit-chip'][data-value='1']").trigger("click");
    expect(wrapper.find("[data-test='sku-price']").text()).toBe("¥180.00/箱");
    expect(wrapper.find("[data-test='sku-stock']").text()).toBe("库存 2箱");
    const plus = wrapper.find("[data-test='quantity-stepper'] .van-stepper__plus");
    await plus.trigger("click");
    expect((wrapper.find("[data-test='quantity-stepper'] input").element as HTMLInputElement).value).toBe("2");
    expect(plus.classes()).toContain("van-stepper__plus--disabled");
    await wrapper.find("[data-test='sku-confirm']").trigger("click");
    await vi.waitFor(() => expect(toastText()).toBe("已选择 红 / M × 2箱"));
  });

  it("[B2B-1] a unit the stock cannot fill counts as sold out", async () => {
    productApi({ units: [{ name: "个", factor: 1 }, { name: "箱", factor: 10 }] });
    const { wrapper } = await openProduct();
    await wrapper.find("[data-test='pdp-open-picker']").trigger("click");
    await chip(wrapper, "蓝").trigger("click");
    await chip(wrapper, "M").trigger("click");
    await wrapper.find("[data-test='unit-chip'][data-value='1']").trigger("click");
    expect(wrapper.find("[data-test='sku-stock']").text()).toBe("已售罄");
    await wrapper.find("[data-test='sku-confirm']").trigger("click");
    await vi.waitFor(() => expect(toastText()).toBe("该规格已售罄"));
  });

  it("[PDP-3] favourites and unfavourites a product when signed in", async () => {
    setToken("buyer");
    const fetch = productApi({}, {
      "PUT /me/favourites/1": { product_id: 1, created_at: "2026-11-25T00:00:00Z", available: true, card: null },
      "DELETE /me/favourites/1": undefined,
    });
    const { wrapper } = await openProduct();
    const button = () => wrapper.find("[data-test='favourite-button']");
    expect(button().text()).toBe("收藏");
    await button().trigger("click");
    await vi.waitFor(() => expect(button().text()).toBe("已收藏"));
    expect(button().attributes("aria-pressed")).toBe("true");
    expect(toastText()).toBe("收藏成功");

    await button().trigger("click");
    await vi.waitFor(() => expect(button().text()).toBe("收藏"));
    const methods = fetch.mock.calls.filter(([url]) => url.includes("/me/favourites/1")).map(([, init]) => init.method);
    expect(methods).toEqual(["PUT", "DELETE"]);
  });

  it("[PDP-3] shows an already favourited product as such", async () => {
    setToken("buyer");
    productApi({ favourited: true });
    const { wrapper } = await openProduct();
    expect(wrapper.find("[data-test='favourite-button']").text()).toBe("已收藏");
  });

  it("[PDP-3] asks a shopper who is not signed in to sign in (no login page yet)", async () => {
    const fetch = productApi();
    const { wrapper } = await openProduct();
    await wrapper.find("[data-test='favourite-button']").trigger("click");
    await vi.waitFor(() => expect(toastText()).toBe("请先登录"));
    expect(fetch.mock.calls.some(([url]) => url.includes("/me/favourites"))).toBe(false);
  });

  it("[PDP-3] a session that expired meanwhile also says 请先登录", async () => {
    setToken("old");
    productApi({}, { "PUT /me/favourites/1": () => jsonResponse(401, { error: { code: "token_expired", message: "登录已过期", fields: {} } }) });
    const { wrapper } = await openProduct();
    await wrapper.find("[data-test='favourite-button']").trigger("click");
    await vi.waitFor(() => expect(toastText()).toBe("请先登录"));
    expect(wrapper.find("[data-test='favourite-button']").text()).toBe("收藏");
  });

  it("[PDP-5] shows recommended products below the detail", async () => {
    const fetch = productApi();
    const { wrapper } = await openProduct();
    await vi.waitFor(() => expect(wrapper.findAll("[data-test='recommended-card']")).toHaveLength(2));
    expect(wrapper.findAll("[data-test='recommended-card']").map((c) => c.attributes("data-product-id"))).toEqual(["31", "32"]);
    expect(fetch.mock.calls.some(([url]) => url === "/api/v1/products/1/recommendations?limit=10")).toBe(true);
  });

  it("[PDP-3] [MSG-1] the customer-service entry opens the shop's chat with the product", async () => {
    productApi();
    const { wrapper, router } = await openProduct();
    await wrapper.find("[data-test='pdp-customer-service']").trigger("click");
    await vi.waitFor(() => expect(toastText()).toBe("请先登录"));
    expect(router.currentRoute.value.fullPath).toBe("/product/1");

    setToken("buyer");
    await wrapper.find("[data-test='pdp-customer-service']").trigger("click");
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe("/chat?shop_id=2&product_id=1"));
  });

  it("[PDP-3] shares by copying the link", async () => {
    const writeText = vi.fn(async () => {});
    vi.stubGlobal("navigator", { ...navigator, clipboard: { writeText } });
    productApi();
    const { wrapper } = await openProduct();
    await wrapper.find("[data-test='pdp-share']").trigger("click");
    await flushPromises();
    const option = document.body.querySelector(".van-share-sheet__option") as HTMLElement;
    expect(option.textContent).toContain("复制链接");
    option.click();
    await vi.waitFor(() => expect(toastText()).toBe("链接已复制"));
    expect(writeText).toHaveBeenCalledWith(window.location.href);
  });
});
