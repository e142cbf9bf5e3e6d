/** Connects the API client to the session and the router (called once from main.ts). */
import type { Router } from "vue-router";

import { configureClient } from "@/api/client";
import { loginLocation } from "@/router/guard";
import { useAuthStore } from "@/stores/auth";

export function setupApiClient(router: Router): void {
  configureClient({
    getToken: () => useAuthStore().token,
    onUnauthorized: () => {
      useAuthStore().clearSession();
      const current = router.currentRoute.value;
      if (!current.meta.public) void router.replace(loginLocation(current));
    },
  });
}
