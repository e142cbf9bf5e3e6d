/** Orders as the back-office API answers them (docs/trade-api.md, Back office). */
import { flushPromises } from "@vue/test-utils";

export const line = (id: number, title: string, quantity: number, shipped = 0, extra: Record<string, unknown> = {}) => ({
  id, sku_id: id * 10, product_id: id * 100, title, image: `https://img.test/${id}.jpg`, spec_text: "默认",
  unit_name: "件", quantity, unit_price: 1990, goods: 1990 * quantity, discount: 0, freight: 0,
  payable: 1990 * quantity, shipped_quantity: shipped, reviewed: false, ...extra,
});

export const row = (orderNo: string, status: string, extra: Record<string, unknown> = {}) => ({
  order_no: orderNo, shop_id: 7, shop_name: "鲜果坊", buyer: { id: 5, nickname: "小李", phone: "138****0005" },
  status, status_text: "", payable: 6780, quantity: 3,
  lines: [line(1, "红富士苹果", 2), line(2, "赣南脐橙", 1)],
  created_at: "2026-03-01T02:00:00Z", paid_at: "2026-03-01T02:05:00Z", urged_at: null, ...extra,
});

export const detail = (extra: Record<string, unknown> = {}) => ({
  ...row("202603010001", "partially_shipped", { status_text: "部分发货" }),
  type: "normal", payment_no: "P202603010001",
  lines: [line(1, "红富士苹果", 3, 1), line(2, "赣南脐橙", 2, 0), line(3, "库尔勒香梨", 1, 1)],
  address: { name: "张三", phone: "13800000000", province: "浙江省", city: "杭州市", district: "西湖区", detail: "文三路 1 号" },
  delivery: "express", remark: "请尽快发货", attachments: [],
  invoice: { kind: "normal", title_type: "company", title: "杭州某某科技有限公司", tax_number: "91330100MA2XXXXX", content: "detail", email: "a@b.cn", vat: null, mailing_address: null },
  amounts: { goods_total: 11940, discount_total: 500, freight_total: 800, points_used: 0, payable: 12240 },
  times: { created_at: "2026-03-01T02:00:00Z", paid_at: "2026-03-01T02:05:00Z", shipped_at: "2026-03-01T06:00:00Z", received_at: null, completed_at: null, cancelled_at: null },
  cancel_reason: "",
  payments: [{ payment_no: "P202603010001", provider: "sandbox", amount: 12240, status: "paid", paid_at: "2026-03-01T02:05:00Z" }],
  refunds: [{ refund_no: "R1", amount: 500, status: "succeeded", created_at: "2026-03-02T00:00:00Z" }],
  shipments: [{ id: 31, carrier_name: "顺丰速运", tracking_no: "SF1234567890", items: [{ line_id: 1, quantity: 1 }, { line_id: 3, quantity: 1 }], last_event: { time: "2026-03-01T08:00:00Z", text: "已揽收", location: "杭州" }, created_at: "2026-03-01T06:00:00Z" }],
  latest_event: null, points_earned: 0, auto_confirm_at: null, urged_at: "2026-03-01T05:00:00Z",
  timeline: [
    { event: "create", from_state: null, to_state: "pending_payment", actor: "consumer:5", note: "", at: "2026-03-01T02:00:00Z" },
    { event: "pay", from_state: "pending_payment", to_state: "pending_shipment", actor: "payment", note: "", at: "2026-03-01T02:05:00Z" },
    { event: "ship_part", from_state: "pending_shipment", to_state: "partially_shipped", actor: "staff:2", note: "第一包", at: "2026-03-01T06:00:00Z" },
  ],
  ...extra,
});

export const carriers = {
  items: [
    { code: "SF", name: "顺丰速运", phone: "95338", website: "https://www.sf-express.com" },
    { code: "YTO", name: "圆通速递", phone: "95554", website: "https://www.yto.net.cn" },
  ],
};

/** Typing into an Element Plus input or textarea (the data-test may sit on it or its wrapper). */
export async function typeInto(selector: string, value: string) {
  const found = document.querySelector<HTMLElement>(selector)!;
  const input = (
    found instanceof HTMLInputElement || found instanceof HTMLTextAreaElement ? found : found.querySelector("input, textarea")
  )! as HTMLInputElement | HTMLTextAreaElement;
  input.value = value;
  input.dispatchEvent(new Event("input"));
  input.dispatchEvent(new Event("change"));
  input.dispatchEvent(new FocusEvent("blur"));
  await flushPromises();
}

export function visible(selector: string): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>(selector)].filter((el) => el.style.display !== "none");
}
