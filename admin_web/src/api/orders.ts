/**
 * 订单 (back office): the order list, detail, shipping, audit and the delivery note, as
 * `docs/trade-api.md` (Back office) defines them under `/admin/orders`. Money is integer fen;
 * orders are addressed by `order_no`, never by id.
 */
import type { OrderAftersalesSummary } from "./aftersales";
import { http, type CallOptions } from "./client";
import type { Page, PageQuery } from "./types";

/** One table in `backend/orders/states.py`. */
export type OrderStatus =
  | "pending_payment"
  | "pending_audit"
  | "pending_shipment"
  | "partially_shipped"
  | "shipped"
  | "received"
  | "completed"
  | "cancelled"
  | "closed";

export interface OrderLine {
  id: number;
  sku_id: number;
  product_id: number;
  title: string;
  image: string;
  spec_text: string;
  unit_name: string;
  quantity: number;
  unit_price: number;
  goods: number;
  discount: number;
  freight: number;
  payable: number;
  shipped_quantity: number;
  withheld_quantity?: number; // refunded through after-sales before shipping: never ships
  reviewed?: boolean;
}

export interface OrderBuyer {
  id: number;
  nickname: string;
  /** Masked (138****0000). */
  phone: string;
}

export interface AdminOrderRow {
  order_no: string;
  shop_id: number;
  shop_name: string;
  buyer: OrderBuyer | null;
  status: OrderStatus;
  status_text: string;
  payable: number;
  quantity: number;
  lines: OrderLine[];
  created_at: string;
  paid_at: string | null;
  urged_at: string | null;
}

export interface OrderAddress {
  name: string;
  phone: string;
  province: string;
  city: string;
  district: string;
  detail: string;
}

export interface OrderInvoice {
  kind: "normal" | "vat_special";
  title_type: "personal" | "company";
  title: string;
  tax_number: string;
  content: "detail" | "category";
  email: string;
  vat: { address: string; phone: string; bank: string; account: string } | null;
  mailing_address: OrderAddress | null;
}

export interface LogisticsEvent {
  time: string;
  text: string;
  location: string;
}

export interface OrderShipment {
  id: number;
  carrier_name: string;
  tracking_no: string;
  items: { line_id: number; quantity: number }[];
  last_event: LogisticsEvent | null;
  created_at: string;
}

export interface TimelineActor {
  type?: string;
  id?: number | null;
  name?: string;
}

export interface TimelineEntry {
  event: string;
  from_state: OrderStatus | null;
  to_state: OrderStatus | null;
  /** A name, or who acted (`{type, id, name}`). */
  actor: string | TimelineActor | null;
  note: string;
  at: string;
}

export interface AdminOrderDetail extends Omit<AdminOrderRow, "paid_at" | "urged_at"> {
  type: string;
  payment_no: string;
  address: OrderAddress | null;
  delivery: string;
  remark: string;
  attachments: string[];
  invoice: OrderInvoice | null;
  amounts: {
    goods_total: number;
    discount_total: number;
    freight_total: number;
    points_used: number;
    payable: number;
  };
  times: {
    created_at: string | null;
    paid_at: string | null;
    shipped_at: string | null;
    received_at: string | null;
    completed_at: string | null;
    cancelled_at: string | null;
  };
  cancel_reason: string;
  payments: { payment_no: string; provider: string; amount: number; status: string; paid_at: string | null }[];
  refunds: { refund_no: string; amount: number; status: string; created_at: string }[];
  shipments: OrderShipment[];
  latest_event: LogisticsEvent | null;
  urged_at?: string | null;
  timeline: TimelineEntry[];
  /** The order's after-sales summary (docs/aftersales-api.md). */
  aftersales?: OrderAftersalesSummary | null;
}

export interface AdminOrderQuery extends PageQuery {
  status?: OrderStatus | "";
  keyword?: string;
  shop_id?: number | null;
  date_from?: string;
  date_to?: string;
}

export interface ShipItem {
  line_id: number;
  quantity: number;
}

export interface ShipInput {
  carrier_code: string;
  tracking_no: string;
  /** null ships everything left. */
  items: ShipItem[] | null;
}

const orderPath = (orderNo: string) => `/admin/orders/${encodeURIComponent(orderNo)}`;

export function listAdminOrders(query: AdminOrderQuery = {}, options?: CallOptions) {
  return http.get<Page<AdminOrderRow>>("/admin/orders", { ...options, query: { ...query } });
}

export function getAdminOrder(orderNo: string, options?: CallOptions) {
  return http.get<AdminOrderDetail>(orderPath(orderNo), options);
}

export function shipOrder(orderNo: string, input: ShipInput, options?: CallOptions) {
  return http.post<AdminOrderDetail>(`${orderPath(orderNo)}/ship`, input, options);
}

export function approveOrder(orderNo: string, options?: CallOptions) {
  return http.post<AdminOrderDetail>(`${orderPath(orderNo)}/approve`, {}, options);
}

export function rejectOrder(orderNo: string, reason: string, options?: CallOptions) {
  return http.post<AdminOrderDetail>(`${orderPath(orderNo)}/reject`, { reason }, options);
}

/** The printable 发货单 (HTML), fetched with the token. */
export function fetchDeliveryNote(orderNo: string, options?: CallOptions) {
  return http.blob(`${orderPath(orderNo)}/delivery-note`, options);
}
