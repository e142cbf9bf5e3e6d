import { flushPromises, mount } from "@vue/test-utils";
import { vi } from "vitest";
import { createMemoryHistory, type Router } from "vue-router";

import PageRenderer from "@/components/PageRenderer.vue";
import { ACTION_HANDLER, createNavigator, type ActionHandler } from "@/core/navigate";
import type { PageResponse, ProductCard } from "@/core/types";
import { createAppRouter } from "@/router";

const templates = import.meta.glob<PageResponse>("@layouts/templates/*.json", { eager: true, import: "default" });
const components = import.meta.glob<CatalogueEntry>("@layouts/components/*.json", { eager: true, import: "default" });
const baseName = (path: string) => path.replace(/^.*\//, "").replace(/\.json$/, "");

export const TEMPLATE_NAMES = Object.keys(templates).map(baseName).sort();

export interface CatalogueEntry {
  type: string;
  v: number;
  channels: string[];
  sources: string[];
  settings: { properties: Record<string, { default?: unknown }> };
  fixture: Record<string, unknown> & { type: string; settings: Record<string, unknown> };
}

export const CATALOGUE: CatalogueEntry[] = Object.entries(components)
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([, entry]) => entry);

/** A fresh copy of `layouts/templates/<name>.json`. */
export function loadTemplate(name: string): PageResponse {
  const entry = Object.entries(templates).find(([path]) => baseName(path) === name);
  if (!entry) throw new Error(`no template ${name}`);
  return structuredClone(entry[1]);
}

export function product(id: number, overrides: Partial<ProductCard> = {}): ProductCard {
  return {
    id,
    title: `测试商品${id} 加厚保温杯 316不锈钢 大容量`,
    image: `/media/demo/product-${id}.jpg`,
    price: 5990,
    original_price: 9900,
    sales: 356,
    stock_state: "in_stock",
    shop_id: 1,
    self_operated: false,
    tags: ["包邮"],
    ...overrides,
  };
}

const range = (n: number, start: number) => Array.from({ length: n }, (_, i) => start + i);

/** What the server would resolve for a source (docs/pages-api.md), with demo values. */
export function fakeData(source: Record<string, any> | undefined): unknown {
  if (!source) return null;
  const limit = typeof source.limit === "number" ? source.limit : 6;
  switch (source.kind) {
    case "product_ids":
      return { items: (source.ids as number[]).map((id) => product(id)) };
    case "product_query":
    case "newest":
      return { items: range(Math.min(limit, 6), 900).map((id) => product(id)) };
    case "ranking":
      return { items: range(limit, 700).map((id, i) => product(id, { rank: i + 1, sales: 50000 - i * 1000 })) };
    case "category_tree":
      return {
        items: range(limit, 100).map((id) => ({ id, name: `分类${id}`, icon: `/media/demo/cat-${id}.jpg`, children: [] })),
      };
    case "hot_words":
      return { items: ["保温杯", "羽绒服", "洗衣液"].slice(0, limit) };
    case "shops":
      return { items: [{ id: 7, name: "官方旗舰店", logo: "/media/demo/shop-logo.jpg", self_operated: true, intro: "正品保障" }] };
    case "coupon_ids":
      return { items: (source.ids as number[]).map((id) => ({ id, title: "店铺券", amount: 5000, threshold: 30000 })) };
    case "flash_sale":
      return {
        slot: { starts_at: "2020-01-01T00:00:00Z", ends_at: "2999-01-01T00:00:00Z" },
        items: range(3, 800).map((id) => product(id, { sold_percent: 40 })),
      };
    case "group_buy":
      return { items: range(Math.min(limit, 2), 600).map((id) => product(id, { group_size: 2, joined: 88 })) };
    case "stores":
      return {
        items: [{ id: 1, name: "南山店", address: "深圳市南山区科技园", distance_m: 850, hours: "09:00-22:00", phone: "0755-12345678", lat: 22.54, lng: 113.95 }],
      };
    default:
      return null;
  }
}

/** A template (or any document) as a page response: every sourced section gets its data. */
export function asResponse(doc: PageResponse, key = "home"): PageResponse {
  const sections: PageResponse["sections"] = {};
  for (const [id, section] of Object.entries(doc.sections)) {
    sections[id] = { ...section, data: fakeData(section.source as Record<string, any> | undefined) };
  }
  return { key, kind: doc.page?.kind, revision: 1, schema_version: 1, ...doc, sections };
}

