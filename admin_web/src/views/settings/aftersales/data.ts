import type { AftersalesSettings } from "@/api/settings";
import type { FormRules } from "@/components/types";
import { fenToYuan, yuanToFen } from "@/utils/format";

/** The form edits 元 where the API speaks fen (`auto_approve_below`). */
export type AftersalesForm = Omit<AftersalesSettings, "auto_approve_below"> & { auto_approve_below_yuan: number };

type Prop = keyof AftersalesForm;
export type AftersalesField =
  | { prop: Prop; label: string; kind: "switch"; help?: string }
  | { prop: Prop; label: string; kind: "number"; min: number; max: number; precision?: number; help?: string };

/** AS-5, in the order a request meets them. */
export const aftersalesFields: AftersalesField[] = [
  { prop: "refund_window_days", label: "售后申请时限(天)", kind: "number", min: 0, max: 90, help: "确认收货后可申请售后的天数；0 表示收货后不可再申请" },
  { prop: "in_transit_refunds", label: "允许在途仅退款", kind: "switch", help: "已发货未签收时允许买家申请仅退款" },
  { prop: "auto_approve_refund_only", label: "仅退款自动同意", kind: "switch", help: "开启后买家的仅退款申请自动同意" },
  { prop: "auto_approve_below_yuan", label: "小额自动同意(元)", kind: "number", min: 0, max: 100000, precision: 2, help: "退款金额低于此数的申请自动同意；0 表示关闭" },
  { prop: "return_ship_days", label: "买家寄回时限(天)", kind: "number", min: 1, max: 30, help: "同意退货后买家须在此天数内寄回，逾期自动关闭" },
  { prop: "auto_receive_days", label: "自动确认收货(天)", kind: "number", min: 1, max: 60, help: "买家寄回后商家超过天数未处理，视为已收货" },
  { prop: "refund_needs_platform", label: "退款需平台执行", kind: "switch", help: "开启后商家同意的退款由平台财务执行，商家不能直接退款" },
];

export const DEFAULT_REASONS = ["不想要了", "商品破损", "质量问题", "发错货", "少件漏发", "与描述不符", "其他"];

export const emptyAftersalesForm = (): AftersalesForm => ({
  refund_window_days: 7,
  auto_approve_refund_only: false,
  auto_approve_below_yuan: 0,
  in_transit_refunds: true,
  return_ship_days: 7,
  auto_receive_days: 10,
  refund_needs_platform: false,
  reasons: [...DEFAULT_REASONS],
});

export function toForm(settings: AftersalesSettings): AftersalesForm {
  const { auto_approve_below, ...rest } = settings;
  return { ...rest, reasons: [...settings.reasons], auto_approve_below_yuan: fenToYuan(auto_approve_below) };
}

export function toSettings(form: AftersalesForm): AftersalesSettings {
  const { auto_approve_below_yuan, ...rest } = form;
  return { ...rest, reasons: form.reasons.map((reason) => reason.trim()), auto_approve_below: yuanToFen(auto_approve_below_yuan) };
}

/** The reason list's rule (1–30 reasons, 1–20 characters each, no repeats), as the API checks it. */
export function reasonsError(reasons: string[]): string {
  const cleaned = reasons.map((reason) => reason.trim());
  if (cleaned.length < 1) return "至少保留一个售后原因";
  if (cleaned.length > 30) return "售后原因最多 30 个";
  if (cleaned.some((reason) => reason.length < 1 || reason.length > 20)) return "每个原因 1-20 个字";
  if (new Set(cleaned).size !== cleaned.length) return "原因不能重复";
  return "";
}

/** Adds a typed reason; answers the error to show, or "" when added. */
export function addReason(reasons: string[], typed: string): string {
  const reason = typed.trim();
  if (!reason) return "请输入原因";
  if (reason.length > 20) return "每个原因 1-20 个字";
  if (reasons.includes(reason)) return "原因不能重复";
  if (reasons.length >= 30) return "售后原因最多 30 个";
  reasons.push(reason);
  return "";
}

const integer = (label: string, min: number, max: number) => [
  { required: true, message: `请填写${label}`, trigger: "blur" },
  { type: "integer" as const, min, max, message: `${label}须为 ${min}-${max} 的整数`, trigger: "blur" },
];

export const aftersalesRules: FormRules = Object.fromEntries(
  aftersalesFields.flatMap((field) =>
    field.kind === "number" && !field.precision ? [[field.prop, integer(field.label, field.min, field.max)]] : [],
  ),
);

/** API field names → the form's (for 422 `fields`). */
export const apiFieldToProp = (name: string) => (name === "auto_approve_below" ? "auto_approve_below_yuan" : name);
