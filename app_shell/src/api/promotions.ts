/**
 * Promotions and coupons (docs/promotions-api.md): the shared core's shopper endpoints over this
 * shell's client, with the shapes they answer.
 */
import { createActivitiesApi, createCouponsApi, type Activity, type ClaimableTemplate, type Coupon } from "@shared";
import { client } from "@/core/api";
import type { ProductCard } from "@/core/types";

import type { Page } from "./catalog";

export type { Activity, ClaimableTemplate, Coupon };
export type CouponStatus = "unused" | "used" | "expired";

/** A shopper's coupon (我的优惠券). */
export interface MyCoupon extends Coupon {
  template_id: number;
  status: CouponStatus;
  order_nos: string[];
}

const coupons = createCouponsApi(client);
const activities = createActivitiesApi(client);

export const couponsApi = {
  claimable: (where: { shopId?: number | null; productId?: number | null }): Promise<ClaimableTemplate[]> => coupons.claimable(where),
  claim: (templateId: number): Promise<MyCoupon> => coupons.claim(templateId) as Promise<MyCoupon>,
  mine: (status: CouponStatus, page: number): Promise<Page<MyCoupon>> => coupons.mine(status, page),
};

export const activitiesApi = {
  get: (id: number): Promise<Activity> => activities.get(id),
  products: (id: number, page: number): Promise<Page<ProductCard>> => activities.products(id, page),
};
