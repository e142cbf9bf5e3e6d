/** After-sales requests as the back-office API answers them (docs/aftersales-api.md, Back office). */
export const item = (lineId: number, title: string, quantity: number, amount: number, extra: Record<string, unknown> = {}) => ({
  line_id: lineId, quantity, amount, line_quantity: 3, title, image: `https://img.test/${lineId}.jpg`, spec_text: "5斤装",
  unit_price: 1990, ...extra,
});

export const card = (requestNo: string, status: string, extra: Record<string, unknown> = {}) => ({
  request_no: requestNo, order_no: "202603010001", shop_id: 7, type: "refund_only", type_text: "仅退款",
  status, status_text: "", reason: "商品破损", amount: 3980, requested_amount: 3980, quantity: 2,
  items: [item(1, "红富士苹果", 2, 3980)], created_at: "2026-03-02T02:00:00Z",
  actions: status === "requested" ? ["approve", "reject"] : [], buyer_id: 5, ...extra,
});

export const detailOf = (requestNo: string, status: string, extra: Record<string, unknown> = {}) => ({
  ...card(requestNo, status),
  description: "收到时有两个压坏了", images: ["https://img.test/e1.jpg", "https://img.test/e2.jpg"], freight: 0,
  whole_order: false, reject_reason: "", return_logistics: null, last_error: "",
  times: { created_at: "2026-03-02T02:00:00Z", approved_at: null, return_shipped_at: null, return_received_at: null, refunded_at: null, ended_at: null },
  return_deadline: null, auto_receive_at: null, refunds: [],
  timeline: [
    { event: "request", text: "买家申请仅退款", from_state: "", to_state: "requested", actor: "consumer:5", role: "buyer", note: "收到时有两个压坏了", images: [], data: { amount: 3980 }, at: "2026-03-02T02:00:00Z" },
  ],
  ...extra,
});

/** A return-and-refund the buyer has shipped back, waiting for the merchant. */
export const returning = (requestNo = "A2603020002") =>
  detailOf(requestNo, "returning", {
    type: "return_refund", type_text: "退货退款", status_text: "买家已退货，待商家收货", actions: ["receive", "refuse_receipt"],
    return_logistics: { carrier_code: "SF", carrier_name: "顺丰速运", tracking_no: "SF9876543210" },
    times: { created_at: "2026-03-02T02:00:00Z", approved_at: "2026-03-02T03:00:00Z", return_shipped_at: "2026-03-03T01:00:00Z", return_received_at: null, refunded_at: null, ended_at: null },
    auto_receive_at: "2026-03-13T01:00:00Z",
    timeline: [
      { event: "request", text: "买家申请退货退款", from_state: "", to_state: "requested", actor: "consumer:5", role: "buyer", note: "", images: [], data: { amount: 3980 }, at: "2026-03-02T02:00:00Z" },
      { event: "approve", text: "商家同意退货", from_state: "requested", to_state: "awaiting_return", actor: "staff:3", role: "merchant", note: "请寄回", images: [], data: { amount: 3000 }, at: "2026-03-02T03:00:00Z" },
      { event: "ship_return", text: "买家寄回商品", from_state: "awaiting_return", to_state: "returning", actor: "consumer:5", role: "buyer", note: "", images: ["https://img.test/parcel.jpg"], data: { carrier_name: "顺丰速运", tracking_no: "SF9876543210" }, at: "2026-03-03T01:00:00Z" },
    ],
  });

export const page = <T>(items: T[]) => ({ items, total: items.length, page: 1, page_size: 20 });
