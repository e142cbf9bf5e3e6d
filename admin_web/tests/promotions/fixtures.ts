/** Activities and coupon templates as the back-office API answers them (docs/promotions-api.md). */
import { flushPromises } from "@vue/test-utils";

export const activity = (id: number, extra: Record<string, unknown> = {}) => ({
  id, shop_id: 7, kind: "full_reduction", title: `双11满减${id}`, scope: "shop", product_ids: [],
  rules: { basis: "amount", tiers: [{ threshold: 30000, off: 3000 }], cyclic: false, cap: null },
  starts_at: "2026-11-01T00:00:00Z", ends_at: "2026-11-11T16:00:00Z", status: "active", phase: "upcoming",
  mark: "满300减30", ...extra,
});

export const template = (id: number, extra: Record<string, unknown> = {}) => ({
  id, shop_id: 7, title: `满99减10券${id}`, threshold: 9900, off: 1000, product_ids: null,
  claim_starts_at: "2026-11-01T00:00:00Z", claim_ends_at: "2026-11-30T00:00:00Z",
  valid_days: 7, valid_from: null, valid_until: null, total: 100, claimed: 12, per_user_limit: 1, status: "active", ...extra,
});

export const productRow = (id: number, title: string) => ({
  id, title, image: "", shop_id: 7, shop_name: "鲜果坊", category_id: 1, price: 1990, stock: 10, sales: 0,
  padded_sales: 0, status: "on_sale", sort: 0, audit_reason: "", updated_at: "2026-11-01T00:00:00Z",
});

export const page = <T>(items: T[]) => ({ items, total: items.length, page: 1, page_size: 20 });

export const dialog = () => [...document.querySelectorAll<HTMLElement>(".el-dialog")].at(-1)!;

/** Click the element and let the screen settle. */
export async function click(selector: string, root: ParentNode = document) {
  const el = root.querySelector<HTMLElement>(selector);
  if (!el) throw new Error(`no ${selector}`);
  el.click();
  await flushPromises();
}

/** The body of the last `method url` call. */
export function lastBody(calls: [string, RequestInit][], method: string, url: string) {
  const call = [...calls].reverse().find(([u, init]) => u === url && init.method === method);
  return call ? JSON.parse(String(call[1].body)) : undefined;
}
