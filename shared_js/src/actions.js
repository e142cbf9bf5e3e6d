// @ts-check
/**
 * Actions (跳转链接): the typed union of `layouts/page.schema.json#/$defs/action` turned into a
 * shell-neutral target. Each shell maps targets to its own routes; an unknown or malformed action
 * resolves to `null` (the shell does nothing) and is logged.
 */
import { isPlainObject, loggerOf } from "./log.js";

/**
 * @typedef {import("./log.js").Logger} Logger
 * @typedef {"home" | "category" | "cart" | "me"} Tab
 * @typedef {{to: "product", id: number}
 *   | {to: "category", id: number}
 *   | {to: "search", keyword: string}
 *   | {to: "page", key: string}
 *   | {to: "shop", id: number}
 *   | {to: "claim_coupon", id: number}
 *   | {to: "mp_path", path: string}
 *   | {to: "url", url: string}
 *   | {to: "tab", tab: Tab}} ActionTarget
 */

/** Every action kind of the catalogue, in the order of `$defs/action_kind`. */
export const ACTION_KINDS = [
  "product",
  "category",
  "search",
  "page",
  "shop",
  "claim_coupon",
  "mp_path",
  "url",
  "tab",
];

/** The tabs of the bottom navigation (底部导航). */
export const TABS = ["home", "category", "cart", "me"];

const PAGE_KEY = /^[a-z0-9_-]{1,40}$/;
const MP_PATH = /^\/[^/\s][^\s]*$/;
// Same as `$defs/action_url`: https, a plain host name, optional port, then path/query/fragment.
const SAFE_URL = /^https:\/\/([A-Za-z0-9.-]+)(:[0-9]{1,5})?([/?#][^\s]*)?$/;
// Control characters and backslashes make browsers and URL parsers disagree: refuse them.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u001f\u007f\\]/;

/**
 * @param {unknown} value
 * @returns {value is number}
 */
function isId(value) {
  return typeof value === "number" && isFinite(value) && Math.floor(value) === value && value >= 1;
}

/**
 * Whether `url` may be opened from a layout: `https://` only (no `http:`, `javascript:`, `data:`,
 * protocol-relative or relative addresses), a plain host name, no whitespace, control characters
 * or backslashes. With `allowedHosts` the host must also be one of them (or a subdomain of one
 * given as `.example.com`).
 *
 * @param {unknown} url
 * @param {{allowedHosts?: string[] | null}} [options]
 * @returns {boolean}
 */
export function isSafeUrl(url, options) {
  if (typeof url !== "string" || url.length > 1000 || UNSAFE_CHARS.test(url)) return false;
  const match = SAFE_URL.exec(url);
  if (!match) return false;
  const host = match[1].toLowerCase();
  if (host.charAt(0) === "." || host.charAt(host.length - 1) === "." || host.indexOf("..") !== -1) {
    return false;
  }
  const allowed = options && options.allowedHosts;
  if (allowed && allowed.length) {
    return allowed.some(function (entry) {
      const h = String(entry).toLowerCase();
      if (h.charAt(0) === ".") return host === h.slice(1) || host.slice(-h.length) === h;
      return host === h;
    });
  }
  return true;
}

/**
 * Resolve an action to a shell-neutral target, or `null` when there is nothing to do: no action
 * (silently), or an unknown kind / missing or invalid field (logged).
 *
 * @param {unknown} action
 * @param {{logger?: Logger | null, allowedHosts?: string[] | null}} [options]
 * @returns {ActionTarget | null}
 */
export function resolveAction(action, options) {
  if (action === null || action === undefined) return null;
  const log = loggerOf(options && options.logger);
  if (!isPlainObject(action)) {
    log.warn("action: not an object", action);
    return null;
  }
  /** @type {ActionTarget | null} */
  let target = null;
  switch (action.kind) {
    case "product":
      if (isId(action.product_id)) target = { to: "product", id: action.product_id };
      break;
    case "category":
      if (isId(action.category_id)) target = { to: "category", id: action.category_id };
      break;
    case "search":
      if (typeof action.keyword === "string") {
        const keyword = action.keyword.trim();
        if (keyword && keyword.length <= 50) target = { to: "search", keyword: keyword };
      }
      break;
    case "page":
      if (typeof action.page_key === "string" && PAGE_KEY.test(action.page_key)) {
        target = { to: "page", key: action.page_key };
      }
      break;
    case "shop":
      if (isId(action.shop_id)) target = { to: "shop", id: action.shop_id };
      break;
    case "claim_coupon":
      if (isId(action.coupon_id)) target = { to: "claim_coupon", id: action.coupon_id };
      break;
    case "mp_path":
      if (typeof action.path === "string" && action.path.length <= 300 && MP_PATH.test(action.path)) {
        target = { to: "mp_path", path: action.path };
      }
      break;
    case "url":
      if (isSafeUrl(action.url, { allowedHosts: options && options.allowedHosts })) {
        target = { to: "url", url: /** @type {string} */ (action.url) };
      }
      break;
    case "tab":
      if (typeof action.tab === "string" && TABS.indexOf(action.tab) !== -1) {
        target = { to: "tab", tab: /** @type {Tab} */ (action.tab) };
      }
      break;
    default:
      log.warn("action: unknown kind `" + String(action.kind) + "`; doing nothing", action);
      return null;
  }
  if (!target) log.warn("action: malformed `" + action.kind + "` action; doing nothing", action);
  return target;
}
