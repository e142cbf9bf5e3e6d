/**
 * The shared core wired for the browser: the API client over fetch (base `/api/v1`), the buyer's
 * token in localStorage, page ETags in memory, and the channel this shell reports.
 */
import {
  createApiClient,
  createMemoryEtagCache,
  fetchPage,
  fetchSectionData,
  pagePath,
  type Transport,
} from "@shared";

import { getDeviceId } from "./device";
import { SUPPORTED } from "./supported";
import type { Channel, PageResponse } from "./types";

export const API_BASE = (import.meta.env.VITE_API_BASE ?? "/api/v1").replace(/\/+$/, "");
export const TOKEN_KEY = "h5.token";

export function getToken(): string | null {
  try {
    return localStorage.getItem(TOKEN_KEY);
  } catch {
    return null; // storage blocked (private mode in some in-app browsers)
  }
}

export function setToken(token: string | null): void {
  try {
    if (token) localStorage.setItem(TOKEN_KEY, token);
    else localStorage.removeItem(TOKEN_KEY);
  } catch {
    /* storage blocked: the session lasts as long as the page */
  }
}

/** fetch as the shared core's transport: JSON text in, `{status, headers, data}` out. */
export const fetchTransport: Transport = async ({ method, url, headers, body }) => {
  const response = await fetch(url, {
    method,
    headers,
    body,
    // We revalidate pages ourselves (If-None-Match → 304); keep the browser cache out of it.
    cache: "no-store",
    credentials: "same-origin",
  });
  const text = response.status === 204 || response.status === 304 ? "" : await response.text();
  let data: unknown = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = text;
    }
  }
  const responseHeaders: Record<string, string> = {};
  response.headers.forEach((value, key) => {
    responseHeaders[key] = value;
  });
  return { status: response.status, headers: responseHeaders, data };
};

/**
 * Guests carry their device id (`X-Device-Id`) on cart calls: the shared client adds the bearer
 * token, this adds the device header to what goes out without one.
 */
export function withDeviceId(request: Parameters<Transport>[0]): Parameters<Transport>[0] {
  if (request.headers.Authorization || !/\/cart(\/|\?|$)/.test(request.url)) return request;
  return { ...request, headers: { ...request.headers, "X-Device-Id": getDeviceId() } };
}

export const client = createApiClient({
  baseUrl: API_BASE,
  transport: (request) => fetchTransport(withDeviceId(request)),
  getToken,
  onUnauthorized: () => setToken(null),
});

export const etagCache = createMemoryEtagCache(30);

/** `app` inside the Capacitor shell, `h5` in a browser. */
export function detectChannel(): Channel {
  const cap = (globalThis as { Capacitor?: { isNativePlatform?: () => boolean } }).Capacitor;
  return cap?.isNativePlatform?.() ? "app" : "h5";
}

export interface PageRef {
  /** Page key: `home`, `category`, a custom page's key. */
  key: string;
  /** Set for a shop's pages: its home page (key `home`) or a custom page. */
  shopId?: number | null;
}

export interface LoadOptions {
  channel?: Channel;
  /** Preview token from the decorator (`?preview=`): the draft, never cached. */
  preview?: string | null;
  /** City site (城市分站). */
  site?: string | null;
}

export function loadPage(ref: PageRef, options: LoadOptions = {}): Promise<PageResponse> {
  return fetchPage(client, pagePath(ref), {
    channel: options.channel ?? detectChannel(),
    supported: SUPPORTED,
    etagCache,
    query: { preview: options.preview ?? undefined, site: options.site ?? undefined },
  });
}

export function loadSectionData(
  ref: { key: string; shopId?: number | null },
  sectionId: string,
  options: LoadOptions = {},
): Promise<unknown> {
  return fetchSectionData(client, ref, sectionId, {
    channel: options.channel ?? detectChannel(),
    query: { preview: options.preview ?? undefined, site: options.site ?? undefined },
  });
}
