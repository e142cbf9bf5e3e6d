// @ts-check
/**
 * Promotions and coupons for every front end (docs/promotions-api.md): the shopper's endpoints
 * over the shared API client (claimable coupons, claiming, 我的优惠券, an activity and its 凑单
 * products), the marks on product cards (SEARCH-7), coupon and activity copy, and the checkout's
 * coupon choice (the preview's `best` pre-selected, at most one coupon per shop and one of the
 * platform's, a choice the server no longer accepts dropped). Money is integer fen.
 */
import { isApiError } from "./api.js";
import { formatPrice } from "./format.js";
import { isPlainObject } from "./log.js";

/**
 * @typedef {import("./api.js").ApiClient} ApiClient
 * @typedef {"full_reduction" | "full_discount" | "full_gift" | "package_price"} ActivityKind
 * @typedef {ActivityKind | "coupon"} MarkKind
 *
 * @typedef {object} Mark
 * @property {MarkKind | string} kind
 * @property {string} text
 * @property {number} [activity_id]  where the detail's mark leads (its 凑单 page), when sent
 *
 * @typedef {object} MarkView
 * @property {string} kind        a MarkKind, or "" for a kind this front end does not know
 * @property {string} text
 * @property {boolean} coupon     a 领券 mark (opens the claimable coupons)
 * @property {number | null} activityId
 *
 * @typedef {object} Coupon   a shopper's coupon, or a template (same money fields)
 * @property {number} id
 * @property {number | null} [shop_id]
 * @property {string} title
 * @property {number} threshold
 * @property {number} off
 * @property {number[] | null} [product_ids]
 * @property {string} [status]
 * @property {string | null} [valid_from]
 * @property {string | null} [valid_until]
 * @property {number | null} [valid_days]
 * @property {number} [saving]    usable at checkout: what it takes off
 * @property {boolean} [best]     usable at checkout: part of the best choice
 * @property {string} [reason]    unusable at checkout: why
 *
 * @typedef {object} CheckoutCoupons
 * @property {Coupon[]} usable
 * @property {Coupon[]} unusable
 *
 * @typedef {object} CouponView
 * @property {number} id
 * @property {string} title
 * @property {string} off        「5」 / 「10.5」 (yuan, no trailing zeros)
 * @property {string} condition  「满99可用」 / 「无门槛」
 * @property {string} scope      「指定商品可用」 / 「全店通用」 / 「全平台通用」
 * @property {string} validity   「2026.11.01-2026.11.30」 / 「领取后7天内有效」
 * @property {boolean} platform
 *
 * @typedef {object} ClaimableTemplate
 * @property {number} id
 * @property {number | null} shop_id
 * @property {string} title
 * @property {number} threshold
 * @property {number} off
 * @property {number[] | null} product_ids
 * @property {number} total
 * @property {number} claimed
 * @property {number} per_user_limit
 * @property {boolean} claimed_by_me
 * @property {boolean} can_claim
 * @property {number | null} [valid_days]
 * @property {string | null} [valid_from]
 * @property {string | null} [valid_until]
 *
 * @typedef {object} Activity
 * @property {number} id
 * @property {number} shop_id
 * @property {ActivityKind} kind
 * @property {string} title
 * @property {"shop" | "products"} scope
 * @property {number[]} product_ids
 * @property {Record<string, any>} rules
 * @property {string} starts_at
 * @property {string} ends_at
 * @property {string} [status]
 * @property {string} [phase]
 * @property {string} mark
 */

/** 中文 of each activity kind (the admin's labels and the shells' copy). */
export const ACTIVITY_KIND_TEXT = {
  full_reduction: "满减",
  full_discount: "满折",
  full_gift: "满赠",
  package_price: "打包一口价",
};

/** Every mark kind a card may carry, in the contract's order. */
export const MARK_KINDS = ["full_reduction", "full_discount", "full_gift", "package_price", "coupon"];

export const ACTIVITY_PHASE_TEXT = { upcoming: "未开始", running: "进行中", ended: "已结束", cancelled: "已取消" };

