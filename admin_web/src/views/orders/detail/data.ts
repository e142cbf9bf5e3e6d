import type { AdminOrderDetail, OrderAddress, OrderInvoice, OrderShipment, TimelineEntry } from "@/api/orders";
import { formatYuan } from "@/utils/format";

import { statusLabel } from "../shared/labels";

export const addressText = (address: OrderAddress | null | undefined) =>
  address ? `${address.province}${address.city}${address.district} ${address.detail}` : "—";

export const yuan = (fen: number | null | undefined) => `¥${formatYuan(fen)}`;

export const DELIVERY_LABELS: Record<string, string> = { express: "快递配送", pickup: "到店自提" };

export const PAYMENT_STATUS: Record<string, string> = {
  pending: "待支付",
  paid: "已支付",
  closed: "已关闭",
  refunded: "已退款",
};

export const REFUND_STATUS: Record<string, string> = {
  pending: "处理中",
  processing: "处理中",
  succeeded: "已退款",
  success: "已退款",
  failed: "退款失败",
  closed: "已关闭",
};

export const PROVIDER_LABELS: Record<string, string> = {
  sandbox: "模拟支付",
  offline: "线下转账",
  wechat: "微信支付",
  alipay: "支付宝",
  balance: "余额",
};

/** The amounts block, in the order a reader adds them up. */
export function amountRows(order: Pick<AdminOrderDetail, "amounts">): { label: string; value: string }[] {
  const a = order.amounts;
  return [
    { label: "商品金额", value: yuan(a.goods_total) },
    { label: "运费", value: yuan(a.freight_total) },
    { label: "优惠", value: `-${yuan(a.discount_total)}` },
    { label: "积分抵扣", value: a.points_used ? `${a.points_used} 积分` : "—" },
    { label: "实付金额", value: yuan(a.payable) },
  ];
}

/** The events of `backend/orders/states.py` (and a few the timeline may add). */
const EVENT_LABELS: Record<string, string> = {
  create: "下单",
  submit: "下单",
  pay: "付款",
  pay_for_audit: "付款（待审核）",
  approve: "审核通过",
  reject: "审核驳回",
  cancel: "取消",
  cancel_paid: "取消并退款",
  timeout: "超时关闭",
  ship_part: "部分发货",
  ship_all: "发货",
  ship: "发货",
  receive: "确认收货",
  complete: "完成",
  urge: "催发货",
  refund: "退款",
};

export const eventLabel = (event: string) => EVENT_LABELS[event] ?? event;

const ACTOR_KINDS: Record<string, string> = {
  consumer: "买家",
  buyer: "买家",
  staff: "员工",
  system: "系统",
  payment: "支付系统",
};

/** The backend writes `kind:id` (`consumer:5`, `staff:2`) or `system` / `payment`. */
export function actorText(actor: TimelineEntry["actor"]): string {
  if (!actor) return "系统";
  if (typeof actor === "object") return actor.name || (actor.type ? (ACTOR_KINDS[actor.type] ?? actor.type) : "系统");
  const [kind = "", id] = actor.split(":");
  const label = ACTOR_KINDS[kind] ?? kind;
  return id ? `${label} #${id}` : label;
}

export const TRACK_STATUS: Record<string, string> = { in_transit: "运输中", delivered: "已签收" };

export function transitionText(entry: TimelineEntry): string {
  if (!entry.to_state || entry.from_state === entry.to_state) return "";
  const from = entry.from_state ? statusLabel(entry.from_state) : "";
  return from ? `${from} → ${statusLabel(entry.to_state)}` : statusLabel(entry.to_state);
}

/** `商品A ×2、商品B ×1` for one parcel. */
export function shipmentItemsText(shipment: OrderShipment, order: Pick<AdminOrderDetail, "lines">): string {
  const titles = new Map(order.lines.map((line) => [line.id, line.title]));
  return shipment.items.map((item) => `${titles.get(item.line_id) ?? `#${item.line_id}`} ×${item.quantity}`).join("、");
}

export function invoiceRows(invoice: OrderInvoice): { label: string; value: string }[] {
  const rows = [
    { label: "发票类型", value: invoice.kind === "vat_special" ? "增值税专用发票" : "普通发票" },
    { label: "抬头类型", value: invoice.title_type === "company" ? "单位" : "个人" },
    { label: "发票抬头", value: invoice.title || "—" },
    { label: "税号", value: invoice.tax_number || "—" },
    { label: "发票内容", value: invoice.content === "category" ? "商品类别" : "商品明细" },
    { label: "收票邮箱", value: invoice.email || "—" },
  ];
  if (invoice.vat) {
    rows.push(
      { label: "注册地址", value: invoice.vat.address },
      { label: "注册电话", value: invoice.vat.phone },
      { label: "开户银行", value: invoice.vat.bank },
      { label: "银行账号", value: invoice.vat.account },
    );
  }
  if (invoice.mailing_address) {
    const m = invoice.mailing_address;
    rows.push({ label: "邮寄地址", value: `${m.name} ${m.phone} ${addressText(m)}` });
  }
  return rows;
}

export const TIME_LABELS: { key: keyof AdminOrderDetail["times"]; label: string }[] = [
  { key: "created_at", label: "下单时间" },
  { key: "paid_at", label: "付款时间" },
  { key: "shipped_at", label: "发货时间" },
  { key: "received_at", label: "收货时间" },
  { key: "completed_at", label: "完成时间" },
  { key: "cancelled_at", label: "取消时间" },
];
