/**
 * 营销活动: the list's filters and labels, and the edit form per kind — 满减 tiers (+ 每满 and a
 * cap), 满折 tiers (in 折), 满赠 tiers with a gift SKU, 打包一口价 count + price — with the scope and
 * the time window. Money is typed in 元 and sent in fen; 折 is sent as a percent (9折 = 90).
 */
import { ACTIVITY_KIND_TEXT, ACTIVITY_PHASE_TEXT } from "@shared";

import type {
  Activity,
  ActivityInput,
  ActivityKind,
  ActivityPhase,
  ActivityRules,
  Basis,
  DiscountRules,
  GiftRules,
  PackageRules,
  ReductionRules,
} from "@/api/promotions";
import { fenToYuan, formatYuan, yuanToFen } from "@/utils/format";

import {
  defaultPeriod,
  periodFrom,
  periodInput,
  periodProblem,
  pickedFromIds,
  type Period,
  type PickedProduct,
} from "../shared/form";

export const KINDS = Object.keys(ACTIVITY_KIND_TEXT) as ActivityKind[];
export const kindLabel = (kind: string) => ACTIVITY_KIND_TEXT[kind as ActivityKind] ?? kind;
export const KIND_OPTIONS = KINDS.map((kind) => ({ value: kind, label: kindLabel(kind) }));

export const PHASE_TABS: { value: ActivityPhase | ""; label: string }[] = [
  { value: "", label: "全部" },
  ...(["upcoming", "running", "ended", "cancelled"] as const).map((phase) => ({ value: phase, label: ACTIVITY_PHASE_TEXT[phase] })),
];
export const phaseLabel = (phase: string) => ACTIVITY_PHASE_TEXT[phase as ActivityPhase] ?? phase;
const PHASE_TAGS: Record<ActivityPhase, "primary" | "success" | "info" | "danger"> = {
  upcoming: "primary",
  running: "success",
  ended: "info",
  cancelled: "danger",
};
export const phaseTag = (phase: string) => PHASE_TAGS[phase as ActivityPhase] ?? "info";

/** Changed only before it starts (the API answers 409 `activity_started` later). */
export const canEdit = (row: Activity) => row.status === "active" && row.phase === "upcoming";
/** Ends early: upcoming or running. */
export const canCancel = (row: Activity) => row.status === "active" && (row.phase === "upcoming" || row.phase === "running");

export const scopeText = (row: Pick<Activity, "scope" | "product_ids">) =>
  row.scope === "shop" ? "全店商品" : `${row.product_ids.length} 件商品`;

// ---- the form -----------------------------------------------------------------------------------

/** One tier as edited: `threshold` in 元 (basis amount) or 件 (count); `off` in 元; `discount` in 折. */
export interface TierForm {
  threshold: number;
  off: number;
  discount: number;
  gift_sku_id: number | null;
  gift_label: string;
  gift_quantity: number;
}

export interface ActivityForm {
  /** The platform's staff choose the shop; a merchant's activity is their shop's. */
  shop_id: number | null;
  kind: ActivityKind;
  title: string;
  basis: Basis;
  tiers: TierForm[];
  /** 每满 (满减 only): one tier, taken once per whole threshold. */
  cyclic: boolean;
  /** 元; null: no cap. */
  cap: number | null;
  count: number;
  /** 元 */
  price: number;
  scope: "shop" | "products";
  products: PickedProduct[];
  period: Period;
}

export const emptyTier = (): TierForm => ({ threshold: 0, off: 0, discount: 9, gift_sku_id: null, gift_label: "", gift_quantity: 1 });

export function emptyActivityForm(now: Date = new Date()): ActivityForm {
  return {
    shop_id: null,
    kind: "full_reduction",
    title: "",
    basis: "amount",
    tiers: [emptyTier()],
    cyclic: false,
    cap: null,
    count: 2,
    price: 0,
    scope: "shop",
    products: [],
    period: defaultPeriod(7, now),
  };
}

const thresholdIn = (basis: Basis, threshold: number) => (basis === "amount" ? fenToYuan(threshold) : threshold);
const thresholdOut = (basis: Basis, threshold: number) => (basis === "amount" ? yuanToFen(threshold) : Math.round(threshold));

export function activityToForm(activity: Activity): ActivityForm {
  const form: ActivityForm = {
    ...emptyActivityForm(),
    shop_id: activity.shop_id,
    kind: activity.kind,
    title: activity.title,
    scope: activity.scope,
    products: pickedFromIds(activity.product_ids),
    period: periodFrom(activity.starts_at, activity.ends_at),
  };
  if (activity.kind === "package_price") {
    const rules = activity.rules as PackageRules;
    return { ...form, count: rules.count, price: fenToYuan(rules.price) };
  }
  const basis = (activity.rules as { basis: Basis }).basis ?? "amount";
  form.basis = basis;
  if (activity.kind === "full_reduction") {
    const rules = activity.rules as ReductionRules;
    form.tiers = rules.tiers.map((tier) => ({ ...emptyTier(), threshold: thresholdIn(basis, tier.threshold), off: fenToYuan(tier.off) }));
    form.cyclic = rules.cyclic === true;
    form.cap = rules.cap === null || rules.cap === undefined ? null : fenToYuan(rules.cap);
  } else if (activity.kind === "full_discount") {
    const rules = activity.rules as DiscountRules;
    form.tiers = rules.tiers.map((tier) => ({ ...emptyTier(), threshold: thresholdIn(basis, tier.threshold), discount: tier.percent / 10 }));
  } else {
    const rules = activity.rules as GiftRules;
    form.tiers = rules.tiers.map((tier) => ({
      ...emptyTier(),
      threshold: thresholdIn(basis, tier.threshold),
      gift_sku_id: tier.gift_sku_id,
      gift_label: `SKU #${tier.gift_sku_id}`,
      gift_quantity: tier.gift_quantity,
    }));
  }
  if (!form.tiers.length) form.tiers = [emptyTier()];
  return form;
}