export const COUPON_STATUS_TEXT = { unused: "未使用", used: "已使用", expired: "已过期" };

/** 我的优惠券 tabs. */
export const COUPON_TABS = [
  { key: "unused", title: "未使用" },
  { key: "used", title: "已使用" },
  { key: "expired", title: "已过期" },
];

/** Names of the checkout's discount sources, when the answer leaves one out. */
export const DISCOUNT_NAMES = {
  activity: "活动优惠",
  package_price: "打包一口价",
  full_reduction: "满减",
  full_discount: "满折",
  coupon: "优惠券",
  points: "积分抵扣",
};

/** Our copy for the claim refusals (codes are API). */
const CLAIM_ERRORS = {
  coupon_sold_out: "优惠券已抢光",
  coupon_limit_reached: "已达领取上限",
  coupon_not_claimable: "该优惠券当前不可领取",
};

/**
 * @param {Record<string, string>} map
 * @param {unknown} key
 * @returns {string}
 */
function lookup(map, key) {
  return typeof key === "string" && Object.prototype.hasOwnProperty.call(map, key) ? map[key] : "";
}

/**
 * @param {unknown} value
 * @returns {value is number}
 */
function isCount(value) {
  return typeof value === "number" && isFinite(value) && Math.floor(value) === value && value >= 0;
}

/**
 * A list answer's items, whether the endpoint answers `{items}` or a bare list.
 * @param {any} answer
 * @returns {any[]}
 */
export function itemsOf(answer) {
  if (Array.isArray(answer)) return answer;
  return isPlainObject(answer) && Array.isArray(answer.items) ? answer.items : [];
}

// --- endpoints ---------------------------------------------------------------------------------

/**
 * The shopper's coupon endpoints.
 * @param {ApiClient} client
 */
export function createCouponsApi(client) {
  return {
    /**
     * Templates the shopper can claim now (`claimed_by_me`, `can_claim` each).
     * @param {{shopId?: number | null, productId?: number | null}} [where]
     * @returns {Promise<ClaimableTemplate[]>}
     */
    claimable: async function (where) {
      const w = where || {};
      const answer = await client.get("/coupons/claimable", { query: { shop_id: w.shopId, product_id: w.productId } });
      return itemsOf(answer);
    },
    /**
     * 201 Coupon; refusals: 409 `coupon_sold_out`, `coupon_limit_reached`, `coupon_not_claimable`.
     * @param {number} templateId
     * @returns {Promise<Coupon>}
     */
    claim: function (templateId) {
      return client.post("/coupons/claim", { template_id: templateId });
    },
    /**
     * 我的优惠券, a page of Coupon.
     * @param {string} status  `unused` | `used` | `expired`
     * @param {number} [page]
     */
    mine: function (status, page) {
      return client.get("/me/coupons", { query: { status: status, page: page || 1 } });
    },
  };
}

/**
 * The public activity endpoints (running activities only; 404 otherwise).
 * @param {ApiClient} client
 */
export function createActivitiesApi(client) {
  /** @param {number} id */
  const a = function (id) {
    return "/activities/" + encodeURIComponent(String(id));
  };
  return {
    /** @param {number} id @returns {Promise<Activity>} */
    get: function (id) {
      return client.get(a(id));
    },
    /** 凑单: a page of ProductCards in the activity's scope. @param {number} id @param {number} [page] */
    products: function (id, page) {
      return client.get(a(id) + "/products", { query: { page: page || 1 } });
    },
  };
}

// --- marks on cards (SEARCH-7) ------------------------------------------------------------------

/**
 * The marks a card or the detail shows: `[{kind, text}]` as the API sends them, in its order,
 * without blanks or repeats, at most `limit`. A bare string (the old shape) is a mark of no kind.
 * @param {unknown} marks
 * @param {number} [limit]
 * @returns {MarkView[]}
 */
