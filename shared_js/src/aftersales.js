// @ts-check
/**
 * After-sales (售后) for the shells (docs/aftersales-api.md, AS-1…AS-4): the buyer's endpoints over
 * the shared API client, the apply form's rules (which lines and how many units, the amount in
 * yuan typed by the shopper turned into fen with integer arithmetic and held under the preview's
 * maximum), status and type copy, the buyer's action buttons, the timeline and the order's
 * after-sales summary.
 */
import { isPlainObject } from "./log.js";

/**
 * @typedef {import("./api.js").ApiClient} ApiClient
 * @typedef {"refund_only" | "return_refund"} AftersalesType
 *
 * @typedef {object} PreviewLine
 * @property {number} line_id
 * @property {string} title
 * @property {number} quantity
 * @property {number} line_quantity
 * @property {number} remaining_quantity
 * @property {number} amount
 *
 * @typedef {object} Preview
 * @property {string} order_no
 * @property {AftersalesType[]} types
 * @property {PreviewLine[]} lines
 * @property {number} goods_amount
 * @property {number} freight
 * @property {number} max_amount
 * @property {boolean} whole_order
 *
 * @typedef {object} DraftLine
 * @property {number} lineId
 * @property {string} title
 * @property {number} remaining  units that may still be asked for
 * @property {boolean} checked
 * @property {number} quantity   units asked for (1…remaining)
 *
 * @typedef {object} OrderSummary
 * @property {{request_no: string, type: string, type_text: string, status: string, status_text: string, amount: number, created_at: string}[]} requests
 * @property {number} open_count
 * @property {number} refunded_amount
 * @property {{line_id: number, requested_quantity: number, refunded_quantity: number}[]} lines
 */

export const AFTERSALES_STATUS_TEXT = {
  requested: "待商家处理",
  approved: "商家已同意，待退款",
  awaiting_return: "待买家退货",
  returning: "买家已退货，待商家收货",
  return_received: "商家已收货，待退款",
  refunding: "退款中",
  refunded: "退款成功",
  rejected: "商家已拒绝",
  cancelled: "买家已撤销",
  closed: "已关闭",
};

export const AFTERSALES_TYPE_TEXT = { refund_only: "仅退款", return_refund: "退货退款" };

export const AFTERSALES_TABS = [
  { key: "", title: "全部" },
  { key: "requested", title: "待处理" },
  { key: "awaiting_return", title: "待退货" },
  { key: "refunding", title: "退款中" },
  { key: "refunded", title: "已完成" },
];

const ACTION_TEXT = { ship_return: "填写退货物流", cancel: "撤销申请" };

const ROLE_TEXT = { buyer: "买家", merchant: "商家", platform: "平台", system: "系统" };

/** Order statuses in which a buyer may ask (the server has the last word). */
const ELIGIBLE_ORDER = ["pending_audit", "pending_shipment", "partially_shipped", "shipped", "received", "completed"];

/**
 * @param {Record<string, string>} map
 * @param {string | null | undefined} key
 * @returns {string}
 */
function lookup(map, key) {
  return key && Object.prototype.hasOwnProperty.call(map, key) ? map[key] : "";
}

/** @param {string | null | undefined} status */
export function aftersalesStatusText(status) {
  return lookup(AFTERSALES_STATUS_TEXT, status) || String(status || "");
}

/** @param {string | null | undefined} type */
export function aftersalesTypeText(type) {
  return lookup(AFTERSALES_TYPE_TEXT, type) || String(type || "");
}

/**
 * The buyer's endpoints.
 * @param {ApiClient} client
 */
