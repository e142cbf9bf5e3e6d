import { flushPromises } from "@vue/test-utils";
import { describe, expect, it, vi } from "vitest";

import NotificationBell from "@/layouts/NotificationBell.vue";

import { errorEnvelope, jsonResponse, mockFetch } from "../helpers";
import { mountAs } from "../orders/mount";

const TYPES = ["order", "logistics", "refund", "promotion", "system"];

function notice(id: number, over: Record<string, unknown> = {}) {
  return {
    id,
    type: "order",
    event: "shop_new_order",
    title: "新订单",
    body: `您有新的订单P${id}待发货，实付¥42.80。`,
    link: `/orders/P${id}`,
    read: false,
    read_at: null,
    created_at: "2026-05-01T08:00:00Z",
    ...over,
  };
}

/** The shop's notice endpoints over rows that reading changes. */
function shopNotices(rows: ReturnType<typeof notice>[], failRead = false) {
  return mockFetch((raw, init) => {
    const url = new URL(raw, "http://admin.test");
    const path = url.pathname.replace("/api/v1", "");
    const method = init.method ?? "GET";
    if (method === "GET" && path === "/admin/notifications/badge") {
      const by_type = Object.fromEntries(TYPES.map((t) => [t, rows.filter((r) => r.type === t && !r.read).length]));
      return jsonResponse(200, { total: rows.filter((r) => !r.read).length, by_type });
    }
    if (method === "GET" && path === "/admin/notifications") {
      const size = Number(url.searchParams.get("page_size") ?? 20);
      const page = Number(url.searchParams.get("page") ?? 1);
      return jsonResponse(200, { items: rows.slice((page - 1) * size, page * size), total: rows.length, page, page_size: size });
    }
    const read = /^\/admin\/notifications\/(\d+)\/read$/.exec(path);
    if (method === "POST" && read) {
      if (failRead) return jsonResponse(500, errorEnvelope("internal_error", "boom"));
      const row = rows.find((r) => r.id === Number(read[1]))!;
      row.read = true;
      return jsonResponse(200, row);
    }
    if (method === "POST" && path === "/admin/notifications/read-all") {
      const marked = rows.filter((r) => !r.read).length;
      rows.forEach((r) => (r.read = true));
      return jsonResponse(200, { marked });
    }
    return jsonResponse(404, errorEnvelope("not_found", "not found"));
  });
}

const badge = () => document.querySelector("[data-test='notice-bell-badge'] .el-badge__content");
const label = () => document.querySelector("[data-test='notice-bell']")?.getAttribute("aria-label");
const items = () => Array.from(document.querySelectorAll<HTMLElement>("[data-test='notice-item']"));

async function openBell(wrapper: Awaited<ReturnType<typeof mountAs>>["wrapper"]) {
  await wrapper.find("[data-test='notice-bell']").trigger("click");
  await flushPromises();
  await vi.waitFor(() => expect(document.querySelector("[data-test='notice-panel']")).not.toBeNull());
  await flushPromises();
}

describe("消息通知 bell", () => {
  it("[MSG-3] shows the shop's unread count in the header", async () => {
    const fetch = shopNotices([notice(2), notice(1, { read: true })]);
    await mountAs("merchant", [], NotificationBell, { pollMs: 0 });
    await vi.waitFor(() => expect(badge()?.textContent?.trim()).toBe("1"));
    expect(fetch.mock.calls[0][0]).toContain("/api/v1/admin/notifications/badge");
  });

  it("[MSG-3] opening lists the notices; a notice marks read, the count drops by one and the order opens", async () => {
    const rows = [notice(3), notice(2, { title: "买家催发货", event: "shop_order_urged" }), notice(1, { read: true })];
    const fetch = shopNotices(rows);
    const { wrapper, router } = await mountAs("merchant", [], NotificationBell, { pollMs: 0 });
    await vi.waitFor(() => expect(badge()?.textContent?.trim()).toBe("2"));
    await openBell(wrapper);
    await vi.waitFor(() => expect(items()).toHaveLength(3));
    expect(items().map((i) => i.classList.contains("is-unread"))).toEqual([true, true, false]);
    expect(items()[1].textContent).toContain("买家催发货");
    items()[0].click();
    await flushPromises();
    expect(fetch.mock.calls.some(([u, init]) => u.endsWith("/admin/notifications/3/read") && init.method === "POST")).toBe(true);
    await vi.waitFor(() => expect(badge()?.textContent?.trim()).toBe("1"));
    expect(label()).toBe("消息通知，1 条未读");
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe("/orders/P3"));
  });

  it("[MSG-3] 全部已读 clears the count", async () => {
    shopNotices([notice(2), notice(1)]);
    const { wrapper } = await mountAs("platform", [], NotificationBell, { pollMs: 0 });
    await openBell(wrapper);
    await vi.waitFor(() => expect(items()).toHaveLength(2));
    document.querySelector<HTMLElement>("[data-test='notice-read-all']")!.click();
    await flushPromises();
    expect(items().every((i) => !i.classList.contains("is-unread"))).toBe(true);
    await vi.waitFor(() => expect(label()).toBe("消息通知"));
  });

  it("[MSG-3] a refused read puts the notice back unread and says why", async () => {
    shopNotices([notice(5)], true);
    const { wrapper } = await mountAs("merchant", [], NotificationBell, { pollMs: 0 });
    await openBell(wrapper);
    await vi.waitFor(() => expect(items()).toHaveLength(1));
    items()[0].click();
    await flushPromises();
    expect(items()[0].classList.contains("is-unread")).toBe(true);
    await vi.waitFor(() => expect(document.body.textContent).toContain("服务器繁忙，请稍后重试"));
    expect(label()).toBe("消息通知，1 条未读");
  });

  it("[MSG-3] no notices: 暂无消息 and no count", async () => {
    shopNotices([]);
    const { wrapper } = await mountAs("merchant", [], NotificationBell, { pollMs: 0 });
    await openBell(wrapper);
    await vi.waitFor(() => expect(document.querySelector("[data-test='notice-panel']")!.textContent).toContain("暂无消息"));
    expect(label()).toBe("消息通知");
  });
});
