import { createPinia, setActivePinia } from "pinia";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { configureClient } from "@/api/client";
import { EXPIRES_KEY, TOKEN_KEY, useAuthStore } from "@/stores/auth";

import { errorEnvelope, jsonResponse, makeStaff, mockFetch } from "../helpers";

beforeEach(() => {
  localStorage.clear();
  setActivePinia(createPinia());
  configureClient({ getToken: () => useAuthStore().token, onUnauthorized: () => {}, notify: () => {} });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("auth store", () => {
  it("[PLT-12] can() answers from the staff's permission codes", () => {
    const auth = useAuthStore();
    auth.setSession("tok", null, makeStaff(["shops:view", "customers:view"]));

    expect(auth.can("shops:view")).toBe(true);
    expect(auth.can("shops:manage")).toBe(false);
    expect(auth.can(["staff:manage", "customers:view"])).toBe(true);
    expect(auth.can(["staff:manage", "roles:manage"])).toBe(false);
    expect(auth.can(undefined)).toBe(true);
  });

  it("[PLT-12] can() grants nothing before the staff is loaded", () => {
    const auth = useAuthStore();
    expect(auth.can("shops:view")).toBe(false);
    expect(auth.can(undefined)).toBe(true);
  });

  it("[PLT-12] login keeps the token in localStorage and the staff in the store", async () => {
    const staff = makeStaff(["orders:view"]);
    const fetchMock = mockFetch(() =>
      jsonResponse(200, { token: "tok-9", expires_at: "2999-01-01T00:00:00Z", staff }),
    );
    const auth = useAuthStore();

    await auth.login("ops", "secret-123");

    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe("/api/v1/staff/auth/login");
    expect(JSON.parse(init.body as string)).toEqual({ username: "ops", password: "secret-123" });
    expect(auth.token).toBe("tok-9");
    expect(auth.staff).toEqual(staff);
    expect(localStorage.getItem(TOKEN_KEY)).toBe("tok-9");

    // A new page load starts from the stored token.
    setActivePinia(createPinia());
    expect(useAuthStore().token).toBe("tok-9");
  });

  it("[PLT-12] forgets a stored token that has expired", () => {
    localStorage.setItem(TOKEN_KEY, "old");
    localStorage.setItem(EXPIRES_KEY, "2000-01-01T00:00:00Z");

    expect(useAuthStore().token).toBeNull();
    expect(localStorage.getItem(TOKEN_KEY)).toBeNull();
  });

  it("[PLT-12] logout ends the session even when the server refuses", async () => {
    const auth = useAuthStore();
    auth.setSession("tok", null, makeStaff([]));
    mockFetch(() => jsonResponse(500, errorEnvelope("internal_error", "boom")));

    await auth.logout();

    expect(auth.token).toBeNull();
    expect(localStorage.getItem(TOKEN_KEY)).toBeNull();
  });
});
