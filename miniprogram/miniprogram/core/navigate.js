// Map the shared core's action targets (resolveAction) to mini-program routes.
import { claimErrorText, createCouponsApi, isSafeUrl, resolveAction } from "../shared/index.js";
import { config } from "../config.js";
import { getClient } from "./api.js";
import { setItem } from "./storage.js";

export const TAB_PAGES = {
  home: "/pages/index/index",
  category: "/pages/category/index",
  cart: "/pages/cart/index",
  me: "/pages/me/index",
};

/** A page option decoded (`""` when missing or malformed). */
export function decodeParam(value) {
  try {
    return decodeURIComponent(value || "");
  } catch (e) {
    return "";
  }
}

/** Storage key the category tab reads: switchTab cannot carry a query string. */
export const PENDING_CATEGORY_KEY = "pending_category_id";

const TAB_PATHS = Object.keys(TAB_PAGES).map((tab) => TAB_PAGES[tab]);
const MAX_PAGE_STACK = 10;

function enc(value) {
  return encodeURIComponent(String(value));
}

/**
 * The wx call a target needs, without making it: `{api: "navigateTo" | "switchTab", url}`,
 * `{api: "claim_coupon", id}`, or null when there is nothing to do.
 */
export function routeFor(target) {
  if (!target) return null;
  switch (target.to) {
    case "product":
      return { api: "navigateTo", url: "/pages/product/index?id=" + enc(target.id) };
    case "category":
      return { api: "switchTab", url: TAB_PAGES.category, categoryId: target.id };
    case "search":
      return { api: "navigateTo", url: "/pages/search/index?keyword=" + enc(target.keyword) };
    case "page":
      return { api: "navigateTo", url: "/pages/page/index?key=" + enc(target.key) };
    case "shop":
      return { api: "navigateTo", url: "/pages/shop/index?id=" + enc(target.id) };
    case "tab":
      return TAB_PAGES[target.tab] ? { api: "switchTab", url: TAB_PAGES[target.tab] } : null;
    case "mp_path": {
      const bare = target.path.split("?")[0];
      // navigateTo cannot open a tab page; switchTab drops the query string.
      return TAB_PATHS.indexOf(bare) !== -1
        ? { api: "switchTab", url: bare }
        : { api: "navigateTo", url: target.path };
    }
    case "url":
      if (!isSafeUrl(target.url, { allowedHosts: config.webviewHosts })) return null;
      return { api: "navigateTo", url: "/pages/webview/index?url=" + enc(target.url) };
    case "claim_coupon":
      return { api: "claim_coupon", id: target.id };
    default:
      return null;
  }
}

function pageStackFull() {
  try {
    return typeof getCurrentPages === "function" && getCurrentPages().length >= MAX_PAGE_STACK;
  } catch (e) {
    return false;
  }
}

function call(api, url) {
  return new Promise((resolve) => {
    wx[api]({
      url,
      success: () => resolve(true),
      fail: (err) => {
        console.warn("[navigate] " + api + " " + url + " failed", err);
        resolve(false);
      },
    });
  });
}

/**
 * Claim the action's coupon (a template: POST /coupons/claim {template_id}, docs/promotions-api.md)
 * and tell the buyer how it went.
 */
export async function claimCoupon(id) {
  try {
    await createCouponsApi(getClient()).claim(id);
    wx.showToast({ title: "领取成功", icon: "success" });
    return true;
  } catch (err) {
    wx.showToast({ title: claimErrorText(err), icon: "none" });
    return false;
  }
}

/**
 * Perform a layout action. Resolves true when something happened; an unknown or malformed action
 * does nothing (the shared core logs it).
 */
export function navigate(action) {
  const route = routeFor(resolveAction(action, { allowedHosts: config.webviewHosts }));
  if (!route) return Promise.resolve(false);
  if (route.api === "claim_coupon") return claimCoupon(route.id);
  if (route.categoryId) setItem(PENDING_CATEGORY_KEY, route.categoryId);
  if (route.api === "navigateTo" && pageStackFull()) return call("redirectTo", route.url);
  return call(route.api, route.url);
}

/** Shorthands used by the section components. */
export function openProduct(id) {
  return navigate({ kind: "product", product_id: Number(id) });
}

export function openShop(id) {
  return navigate({ kind: "shop", shop_id: Number(id) });
}
