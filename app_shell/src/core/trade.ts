/**
 * Trade helpers of the H5 shell: copy for order actions and cart reasons, the cart badge, the
 * guest-cart merge after sign-in, and how checkout items travel in a route query.
 */
import { ref } from "vue";

import { formatPrice } from "@shared";
import { cartApi, type CartLine, type CheckoutItem, type InvalidReason, type OrderAction, type OrderTab } from "@/api/trade";

import { forgetDeviceId, storedDeviceId } from "./device";
import { isSignedIn } from "./session";

/** Button copy of the order actions, in the order buttons are drawn. */
export const ORDER_ACTION_LABELS: Record<OrderAction, string> = {
  cancel: "取消订单",
  urge: "提醒发货",
  logistics: "查看物流",
  buy_again: "再次购买",
  receive: "确认收货",
  review: "评价",
  pay: "去支付",
};

/** Buttons for exactly the actions the API sent (unknown ones are left out). */
export function actionButtons(actions: readonly string[] | null | undefined): { action: OrderAction; label: string; primary: boolean }[] {
  const sent = new Set(actions ?? []);
  return (Object.keys(ORDER_ACTION_LABELS) as OrderAction[])
    .filter((a) => sent.has(a))
    .map((action) => ({ action, label: ORDER_ACTION_LABELS[action], primary: action === "pay" || action === "receive" || action === "review" }));
}

export const CANCEL_REASONS = ["不想要了", "地址信息填写错误", "商品选错/多选", "商品降价", "其他原因"];

export const INVALID_REASON_TEXT: Record<InvalidReason, string> = {
  sku_gone: "商品已失效",
  off_shelf: "商品已下架",
  unit_gone: "单位已变更",
  sold_out: "已售罄",
  insufficient_stock: "库存不足",
};

export function invalidReasonText(reason: string | null | undefined): string {
  return (reason && INVALID_REASON_TEXT[reason as InvalidReason]) || "商品已失效";
}

/** 「比加入时降价 ¥x」 / 「比加入时涨价 ¥x」, or "" when the price did not change. */
export function priceChangeText(line: Pick<CartLine, "unit_price" | "added_price" | "price_changed">): string {
  if (!line.price_changed || line.unit_price === line.added_price) return "";
  const diff = line.unit_price - line.added_price;
  return diff < 0 ? `比加入时降价 ${formatPrice(-diff)}` : `比加入时涨价 ${formatPrice(diff)}`;
}

export const ORDER_TABS: { tab: OrderTab; title: string }[] = [
  { tab: "all", title: "全部" },
  { tab: "pending_payment", title: "待付款" },
  { tab: "pending_shipment", title: "待发货" },
  { tab: "pending_receipt", title: "待收货" },
  { tab: "pending_review", title: "待评价" },
];

/** Checkout items as a route query value: `sku:qty:unit,…`. */
export function encodeItems(items: CheckoutItem[]): string {
  return items.map((i) => `${i.sku_id}:${i.quantity}:${i.unit}`).join(",");
}

export function decodeItems(raw: unknown): CheckoutItem[] {
  const text = Array.isArray(raw) ? String(raw[0] ?? "") : typeof raw === "string" ? raw : "";
  return text
    .split(",")
    .map((part) => part.split(":").map(Number))
    .filter(([sku, qty, unit]) => Number.isInteger(sku) && sku > 0 && Number.isInteger(qty) && qty > 0 && Number.isInteger(unit ?? 0))
    .map(([sku_id, quantity, unit]) => ({ sku_id, quantity, unit: unit || 0 }));
}

export function decodeIds(raw: unknown): number[] {
  const text = Array.isArray(raw) ? String(raw[0] ?? "") : typeof raw === "string" ? raw : "";
  return text.split(",").map(Number).filter((n) => Number.isInteger(n) && n > 0);
}

/** The cart tab's badge: total quantity of buyable lines. */
export const cartCount = ref(0);

export async function refreshCartCount(): Promise<void> {
  try {
    const answer = await cartApi.count();
    cartCount.value = typeof answer?.count === "number" ? answer.count : 0;
  } catch {
    /* keep the last count */
  }
}

/**
 * After sign-in a guest cart (kept under the device id) moves into the member's: once, then the
 * device id is forgotten. Answers true when a merge happened.
 */
export async function mergeGuestCart(): Promise<boolean> {
  const deviceId = storedDeviceId();
  if (!deviceId || !isSignedIn()) return false;
  try {
    await cartApi.merge(deviceId);
    forgetDeviceId();
    return true;
  } catch {
    return false;
  }
}

/** 「2026-11-25 18:08」 in local time, or "" for none. */
export function formatTime(iso: string | null | undefined): string {
  if (!iso) return "";
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return "";
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** How the pay page waits for the payment notification: every second, for about 15 s. */
export const PAY_POLL = { intervalMs: 1000, attempts: 15 };

/** Order numbers from a route query value: `no1,no2`. */
export function decodeOrderNos(raw: unknown): string[] {
  const text = Array.isArray(raw) ? String(raw[0] ?? "") : typeof raw === "string" ? raw : "";
  return text.split(",").map((s) => s.trim()).filter(Boolean);
}
