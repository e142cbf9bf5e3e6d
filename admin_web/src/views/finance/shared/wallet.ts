/**
 * 余额调账 (FIN-10): add to or take from a shopper's wallet with a reason. The amount is typed in
 * 元 and sent as signed fen; one idempotency key per dialog opening makes a retried click answer
 * the first adjustment instead of adjusting twice.
 */
import type { WalletAdjustInput } from "@/api/finance";
import { formatYuan, yuanToFen } from "@/utils/format";

export interface AdjustForm {
  direction: "add" | "deduct";
  /** 元, as typed, positive. */
  amount: number | undefined;
  reason: string;
}

export const emptyAdjustForm = (): AdjustForm => ({ direction: "add", amount: undefined, reason: "" });

/** Limits of docs/finance-api.md: ≠ 0, at most 1,000,000 元 either way; reason 2-200 characters. */
export const MAX_ADJUST_FEN = 100_000_000;

export function adjustErrors(form: AdjustForm): Record<string, string> {
  const errors: Record<string, string> = {};
  const fen = yuanToFen(form.amount);
  if (fen <= 0) errors.amount = "请填写调账金额";
  else if (fen > MAX_ADJUST_FEN) errors.amount = `单次调账不能超过 ¥${formatYuan(MAX_ADJUST_FEN)}`;
  const reason = form.reason.trim();
  if (reason.length < 2) errors.reason = "请填写调账原因（至少 2 个字）";
  else if (reason.length > 200) errors.reason = "调账原因最多 200 个字";
  return errors;
}

export function adjustBody(form: AdjustForm): WalletAdjustInput {
  const fen = yuanToFen(form.amount);
  return { amount: form.direction === "deduct" ? -fen : fen, reason: form.reason.trim() };
}

/** 8-64 letters, digits and `-`, as the API wants. */
export function newIdempotencyKey(): string {
  const random = globalThis.crypto?.randomUUID?.();
  return random ?? `adj-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}
