import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { chatSocketUrl, connectionBanner, createChatClient, createChatRoom } from "../src/index.js";

/** The fake server of chat.test.js, smaller: sockets the test accepts, feeds and drops. */
function fakeServer() {
  const sockets = [];
  const open = (url, handlers) => {
    const socket = {
      sent: [],
      send: (text) => socket.sent.push(JSON.parse(text)),
      close: () => {},
      accept() {
        handlers.open();
        handlers.message(JSON.stringify({ type: "hello", pid: 1 }));
      },
      push: (frame) => handlers.message(JSON.stringify(frame)),
      drop: (code = 1006) => handlers.close(code, ""),
      frames: (type) => socket.sent.filter((f) => f.type === type),
    };
    sockets.push(socket);
    return socket;
  };
  return { open, last: () => sockets[sockets.length - 1] };
}

const msg = (id, over = {}) => ({
  id, conversation_id: 5, sender_kind: "staff", sender_id: 3, client_id: null, kind: "text",
  body: { text: `第${id}条` }, created_at: "2026-05-01T08:00:00Z", ...over,
});
const range = (from, to, over) => Array.from({ length: to - from + 1 }, (_, i) => msg(from + i, over));

function setup({ last = 60, pages = {}, side = "consumer", readUpTo } = {}) {
  const server = fakeServer();
  let n = 0;
  const chat = createChatClient({
    open: server.open, url: () => chatSocketUrl("http://x/api/v1", "t"), side,
    random: () => 0, newClientId: () => `cid-${++n}`, logger: { warn() {} },
  });
  const history = vi.fn(async (id, query) => ({ items: pages[query.before_id] ?? [] }));
  const states = [];
  const room = createChatRoom({
    chat, side, conversationId: 5, lastMessageId: last, history, pageSize: 30, readUpTo,
    onChange: (s) => states.push(s),
  });
  const texts = () => room.state().messages.map((m) => m.body.text);
  return { server, chat, room, history, states, texts };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("createChatRoom", () => {
  it("[MSG-1] shows the latest page, then earlier pages until the first message", async () => {
    const { room, history, texts } = setup({ pages: { 61: range(31, 60), 31: range(1, 30), 1: [] } });
    await room.start();
    expect(history).toHaveBeenCalledWith(5, { before_id: 61, limit: 30 });
    expect(texts()[0]).toBe("第31条");
    expect(texts()).toHaveLength(30);
    expect(room.state().noEarlier).toBe(false);
    await room.loadEarlier();
    expect(history).toHaveBeenLastCalledWith(5, { before_id: 31, limit: 30 });
    expect(texts()).toHaveLength(60);
    await room.loadEarlier();
    expect(room.state().noEarlier).toBe(true);
  });

  it("[MSG-1] a new conversation has no history to load", async () => {
    const { room, history } = setup({ last: null });
    await room.start();
    expect(history).not.toHaveBeenCalled();
    expect(room.state()).toMatchObject({ loading: false, messages: [], noEarlier: true });
  });

  it("[MSG-1] shows a failed first load with the API's message", async () => {
    const { room, history } = setup();
    history.mockRejectedValueOnce(Object.assign(new Error("会话不存在"), { code: "conversation_not_found" }));
    await room.start();
    expect(room.state()).toMatchObject({ loading: false, error: "会话不存在" });
  });

  it("[MSG-1] after a drop, the reconnected socket resumes and the missed messages appear in order", async () => {
    const { room, server, texts } = setup({ pages: { 61: range(59, 60) } });
    await room.start();
    server.last().accept();
    expect(server.last().frames("resume")).toEqual([{ type: "resume", conversation_id: 5, after_id: 60 }]);
    server.last().drop();
    expect(room.state().status).toBe("reconnecting");
    expect(connectionBanner(room.state().status)).toBe("连接已断开，正在重新连接…");
    vi.advanceTimersByTime(1000);
    server.last().accept();
    expect(server.last().frames("resume")).toEqual([{ type: "resume", conversation_id: 5, after_id: 60 }]);
    server.last().push({ type: "history", conversation_id: 5, messages: [msg(61), msg(62)], more: false });
    server.last().push({ type: "message", message: msg(62) }); // also live: shown once
    expect(texts()).toEqual(["第59条", "第60条", "第61条", "第62条"]);
    expect(room.state().status).toBe("open");
    expect(connectionBanner("open")).toBe("");
  });

  it("[MSG-1] a sent message shows at once, then as stored; a refused one is marked and retried with its id", async () => {
    const { room, server, chat } = setup({ last: null });
    await room.start();
    server.last().accept();
    const first = room.send("text", { text: "在吗" });
    expect(room.state().messages).toMatchObject([{ id: null, state: "sending", body: { text: "在吗" } }]);
    server.last().push({ type: "ack", client_id: "cid-1", message: msg(70, { sender_kind: "consumer", client_id: "cid-1", body: { text: "在吗" } }) });
    await first;
    expect(room.state().messages).toMatchObject([{ id: 70, body: { text: "在吗" } }]);
    expect(room.state().messages[0].state).toBeUndefined();

    const second = room.send("text", { text: "快点" }).catch((e) => e);
    server.last().push({ type: "error", code: "rate_limited", message: "发送太频繁，请稍后再试", client_id: "cid-2" });
    expect((await second).code).toBe("rate_limited");
    expect(room.state().messages[1]).toMatchObject({ id: null, state: "failed", error: "发送太频繁，请稍后再试" });

    const again = room.retry("cid-2");
    expect(server.last().frames("send").map((f) => f.client_id)).toEqual(["cid-1", "cid-2", "cid-2"]);
    server.last().push({ type: "ack", client_id: "cid-2", message: msg(71, { sender_kind: "consumer", client_id: "cid-2", body: { text: "快点" } }) });
    await again;
    expect(room.state().messages.map((m) => m.id)).toEqual([70, 71]);
    expect(chat.lastId(5)).toBe(71);
  });

  it("[MSG-1] a closed conversation refuses to send and says so", async () => {
    const { room, server } = setup({ last: null });
    await room.start();
    server.last().accept();
    const sent = room.send("text", { text: "还在吗" }).catch((e) => e);
    server.last().push({ type: "error", code: "conversation_closed", message: "会话已结束，请重新发起咨询", client_id: "cid-1" });
    expect((await sent).message).toBe("会话已结束，请重新发起咨询");
    expect(room.state().closed).toBe(true);
    await expect(room.send("text", { text: "x" })).rejects.toMatchObject({ code: "conversation_closed" });
  });

  it("[MSG-1] my messages of this session read 未读 until the other side's receipt, then 已读", async () => {
    const { room, server } = setup({ pages: { 61: [msg(60, { sender_kind: "consumer" })] } });
    await room.start();
    server.last().accept();
    const sent = room.send("text", { text: "在吗" });
    server.last().push({ type: "ack", client_id: "cid-1", message: msg(61, { sender_kind: "consumer", client_id: "cid-1" }) });
    await sent;
    const [old, mine] = room.state().messages;
    expect(room.readLabel(old)).toBe(""); // before this screen: unknown
    expect(room.readLabel(mine)).toBe("未读");
    server.last().push({ type: "read", conversation_id: 5, reader: "staff", last_message_id: 61 });
    expect(room.readLabel(room.state().messages[1])).toBe("已读");
    expect(room.readLabel(room.state().messages[0])).toBe("已读");
    expect(room.readLabel(msg(62))).toBe(""); // the agent's own message
  });

  it("[MSG-1] reading the screen sends a read receipt; leaving stops following", async () => {
    const { room, server, chat, states } = setup({ pages: { 61: [msg(60)] } });
    await room.start();
    server.last().accept();
    expect(server.last().frames("read")).toEqual([{ type: "read", conversation_id: 5 }]);
    room.stop();
    const count = states.length;
    server.last().push({ type: "message", message: msg(61) });
    expect(states).toHaveLength(count);
    expect(chat.unread.get(5)).toBe(1); // off screen again: counted
  });
});
