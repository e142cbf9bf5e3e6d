// Trade pages under test: the extra wx calls they make (tab badge, dialogs, address, media,
// upload, payment) as jest mocks, and API-shaped fixtures of docs/trade-api.md.
function ok(name, result) {
  return jest.fn((options = {}) => {
    const res = Object.assign({ errMsg: name + ":ok" }, typeof result === "function" ? result(options) : result || {});
    if (options.success) options.success(res);
    if (options.complete) options.complete(res);
  });
}

/** Install the trade wx calls; `answers` sets what the modal / action sheet answer. */
function installTradeWx(answers = {}) {
  Object.assign(global.wx, {
    setTabBarBadge: ok("setTabBarBadge"),
    removeTabBarBadge: ok("removeTabBarBadge"),
    navigateBack: ok("navigateBack"),
    showLoading: ok("showLoading"),
    hideLoading: ok("hideLoading"),
    setClipboardData: ok("setClipboardData"),
    showModal: ok("showModal", () => ({ confirm: answers.confirm !== false, cancel: answers.confirm === false })),
    showActionSheet: jest.fn((options) => {
      const index = typeof answers.sheet === "function" ? answers.sheet(options) : answers.sheet;
      if (index === undefined || index < 0) options.fail && options.fail({ errMsg: "showActionSheet:fail cancel" });
      else options.success({ errMsg: "showActionSheet:ok", tapIndex: index });
    }),
  });
  return global.wx;
}

function line(id, extra) {
  return Object.assign(
    {
      id, sku_id: 100 + id, product_id: id, shop_id: 3, title: "商品" + id, image: "/media/c" + id + ".jpg", spec_text: "红 / M",
      unit: 0, unit_name: "件", units: [{ name: "件", factor: 1 }], quantity: 1, unit_price: 1990, added_price: 1990,
      price_changed: false, stock: 10, selected: true, payable: 1990, reason: null,
    },
    extra || {},
  );
}

/** Two shops (优选生鲜: lines 1, 2; 自营旗舰店: line 3), one invalid line (sold out). */
function cart(extra) {
  return Object.assign(
    {
      shops: [
        { shop_id: 3, shop_name: "优选生鲜", self_operated: false, lines: [line(1, { quantity: 2, unit_price: 1790, added_price: 1990, price_changed: true }), line(2, { selected: false })] },
        { shop_id: 4, shop_name: "自营旗舰店", self_operated: true, lines: [line(3, { shop_id: 4, unit_price: 5000, added_price: 4500, price_changed: true })] },
      ],
      invalid: [line(9, { reason: "sold_out", selected: false, stock: 0 })],
      count: 4, selected_count: 3, all_selected: false,
      summary: { goods_total: 8580, discount_total: 500, freight_total: 800, payable: 8880 },
    },
    extra || {},
  );
}

function address(id, extra) {
  return Object.assign(
    { id, name: "张三", phone: "13800138000", province: "浙江省", city: "杭州市", district: "西湖区", detail: "文三路 1 号", postal_code: "", tag: "", is_default: id === 1, created_at: "2026-11-01T00:00:00Z" },
    extra || {},
  );
}

function preview(extra) {
  return Object.assign(
    {
      address: address(1),
      delivery_methods: [{ code: "express", name: "快递配送", enabled: true }, { code: "pickup", name: "到店自提", enabled: false }],
      payment_methods: [{ code: "sandbox", name: "模拟支付" }],
      shops: [
        {
          shop_id: 3, shop_name: "优选生鲜", goods_total: 3980, discount_total: 500, freight_total: 800, payable: 4280,
          lines: [{ sku_id: 12, product_id: 1, title: "纯棉T恤", image: "/media/1.jpg", spec_text: "红 / L", unit: 0, unit_name: "件", quantity: 2, unit_price: 1990, goods: 3980, discount: 500, freight: 800, payable: 4280 }],
        },
      ],
      invalid: [],
      amounts: { goods_total: 3980, freight_total: 800, discounts: [{ source: "full_reduction", name: "满减", amount: 500 }], points_used: 0, points_discount: 0, payable: 4280 },
      deliverable: true, undeliverable: [],
    },
    extra || {},
  );
}

function orderLine(id, extra) {
  return Object.assign(
    { id, sku_id: 12, product_id: 1, title: "纯棉T恤", image: "/media/1.jpg", spec_text: "红 / L", unit_name: "件", quantity: 2, unit_price: 1990, goods: 3980, discount: 0, freight: 0, payable: 3980, shipped_quantity: 0, reviewed: false },
    extra || {},
  );
}

const STATUS = { pending_payment: "待付款", pending_shipment: "待发货", shipped: "待收货", received: "待评价", completed: "已完成", cancelled: "已取消" };

function orderCard(no, status, actions, extra) {
  return Object.assign(
    { order_no: no, shop_id: 3, shop_name: "优选生鲜", status, status_text: STATUS[status], type: "normal", payable: 4280, quantity: 2, lines: [orderLine(1)], created_at: "2026-11-25T02:00:00Z", pay_deadline: "2026-11-25T02:30:00Z", reviewed: false, actions },
    extra || {},
  );
}

function orderDetail(no, status, actions, extra) {
  return Object.assign(orderCard(no, status, actions), {
    payment_no: "P" + no,
    address: { name: "张三", phone: "13800138000", province: "浙江省", city: "杭州市", district: "西湖区", detail: "文三路 1 号" },
    delivery: "express", remark: "请尽快发货", attachments: [], invoice: null,
    amounts: { goods_total: 3980, discount_total: 500, freight_total: 800, points_used: 0, payable: 4280 },
    times: { created_at: "2026-11-25T02:00:00Z", paid_at: status === "pending_payment" ? null : "2026-11-25T02:05:00Z", shipped_at: null, received_at: null, completed_at: null, cancelled_at: null },
    cancel_reason: null, payments: [], refunds: [], shipments: [], latest_event: null, points_earned: 0, auto_confirm_at: null,
  }, extra || {});
}

module.exports = { installTradeWx, line, cart, address, preview, orderLine, orderCard, orderDetail };