export function cardMarks(marks, limit) {
  const list = Array.isArray(marks) ? marks : [];
  const max = typeof limit === "number" && limit >= 0 ? limit : list.length;
  /** @type {MarkView[]} */
  const out = [];
  /** @type {Record<string, boolean>} */
  const seen = {};
  for (let i = 0; i < list.length && out.length < max; i++) {
    const raw = list[i];
    /** @type {string} */
    let text = "";
    /** @type {string} */
    let kind = "";
    /** @type {number | null} */
    let activityId = null;
    if (typeof raw === "string") text = raw.trim();
    else if (isPlainObject(raw) && typeof raw.text === "string") {
      text = raw.text.trim();
      kind = MARK_KINDS.indexOf(raw.kind) === -1 ? "" : raw.kind;
      if (typeof raw.activity_id === "number" && raw.activity_id > 0) activityId = raw.activity_id;
    }
    if (!text || seen[text]) continue;
    seen[text] = true;
    out.push({ kind: kind, text: text, coupon: kind === "coupon", activityId: activityId });
  }
  return out;
}

// --- copy ---------------------------------------------------------------------------------------

/**
 * Yuan without trailing zeros: 500 → 「5」, 1050 → 「10.5」, 1005 → 「10.05」.
 * @param {unknown} fen
 * @returns {string}
 */
export function yuanShort(fen) {
  if (typeof fen !== "number" || !isFinite(fen) || Math.floor(fen) !== fen) return "--";
  const negative = fen < 0;
  const abs = negative ? -fen : fen;
  const yuan = Math.floor(abs / 100);
  const cents = abs - yuan * 100;
  let text = String(yuan);
  if (cents) text += "." + (cents < 10 ? "0" + cents : cents % 10 ? String(cents) : String(cents / 10));
  return (negative ? "-" : "") + text;
}

/**
 * 「2026.11.25」 in the shopper's local time; "" for nothing.
 * @param {string | null | undefined} iso
 * @returns {string}
 */
export function localDate(iso) {
  if (!iso) return "";
  const d = new Date(iso);
  if (isNaN(d.getTime())) return "";
  /** @param {number} n */
  const p = function (n) {
    return (n < 10 ? "0" : "") + n;
  };
  return d.getFullYear() + "." + p(d.getMonth() + 1) + "." + p(d.getDate());
}

/**
 * 「2026.11.25 18:00」 in local time; "" for nothing.
 * @param {string | null | undefined} iso
 * @returns {string}
 */
export function localDateTime(iso) {
  const day = localDate(iso);
  if (!day) return "";
  const d = new Date(/** @type {string} */ (iso));
  /** @param {number} n */
  const p = function (n) {
    return (n < 10 ? "0" : "") + n;
  };
  return day + " " + p(d.getHours()) + ":" + p(d.getMinutes());
}

/**
 * A coupon (a shopper's or a template) as a ticket shows it.
 * @param {Coupon} c
 * @returns {CouponView}
 */
export function couponView(c) {
  const platform = c.shop_id === null || c.shop_id === undefined;
  let validity = "";
  if (c.valid_from || c.valid_until) validity = localDate(c.valid_from) + "-" + localDate(c.valid_until);
  else if (typeof c.valid_days === "number" && c.valid_days > 0) validity = "领取后" + c.valid_days + "天内有效";
  return {
    id: c.id,
    title: c.title || "",
    off: yuanShort(c.off),
    condition: c.threshold > 0 ? "满" + yuanShort(c.threshold) + "可用" : "无门槛",
    scope: Array.isArray(c.product_ids) ? "指定商品可用" : platform ? "全平台通用" : "全店通用",
    validity: validity,
    platform: platform,
  };
}

/**
 * A claimable template with its button: 立即领取 / 继续领取 (may claim again) / 已领取 / 已抢光.
 * @param {ClaimableTemplate} t
 * @returns {CouponView & {canClaim: boolean, claimed: boolean, soldOut: boolean, button: string}}
 */
