// View models the section components compute from settings and data (WXML cannot call JS).
import { cardMarks, formatPrice, formatSales, priceParts } from "../shared/index.js";
import { DEFAULTS } from "./defaults.js";

/** Settings of a section with the catalogue defaults under them. */
export function settingsOf(section) {
  const defaults = (section && DEFAULTS[section.type]) || {};
  const settings = (section && section.settings) || {};
  return Object.assign({}, defaults, settings);
}

/** px of the 375-wide design → rpx (750 wide). */
export function rpx(px) {
  const n = Number(px);
  return (isFinite(n) ? n * 2 : 0) + "rpx";
}

/** Outer box of a card-like section: margins, radius, background. */
export function boxStyle(s, extra) {
  const parts = [];
  if (s.margin_y !== undefined || s.margin_x !== undefined) {
    parts.push("margin:" + rpx(s.margin_y || 0) + " " + rpx(s.margin_x || 0));
  }
  if (s.radius !== undefined) parts.push("border-radius:" + rpx(s.radius));
  if (s.background_color) parts.push("background-color:" + s.background_color);
  if (extra) parts.push(extra);
  return parts.join(";");
}

/**
 * Promotion marks (SEARCH-7) for WXML: the shared `cardMarks` (the API's order, no blanks or
 * repeats, at most `limit`) with the class of their look (`activity` red, `coupon` outlined).
 */
export function markViews(marks, limit) {
  return cardMarks(marks, limit).map((m) => ({ text: m.text, kind: m.kind, cls: m.coupon ? "coupon" : "activity", activityId: m.activityId || 0 }));
}

/** A ProductCard (docs/pages-api.md) ready for WXML. */
export function productView(item) {
  const price = priceParts(item.price);
  const original =
    typeof item.original_price === "number" && typeof item.price === "number" && item.original_price > item.price
      ? formatPrice(item.original_price)
      : "";
  return {
    id: item.id,
    title: item.title || "",
    image: item.image || "",
    yuan: price.yuan,
    fen: price.fen,
    original,
    sales: formatSales(item.sales),
    soldOut: item.stock_state === "sold_out",
    low: item.stock_state === "low",
    self: item.self_operated === true,
    tags: Array.isArray(item.tags) ? item.tags.slice(0, 2) : [],
    // promotion marks (满减, 满折, 领券 …)
    marks: markViews(item.marks, 2),
    rank: typeof item.rank === "number" ? item.rank : null,
  };
}

/** Split a price in fen for a big-yuan small-fen display. */
export function priceView(fen) {
  return priceParts(fen);
}

export { formatPrice, formatSales };
