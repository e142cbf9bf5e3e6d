import { describe, expect, it, vi } from "vitest";

import {
  ApiError,
  badgeText,
  createApiClient,
  createMessageCentre,
  createSwitchForm,
  createUnreadTotal,
  createUnreadCounter,
  fetchUnread,
  noticeTarget,
  notificationSettingsApi,
  notificationsApi,
  pushDevicesApi,
} from "../src/index.js";

const TYPES = ["order", "logistics", "refund", "promotion", "system"];

function notice(id, type, read = false, extra = {}) {
  return {
    id, type, event: "order_paid", title: `通知${id}`, body: `正文${id}`, link: `/order/P${id}`,
    read, read_at: read ? "2026-01-01T00:00:00Z" : null, created_at: "2026-01-01T00:00:00Z", ...extra,
  };
}

/**
 * The message-centre endpoints as the backend answers them, in memory, behind the real shared
 * client (so paths, query strings and bodies are the ones sent over the wire).
 */
function fakeBackend(rows, { failRead = null } = {}) {
  const calls = [];
  const transport = vi.fn(async ({ method, url, body }) => {
    const u = new URL(url, "http://x");
    calls.push({ method, path: u.pathname, query: Object.fromEntries(u.searchParams), body: body ? JSON.parse(body) : undefined });
    const path = u.pathname.replace("/api/v1", "");
    const base = path.startsWith("/admin/") ? "/admin/notifications" : "/me/notifications";
    if (method === "GET" && path === base) {
      let list = rows.slice().sort((a, b) => b.id - a.id);
      const type = u.searchParams.get("type");
      if (type) list = list.filter((r) => r.type === type);
      if (u.searchParams.get("unread") === "true") list = list.filter((r) => !r.read);
      const page = Number(u.searchParams.get("page") || 1);
      const size = Number(u.searchParams.get("page_size") || 20);
      return { status: 200, headers: {}, data: { items: list.slice((page - 1) * size, page * size), total: list.length, page, page_size: size } };
    }
    if (method === "GET" && path === `${base}/badge`) {
      const by_type = Object.fromEntries(TYPES.map((t) => [t, rows.filter((r) => r.type === t && !r.read).length]));
      return { status: 200, headers: {}, data: { total: rows.filter((r) => !r.read).length, by_type } };
    }
    const read = new RegExp(`^${base}/(\\d+)/read$`).exec(path);
    if (method === "POST" && read) {
      if (failRead) return failRead;
      const row = rows.find((r) => r.id === Number(read[1]));
      if (!row) return { status: 404, headers: {}, data: { error: { code: "notification_not_found", message: "消息不存在" } } };
      if (!row.read) Object.assign(row, { read: true, read_at: "2026-01-02T00:00:00Z" });
      return { status: 200, headers: {}, data: { ...row } };
    }
    if (method === "POST" && path === `${base}/read-all`) {
      const type = body ? JSON.parse(body).type : undefined;
      let marked = 0;
      for (const r of rows) if (!r.read && (!type || r.type === type)) { Object.assign(r, { read: true, read_at: "2026-01-02T00:00:00Z" }); marked++; }
      return { status: 200, headers: {}, data: { marked } };
    }
    return { status: 404, headers: {}, data: { error: { code: "not_found", message: "不存在" } } };
  });
  const client = createApiClient({ baseUrl: "/api/v1", transport, getToken: () => "t" });
  return { client, calls, transport };
}

describe("notificationsApi", () => {
  it("[MEM-7] sends the shopper's centre calls to /me/notifications and staff's to /admin/notifications", async () => {
    const rows = [notice(1, "order"), notice(2, "logistics", true)];
    const { client, calls } = fakeBackend(rows);
    const me = notificationsApi(client);
    const page = await me.list({ type: "order", unread: true, page: 1, page_size: 10 });
    expect(page.items.map((r) => r.id)).toEqual([1]);
    expect(calls[0]).toMatchObject({ method: "GET", path: "/api/v1/me/notifications", query: { type: "order", unread: "true", page: "1", page_size: "10" } });
    await me.readAll("order");
    expect(calls[1]).toMatchObject({ method: "POST", path: "/api/v1/me/notifications/read-all", body: { type: "order" } });
    await me.readAll();
    expect(calls[2].body).toEqual({});
    await notificationsApi(client, "admin").badge();
    expect(calls[3]).toMatchObject({ method: "GET", path: "/api/v1/admin/notifications/badge" });
  });

  it("[MSG-4] switches and push devices go to their endpoints", async () => {
    const sent = [];
    const client = {
      get: async (path) => (sent.push(["GET", path]), { items: [] }),
      put: async (path, body) => (sent.push(["PUT", path, body]), { items: [] }),
      post: async (path, body) => (sent.push(["POST", path, body]), {}),
      del: async (path) => (sent.push(["DELETE", path]), null),
    };
    await notificationSettingsApi(client).put([{ type: "order", sms: true }]);
    await pushDevicesApi(client).register("rid_1", "android");
    await pushDevicesApi(client).remove("rid/1");
    expect(sent).toEqual([
      ["PUT", "/me/notification-settings", { items: [{ type: "order", sms: true }] }],
      ["POST", "/me/push-devices", { registration_id: "rid_1", platform: "android" }],
      ["DELETE", "/me/push-devices/rid%2F1"],
    ]);
  });
});

