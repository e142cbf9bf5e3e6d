/** Payments and refunds as the back-office API answers them (docs/payments-api.md, Back office). */
export const payment = (paymentNo: string, amount: number, extra: Record<string, unknown> = {}) => ({
  payment_no: paymentNo, user_id: 5, amount, subject: "保温杯", provider: "offline", status: "pending",
  trade_no: "", paid_at: null, created_at: "2026-03-01T02:00:00Z",
  orders: [{ order_no: `O${paymentNo.slice(1)}`, shop_id: 7, amount }], ...extra,
});

export const refund = (refundNo: string, extra: Record<string, unknown> = {}) => ({
  refund_no: refundNo, payment_no: "P2603010001", order_id: 11, order_no: "2603010001", shop_id: 7,
  amount: 1990, reason: "拍错了", status: "succeeded", provider: "offline",
  created_at: "2026-03-02T02:00:00Z", finished_at: "2026-03-02T02:00:05Z", ...extra,
});

export const page = <T>(items: T[]) => ({ items, total: items.length, page: 1, page_size: 20 });
