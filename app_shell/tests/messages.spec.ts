import { flushPromises } from "@vue/test-utils";
import { beforeEach, describe, expect, it, vi } from "vitest";

import { setToken } from "@/core/api";
import { jpushBridge, PUSH_ID_KEY, registerPushDevice, unregisterPushDevice } from "@/core/push";
import { afterSignIn, signOut } from "@/core/session";

import { fakeApi, mountAt, toastText } from "./helpers";

const TYPES = ["order", "logistics", "refund", "promotion", "system"];

function notice(id: number, type: string, read = false, over: Record<string, unknown> = {}) {
  return {
    id,
    type,
    event: "order_paid",
    title: `通知${id}`,
    body: `您的订单P${id}已支付成功`,
    link: `/order/P${id}`,
    read,
    read_at: read ? "2026-05-01T08:00:00Z" : null,
    created_at: "2026-05-01T08:00:00Z",
    ...over,
  };
}

/** The message centre's endpoints over a list of notices that reading changes. */
function centreApi(rows: ReturnType<typeof notice>[], extra: Record<string, unknown> = {}) {
  const badge = () => ({
    total: rows.filter((r) => !r.read).length,
    by_type: Object.fromEntries(TYPES.map((t) => [t, rows.filter((r) => r.type === t && !r.read).length])),
  });
  const routes: Record<string, unknown> = {
    "GET /me/notifications": (url: URL) => {
      const type = url.searchParams.get("type");
      const items = rows.filter((r) => !type || r.type === type);
      return { items, total: items.length, page: 1, page_size: 20 };
    },
    "GET /me/notifications/badge": () => badge(),
    "POST /me/notifications/read-all": (_url: URL, init: RequestInit) => {
      const type = init.body ? JSON.parse(String(init.body)).type : undefined;
      let marked = 0;
      for (const r of rows) if (!r.read && (!type || r.type === type)) { r.read = true; marked++; }
      return { marked };
    },
    "GET /chat/unread": { total: 0, conversations: [] },
    "GET /orders/counts": {},
    "GET /pages/home": { page: { key: "home" }, sections: {}, order: [] },
    ...extra,
  };
  for (const r of rows) {
    routes[`POST /me/notifications/${r.id}/read`] = () => {
      r.read = true;
      r.read_at = "2026-05-02T08:00:00Z";
      return { ...r };
    };
  }
  return fakeApi(routes);
}

beforeEach(() => setToken("buyer"));