/** The tiers sent: 每满 takes the first only. */
const sentTiers = (form: ActivityForm) => (form.kind === "full_reduction" && form.cyclic ? form.tiers.slice(0, 1) : form.tiers);

export function rulesOf(form: ActivityForm): ActivityRules {
  const basis = form.basis;
  const tiers = sentTiers(form);
  switch (form.kind) {
    case "full_reduction":
      return {
        basis,
        tiers: tiers.map((tier) => ({ threshold: thresholdOut(basis, tier.threshold), off: yuanToFen(tier.off) })),
        cyclic: form.cyclic,
        cap: form.cyclic && form.cap !== null && form.cap > 0 ? yuanToFen(form.cap) : null,
      };
    case "full_discount":
      return { basis, tiers: tiers.map((tier) => ({ threshold: thresholdOut(basis, tier.threshold), percent: Math.round(tier.discount * 10) })) };
    case "full_gift":
      return {
        basis,
        tiers: tiers.map((tier) => ({ threshold: thresholdOut(basis, tier.threshold), gift_sku_id: tier.gift_sku_id ?? 0, gift_quantity: tier.gift_quantity })),
      };
    case "package_price":
      return { count: Math.round(form.count), price: yuanToFen(form.price) };
  }
}

export function formToInput(form: ActivityForm, platform: boolean): ActivityInput {
  const { from, until } = periodInput(form.period);
  const input: ActivityInput = {
    kind: form.kind,
    title: form.title.trim(),
    scope: form.scope,
    product_ids: form.scope === "products" ? form.products.map((product) => product.id) : [],
    rules: rulesOf(form),
    starts_at: from,
    ends_at: until,
  };
  if (platform && form.shop_id !== null) input.shop_id = form.shop_id;
  return input;
}

/** The tiers' problem, or "": thresholds rising, 减 under the threshold, 折 in 0.1–9.9, a gift each. */
function tiersProblem(form: ActivityForm): string {
  const tiers = sentTiers(form);
  if (!tiers.length) return "请至少设置一档优惠";
  let last = 0;
  for (const [index, tier] of tiers.entries()) {
    const n = `第 ${index + 1} 档：`;
    if (!(tier.threshold > 0)) return `${n}请填写门槛`;
    if (form.basis === "count" && !Number.isInteger(tier.threshold)) return `${n}件数需为整数`;
    if (tier.threshold <= last) return `${n}门槛需高于上一档`;
    last = tier.threshold;
    if (form.kind === "full_reduction") {
      if (!(tier.off > 0)) return `${n}请填写减免金额`;
      if (form.basis === "amount" && tier.off >= tier.threshold) return `${n}减免金额需小于门槛`;
    } else if (form.kind === "full_discount") {
      const percent = Math.round(tier.discount * 10);
      if (!(percent >= 1 && percent <= 99)) return `${n}折扣需在 0.1–9.9 折之间`;
    } else if (form.kind === "full_gift") {
      if (!tier.gift_sku_id) return `${n}请选择赠品`;
      if (!(tier.gift_quantity >= 1)) return `${n}赠品数量至少为 1`;
    }
  }
  return "";
}

/** The local checks, keyed by the field the API names. */
export function checkActivity(form: ActivityForm, platform: boolean): Record<string, string> {
  const problems: Record<string, string> = {};
  if (platform && form.shop_id === null) problems.shop_id = "请选择店铺";
  if (!form.title.trim()) problems.title = "请填写活动名称";
  if (form.kind === "package_price") {
    if (!(Number.isInteger(form.count) && form.count >= 2)) problems["rules.count"] = "件数至少为 2";
    if (!(form.price > 0)) problems["rules.price"] = "请填写一口价";
  } else {
    const tiers = tiersProblem(form);
    if (tiers) problems["rules.tiers"] = tiers;
  }
  if (form.scope === "products" && !form.products.length) problems.product_ids = "请选择参加活动的商品";
  const period = periodProblem(form.period, "活动时间");
  if (period) problems.starts_at = period;
  return problems;
}

/** 「满300减30」 and the window for the list (the API's mark first). */
export function rulesSummary(activity: Activity): string {
  if (activity.mark) return activity.mark;
  if (activity.kind === "package_price") {
    const rules = activity.rules as PackageRules;
    return `任选${rules.count}件 ¥${formatYuan(rules.price)}`;
  }
  return kindLabel(activity.kind);
}
