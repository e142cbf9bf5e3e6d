// 售后 view models for the mini-program pages (AS-1…AS-4); the rules (lines and units, the amount
// from yuan text, buttons, timeline, the order's per-line state) are the shared core's.
import {
  aftersalesStatusText,
  aftersalesTypeText,
  buyerActionButtons,
  formatPrice,
  lineAftersalesText,
  linesAftersales,
  canApplyAftersales,
  timelineView,
} from "../shared/index.js";
import { mediaUrl } from "./media.js";
import { formatTime } from "./orders.js";

export const REFUND_STATUS_TEXT = { pending: "退款中", succeeded: "已退款", failed: "退款失败" };

function itemsView(items) {
  return (items || []).map((i) => ({
    lineId: i.line_id,
    title: i.title || "",
    image: mediaUrl(i.image),
    spec: i.spec_text || "",
    quantity: i.quantity,
    amount: formatPrice(i.amount),
  }));
}

export function requestCardView(r) {
  return {
    no: r.request_no,
    typeText: r.type_text || aftersalesTypeText(r.type),
    statusText: r.status_text || aftersalesStatusText(r.status),
    amount: formatPrice(r.amount),
    createdAt: formatTime(r.created_at),
    items: itemsView(r.items),
  };
}

export function requestDetailView(d) {
  let hint = "";
  if (d.status === "awaiting_return" && d.return_deadline) hint = "请在 " + formatTime(d.return_deadline) + " 前寄回商品并填写退货物流，逾期申请将关闭";
  else if (d.status === "returning" && d.auto_receive_at) hint = "商家将在 " + formatTime(d.auto_receive_at) + " 前确认收货";
  else if (d.status === "rejected" && d.reject_reason) hint = "拒绝原因：" + d.reject_reason;
  else if (d.last_error) hint = "退款未成功：" + d.last_error + "，平台将重新处理";
  const logistics = d.return_logistics;
  return Object.assign(requestCardView(d), {
    orderNo: d.order_no,
    hint,
    reason: d.reason || "",
    description: d.description || "",
    images: (d.images || []).map(mediaUrl),
    returnLogistics: logistics ? { carrier: logistics.carrier_name || logistics.carrier_code, trackingNo: logistics.tracking_no } : null,
    refunds: (d.refunds || []).map((f) => ({
      no: f.refund_no,
      amount: formatPrice(f.amount),
      status: REFUND_STATUS_TEXT[f.status] || f.status,
      time: formatTime(f.finished_at || f.created_at),
    })),
    timeline: timelineView(d.timeline)
      .reverse()
      .map((s) => ({ text: (s.who ? s.who + "：" : "") + s.text, note: s.note, at: formatTime(s.at) })),
    actions: buyerActionButtons(d.actions),
  });
}

/** The order detail's after-sales part: requests, refunded amount, per-line labels and buttons. */
export function orderAftersalesView(detail) {
  const summary = detail.aftersales || null;
  const state = linesAftersales(summary);
  return {
    canApply: canApplyAftersales(detail),
    lines: (detail.lines || []).map((l) => ({ id: l.id, text: lineAftersalesText(state[l.id]), canApply: canApplyAftersales(detail, l.id) })),
    refunded: summary && summary.refunded_amount ? formatPrice(summary.refunded_amount) : "",
    requests: ((summary && summary.requests) || []).map((r) => ({
      no: r.request_no,
      title: (r.type_text || aftersalesTypeText(r.type)) + " " + formatPrice(r.amount),
      statusText: r.status_text || aftersalesStatusText(r.status),
    })),
  };
}
