// 消息中心 (MEM-7), 通知设置 and subscribe-message consent (MSG-4), the 我的 tab's red dot
// (chat + notices) — backend/messaging/notifications_api.py.
const { installWx, flush } = require("./helpers/wx.js");
const { serve, openPage, update, signIn } = require("./helpers/catalog.js");
const { installTradeWx } = require("./helpers/trade.js");

const text = (node) => node.dom.textContent.replace(/\s+/g, " ").trim();
const TYPES = ["order", "logistics", "refund", "promotion", "system"];
const { config } = require("../miniprogram/config.js");
const TEMPLATES = Object.assign({}, config.subscribeTemplates);

function notice(id, type, read, extra) {
  return Object.assign(
    { id, type, event: "order_paid", title: "通知" + id, body: "您的订单P" + id + "已支付成功", link: "/order/P" + id, read: !!read, read_at: read ? "2026-11-20T00:00:00Z" : null, created_at: "2026-11-20T02:00:00Z" },
    extra || {},
  );
}

/** The centre's endpoints over rows that reading changes (+ chat unread, counts). */
function centre(rows, extra) {
  const badge = () => ({
    total: rows.filter((r) => !r.read).length,
    by_type: Object.fromEntries(TYPES.map((t) => [t, rows.filter((r) => r.type === t && !r.read).length])),
  });
  return serve(Object.assign({
    "GET /me/notifications": (req) => {
      const items = rows.filter((r) => !req.query.type || r.type === req.query.type);
      return { items, total: items.length, page: 1, page_size: 20 };
    },
    "GET /me/notifications/badge": badge,
    "POST /me/notifications/\\d+/read": (req) => {
      const row = rows.find((r) => "/me/notifications/" + r.id + "/read" === req.path);
      row.read = true;
      return Object.assign({}, row);
    },
    "POST /me/notifications/read-all": (req) => {
      let marked = 0;
      rows.forEach((r) => {
        if (!r.read && (!req.body.type || r.type === req.body.type)) { r.read = true; marked++; }
      });
      return { marked };
    },
    "GET /chat/unread": () => ({ total: 0, conversations: [] }),
    "GET /orders/counts": () => ({}),
    "GET /cart/count": () => ({ count: 0 }),
  }, extra || {}));
}

function installTabWx() {
  installTradeWx();
  wx.showTabBarRedDot = jest.fn();
  wx.hideTabBarRedDot = jest.fn();
  wx.stopPullDownRefresh = jest.fn();
}

beforeEach(() => {
  installWx();
  installTabWx();
  require("../miniprogram/core/api.js").resetClient();
  require("../miniprogram/core/notify.js").resetUnread();
  Object.assign(config.subscribeTemplates, TEMPLATES);
  signIn();
});

