/** Payment and refund wording for the 财务 pages (docs/payments-api.md). */
import type { RefundStatus } from "@/api/payments";

type TagType = "primary" | "success" | "warning" | "danger" | "info";

export const PROVIDER_NAMES: Record<string, string> = {
  sandbox: "模拟支付",
  offline: "线下转账",
  wechat: "微信支付",
  alipay: "支付宝",
  balance: "余额支付",
  cod: "货到付款",
};

export const providerName = (code: string) => PROVIDER_NAMES[code] ?? (code || "—");

export const REFUND_STATUS: Record<RefundStatus, { label: string; tag: TagType }> = {
  pending: { label: "退款中", tag: "warning" },  // for 线下转账 / 货到付款: waiting to be recorded
  succeeded: { label: "已退款", tag: "success" },
  failed: { label: "退款失败", tag: "danger" },
};

export const REFUND_STATUSES = Object.keys(REFUND_STATUS) as RefundStatus[];

export const refundStatusLabel = (status: string) => REFUND_STATUS[status as RefundStatus]?.label ?? status;
export const refundStatusTag = (status: string): TagType => REFUND_STATUS[status as RefundStatus]?.tag ?? "info";

export const ORDERS_VIEW = "orders:view";
export const ORDERS_MANAGE = "orders:manage";

export const FINANCE_VIEW = "finance:view";
export const FINANCE_MANAGE = "finance:manage";
