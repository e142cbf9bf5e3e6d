// 在线客服 (MSG-1): pages/chat on the shared chat client over a faked wx.connectSocket —
// the conversation with the product's shop, its history, the product card, text as text,
// 已读, a dropped socket's banner and resume, image upload.
const { installWx, flush } = require("./helpers/wx.js");
const { serve, openPage, update, signIn, detail } = require("./helpers/catalog.js");
const { installTradeWx, orderDetail } = require("./helpers/trade.js");

const PAGE = "pages/chat/index";
const text = (node) => node.dom.textContent.replace(/\s+/g, " ").trim();

/** wx.connectSocket faked: every SocketTask the page opens, to open, feed and drop. */
function installSockets() {
  const tasks = [];
  wx.connectSocket = jest.fn(({ url }) => {
    const handlers = {};
    const task = {
      url,
      sent: [],
      onOpen: (fn) => (handlers.open = fn),
      onMessage: (fn) => (handlers.message = fn),
      onClose: (fn) => (handlers.close = fn),
      onError: (fn) => (handlers.error = fn),
      send: ({ data }) => task.sent.push(JSON.parse(data)),
      close: () => {},
      accept() {
        handlers.open();
        task.push({ type: "hello", pid: 1, actor: { kind: "consumer", id: 7 } });
      },
      push: (frame) => handlers.message({ data: JSON.stringify(frame) }),
      drop: (code = 1006) => handlers.close({ code, reason: "" }),
      frames: (type) => task.sent.filter((f) => f.type === type),
    };
    tasks.push(task);
    return task;
  });
  return { tasks, last: () => tasks[tasks.length - 1] };
}

const msg = (id, extra) => Object.assign(
  { id, conversation_id: 5, sender_kind: "staff", sender_id: 3, client_id: null, kind: "text", body: { text: "客服消息" + id }, created_at: "2026-05-01T08:00:00Z" },
  extra || {},
);
const conversation = (extra) => Object.assign(
  { id: 5, shop_id: 2, status: "active", unread_for_user: 0, last_message: msg(12), created_at: "2026-05-01T08:00:00Z", updated_at: "2026-05-01T08:00:00Z" },
  extra || {},
);

let sockets;
beforeEach(() => {
  installWx();
  require("../miniprogram/core/api.js").resetClient();
  require("../miniprogram/core/chat.js").resetChat();
  sockets = installSockets();
  signIn();
});

function chatRoutes(extra) {
  return serve(Object.assign({
    "POST /chat/conversations": () => conversation(),
    "GET /chat/conversations": () => ({ items: [conversation()] }),
    "GET /chat/conversations/5/messages": (req) => (req.query.before_id === "13" ? { items: [msg(11), msg(12, { body: { text: "<b>您好</b>" } })] } : { items: [] }),
    "GET /products/1": () => detail(),
  }, extra || {}));
}

async function openChat(options) {
  const comp = await openPage(PAGE, options);
  sockets.last().accept();
  await flush(50);
  return comp;
}