export function createAftersalesApi(client) {
  /** @param {string} no */
  const a = (no) => "/aftersales/" + encodeURIComponent(no);
  return {
    /** @returns {Promise<{reasons: string[], refund_window_days: number}>} */
    reasons: () => client.get("/aftersales/reasons"),
    /** @param {string} orderNo @param {{line_id: number, quantity: number}[] | null} [items] @returns {Promise<Preview>} */
    preview: (orderNo, items) => {
      /** @type {Record<string, any>} */
      const body = { order_no: orderNo };
      if (items) body.items = items;
      return client.post("/aftersales/preview", body);
    },
    /** @param {Record<string, any>} body @param {string} idempotencyKey */
    create: (body, idempotencyKey) => client.post("/aftersales", body, { headers: { "Idempotency-Key": idempotencyKey } }),
    /** @param {string} [status] @param {number} [page] */
    list: (status, page) => client.get("/aftersales", { query: { status: status || "", page: page || 1 } }),
    /** @param {string} no */
    get: (no) => client.get(a(no)),
    /** @param {string} no @param {string} [reason] */
    cancel: (no, reason) => client.post(a(no) + "/cancel", reason ? { reason: reason } : {}),
    /** @param {string} no @param {{carrier_code: string, tracking_no: string, note?: string, images?: string[]}} body */
    shipReturn: (no, body) => client.post(a(no) + "/return", body),
    /** @returns {Promise<any>} enabled carriers `{code, name}` (a list or `{items}`) */
    carriers: () => client.get("/carriers"),
  };
}

/**
 * The apply form's lines from a preview: every line that still has units to ask for. With
 * `onlyLineId` (申请售后 on one line) only that line is ticked, one unit; otherwise every line is
 * ticked with all its remaining units.
 * @param {Preview} preview
 * @param {number | null} [onlyLineId]
 * @returns {DraftLine[]}
 */
export function draftLines(preview, onlyLineId) {
  const lines = isPlainObject(preview) && Array.isArray(preview.lines) ? preview.lines : [];
  /** @type {DraftLine[]} */
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const remaining = typeof l.remaining_quantity === "number" ? l.remaining_quantity : 0;
    if (remaining <= 0) continue;
    const only = typeof onlyLineId === "number" && onlyLineId > 0;
    const checked = only ? l.line_id === onlyLineId : true;
    out.push({ lineId: l.line_id, title: l.title || "", remaining: remaining, checked: checked, quantity: only ? 1 : remaining });
  }
  return out;
}

/**
 * What the form asks for: `[{line_id, quantity}]` of the ticked lines, quantities clamped to
 * 1…remaining.
 * @param {DraftLine[]} draft
 * @returns {{line_id: number, quantity: number}[]}
 */
export function selectedItems(draft) {
  /** @type {{line_id: number, quantity: number}[]} */
  const out = [];
  for (let i = 0; i < draft.length; i++) {
    const d = draft[i];
    if (!d.checked) continue;
    const q = Math.max(1, Math.min(d.remaining, Math.floor(Number(d.quantity) || 0)));
    out.push({ line_id: d.lineId, quantity: q });
  }
  return out;
}

/**
 * 「12.3」 → 1230 fen, by integer arithmetic on the digits (no float): at most two decimals, not
 * negative. Anything else → null.
 * @param {string | number | null | undefined} text
 * @returns {number | null}
 */
export function parseYuan(text) {
  const s = String(text === undefined || text === null ? "" : text).trim();
  const m = /^(\d{1,9})(?:\.(\d{0,2}))?$/.exec(s);
  if (!m) return null;
  const decimals = (m[2] || "") + "00";
  return parseInt(m[1], 10) * 100 + parseInt(decimals.slice(0, 2), 10);
}

/**
 * 1230 → 「12.30」 for an amount input.
 * @param {number} fen
 * @returns {string}
 */
export function yuanText(fen) {
  if (typeof fen !== "number" || !isFinite(fen) || fen < 0) return "";
  const y = Math.floor(fen / 100);
  const c = fen - y * 100;
  return String(y) + "." + (c < 10 ? "0" : "") + String(c);
}

/**
 * The apply form's problem, or "" when it may be sent.
 * @param {{type: string, types: string[], reason: string, items: {line_id: number, quantity: number}[], amountText: string, maxAmount: number, images?: string[]}} form
 * @returns {string}
 */
