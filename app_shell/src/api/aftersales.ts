/**
 * After-sales (docs/aftersales-api.md): the shared core's buyer endpoints and the shapes they answer.
 */
import { createAftersalesApi } from "@shared";
import { client } from "@/core/api";

import type { Page } from "./catalog";

export type AftersalesType = "refund_only" | "return_refund";

export interface AftersalesPreview {
  order_no: string;
  types: AftersalesType[];
  lines: { line_id: number; title: string; quantity: number; line_quantity: number; remaining_quantity: number; amount: number }[];
  goods_amount: number;
  freight: number;
  max_amount: number;
  whole_order: boolean;
}

export interface AftersalesCard {
  request_no: string;
  order_no: string;
  shop_id: number;
  type: AftersalesType;
  type_text: string;
  status: string;
  status_text: string;
  reason: string;
  amount: number;
  requested_amount: number;
  quantity: number;
  items: { line_id: number; quantity: number; amount: number; line_quantity: number; title: string; image: string; spec_text: string; unit_price: number }[];
  created_at: string;
  actions: string[];
}

export interface AftersalesDetail extends AftersalesCard {
  description: string;
  images: string[];
  freight: number;
  whole_order: boolean;
  reject_reason: string | null;
  return_logistics: { carrier_code: string; carrier_name: string; tracking_no: string } | null;
  last_error: string | null;
  times: Record<string, string | null>;
  return_deadline: string | null;
  auto_receive_at: string | null;
  refunds: { refund_no: string; amount: number; status: string; reason: string; created_at: string; finished_at: string | null }[];
  timeline: { event: string; text: string; from_state: string; to_state: string; actor: string; role: string; note: string; images: string[]; data: Record<string, unknown>; at: string }[];
}

export interface Carrier {
  code: string;
  name: string;
}

const shared = createAftersalesApi(client);

export const aftersalesApi = {
  reasons: (): Promise<{ reasons: string[]; refund_window_days: number }> => shared.reasons(),
  preview: (orderNo: string, items?: { line_id: number; quantity: number }[] | null): Promise<AftersalesPreview> => shared.preview(orderNo, items),
  create: (body: Record<string, unknown>, key: string): Promise<AftersalesDetail> => shared.create(body, key),
  list: (status: string, page: number): Promise<Page<AftersalesCard>> => shared.list(status, page),
  get: (no: string): Promise<AftersalesDetail> => shared.get(no),
  cancel: (no: string): Promise<AftersalesDetail> => shared.cancel(no),
  shipReturn: (no: string, body: { carrier_code: string; tracking_no: string; note?: string }): Promise<AftersalesDetail> => shared.shipReturn(no, body),
  carriers: async (): Promise<Carrier[]> => {
    const answer = await shared.carriers();
    return Array.isArray(answer) ? answer : (answer?.items ?? []);
  },
};

/** Refund status copy (payments: `pending → succeeded | failed`). */
export const REFUND_STATUS_TEXT: Record<string, string> = { pending: "退款中", succeeded: "已退款", failed: "退款失败" };