export function claimableView(t) {
  const soldOut = isCount(t.total) && t.total > 0 && isCount(t.claimed) && t.claimed >= t.total;
  const claimed = t.claimed_by_me === true;
  const canClaim = t.can_claim === true;
  let button = "立即领取";
  if (canClaim) button = claimed ? "继续领取" : "立即领取";
  else if (claimed) button = "已领取";
  else button = soldOut ? "已抢光" : "不可领取";
  const view = couponView(t);
  return Object.assign(view, { canClaim: canClaim, claimed: claimed, soldOut: soldOut, button: button });
}

/**
 * The template after a successful claim: one more claimed, by me; claimable again only while
 * the limit per shopper is above one and some are left (the server corrects it on the next try).
 * @param {ClaimableTemplate} t
 * @returns {ClaimableTemplate}
 */
export function afterClaim(t) {
  const claimed = (isCount(t.claimed) ? t.claimed : 0) + 1;
  const left = !(isCount(t.total) && t.total > 0) || claimed < t.total;
  return Object.assign({}, t, { claimed: claimed, claimed_by_me: true, can_claim: left && t.per_user_limit > 1 });
}

/**
 * The template after a refusal: sold out or at the limit, it can no longer be claimed.
 * @param {ClaimableTemplate} t
 * @param {unknown} error
 * @returns {ClaimableTemplate}
 */
export function afterClaimRefused(t, error) {
  const code = isApiError(error) ? error.code : "";
  if (code === "coupon_sold_out") return Object.assign({}, t, { can_claim: false, claimed: Math.max(t.claimed || 0, t.total || 0) });
  if (code === "coupon_limit_reached") return Object.assign({}, t, { can_claim: false, claimed_by_me: true });
  if (code === "coupon_not_claimable") return Object.assign({}, t, { can_claim: false });
  return t;
}

/**
 * The toast for a refused claim.
 * @param {unknown} error
 * @returns {string}
 */
export function claimErrorText(error) {
  if (!isApiError(error)) return "领取失败，请稍后再试";
  if (error.status === 401) return "请先登录后领取";
  return lookup(CLAIM_ERRORS, error.code) || error.message || "领取失败，请稍后再试";
}

/**
 * 我的优惠券: a coupon with its status copy and the orders it went to.
 * @param {Coupon & {order_nos?: string[]}} c
 */
export function myCouponView(c) {
  return Object.assign(couponView(c), {
    status: c.status || "",
    statusText: lookup(COUPON_STATUS_TEXT, c.status),
    orderNos: Array.isArray(c.order_nos) ? c.order_nos : [],
  });
}

/**
 * What an activity offers, one line per tier: 「满300元减30元」, 「每满300元减30元，最多减100元」,
 * 「满2件打9折」, 「满300元送赠品」, 「任选3件¥99.00」.
 * @param {{kind: string, rules: Record<string, any>}} activity
 * @returns {string[]}
 */
export function activityRuleLines(activity) {
  const rules = isPlainObject(activity && activity.rules) ? activity.rules : {};
  if (activity.kind === "package_price") {
    return isCount(rules.count) && isCount(rules.price) ? ["任选" + rules.count + "件" + formatPrice(rules.price)] : [];
  }
  const tiers = Array.isArray(rules.tiers) ? rules.tiers : [];
  /** @param {number} n */
  const reach = function (n) {
    return rules.basis === "count" ? n + "件" : yuanShort(n) + "元";
  };
  /** @type {string[]} */
  const out = [];
  for (let i = 0; i < tiers.length; i++) {
    const tier = tiers[i];
    if (!isPlainObject(tier) || !isCount(tier.threshold)) continue;
    if (activity.kind === "full_reduction" && isCount(tier.off)) {
      let line = (rules.cyclic ? "每满" : "满") + reach(tier.threshold) + "减" + yuanShort(tier.off) + "元";
      if (rules.cyclic && isCount(rules.cap) && rules.cap > 0) line += "，最多减" + yuanShort(rules.cap) + "元";
      out.push(line);
    } else if (activity.kind === "full_discount" && isCount(tier.percent)) {
      out.push("满" + reach(tier.threshold) + "打" + discountText(tier.percent));
    } else if (activity.kind === "full_gift") {
      const qty = isCount(tier.gift_quantity) && tier.gift_quantity > 1 ? tier.gift_quantity + "件" : "";
      out.push("满" + reach(tier.threshold) + "送" + qty + "赠品");
    }
  }
  return out;
}

