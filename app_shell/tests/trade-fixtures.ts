/** Answers of the trade API (docs/trade-api.md) for the trade screens' tests. */
import type { Cart, CartLine, CheckoutPreview, OrderCard, OrderDetail } from "@/api/trade";
import type { Address } from "@/api/members";

export function cartLine(id: number, overrides: Partial<CartLine> = {}): CartLine {
  return {
    id,
    sku_id: 100 + id,
    product_id: 10 + id,
    shop_id: 3,
    title: `购物车商品${id}`,
    image: `/media/demo/p${id}.jpg`,
    spec_text: "红 / M",
    unit: 0,
    unit_name: "个",
    units: [{ name: "个", factor: 1 }],
    quantity: 2,
    unit_price: 1990,
    added_price: 1990,
    price_changed: false,
    stock: 10,
    selected: true,
    payable: 3980,
    reason: null,
    ...overrides,
  };
}

export function cart(overrides: Partial<Cart> = {}): Cart {
  return {
    shops: [
      { shop_id: 3, shop_name: "优选生鲜", self_operated: false, lines: [cartLine(1), cartLine(2, { selected: false, quantity: 1 })] },
      { shop_id: 4, shop_name: "官方自营", self_operated: true, lines: [cartLine(3, { shop_id: 4, quantity: 1 })] },
    ],
    invalid: [],
    count: 4,
    selected_count: 3,
    all_selected: false,
    summary: { goods_total: 5970, discount_total: 0, freight_total: 800, payable: 6770 },
    ...overrides,
  };
}

export function address(id: number, overrides: Partial<Address> = {}): Address {
  return {
    id,
    name: `收货人${id}`,
    phone: "13800138000",
    province: "广东省",
    city: "深圳市",
    district: "南山区",
    detail: `科技园${id}号`,
    postal_code: "",
    tag: "",
    is_default: id === 1,
    created_at: "2026-11-20T00:00:00Z",
    ...overrides,
  };
}

export function preview(overrides: Partial<CheckoutPreview> = {}): CheckoutPreview {
  return {
    address: address(1),
    delivery_methods: [
      { code: "express", name: "快递配送", enabled: true },
      { code: "pickup", name: "到店自提", enabled: false },
    ],
    payment_methods: [{ code: "sandbox", name: "模拟支付" }],
    shops: [
      {
        shop_id: 3,
        shop_name: "优选生鲜",
        lines: [
          {
            sku_id: 101,
            product_id: 11,
            title: "结算商品",
            image: "",
            spec_text: "红 / M",
            unit: 0,
            unit_name: "个",
            quantity: 2,
            unit_price: 1990,
            goods: 3980,
            discount: 500,
            freight: 800,
            payable: 4280,
          },
        ],
        goods_total: 3980,
        discount_total: 500,
        freight_total: 800,
        payable: 4280,
      },
    ],
    invalid: [],
    amounts: {
      goods_total: 3980,
      freight_total: 800,
      discounts: [
        { source: "full_reduction", name: "满减", amount: 300 },
        { source: "coupon", name: "优惠券", amount: 200 },
      ],
      points_used: 0,
      points_discount: 0,
      payable: 4280,
    },
    deliverable: true,
    undeliverable: [],
    ...overrides,
  };
}

export function orderCard(no: string, overrides: Partial<OrderCard> = {}): OrderCard {
  return {
    order_no: no,
    shop_id: 3,
    shop_name: "优选生鲜",
    status: "pending_payment",
    status_text: "待付款",
    type: "normal",
    payable: 4280,
    quantity: 2,
    lines: [
      {
        id: 1,
        sku_id: 101,
        product_id: 11,
        title: `订单商品${no}`,
        image: "",
        spec_text: "红 / M",
        unit_name: "个",
        quantity: 2,
        unit_price: 1990,
        goods: 3980,
        discount: 500,
        freight: 800,
        payable: 4280,
        shipped_quantity: 0,
        reviewed: false,
      },
    ],
    created_at: "2026-11-25T02:00:00Z",
    pay_deadline: "2026-11-25T02:30:00Z",
    reviewed: false,
    actions: ["pay", "cancel"],
    ...overrides,
  };
}

export function orderDetail(no: string, overrides: Partial<OrderDetail> = {}): OrderDetail {
  return {
    ...orderCard(no),
    payment_no: `P${no}`,
    address: { name: "张三", phone: "13800138000", province: "广东省", city: "深圳市", district: "南山区", detail: "科技园1号" },
    delivery: "express",
    remark: "请尽快发货",
    attachments: [],
    invoice: null,
    amounts: { goods_total: 3980, discount_total: 500, freight_total: 800, points_used: 0, payable: 4280 },
    times: {
      created_at: "2026-11-25T02:00:00Z",
      paid_at: null,
      shipped_at: null,
      received_at: null,
      completed_at: null,
      cancelled_at: null,
    },
    cancel_reason: null,
    payments: [],
    refunds: [],
    shipments: [],
    latest_event: null,
    points_earned: 0,
    auto_confirm_at: null,
    ...overrides,
  };
}

/** The JSON body of the n-th call to `METHOD /path`. */
export function bodyOf(fetch: { mock: { calls: [string, RequestInit][] } }, method: string, path: string, n = 0): any {
  const calls = fetch.mock.calls.filter(
    ([url, init]) => (init.method ?? "GET") === method && new URL(url, "http://shop.test").pathname === `/api/v1${path}`,
  );
  const call = calls[n < 0 ? calls.length + n : n];
  if (!call) throw new Error(`no call ${n} to ${method} ${path}`);
  return call[1].body ? JSON.parse(String(call[1].body)) : undefined;
}

export function callsTo(fetch: { mock: { calls: [string, RequestInit][] } }, method: string, path: string) {
  return fetch.mock.calls.filter(
    ([url, init]) => (init.method ?? "GET") === method && new URL(url, "http://shop.test").pathname === `/api/v1${path}`,
  );
}