describe("消息中心", () => {
  test("[MEM-7] lists notices newest first with unread ones marked, tabs with their counts", async () => {
    const calls = centre([notice(3, "order"), notice(2, "logistics", false, { title: "订单已发货" }), notice(1, "order", true)]);
    const comp = await openPage("pages/messages/index", {});
    const items = comp.querySelectorAll(".notice");
    expect(items).toHaveLength(3);
    expect(items.map((n) => n.dom.className.includes("notice--unread"))).toEqual([true, true, false]);
    expect(text(comp.querySelector(".bar__count"))).toBe("2 条未读");
    const tabs = comp.querySelectorAll(".tab");
    expect(tabs.map(text)).toEqual(["全部", "订单1", "物流1", "退款", "优惠", "系统"]);
    tabs[2].dispatchEvent("tap");
    await update(comp, flush(50));
    expect(calls.filter((c) => c.path === "/me/notifications").pop().query.type).toBe("logistics");
    expect(comp.querySelectorAll(".notice").map(text)).toEqual([expect.stringContaining("订单已发货")]);
  });

  test("[MEM-7] marks a notice read and the badge drops by one; its page opens", async () => {
    const calls = centre([notice(7, "order"), notice(6, "logistics", false, { link: "/order/P6/logistics" })]);
    const comp = await openPage("pages/messages/index", {});
    expect(comp.instance.data.unread).toBe(2);
    comp.querySelectorAll(".notice")[0].dispatchEvent("tap");
    await update(comp, flush(50));
    expect(calls.some((c) => c.method === "POST" && c.path === "/me/notifications/7/read")).toBe(true);
    expect(comp.instance.data.unread).toBe(1);
    expect(comp.querySelectorAll(".notice")[0].dom.className).not.toContain("notice--unread");
    expect(wx.navigateTo).toHaveBeenLastCalledWith(expect.objectContaining({ url: "/pages/order/index?order_no=P7" }));
    comp.querySelectorAll(".notice")[1].dispatchEvent("tap");
    await update(comp, flush(50));
    expect(wx.navigateTo).toHaveBeenLastCalledWith(expect.objectContaining({ url: "/pages/logistics/index?order_no=P6" }));
    expect(wx.hideTabBarRedDot).toHaveBeenLastCalledWith(expect.objectContaining({ index: 3 }));
  });

  test("[MEM-7] 全部已读 marks every notice and turns the red dot off", async () => {
    centre([notice(2, "order"), notice(1, "refund")]);
    const comp = await openPage("pages/messages/index", {});
    await update(comp, comp.instance.onReadAll());
    expect(comp.querySelectorAll(".notice").every((n) => !n.dom.className.includes("notice--unread"))).toBe(true);
    expect(text(comp.querySelector(".bar__count"))).toBe("没有未读消息");
    expect(wx.hideTabBarRedDot).toHaveBeenCalled();
  });

  test("[MEM-7] empty, signed out, and the server's message on failure", async () => {
    centre([]);
    let comp = await openPage("pages/messages/index", {});
    expect(text(comp)).toContain("暂无消息");
    serve({ "GET /me/notifications": () => ({ httpStatus: 500, data: { error: { code: "internal_error", message: "服务繁忙，请稍后再试" } } }) });
    comp = await openPage("pages/messages/index", {});
    expect(comp.instance.data.state).toBe("error");
    wx.removeStorageSync("auth_token");
    const calls = serve({});
    comp = await openPage("pages/messages/index", {});
    expect(comp.instance.data.state).toBe("signin");
    expect(calls).toHaveLength(0);
  });
});

describe("the 我的 red dot", () => {
  test("[MEM-7] 我的 shows 消息中心's count and the tab's red dot is chat + notices", async () => {
    centre([notice(1, "order")], { "GET /chat/unread": () => ({ total: 2, conversations: [{ id: 5, shop_id: null, unread: 2 }] }) });
    const me = await openPage("pages/me/index", {});
    expect(text(me.querySelector(".me__messages-unread"))).toBe("1");
    expect(text(me.querySelector(".me__chat-unread"))).toBe("2");
    expect(require("../miniprogram/core/notify.js").unreadTotal().total()).toBe(3);
    expect(wx.showTabBarRedDot).toHaveBeenLastCalledWith(expect.objectContaining({ index: 3 }));
    const wxml = require("fs").readFileSync(require("path").join(__dirname, "../miniprogram/pages/me/index.wxml"), "utf8");
    expect(wxml).toContain('url="/pages/messages/index"');
  });

  test("[MEM-7] nothing unread: the dot is off", async () => {
    centre([notice(1, "order", true)]);
    await openPage("pages/me/index", {});
    expect(wx.showTabBarRedDot).not.toHaveBeenCalled();
    expect(wx.hideTabBarRedDot).toHaveBeenLastCalledWith(expect.objectContaining({ index: 3 }));
  });
});

describe("通知设置", () => {
  const switches = () => ({
    items: [
      { type: "order", name: "订单通知", in_app: true, push: true, sms: false, subscribe: true },
      { type: "promotion", name: "优惠活动", in_app: true, push: false, sms: false, subscribe: false },
    ],
  });

  test("[MSG-4] a group per type: 站内信 locked on, a switch saves only itself", async () => {
    const calls = serve({
      "GET /me/notification-settings": switches,
      "PUT /me/notification-settings": (req) => {
        const s = switches();
        Object.assign(s.items[0], req.body.items[0]);
        return s;
      },
    });
    const comp = await openPage("pages/notification-settings/index", {});
    expect(text(comp)).toContain("订单通知");
    expect(text(comp)).toContain("消息中心始终保留，不可关闭");
    const order = comp.instance.data.rows[0];
    expect(order.channels.map((c) => [c.name, c.on, c.locked])).toEqual([
      ["站内信", true, true], ["推送通知", true, false], ["短信", false, false], ["微信订阅消息", true, false],
    ]);
    await update(comp, comp.instance.onSwitch({ currentTarget: { dataset: { type: "order", channel: "sms" } }, detail: true }));
    expect(calls.find((c) => c.method === "PUT").body).toEqual({ items: [{ type: "order", sms: true }] });
    expect(comp.instance.data.rows[0].channels[2].on).toBe(true);
  });

  test("[MSG-4] a refused switch goes back with the server's message", async () => {
    serve({
      "GET /me/notification-settings": switches,
      "PUT /me/notification-settings": () => ({ httpStatus: 422, data: { error: { code: "validation_failed", message: "提交的内容有误" } } }),
    });
    const comp = await openPage("pages/notification-settings/index", {});
    await update(comp, comp.instance.onSwitch({ currentTarget: { dataset: { type: "promotion", channel: "push" } }, detail: true }));
    expect(comp.instance.data.rows[1].channels[1].on).toBe(false);
    expect(wx.showToast).toHaveBeenLastCalledWith(expect.objectContaining({ title: "提交的内容有误" }));
  });
});

