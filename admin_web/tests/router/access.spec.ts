import { flushPromises, mount } from "@vue/test-utils";
import ElementPlus from "element-plus";
import { createPinia, setActivePinia } from "pinia";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createMemoryHistory } from "vue-router";

import { configureClient } from "@/api/client";
import App from "@/App.vue";
import { vAccess } from "@/directives/access";
import { buildMenu, type MenuItem } from "@/router/access";
import { createAppRouter } from "@/router";
import { areaRoutes } from "@/router/routes";
import { useAuthStore } from "@/stores/auth";

import { errorEnvelope, jsonResponse, makeStaff, mockFetch } from "../helpers";

function paths(items: MenuItem[]): string[] {
  return items.flatMap((item) => [item.path, ...paths(item.children ?? [])]);
}

beforeEach(() => {
  localStorage.clear();
  setActivePinia(createPinia());
  configureClient({ getToken: () => useAuthStore().token, onUnauthorized: () => {}, notify: () => {} });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("menu", () => {
  it("[PLT-12] hides menu entries the role lacks permission for", () => {
    const auth = useAuthStore();
    auth.setSession("tok", null, makeStaff(["customers:view"]));

    const menu = paths(buildMenu(areaRoutes, auth.can));

    expect(menu).toContain("/dashboard");
    expect(menu).toContain("/platform/customers");
    expect(menu).not.toContain("/platform/shops");
    // A group with no entry left disappears with its entries.
    expect(menu).not.toContain("/system");
    expect(menu).not.toContain("/system/staff");
  });

  it("[PLT-12] shows every entry to a staff holding every permission", () => {
    const auth = useAuthStore();
    auth.setSession("tok", null, makeStaff(["shops:view", "customers:view", "roles:manage"]));

    expect(paths(buildMenu(areaRoutes, auth.can))).toEqual([
      "/dashboard",
      "/platform",
      "/platform/shops",
      "/platform/customers",
      "/system",
      "/system/staff",
    ]);
  });

  it("[PLT-12] the sidebar of the layout lists only what the staff may open", async () => {
    mockFetch(() => jsonResponse(200, { items: [], total: 0, page: 1, page_size: 20 }));
    const auth = useAuthStore();
    auth.setSession(
      "tok",
      null,
      makeStaff(["customers:view"], {
        role: { code: "cs_agent", name: "客服" },
        shop: { id: 7, name: "鲜果坊", kind: "merchant" },
      }),
    );
    const router = createAppRouter(createMemoryHistory());
    await router.push("/dashboard");

    const wrapper = mount(App, {
      global: { plugins: [ElementPlus, router], directives: { access: vAccess } },
    });
    await flushPromises();

    const sidebar = wrapper.get("[data-test=sidebar]").text();
    expect(sidebar).toContain("工作台");
    expect(sidebar).toContain("客户管理");
    expect(sidebar).not.toContain("商家与供应商");
    expect(sidebar).not.toContain("员工与角色");
    expect(wrapper.get("[data-test=shop-label]").text()).toBe("商家 · 鲜果坊");
    expect(wrapper.get("[data-test=role-label]").text()).toBe("客服");
  });
});

describe("route guard", () => {
  it("[PLT-12] sends an anonymous visitor to login, keeping where they were going", async () => {
    const router = createAppRouter(createMemoryHistory());

    await router.push("/platform/customers?status=pending_audit");

    expect(router.currentRoute.value.name).toBe("login");
    expect(router.currentRoute.value.query.redirect).toBe("/platform/customers?status=pending_audit");
  });

  it("[PLT-12] loads the staff for a stored token before the first page", async () => {
    localStorage.setItem("admin_web.token", "tok-stored");
    setActivePinia(createPinia());
    const fetchMock = mockFetch(() => jsonResponse(200, makeStaff(["shops:view"])));
    const router = createAppRouter(createMemoryHistory());

    await router.push("/platform/shops");

    expect(router.currentRoute.value.name).toBe("platform-shops");
    expect(fetchMock.mock.calls[0]![0]).toBe("/api/v1/staff/me");
    expect(useAuthStore().staff?.username).toBe("ops");
  });

  it("[PLT-12] drops a stored token the server refuses and shows login", async () => {
    localStorage.setItem("admin_web.token", "tok-expired");
    setActivePinia(createPinia());
    mockFetch(() => jsonResponse(401, errorEnvelope("token_invalid", "expired")));
    const router = createAppRouter(createMemoryHistory());

    await router.push("/platform/shops");

    expect(router.currentRoute.value.name).toBe("login");
    expect(router.currentRoute.value.query.redirect).toBe("/platform/shops");
    expect(useAuthStore().token).toBeNull();
  });

  it("[PLT-12] forbids a route whose permission the staff lacks", async () => {
    useAuthStore().setSession("tok", null, makeStaff(["customers:view"]));
    const router = createAppRouter(createMemoryHistory());

    await router.push("/platform/shops");

    expect(router.currentRoute.value.name).toBe("forbidden");
    expect(router.currentRoute.value.query.from).toBe("/platform/shops");
  });

  it("[PLT-12] opens a route when the staff holds any of its permissions", async () => {
    useAuthStore().setSession("tok", null, makeStaff(["roles:manage"]));
    const router = createAppRouter(createMemoryHistory());

    await router.push("/system/staff");

    expect(router.currentRoute.value.name).toBe("system-staff");
  });

  it("[PLT-12] shows the 404 page for an unknown path once signed in", async () => {
    useAuthStore().setSession("tok", null, makeStaff([]));
    const router = createAppRouter(createMemoryHistory());

    await router.push("/no/such/page");

    expect(router.currentRoute.value.name).toBe("not-found");
  });
});

describe("v-access", () => {
  it("[PLT-12] hides a button the staff may not use", async () => {
    useAuthStore().setSession("tok", null, makeStaff(["shops:view"]));
    const wrapper = mount(
      {
        template: `<div>
          <button data-test="create" v-access="'shops:manage'">新建</button>
          <button data-test="view" v-access="'shops:view'">查看</button>
        </div>`,
      },
      { global: { directives: { access: vAccess } } },
    );

    expect((wrapper.get("[data-test=create]").element as HTMLElement).style.display).toBe("none");
    expect((wrapper.get("[data-test=view]").element as HTMLElement).style.display).toBe("");
  });
});