/**
 * 90 → 「9折」, 85 → 「8.5折」, 88 → 「8.8折」.
 * @param {number} percent
 * @returns {string}
 */
export function discountText(percent) {
  const tens = Math.floor(percent / 10);
  const rest = percent - tens * 10;
  return (rest ? tens + "." + rest : String(tens)) + "折";
}

/**
 * The public activity for its 凑单 page: kind copy, the mark, rule lines and the period.
 * @param {Activity} activity
 */
export function activityView(activity) {
  return {
    id: activity.id,
    title: activity.title || "",
    kind: activity.kind,
    kindText: lookup(ACTIVITY_KIND_TEXT, activity.kind),
    mark: activity.mark || "",
    rules: activityRuleLines(activity),
    period: localDateTime(activity.starts_at) + " 至 " + localDateTime(activity.ends_at),
    wholeShop: activity.scope === "shop",
  };
}

// --- checkout ------------------------------------------------------------------------------------

/**
 * Coupons of the same group exclude each other: one per shop, one of the platform's.
 * @param {{shop_id?: number | null}} c
 * @returns {string}
 */
export function couponGroup(c) {
  return c.shop_id === null || c.shop_id === undefined ? "platform" : "shop:" + c.shop_id;
}

/**
 * @param {CheckoutCoupons | null | undefined} coupons
 * @returns {Coupon[]}
 */
function usableOf(coupons) {
  return isPlainObject(coupons) && Array.isArray(coupons.usable) ? coupons.usable : [];
}

/**
 * The preview's pre-selected coupons: the usable ones marked `best`, one per group.
 * @param {CheckoutCoupons | null | undefined} coupons
 * @returns {number[]}
 */
export function bestCouponIds(coupons) {
  const usable = usableOf(coupons);
  /** @type {Record<string, boolean>} */
  const taken = {};
  /** @type {number[]} */
  const out = [];
  for (let i = 0; i < usable.length; i++) {
    const c = usable[i];
    if (c.best !== true || taken[couponGroup(c)]) continue;
    taken[couponGroup(c)] = true;
    out.push(c.id);
  }
  return out;
}

/**
 * The chosen ids the preview still lists as usable, one per group (first chosen wins).
 * @param {CheckoutCoupons | null | undefined} coupons
 * @param {number[]} ids
 * @returns {number[]}
 */
export function usableSelection(coupons, ids) {
  const usable = usableOf(coupons);
  /** @type {Record<string, boolean>} */
  const taken = {};
  /** @type {number[]} */
  const out = [];
  for (let i = 0; i < ids.length; i++) {
    let found = null;
    for (let j = 0; j < usable.length; j++) if (usable[j].id === ids[i]) found = usable[j];
    if (!found || taken[couponGroup(found)]) continue;
    taken[couponGroup(found)] = true;
    out.push(found.id);
  }
  return out;
}

/**
 * Tapping a usable coupon: off when chosen; else chosen in place of its group's other one.
 * @param {CheckoutCoupons | null | undefined} coupons
 * @param {number[]} ids
 * @param {number} id
 * @returns {number[]}
 */
export function toggleCoupon(coupons, ids, id) {
  if (ids.indexOf(id) !== -1) return ids.filter(function (x) {
    return x !== id;
  });
  const usable = usableOf(coupons);
  let coupon = null;
  for (let i = 0; i < usable.length; i++) if (usable[i].id === id) coupon = usable[i];
  if (!coupon) return ids.slice();
  const group = couponGroup(coupon);
  /** @type {number[]} */
  const out = [];
  for (let i = 0; i < ids.length; i++) {
    let other = null;
    for (let j = 0; j < usable.length; j++) if (usable[j].id === ids[i]) other = usable[j];
    if (other && couponGroup(other) === group) continue;
    out.push(ids[i]);
  }
  out.push(id);
  return out;
}

