/** Order statuses as `docs/trade-api.md` names them, and who may act on an order in which state. */
import type { OrderStatus } from "@/api/orders";

type TagType = "primary" | "success" | "warning" | "danger" | "info";

export const ORDER_STATUS: Record<OrderStatus, { label: string; tag: TagType }> = {
  pending_payment: { label: "待付款", tag: "warning" },
  pending_audit: { label: "待审核", tag: "warning" },
  pending_shipment: { label: "待发货", tag: "danger" },
  partially_shipped: { label: "部分发货", tag: "primary" },
  shipped: { label: "待收货", tag: "primary" },
  received: { label: "待评价", tag: "success" },
  completed: { label: "已完成", tag: "success" },
  cancelled: { label: "已取消", tag: "info" },
  closed: { label: "已关闭", tag: "info" },
};

export const ORDER_STATUSES = Object.keys(ORDER_STATUS) as OrderStatus[];

/** The API's `status_text` when it sent one, else the table's label. */
export function statusLabel(status: string, statusText?: string | null): string {
  return statusText || ORDER_STATUS[status as OrderStatus]?.label || status;
}

export function statusTag(status: string): TagType {
  return ORDER_STATUS[status as OrderStatus]?.tag ?? "info";
}

export const ORDERS_VIEW = "orders:view";
export const ORDERS_MANAGE = "orders:manage";

/** 发货 is offered while something is left to ship. */
export const canShip = (status: string) => status === "pending_shipment" || status === "partially_shipped";
/** 审核 is offered while the order waits for the audit step. */
export const canAudit = (status: string) => status === "pending_audit";
