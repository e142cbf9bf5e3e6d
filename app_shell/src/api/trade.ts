/**
 * Cart, checkout, orders and payments (docs/trade-api.md). Money is integer fen; orders are
 * addressed by `order_no`. Guests reach the cart with `X-Device-Id` (core/api.ts adds it).
 */
import { ApiError, createPaymentsApi, errorFromResponse, type CheckoutCoupons } from "@shared";
import { API_BASE, client, getToken } from "@/core/api";

import type { Page } from "./catalog";
import type { Address, PostalAddress } from "./members";

export type { PostalAddress } from "./members";

export type InvalidReason = "sku_gone" | "off_shelf" | "unit_gone" | "sold_out" | "insufficient_stock";

export interface CartLine {
  id: number;
  sku_id: number;
  product_id: number;
  shop_id: number;
  title: string;
  image: string;
  spec_text: string;
  unit: number;
  unit_name: string;
  units: { name: string; factor: number }[];
  quantity: number;
  unit_price: number;
  added_price: number;
  price_changed: boolean;
  stock: number;
  selected: boolean;
  payable: number;
  reason: InvalidReason | null;
}

export interface CartShop {
  shop_id: number;
  shop_name: string;
  self_operated: boolean;
  lines: CartLine[];
}

export interface Cart {
  shops: CartShop[];
  invalid: CartLine[];
  count: number;
  selected_count: number;
  all_selected: boolean;
  summary: { goods_total: number; discount_total: number; freight_total: number; payable: number };
}

/** What is bought: from the cart's selected lines, or one SKU (立即购买). */
export interface CheckoutItem {
  sku_id: number;
  quantity: number;
  unit: number;
}

/** A SKU line with its amounts, as quoted and as ordered. */
interface PricedLine {
  sku_id: number;
  product_id: number;
  title: string;
  image: string;
  spec_text: string;
  unit_name: string;
  quantity: number;
  unit_price: number;
  goods: number;
  discount: number;
  freight: number;
  payable: number;
}

export interface QuoteLine extends PricedLine {
  unit: number;
}

export interface Discount {
  source: "activity" | "full_reduction" | "coupon" | "points" | string;
  name: string;
  amount: number;
}

export interface CheckoutPreview {
  address: Address | null;
  delivery_methods: { code: string; name: string; enabled: boolean }[];
  payment_methods: { code: string; name: string }[];
  shops: {
    shop_id: number;
    shop_name: string;
    lines: QuoteLine[];
    goods_total: number;
    discount_total: number;
    freight_total: number;
    payable: number;
    /** 满赠: what the shop adds; one out of stock is `available: false` and left out. */
    gifts?: { sku_id: number; title: string; quantity: number; available: boolean }[];
  }[];
  /** The shopper's coupons for these items: usable (with `saving`, `best`) and unusable (with `reason`). */
  coupons?: CheckoutCoupons;
  invalid: { sku_id: number; reason: string }[];
  amounts: {
    goods_total: number;
    freight_total: number;
    discounts: Discount[];
    points_used: number;
    points_discount: number;
    payable: number;
  };
  deliverable: boolean;
  undeliverable: { sku_id: number; reason: string }[];
}

export interface Invoice {
  kind: "normal" | "vat_special";
  title_type: "personal" | "company";
  title: string;
  tax_number: string;
  content: "detail" | "category";
  email: string;
  vat: { address: string; phone: string; bank: string; account: string } | null;
  mailing_address: PostalAddress | null;
}

export interface SubmitBody {
  items: CheckoutItem[];
  address_id: number;
  delivery: string;
  payment_method: string;
  channel: "h5" | "mp" | "app";
  use_points: number;
  remarks: Record<string, string>;
  attachments: string[];
  invoice: Invoice | null;
  cart_line_ids: number[];
  expected_payable?: number;
  /** At most one per shop and one of the platform's. */
  coupon_ids?: number[];
}

export interface SubmitResult {
  payment: { payment_no: string; amount: number };
  orders: { order_no: string; shop_id: number; payable: number; status: string }[];
}

