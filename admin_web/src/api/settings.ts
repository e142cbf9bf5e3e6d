/** 平台设置 (settings context): the platform's trade settings (PLT-9). */
import { http, type CallOptions } from "./client";

export interface TradeSettings {
  pay_first: boolean;
  payment_timeout_minutes: number;
  auto_confirm_days: number;
  refund_window_days: number;
  auto_approve_refunds: boolean;
  auto_review_days: number;
  auto_review_text: string;
  in_transit_returns: boolean;
  audit_orders: boolean;
}

export function getTradeSettings(options?: CallOptions) {
  return http.get<TradeSettings>("/admin/settings/trade", options);
}

export function saveTradeSettings(input: TradeSettings, options?: CallOptions) {
  return http.put<TradeSettings>("/admin/settings/trade", input, options);
}