describe("subscribe-message consent", () => {
  test("[MSG-4] before paying, the configured templates are asked for in the tap; the payment goes on", async () => {
    Object.assign(config.subscribeTemplates, { order_paid: "TPL_PAID", order_shipped: "TPL_SHIP", refund_succeeded: "" });
    installTradeWx({ sheet: 2 });
    wx.requestSubscribeMessage = jest.fn((o) => o.success({ TPL_PAID: "accept", TPL_SHIP: "reject" }));
    const calls = serve({
      "GET /payments/P1": () => ({ payment_no: "P1", amount: 4280, status: "pending", method: "sandbox" }),
      "POST /payments/P1/pay": () => ({ provider: "sandbox", payment_no: "P1", amount: 4280 }),
    });
    const comp = await openPage("pages/pay/index", { payment_no: "P1", amount: "4280", order_no: "O1" });
    const paying = comp.instance.onPay();
    // asked synchronously, inside the tap, before the pay request
    expect(wx.requestSubscribeMessage).toHaveBeenCalledWith(expect.objectContaining({ tmplIds: ["TPL_PAID", "TPL_SHIP"] }));
    expect(calls.some((c) => c.path === "/payments/P1/pay")).toBe(false);
    await update(comp, paying);
    expect(calls.some((c) => c.path === "/payments/P1/pay")).toBe(true);
  });

  test("[MSG-4] refused or no templates configured: nothing blocks paying", async () => {
    installTradeWx({ sheet: 2 });
    wx.requestSubscribeMessage = jest.fn((o) => o.fail({ errMsg: "requestSubscribeMessage:fail cancel" }));
    const calls = serve({
      "GET /payments/P1": () => ({ payment_no: "P1", amount: 4280, status: "pending", method: "sandbox" }),
      "POST /payments/P1/pay": () => ({ provider: "sandbox", payment_no: "P1", amount: 4280 }),
    });
    const comp = await openPage("pages/pay/index", { payment_no: "P1", amount: "4280", order_no: "O1" });
    await update(comp, comp.instance.onPay());
    expect(wx.requestSubscribeMessage).not.toHaveBeenCalled(); // no ids in config
    Object.assign(config.subscribeTemplates, { order_paid: "TPL_PAID" });
    await update(comp, comp.instance.onPay());
    expect(wx.requestSubscribeMessage).toHaveBeenCalledTimes(1);
    expect(calls.filter((c) => c.path === "/payments/P1/pay")).toHaveLength(2);
  });

  test("[MSG-4] 消息中心 offers 订阅消息提醒 only when templates are configured", async () => {
    centre([]);
    let comp = await openPage("pages/messages/index", {});
    expect(comp.querySelector(".subscribe")).toBeFalsy();
    Object.assign(config.subscribeTemplates, { order_shipped: "TPL_SHIP" });
    wx.requestSubscribeMessage = jest.fn((o) => o.success({ TPL_SHIP: "accept" }));
    comp = await openPage("pages/messages/index", {});
    await update(comp, comp.instance.onSubscribe());
    expect(wx.requestSubscribeMessage).toHaveBeenCalledWith(expect.objectContaining({ tmplIds: ["TPL_SHIP"] }));
    expect(wx.showToast).toHaveBeenLastCalledWith(expect.objectContaining({ title: "已开启订阅消息提醒" }));
  });
});
