import { flushPromises } from "@vue/test-utils";
import { beforeEach, describe, expect, it, vi } from "vitest";

import { setToken } from "@/core/api";

import { detail } from "./catalog-fixtures";
import { fakeApi, mountAt, toastText } from "./helpers";
import { bodyOf, orderDetail } from "./trade-fixtures";

/** The browser's WebSocket, faked: the test accepts, feeds and drops each socket the page opens. */
class FakeSocket {
  static all: FakeSocket[] = [];
  static last = () => FakeSocket.all[FakeSocket.all.length - 1];
  url: string;
  sent: any[] = [];
  closed: number | null = null;
  onopen: (() => void) | null = null;
  onmessage: ((e: { data: string }) => void) | null = null;
  onclose: ((e: { code: number; reason: string }) => void) | null = null;
  onerror: ((e: unknown) => void) | null = null;
  constructor(url: string) {
    this.url = url;
    FakeSocket.all.push(this);
  }
  send(text: string) {
    this.sent.push(JSON.parse(text));
  }
  close(code = 1000) {
    this.closed = code;
  }
  accept() {
    this.onopen?.();
    this.push({ type: "hello", pid: 1, actor: { kind: "consumer", id: 7 } });
  }
  push(frame: unknown) {
    this.onmessage?.({ data: JSON.stringify(frame) });
  }
  drop(code = 1006) {
    this.onclose?.({ code, reason: "" });
  }
  frames(type: string) {
    return this.sent.filter((f) => f.type === type);
  }
}

const msg = (id: number, over: Record<string, unknown> = {}) => ({
  id,
  conversation_id: 5,
  sender_kind: "staff",
  sender_id: 3,
  client_id: null,
  kind: "text",
  body: { text: `客服消息${id}` },
  created_at: "2026-05-01T08:00:00Z",
  ...over,
});

const conversation = (over: Record<string, unknown> = {}) => ({
  id: 5,
  shop_id: 2,
  status: "active",
  unread_for_user: 0,
  last_message: msg(12),
  created_at: "2026-05-01T08:00:00Z",
  updated_at: "2026-05-01T08:00:00Z",
  ...over,
});

beforeEach(() => {
  FakeSocket.all = [];
  vi.stubGlobal("WebSocket", FakeSocket);
  setToken("buyer");
});

function chatApi(routes: Record<string, unknown> = {}) {
  return fakeApi({
    "POST /chat/conversations": conversation(),
    "GET /chat/conversations": { items: [conversation()] },
    "GET /chat/conversations/5/messages": (url: URL) =>
      url.searchParams.get("before_id") === "13" ? { items: [msg(11), msg(12)] } : { items: [] },
    "GET /products/1": detail(),
    "GET /products/1/recommendations": { items: [] },
    ...routes,
  });
}

async function openChat(path: string) {
  const mounted = await mountAt(path);
  await vi.waitFor(() => expect(FakeSocket.all.length).toBe(1));
  FakeSocket.last().accept();
  await flushPromises();
  return mounted;
}

const texts = (wrapper: Awaited<ReturnType<typeof mountAt>>["wrapper"]) =>
  wrapper.findAll("[data-test='chat-message'], [data-test='chat-system']").map((m) => m.text());