export function applyProblem(form) {
  if (!form.items.length) return "请选择要售后的商品";
  if (!form.type || form.types.indexOf(form.type) === -1) return "请选择售后类型";
  if (!form.reason) return "请选择售后原因";
  const amount = parseYuan(form.amountText);
  if (amount === null) return "请填写正确的退款金额";
  if (amount <= 0) return "退款金额需大于 0";
  if (amount > form.maxAmount) return "退款金额不能超过 ¥" + yuanText(form.maxAmount);
  if (form.images && form.images.length > 9) return "最多上传 9 张凭证图片";
  return "";
}

/**
 * The body of `POST /aftersales`.
 * @param {{orderNo: string, type: string, items: {line_id: number, quantity: number}[], reason: string, description: string, images: string[], amountText: string}} form
 * @returns {Record<string, any>}
 */
export function applyBody(form) {
  /** @type {Record<string, any>} */
  const body = { order_no: form.orderNo, type: form.type, items: form.items, reason: form.reason, amount: parseYuan(form.amountText) };
  const description = (form.description || "").trim();
  if (description) body.description = description;
  if (form.images && form.images.length) body.images = form.images.slice(0, 9);
  return body;
}

/**
 * The buyer's buttons, exactly for the `actions` sent.
 * @param {string[] | null | undefined} actions
 * @returns {{key: string, text: string}[]}
 */
export function buyerActionButtons(actions) {
  const sent = Array.isArray(actions) ? actions : [];
  /** @type {{key: string, text: string}[]} */
  const out = [];
  const order = ["ship_return", "cancel"];
  for (let i = 0; i < order.length; i++) {
    if (sent.indexOf(order[i]) !== -1) out.push({ key: order[i], text: lookup(ACTION_TEXT, order[i]) });
  }
  return out;
}

/**
 * A request's timeline for display, oldest first as the API sends it.
 * @param {{event: string, text: string, role: string, note?: string, at: string, data?: Record<string, any>}[] | null | undefined} timeline
 * @returns {{text: string, who: string, note: string, at: string}[]}
 */
export function timelineView(timeline) {
  const list = Array.isArray(timeline) ? timeline : [];
  return list.map(function (step) {
    return {
      text: step.text || step.event || "",
      who: lookup(ROLE_TEXT, step.role),
      note: step.note || "",
      at: step.at || "",
    };
  });
}

/**
 * The order's after-sales state per line: units asked for (live requests) and refunded.
 * @param {OrderSummary | null | undefined} summary
 * @returns {Record<number, {requested: number, refunded: number}>}
 */
export function linesAftersales(summary) {
  /** @type {Record<number, {requested: number, refunded: number}>} */
  const out = {};
  const lines = isPlainObject(summary) && Array.isArray(summary.lines) ? summary.lines : [];
  for (let i = 0; i < lines.length; i++) {
    out[lines[i].line_id] = { requested: lines[i].requested_quantity || 0, refunded: lines[i].refunded_quantity || 0 };
  }
  return out;
}

/**
 * A line's after-sales label on the order: 「已退款 1 件」, 「售后中 2 件」 or "".
 * @param {{requested: number, refunded: number} | undefined} state
 * @returns {string}
 */
export function lineAftersalesText(state) {
  if (!state) return "";
  if (state.refunded > 0) return "已退款 " + state.refunded + " 件";
  if (state.requested > 0) return "售后中 " + state.requested + " 件";
  return "";
}

/**
 * May the buyer ask for after-sales on this order (a paid order with units not yet asked for)?
 * The server still decides (window, in-transit switch); this only decides whether to offer it.
 * @param {{status: string, lines?: {id: number, quantity: number}[], aftersales?: OrderSummary | null}} order
 * @param {number} [lineId] one line only
 * @returns {boolean}
 */
export function canApplyAftersales(order, lineId) {
  if (!order || ELIGIBLE_ORDER.indexOf(order.status) === -1) return false;
  const state = linesAftersales(order.aftersales);
  const lines = Array.isArray(order.lines) ? order.lines : [];
  for (let i = 0; i < lines.length; i++) {
    if (typeof lineId === "number" && lines[i].id !== lineId) continue;
    const s = state[lines[i].id];
    if (lines[i].quantity - (s ? s.requested : 0) > 0) return true;
  }
  return false;
}
