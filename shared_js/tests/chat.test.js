import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import {
  ApiError,
  ChatError,
  cardView,
  chatSocketUrl,
  createChatClient,
  createUnreadCounter,
  lastMessageId,
  localMessage,
  mergeMessages,
  messagePreview,
  shopperChatApi,
  webSocketOpener,
} from "../src/index.js";

/**
 * A fake chat server: every socket the client opens is recorded; the test opens it, answers
 * frames and drops it like the network would.
 */
function fakeServer() {
  const sockets = [];
  const open = vi.fn((url, handlers) => {
    const socket = {
      url,
      handlers,
      sent: [],
      closed: null,
      send: (text) => socket.sent.push(JSON.parse(text)),
      close: (code, reason) => {
        socket.closed = { code, reason };
      },
      /** The server accepts: open, then hello. */
      accept() {
        handlers.open();
        socket.push({ type: "hello", pid: 1, actor: { kind: "consumer", id: 7 } });
      },
      push: (frame) => handlers.message(JSON.stringify(frame)),
      /** The connection ends (the server closes or the network drops it). */
      drop: (code = 1006, reason = "") => handlers.close(code, reason),
      frames: (type) => socket.sent.filter((f) => f.type === type),
    };
    sockets.push(socket);
    return socket;
  });
  return { open, sockets, last: () => sockets[sockets.length - 1] };
}

const msg = (id, over = {}) => ({
  id,
  conversation_id: 5,
  sender_kind: "staff",
  sender_id: 3,
  client_id: null,
  kind: "text",
  body: { text: `第${id}条` },
  created_at: "2026-05-01T08:00:00Z",
  ...over,
});

const quiet = { warn: () => {} };