describe("在线客服 (H5)", () => {
  it("[MSG-1] from a product: opens the shop's conversation, shows its history and sends the product card", async () => {
    const fetch = chatApi();
    const { wrapper, router } = await openChat("/chat?shop_id=2&product_id=1");
    expect(bodyOf(fetch, "POST", "/chat/conversations")).toEqual({ shop_id: 2 });
    expect(router.currentRoute.value.fullPath).toBe("/chat/5?shop_id=2&product_id=1");
    expect(FakeSocket.last().url).toBe("ws://localhost:3000/api/v1/chat/ws?token=buyer");
    expect(FakeSocket.last().frames("resume")).toEqual([{ type: "resume", conversation_id: 5, after_id: 12 }]);
    expect(texts(wrapper)).toEqual(["客服客服消息11", "客服客服消息12"]);

    await vi.waitFor(() => expect(wrapper.find("[data-test='chat-offer']").exists()).toBe(true));
    const product = detail();
    expect(wrapper.find("[data-test='chat-offer']").text()).toContain(product.title);
    await wrapper.find("[data-test='chat-offer-send']").trigger("click");
    const [frame] = FakeSocket.last().frames("send");
    expect(frame).toMatchObject({
      conversation_id: 5,
      kind: "product_card",
      body: { product_id: 1, title: product.title, image: product.images[0], price: product.price },
    });
    expect(wrapper.find("[data-test='chat-offer']").exists()).toBe(false);
    expect(wrapper.find("[data-test='chat-sending']").exists()).toBe(true);

    FakeSocket.last().push({ type: "ack", client_id: frame.client_id, message: msg(13, { sender_kind: "consumer", client_id: frame.client_id, kind: "product_card", body: frame.body }) });
    await flushPromises();
    const card = wrapper.find("[data-test='chat-product-card']");
    expect(card.text()).toContain(product.title);
    expect(card.text()).toContain("¥19.90");
    expect(wrapper.find("[data-test='chat-read']").text()).toBe("未读");
    FakeSocket.last().push({ type: "read", conversation_id: 5, reader: "staff", last_message_id: 13 });
    await flushPromises();
    expect(wrapper.find("[data-test='chat-read']").text()).toBe("已读");
    await card.trigger("click");
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe("/product/1"));
  });

  it("[MSG-1] sends typed text and shows it as text, never as HTML", async () => {
    chatApi();
    const { wrapper } = await openChat("/chat/5");
    const send = wrapper.find("[data-test='chat-send']");
    expect(send.attributes("disabled")).toBeDefined();
    await wrapper.find("[data-test='chat-input'] textarea").setValue("<img src=x onerror=alert(1)>在吗");
    await send.trigger("click");
    const [frame] = FakeSocket.last().frames("send");
    expect(frame.body).toEqual({ text: "<img src=x onerror=alert(1)>在吗" });
    FakeSocket.last().push({ type: "message", message: msg(14, { body: { text: "<b>您好</b>" } }) });
    await flushPromises();
    const list = wrapper.find("[data-test='chat-list']");
    expect(list.find("img[src='x']").exists()).toBe(false);
    expect(list.find("b").exists()).toBe(false);
    expect(list.text()).toContain("<b>您好</b>");
    expect(list.text()).toContain("<img src=x onerror=alert(1)>在吗");
  });

  it("[MSG-1] a refused message is marked 发送失败 and goes again with the same id", async () => {
    chatApi();
    const { wrapper } = await openChat("/chat/5");
    await wrapper.find("[data-test='chat-input'] textarea").setValue("快点发货");
    await wrapper.find("[data-test='chat-send']").trigger("click");
    const [frame] = FakeSocket.last().frames("send");
    FakeSocket.last().push({ type: "error", code: "rate_limited", message: "发送太频繁，请稍后再试", client_id: frame.client_id });
    await flushPromises();
    expect(toastText()).toBe("发送太频繁，请稍后再试");
    await wrapper.find("[data-test='chat-failed']").trigger("click");
    expect(FakeSocket.last().frames("send").map((f) => f.client_id)).toEqual([frame.client_id, frame.client_id]);
  });

  it("[MSG-1] shows a banner while disconnected and catches up on what it missed", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    try {
      chatApi();
      const { wrapper } = await openChat("/chat/5");
      expect(wrapper.find("[data-test='chat-banner']").exists()).toBe(false);
      FakeSocket.last().drop();
      await flushPromises();
      expect(wrapper.find("[data-test='chat-banner']").text()).toContain("连接已断开，正在重新连接");
      await wrapper.find("[data-test='chat-reconnect']").trigger("click"); // 立即重连: no waiting out the backoff
      expect(FakeSocket.all).toHaveLength(2);
      FakeSocket.last().accept();
      expect(FakeSocket.last().frames("resume")).toEqual([{ type: "resume", conversation_id: 5, after_id: 12 }]);
      FakeSocket.last().push({ type: "history", conversation_id: 5, messages: [msg(13), msg(14, { sender_kind: "system", body: { text: "已为您转接其他客服" } })], more: false });
      await flushPromises();
      expect(wrapper.find("[data-test='chat-banner']").exists()).toBe(false);
      expect(texts(wrapper)).toEqual(["客服客服消息11", "客服客服消息12", "客服客服消息13", "已为您转接其他客服"]);
    } finally {
      vi.useRealTimers();
    }
  });

  it("[MSG-1] 查看更早的消息 loads the page before the first message", async () => {
    const page = Array.from({ length: 30 }, (_, i) => msg(71 + i));
    const fetch = chatApi({
      "GET /chat/conversations": { items: [conversation({ last_message: msg(100) })] },
      "GET /chat/conversations/5/messages": (url: URL) =>
        url.searchParams.get("before_id") === "101" ? { items: page } : { items: [msg(70, { body: { text: "最早的一条" } })] },
    });
    const { wrapper } = await openChat("/chat/5");
    expect(wrapper.findAll("[data-test='chat-message']")).toHaveLength(30);
    await wrapper.find("[data-test='chat-earlier']").trigger("click");
    await flushPromises();
    const calls = fetch.mock.calls.map(([url]) => new URL(url, "http://x").search).filter((q) => q.includes("before_id"));
    expect(calls).toEqual(["?before_id=101&limit=30", "?before_id=71&limit=30"]);
    expect(texts(wrapper)[0]).toContain("最早的一条");
    expect(wrapper.find("[data-test='chat-earlier']").exists()).toBe(false);
    expect(wrapper.text()).toContain("没有更早的消息了");
  });

  it("[MSG-1] uploads an image through /uploads/images and sends it", async () => {
    const fetch = chatApi({ "POST /uploads/images": { url: "/media/uploads/user/a.png" } });
    const { wrapper } = await openChat("/chat/5");
    const input = wrapper.find("[data-test='chat-file']");
    const file = new File([new Uint8Array([137, 80, 78, 71])], "a.png", { type: "image/png" });
    Object.defineProperty(input.element, "files", { value: [file], configurable: true });
    await input.trigger("change");
    await vi.waitFor(() => expect(FakeSocket.last().frames("send")).toHaveLength(1));
    expect(fetch.mock.calls.some(([url, init]) => url === "/api/v1/uploads/images" && init.method === "POST")).toBe(true);
    expect(FakeSocket.last().frames("send")[0]).toMatchObject({ kind: "image", body: { url: "/media/uploads/user/a.png" } });
    await flushPromises();
    expect(wrapper.find("[data-test='chat-image']").exists()).toBe(true);
  });

  it("[MSG-1] from an order: 联系客服 offers the order's card", async () => {
    const order = orderDetail("O1");
    chatApi({ [`GET /orders/O1`]: order });
    const { wrapper, router } = await mountAt("/order/O1");
    await vi.waitFor(() => expect(wrapper.find("[data-test='order-chat']").exists()).toBe(true));
    await wrapper.find("[data-test='order-chat']").trigger("click");
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe(`/chat/5?shop_id=${order.shop_id}&order_no=O1`));
    await vi.waitFor(() => expect(FakeSocket.all.length).toBe(1));
    FakeSocket.last().accept();
    await vi.waitFor(() => expect(wrapper.find("[data-test='chat-offer']").text()).toContain("订单 O1"));
    await wrapper.find("[data-test='chat-offer-send']").trigger("click");
    expect(FakeSocket.last().frames("send")[0]).toMatchObject({ kind: "order_card", body: { order_no: "O1" } });
  });

  it("[MSG-1] a closed conversation offers 重新咨询", async () => {
    chatApi({ "GET /chat/conversations": { items: [conversation({ status: "closed" })] } });
    const { wrapper } = await openChat("/chat/5");
    expect(wrapper.find("[data-test='chat-closed']").text()).toContain("本次会话已结束");
    expect(wrapper.find("[data-test='chat-input']").exists()).toBe(false);
  });

  it("[MSG-1] signed out: 请先登录, no socket", async () => {
    setToken(null);
    chatApi();
    const { wrapper } = await mountAt("/chat?shop_id=2");
    expect(wrapper.find("[data-test='sign-in-required']").exists()).toBe(true);
    expect(FakeSocket.all).toHaveLength(0);
  });
});

