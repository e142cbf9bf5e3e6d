/**
 * 优惠券: the template list's labels and the edit form — threshold and amount in 元 (sent in fen),
 * all products or chosen ones, the claim window, validity as days from claiming or a fixed window,
 * the total and the limit per shopper. After creation only the title, total (≥ claimed), claim
 * window and limit change.
 */
import type { CouponTemplate, CouponTemplateInput, CouponTemplatePatch, TemplateStatus } from "@/api/promotions";
import { fenToYuan, formatYuan, yuanToFen } from "@/utils/format";

import { defaultPeriod, periodFrom, periodInput, periodProblem, periodText, pickedFromIds, type Period, type PickedProduct } from "../shared/form";

export const STATUS_TABS: { value: TemplateStatus | ""; label: string }[] = [
  { value: "", label: "全部" },
  { value: "active", label: "发放中" },
  { value: "stopped", label: "已停止" },
];
export const statusLabel = (status: string) => (status === "active" ? "发放中" : status === "stopped" ? "已停止" : status);
export const statusTag = (status: string) => (status === "active" ? "success" : "info");

export const faceText = (t: Pick<CouponTemplate, "threshold" | "off">) =>
  `${t.threshold > 0 ? `满${formatYuan(t.threshold)}` : "无门槛"}减${formatYuan(t.off)}`;
export const productsText = (t: Pick<CouponTemplate, "product_ids">) => (t.product_ids === null ? "全部商品" : `${t.product_ids.length} 件商品`);
export const ownerText = (t: Pick<CouponTemplate, "shop_id">) => (t.shop_id === null ? "平台券" : `店铺 ${t.shop_id}`);
export const validityText = (t: Pick<CouponTemplate, "valid_days" | "valid_from" | "valid_until">) =>
  t.valid_days ? `领取后 ${t.valid_days} 天` : periodText(t.valid_from, t.valid_until);

export interface TemplateForm {
  title: string;
  /** 元; 0: 无门槛 */
  threshold: number;
  /** 元 */
  off: number;
  products_mode: "all" | "products";
  products: PickedProduct[];
  claim_period: Period;
  validity: "days" | "fixed";
  valid_days: number;
  valid_period: Period;
  total: number;
  per_user_limit: number;
}

export function emptyTemplateForm(now: Date = new Date()): TemplateForm {
  return {
    title: "",
    threshold: 0,
    off: 0,
    products_mode: "all",
    products: [],
    claim_period: defaultPeriod(30, now),
    validity: "days",
    valid_days: 7,
    valid_period: null,
    total: 100,
    per_user_limit: 1,
  };
}

export function templateToForm(t: CouponTemplate): TemplateForm {
  return {
    title: t.title,
    threshold: fenToYuan(t.threshold),
    off: fenToYuan(t.off),
    products_mode: t.product_ids === null ? "all" : "products",
    products: pickedFromIds(t.product_ids),
    claim_period: periodFrom(t.claim_starts_at, t.claim_ends_at),
    validity: t.valid_days ? "days" : "fixed",
    valid_days: t.valid_days ?? 7,
    valid_period: periodFrom(t.valid_from, t.valid_until),
    total: t.total,
    per_user_limit: t.per_user_limit,
  };
}

export function formToInput(form: TemplateForm): CouponTemplateInput {
  const claim = periodInput(form.claim_period);
  const valid = periodInput(form.valid_period);
  const days = form.validity === "days";
  return {
    title: form.title.trim(),
    threshold: yuanToFen(form.threshold),
    off: yuanToFen(form.off),
    product_ids: form.products_mode === "all" ? null : form.products.map((product) => product.id),
    claim_starts_at: claim.from,
    claim_ends_at: claim.until,
    valid_days: days ? Math.round(form.valid_days) : null,
    valid_from: days ? null : valid.from,
    valid_until: days ? null : valid.until,
    total: Math.round(form.total),
    per_user_limit: Math.round(form.per_user_limit),
  };
}

export function formToPatch(form: TemplateForm): CouponTemplatePatch {
  const claim = periodInput(form.claim_period);
  return {
    title: form.title.trim(),
    total: Math.round(form.total),
    claim_starts_at: claim.from,
    claim_ends_at: claim.until,
    per_user_limit: Math.round(form.per_user_limit),
  };
}

/** The local checks, keyed by the API's field names; `claimed` bounds the total when editing. */
export function checkTemplate(form: TemplateForm, claimed: number | null): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!form.title.trim()) problems.title = "请填写优惠券名称";
  if (!Number.isInteger(form.total) || form.total < 1) problems.total = "发放总量至少为 1";
  else if (claimed !== null && form.total < claimed) problems.total = `发放总量不能少于已领取的 ${claimed} 张`;
  if (!Number.isInteger(form.per_user_limit) || form.per_user_limit < 1) problems.per_user_limit = "每人限领至少 1 张";
  const claim = periodProblem(form.claim_period, "领取时间");
  if (claim) problems.claim_starts_at = claim;
  if (claimed !== null) return problems; // the rest no longer changes
  if (!(form.off > 0)) problems.off = "请填写优惠金额";
  else if (form.threshold > 0 && form.threshold <= form.off) problems.threshold = "使用门槛需大于优惠金额";
  if (form.products_mode === "products" && !form.products.length) problems.product_ids = "请选择可用商品";
  if (form.validity === "days") {
    if (!Number.isInteger(form.valid_days) || form.valid_days < 1) problems.valid_days = "有效天数至少为 1";
  } else {
    const valid = periodProblem(form.valid_period, "有效期");
    if (valid) problems.valid_from = valid;
  }
  return problems;
}
