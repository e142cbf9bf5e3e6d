/**
 * Actions → this shell's routes. The shared core validates an action into a target
 * (`resolveAction`); this module maps targets to H5 routes and runs the ones that are not a
 * route: open a web page, tell the buyer a mini-program page opens only there, claim a coupon.
 */
import { inject, type InjectionKey } from "vue";
import type { RouteLocationRaw, Router } from "vue-router";
import { showToast } from "vant";

import { claimErrorText, createCouponsApi, isSafeUrl, resolveAction, type ActionTarget, type ApiClient } from "@shared";

export const TAB_ROUTES = { home: "/", category: "/category", cart: "/cart", me: "/me" } as const;

/** The route of a target, or null for targets that are not a route (url, mp_path, claim_coupon). */
export function routeFor(target: ActionTarget): RouteLocationRaw | null {
  switch (target.to) {
    case "product":
      return `/product/${target.id}`;
    case "category":
      return `/category/${target.id}`;
    case "search":
      return { path: "/search", query: { keyword: target.keyword } };
    case "page":
      return `/page/${encodeURIComponent(target.key)}`;
    case "shop":
      return `/shop/${target.id}`;
    case "tab":
      return TAB_ROUTES[target.tab];
    default:
      return null;
  }
}

export interface NavigatorDeps {
  router: Router;
  client: Pick<ApiClient, "post">;
  toast?: (message: string) => void;
  openWindow?: (url: string) => void;
}

export type ActionHandler = (action: unknown) => Promise<void>;

/** Runs an action: go to its route, open its page, or claim its coupon. Unknown: nothing. */
export function createNavigator(deps: NavigatorDeps): ActionHandler {
  const toast = deps.toast ?? ((message: string) => showToast(message));
  const openWindow =
    deps.openWindow ?? ((url: string) => void window.open(url, "_blank", "noopener,noreferrer"));

  return async function run(action: unknown): Promise<void> {
    const target = resolveAction(action);
    if (!target) return;
    switch (target.to) {
      case "url":
        if (isSafeUrl(target.url)) openWindow(target.url);
        return;
      case "mp_path":
        toast("请在小程序中打开");
        return;
      case "claim_coupon":
        await claimCoupon(deps.client, target.id, toast);
        return;
      default: {
        const route = routeFor(target);
        if (route) await deps.router.push(route);
      }
    }
  };
}

async function claimCoupon(
  client: Pick<ApiClient, "post">,
  couponId: number,
  toast: (message: string) => void,
): Promise<void> {
  // The action's coupon is a template (docs/promotions-api.md: POST /coupons/claim {template_id}).
  try {
    await createCouponsApi(client as ApiClient).claim(couponId);
    toast("领取成功");
  } catch (error) {
    toast(claimErrorText(error));
  }
}

/** Back one page, or home when the shopper arrived here directly (a shared link). */
export function goBack(router: Router): void {
  if (typeof window !== "undefined" && window.history.state?.back) router.back();
  else void router.push("/");
}

export const ACTION_HANDLER: InjectionKey<ActionHandler> = Symbol("action-handler");

const doNothing: ActionHandler = async () => {};

/** The action handler of the app (or of the PageRenderer that renders this section). */
export function useAction(): ActionHandler {
  return inject(ACTION_HANDLER, doNothing);
}