/** A page response with the given sections, in the given order. */
export function pageOf(sections: Record<string, Record<string, unknown>>, order = Object.keys(sections)): PageResponse {
  return { key: "test", revision: 1, page: { kind: "custom", title: "测试" }, sections, order };
}

export function makeRouter(): Router {
  return createAppRouter(createMemoryHistory());
}

/** Mount PageRenderer with a real router and navigator (fake API client, toasts and windows). */
export async function mountPage(
  response: unknown,
  options: { channel?: string; loadSection?: (id: string) => Promise<unknown>; onAction?: ActionHandler } = {},
) {
  const router = makeRouter();
  await router.push("/");
  await router.isReady();
  const toast = vi.fn();
  const openWindow = vi.fn();
  const client = { post: vi.fn(async () => ({})) };
  const navigate = createNavigator({ router, client, toast, openWindow });
  const onAction = vi.fn(options.onAction ?? navigate);
  const wrapper = mount(PageRenderer, {
    props: { response, channel: options.channel ?? "h5", loadSection: options.loadSection },
    global: { plugins: [router], provide: { [ACTION_HANDLER as symbol]: onAction } },
    attachTo: document.body,
  });
  await flushPromises();
  return { wrapper, router, onAction, toast, openWindow, client };
}

/** The DOM's answer to "which sections and which products, in which order". */
export function renderedSequence(root: Element) {
  return Array.from(root.querySelectorAll("[data-section-id]")).map((el) => ({
    id: el.getAttribute("data-section-id"),
    type: el.getAttribute("data-section-type"),
    itemIds: Array.from(el.querySelectorAll("[data-product-id]")).map((p) => Number(p.getAttribute("data-product-id"))),
  }));
}

export function jsonResponse(status: number, body?: unknown, headers: Record<string, string> = {}): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json", ...headers },
  });
}

type Handler = (url: string, init: RequestInit) => Response | Promise<Response>;

/** Replaces global fetch; the returned mock records every call as `[url, init]`. */
export function mockFetch(handler: Handler) {
  const fn = vi.fn((url: string, init: RequestInit) => Promise.resolve(handler(url, init)));
  vi.stubGlobal("fetch", (input: RequestInfo | URL, init: RequestInit = {}) => fn(String(input), init));
  return fn;
}

/** Mount the whole app at `path` (real router, real API client over the mocked fetch). */
export async function mountAt(path: string) {
  const { default: App } = await import("@/App.vue");
  const { client } = await import("@/core/api");
  const router = makeRouter();
  await router.push(path);
  await router.isReady();
  const wrapper = mount(App, {
    global: {
      plugins: [router],
      provide: { [ACTION_HANDLER as symbol]: createNavigator({ router, client, toast: vi.fn(), openWindow: vi.fn() }) },
    },
    attachTo: document.body,
  });
  await flushPromises();
  return { wrapper, router };
}

type Answer = unknown | ((url: URL, init: RequestInit) => unknown);

/**
 * A fake API: `"GET /search/products"` → the body to answer (or a function of the request).
 * Paths are matched exactly after `/api/v1`, without the query; anything else answers 404.
 */
export function fakeApi(routes: Record<string, Answer>) {
  return mockFetch((raw, init) => {
    const url = new URL(raw, "http://shop.test");
    const key = `${init.method ?? "GET"} ${url.pathname.replace(/^\/api\/v1/, "")}`;
    if (!(key in routes)) return jsonResponse(404, { error: { code: "not_found", message: "内容不存在或已下架", fields: {} } });
    const answer = routes[key];
    const body = typeof answer === "function" ? (answer as (u: URL, i: RequestInit) => unknown)(url, init) : answer;
    if (body instanceof Response) return body;
    return body === undefined ? new Response(null, { status: 204 }) : jsonResponse(200, body);
  });
}

/** The query of the n-th call to a path, as an object. */
export function queryOf(fetch: ReturnType<typeof mockFetch>, path: string, n = 0): Record<string, string> {
  const calls = fetch.mock.calls.filter(([url]) => new URL(url, "http://shop.test").pathname === `/api/v1${path}`);
  const call = calls[n < 0 ? calls.length + n : n];
  if (!call) throw new Error(`no call ${n} to ${path}`);
  return Object.fromEntries(new URL(call[0], "http://shop.test").searchParams);
}

/** The text of the toast on screen (Vant mounts toasts on document.body). */
export function toastText(): string {
  const toasts = document.body.querySelectorAll(".van-toast");
  return toasts.length ? (toasts[toasts.length - 1].textContent ?? "").trim() : "";
}