describe("消息中心 (H5)", () => {
  it("[MEM-7] 我的 shows 消息中心 with its count, and the tab's red dot adds notices to chat", async () => {
    centreApi([notice(1, "order"), notice(2, "refund")], {
      "GET /chat/unread": { total: 1, conversations: [{ id: 5, shop_id: null, unread: 1 }] },
    });
    const { wrapper } = await mountAt("/me");
    await vi.waitFor(() => expect(wrapper.find("[data-test='me-messages-unread']").text()).toBe("2"));
    expect(wrapper.find("[data-test='me-chat-unread']").text()).toBe("1");
    const { unreadTotal } = await import("@/core/chat");
    expect(unreadTotal.value).toBe(3);
  });

  it("[MEM-7] the 我的 red dot shows for unread notices alone, and not when all is read", async () => {
    const rows = [notice(1, "order")];
    centreApi(rows);
    const { wrapper, router } = await mountAt("/me");
    await vi.waitFor(() => expect(wrapper.find("[data-test='tab-chat-dot']").exists()).toBe(true));
    rows[0].read = true;
    await router.push("/me/messages");
    await flushPromises();
    await router.push("/me");
    await flushPromises();
    await vi.waitFor(() => expect(wrapper.find("[data-test='tab-chat-dot']").exists()).toBe(false));
  });

  it("[MEM-7] lists notices with unread ones marked, per tab", async () => {
    const fetch = centreApi([notice(3, "order"), notice(2, "logistics", false, { title: "订单已发货" }), notice(1, "order", true)]);
    const { wrapper } = await mountAt("/me/messages");
    await vi.waitFor(() => expect(wrapper.findAll("[data-test='message-item']")).toHaveLength(3));
    const items = wrapper.findAll("[data-test='message-item']");
    expect(items.map((i) => i.attributes("data-read"))).toEqual(["false", "false", "true"]);
    expect(items[0].classes()).toContain("is-unread");
    expect(wrapper.find("[data-test='messages-unread']").text()).toBe("2 条未读");
    await wrapper.find("[data-test='messages-tab-logistics']").trigger("click");
    await vi.waitFor(() => expect(wrapper.findAll("[data-test='message-item']").map((i) => i.text())).toEqual([expect.stringContaining("订单已发货")]));
    const calls = fetch.mock.calls.map(([u]) => new URL(u, "http://x")).filter((u) => u.pathname === "/api/v1/me/notifications");
    expect(calls.at(-1)!.searchParams.get("type")).toBe("logistics");
  });

  it("[MEM-7] tapping a notice marks it read, the badge drops by one and its page opens", async () => {
    const fetch = centreApi([notice(7, "order"), notice(6, "order")]);
    const { wrapper, router } = await mountAt("/me/messages");
    await vi.waitFor(() => expect(wrapper.findAll("[data-test='message-item']")).toHaveLength(2));
    const { noticeBadge, unreadTotal } = await import("@/core/chat");
    expect(noticeBadge.value.total).toBe(2);
    await wrapper.find("[data-test='message-item'][data-id='7']").trigger("click");
    await flushPromises();
    expect(fetch.mock.calls.some(([u, init]) => u.endsWith("/me/notifications/7/read") && init.method === "POST")).toBe(true);
    expect(noticeBadge.value.total).toBe(1);
    expect(unreadTotal.value).toBe(1);
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe("/order/P7"));
  });

  it("[MEM-7] a link that is not a page of the app only marks read", async () => {
    centreApi([notice(8, "system", false, { link: "https://evil.example/x" })]);
    const { wrapper, router } = await mountAt("/me/messages");
    await vi.waitFor(() => expect(wrapper.findAll("[data-test='message-item']")).toHaveLength(1));
    await wrapper.find("[data-test='message-item']").trigger("click");
    await flushPromises();
    expect(router.currentRoute.value.path).toBe("/me/messages");
    expect(wrapper.find("[data-test='message-item']").attributes("data-read")).toBe("true");
  });

  it("[MEM-7] 全部已读 clears the list and the dot", async () => {
    centreApi([notice(2, "order"), notice(1, "refund")]);
    const { wrapper } = await mountAt("/me/messages");
    await vi.waitFor(() => expect(wrapper.findAll("[data-test='message-item']")).toHaveLength(2));
    await wrapper.find("[data-test='messages-read-all']").trigger("click");
    await flushPromises();
    expect(wrapper.findAll("[data-test='message-item']").map((i) => i.attributes("data-read"))).toEqual(["true", "true"]);
    expect(wrapper.find("[data-test='messages-unread']").text()).toBe("没有未读消息");
    expect(wrapper.find("[data-test='messages-read-all']").attributes("disabled")).toBeDefined();
    const { unreadTotal } = await import("@/core/chat");
    expect(unreadTotal.value).toBe(0);
  });

  it("[MEM-7] shows the empty state, and 请先登录 when signed out", async () => {
    centreApi([]);
    const { wrapper } = await mountAt("/me/messages");
    await vi.waitFor(() => expect(wrapper.text()).toContain("暂无消息"));
    setToken(null);
    const again = await mountAt("/me/messages");
    expect(again.wrapper.find("[data-test='sign-in-required']").exists()).toBe(true);
  });
});

describe("通知设置 (H5)", () => {
  const switches = () => ({
    items: [
      { type: "order", name: "订单通知", in_app: true, push: true, sms: false, subscribe: true },
      { type: "promotion", name: "优惠活动", in_app: true, push: false, sms: false, subscribe: false },
    ],
  });

  it("[MSG-4] in-app is on and cannot be turned off; a switch saves only itself", async () => {
    const fetch = fakeApi({
      "GET /me/notification-settings": switches(),
      "PUT /me/notification-settings": (_u: URL, init: RequestInit) => {
        const s = switches();
        Object.assign(s.items[0], JSON.parse(String(init.body)).items[0]);
        return s;
      },
    });
    const { wrapper } = await mountAt("/me/messages/settings");
    await vi.waitFor(() => expect(wrapper.find("[data-test='switch-order-in_app']").exists()).toBe(true));
    const inApp = wrapper.find("[data-test='switch-order-in_app']");
    expect(inApp.classes()).toContain("van-switch--on");
    expect(inApp.classes()).toContain("van-switch--disabled");
    expect(wrapper.find("[data-test='switch-order-sms']").classes()).not.toContain("van-switch--on");
    await wrapper.find("[data-test='switch-order-sms']").trigger("click");
    await flushPromises();
    const put = fetch.mock.calls.find(([, init]) => init.method === "PUT")!;
    expect(JSON.parse(String(put[1].body))).toEqual({ items: [{ type: "order", sms: true }] });
    expect(wrapper.find("[data-test='switch-order-sms']").classes()).toContain("van-switch--on");
    await wrapper.find("[data-test='switch-order-in_app']").trigger("click");
    await flushPromises();
    expect(fetch.mock.calls.filter(([, init]) => init.method === "PUT")).toHaveLength(1);
  });

  it("[MSG-4] a refused switch goes back with the server's message", async () => {
    fakeApi({
      "GET /me/notification-settings": switches(),
      "PUT /me/notification-settings": new Response(JSON.stringify({ error: { code: "validation_failed", message: "每种消息类型只能出现一次" } }), { status: 422 }),
    });
    const { wrapper } = await mountAt("/me/messages/settings");
    await vi.waitFor(() => expect(wrapper.find("[data-test='switch-promotion-push']").exists()).toBe(true));
    await wrapper.find("[data-test='switch-promotion-push']").trigger("click");
    await flushPromises();
    expect(wrapper.find("[data-test='switch-promotion-push']").classes()).not.toContain("van-switch--on");
    expect(toastText()).toContain("每种消息类型只能出现一次");
  });
});

