/**
 * Settings with the catalogue's defaults filled in ("a missing optional setting means its schema
 * `default`", layouts/README.md). The defaults are read from `layouts/components/*.json` at build
 * time, so the catalogue stays the one source of truth.
 */
import type { Settings } from "./types";

interface SettingsSchema {
  properties?: Record<string, { default?: unknown }>;
}

const schemas = import.meta.glob<SettingsSchema>("@layouts/components/*.json", {
  eager: true,
  import: "settings",
});

const defaultsByType: Record<string, Settings> = {};
for (const [path, schema] of Object.entries(schemas)) {
  const type = path.replace(/^.*\//, "").replace(/\.json$/, "");
  const defaults: Settings = {};
  for (const [key, prop] of Object.entries(schema?.properties ?? {})) {
    if (prop && "default" in prop) defaults[key] = prop.default;
  }
  defaultsByType[type] = defaults;
}

/** The catalogue types whose settings schema was found. */
export const CATALOGUE_TYPES: readonly string[] = Object.keys(defaultsByType).sort();

export function defaultSettings(type: string): Settings {
  return { ...(defaultsByType[type] ?? {}) };
}

/** `settings` over the type's defaults (values that are `undefined` or `null` fall back too). */
export function applyDefaults(type: string, settings: Settings | null | undefined): Settings {
  const out = defaultSettings(type);
  for (const [key, value] of Object.entries(settings ?? {})) {
    if (value !== undefined && value !== null) out[key] = value;
  }
  return out;
}

/** Margin, radius and background of a section box, from its common settings (px on 375). */
export function boxStyle(s: Settings): Record<string, string> {
  const style: Record<string, string> = {};
  const mx = num(s.margin_x);
  const my = num(s.margin_y);
  if (mx !== null || my !== null) style.margin = `${my ?? 0}px ${mx ?? 0}px`;
  const radius = num(s.radius);
  if (radius) {
    style.borderRadius = `${radius}px`;
    style.overflow = "hidden";
  }
  if (typeof s.background_color === "string" && isColor(s.background_color)) {
    style.background = s.background_color;
  }
  return style;
}

export function num(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

/** `#rrggbb` only ($defs/color): nothing else reaches a style attribute. */
export function isColor(value: unknown): value is string {
  return typeof value === "string" && /^#[0-9a-fA-F]{6}$/.test(value);
}

export function color(value: unknown, fallback: string): string {
  return isColor(value) ? value : fallback;
}

/**
 * Where a "more" link goes when the layout sets none: the catalogue gives no default for these
 * types, so the shells agree on the conventional page keys (like `coupon-center` and
 * `brand-center`, which the catalogue does default to).
 */
export const FALLBACK_MORE_ACTION: Record<string, { kind: "page"; page_key: string }> = {
  ranking_list: { kind: "page", page_key: "ranking" },
  flash_sale_strip: { kind: "page", page_key: "flash-sale" },
  group_buy_strip: { kind: "page", page_key: "group-buy" },
  store_locator: { kind: "page", page_key: "stores" },
  coupon_strip: { kind: "page", page_key: "coupon-center" },
  brand_wall: { kind: "page", page_key: "brand-center" },
};

export function moreAction(type: string, s: Settings): unknown {
  return s.more_action ?? FALLBACK_MORE_ACTION[type] ?? null;
}
