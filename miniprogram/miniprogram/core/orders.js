// 订单 view models and the order actions (docs/trade-api.md, ORD-1…8). Buttons are drawn exactly
// for the `actions` the API sends, in the order it sends them.
import { discountRows, formatPrice, giftsView, priceParts } from "../shared/index.js";
import { mediaUrl } from "./media.js";
import { actionSheet, confirm } from "./dialog.js";
import { toastError } from "./auth.js";
import { skuLineView } from "./sku-line.js";
import { orderApi } from "./trade-api.js";

export const ORDER_TABS = [
  { key: "all", title: "全部" },
  { key: "pending_payment", title: "待付款" },
  { key: "pending_shipment", title: "待发货" },
  { key: "pending_receipt", title: "待收货" },
  { key: "pending_review", title: "待评价" },
];

export const STATUS_TEXT = {
  pending_payment: "待付款",
  pending_audit: "待审核",
  pending_shipment: "待发货",
  partially_shipped: "部分发货",
  shipped: "待收货",
  received: "待评价",
  completed: "已完成",
  cancelled: "已取消",
  closed: "已关闭",
};

export const ACTION_LABELS = {
  pay: "去支付",
  cancel: "取消订单",
  urge: "提醒发货",
  receive: "确认收货",
  logistics: "查看物流",
  review: "评价",
  buy_again: "再次购买",
};

const PRIMARY = { pay: true, receive: true, review: true };

export const CANCEL_REASONS = ["不想要了", "信息填写错误", "商品选错了", "其他原因"];

/** "2026-11-25 18:08" in the shopper's local time, "" for nothing. */
export function formatTime(iso) {
  if (!iso) return "";
  const d = new Date(iso);
  if (isNaN(d.getTime())) return "";
  const p = (n) => (n < 10 ? "0" : "") + n;
  return d.getFullYear() + "-" + p(d.getMonth() + 1) + "-" + p(d.getDate()) + " " + p(d.getHours()) + ":" + p(d.getMinutes());
}

export function actionButtons(actions) {
  return (actions || []).filter((a) => ACTION_LABELS[a]).map((a) => ({ key: a, text: ACTION_LABELS[a], primary: !!PRIMARY[a] }));
}

export function orderLineView(line) {
  return Object.assign(skuLineView(line), {
    quantity: line.quantity,
    price: formatPrice(line.unit_price),
    reviewed: line.reviewed === true,
  });
}

export function orderCardView(card) {
  const payable = priceParts(card.payable);
  return {
    no: card.order_no,
    shopId: card.shop_id,
    shopName: card.shop_name || "",
    status: card.status,
    statusText: card.status_text || STATUS_TEXT[card.status] || "",
    quantity: card.quantity || 0,
    payableYuan: payable.yuan,
    payableFen: payable.fen,
    lines: (card.lines || []).map(orderLineView),
    createdAt: formatTime(card.created_at),
    actions: actionButtons(card.actions),
    canPay: (card.actions || []).indexOf("pay") !== -1,
  };
}

export function orderDetailView(detail) {
  const base = orderCardView(detail);
  const a = detail.address || null;
  const amounts = detail.amounts || {};
  const t = detail.times || {};
  const times = [
    ["下单时间", t.created_at],
    ["付款时间", t.paid_at],
    ["发货时间", t.shipped_at],
    ["收货时间", t.received_at],
    ["完成时间", t.completed_at],
    ["取消时间", t.cancelled_at],
  ]
    .filter((row) => row[1])
    .map((row) => ({ label: row[0], value: formatTime(row[1]) }));
  const rows = [{ label: "商品金额", value: formatPrice(amounts.goods_total || 0) }];
  rows.push({ label: "运费", value: amounts.freight_total ? formatPrice(amounts.freight_total) : "包邮" });
  if (amounts.discount_total) rows.push({ label: "优惠", value: "-" + formatPrice(amounts.discount_total) });
  if (amounts.points_used) rows.push({ label: "积分抵扣", value: amounts.points_used + " 积分" });
  const ev = detail.latest_event;
  return Object.assign(base, {
    paymentNo: detail.payment_no || "",
    address: a && {
      name: a.name,
      phone: a.phone,
      text: [a.province, a.city, a.district, a.detail].filter(Boolean).join(" "),
    },
    remark: detail.remark || "",
    amountRows: rows,
    payable: formatPrice(detail.payable),
    times,
    cancelReason: detail.cancel_reason || "",
    latestEvent: ev ? { text: ev.text, time: formatTime(ev.time) } : null,
    payDeadline: detail.status === "pending_payment" ? formatTime(detail.pay_deadline) : "",
    autoConfirmAt: detail.status === "shipped" ? formatTime(detail.auto_confirm_at) : "",
    invoiceTitle: detail.invoice ? detail.invoice.title || "" : "",
  });
}

/**
 * The order actions of a page (list or detail). The page gives `afterAction(no, answer)` (reload)
 * and optionally `paymentNoOf(no)`.
 */