describe("createMessageCentre", () => {
  it("[MEM-7] lists a tab newest first, page by page, and stops at the last page", async () => {
    const rows = Array.from({ length: 5 }, (_, i) => notice(i + 1, i % 2 ? "logistics" : "order"));
    const { client } = fakeBackend(rows);
    const centre = createMessageCentre({ api: notificationsApi(client), pageSize: 2 });
    await centre.reload();
    expect(centre.state.items.map((r) => r.id)).toEqual([5, 4]);
    expect(centre.state.finished).toBe(false);
    await centre.loadMore();
    await centre.loadMore();
    expect(centre.state.items.map((r) => r.id)).toEqual([5, 4, 3, 2, 1]);
    expect(centre.state.finished).toBe(true);
    await centre.setType("logistics");
    expect(centre.state.items.map((r) => r.id)).toEqual([4, 2]);
    expect(centre.state.type).toBe("logistics");
  });

  it("[MEM-7] marks a notice read and the badge drops by one", async () => {
    const rows = [notice(1, "order"), notice(2, "refund"), notice(3, "order", true)];
    const { client, calls } = fakeBackend(rows);
    const badges = [];
    const centre = createMessageCentre({ api: notificationsApi(client), onBadge: (b) => badges.push(b.total) });
    await centre.reload();
    await centre.refreshBadge();
    expect(centre.state.badge).toMatchObject({ total: 2, by_type: { order: 1, refund: 1, logistics: 0 } });
    const target = await centre.open(centre.state.items.find((r) => r.id === 1));
    expect(target).toEqual({ to: "order", orderNo: "P1", path: "/order/P1" });
    expect(centre.state.badge).toMatchObject({ total: 1, by_type: { order: 0, refund: 1 } });
    expect(centre.state.items.find((r) => r.id === 1).read).toBe(true);
    expect(calls.filter((c) => c.method === "POST").map((c) => c.path)).toEqual(["/api/v1/me/notifications/1/read"]);
    expect(badges.at(-1)).toBe(1);
    // an already-read notice opens without a call and leaves the badge alone
    await centre.open(centre.state.items.find((r) => r.id === 3));
    expect(calls.filter((c) => c.method === "POST")).toHaveLength(1);
    expect(centre.state.badge.total).toBe(1);
  });

  it("[MEM-7] puts the notice back to unread when the server refuses, with its message", async () => {
    const rows = [notice(1, "order")];
    const { client } = fakeBackend(rows, { failRead: { status: 500, headers: {}, data: null } });
    const centre = createMessageCentre({ api: notificationsApi(client) });
    await centre.reload();
    await centre.refreshBadge();
    await expect(centre.open(centre.state.items[0])).rejects.toBeInstanceOf(ApiError);
    expect(centre.state.items[0].read).toBe(false);
    expect(centre.state.badge.total).toBe(1);
  });

  it("[MEM-7] 全部已读 on a tab marks that type only; on 全部 every type", async () => {
    const rows = [notice(1, "order"), notice(2, "refund"), notice(3, "order")];
    const { client } = fakeBackend(rows);
    const centre = createMessageCentre({ api: notificationsApi(client), type: "order" });
    await centre.reload();
    expect(await centre.readAll()).toBe(2);
    expect(centre.state.items.every((r) => r.read)).toBe(true);
    await centre.refreshBadge();
    expect(centre.state.badge).toMatchObject({ total: 1, by_type: { order: 0, refund: 1 } });
    await centre.setType("");
    await centre.readAll();
    await centre.refreshBadge();
    expect(centre.state.badge.total).toBe(0);
  });

  it("[MEM-7] drops a tab's answer that arrives after the shopper switched tabs", async () => {
    let release;
    const api = {
      list: vi.fn((q) => q.type === "order"
        ? new Promise((resolve) => { release = () => resolve({ items: [notice(1, "order")], total: 1 }); })
        : Promise.resolve({ items: [notice(2, "refund")], total: 1 })),
      badge: async () => ({ total: 0, by_type: {} }),
    };
    const centre = createMessageCentre({ api });
    const slow = centre.setType("order");
    await centre.setType("refund");
    release();
    await slow;
    expect(centre.state.type).toBe("refund");
    expect(centre.state.items.map((r) => r.id)).toEqual([2]);
  });

  it("[MEM-7] shows the server's message when a page fails", async () => {
    const api = { list: async () => { throw new ApiError(500, "internal_error", "服务繁忙，请稍后再试"); }, badge: async () => ({ total: 0, by_type: {} }) };
    const centre = createMessageCentre({ api });
    await centre.reload();
    expect(centre.state.error).toBe("服务繁忙，请稍后再试");
    expect(centre.state.loading).toBe(false);
  });
});