/** docs/payments-api.md: `pending → paid → refunded`, `pending → closed (→ late_paid)`. */
export type PaymentStatus = "pending" | "paid" | "closed" | "refunded" | "late_paid";

export interface Payment {
  payment_no: string;
  amount: number;
  status: PaymentStatus;
  subject?: string;
  /** The method it was started with (`sandbox`, `offline`, `cod`, …). */
  provider?: string;
  /** The last attempt's outcome: a failed or cancelled one leaves the payment `pending`. */
  last_result?: "success" | "fail" | "cancel" | null;
  /** The orders it pays. */
  orders?: { order_no: string; shop_id?: number; amount?: number }[];
}

export interface PaymentMethod {
  code: string;
  name: string;
}

export type OrderAction = "pay" | "cancel" | "urge" | "receive" | "logistics" | "review" | "buy_again";

export type OrderTab = "all" | "pending_payment" | "pending_shipment" | "pending_receipt" | "pending_review";

export interface OrderLine extends PricedLine {
  id: number;
  shipped_quantity: number;
  reviewed: boolean;
}

export interface OrderCard {
  order_no: string;
  shop_id: number;
  shop_name: string;
  status: string;
  status_text: string;
  type: string;
  payable: number;
  quantity: number;
  lines: OrderLine[];
  created_at: string;
  pay_deadline: string | null;
  reviewed: boolean;
  actions: OrderAction[];
}

export interface LogisticsEvent {
  time: string;
  text: string;
  location: string;
}

export interface OrderDetail extends OrderCard {
  payment_no: string;
  address: PostalAddress;
  delivery: string;
  remark: string;
  attachments: string[];
  invoice: Invoice | null;
  amounts: { goods_total: number; discount_total: number; freight_total: number; points_used: number; payable: number };
  times: {
    created_at: string | null;
    paid_at: string | null;
    shipped_at: string | null;
    received_at: string | null;
    completed_at: string | null;
    cancelled_at: string | null;
  };
  cancel_reason: string | null;
  payments: { payment_no: string; provider: string; amount: number; status: string; paid_at: string | null }[];
  refunds: { refund_no: string; amount: number; status: string; created_at: string }[];
  shipments: {
    id: number;
    carrier_name: string;
    tracking_no: string;
    items: { line_id: number; quantity: number }[];
    last_event: LogisticsEvent | null;
    created_at: string;
  }[];
  latest_event: LogisticsEvent | null;
  points_earned: number;
  auto_confirm_at: string | null;
  /** The order's after-sales summary (docs/aftersales-api.md); absent before the context existed. */
  aftersales?: OrderAftersales | null;
}

export interface OrderAftersales {
  requests: { request_no: string; type: string; type_text: string; status: string; status_text: string; amount: number; created_at: string }[];
  open_count: number;
  refunded_amount: number;
  lines: { line_id: number; requested_quantity: number; refunded_quantity: number }[];
}

export interface Shipment {
  id: number;
  carrier_name: string;
  tracking_no: string;
  status: string;
  items: { line_id: number; quantity: number }[];
  events: LogisticsEvent[];
}

export type OrderCounts = Record<Exclude<OrderTab, "all">, number>;

export interface ReviewBody {
  items: { line_id: number; rating: number; content: string; images: string[] }[];
  logistics_rating: number;
  anonymous: boolean;
}

/** The shared client types only GET/POST/PUT/DELETE; PATCH goes through `request` as well. */
async function patch<T>(path: string, body: unknown): Promise<T> {
  const res = await client.request({ method: "PATCH" as "PUT", path, body });
  return res.data as T;
}

