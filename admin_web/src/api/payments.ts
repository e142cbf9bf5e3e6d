/**
 * 财务 (PLT-8): payments awaiting an offline transfer's confirmation and every refund, as
 * `docs/payments-api.md` (Back office) defines them. Money is integer fen.
 */
import { http, type CallOptions } from "./client";
import type { Page, PageQuery } from "./types";

export type PaymentStatus = "pending" | "paid" | "closed" | "late_paid" | "refunded";
export type RefundStatus = "pending" | "succeeded" | "failed";

export interface AdminPaymentRow {
  payment_no: string;
  user_id: number;
  amount: number;
  subject: string;
  provider: string;
  status: PaymentStatus;
  trade_no: string;
  paid_at: string | null;
  created_at: string;
  orders: { order_no: string; shop_id: number; amount: number }[];
}

export interface AdminPaymentQuery extends PageQuery {
  status?: PaymentStatus | "";
  provider?: string;
}

export interface AdminRefundRow {
  refund_no: string;
  payment_no: string;
  order_id: number;
  order_no: string;
  shop_id: number;
  amount: number;
  reason: string;
  status: RefundStatus;
  provider: string;
  created_at: string;
  finished_at: string | null;
}

export interface AdminRefundQuery extends PageQuery {
  status?: RefundStatus | "";
  /** A refund, payment or order number. */
  keyword?: string;
}

export interface ConfirmOfflineInput {
  /** 银行流水号. */
  reference: string;
  /** What arrived, in fen: must equal the payment's amount. */
  amount: number;
}

export function listAdminPayments(query: AdminPaymentQuery = {}, options?: CallOptions) {
  return http.get<Page<AdminPaymentRow>>("/admin/payments", { ...options, query: { ...query } });
}

/** The payment view answered once confirmed (paid, `trade_no` = the reference). */
export interface ConfirmedPayment {
  payment_no: string;
  amount: number;
  status: PaymentStatus;
  provider: string;
  trade_no: string;
  paid_at: string | null;
}

export function confirmOfflinePayment(paymentNo: string, input: ConfirmOfflineInput, options?: CallOptions) {
  return http.post<ConfirmedPayment>(`/admin/payments/${encodeURIComponent(paymentNo)}/confirm-offline`, input, options);
}

export function listAdminRefunds(query: AdminRefundQuery = {}, options?: CallOptions) {
  return http.get<Page<AdminRefundRow>>("/admin/refunds", { ...options, query: { ...query } });
}
