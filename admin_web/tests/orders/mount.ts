/** Mounting an orders / settings screen as platform or merchant staff, with a stub router. */
import { flushPromises, mount } from "@vue/test-utils";
import ElementPlus from "element-plus";
import { createPinia, setActivePinia } from "pinia";
import type { Component } from "vue";
import { createMemoryHistory, createRouter } from "vue-router";

import { configureClient } from "@/api/client";
import { vAccess } from "@/directives/access";
import { useAuthStore } from "@/stores/auth";

import { makeStaff } from "../helpers";

const Stub = { template: "<div />" };

export type As = "platform" | "merchant";

export async function mountAs(as: As, permissions: string[], component: Component, props: Record<string, unknown> = {}) {
  setActivePinia(createPinia());
  const staff =
    as === "platform"
      ? makeStaff(permissions)
      : makeStaff(permissions, { shop: { id: 7, name: "鲜果坊", kind: "merchant" } });
  useAuthStore().setSession("tok", null, staff);
  configureClient({ getToken: () => useAuthStore().token, onUnauthorized: () => {}, notify: () => {} });
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: "/", name: "home", component: Stub },
      { path: "/orders", name: "orders", component: Stub },
      { path: "/orders/:orderNo", name: "order-detail", component: Stub },
      { path: "/aftersales", name: "aftersales", component: Stub },
      { path: "/aftersales/:requestNo", name: "aftersale-detail", component: Stub },
    ],
  });
  await router.push("/");
  const wrapper = mount(component, {
    props,
    global: { plugins: [ElementPlus, router], directives: { access: vAccess } },
    attachTo: document.body,
  });
  await flushPromises();
  return { wrapper, router };
}
