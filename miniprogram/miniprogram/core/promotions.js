// Promotions and coupons (docs/promotions-api.md) for the pages: the shared core's endpoints over
// this shell's client (claimable coupons, claiming, 我的优惠券, an activity and its 凑单 products),
// a claim with its toasts, and the view models WXML needs (it cannot call JS).
import {
  activityView,
  afterClaim,
  afterClaimRefused,
  checkoutCouponsView,
  claimErrorText,
  claimableView,
  createActivitiesApi,
  createCouponsApi,
  myCouponView,
} from "../shared/index.js";
import { getClient } from "./api.js";
import { markViews } from "./view.js";

export const couponsApi = {
  claimable: (where) => createCouponsApi(getClient()).claimable(where),
  claim: (templateId) => createCouponsApi(getClient()).claim(templateId),
  mine: (status, page) => createCouponsApi(getClient()).mine(status, page),
};

export const activitiesApi = {
  get: (id) => createActivitiesApi(getClient()).get(id),
  products: (id, page) => createActivitiesApi(getClient()).products(id, page),
};

/**
 * Claim a template and say how it went: 领取成功, or our copy for the refusal (已抢光, 已达领取上限 …).
 * Resolves with the template as it now stands (its button follows).
 */
export async function claimTemplate(template) {
  try {
    await couponsApi.claim(template.id);
    wx.showToast({ title: "领取成功", icon: "success" });
    return afterClaim(template);
  } catch (err) {
    wx.showToast({ title: claimErrorText(err), icon: "none" });
    return afterClaimRefused(template, err);
  }
}

/** Claimable templates with their buttons. */
export function claimableViews(templates) {
  return (templates || []).map(claimableView);
}

/** 我的优惠券 rows. */
export function myCouponViews(coupons) {
  return (coupons || []).map((c) =>
    Object.assign(myCouponView(c), { shopId: c.shop_id || 0, note: c.order_nos && c.order_nos.length ? "订单 " + c.order_nos.join("、") : "" }),
  );
}

/**
 * The detail's promotions: the activities' marks (a tap opens the 凑单 page when it names its
 * activity) and whether there are coupons to claim (a 领券 mark).
 */
export function detailPromotions(detail) {
  const marks = markViews(detail && detail.marks);
  return { marks: marks.filter((m) => m.cls !== "coupon"), hasCoupons: marks.some((m) => m.cls === "coupon") };
}

/** The checkout's 优惠券 row and popup, or null when the preview offers no coupons. */
export function checkoutCoupons(preview, selected) {
  return preview && preview.coupons ? checkoutCouponsView(preview.coupons, selected || [], preview.amounts) : null;
}

export { activityView };