function makeClient(over = {}) {
  const server = fakeServer();
  let token = "tok-1";
  let n = 0;
  const client = createChatClient({
    open: server.open,
    url: () => (token ? chatSocketUrl("https://shop.example.com/api/v1", token) : null),
    side: "consumer",
    random: () => 0.5,
    newClientId: () => `cid-${++n}`,
    logger: quiet,
    ...over,
  });
  return { client, server, setToken: (t) => (token = t) };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("chat socket URL", () => {
  it("[MSG-1] turns the API base into a ws(s) URL carrying the token", () => {
    expect(chatSocketUrl("https://shop.example.com/api/v1/", "a b")).toBe("wss://shop.example.com/api/v1/chat/ws?token=a%20b");
    expect(chatSocketUrl("/api/v1", "t", "http://127.0.0.1:8000")).toBe("ws://127.0.0.1:8000/api/v1/chat/ws?token=t");
  });
});

describe("createChatClient: connecting", () => {
  it("[MSG-1] connects with the token and reports open after the server's hello", () => {
    const { client, server } = makeClient();
    const statuses = [];
    client.on("status", (s) => statuses.push(s));
    client.connect();
    expect(server.open).toHaveBeenCalledTimes(1);
    expect(server.last().url).toBe("wss://shop.example.com/api/v1/chat/ws?token=tok-1");
    expect(client.status()).toBe("connecting");
    server.last().accept();
    expect(client.status()).toBe("open");
    expect(statuses).toEqual(["connecting", "open"]);
  });

  it("[MSG-1] does not connect while signed out", () => {
    const { client, server, setToken } = makeClient();
    setToken(null);
    client.connect();
    expect(server.open).not.toHaveBeenCalled();
    expect(client.status()).toBe("unauthorized");
  });

  it("[MSG-1] pings after a quiet interval and reconnects when the ping goes unanswered", () => {
    const { client, server } = makeClient({ heartbeatMs: 20000, pongTimeoutMs: 5000 });
    client.connect();
    const first = server.last();
    first.accept();
    vi.advanceTimersByTime(19999);
    expect(first.frames("ping")).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(first.frames("ping")).toHaveLength(1);
    first.push({ type: "pong" }); // answered: the line is alive
    vi.advanceTimersByTime(20000);
    expect(first.frames("ping")).toHaveLength(2);
    vi.advanceTimersByTime(5000); // this one is not answered
    expect(first.closed).toEqual({ code: 4000, reason: "heartbeat timeout" });
    expect(client.status()).toBe("reconnecting");
    vi.advanceTimersByTime(1000);
    expect(server.sockets).toHaveLength(2);
  });

  it("[MSG-1] reconnects with growing, capped delays and starts over after a good connection", () => {
    const { client, server } = makeClient({ backoffMs: 1000, maxBackoffMs: 8000 });
    const delays = [];
    client.on("status", (s, detail) => s === "reconnecting" && delays.push(detail.delay));
    client.connect();
    for (let i = 0; i < 5; i++) {
      server.last().drop(1006);
      vi.advanceTimersByTime(delays[delays.length - 1]);
    }
    // random 0.5 → three quarters of the ceiling: 1 s, 2 s, 4 s, 8 s, 8 s ceilings
    expect(delays).toEqual([750, 1500, 3000, 6000, 6000]);
    expect(server.sockets).toHaveLength(6);
    server.last().accept();
    server.last().drop(1006);
    expect(delays[delays.length - 1]).toBe(750);
  });

  it("[MSG-1] stops on a refused token (4401) and tells the shell", () => {
    const onUnauthorized = vi.fn();
    const { client, server } = makeClient({ onUnauthorized });
    client.connect();
    server.last().drop(4401, "unauthorized");
    expect(client.status()).toBe("unauthorized");
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(60000);
    expect(server.sockets).toHaveLength(1);
  });

  it("[MSG-1] staff without chat:agent (4403) are not retried", () => {
    const { client, server } = makeClient({ side: "staff" });
    client.connect();
    server.last().drop(4403, "forbidden");
    vi.advanceTimersByTime(60000);
    expect(client.status()).toBe("forbidden");
    expect(server.sockets).toHaveLength(1);
  });

  it("[MSG-1] disconnect closes for good", () => {
    const { client, server } = makeClient();
    client.connect();
    server.last().accept();
    client.disconnect();
    expect(server.last().closed.code).toBe(1000);
    vi.advanceTimersByTime(60000);
    expect(server.sockets).toHaveLength(1);
    expect(client.status()).toBe("closed");
  });
});

describe("createChatClient: the platform's timers", () => {
  it("[MSG-1] calls the global timers as plain functions (browsers throw Illegal invocation otherwise)", () => {
    const strict = vi.fn(function (fn, ms) {
      if (this !== undefined && this !== globalThis) throw new TypeError("Illegal invocation");
      return 1;
    });
    vi.stubGlobal("setTimeout", strict);
    vi.stubGlobal("clearTimeout", function () {
      if (this !== undefined && this !== globalThis) throw new TypeError("Illegal invocation");
    });
    try {
      const server = fakeServer();
      const client = createChatClient({ open: server.open, url: () => "ws://x", side: "consumer", logger: quiet });
      client.connect();
      expect(() => server.last().accept()).not.toThrow();
      expect(strict).toHaveBeenCalled();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe("createChatClient: nothing is lost", () => {
  it("[MSG-1] resumes every watched conversation from its last message after a reconnect", () => {
    const { client, server } = makeClient();
    const received = [];
    client.on("message", (m, extra) => received.push([m.id, extra.source]));
    client.watch(5, 40); // the view shows up to #40
    client.connect();
    const first = server.last();
    first.accept();
    expect(first.frames("resume")).toEqual([{ type: "resume", conversation_id: 5, after_id: 40 }]);
    first.push({ type: "message", message: msg(41) });
    first.drop(1006);
    vi.advanceTimersByTime(1000);
    const second = server.last();
    second.accept();
    expect(second.frames("resume")).toEqual([{ type: "resume", conversation_id: 5, after_id: 41 }]);
    second.push({ type: "history", conversation_id: 5, messages: [msg(42), msg(43)], more: false });
    expect(received).toEqual([[41, "live"], [42, "history"], [43, "history"]]);
    expect(client.lastId(5)).toBe(43);
  });

  it("[MSG-1] asks again while the server says there is more history", () => {
    const { client, server } = makeClient();
    client.watch(5, 0);
    client.connect();
    server.last().accept();
    server.last().push({ type: "history", conversation_id: 5, messages: [msg(1), msg(2)], more: true });
    expect(server.last().frames("resume").map((f) => f.after_id)).toEqual([0, 2]);
  });

  it("[MSG-1] sends with a client id and resolves with the stored message on the ack", async () => {
    const { client, server } = makeClient();
    client.connect();
    server.last().accept();
    const sent = client.send(5, "text", { text: "在吗" });
    expect(server.last().frames("send")).toEqual([
      { type: "send", conversation_id: 5, client_id: "cid-1", kind: "text", body: { text: "在吗" } },
    ]);
    server.last().push({ type: "ack", client_id: "cid-1", message: msg(50, { sender_kind: "consumer", client_id: "cid-1" }) });
    await expect(sent).resolves.toMatchObject({ id: 50, client_id: "cid-1" });
  });

  it("[MSG-1] a message sent while offline goes out on connect, and again with the same id after a drop", async () => {
    const { client, server } = makeClient();
    const sent = client.send(5, "product_card", { product_id: 9, title: "赣南脐橙", image: "", price: 3990 });
    client.connect();
    const first = server.last();
    first.accept();
    expect(first.frames("send").map((f) => f.client_id)).toEqual(["cid-1"]);
    first.drop(1006); // no ack came back
    vi.advanceTimersByTime(1000);
    const second = server.last();
    second.accept();
    expect(second.frames("send").map((f) => f.client_id)).toEqual(["cid-1"]);
    second.push({ type: "ack", client_id: "cid-1", message: msg(51, { kind: "product_card" }) });
    await expect(sent).resolves.toMatchObject({ id: 51 });
  });

  it("[MSG-1] a refused send rejects with the server's code and message", async () => {
    const { client, server } = makeClient();
    client.connect();
    server.last().accept();
    const sent = client.send(5, "text", { text: "x" });
    server.last().push({ type: "error", code: "rate_limited", message: "发送太频繁，请稍后再试", client_id: "cid-1" });
    const error = await sent.catch((e) => e);
    expect(error).toBeInstanceOf(ChatError);
    expect(error).toMatchObject({ code: "rate_limited", message: "发送太频繁，请稍后再试" });
  });

  it("[MSG-1] a send without an ack in time fails with 发送超时 and can be retried with its id", async () => {
    const { client, server } = makeClient({ sendTimeoutMs: 15000 });
    client.connect();
    server.last().accept();
    const sent = client.send(5, "text", { text: "x" });
    vi.advanceTimersByTime(15000);
    await expect(sent).rejects.toMatchObject({ code: "send_timeout", message: "发送超时，请重试" });
    const retry = client.send(5, "text", { text: "x" }, "cid-1");
    expect(server.last().frames("send").map((f) => f.client_id)).toEqual(["cid-1", "cid-1"]);
    server.last().push({ type: "ack", client_id: "cid-1", message: msg(52) });
    await expect(retry).resolves.toMatchObject({ id: 52 });
  });

  it("[MSG-1] sending after sign-out fails at once", async () => {
    const { client } = makeClient();
    client.disconnect();
    await expect(client.send(5, "text", { text: "x" })).rejects.toMatchObject({ code: "not_connected" });
  });
});

describe("createChatClient: read receipts and unread", () => {
  it("[MSG-1] counts the other side's messages as unread until the conversation is read", () => {
    const { client, server } = makeClient();
    const totals = [];
    client.unread.subscribe((t) => totals.push(t));
    client.unread.seed([{ id: 5, unread_for_user: 2 }, { id: 6, unread_for_user: 0 }]);
    client.connect();
    server.last().accept();
    server.last().push({ type: "message", message: msg(60) });
    server.last().push({ type: "message", message: msg(61, { sender_kind: "consumer" }) }); // my own, other tab
    server.last().push({ type: "message", message: msg(62, { conversation_id: 6, sender_kind: "system" }) });
    expect(client.unread.get(5)).toBe(3);
    expect(client.unread.total()).toBe(4);
    client.markRead(5);
    expect(server.last().frames("read")).toEqual([{ type: "read", conversation_id: 5 }]);
    expect(client.unread.total()).toBe(1);
    expect(totals).toEqual([2, 3, 4, 1]);
  });

  it("[MSG-1] the conversation on screen is read at once and not counted", () => {
    const { client, server } = makeClient();
    client.connect();
    server.last().accept();
    client.focus(5);
    server.last().push({ type: "message", message: msg(70) });
    expect(client.unread.get(5)).toBe(0);
    expect(server.last().frames("read")).toHaveLength(2); // on focus, and for the new message
  });

  it("[MSG-1] a read receipt while offline is sent on connect", () => {
    const { client, server } = makeClient();
    client.markRead(5);
    client.connect();
    server.last().accept();
    expect(server.last().frames("read")).toEqual([{ type: "read", conversation_id: 5 }]);
  });

  it("[MSG-1] reports the other side's read receipt, not its own", () => {
    const { client, server } = makeClient();
    const reads = [];
    client.on("read", (f) => reads.push(f));
    client.connect();
    server.last().accept();
    server.last().push({ type: "read", conversation_id: 5, reader: "consumer", last_message_id: 9 });
    server.last().push({ type: "read", conversation_id: 5, reader: "staff", last_message_id: 10 });
    expect(reads).toEqual([{ type: "read", conversation_id: 5, reader: "staff", last_message_id: 10 }]);
  });

  it("[MSG-1] agents count only the shopper's messages", () => {
    const counter = createUnreadCounter("staff");
    counter.seed([{ id: 1, unread_for_agent: 3, unread_for_user: 9 }]);
    expect(counter.total()).toBe(3);
    const { client, server } = makeClient({ side: "staff" });
    client.connect();
    server.last().accept();
    server.last().push({ type: "message", message: msg(1, { sender_kind: "system" }) });
    server.last().push({ type: "message", message: msg(2, { sender_kind: "consumer" }) });
    expect(client.unread.total()).toBe(1);
  });
});

describe("timeline helpers", () => {
  it("[MSG-1] merges stored messages in order, once each, replacing the local copy on ack", () => {
    const local = localMessage({ conversationId: 5, clientId: "cid-1", kind: "text", body: { text: "在吗" }, side: "consumer" });
    expect(local).toMatchObject({ id: null, state: "sending", sender_kind: "consumer" });
    let timeline = mergeMessages([msg(3), msg(1)], [msg(2), msg(3)]);
    timeline = mergeMessages(timeline, []).concat([local]);
    expect(timeline.map((m) => m.id)).toEqual([1, 2, 3, null]);
    timeline = mergeMessages(timeline, [msg(4, { sender_kind: "consumer", client_id: "cid-1" })]);
    expect(timeline.map((m) => m.id)).toEqual([1, 2, 3, 4]);
    expect(lastMessageId(timeline)).toBe(4);
  });

  it("[MSG-1] previews and card views show what the shopper sent", () => {
    expect(messagePreview(msg(1))).toBe("第1条");
    expect(messagePreview(msg(1, { kind: "image", body: { url: "/media/a.png" } }))).toBe("[图片]");
    expect(messagePreview(msg(1, { kind: "product_card", body: { title: "赣南脐橙" } }))).toBe("[商品] 赣南脐橙");
    expect(messagePreview(msg(1, { kind: "order_card", body: { order_no: "O123" } }))).toBe("[订单] O123");
    expect(cardView({ kind: "product_card", body: { product_id: 9, title: "赣南脐橙", image: "/m.png", price: 3990 } }))
      .toEqual({ title: "赣南脐橙", subtitle: "", image: "/m.png", price: "¥39.90", link: { to: "product", id: 9 } });
    expect(cardView({ kind: "order_card", body: { order_no: "O123" } }))
      .toMatchObject({ title: "订单 O123", subtitle: "", price: "", link: { to: "order", orderNo: "O123" } });
    const filled = {
      order_no: "O123", shop_id: 1, status: "shipped", status_text: "待收货", amount: 4280, quantity: 3, line_count: 2,
      first_line: { title: "赣南脐橙 5斤", image: "/m/o.png", spec_text: "", quantity: 1 },
    };
    expect(cardView({ kind: "order_card", body: filled })).toEqual({
      title: "赣南脐橙 5斤 等2件商品", subtitle: "订单 O123 · 待收货", image: "/m/o.png", price: "¥42.80",
      link: { to: "order", orderNo: "O123" },
    });
    expect(cardView({ kind: "text", body: { text: "x" } })).toBeNull();
  });
});

describe("shopperChatApi.unread", () => {
  it("[MSG-1] asks GET /chat/unread, and sums the conversation list where that endpoint is missing", async () => {
    const summary = { total: 2, conversations: [{ id: 5, shop_id: 1, unread: 2 }] };
    const withEndpoint = { get: async () => summary };
    await expect(shopperChatApi(withEndpoint).unread()).resolves.toEqual(summary);
    const older = {
      get: async (path) => {
        if (path === "/chat/unread") throw new ApiError(404, "not_found", "not found");
        return { items: [{ id: 5, shop_id: 1, unread_for_user: 2 }, { id: 6, shop_id: null, unread_for_user: 0 }, { id: 7, shop_id: 3, unread_for_user: 1 }] };
      },
    };
    await expect(shopperChatApi(older).unread()).resolves.toEqual({
      total: 3, conversations: [{ id: 5, shop_id: 1, unread: 2 }, { id: 7, shop_id: 3, unread: 1 }],
    });
    const failing = { get: async () => { throw new ApiError(500, "internal_error", "服务繁忙"); } };
    await expect(shopperChatApi(failing).unread()).rejects.toMatchObject({ status: 500 });
  });
});

describe("adapters", () => {
  it("[MSG-1] webSocketOpener wraps a WebSocket class", () => {
    const made = [];
    class FakeWS {
      constructor(url) {
        this.url = url;
        this.sent = [];
        made.push(this);
      }
      send(text) {
        this.sent.push(text);
      }
      close(code) {
        this.closedWith = code;
      }
    }
    const events = [];
    const socket = webSocketOpener(FakeWS)("ws://x/chat/ws", {
      open: () => events.push("open"),
      message: (t) => events.push(t),
      close: (code) => events.push(code),
      error: () => events.push("error"),
    });
    made[0].onopen();
    made[0].onmessage({ data: '{"type":"pong"}' });
    made[0].onclose({ code: 1006, reason: "" });
    socket.send("hi");
    socket.close(1000, "bye");
    expect(events).toEqual(["open", '{"type":"pong"}', 1006]);
    expect(made[0].sent).toEqual(["hi"]);
    expect(made[0].closedWith).toBe(1000);
  });

  it("[MSG-1] shopperChatApi calls the shopper's chat endpoints", async () => {
    const calls = [];
    const client = {
      get: async (path, opts) => calls.push(["GET", path, opts]),
      post: async (path, body) => calls.push(["POST", path, body]),
    };
    const api = shopperChatApi(client);
    await api.open(3);
    await api.open(null);
    await api.history(5, { before_id: 10 });
    await api.read(5);
    expect(calls).toEqual([
      ["POST", "/chat/conversations", { shop_id: 3 }],
      ["POST", "/chat/conversations", {}],
      ["GET", "/chat/conversations/5/messages", { query: { before_id: 10 } }],
      ["POST", "/chat/conversations/5/read", undefined],
    ]);
  });
});
