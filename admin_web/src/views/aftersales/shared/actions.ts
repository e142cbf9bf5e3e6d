/**
 * What each staff step asks for and sends (AS-1): 同意 and 确认收货 take an optional lower amount
 * (元 typed, fen sent, never above what the request refunds now) and a note; 拒绝 and 拒绝收货 take
 * the reason the buyer will read; 执行退款 only asks for confirmation.
 */
import {
  approveAftersale,
  executeAftersaleRefund,
  receiveReturn,
  refuseReceipt,
  rejectAftersale,
  type AftersaleCard,
  type AftersaleDetail,
  type ApproveInput,
  type RejectInput,
  type StaffAction,
} from "@/api/aftersales";
import type { CallOptions } from "@/api/client";
import { fenToYuan, formatYuan, yuanToFen } from "@/utils/format";

export type ActionKind = "amount" | "reason" | "confirm";

export interface ActionCopy {
  kind: ActionKind;
  title: string;
  /** The dialog's submit button. */
  submit: string;
  hint: string;
  done: string;
}

export function actionCopy(action: StaffAction, request: Pick<AftersaleCard, "type">): ActionCopy {
  switch (action) {
    case "approve":
      return {
        kind: "amount",
        title: "同意售后申请",
        submit: "确认同意",
        hint: request.type === "return_refund" ? "同意后买家需在规定时间内寄回商品，收货后再退款。" : "同意后将按退款金额原路退回。",
        done: "已同意",
      };
    case "receive":
      return { kind: "amount", title: "确认收到退货", submit: "确认收货", hint: "确认收到买家寄回的商品后将退款。", done: "已确认收货" };
    case "reject":
      return { kind: "reason", title: "拒绝售后申请", submit: "确认拒绝", hint: "拒绝原因会展示给买家。", done: "已拒绝" };
    case "refuse_receipt":
      return { kind: "reason", title: "拒绝收货", submit: "确认拒绝收货", hint: "拒绝收货后售后申请结束，原因会展示给买家。", done: "已拒绝收货" };
    case "refund":
      return { kind: "confirm", title: "执行退款", submit: "确认退款", hint: "退款将原路退回买家的支付账户。", done: "已发起退款" };
  }
}

export interface ActionForm {
  /** 元, as typed; prefilled with what the request refunds now. */
  amount: number | undefined;
  note: string;
  reason: string;
}

export const emptyActionForm = (request?: Pick<AftersaleCard, "amount"> | null): ActionForm => ({
  amount: request ? fenToYuan(request.amount) : undefined,
  note: "",
  reason: "",
});

/** Field errors checked before asking the API (which checks again). */
export function actionErrors(action: StaffAction, form: ActionForm, maxFen: number): Record<string, string> {
  const kind = actionCopy(action, { type: "refund_only" }).kind;
  const errors: Record<string, string> = {};
  if (kind === "amount") {
    const fen = yuanToFen(form.amount);
    if (fen <= 0) errors.amount = "请填写退款金额";
    else if (fen > maxFen) errors.amount = `退款金额不能超过 ¥${formatYuan(maxFen)}`;
  } else if (kind === "reason" && !form.reason.trim()) {
    errors.reason = "请填写拒绝原因";
  }
  return errors;
}

/** The API body: the amount only when lowered, the note or reason trimmed. */
export function actionBody(action: StaffAction, form: ActionForm, maxFen: number): ApproveInput | RejectInput | undefined {
  const kind = actionCopy(action, { type: "refund_only" }).kind;
  if (kind === "amount") {
    const fen = yuanToFen(form.amount);
    const body: ApproveInput = {};
    if (fen !== maxFen) body.amount = fen;
    if (form.note.trim()) body.note = form.note.trim();
    return body;
  }
  if (kind === "reason") return { reason: form.reason.trim() };
  return undefined;
}

/** Sends one step; answers the request as it is now. */
export function runAction(
  action: StaffAction,
  requestNo: string,
  body: ApproveInput | RejectInput | undefined,
  options?: CallOptions,
): Promise<AftersaleDetail> {
  switch (action) {
    case "approve":
      return approveAftersale(requestNo, body as ApproveInput, options);
    case "receive":
      return receiveReturn(requestNo, body as ApproveInput, options);
    case "reject":
      return rejectAftersale(requestNo, body as RejectInput, options);
    case "refuse_receipt":
      return refuseReceipt(requestNo, body as RejectInput, options);
    case "refund":
      return executeAftersaleRefund(requestNo, options);
  }
}
