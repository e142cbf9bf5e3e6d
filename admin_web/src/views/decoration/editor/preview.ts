/**
 * What the canvas draws for a section (framework-free): a light, recognisable sketch per type —
 * not the shells' rendering. Lengths are px on the 375-wide design, as in the documents.
 */
import type { Section } from "@/api/pages";

export const CANVAS_WIDTH = 375;

export type Settings = Record<string, unknown>;

export function num(settings: Settings, key: string, fallback: number): number {
  const value = settings[key];
  return typeof value === "number" && Number.isFinite(value) ? value : fallback;
}

export function str(settings: Settings, key: string, fallback = ""): string {
  const value = settings[key];
  return typeof value === "string" ? value : fallback;
}

export function bool(settings: Settings, key: string, fallback: boolean): boolean {
  const value = settings[key];
  return typeof value === "boolean" ? value : fallback;
}

export function list<T = Record<string, unknown>>(settings: Settings, key: string): T[] {
  const value = settings[key];
  return Array.isArray(value) ? (value as T[]) : [];
}

/** Outer box of a section: its margins, corner radius and background. */
export function boxStyle(settings: Settings): Record<string, string> {
  const style: Record<string, string> = {};
  const mx = settings.margin_x;
  const my = settings.margin_y;
  if (typeof mx === "number") style.marginLeft = style.marginRight = `${mx}px`;
  if (typeof my === "number") style.marginTop = style.marginBottom = `${my}px`;
  if (typeof settings.radius === "number") style.borderRadius = `${settings.radius}px`;
  if (typeof settings.background_color === "string") style.background = settings.background_color;
  return style;
}

/** How many product placeholders a product section shows: its ids or limit, at most two rows. */
export function productCount(section: Section, columns: number, rows = 2): number {
  const source = section.source as Record<string, unknown> | undefined;
  let wanted = columns * rows;
  if (source) {
    if (Array.isArray(source.ids)) wanted = source.ids.length || columns;
    else if (typeof source.limit === "number") wanted = source.limit;
  }
  return Math.max(1, Math.min(wanted, columns * rows));
}

/** The text of rich-text HTML, never executed (DOMParser runs no scripts or handlers). */
export function plainText(html: string, max = 120): string {
  let text = html.replace(/<[^>]*>/g, " ");
  if (typeof DOMParser !== "undefined") {
    text = new DOMParser().parseFromString(html, "text/html").body.textContent ?? text;
  }
  text = text.replace(/\s+/g, " ").trim();
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** Height of a picture drawn at the canvas width minus margins, from its pixel size. */
export function scaledHeight(width: number, height: number, marginX = 0): number {
  if (width <= 0 || height <= 0) return 120;
  return Math.round(((CANVAS_WIDTH - 2 * marginX) * height) / width);
}

export function aspectHeight(ratio: string, marginX = 0): number {
  const [w, h] = ratio.split(":").map(Number);
  return scaledHeight(w || 16, h || 9, marginX);
}
