/** The staff session: token (kept in localStorage), the signed-in staff, and `can(perm)`. */
import { defineStore } from "pinia";
import { computed, ref } from "vue";

import * as authApi from "@/api/auth";
import type { CallOptions } from "@/api/client";
import type { Staff } from "@/api/types";

export const TOKEN_KEY = "admin_web.token";
export const EXPIRES_KEY = "admin_web.expires_at";

/** One permission code, several (any of them grants access), or none (always allowed). */
export type PermRequirement = string | readonly string[] | undefined;

function readStoredToken(): { token: string | null; expiresAt: string | null } {
  const token = localStorage.getItem(TOKEN_KEY);
  const expiresAt = localStorage.getItem(EXPIRES_KEY);
  if (token && expiresAt && Date.parse(expiresAt) <= Date.now()) {
    localStorage.removeItem(TOKEN_KEY);
    localStorage.removeItem(EXPIRES_KEY);
    return { token: null, expiresAt: null };
  }
  return { token, expiresAt };
}

export const useAuthStore = defineStore("auth", () => {
  const stored = readStoredToken();
  const token = ref<string | null>(stored.token);
  const expiresAt = ref<string | null>(stored.expiresAt);
  const staff = ref<Staff | null>(null);

  const isLoggedIn = computed(() => token.value !== null);
  const permissions = computed(() => new Set(staff.value?.permissions ?? []));

  /** Whether the signed-in staff holds `perm` (any of them, for a list). */
  function can(perm: PermRequirement): boolean {
    if (perm === undefined) return true;
    const wanted = typeof perm === "string" ? [perm] : perm;
    if (wanted.length === 0) return true;
    return wanted.some((code) => permissions.value.has(code));
  }

  function setSession(newToken: string, newExpiresAt: string | null, newStaff: Staff | null) {
    token.value = newToken;
    expiresAt.value = newExpiresAt;
    staff.value = newStaff;
    localStorage.setItem(TOKEN_KEY, newToken);
    if (newExpiresAt) localStorage.setItem(EXPIRES_KEY, newExpiresAt);
    else localStorage.removeItem(EXPIRES_KEY);
  }

  function clearSession() {
    token.value = null;
    expiresAt.value = null;
    staff.value = null;
    localStorage.removeItem(TOKEN_KEY);
    localStorage.removeItem(EXPIRES_KEY);
  }

  async function login(username: string, password: string, options?: CallOptions) {
    const result = await authApi.login({ username, password }, options);
    setSession(result.token, result.expires_at, result.staff);
    return result.staff;
  }

  async function fetchMe(options?: CallOptions) {
    staff.value = await authApi.fetchMe(options);
    return staff.value;
  }

  /** Ends the session on the server (best effort) and here. */
  async function logout() {
    if (token.value) {
      try {
        await authApi.logout({ silent: true });
      } catch {
        // The session ends here whatever the server answered.
      }
    }
    clearSession();
  }

  return {
    token,
    expiresAt,
    staff,
    isLoggedIn,
    permissions,
    can,
    setSession,
    clearSession,
    login,
    fetchMe,
    logout,
  };
});
