/**
 * 营销 (docs/promotions-api.md): shop activities (满减, 满折, 满赠, 打包一口价) and coupon templates
 * under `/admin/*`, `promotions:manage`. Merchant staff see and change their shop's rows only;
 * platform staff see every shop's, and their coupon templates are the platform's. Money is fen.
 */
import type { ActivityKind } from "@shared";

import { http, type CallOptions } from "./client";
import type { Page, PageQuery } from "./types";

export type { ActivityKind };
export type ActivityPhase = "upcoming" | "running" | "ended" | "cancelled";
export type Basis = "amount" | "count";

/** `threshold` is fen (basis amount) or units (basis count). */
export interface ReductionRules {
  basis: Basis;
  tiers: { threshold: number; off: number }[];
  cyclic: boolean;
  cap: number | null;
}

export interface DiscountRules {
  basis: Basis;
  /** percent 1..99: 90 = 9折 */
  tiers: { threshold: number; percent: number }[];
}

export interface GiftRules {
  basis: Basis;
  tiers: { threshold: number; gift_sku_id: number; gift_quantity: number }[];
}

/** Any `count` units in scope for `price` fen, repeated per `count`. */
export interface PackageRules {
  count: number;
  price: number;
}

export type ActivityRules = ReductionRules | DiscountRules | GiftRules | PackageRules;

export interface Activity {
  id: number;
  shop_id: number;
  kind: ActivityKind;
  title: string;
  scope: "shop" | "products";
  product_ids: number[];
  rules: ActivityRules;
  starts_at: string;
  ends_at: string;
  status: "active" | "cancelled";
  phase: ActivityPhase;
  /** What cards show, e.g. 满300减30. */
  mark: string;
}

/** POST / PUT body: the fields without id, status, phase and mark; `shop_id` only from the platform. */
export type ActivityInput = Omit<Activity, "id" | "shop_id" | "status" | "phase" | "mark"> & { shop_id?: number };

export interface ActivityQuery extends PageQuery {
  kind?: ActivityKind | "";
  phase?: ActivityPhase | "";
  keyword?: string;
  shop_id?: number | null;
}

export function listActivities(query: ActivityQuery = {}, options?: CallOptions) {
  return http.get<Page<Activity>>("/admin/activities", { ...options, query: { ...query } });
}

export function getActivity(id: number, options?: CallOptions) {
  return http.get<Activity>(`/admin/activities/${id}`, options);
}

export function createActivity(input: ActivityInput, options?: CallOptions) {
  return http.post<Activity>("/admin/activities", input, options);
}

/** Only while `upcoming` (else 409 `activity_started`). */
export function updateActivity(id: number, input: ActivityInput, options?: CallOptions) {
  return http.put<Activity>(`/admin/activities/${id}`, input, options);
}

export function cancelActivity(id: number, options?: CallOptions) {
  return http.post<Activity>(`/admin/activities/${id}/cancel`, undefined, options);
}

// ---- coupon templates -------------------------------------------------------------------------

export type TemplateStatus = "active" | "stopped";

export interface CouponTemplate {
  id: number;
  /** null: the platform's */
  shop_id: number | null;
  title: string;
  threshold: number;
  off: number;
  /** null: every product (of the shop, or the platform's whole catalogue) */
  product_ids: number[] | null;
  claim_starts_at: string;
  claim_ends_at: string;
  /** Validity: `valid_days` from claiming, or the fixed window. */
  valid_days: number | null;
  valid_from: string | null;
  valid_until: string | null;
  total: number;
  claimed: number;
  per_user_limit: number;
  status: TemplateStatus;
}

export type CouponTemplateInput = Omit<CouponTemplate, "id" | "shop_id" | "claimed" | "status">;

/** What may change after creation: the title, the total (≥ claimed), the claim window, the limit. */
export type CouponTemplatePatch = Pick<CouponTemplate, "title" | "total" | "claim_starts_at" | "claim_ends_at" | "per_user_limit">;

export interface TemplateQuery extends PageQuery {
  status?: TemplateStatus | "";
}

export function listCouponTemplates(query: TemplateQuery = {}, options?: CallOptions) {
  return http.get<Page<CouponTemplate>>("/admin/coupon-templates", { ...options, query: { ...query } });
}

export function createCouponTemplate(input: CouponTemplateInput, options?: CallOptions) {
  return http.post<CouponTemplate>("/admin/coupon-templates", input, options);
}

export function updateCouponTemplate(id: number, patch: CouponTemplatePatch, options?: CallOptions) {
  return http.put<CouponTemplate>(`/admin/coupon-templates/${id}`, patch, options);
}

export function stopCouponTemplate(id: number, options?: CallOptions) {
  return http.post<CouponTemplate>(`/admin/coupon-templates/${id}/stop`, undefined, options);
}