describe("push devices in the native app (MSG-4)", () => {
  function fakeBridge(platform = "android", id: unknown = { registrationId: "1a0018970a" }) {
    const getRegistrationID = vi.fn(async () => id);
    return {
      capacitor: { isNativePlatform: () => true, getPlatform: () => platform, Plugins: { JPush: { getRegistrationID } } },
      getRegistrationID,
    };
  }
  const fakeDevices = () => ({ register: vi.fn(async () => ({})), remove: vi.fn(async () => null) });

  it("[MSG-4] in a browser nothing is asked or sent", async () => {
    const api = fakeDevices();
    expect(jpushBridge({ capacitor: null })).toBeNull();
    expect(jpushBridge({ capacitor: { isNativePlatform: () => false, getPlatform: () => "web", Plugins: {} } })).toBeNull();
    const noPlugin = { isNativePlatform: () => true, getPlatform: () => "android", Plugins: {} };
    expect(await registerPushDevice({ capacitor: noPlugin, api, token: () => "t" })).toBeNull();
    expect(await registerPushDevice({ capacitor: undefined, api, token: () => "t" })).toBeNull(); // happy-dom: no Capacitor
    expect(await unregisterPushDevice({ capacitor: null, api, token: () => "t" })).toBe(false);
    expect(api.register).not.toHaveBeenCalled();
    expect(api.remove).not.toHaveBeenCalled();
  });

  it("[MSG-4] registers the JPush id after sign-in and deletes it on sign-out", async () => {
    const bridge = fakeBridge("ios");
    const api = fakeDevices();
    expect(await registerPushDevice({ capacitor: bridge.capacitor, api, token: () => "t" })).toBe("1a0018970a");
    expect(api.register).toHaveBeenCalledWith("1a0018970a", "ios");
    expect(localStorage.getItem(PUSH_ID_KEY)).toBe("1a0018970a");
    expect(await unregisterPushDevice({ capacitor: bridge.capacitor, api, token: () => "t" })).toBe(true);
    expect(api.remove).toHaveBeenCalledWith("1a0018970a");
    expect(localStorage.getItem(PUSH_ID_KEY)).toBeNull();
  });

  it("[MSG-4] signed out, or no id from the plugin yet: nothing is sent", async () => {
    const api = fakeDevices();
    expect(await registerPushDevice({ capacitor: fakeBridge().capacitor, api, token: () => null })).toBeNull();
    expect(await registerPushDevice({ capacitor: fakeBridge("android", "").capacitor, api, token: () => "t" })).toBeNull();
    expect(api.register).not.toHaveBeenCalled();
  });

  it("[MSG-4] afterSignIn / signOut go through the real endpoints with the Capacitor global", async () => {
    const bridge = fakeBridge("android", "rid_42");
    vi.stubGlobal("Capacitor", bridge.capacitor);
    setToken(null);
    const fetch = centreApi([], {
      "POST /me/push-devices": new Response(JSON.stringify({ registration_id: "rid_42", platform: "android" }), { status: 201 }),
      "DELETE /me/push-devices/rid_42": undefined,
      "POST /auth/logout": undefined,
    });
    await afterSignIn("buyer-2");
    const post = fetch.mock.calls.find(([u, init]) => u.endsWith("/me/push-devices") && init.method === "POST")!;
    expect(JSON.parse(String(post[1].body))).toEqual({ registration_id: "rid_42", platform: "android" });
    expect((post[1].headers as Record<string, string>).Authorization).toBe("Bearer buyer-2");
    await signOut();
    const order = fetch.mock.calls.map(([u, init]) => `${init.method} ${new URL(u, "http://x").pathname}`);
    expect(order.indexOf("DELETE /api/v1/me/push-devices/rid_42")).toBeGreaterThan(-1);
    expect(order.indexOf("DELETE /api/v1/me/push-devices/rid_42")).toBeLessThan(order.indexOf("POST /api/v1/auth/logout"));
    const { getToken } = await import("@/core/api");
    expect(getToken()).toBeNull();
    vi.unstubAllGlobals();
  });
});
