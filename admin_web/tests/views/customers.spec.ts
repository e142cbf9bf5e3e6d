import { flushPromises, mount } from "@vue/test-utils";
import ElementPlus from "element-plus";
import { createPinia, setActivePinia } from "pinia";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { configureClient } from "@/api/client";
import { vAccess } from "@/directives/access";
import { useAuthStore } from "@/stores/auth";
import CustomersView from "@/views/customers/list/index.vue";

import { jsonResponse, makeStaff, mockFetch } from "../helpers";

const pending = { id: 41, phone: "13800000041", nickname: "小李", status: "pending_audit", created_at: "2025-01-02T03:04:05Z" };
const active = { id: 42, phone: "13800000042", nickname: "老王", status: "active", created_at: "2025-01-01T00:00:00Z" };

function customersApi() {
  return mockFetch((url, init) => {
    if (url.startsWith("/api/v1/admin/customers?")) {
      return jsonResponse(200, { items: [pending, active], total: 2, page: 1, page_size: 20 });
    }
    if (url === "/api/v1/admin/customers/41/audit" && init.method === "POST") {
      return jsonResponse(200, { ...pending, status: "rejected" });
    }
    return jsonResponse(404, { error: { code: "not_found", message: "", fields: {} } });
  });
}

async function mountPage(permissions: string[]) {
  useAuthStore().setSession("tok", null, makeStaff(permissions));
  const wrapper = mount(CustomersView, {
    global: { plugins: [ElementPlus], directives: { access: vAccess } },
    attachTo: document.body,
  });
  await flushPromises();
  return wrapper;
}

function visibleAuditButtons() {
  return [...document.querySelectorAll<HTMLElement>("[data-test=audit]")].filter(
    (button) => button.style.display !== "none",
  );
}

beforeEach(() => {
  localStorage.clear();
  setActivePinia(createPinia());
  configureClient({ getToken: () => useAuthStore().token, onUnauthorized: () => {}, notify: () => {} });
});

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = "";
});

describe("customers page", () => {
  it("[PLT-10] lists customers with their status and offers audit only for pending accounts", async () => {
    customersApi();
    const wrapper = await mountPage(["customers:view", "customers:audit"]);

    expect(wrapper.text()).toContain("13800000041");
    expect(wrapper.text()).toContain("待审核");
    expect(wrapper.text()).toContain("正常");
    expect(visibleAuditButtons()).toHaveLength(1);
  });

  it("[PLT-10] hides the audit action from staff without customers:audit", async () => {
    customersApi();
    const wrapper = await mountPage(["customers:view"]);

    expect(wrapper.text()).toContain("13800000041");
    expect(visibleAuditButtons()).toHaveLength(0);
  });

  it("[PLT-10] rejecting needs a reason and posts approve: false with it", async () => {
    const fetchMock = customersApi();
    await mountPage(["customers:view", "customers:audit"]);

    visibleAuditButtons()[0]!.click();
    await flushPromises();
    const dialog = () => document.querySelector<HTMLElement>(".el-dialog")!;
    const rejectRadio = [...dialog().querySelectorAll<HTMLInputElement>("input[type=radio]")].find(
      (input) => input.value === "false",
    )!;
    rejectRadio.click();
    await flushPromises();

    const submit = () => document.querySelector<HTMLElement>("[data-test=audit-submit]")!.click();
    submit();
    await vi.waitFor(() => expect(dialog().textContent).toContain("请填写驳回原因"));
    expect(fetchMock.mock.calls.some(([url]) => url.includes("/audit"))).toBe(false);

    const reason = dialog().querySelector<HTMLTextAreaElement>("textarea")!;
    reason.value = "资料不完整";
    reason.dispatchEvent(new Event("input"));
    await flushPromises();
    submit();
    await vi.waitFor(() =>
      expect(fetchMock.mock.calls.some(([url]) => url.endsWith("/admin/customers/41/audit"))).toBe(true),
    );

    const [, init] = fetchMock.mock.calls.find(([url]) => url.endsWith("/audit"))!;
    expect(JSON.parse(init.body as string)).toEqual({ approve: false, reason: "资料不完整" });
  });
});
