// @ts-check
/**
 * Page layouts (server-driven UI): turn a page response of `GET /api/v1/pages/<key>` into the
 * ordered list of sections a shell draws. Read with docs/pages-api.md and layouts/README.md.
 *
 * Every shell (H5, app, mini-program) calls `normalizeLayout` with the `{type: maxV}` map of the
 * renderers it has; what it returns is exactly what the shell draws, in order. It never throws:
 * whatever is malformed is left out and reported to the logger.
 */
import { hasOwn, isPlainObject, loggerOf } from "./log.js";

/**
 * @typedef {"mp" | "h5" | "app" | "pc"} Channel
 * @typedef {Record<string, number>} SupportedMap  component type → highest `v` the shell draws
 * @typedef {import("./log.js").Logger} Logger
 */

/**
 * One section as a shell draws it.
 * @typedef {object} NormalizedSection
 * @property {string} id        stable section id (the key in `sections`)
 * @property {string} type      component type, e.g. `product_grid`
 * @property {number} v         version of the type's settings
 * @property {Record<string, any>} settings  `{}` when absent or malformed
 * @property {any} data         data resolved by the server (`null` when none, or lazy and not loaded)
 * @property {Record<string, any> | null} action  section-level action (notice_bar, popup_ad)
 * @property {Record<string, any> | null} source  the declarative source, for reference
 * @property {boolean} lazy     the data comes later from the section-data endpoint
 */

/**
 * @typedef {object} NormalizeOptions
 * @property {Channel | string} [channel]  sections whose `channels` exclude it are left out
 * @property {SupportedMap | null} [supported]  absent: no filtering by type or version
 * @property {Logger | null} [logger]
 */

const TYPE_PATTERN = /^[a-z][a-z0-9_]{0,39}$/;

/**
 * @param {unknown} value
 * @returns {value is number}
 */
function isPositiveInt(value) {
  return typeof value === "number" && isFinite(value) && Math.floor(value) === value && value >= 1;
}

/**
 * The ordered sections of a page response that this shell can draw on this channel.
 *
 * Leaves out (and logs, except for the channel filter which is normal): ids of `order` missing
 * from `sections`, duplicate ids, sections that are not objects or have no valid `type`/`v`,
 * types not in `supported`, versions newer than `supported[type]`, and sections whose `channels`
 * exclude `channel`. When `order` is missing or not an array the keys of `sections` are used.
 *
 * @param {unknown} response  the page response body (or just the document)
 * @param {NormalizeOptions} [options]
 * @returns {NormalizedSection[]}
 */
export function normalizeLayout(response, options) {
  const opts = options || {};
  const log = loggerOf(opts.logger);
  const channel = opts.channel;
  let supported = opts.supported;
  if (supported !== undefined && supported !== null && !isPlainObject(supported)) {
    log.warn("layout: `supported` is not a {type: v} map; not filtering by type", supported);
    supported = null;
  }

  if (!isPlainObject(response)) {
    log.warn("layout: page response is not an object", response);
    return [];
  }
  const sections = response.sections;
  if (!isPlainObject(sections)) {
    log.warn("layout: page response has no `sections` map");
    return [];
  }
  /** @type {unknown[]} */
  let order;
  if (Array.isArray(response.order)) {
    order = response.order;
  } else {
    log.warn("layout: page response has no `order` array; using the order of `sections`");
    order = Object.keys(sections);
  }

  /** @type {NormalizedSection[]} */
  const out = [];
  /** @type {Record<string, true>} */
  const seen = {};
  for (let i = 0; i < order.length; i++) {
    const id = order[i];
    if (typeof id !== "string" || !id) {
      log.warn("layout: order[" + i + "] is not a section id", id);
      continue;
    }
    if (hasOwn(seen, id)) {
      log.warn("layout: section `" + id + "` listed twice in order; drawing it once");
      continue;
    }
    seen[id] = true;
    if (!hasOwn(sections, id)) {
      log.warn("layout: order names `" + id + "` but sections has no such id");
      continue;
    }
    const section = sections[id];
    if (!isPlainObject(section)) {
      log.warn("layout: section `" + id + "` is not an object", section);
      continue;
    }
    const type = section.type;
    if (typeof type !== "string" || !TYPE_PATTERN.test(type)) {
      log.warn("layout: section `" + id + "` has no valid type", type);
      continue;
    }
    const v = section.v;
    if (!isPositiveInt(v)) {
      log.warn("layout: section `" + id + "` (" + type + ") has no valid version", v);
      continue;
    }
    if (supported) {
      if (!hasOwn(supported, type)) {
        log.warn("layout: skipping section `" + id + "`: unknown component type `" + type + "`");
        continue;
      }
      const maxV = supported[type];
      if (!isPositiveInt(maxV) || v > maxV) {
        log.warn(
          "layout: skipping section `" + id + "`: " + type + " v" + v + " is newer than v" + maxV,
        );
        continue;
      }
    }
    if (channel && section.channels !== undefined && section.channels !== null) {
      if (!Array.isArray(section.channels)) {
        log.warn("layout: section `" + id + "` has malformed channels; ignoring them", section.channels);
      } else if (section.channels.indexOf(channel) === -1) {
        continue; // not shown on this channel: normal, not worth a log line
      }
    }
    let settings = section.settings;
    if (!isPlainObject(settings)) {
      if (settings !== undefined) log.warn("layout: section `" + id + "` has malformed settings", settings);
      settings = {};
    }
    out.push({
      id: id,
      type: type,
      v: v,
      settings: settings,
      data: section.data === undefined ? null : section.data,
      action: isPlainObject(section.action) ? section.action : null,
      source: isPlainObject(section.source) ? section.source : null,
      lazy: section.lazy === true,
    });
  }
  return out;
}

