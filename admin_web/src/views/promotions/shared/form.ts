/**
 * What the 营销 forms share: time windows edited as two Date values and sent as ISO strings,
 * products picked as `{id, title}` and sent as ids, and server field errors shown under the form
 * item of their field (`rules.tiers.1.off` under the tiers, naming the tier).
 */
import type { ProductRow } from "@/api/catalog";
import { firstErrorUnder } from "@/composables/useFieldErrors";
import { formatDateTime } from "@/utils/format";

export type Period = [Date, Date] | null;

/** A product an activity or a coupon applies to; the title is known once picked (ids only when loaded). */
export interface PickedProduct {
  id: number;
  title: string;
}

export const productLabel = (product: PickedProduct) => product.title || `商品 #${product.id}`;

/** Adds the picked rows, keeping the ones already there (no repeats). */
export function addPicked(current: PickedProduct[], rows: Pick<ProductRow, "id" | "title">[]): PickedProduct[] {
  const known = new Set(current.map((product) => product.id));
  return [...current, ...rows.filter((row) => !known.has(row.id)).map((row) => ({ id: row.id, title: row.title }))];
}

export const pickedFromIds = (ids: readonly number[] | null | undefined): PickedProduct[] => (ids ?? []).map((id) => ({ id, title: "" }));

/** A new window: from the next whole hour, `days` long. */
export function defaultPeriod(days: number, now: Date = new Date()): [Date, Date] {
  const start = new Date(now.getTime());
  start.setMinutes(0, 0, 0);
  start.setHours(start.getHours() + 1);
  return [start, new Date(start.getTime() + days * 24 * 3600 * 1000)];
}

export function periodFrom(from: string | null | undefined, until: string | null | undefined): Period {
  return from && until ? [new Date(from), new Date(until)] : null;
}

export function periodInput(period: Period): { from: string; until: string } {
  return period ? { from: period[0].toISOString(), until: period[1].toISOString() } : { from: "", until: "" };
}

/** 「开始时间和结束时间」 checks: both set, the end after the start. */
export function periodProblem(period: Period, what: string): string {
  if (!period || !period[0] || !period[1]) return `请选择${what}`;
  if (period[1].getTime() <= period[0].getTime()) return `${what}的结束时间需晚于开始时间`;
  return "";
}

export const periodText = (from: string | null | undefined, until: string | null | undefined) => `${formatDateTime(from)} 至 ${formatDateTime(until)}`;

/**
 * The first error among these fields (each with what lies under it). An error on one tier names
 * it: `rules.tiers.1.off` → 「第 2 档：…」.
 */
export function errorAt(errors: Record<string, string>, ...fields: string[]): string {
  for (const field of fields) {
    const found = firstErrorUnder(errors, field);
    if (!found) continue;
    const tier = /^rules\.tiers\.(\d+)/.exec(found.key);
    return tier ? `第 ${Number(tier[1]) + 1} 档：${found.message}` : found.message;
  }
  return "";
}
