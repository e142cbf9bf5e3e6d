import { flushPromises } from "@vue/test-utils";
import { afterEach, describe, expect, it, vi } from "vitest";

import ChatConsole from "@/views/chat/console/index.vue";

import { errorEnvelope, jsonResponse, mockFetch } from "../helpers";
import { mountAs } from "../orders/mount";

/** A fake chat server for the console's socket: the test accepts, feeds and drops. */
function fakeServer() {
  const sockets: any[] = [];
  const open = (url: string, handlers: any) => {
    const socket = {
      url,
      sent: [] as any[],
      send: (text: string) => socket.sent.push(JSON.parse(text)),
      close: () => {},
      accept() {
        handlers.open();
        socket.push({ type: "hello", pid: 1, actor: { kind: "staff", id: 1 } });
      },
      push: (frame: unknown) => handlers.message(JSON.stringify(frame)),
      drop: (code = 1006) => handlers.close(code, ""),
      frames: (type: string) => socket.sent.filter((f) => f.type === type),
    };
    sockets.push(socket);
    return socket;
  };
  return { open, sockets, last: () => sockets[sockets.length - 1] };
}

const msg = (id: number, over: Record<string, unknown> = {}) => ({
  id,
  conversation_id: 5,
  sender_kind: "consumer",
  sender_id: 9,
  client_id: null,
  kind: "text",
  body: { text: `顾客消息${id}` },
  created_at: "2026-05-01T08:00:00Z",
  ...over,
});

const conv = (id: number, over: Record<string, unknown> = {}) => ({
  id,
  shop_id: 7,
  status: "waiting",
  user_id: 100 + id,
  agent_id: null,
  unread_for_user: 0,
  unread_for_agent: 2,
  last_message: msg(12, { conversation_id: id }),
  created_at: "2026-05-01T08:00:00Z",
  updated_at: "2026-05-01T08:00:00Z",
  ...over,
});

const page = (items: unknown[]) => ({ items, total: items.length, page: 1, page_size: 100 });
const missing = () => jsonResponse(404, errorEnvelope("not_found", "Requested URL not found"));

type Routes = Record<string, unknown | ((url: URL, init: RequestInit) => unknown)>;

/** The agent API (merchant agent #1 of shop 7); `routes` add or override `"METHOD /path"`. */
function api(routes: Routes = {}) {
  const all: Routes = {
    "GET /admin/chat/conversations": (url: URL) =>
      url.searchParams.get("mine") === "true" ? page([conv(6, { status: "active", agent_id: 1, unread_for_agent: 0 })]) : page([conv(5)]),
    "GET /admin/chat/conversations/5/messages": { items: [msg(11), msg(12, { body: { text: "<b>在吗</b>" } })] },
    "GET /admin/chat/conversations/6/messages": { items: [] },
    "GET /admin/chat/conversations/5/orders": { items: [] },
    "GET /admin/chat/conversations/6/orders": { items: [] },
    "POST /admin/chat/conversations/5/accept": conv(5, { status: "active", agent_id: 1, unread_for_agent: 0 }),
    "GET /admin/chat/status": { status: "online" },
    "GET /admin/chat/quick-replies": { items: [{ id: 1, title: "问候", text: "您好，请问有什么可以帮您？", sort: 0 }] },
    ...routes,
  };
  return mockFetch((raw, init) => {
    const url = new URL(raw, "http://admin.test");
    const key = `${init.method ?? "GET"} ${url.pathname.replace(/^\/api\/v1/, "")}`;
    if (!(key in all)) return missing();
    const answer = all[key];
    const body = typeof answer === "function" ? (answer as (u: URL, i: RequestInit) => unknown)(url, init) : answer;
    return body instanceof Response ? body : jsonResponse(200, body);
  });
}

async function openConsole(routes: Routes = {}) {
  const fetch = api(routes);
  const server = fakeServer();
  const mounted = await mountAs("merchant", ["chat:agent"], ChatConsole, { open: server.open, origin: "http://admin.test" });
  server.last().accept();
  await flushPromises();
  return { ...mounted, fetch, server };
}

const rows = (list: string) => [...document.querySelectorAll(`[data-test=chat-row][data-list=${list}]`)] as HTMLElement[];
const row = (id: number) => document.querySelector(`[data-test=chat-row][data-conversation-id='${id}']`) as HTMLElement;
const el = (test: string) => document.querySelector(`[data-test=${test}]`) as HTMLElement | null;
const calls = (fetch: ReturnType<typeof api>, method: string, path: string) =>
  fetch.mock.calls.filter(([url, init]) => (init.method ?? "GET") === method && new URL(url, "http://x").pathname === `/api/v1${path}`);