export const orderActionMethods = {
  onOrderAction(e) {
    const d = e.currentTarget.dataset;
    return this.runOrderAction(d.action, d.no);
  },
  async runOrderAction(action, no) {
    try {
      if (action === "pay") {
        const paymentNo = this.paymentNoOf ? await this.paymentNoOf(no) : (await orderApi.detail(no)).payment_no;
        wx.navigateTo({ url: "/pages/pay/index?payment_no=" + encodeURIComponent(paymentNo) + "&order_no=" + encodeURIComponent(no) });
      } else if (action === "cancel") {
        const index = await actionSheet(CANCEL_REASONS);
        if (index < 0) return;
        const answer = await orderApi.cancel(no, CANCEL_REASONS[index]);
        wx.showToast({ title: "订单已取消", icon: "none" });
        await this.afterAction(no, answer);
      } else if (action === "urge") {
        await orderApi.urge(no);
        wx.showToast({ title: "已提醒商家尽快发货", icon: "none" });
      } else if (action === "receive") {
        if (!(await confirm("请确认已收到商品，确认后订单将完成收货"))) return;
        const answer = await orderApi.receive(no);
        wx.showToast({ title: "已确认收货", icon: "none" });
        await this.afterAction(no, answer);
      } else if (action === "logistics") {
        wx.navigateTo({ url: "/pages/logistics/index?order_no=" + encodeURIComponent(no) });
      } else if (action === "review") {
        wx.navigateTo({ url: "/pages/order-review/index?order_no=" + encodeURIComponent(no) });
      } else if (action === "buy_again") {
        const answer = await orderApi.buyAgain(no);
        const skipped = (answer && answer.skipped && answer.skipped.length) || 0;
        wx.showToast({ title: skipped ? "已加入购物车，" + skipped + " 件商品无法购买" : "已加入购物车", icon: "none" });
        wx.switchTab({ url: "/pages/cart/index" });
      }
    } catch (err) {
      toastError(err);
    }
  },
};

// --- checkout ------------------------------------------------------------------------------------

export function addressText(a) {
  return a ? [a.province, a.city, a.district, a.detail].filter(Boolean).join(" ") : "";
}

/** The checkout preview's view model: discounts by name (满减, 满折, 打包一口价, 优惠券) and each shop's 赠品. */
export function previewView(p) {
  const amounts = p.amounts || {};
  const rows = [{ key: "goods", label: "商品金额", value: formatPrice(amounts.goods_total || 0) }];
  rows.push({ key: "freight", label: "运费", value: amounts.freight_total ? "+" + formatPrice(amounts.freight_total) : "包邮" });
  discountRows(amounts).forEach((d) => rows.push({ key: "d-" + d.key, label: d.name, value: d.text }));
  if (amounts.points_discount) rows.push({ key: "points", label: "积分抵扣", value: "-" + formatPrice(amounts.points_discount) });
  const payable = priceParts(amounts.payable);
  const a = p.address;
  return {
    address: a ? { id: a.id, name: a.name, phone: a.phone, text: addressText(a), isDefault: a.is_default === true } : null,
    deliveryMethods: (p.delivery_methods || []).map((m) => ({ code: m.code, name: m.name, enabled: m.enabled !== false })),
    paymentMethods: (p.payment_methods || []).map((m) => ({ code: m.code, name: m.name })),
    shops: (p.shops || []).map((s) => ({
      id: s.shop_id,
      name: s.shop_name || "",
      lines: (s.lines || []).map((l) => ({
        skuId: l.sku_id,
        title: l.title || "",
        image: mediaUrl(l.image),
        spec: [l.spec_text, l.unit_name].filter(Boolean).join("，"),
        quantity: l.quantity,
        price: formatPrice(l.unit_price),
      })),
      freight: s.freight_total ? formatPrice(s.freight_total) : "包邮",
      payable: formatPrice(s.payable),
      gifts: giftsView(s.gifts),
    })),
    invalidCount: (p.invalid || []).length,
    deliverable: p.deliverable !== false && !(p.undeliverable || []).length,
    amountRows: rows,
    payableYuan: payable.yuan,
    payableFen: payable.fen,
    payable: amounts.payable,
  };
}

export function emptyInvoice() {
  return {
    kind: "normal",
    title_type: "personal",
    title: "",
    tax_number: "",
    content: "detail",
    email: "",
    vat: { address: "", phone: "", bank: "", account: "" },
  };
}

/** An invoice form → [Invoice, null] or [null, 「the problem」]. */
export function invoicePayload(form) {
  const f = form || emptyInvoice();
  if (!f.title) return [null, "请填写发票抬头"];
  const company = f.title_type === "company";
  if (f.kind === "vat_special" && !company) return [null, "增值税专用发票需要单位抬头"];
  if (company && !f.tax_number) return [null, "请填写纳税人识别号"];
  const out = {
    kind: f.kind,
    title_type: f.title_type,
    title: f.title,
    tax_number: company ? f.tax_number : "",
    content: f.content,
    email: f.email || "",
    vat: null,
    mailing_address: null,
  };
  if (f.kind === "vat_special") {
    const v = f.vat || {};
    if (!v.address || !v.phone || !v.bank || !v.account) return [null, "请填写完整的专票信息（地址、电话、开户行、账号）"];
    out.vat = { address: v.address, phone: v.phone, bank: v.bank, account: v.account };
  }
  return [out, null];
}
