/**
 * 售后 (back office, AS-1): requests of the shop (merchant staff) or of every shop (platform), and
 * the staff's steps on them, as `docs/aftersales-api.md` (Back office) defines them under
 * `/admin/aftersales`. Money is integer fen; requests are addressed by `request_no`.
 */
import { http, type CallOptions } from "./client";
import type { Page, PageQuery } from "./types";

export type AftersaleType = "refund_only" | "return_refund";

/** Both flows of `backend/aftersales/states.py`. */
export type AftersaleStatus =
  | "requested"
  | "approved"
  | "awaiting_return"
  | "returning"
  | "return_received"
  | "refunding"
  | "refunded"
  | "rejected"
  | "cancelled"
  | "closed";

/** What staff may do now, answered by the backend per request and per role. */
export type StaffAction = "approve" | "reject" | "receive" | "refuse_receipt" | "refund";

export interface AftersaleItem {
  line_id: number;
  quantity: number;
  amount: number;
  line_quantity: number;
  title: string;
  image: string;
  spec_text: string;
  unit_price: number;
}

export interface AftersaleCard {
  request_no: string;
  order_no: string;
  shop_id: number;
  type: AftersaleType;
  type_text: string;
  status: AftersaleStatus;
  status_text: string;
  reason: string;
  /** What will be refunded (staff may have lowered it). */
  amount: number;
  /** What the buyer asked for. */
  requested_amount: number;
  quantity: number;
  items: AftersaleItem[];
  created_at: string;
  actions: StaffAction[];
  buyer_id: number | null;
}

export interface AftersaleStep {
  event: string;
  text: string;
  from_state: string;
  to_state: string;
  actor: string;
  role: "buyer" | "merchant" | "platform" | "system" | string;
  note: string;
  images: string[];
  data: Record<string, unknown>;
  at: string;
}

export interface AftersaleRefund {
  refund_no: string;
  amount: number;
  status: string;
  reason: string;
  created_at: string;
  finished_at: string | null;
}

export interface AftersaleDetail extends AftersaleCard {
  description: string;
  images: string[];
  freight: number;
  whole_order: boolean;
  reject_reason: string;
  return_logistics: { carrier_code: string; carrier_name: string; tracking_no: string } | null;
  last_error: string;
  times: {
    created_at: string | null;
    approved_at: string | null;
    return_shipped_at: string | null;
    return_received_at: string | null;
    refunded_at: string | null;
    ended_at: string | null;
  };
  return_deadline: string | null;
  auto_receive_at: string | null;
  refunds: AftersaleRefund[];
  timeline: AftersaleStep[];
}

export interface AftersaleQuery extends PageQuery {
  status?: AftersaleStatus | "";
  type?: AftersaleType | "";
  order_no?: string;
  shop_id?: number | null;
  /** The shop's days (Asia/Shanghai), `YYYY-MM-DD`. */
  date_from?: string;
  date_to?: string;
  /** Approved or received, waiting for a refund to be executed. */
  awaiting_platform?: boolean;
}

/** The order detail's after-sales summary (`aftersales` of `GET /admin/orders/{order_no}`). */
export interface OrderAftersalesSummary {
  requests: Pick<AftersaleCard, "request_no" | "type" | "type_text" | "status" | "status_text" | "amount" | "created_at">[];
  open_count: number;
  refunded_amount: number;
  lines: { line_id: number; requested_quantity: number; refunded_quantity: number }[];
}

/** 同意 / 确认收货: an optional lower amount (fen) and a note. */
export interface ApproveInput {
  amount?: number;
  note?: string;
}

/** 拒绝 / 拒绝收货: the reason the buyer will read. */
export interface RejectInput {
  reason: string;
  images?: string[];
}

const path = (requestNo: string) => `/admin/aftersales/${encodeURIComponent(requestNo)}`;

export function listAftersales(query: AftersaleQuery = {}, options?: CallOptions) {
  const { awaiting_platform, ...rest } = query;
  return http.get<Page<AftersaleCard>>("/admin/aftersales", {
    ...options,
    query: { ...rest, awaiting_platform: awaiting_platform ? "true" : undefined },
  });
}

export function getAftersale(requestNo: string, options?: CallOptions) {
  return http.get<AftersaleDetail>(path(requestNo), options);
}

export function approveAftersale(requestNo: string, input: ApproveInput = {}, options?: CallOptions) {
  return http.post<AftersaleDetail>(`${path(requestNo)}/approve`, input, options);
}

export function rejectAftersale(requestNo: string, input: RejectInput, options?: CallOptions) {
  return http.post<AftersaleDetail>(`${path(requestNo)}/reject`, input, options);
}

export function receiveReturn(requestNo: string, input: ApproveInput = {}, options?: CallOptions) {
  return http.post<AftersaleDetail>(`${path(requestNo)}/receive`, input, options);
}

export function refuseReceipt(requestNo: string, input: RejectInput, options?: CallOptions) {
  return http.post<AftersaleDetail>(`${path(requestNo)}/refuse-receipt`, input, options);
}

/** Execute the refund of an approved (or received) request. */
export function executeAftersaleRefund(requestNo: string, options?: CallOptions) {
  return http.post<AftersaleDetail>(`${path(requestNo)}/refund`, {}, options);
}
