import { vi } from "vitest";

import type { Staff } from "@/api/types";

export function jsonResponse(status: number, body?: unknown): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json" },
  });
}

export function errorEnvelope(code: string, message: string, fields: Record<string, string> = {}) {
  return { error: { code, message, fields } };
}

type Handler = (url: string, init: RequestInit) => Response | Promise<Response>;

/** Replaces global fetch; the returned mock records every call as `[url, init]`. */
export function mockFetch(handler: Handler) {
  const fn = vi.fn((url: string, init: RequestInit) => Promise.resolve(handler(url, init)));
  vi.stubGlobal("fetch", (input: RequestInfo | URL, init: RequestInit = {}) => fn(String(input), init));
  return fn;
}

export function makeStaff(permissions: string[], overrides: Partial<Staff> = {}): Staff {
  return {
    id: 1,
    username: "ops",
    name: "运营小王",
    role: { code: "platform_operator", name: "平台运营" },
    permissions,
    shop: null,
    ...overrides,
  };
}

export const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
