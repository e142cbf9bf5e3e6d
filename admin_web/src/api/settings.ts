/** 平台设置 (settings context): the platform's trade (PLT-9) and after-sales (AS-5) settings. */
import { http, type CallOptions } from "./client";

/** The refund switches moved to the after-sales group; the trade group no longer has them. */
export interface TradeSettings {
  pay_first: boolean;
  payment_timeout_minutes: number;
  auto_confirm_days: number;
  auto_review_days: number;
  auto_review_text: string;
  audit_orders: boolean;
}

export function getTradeSettings(options?: CallOptions) {
  return http.get<TradeSettings>("/admin/settings/trade", options);
}

export function saveTradeSettings(input: TradeSettings, options?: CallOptions) {
  return http.put<TradeSettings>("/admin/settings/trade", input, options);
}

/** 售后设置 (AS-5), `AftersalesSettings` of `backend/settings/schemas.py`. */
export interface AftersalesSettings {
  /** Days after receipt a buyer may still ask (0: none once received). */
  refund_window_days: number;
  /** Every 仅退款 request approves itself. */
  auto_approve_refund_only: boolean;
  /** Fen: requests below it approve themselves; 0: off. */
  auto_approve_below: number;
  /** 仅退款 while the parcel is on its way. */
  in_transit_refunds: boolean;
  /** The buyer ships the return within these days, else the request closes. */
  return_ship_days: number;
  /** A shipped return counts as received after these days. */
  auto_receive_days: number;
  /** Approved refunds wait for the platform to execute them. */
  refund_needs_platform: boolean;
  reasons: string[];
}

export function getAftersalesSettings(options?: CallOptions) {
  return http.get<AftersalesSettings>("/admin/settings/aftersales", options);
}

export function saveAftersalesSettings(input: AftersalesSettings, options?: CallOptions) {
  return http.put<AftersalesSettings>("/admin/settings/aftersales", input, options);
}
