/**
 * 财务 (PLT-8, PAY-6, PAY-7): payments awaiting an offline transfer's confirmation with the
 * shopper's transfer voucher, every refund, refunds paid back by hand, and the platform's payment
 * settings (支付设置), as `docs/payments-api.md` (Back office) defines them. Money is integer fen.
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
  /** The latest transfer voucher (转账凭证) the shopper uploaded, if any. */
  voucher?: OfflineVoucher | null;
}

export type VoucherStatus = "submitted" | "accepted" | "rejected";

export interface OfflineVoucher {
  id: number;
  images: string[];
  note: string;
  status: VoucherStatus;
  reject_reason: string;
  created_at: string;
  reviewed_at: string | null;
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

/** 驳回凭证: the voucher is rejected with a reason; the payment stays pending for another upload. */
export function rejectOfflinePayment(paymentNo: string, reason: string, options?: CallOptions) {
  return http.post<OfflineVoucher>(`/admin/payments/${encodeURIComponent(paymentNo)}/reject-offline`, { reason }, options);
}

/** A refund paid back by hand (offline transfer, cash on delivery), recorded with its reference. */
export interface RecordedRefund {
  refund_no: string;
  amount: number;
  status: RefundStatus;
  gateway_refund_no: string;
  finished_at: string | null;
}

/** Providers whose refunds staff pay back by hand and then record (PAY-7). */
export const MANUAL_REFUND_PROVIDERS: readonly string[] = ["offline", "cod"];

export function recordRefund(refundNo: string, reference: string, options?: CallOptions) {
  return http.post<RecordedRefund>(`/admin/refunds/${encodeURIComponent(refundNo)}/record`, { reference }, options);
}

// --- 支付设置: payment gateways -------------------------------------------------------------------

/** A plain field answers its value; a secret one only whether one is stored (write-only). */
export interface GatewayField {
  name: string;
  label: string;
  secret: boolean;
  required?: boolean;
  value?: string | null;
  set?: boolean | null;
}

export interface Gateway {
  code: string;
  name: string;
  enabled: boolean;
  /** Saved in the back office (else the environment's settings apply). */
  saved?: boolean;
  fields: GatewayField[];
}

/** An omitted or empty secret keeps the stored one. */
export interface GatewayInput {
  enabled: boolean;
  values: Record<string, string>;
}

export function listGateways(options?: CallOptions) {
  return http.get<{ items: Gateway[] }>("/admin/payments/gateways", options);
}

export function saveGateway(code: string, input: GatewayInput, options?: CallOptions) {
  return http.put<Gateway>(`/admin/payments/gateways/${encodeURIComponent(code)}`, input, options);
}
