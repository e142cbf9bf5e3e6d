import type { AdminPaymentRow, OfflineVoucher, VoucherStatus } from "@/api/payments";
import { formatYuan, yuanToFen } from "@/utils/format";

/** The list shows transfers still awaiting confirmation: started with 线下转账 and unpaid. */
export const AWAITING = { status: "pending", provider: "offline" } as const;

export const amountText = (fen: number) => `¥${formatYuan(fen)}`;

export const ordersText = (row: Pick<AdminPaymentRow, "orders">) =>
  row.orders.map((order) => order.order_no).join("、") || "—";

export interface ConfirmForm {
  reference: string;
  /** 元, as typed. */
  amount: number | undefined;
}

/** Field errors for the 确认收款 form, checked before asking the API (which checks again). */
export function confirmErrors(form: ConfirmForm, expectedFen: number): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!form.reference.trim()) errors.reference = "请填写银行流水号";
  const fen = yuanToFen(form.amount);
  if (fen <= 0) errors.amount = "请填写到账金额";
  else if (fen !== expectedFen) errors.amount = `到账金额应为 ¥${formatYuan(expectedFen)}`;
  return errors;
}

/** The API body: the reference trimmed and the amount in fen. */
export const confirmBody = (form: ConfirmForm) => ({ reference: form.reference.trim(), amount: yuanToFen(form.amount) });

export const VOUCHER_STATUS: Record<VoucherStatus, { label: string; tag: "warning" | "success" | "danger" }> = {
  submitted: { label: "待审核", tag: "warning" },
  accepted: { label: "已确认", tag: "success" },
  rejected: { label: "已驳回", tag: "danger" },
};

/** Only a voucher awaiting review can be rejected (the API answers 409 `voucher_not_found` otherwise). */
export const canRejectVoucher = (voucher: OfflineVoucher | null | undefined) => voucher?.status === "submitted";

/** The reject reason: 2-200 characters, as the API checks it; "" when fine. */
export function rejectReasonError(reason: string): string {
  const trimmed = reason.trim();
  if (!trimmed) return "请填写驳回原因";
  if (trimmed.length < 2) return "驳回原因至少 2 个字";
  if (trimmed.length > 200) return "驳回原因最多 200 个字";
  return "";
}