export const cartApi = {
  get: (): Promise<Cart> => client.get("/cart"),
  count: (): Promise<{ count: number }> => client.get("/cart/count"),
  add: (item: { sku_id: number; quantity: number; unit: number }): Promise<{ line: CartLine; count: number }> =>
    client.post("/cart/lines", item),
  update: (id: number, changes: { quantity?: number; unit?: number; selected?: boolean }): Promise<Cart> =>
    patch(`/cart/lines/${id}`, changes),
  remove: (id: number): Promise<Cart> => client.del(`/cart/lines/${id}`),
  removeMany: (ids: number[]): Promise<Cart> => client.post("/cart/lines/batch-delete", { ids }),
  clear: (): Promise<Cart> => client.del("/cart"),
  select: (ids: number[] | null, selected: boolean): Promise<Cart> => client.post("/cart/select", { ids, selected }),
  moveToFavourites: (ids: number[]): Promise<Cart> => client.post("/cart/move-to-favourites", { ids }),
  merge: (deviceId: string): Promise<Cart> => client.post("/cart/merge", { device_id: deviceId }),
};

export const checkoutApi = {
  preview: (body: { items: CheckoutItem[]; address_id?: number | null; delivery: string; use_points: number; coupon_ids?: number[] }): Promise<CheckoutPreview> =>
    client.post("/checkout/preview", body),
  submit: (body: SubmitBody, idempotencyKey: string): Promise<SubmitResult> =>
    client.post("/checkout/submit", body, { headers: { "Idempotency-Key": idempotencyKey } }),
};

/**
 * Paying (docs/payments-api.md; 余额, 批量付款 and vouchers from docs/finance-api.md): the shared
 * core's endpoints, so both shells call the same paths with the same bodies.
 */
export const paymentsApi = createPaymentsApi(client);

export interface Voucher {
  id: number;
  images: string[];
  note: string;
  status: "submitted" | "accepted" | "rejected";
  reject_reason: string;
  created_at: string;
  reviewed_at?: string | null;
}

export interface WalletEntry {
  amount: number;
  kind: string;
  reference: string;
  description: string;
  created_at: string;
}

const o = (orderNo: string) => `/orders/${encodeURIComponent(orderNo)}`;

export const ordersApi = {
  list: (tab: OrderTab, page = 1, keyword = "", type = ""): Promise<Page<OrderCard>> =>
    client.get("/orders", { query: { tab, keyword, type, page } }),
  counts: (): Promise<OrderCounts> => client.get("/orders/counts"),
  get: (orderNo: string): Promise<OrderDetail> => client.get(o(orderNo)),
  cancel: (orderNo: string, reason: string): Promise<OrderDetail> => client.post(`${o(orderNo)}/cancel`, { reason }),
  urge: (orderNo: string): Promise<{ urged_at: string }> => client.post(`${o(orderNo)}/urge`),
  receive: (orderNo: string): Promise<OrderDetail> => client.post(`${o(orderNo)}/receive`),
  logistics: (orderNo: string): Promise<{ shipments: Shipment[] }> => client.get(`${o(orderNo)}/logistics`),
  review: (orderNo: string, body: ReviewBody): Promise<OrderDetail> => client.post(`${o(orderNo)}/reviews`, body),
  buyAgain: (orderNo: string): Promise<{ added: number; skipped: { sku_id: number; reason: string }[]; cart_line_ids: number[] }> =>
    client.post(`${o(orderNo)}/buy-again`),
};

/**
 * Where review images and order attachments are uploaded (multipart, field `file`, answering
 * `{"url"}`). The backend has no shopper upload endpoint yet (only the storage adapter); this path
 * is the one the lead asked the backend for.
 */
export const UPLOAD_PATH = "/uploads/images";

/** Upload one image; resolves with its URL. Rejects with an ApiError like the client does. */
export async function uploadImage(file: File): Promise<string> {
  const form = new FormData();
  form.append("file", file);
  const headers: Record<string, string> = { Accept: "application/json" };
  const token = getToken();
  if (token) headers.Authorization = `Bearer ${token}`;
  let response: Response;
  try {
    response = await fetch(API_BASE + UPLOAD_PATH, { method: "POST", headers, body: form, credentials: "same-origin" });
  } catch {
    throw new ApiError(0, "network_error", "网络连接失败，请检查网络后重试");
  }
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!response.ok) throw errorFromResponse(response.status, body);
  const url = (body as { url?: unknown } | null)?.url;
  if (typeof url !== "string" || !url) throw errorFromResponse(500, body);
  return url;
}