/**
 * The `X-Shell-Components` request header for a `{type: maxV}` map: `banner:1,product_grid:1`,
 * sorted by type. Entries with an invalid type or version are left out.
 *
 * @param {SupportedMap} supported
 * @returns {string}
 */
export function componentHeader(supported) {
  if (!isPlainObject(supported)) return "";
  const parts = [];
  const types = Object.keys(supported).sort();
  for (let i = 0; i < types.length; i++) {
    const type = types[i];
    const v = supported[type];
    if (TYPE_PATTERN.test(type) && isPositiveInt(v)) parts.push(type + ":" + v);
  }
  return parts.join(",");
}

/**
 * Page-level information of a response, with safe fallbacks.
 *
 * @param {unknown} response
 * @returns {{key: string | null, kind: string | null, title: string, revision: number | null, style: Record<string, any>}}
 */
export function pageInfo(response) {
  const r = isPlainObject(response) ? response : {};
  const page = isPlainObject(r.page) ? r.page : {};
  return {
    key: typeof r.key === "string" ? r.key : null,
    kind: typeof page.kind === "string" ? page.kind : typeof r.kind === "string" ? r.kind : null,
    title: typeof page.title === "string" ? page.title : "",
    revision: typeof r.revision === "number" ? r.revision : null,
    style: isPlainObject(page.style) ? page.style : {},
  };
}

/** Section types whose `data.items` are product cards. */
export const PRODUCT_SECTION_TYPES = ["product_grid", "ranking_list", "flash_sale_strip", "group_buy_strip"];

/**
 * The product cards a section shows, in order: `data.items` of a product section (objects with
 * an integer `id`); a flash-sale strip shows nothing while no slot is on. `[]` for other types.
 * Both shells draw exactly these, so a uniformity test can compare them.
 *
 * @param {{type: string, data?: any}} section
 * @returns {Array<Record<string, any>>}
 */
export function sectionProducts(section) {
  if (!section || PRODUCT_SECTION_TYPES.indexOf(section.type) === -1) return [];
  const data = section.data;
  if (!isPlainObject(data) || !Array.isArray(data.items)) return [];
  if (section.type === "flash_sale_strip" && !isPlainObject(data.slot)) return [];
  return data.items.filter(function (item) {
    return isPlainObject(item) && isPositiveInt(item.id);
  });
}

/**
 * The ids of `sectionProducts(section)`.
 *
 * @param {{type: string, data?: any}} section
 * @returns {number[]}
 */
export function sectionProductIds(section) {
  return sectionProducts(section).map(function (item) {
    return /** @type {number} */ (item.id);
  });
}

/**
 * The `data.items` array of a section, or `[]` when there is none.
 *
 * @param {{data?: any}} section
 * @returns {any[]}
 */
export function sectionItems(section) {
  const data = section ? section.data : null;
  return isPlainObject(data) && Array.isArray(data.items) ? data.items : [];
}
