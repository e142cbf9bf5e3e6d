import type { TradeSettings } from "@/api/settings";
import type { FormRules } from "@/components/types";

export type TradeField =
  | { prop: keyof TradeSettings; label: string; kind: "switch"; help?: string }
  | { prop: keyof TradeSettings; label: string; kind: "number"; min: number; max: number; help?: string }
  | { prop: keyof TradeSettings; label: string; kind: "text"; maxlength: number; help?: string };

/** PLT-9, in the order the trade flow meets them (the refund switches live in 售后设置 now). */
export const tradeFields: TradeField[] = [
  { prop: "pay_first", label: "先付款后发货", kind: "switch", help: "关闭后订单未付款即可发货（货到付款、赊账）" },
  { prop: "payment_timeout_minutes", label: "支付超时(分钟)", kind: "number", min: 5, max: 10080, help: "超时未付款的订单自动关闭（5 分钟至 7 天）" },
  { prop: "audit_orders", label: "订单需审核", kind: "switch", help: "开启后已付款订单需商家审核通过才能发货" },
  { prop: "auto_confirm_days", label: "自动确认收货(天)", kind: "number", min: 1, max: 60, help: "发货后超过天数自动确认收货" },
  { prop: "auto_review_days", label: "自动好评(天)", kind: "number", min: 1, max: 90, help: "确认收货后超过天数未评价则自动好评" },
  { prop: "auto_review_text", label: "默认好评内容", kind: "text", maxlength: 200 },
];

export const emptyTradeSettings = (): TradeSettings => ({
  pay_first: true,
  payment_timeout_minutes: 30,
  auto_confirm_days: 7,
  auto_review_days: 7,
  auto_review_text: "系统默认好评",
  audit_orders: false,
});

const integer = (label: string, min: number, max: number) => [
  { required: true, message: `请填写${label}`, trigger: "blur" },
  { type: "integer" as const, min, max, message: `${label}须为 ${min}-${max} 的整数`, trigger: "blur" },
];

export const tradeRules: FormRules = {
  ...Object.fromEntries(
    tradeFields.flatMap((field) => (field.kind === "number" ? [[field.prop, integer(field.label, field.min, field.max)]] : [])),
  ),
  auto_review_text: [{ required: true, whitespace: true, message: "请填写默认好评内容", trigger: "blur" }],
};