describe("unread customer-service messages", () => {
  it("[MSG-1] a red dot on 我的 in the tab bar and the unread count on 平台客服", async () => {
    fakeApi({
      "GET /chat/conversations": { items: [conversation({ unread_for_user: 2 }), conversation({ id: 6, unread_for_user: 1 })] },
      "GET /orders/counts": {},
    });
    const { wrapper } = await mountAt("/me");
    await vi.waitFor(() => expect(wrapper.find("[data-test='tab-chat-dot']").exists()).toBe(true));
    expect(wrapper.find("[data-test='me-chat-unread']").text()).toBe("3");
  });

  it("[MSG-1] the badge comes from GET /chat/unread where the backend has it", async () => {
    fakeApi({
      "GET /chat/unread": { total: 4, conversations: [{ id: 5, shop_id: 2, unread: 4 }] },
      "GET /chat/conversations": { items: [] },
      "GET /orders/counts": {},
    });
    const { wrapper } = await mountAt("/me");
    await vi.waitFor(() => expect(wrapper.find("[data-test='me-chat-unread']").text()).toBe("4"));
  });

  it("[MSG-1] no dot when everything is read", async () => {
    fakeApi({ "GET /chat/conversations": { items: [conversation()] }, "GET /orders/counts": {} });
    const { wrapper } = await mountAt("/me");
    await flushPromises();
    expect(wrapper.find("[data-test='tab-chat-dot']").exists()).toBe(false);
    expect(wrapper.find("[data-test='me-chat-unread']").exists()).toBe(false);
  });
});
