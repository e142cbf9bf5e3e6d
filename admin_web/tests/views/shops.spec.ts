import { flushPromises, mount } from "@vue/test-utils";
import ElementPlus from "element-plus";
import { createPinia, setActivePinia } from "pinia";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { configureClient } from "@/api/client";
import { vAccess } from "@/directives/access";
import { useAuthStore } from "@/stores/auth";
import ShopsView from "@/views/shops/list/index.vue";

import { errorEnvelope, jsonResponse, makeStaff, mockFetch } from "../helpers";

const merchant = { id: 1, kind: "merchant", name: "鲜果坊", self_operated: true, contact_name: "张三", contact_phone: "13800000001" };
const supplier = { id: 2, kind: "supplier", name: "华东供应链", self_operated: false, contact_name: "李四", contact_phone: "13800000002" };

function shopsApi() {
  return mockFetch((url, init) => {
    if (url.startsWith("/api/v1/admin/shops?")) {
      const kind = new URL(url, "http://x").searchParams.get("kind");
      const items = kind === "supplier" ? [supplier] : [merchant];
      return jsonResponse(200, { items, total: 1, page: 1, page_size: 20 });
    }
    if (url === "/api/v1/admin/shops" && init.method === "POST") {
      return jsonResponse(
        422,
        errorEnvelope("validation_failed", "invalid", { name: "名称已被使用" }),
      );
    }
    return jsonResponse(404, errorEnvelope("not_found", ""));
  });
}

async function mountPage(permissions: string[]) {
  useAuthStore().setSession("tok", null, makeStaff(permissions));
  const wrapper = mount(ShopsView, {
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

describe("shops page", () => {
  it("[PLT-3] lists merchants first and suppliers on their tab", async () => {
    const fetchMock = shopsApi();
    const wrapper = await mountPage(["shops:view"]);
    expect(wrapper.text()).toContain("鲜果坊");
    expect(wrapper.text()).toContain("自营");

    await wrapper.findAll(".el-tabs__item").find((tab) => tab.text() === "供应商")!.trigger("click");
    await flushPromises();

    expect(wrapper.text()).toContain("华东供应链");
    expect(fetchMock.mock.calls.at(-1)![0]).toContain("kind=supplier");
  });

  it("[PLT-2] shows the create button only with shops:manage", async () => {
    shopsApi();
    const viewer = await mountPage(["shops:view"]);
    const createButton = () => viewer.findAll("button").find((button) => button.text().startsWith("新建"))!;
    expect((createButton().element as HTMLElement).style.display).toBe("none");

    setActivePinia(createPinia());
    const manager = await mountPage(["shops:view", "shops:manage"]);
    const managerButton = manager.findAll("button").find((button) => button.text().startsWith("新建"))!;
    expect((managerButton.element as HTMLElement).style.display).toBe("");
  });

  it("[PLT-2] creating a merchant shows the server's field error in the dialog", async () => {
    const fetchMock = shopsApi();
    const wrapper = await mountPage(["shops:view", "shops:manage"]);

    await wrapper.findAll("button").find((button) => button.text() === "新建商家")!.trigger("click");
    await flushPromises();
    const dialog = document.querySelector<HTMLElement>(".el-dialog")!;
    const fill = (name: string, value: string) => {
      const input = dialog.querySelector<HTMLInputElement>(`input[name=${name}]`)!;
      input.value = value;
      input.dispatchEvent(new Event("input"));
    };
    fill("name", "鲜果坊");
    fill("contact_name", "张三");
    fill("contact_phone", "13800000001");
    await flushPromises();
    [...dialog.querySelectorAll<HTMLElement>("button")].find((b) => b.textContent?.trim() === "保存")!.click();

    await vi.waitFor(() => expect(dialog.querySelector(".el-form-item__error")?.textContent).toContain("名称已被使用"));
    const [, init] = fetchMock.mock.calls.find(([, init]) => init.method === "POST")!;
    expect(JSON.parse(init.body as string)).toEqual({
      kind: "merchant",
      name: "鲜果坊",
      self_operated: false,
      contact_name: "张三",
      contact_phone: "13800000001",
    });
  });
});