describe("在线客服", () => {
  test("[MSG-1] from a product: the shop's conversation, its history as text, and the product card sent and acked", async () => {
    const calls = chatRoutes();
    const comp = await openChat({ shop_id: "2", product_id: "1" });
    expect(calls.find((c) => c.path === "/chat/conversations" && c.method === "POST").body).toEqual({ shop_id: 2 });
    expect(sockets.last().url).toBe("ws://127.0.0.1:8000/api/v1/chat/ws?token=consumer-token");
    expect(sockets.last().frames("resume")).toEqual([{ type: "resume", conversation_id: 5, after_id: 12 }]);
    expect(comp.querySelectorAll(".msg").map(text)).toEqual(["客服客服消息11", "客服<b>您好</b>"]);
    expect(comp.dom.querySelector(".msg b")).toBeNull();

    expect(text(comp.querySelector(".chat__offer"))).toContain("纯棉T恤");
    const offered = comp.instance.onSendOffer(); // resolves on the ack
    await update(comp, flush(20));
    const [frame] = sockets.last().frames("send");
    expect(frame).toMatchObject({ conversation_id: 5, kind: "product_card", body: { product_id: 1, title: "纯棉T恤", price: 1990 } });
    expect(comp.querySelector(".chat__offer")).toBeFalsy();
    sockets.last().push({ type: "ack", client_id: frame.client_id, message: msg(13, { sender_kind: "consumer", client_id: frame.client_id, kind: "product_card", body: frame.body }) });
    await update(comp, offered);
    const card = comp.querySelector(".msg--mine .msg__card");
    expect(text(card)).toContain("纯棉T恤");
    expect(text(card)).toContain("¥19.90");
    expect(text(comp.querySelector(".msg--mine .msg__state"))).toBe("未读");
    sockets.last().push({ type: "read", conversation_id: 5, reader: "staff", last_message_id: 13 });
    await update(comp, Promise.resolve());
    expect(text(comp.querySelector(".msg--mine .msg__state"))).toBe("已读");
  });

  test("[MSG-1] typed text goes out with a client id; a refused one is marked and retried with the same id", async () => {
    chatRoutes();
    const comp = await openChat({ conversation_id: "5" });
    comp.instance.onInput({ detail: { value: "<img src=x>什么时候发货" } });
    const sent = comp.instance.onSend();
    await update(comp, flush(20));
    const [frame] = sockets.last().frames("send");
    expect(frame.body).toEqual({ text: "<img src=x>什么时候发货" });
    expect(text(comp.querySelector(".msg--mine .msg__state"))).toBe("发送中…");
    sockets.last().push({ type: "error", code: "rate_limited", message: "发送太频繁，请稍后再试", client_id: frame.client_id });
    await update(comp, sent);
    expect(wx.showToast).toHaveBeenLastCalledWith(expect.objectContaining({ title: "发送太频繁，请稍后再试" }));
    expect(text(comp.querySelector(".msg__failed"))).toBe("发送失败，点击重试");
    comp.instance.onRetry({ currentTarget: { dataset: { client: frame.client_id } } });
    expect(sockets.last().frames("send").map((f) => f.client_id)).toEqual([frame.client_id, frame.client_id]);
  });

  test("[MSG-1] a dropped socket shows the banner; reconnecting resumes and shows what was missed", async () => {
    chatRoutes();
    const comp = await openChat({ conversation_id: "5" });
    expect(comp.querySelector(".chat__banner")).toBeFalsy();
    sockets.last().drop();
    await update(comp, Promise.resolve());
    expect(text(comp.querySelector(".chat__banner"))).toContain("连接已断开，正在重新连接");
    comp.instance.onReconnect();
    expect(sockets.tasks).toHaveLength(2);
    sockets.last().accept();
    expect(sockets.last().frames("resume")).toEqual([{ type: "resume", conversation_id: 5, after_id: 12 }]);
    sockets.last().push({ type: "history", conversation_id: 5, messages: [msg(13, { sender_kind: "system", body: { text: "已为您转接其他客服" } }), msg(14)], more: false });
    await update(comp, Promise.resolve());
    expect(comp.querySelector(".chat__banner")).toBeFalsy();
    expect(text(comp.querySelector(".msg-system"))).toBe("已为您转接其他客服");
    expect(comp.querySelectorAll(".msg").map(text).pop()).toBe("客服客服消息14");
  });

  test("[MSG-1] an image is uploaded through /uploads/images and sent", async () => {
    chatRoutes();
    wx.chooseMedia = jest.fn(({ success }) => success({ tempFiles: [{ tempFilePath: "wxfile://a.png" }] }));
    wx.uploadFile = jest.fn(({ url, success }) => success({ statusCode: 201, data: JSON.stringify({ url: "/media/uploads/user/a.png" }), url }));
    const comp = await openChat({ conversation_id: "5" });
    const sent = comp.instance.onImage();
    await update(comp, flush(50));
    expect(wx.uploadFile.mock.calls[0][0].url).toBe("http://127.0.0.1:8000/api/v1/uploads/images");
    const [frame] = sockets.last().frames("send");
    expect(frame).toMatchObject({ kind: "image", body: { url: "/media/uploads/user/a.png" } });
    sockets.last().push({ type: "ack", client_id: frame.client_id, message: msg(13, { sender_kind: "consumer", client_id: frame.client_id, kind: "image", body: frame.body }) });
    await update(comp, sent);
    expect(comp.querySelector(".msg--mine .msg__image")).toBeTruthy();
    expect(comp.instance.data.messages.pop()).toMatchObject({ kind: "image", mine: true, image: "http://127.0.0.1:8000/media/uploads/user/a.png" });
  });

  test("[MSG-1] from an order: 联系客服 opens the shop's chat, which offers the order's card", async () => {
    installTradeWx();
    chatRoutes({ "GET /orders/O1": () => orderDetail("O1", "shipped", ["logistics", "receive"]) });
    const order = await openPage("pages/order/index", { order_no: "O1" });
    order.querySelector(".shop__service").dispatchEvent("tap");
    await flush(10);
    expect(wx.navigateTo).toHaveBeenLastCalledWith(expect.objectContaining({ url: "/pages/chat/index?shop_id=3&order_no=O1" }));
    const comp = await openChat({ shop_id: "3", order_no: "O1" });
    expect(text(comp.querySelector(".chat__offer"))).toContain("订单 O1");
    comp.instance.onSendOffer();
    await update(comp, flush(20));
    expect(sockets.last().frames("send")[0]).toMatchObject({ kind: "order_card", body: { order_no: "O1" } });
  });

  test("[MSG-1] 我的: 平台客服 with the unread count (GET /chat/unread, else the conversation list)", async () => {
    serve({ "GET /orders/counts": () => ({}), "GET /cart/count": () => ({ count: 0 }), "GET /chat/unread": () => ({ total: 3, conversations: [{ id: 5, shop_id: null, unread: 3 }] }) });
    let me = await openPage("pages/me/index", {});
    expect(text(me.querySelector(".me__chat-unread"))).toBe("3");
    serve({ "GET /orders/counts": () => ({}), "GET /cart/count": () => ({ count: 0 }), "GET /chat/conversations": () => ({ items: [conversation({ unread_for_user: 0 })] }) });
    me = await openPage("pages/me/index", {});
    expect(me.querySelector(".me__chat-unread")).toBeFalsy();
    const wxml = require("fs").readFileSync(require("path").join(__dirname, "../miniprogram/pages/me/index.wxml"), "utf8");
    expect(wxml).toContain('url="/pages/chat/index"');
  });

  test("[MSG-1] signed out: 请先登录 and no socket", async () => {
    wx.removeStorageSync("auth_token");
    chatRoutes();
    const comp = await openPage(PAGE, { shop_id: "2" });
    expect(text(comp)).toContain("请先登录");
    expect(wx.connectSocket).not.toHaveBeenCalled();
  });
});
