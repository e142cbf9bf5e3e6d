import { flushPromises, mount } from "@vue/test-utils";
import ElementPlus from "element-plus";
import { createPinia, setActivePinia } from "pinia";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { configureClient } from "@/api/client";
import { vAccess } from "@/directives/access";
import { useAuthStore } from "@/stores/auth";
import StaffView from "@/views/staff/list/index.vue";

import { jsonResponse, makeStaff, mockFetch } from "../helpers";

const permissions = [
  { code: "shops:view", name: "查看店铺", group: "店铺" },
  { code: "shops:manage", name: "管理店铺", group: "店铺" },
  { code: "orders:view", name: "查看订单", group: "订单" },
  { code: "orders:manage", name: "处理订单", group: "订单" },
];
const roles = [
  { id: 1, code: "platform_admin", name: "平台超级管理员", scope: "platform", permissions: ["shops:view", "shops:manage"], builtin: true },
];

function staffApi() {
  return mockFetch((url, init) => {
    if (url.startsWith("/api/v1/admin/staff")) return jsonResponse(200, { items: [], total: 0, page: 1, page_size: 20 });
    if (url === "/api/v1/admin/permissions") return jsonResponse(200, { items: permissions });
    if (url === "/api/v1/admin/roles" && init.method === "POST") {
      return jsonResponse(201, { ...JSON.parse(init.body as string), builtin: false });
    }
    if (url.startsWith("/api/v1/admin/roles")) return jsonResponse(200, { items: roles });
    return jsonResponse(404, { error: { code: "not_found", message: "", fields: {} } });
  });
}

async function mountPage(perms: string[]) {
  useAuthStore().setSession("tok", null, makeStaff(perms));
  const wrapper = mount(StaffView, {
    global: { plugins: [ElementPlus], directives: { access: vAccess } },
    attachTo: document.body,
  });
  await flushPromises();
  return wrapper;
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

describe("staff and roles page", () => {
  it("[PLT-12] shows only the tabs the staff's permissions allow", async () => {
    staffApi();
    const wrapper = await mountPage(["staff:manage"]);

    const tabs = wrapper.findAll(".el-tabs__item").map((tab) => tab.text());
    expect(tabs).toEqual(["员工"]);
  });

  it("[PLT-12] creates a role from permission checkboxes grouped by area", async () => {
    const fetchMock = staffApi();
    const wrapper = await mountPage(["roles:manage"]);
    expect(wrapper.text()).toContain("平台超级管理员");

    await wrapper.get("[data-test=create-role]").trigger("click");
    await flushPromises();
    const dialog = document.querySelector<HTMLElement>(".el-dialog")!;
    const groupTitles = [...dialog.querySelectorAll(".permission-group__title")].map((el) => el.textContent?.trim());
    expect(groupTitles).toEqual(["店铺", "订单"]);

    const fill = (name: string, value: string) => {
      const input = dialog.querySelector<HTMLInputElement>(`input[name=${name}]`)!;
      input.value = value;
      input.dispatchEvent(new Event("input"));
    };
    fill("code", "order_clerk");
    fill("name", "订单专员");
    // The whole 订单 group, by its group checkbox.
    dialog.querySelectorAll<HTMLElement>(".permission-group__title input")[1]!.click();
    await flushPromises();
    [...dialog.querySelectorAll<HTMLElement>("button")].find((b) => b.textContent?.trim() === "保存")!.click();

    await vi.waitFor(() => expect(fetchMock.mock.calls.some(([, init]) => init.method === "POST")).toBe(true));
    const [url, init] = fetchMock.mock.calls.find(([, init]) => init.method === "POST")!;
    expect(url).toBe("/api/v1/admin/roles");
    expect(JSON.parse(init.body as string)).toEqual({
      code: "order_clerk",
      name: "订单专员",
      scope: "platform",
      permissions: ["orders:view", "orders:manage"],
    });
  });
});