/**
 * After a preview: the coupons chosen now and whether to preview again with them. Before the
 * shopper has chosen (`sent` null) the preview's best are taken; later, a chosen coupon the
 * preview no longer lists as usable is dropped.
 * @param {CheckoutCoupons | null | undefined} coupons
 * @param {number[] | null} sent  the `coupon_ids` the preview was asked with
 * @returns {{selected: number[], again: boolean}}
 */
export function couponsAfterPreview(coupons, sent) {
  if (sent === null) {
    const best = bestCouponIds(coupons);
    return { selected: best, again: best.length > 0 };
  }
  const kept = usableSelection(coupons, sent);
  return { selected: kept, again: kept.length !== sent.length };
}

/**
 * The checkout's 优惠券 row and its popup.
 * @param {CheckoutCoupons | null | undefined} coupons
 * @param {number[]} selected
 * @param {{discounts?: {source: string, amount: number}[]} | null} [amounts]  the preview's, for the coupons' total
 */
export function checkoutCouponsView(coupons, selected, amounts) {
  const usable = usableOf(coupons);
  const unusable = isPlainObject(coupons) && Array.isArray(coupons.unusable) ? coupons.unusable : [];
  // What the coupons take off: the preview's coupon discount, else the chosen ones' savings.
  let saving = 0;
  let quoted = false;
  const discounts = amounts && Array.isArray(amounts.discounts) ? amounts.discounts : [];
  for (let i = 0; i < discounts.length; i++) {
    if (discounts[i].source !== "coupon") continue;
    quoted = true;
    saving += discounts[i].amount || 0;
  }
  const usableViews = usable.map(function (c) {
    const on = selected.indexOf(c.id) !== -1;
    if (on && !quoted && isCount(c.saving)) saving += c.saving;
    return Object.assign(couponView(c), { selected: on, saving: isCount(c.saving) && c.saving > 0 ? "可省" + formatPrice(c.saving) : "" });
  });
  const unusableViews = unusable.map(function (c) {
    return Object.assign(couponView(c), { reason: c.reason || "不满足使用条件" });
  });
  let row = "暂无可用";
  if (selected.length) row = saving > 0 ? "-" + formatPrice(saving) : "已选" + selected.length + "张";
  else if (usable.length) row = usable.length + "张可用";
  return { usable: usableViews, unusable: unusableViews, row: row, count: usable.length, chosen: selected.length > 0 };
}

/**
 * The discount rows of the amounts (满减, 满折, 打包一口价, 优惠券 …), points left to their own row.
 * @param {{discounts?: {source: string, name?: string, amount: number}[]} | null | undefined} amounts
 * @returns {{key: string, source: string, name: string, amount: number, text: string}[]}
 */
export function discountRows(amounts) {
  const list = amounts && Array.isArray(amounts.discounts) ? amounts.discounts : [];
  /** @type {{key: string, source: string, name: string, amount: number, text: string}[]} */
  const out = [];
  for (let i = 0; i < list.length; i++) {
    const d = list[i];
    if (!d || d.source === "points" || !(d.amount > 0)) continue;
    out.push({
      key: d.source + "-" + i,
      source: d.source,
      name: d.name || lookup(DISCOUNT_NAMES, d.source) || "优惠",
      amount: d.amount,
      text: "-" + formatPrice(d.amount),
    });
  }
  return out;
}

/**
 * A shop's 赠品: 「保温杯 ×1」, and 已赠完 for one that ran out (left out of the order).
 * @param {{sku_id: number, title: string, quantity: number, available: boolean}[] | null | undefined} gifts
 */
export function giftsView(gifts) {
  const list = Array.isArray(gifts) ? gifts : [];
  return list.map(function (g) {
    const available = g.available !== false;
    return {
      skuId: g.sku_id,
      title: g.title || "",
      quantity: "×" + (g.quantity || 1),
      available: available,
      note: available ? "" : "已赠完",
    };
  });
}
