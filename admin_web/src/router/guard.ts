import type { RouteLocationNormalized, RouteLocationRaw, Router } from "vue-router";

import { useAuthStore } from "@/stores/auth";

import { routeAllowed } from "./access";

export const APP_TITLE = "管理后台";

export function loginLocation(to: Pick<RouteLocationNormalized, "fullPath">): RouteLocationRaw {
  return to.fullPath && to.fullPath !== "/"
    ? { name: "login", query: { redirect: to.fullPath } }
    : { name: "login" };
}

/**
 * Anonymous staff go to the login page; the signed-in staff is loaded once per page load; a route
 * whose permission the staff lacks shows the 403 page.
 */
export function installGuards(router: Router): void {
  router.beforeEach(async (to) => {
    const auth = useAuthStore();
    if (to.meta.public) {
      return to.name === "login" && auth.isLoggedIn && auth.staff ? { path: "/" } : true;
    }
    if (!auth.isLoggedIn) return loginLocation(to);
    if (!auth.staff) {
      try {
        await auth.fetchMe({ silent: true, endSessionOn401: false });
      } catch {
        auth.clearSession();
        return loginLocation(to);
      }
    }
    if (!routeAllowed(to, auth.can)) {
      return { name: "forbidden", query: { from: to.fullPath } };
    }
    return true;
  });

  router.afterEach((to) => {
    document.title = to.meta.title ? `${to.meta.title} - ${APP_TITLE}` : APP_TITLE;
  });
}
