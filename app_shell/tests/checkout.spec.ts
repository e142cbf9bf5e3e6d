import { flushPromises } from "@vue/test-utils";
import { describe, expect, it, vi } from "vitest";

import { setToken } from "@/core/api";

import { fakeApi, jsonResponse, mountAt, toastText } from "./helpers";
import { address, bodyOf, callsTo, preview } from "./trade-fixtures";

const PATH = "/checkout?items=101:2:0,102:1:0&lines=1,2";
const submitted = { payment: { payment_no: "P20261125001", amount: 4280 }, orders: [{ order_no: "O1", shop_id: 3, payable: 4280, status: "pending_payment" }] };

async function openCheckout(routes: Record<string, unknown> = {}, path = PATH) {
  setToken("buyer");
  const fetch = fakeApi({ "POST /checkout/preview": preview(), ...routes });
  const mounted = await mountAt(path);
  await vi.waitFor(() => expect(mounted.wrapper.find("[data-test='checkout-submit'], [data-test='checkout-error']").exists()).toBe(true));
  return { ...mounted, fetch };
}

describe("确认订单", () => {
  it("[CO-1] quotes the items from the query and shows the default address", async () => {
    const { wrapper, fetch } = await openCheckout();
    expect(bodyOf(fetch, "POST", "/checkout/preview")).toEqual({
      items: [
        { sku_id: 101, quantity: 2, unit: 0 },
        { sku_id: 102, quantity: 1, unit: 0 },
      ],
      delivery: "express",
      use_points: 0,
    });
    const card = wrapper.find("[data-test='checkout-address']");
    expect(card.text()).toContain("默认");
    expect(card.text()).toContain("收货人1 13800138000");
    expect(card.text()).toContain("广东省 深圳市 南山区 科技园1号");
    expect(wrapper.find("[data-test='checkout-line']").text()).toContain("结算商品");
  });

  it("[CO-1] without an address it prompts 请添加收货地址 and links to the address form; submit is off", async () => {
    const { wrapper, router } = await openCheckout({ "POST /checkout/preview": preview({ address: null }) });
    const prompt = wrapper.find("[data-test='checkout-add-address']");
    expect(prompt.text()).toContain("请添加收货地址");
    expect(wrapper.find("[data-test='checkout-submit']").attributes("disabled")).toBeDefined();
    await prompt.trigger("click");
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe("/me/addresses/new"));
    expect(router.currentRoute.value.query.redirect).toBe(PATH);
  });

  it("[CO-1] switching the address re-quotes with its id", async () => {
    const { wrapper, fetch } = await openCheckout({
      "GET /me/addresses": { items: [address(1), address(2)] },
      "POST /checkout/preview": (_url: URL, init: RequestInit) => {
        const id = JSON.parse(String(init.body)).address_id;
        return preview({ address: address(id ?? 1) });
      },
    });
    await wrapper.find("[data-test='checkout-switch-address']").trigger("click");
    await vi.waitFor(() => expect(wrapper.findAll("[data-test='address-option']")).toHaveLength(2));
    await wrapper.findAll("[data-test='address-option']")[1].trigger("click");
    await vi.waitFor(() => expect(wrapper.find("[data-test='checkout-address']").text()).toContain("收货人2"));
    expect(bodyOf(fetch, "POST", "/checkout/preview", -1).address_id).toBe(2);
  });

  it("[CO-2] offers the enabled delivery methods and the payment methods the quote allows", async () => {
    const { wrapper } = await openCheckout({
      "POST /checkout/preview": preview({
        payment_methods: [
          { code: "sandbox", name: "模拟支付" },
          { code: "balance", name: "余额支付" },
        ],
      }),
    });
    expect(wrapper.find("[data-test='checkout-delivery-express']").classes()).toContain("is-on");
    expect(wrapper.find("[data-test='checkout-delivery-pickup']").attributes("disabled")).toBeDefined();
    expect(wrapper.find("[data-test='checkout-payment-sandbox']").text()).toContain("模拟支付");
    expect(wrapper.find("[data-test='checkout-payment-balance']").text()).toContain("余额支付");
    expect(wrapper.find("[data-test='checkout-payment-methods'] .van-radio__icon--checked").exists()).toBe(true);
  });

  it("[CO-7] breaks the amount down: goods, freight, each discount by name, points, payable", async () => {
    const { wrapper } = await openCheckout({
      "POST /checkout/preview": preview({
        amounts: {
          goods_total: 3980,
          freight_total: 800,
          discounts: [
            { source: "full_reduction", name: "满减", amount: 300 },
            { source: "coupon", name: "优惠券", amount: 200 },
            { source: "points", name: "积分抵扣", amount: 100 },
          ],
          points_used: 1000,
          points_discount: 100,
          payable: 4180,
        },
      }),
    });
    const text = wrapper.find("[data-test='checkout-amounts']").text();
    expect(text).toContain("商品金额¥39.80");
    expect(text).toContain("运费+¥8.00");
    expect(wrapper.findAll("[data-test='checkout-discount']").map((d) => d.text())).toEqual(["满减-¥3.00", "优惠券-¥2.00"]);
    expect(text).toContain("积分抵扣（1000积分）-¥1.00");
    expect(text).toContain("应付¥41.80");
    expect(wrapper.find("[data-test='checkout-payable']").text()).toBe("¥41.80");
  });

  it("[CO-6] submits with the per-shop remark, the cart lines and an Idempotency-Key, then opens the pay page", async () => {
    const { wrapper, router, fetch } = await openCheckout({ "POST /checkout/submit": submitted });
    await wrapper.find("[data-test='checkout-remark-3'] textarea, [data-test='checkout-remark-3'] input").setValue("不要辣");
    await wrapper.find("[data-test='checkout-submit']").trigger("click");
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe("/pay/P20261125001"));
    expect(router.currentRoute.value.query.orders).toBe("O1");
    const body = bodyOf(fetch, "POST", "/checkout/submit");
    expect(body).toEqual({
      items: [
        { sku_id: 101, quantity: 2, unit: 0 },
        { sku_id: 102, quantity: 1, unit: 0 },
      ],
      address_id: 1,
      delivery: "express",
      payment_method: "sandbox",
      channel: "h5",
      use_points: 0,
      remarks: { "3": "不要辣" },
      attachments: [],
      invoice: null,
      cart_line_ids: [1, 2],
      expected_payable: 4280,
    });
    const key = (callsTo(fetch, "POST", "/checkout/submit")[0][1].headers as Record<string, string>)["Idempotency-Key"];
    expect(key).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("[CO-6] a retry after a network failure sends the same Idempotency-Key", async () => {
    let attempt = 0;
    const { wrapper, router, fetch } = await openCheckout({
      "POST /checkout/submit": () => {
        attempt += 1;
        if (attempt === 1) throw new TypeError("Failed to fetch");
        return submitted;
      },
    });
    await wrapper.find("[data-test='checkout-submit']").trigger("click");
    await vi.waitFor(() => expect(toastText()).toBe("网络连接失败，请检查网络后重试"));
    await flushPromises();
    await wrapper.find("[data-test='checkout-submit']").trigger("click");
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe("/pay/P20261125001"));
    const keys = callsTo(fetch, "POST", "/checkout/submit").map(([, init]) => (init.headers as Record<string, string>)["Idempotency-Key"]);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBe(keys[1]);
  });

  it("[CO-7] price_changed shows the message and re-quotes the new amount", async () => {
    let quotes = 0;
    const { wrapper, fetch } = await openCheckout({
      "POST /checkout/preview": () => {
        quotes += 1;
        return quotes === 1 ? preview() : preview({ amounts: { ...preview().amounts, payable: 4580 } });
      },
      "POST /checkout/submit": () => jsonResponse(409, { error: { code: "price_changed", message: "商品价格有变动，请确认后再提交", fields: {} } }),
    });
    await wrapper.find("[data-test='checkout-submit']").trigger("click");
    await vi.waitFor(() => expect(wrapper.find("[data-test='checkout-payable']").text()).toBe("¥45.80"));
    expect(wrapper.find("[data-test='checkout-notice']").text()).toContain("商品价格有变动，请确认后再提交");
    expect(callsTo(fetch, "POST", "/checkout/preview")).toHaveLength(2);
  });

  it("[CO-1] insufficient_stock and items_unavailable show the API's message and re-quote", async () => {
    const { wrapper, fetch } = await openCheckout({
      "POST /checkout/submit": () => jsonResponse(409, { error: { code: "insufficient_stock", message: "结算商品库存不足", fields: {} } }),
    });
    await wrapper.find("[data-test='checkout-submit']").trigger("click");
    await vi.waitFor(() => expect(toastText()).toBe("结算商品库存不足"));
    await vi.waitFor(() => expect(callsTo(fetch, "POST", "/checkout/preview")).toHaveLength(2));
  });

  it("[CO-5] the invoice form sends a company VAT special invoice with its fields and a mailing address", async () => {
    const { wrapper, fetch } = await openCheckout({ "POST /checkout/submit": submitted });
    await wrapper.find("[data-test='checkout-invoice']").trigger("click");
    await vi.waitFor(() => expect(wrapper.find("[data-test='invoice-kind-vat']").exists()).toBe(true));
    await wrapper.find("[data-test='invoice-kind-vat']").trigger("click");
    const input = (hook: string) => wrapper.find(`[data-test='${hook}'] input`);
    await input("invoice-title").setValue("深圳某某科技有限公司");
    await wrapper.find("[data-test='invoice-save']").trigger("click");
    await vi.waitFor(() => expect(toastText()).toBe("请填写纳税人识别号"));
    await input("invoice-tax-number").setValue("91440300ma5xxxxxx");
    await wrapper.find("[data-test='invoice-save']").trigger("click");
    await vi.waitFor(() => expect(toastText()).toBe("请填写注册地址、注册电话、开户银行和银行账号"));
    await input("invoice-vat-address").setValue("深圳市南山区");
    await input("invoice-vat-phone").setValue("0755-12345678");
    await input("invoice-vat-bank").setValue("招商银行");
    await input("invoice-vat-account").setValue("6225000000");
    await input("invoice-email").setValue("fin@example.com");
    await wrapper.find("[data-test='invoice-mailing-toggle']").trigger("click");
    await input("invoice-mailing-name").setValue("李四");
    await input("invoice-mailing-phone").setValue("13900139000");
    await input("invoice-mailing-detail").setValue("财务部");
    await wrapper.find("[data-test='invoice-save']").trigger("click");
    await vi.waitFor(() => expect(toastText()).toBe("请填写收票人、电话、省份、城市和详细地址"));
    await input("invoice-mailing-province").setValue("广东省");
    await input("invoice-mailing-city").setValue("深圳市");
    await wrapper.find("[data-test='invoice-save']").trigger("click");
    await vi.waitFor(() => expect(wrapper.find("[data-test='checkout-invoice']").text()).toContain("增值税专用发票 · 深圳某某科技有限公司"));

    await wrapper.find("[data-test='checkout-submit']").trigger("click");
    await vi.waitFor(() => expect(callsTo(fetch, "POST", "/checkout/submit")).toHaveLength(1));
    expect(bodyOf(fetch, "POST", "/checkout/submit").invoice).toEqual({
      kind: "vat_special",
      title_type: "company",
      title: "深圳某某科技有限公司",
      tax_number: "91440300MA5XXXXXX",
      content: "detail",
      email: "fin@example.com",
      vat: { address: "深圳市南山区", phone: "0755-12345678", bank: "招商银行", account: "6225000000" },
      mailing_address: { name: "李四", phone: "13900139000", province: "广东省", city: "深圳市", district: "", detail: "财务部" },
    });
  });

  it("[CO-5] a personal normal invoice needs only a title", async () => {
    const { wrapper, fetch } = await openCheckout({ "POST /checkout/submit": submitted });
    await wrapper.find("[data-test='checkout-invoice']").trigger("click");
    await vi.waitFor(() => expect(wrapper.find("[data-test='invoice-kind-normal']").exists()).toBe(true));
    await wrapper.find("[data-test='invoice-kind-normal']").trigger("click");
    await wrapper.find("[data-test='invoice-title'] input").setValue("张三");
    await wrapper.find("[data-test='invoice-content-category']").trigger("click");
    await wrapper.find("[data-test='invoice-save']").trigger("click");
    await wrapper.find("[data-test='checkout-submit']").trigger("click");
    await vi.waitFor(() => expect(callsTo(fetch, "POST", "/checkout/submit")).toHaveLength(1));
    expect(bodyOf(fetch, "POST", "/checkout/submit").invoice).toMatchObject({
      kind: "normal",
      title_type: "personal",
      title: "张三",
      tax_number: "",
      content: "category",
      vat: null,
      mailing_address: null,
    });
  });

  it("[CO-1] shows the API's message when the quote fails, and an empty state without items", async () => {
    const { wrapper } = await openCheckout({
      "POST /checkout/preview": () => jsonResponse(409, { error: { code: "items_unavailable", message: "商品已失效", fields: {} } }),
    });
    expect(wrapper.find("[data-test='checkout-error']").text()).toContain("商品已失效");
    wrapper.unmount();
    const empty = await mountAt("/checkout");
    expect(empty.wrapper.find("[data-test='checkout-empty']").text()).toContain("没有要结算的商品");
  });
});