/** An Element Plus input puts its attributes on the native input / textarea, or around it. */
function field(wrapper: Awaited<ReturnType<typeof openConsole>>["wrapper"], test: string) {
  return wrapper.find(`input[data-test=${test}], textarea[data-test=${test}], [data-test=${test}] input, [data-test=${test}] textarea`);
}

async function selectRow(id: number) {
  row(id).click();
  await flushPromises();
}

async function typeAndSend(wrapper: Awaited<ReturnType<typeof openConsole>>["wrapper"], text: string) {
  await field(wrapper, "chat-input").setValue(text);
  await wrapper.find("[data-test=chat-send]").trigger("click");
  await flushPromises();
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = "";
});

describe("客服工作台", { timeout: 20_000 }, () => {
  it("[MSG-1] shows the queue and my conversations with unread counts, over the agent's socket", async () => {
    const { server } = await openConsole();
    expect(server.last().url).toBe("ws://admin.test/api/v1/chat/ws?token=tok");
    expect(el("chat-tab-waiting")?.textContent).toContain("排队中 (1)");
    expect(el("chat-tab-mine")?.textContent).toContain("我的会话 (1)");
    expect(rows("waiting").map((r) => r.textContent)).toEqual([expect.stringContaining("顾客 #105")]);
    expect(row(5).querySelector("[data-test=chat-row-unread]")?.textContent).toContain("2");
    expect(row(6).querySelector("[data-test=chat-row-unread]")).toBeNull();

    server.last().push({ type: "message", message: msg(30, { conversation_id: 6, body: { text: "还在吗" } }) });
    await flushPromises();
    expect(row(6).querySelector("[data-test=chat-row-unread]")?.textContent).toContain("1");
    expect(row(6).textContent).toContain("还在吗");
  });

  it("[MSG-1] opening a waiting conversation shows its history as text, reads it, and 接入 lets me reply", async () => {
    const { wrapper, server, fetch } = await openConsole();
    await selectRow(5);
    expect(calls(fetch, "GET", "/admin/chat/conversations/5/messages")[0][0]).toContain("before_id=13");
    const list = el("chat-list")!;
    expect(list.textContent).toContain("<b>在吗</b>");
    expect(list.querySelector("b")).toBeNull();
    expect(server.last().frames("read")).toEqual([{ type: "read", conversation_id: 5 }]);
    expect(row(5).querySelector("[data-test=chat-row-unread]")).toBeNull();
    expect(el("chat-hint")?.textContent).toContain("接入后即可回复");
    expect(el("chat-send")).toBeNull();

    el("chat-accept")!.click();
    await flushPromises();
    expect(calls(fetch, "POST", "/admin/chat/conversations/5/accept")).toHaveLength(1);
    expect(rows("mine").map((r) => r.dataset.conversationId)).toEqual(["5", "6"]);
    expect(rows("waiting")).toHaveLength(0);

    await typeAndSend(wrapper, "您好，马上为您查询");
    const [frame] = server.last().frames("send");
    expect(frame).toMatchObject({ conversation_id: 5, kind: "text", body: { text: "您好，马上为您查询" } });
    expect(el("chat-sending")).not.toBeNull();
    server.last().push({ type: "ack", client_id: frame.client_id, message: msg(13, { sender_kind: "staff", sender_id: 1, client_id: frame.client_id, body: frame.body }) });
    await flushPromises();
    expect(el("chat-read")?.textContent).toBe("未读");
    server.last().push({ type: "read", conversation_id: 5, reader: "consumer", last_message_id: 13 });
    await flushPromises();
    expect(el("chat-read")?.textContent).toBe("已读");
  });

  it("[MSG-1] a quick reply fills the input", async () => {
    const { wrapper } = await openConsole();
    await selectRow(6);
    await wrapper.find("[data-test=chat-quick]").trigger("click");
    await vi.waitFor(() => expect(el("chat-quick-item")).not.toBeNull());
    el("chat-quick-item")!.click();
    await flushPromises();
    expect((field(wrapper, "chat-input").element as HTMLTextAreaElement).value).toBe("您好，请问有什么可以帮您？");
  });

  it("[MSG-1] 转接 lists the shop's other online agents and hands the conversation over", async () => {
    const { fetch } = await openConsole({
      "GET /admin/chat/agents": { items: [
        { id: 1, name: "客服小美", username: "kefu1", status: "online", active_conversations: 1 },
        { id: 2, name: "客服小丽", username: "kefu2", status: "online", active_conversations: 0 },
      ] },
      "POST /admin/chat/conversations/6/transfer": conv(6, { status: "active", agent_id: 2 }),
    });
    await selectRow(6);
    el("chat-transfer")!.click();
    await vi.waitFor(() => expect(document.querySelectorAll("[data-test=transfer-agent]")).toHaveLength(1));
    expect(calls(fetch, "GET", "/admin/chat/agents")[0][0]).toContain("status=online");
    expect(el("transfer-agent")?.textContent).toContain("客服小丽");
    (el("transfer-agent")!.querySelector("input") as HTMLInputElement).click();
    await flushPromises();
    el("transfer-submit")!.click();
    await flushPromises();
    const [, init] = calls(fetch, "POST", "/admin/chat/conversations/6/transfer")[0];
    expect(JSON.parse(String(init.body))).toEqual({ agent_id: 2 });
    expect(rows("mine")).toHaveLength(0);
    expect(el("chat-hint")?.textContent).toContain("该会话由其他客服接待");
  });

  it("[MSG-1] where the backend cannot list agents yet, 转接 takes an agent id", async () => {
    await openConsole();
    await selectRow(6);
    el("chat-transfer")!.click();
    await vi.waitFor(() => expect(el("transfer-agent-id")).not.toBeNull());
    expect(el("transfer-dialog")?.textContent ?? document.body.textContent).toContain("请输入要转接的客服 ID");
  });

  it("[MSG-1] my status switches between 在线 / 离开 / 离线, and is hidden where the backend has none", async () => {
    const { fetch } = await openConsole({ "PUT /admin/chat/status": (_: URL, init: RequestInit) => JSON.parse(String(init.body)) });
    expect(el("chat-status")?.querySelector(".is-active")?.textContent).toContain("在线");
    (el("chat-status-away")!.querySelector("input") as HTMLInputElement).click();
    await flushPromises();
    expect(JSON.parse(String(calls(fetch, "PUT", "/admin/chat/status")[0][1].body))).toEqual({ status: "away" });
    expect(el("chat-status")?.querySelector(".is-active")?.textContent).toContain("离开");

    document.body.innerHTML = "";
    await openConsole({ "GET /admin/chat/status": missing(), "GET /admin/chat/quick-replies": missing() });
    expect(el("chat-status")).toBeNull();
  });

  it("[MSG-1] shows the customer's recent orders and a clicked card's details", async () => {
    await openConsole({
      "GET /admin/chat/conversations/5/orders": { items: [
        { order_no: "202605010001", status: "shipped", status_text: "待收货", payable: 4280, quantity: 2, created_at: "2026-05-01T08:00:00Z",
          lines: [{ title: "赣南脐橙 5斤", image: "", quantity: 2 }] },
      ] },
      "GET /admin/chat/conversations/5/messages": { items: [msg(12, { kind: "product_card", body: { product_id: 9, title: "赣南脐橙 5斤", image: "", price: 3990, shop_id: 7 } })] },
    });
    await selectRow(5);
    const orders = el("chat-orders")!.textContent!;
    expect(orders).toContain("202605010001");
    expect(orders).toContain("待收货");
    expect(orders).toContain("¥42.80");
    el("chat-product-card")!.click();
    await flushPromises();
    expect(el("chat-card-detail")?.textContent).toContain("赣南脐橙 5斤");
    expect(el("chat-card-detail")?.textContent).toContain("¥39.90");
  });

  it("[MSG-1] where the backend has no customer orders yet, says so instead of failing", async () => {
    await openConsole({ "GET /admin/chat/conversations/5/orders": missing() });
    await selectRow(5);
    expect(el("chat-orders")?.textContent).toContain("暂不支持查看顾客订单");
  });

  it("[MSG-1] searches the chat history and opens a hit's conversation", async () => {
    const { wrapper, fetch } = await openConsole({
      "GET /admin/chat/search": { items: [{ message: msg(11, { conversation_id: 6, body: { text: "发票怎么开" } }), conversation: { id: 6, user_id: 106, shop_id: 7, status: "active" } }], total: 1, page: 1, page_size: 20 },
    });
    const input = field(wrapper, "chat-search");
    await input.setValue("发票");
    await input.trigger("keyup", { key: "Enter" });
    await flushPromises();
    expect(calls(fetch, "GET", "/admin/chat/search")[0][0]).toContain(`keyword=${encodeURIComponent("发票")}`);
    await vi.waitFor(() => expect(el("chat-search-hit")?.textContent).toContain("发票怎么开"));
    el("chat-search-hit")!.click();
    await flushPromises();
    expect(el("chat-title")?.textContent).toBe("顾客 #106");
  });

  it("[MSG-1] a dropped socket shows a banner, reconnects and resumes the open conversation", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    try {
      const { server } = await openConsole();
      await selectRow(5);
      server.last().drop();
      await flushPromises();
      expect(el("chat-banner")?.textContent).toContain("连接已断开");
      vi.advanceTimersByTime(1000);
      server.last().accept();
      await flushPromises();
      expect(server.last().frames("resume")).toEqual([{ type: "resume", conversation_id: 5, after_id: 12 }]);
      expect(el("chat-banner")).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});