describe("noticeTarget", () => {
  it("[MEM-7] reads the site paths notices link to, and refuses anything else", () => {
    expect(noticeTarget("/order/P2026/logistics")).toEqual({ to: "logistics", orderNo: "P2026", path: "/order/P2026/logistics" });
    expect(noticeTarget("/product/12")).toEqual({ to: "product", id: 12, path: "/product/12" });
    expect(noticeTarget("/orders")).toEqual({ to: "orders", path: "/orders" });
    expect(noticeTarget("/me/coupons")).toEqual({ to: "coupons", path: "/me/coupons" });
    expect(noticeTarget("/page/sale")).toEqual({ to: "path", path: "/page/sale" });
    for (const bad of ["", "//evil.com/x", "https://evil.com", "javascript:alert(1)", "/a b", "/x\\y", null]) {
      expect(noticeTarget(bad), String(bad)).toBeNull();
    }
  });
});

describe("createSwitchForm", () => {
  const switches = () => ({
    items: [
      { type: "order", name: "订单通知", in_app: true, push: true, sms: false, subscribe: true },
      { type: "promotion", name: "优惠活动", in_app: true, push: false, sms: false, subscribe: false },
    ],
  });

  it("[MSG-4] shows in-app locked on and saves one channel of one type", async () => {
    const api = { get: vi.fn(async () => switches()), put: vi.fn(async (items) => { const s = switches(); Object.assign(s.items[0], items[0]); return s; }) };
    const form = createSwitchForm({ api });
    await form.load();
    const order = form.rows()[0];
    expect(order.channels.map((c) => [c.name, c.on, c.locked])).toEqual([
      ["站内信", true, true], ["推送通知", true, false], ["短信", false, false], ["微信订阅消息", true, false],
    ]);
    await form.toggle("order", "sms", true);
    expect(api.put).toHaveBeenCalledWith([{ type: "order", sms: true }]);
    expect(form.rows()[0].channels[2].on).toBe(true);
    await form.toggle("order", "in_app", false);
    expect(api.put).toHaveBeenCalledTimes(1);
  });

  it("[MSG-4] a refused switch goes back, and is busy while saving", async () => {
    let fail;
    const api = { get: async () => switches(), put: vi.fn(() => new Promise((_, reject) => { fail = () => reject(new ApiError(422, "validation_failed", "提交的内容有误")); })) };
    const form = createSwitchForm({ api });
    await form.load();
    const pending = form.toggle("promotion", "push", true);
    expect(form.rows()[1].channels[1]).toMatchObject({ on: true, busy: true });
    fail();
    await expect(pending).rejects.toMatchObject({ message: "提交的内容有误" });
    expect(form.rows()[1].channels[1]).toMatchObject({ on: false, busy: false });
  });
});

describe("the red dot's total", () => {
  it("[MEM-7] adds the notice badge to the chat's unread count, one number", () => {
    const total = createUnreadTotal();
    const heard = [];
    total.subscribe((n) => heard.push(n));
    const chat = createUnreadCounter("consumer");
    chat.subscribe((n) => total.set("chat", n));
    chat.seed([{ id: 1, unread_for_user: 2 }]);
    total.set("notices", 3);
    expect(total.total()).toBe(5);
    chat.clear(1);
    expect(total.total()).toBe(3);
    total.set("notices", 0);
    expect(heard).toEqual([2, 5, 3, 0]);
    expect(badgeText(0)).toBe("");
    expect(badgeText(120)).toBe("99+");
    expect(badgeText(7)).toBe("7");
  });

  it("[MEM-7] fetchUnread asks both halves; one failing leaves the other", async () => {
    const { client } = fakeBackend([notice(1, "order")]);
    const chatApi = { unread: async () => { throw new ApiError(500, "internal_error", "x"); } };
    await expect(fetchUnread(client, chatApi)).resolves.toEqual({ chat: null, notices: { total: 1, by_type: { order: 1, logistics: 0, refund: 0, promotion: 0, system: 0 } } });
  });
});
