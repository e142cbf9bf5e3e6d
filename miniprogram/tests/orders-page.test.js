// 我的订单 / 订单详情 / 物流 / 评价 (docs/trade-api.md, ORD-1…8): tabs with counts and keyword search,
// the detail, buttons exactly per `actions`, and each action's request.
const { installWx, flush } = require("./helpers/wx.js");
const { serve, openPage, update, signIn } = require("./helpers/catalog.js");
const { installTradeWx, orderCard, orderDetail, orderLine } = require("./helpers/trade.js");

const text = (node) => node.dom.textContent.replace(/\s+/g, " ").trim();
const COUNTS = { pending_payment: 2, pending_shipment: 1, pending_receipt: 0, pending_review: 3 };

beforeEach(() => {
  installWx();
  installTradeWx();
  require("../miniprogram/core/api.js").resetClient();
  signIn();
});

function list(items) {
  return { items, total: items.length, page: 1, page_size: 10 };
}

describe("我的订单", () => {
  test("[ORD-1] tabs with counts, a tab asks GET /orders?tab=, the keyword searches product titles, each card shows its actions", async () => {
    const calls = serve({
      "GET /orders/counts": () => COUNTS,
      "GET /orders": (req) =>
        list(req.query.keyword === "袜子" ? [] : [orderCard("O1", "pending_payment", ["pay", "cancel"]), orderCard("O2", "shipped", ["logistics", "receive"])]),
    });
    const comp = await openPage("pages/orders/index", { tab: "pending_payment" });
    expect(comp.querySelectorAll(".tab").map(text)).toEqual(["全部", "待付款2", "待发货1", "待收货", "待评价3"]);
    expect(comp.querySelector(".tab--active").dom.textContent).toContain("待付款");
    expect(calls.find((c) => c.path === "/orders").query).toMatchObject({ tab: "pending_payment", page: "1" });

    const cards = comp.querySelectorAll(".order");
    expect(cards).toHaveLength(2);
    expect(text(cards[0])).toContain("优选生鲜");
    expect(text(cards[0])).toContain("待付款");
    expect(text(cards[0])).toContain("共 2 件 实付 ¥42.80");
    expect(text(cards[0])).toContain("去支付");
    expect(text(cards[0])).toContain("取消订单");
    expect(text(cards[0])).not.toContain("确认收货");
    expect(text(cards[1])).toContain("查看物流");
    expect(text(cards[1])).toContain("确认收货");
    expect(text(cards[1])).not.toContain("去支付");
    expect(comp.instance.data.items.map((o) => o.actions.map((a) => a.key))).toEqual([["pay", "cancel"], ["logistics", "receive"]]);

    comp.querySelectorAll(".tab")[4].dispatchEvent("tap");
    await flush(100);
    expect(calls.filter((c) => c.path === "/orders").pop().query.tab).toBe("pending_review");

    await update(comp, comp.instance.onSearch({ detail: { value: " 袜子 " } }));
    expect(calls.filter((c) => c.path === "/orders").pop().query).toMatchObject({ tab: "pending_review", keyword: "袜子" });
    expect(text(comp)).toContain("没有找到相关订单");

  });

  test("[ORD-1] signed out nothing is asked; a failed list shows the message", async () => {
    wx.removeStorageSync("auth_token");
    const calls = serve({});
    const comp = await openPage("pages/orders/index", {});
    expect(calls).toHaveLength(0);
    expect(text(comp)).toContain("登录后查看订单");
    signIn();
    serve({ "GET /orders": () => ({ httpStatus: 400, data: { error: { code: "bad_tab", message: "未知的订单分类" } } }), "GET /orders/counts": () => COUNTS });
    const broken = await openPage("pages/orders/index", {});
    expect(text(broken)).toContain("未知的订单分类");
  });

  test("[ORD-2] the detail: status, address, lines, amounts, times, latest event and exactly its actions", async () => {
    serve({
      "GET /orders/O3": () =>
        orderDetail("O3", "shipped", ["logistics", "receive", "buy_again"], {
          latest_event: { time: "2026-11-25T06:00:00Z", text: "快件已到达杭州转运中心", location: "杭州" },
          times: { created_at: "2026-11-25T02:00:00Z", paid_at: "2026-11-25T02:05:00Z", shipped_at: "2026-11-25T04:00:00Z" },
        }),
    });
    const comp = await openPage("pages/order/index", { order_no: "O3" });
    expect(text(comp.querySelector(".status"))).toContain("待收货");
    expect(text(comp.querySelector(".event"))).toContain("快件已到达杭州转运中心");
    expect(text(comp.querySelector(".address"))).toContain("张三 13800138000");
    expect(text(comp.querySelector(".address"))).toContain("浙江省 杭州市 西湖区 文三路 1 号");
    const lines = text(comp.querySelector(".lines"));
    expect(lines).toContain("纯棉T恤");
    expect(lines).toContain("商品金额¥39.80");
    expect(lines).toContain("运费¥8.00");
    expect(lines).toContain("优惠-¥5.00");
    expect(lines).toContain("实付款¥42.80");
    const info = text(comp.querySelector(".info"));
    expect(info).toContain("O3");
    expect(info).toContain("请尽快发货");
    expect(info).toContain("付款时间");
    expect(info).toContain("发货时间");
    expect(info).not.toContain("取消时间");
    expect(text(comp.querySelector(".bar"))).toBe("申请售后查看物流确认收货再次购买"); // 申请售后: a paid order with units not yet asked for (AS-3)
  });

  test("[ORD-3] 去支付 opens the cashier with the order's payment; 取消订单 asks a reason and shows the cancelled order", async () => {
    let detail = orderDetail("O1", "pending_payment", ["pay", "cancel"]);
    installTradeWx({ sheet: 1 });
    const calls = serve({
      "GET /orders/O1": () => detail,
      "POST /orders/O1/cancel": (req) => (detail = orderDetail("O1", "cancelled", ["buy_again"], { cancel_reason: req.body.reason })),
    });
    const comp = await openPage("pages/order/index", { order_no: "O1" });
    expect(text(comp.querySelector(".bar"))).toBe("去支付取消订单");
    await comp.instance.onOrderAction({ currentTarget: { dataset: { action: "pay", no: "O1" } } });
    expect(wx.navigateTo).toHaveBeenLastCalledWith(expect.objectContaining({ url: "/pages/pay/index?payment_no=PO1&order_no=O1" }));

    await update(comp, comp.instance.onOrderAction({ currentTarget: { dataset: { action: "cancel", no: "O1" } } }));
    expect(calls.find((c) => c.path === "/orders/O1/cancel").body).toEqual({ reason: "信息填写错误" });
    expect(text(comp.querySelector(".status"))).toContain("已取消");
    expect(text(comp.querySelector(".status"))).toContain("取消原因：信息填写错误");
    expect(text(comp.querySelector(".bar"))).toBe("再次购买");

    // from the list, 去支付 looks the payment up first
    serve({ "GET /orders/counts": () => COUNTS, "GET /orders": () => list([orderCard("O1", "pending_payment", ["pay"])]), "GET /orders/O1": () => orderDetail("O1", "pending_payment", ["pay"]) });
    const listPage = await openPage("pages/orders/index", {});
    await listPage.instance.onOrderAction({ currentTarget: { dataset: { action: "pay", no: "O1" } } });
    expect(wx.navigateTo).toHaveBeenLastCalledWith(expect.objectContaining({ url: "/pages/pay/index?payment_no=PO1&order_no=O1" }));
  });

  test("[ORD-4] 提醒发货 POSTs urge; a second urge within 24 h shows the API's message", async () => {
    let urged = false;
    const calls = serve({
      "GET /orders/O2": () => orderDetail("O2", "pending_shipment", ["urge", "cancel"]),
      "POST /orders/O2/urge": () => {
        if (urged) return { httpStatus: 409, data: { error: { code: "already_urged", message: "已提醒过商家，请 24 小时后再试" } } };
        urged = true;
        return { urged_at: "2026-11-25T03:00:00Z" };
      },
    });
    const comp = await openPage("pages/order/index", { order_no: "O2" });
    expect(text(comp.querySelector(".bar"))).toBe("申请售后提醒发货取消订单");
    await comp.instance.onOrderAction({ currentTarget: { dataset: { action: "urge", no: "O2" } } });
    expect(wx.showToast).toHaveBeenLastCalledWith({ title: "已提醒商家尽快发货", icon: "none" });
    await comp.instance.onOrderAction({ currentTarget: { dataset: { action: "urge", no: "O2" } } });
    expect(wx.showToast).toHaveBeenLastCalledWith({ title: "已提醒过商家，请 24 小时后再试", icon: "none" });
    expect(calls.filter((c) => c.path === "/orders/O2/urge")).toHaveLength(2);
  });

  test("[ORD-5] logistics: every shipment with carrier, tracking number and events newest first", async () => {
    serve({
      "GET /orders/O3/logistics": () => ({
        shipments: [
          { id: 1, carrier_name: "顺丰速运", tracking_no: "SF1001", status: "in_transit", items: [{ line_id: 1, quantity: 1 }], events: [
            { time: "2026-11-25T04:00:00Z", text: "商家已发货", location: "杭州" },
            { time: "2026-11-25T06:00:00Z", text: "快件已到达杭州转运中心", location: "杭州" },
          ] },
          { id: 2, carrier_name: "中通快递", tracking_no: "ZT2002", status: "pending", items: [{ line_id: 1, quantity: 1 }], events: [] },
        ],
      }),
    });
    const comp = await openPage("pages/logistics/index", { order_no: "O3" });
    const shipments = comp.querySelectorAll(".shipment");
    expect(shipments).toHaveLength(2);
    expect(text(shipments[0])).toContain("包裹1");
    expect(text(shipments[0])).toContain("顺丰速运");
    expect(text(shipments[0])).toContain("运单号 SF1001");
    expect(text(shipments[1])).toContain("暂无物流轨迹");
    expect(comp.querySelectorAll(".event__text").map(text)).toEqual(["快件已到达杭州转运中心", "商家已发货"]);

    serve({ "GET /orders/O4/logistics": () => ({ shipments: [] }) });
    const none = await openPage("pages/logistics/index", { order_no: "O4" });
    expect(text(none)).toContain("暂无物流信息");
  });

  test("[ORD-6] 确认收货 asks first, then POST receive shows the received order", async () => {
    let detail = orderDetail("O3", "shipped", ["logistics", "receive"]);
    const calls = serve({
      "GET /orders/O3": () => detail,
      "POST /orders/O3/receive": () => (detail = orderDetail("O3", "received", ["review", "buy_again"])),
    });
    installTradeWx({ confirm: false });
    const comp = await openPage("pages/order/index", { order_no: "O3" });
    await comp.instance.onOrderAction({ currentTarget: { dataset: { action: "receive", no: "O3" } } });
    expect(calls.some((c) => c.path === "/orders/O3/receive")).toBe(false);

    installTradeWx({ confirm: true });
    await update(comp, comp.instance.onOrderAction({ currentTarget: { dataset: { action: "receive", no: "O3" } } }));
    expect(calls.filter((c) => c.path === "/orders/O3/receive")).toHaveLength(1);
    expect(text(comp.querySelector(".status"))).toContain("待评价");
    expect(text(comp.querySelector(".bar"))).toBe("申请售后评价再次购买");
    await comp.instance.onOrderAction({ currentTarget: { dataset: { action: "review", no: "O3" } } });
    expect(wx.navigateTo).toHaveBeenLastCalledWith(expect.objectContaining({ url: "/pages/order-review/index?order_no=O3" }));
  });

  test("[ORD-7] review: stars, text and uploaded images per line, a logistics rating; POST /orders/{no}/reviews", async () => {
    wx.chooseMedia = jest.fn((o) => o.success({ tempFiles: [{ tempFilePath: "wxfile://a.jpg" }, { tempFilePath: "wxfile://b.jpg" }] }));
    wx.uploadFile = jest.fn((o) => o.success({ statusCode: 201, data: JSON.stringify({ url: "/media/reviews/" + o.filePath.slice(9) }) }));
    const calls = serve({
      "GET /orders/O5": () => orderDetail("O5", "received", ["review"], { lines: [orderLine(1), orderLine(2, { title: "运动袜", reviewed: true }), orderLine(3, { title: "帆布鞋" })] }),
      "POST /orders/O5/reviews": () => ({ httpStatus: 201, data: orderDetail("O5", "completed", ["buy_again"]) }),
    });
    const comp = await openPage("pages/order-review/index", { order_no: "O5" });
    const items = comp.querySelectorAll(".item");
    expect(items).toHaveLength(2); // the reviewed line is left out
    expect(text(items[1])).toContain("帆布鞋");
    expect(text(comp)).not.toContain("运动袜");

    comp.instance.onRating({ currentTarget: { dataset: { index: 0 } }, detail: 4 });
    comp.instance.onContent({ currentTarget: { dataset: { index: 0 } }, detail: { value: " 很舒服 " } });
    await comp.instance.onAddImages({ currentTarget: { dataset: { index: 0 } } });
    expect(wx.chooseMedia.mock.calls[0][0]).toMatchObject({ count: 6, mediaType: ["image"] });
    expect(wx.uploadFile.mock.calls[0][0]).toMatchObject({ url: "http://127.0.0.1:8000/api/v1/uploads/images", name: "file", header: { Authorization: "Bearer consumer-token" } });
    comp.instance.onRemoveImage({ currentTarget: { dataset: { index: 0, image: 1 } } });
    comp.instance.onLogistics({ detail: 3 });
    comp.instance.onAnonymous();
    await flush(10);
    expect(comp.querySelectorAll(".image__img")).toHaveLength(1);
    expect(comp.querySelectorAll(".rating__text").map(text)).toEqual(["好", "非常好", "一般"]);

    await comp.instance.onSubmit();
    expect(calls.find((c) => c.method === "POST").body).toEqual({
      items: [
        { line_id: 1, rating: 4, content: "很舒服", images: ["/media/reviews/a.jpg"] },
        { line_id: 3, rating: 5, content: "", images: [] },
      ],
      logistics_rating: 3,
      anonymous: true,
    });
    expect(wx.redirectTo).toHaveBeenLastCalledWith(expect.objectContaining({ url: "/pages/order/index?order_no=O5" }));
  });

  test("[ORD-8] 再次购买 POSTs buy-again, says what was skipped and opens the cart", async () => {
    const calls = serve({
      "GET /orders/O6": () => orderDetail("O6", "completed", ["buy_again"]),
      "POST /orders/O6/buy-again": () => ({ added: 1, skipped: [{ sku_id: 13, reason: "sold_out" }], cart_line_ids: [21] }),
    });
    const comp = await openPage("pages/order/index", { order_no: "O6" });
    expect(text(comp.querySelector(".bar"))).toBe("申请售后再次购买");
    await comp.instance.onOrderAction({ currentTarget: { dataset: { action: "buy_again", no: "O6" } } });
    expect(calls.filter((c) => c.path === "/orders/O6/buy-again")).toHaveLength(1);
    expect(wx.showToast).toHaveBeenLastCalledWith({ title: "已加入购物车，1 件商品无法购买", icon: "none" });
    expect(wx.switchTab).toHaveBeenLastCalledWith(expect.objectContaining({ url: "/pages/cart/index" }));
  });

  test("[ORD-1] 我的: order shortcuts with counts open the list on their tab", async () => {
    serve({ "GET /orders/counts": () => COUNTS, "GET /cart/count": () => ({ count: 0 }) });
    const comp = await openPage("pages/me/index", {});
    expect(comp.querySelectorAll(".shortcut").map(text)).toEqual(["2待付款", "1待发货", "待收货", "3待评价"]);
    comp.querySelectorAll(".shortcut")[3].dispatchEvent("tap");
    await flush(10);
    expect(wx.navigateTo).toHaveBeenLastCalledWith(expect.objectContaining({ url: "/pages/orders/index?tab=pending_review" }));
  });
});
