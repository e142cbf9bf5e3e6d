/** 售后 wording: statuses, types, staff steps and who acted (docs/aftersales-api.md). */
import type { AftersaleStatus, AftersaleType, StaffAction } from "@/api/aftersales";
import { formatYuan } from "@/utils/format";

type TagType = "primary" | "success" | "warning" | "danger" | "info";

/** The permission the backend checks on every `/admin/aftersales` route. */
export const AFTERSALES_MANAGE = "aftersales:manage";

export const STATUS: Record<AftersaleStatus, { label: string; tag: TagType }> = {
  requested: { label: "待商家处理", tag: "warning" },
  approved: { label: "商家已同意，待退款", tag: "primary" },
  awaiting_return: { label: "待买家退货", tag: "primary" },
  returning: { label: "买家已退货，待商家收货", tag: "warning" },
  return_received: { label: "商家已收货，待退款", tag: "primary" },
  refunding: { label: "退款中", tag: "primary" },
  refunded: { label: "退款成功", tag: "success" },
  rejected: { label: "商家已拒绝", tag: "danger" },
  cancelled: { label: "买家已撤销", tag: "info" },
  closed: { label: "已关闭", tag: "info" },
};

export const STATUS_OPTIONS = (Object.keys(STATUS) as AftersaleStatus[]).map((value) => ({ value, label: STATUS[value].label }));

/** The backend's own text wins; ours is the fallback. */
export const statusLabel = (status: string, text?: string) => text || STATUS[status as AftersaleStatus]?.label || status;
export const statusTag = (status: string): TagType => STATUS[status as AftersaleStatus]?.tag ?? "info";

export const TYPES: Record<AftersaleType, string> = { refund_only: "仅退款", return_refund: "退货退款" };
export const TYPE_OPTIONS = (Object.keys(TYPES) as AftersaleType[]).map((value) => ({ value, label: TYPES[value] }));
export const typeLabel = (type: string, text?: string) => text || TYPES[type as AftersaleType] || type;

/**
 * Button copy, stable for browser tests: 同意 opens a dialog whose submit button is 确认同意.
 * Buttons are shown exactly for the request's `actions`.
 */
export const ACTIONS: Record<StaffAction, { label: string; type: "primary" | "danger" | "warning" | "success" }> = {
  approve: { label: "同意", type: "primary" },
  reject: { label: "拒绝", type: "danger" },
  receive: { label: "确认收货", type: "primary" },
  refuse_receipt: { label: "拒绝收货", type: "danger" },
  refund: { label: "执行退款", type: "warning" },
};

export const ACTION_ORDER: StaffAction[] = ["approve", "receive", "refund", "reject", "refuse_receipt"];

/** The request's actions in button order (unknown ones left out). */
export const shownActions = (actions: readonly string[]) => ACTION_ORDER.filter((action) => actions.includes(action));

export const ROLES: Record<string, string> = { buyer: "买家", merchant: "商家", platform: "平台", system: "系统" };
export const roleLabel = (role: string) => ROLES[role] ?? role;

export const yuan = (fen: number | null | undefined) => `¥${formatYuan(fen)}`;

/** `红富士苹果 ×2、赣南脐橙 ×1`. */
export const itemsText = (items: { title: string; quantity: number }[]) =>
  items.map((item) => `${item.title} ×${item.quantity}`).join("、") || "—";
