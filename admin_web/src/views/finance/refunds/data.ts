import { MANUAL_REFUND_PROVIDERS, type AdminRefundRow, type RefundStatus } from "@/api/payments";

import { REFUND_STATUS, REFUND_STATUSES } from "../shared/labels";

export const STATUS_TABS: { value: RefundStatus | ""; label: string }[] = [
  { value: "", label: "全部" },
  ...REFUND_STATUSES.map((value) => ({ value, label: REFUND_STATUS[value].label })),
];

/** A refund paid back by hand (offline transfer, cash on delivery) waits for staff to record it (PAY-7). */
export const canRecord = (row: Pick<AdminRefundRow, "status" | "provider">) =>
  row.status === "pending" && MANUAL_REFUND_PROVIDERS.includes(row.provider);

/** The reference: 1-64 characters; "" when fine. */
export function referenceError(reference: string): string {
  const trimmed = reference.trim();
  if (!trimmed) return "请填写退款流水号或收据号";
  if (trimmed.length > 64) return "流水号最多 64 个字符";
  return "";
}
