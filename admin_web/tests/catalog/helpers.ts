/** Mounting a catalogue screen as a platform or merchant staff, with a stub router. */
import { flushPromises, mount } from "@vue/test-utils";
import ElementPlus from "element-plus";
import { createPinia, setActivePinia } from "pinia";
import type { Component } from "vue";
import { createMemoryHistory, createRouter, type Router } from "vue-router";

import { configureClient } from "@/api/client";
import { vAccess } from "@/directives/access";
import { useAuthStore } from "@/stores/auth";

import { makeStaff } from "../helpers";

const Stub = { template: "<div />" };

export function stubRouter(): Router {
  return createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: "/", name: "home", component: Stub },
      { path: "/catalog/products", name: "catalog-products", component: Stub },
      { path: "/catalog/products/new", name: "catalog-product-create", component: Stub },
      { path: "/catalog/products/:id/edit", name: "catalog-product-edit", component: Stub },
    ],
  });
}

export type As = "platform" | "merchant";

/** Platform staff hold catalog:audit; a merchant's staff (shop 7) hold catalog:manage. */
export function signIn(as: As) {
  setActivePinia(createPinia());
  const staff =
    as === "platform"
      ? makeStaff(["catalog:audit"])
      : makeStaff(["catalog:manage"], { shop: { id: 7, name: "鲜果坊", kind: "merchant" } });
  useAuthStore().setSession("tok", null, staff);
  configureClient({ getToken: () => useAuthStore().token, onUnauthorized: () => {}, notify: () => {} });
}

export async function mountAs(as: As, component: Component, props: Record<string, unknown> = {}) {
  signIn(as);
  const router = stubRouter();
  await router.push("/");
  const wrapper = mount(component, {
    props,
    global: { plugins: [ElementPlus, router], directives: { access: vAccess } },
    attachTo: document.body,
  });
  await flushPromises();
  return { wrapper, router };
}

export const page = <T>(items: T[]) => ({ items, total: items.length, page: 1, page_size: 20 });

/** The open message box (prompt / confirm): type into it and press 确定. */
export async function answerMessageBox(text?: string) {
  await flushPromises();
  const box = await waitForElement(".el-message-box");
  if (text !== undefined) {
    const field = box.querySelector<HTMLInputElement | HTMLTextAreaElement>("textarea, input")!;
    field.value = text;
    field.dispatchEvent(new Event("input"));
    await flushPromises();
  }
  box.querySelector<HTMLElement>(".el-message-box__btns .el-button--primary")!.click();
  await flushPromises();
}

export async function waitForElement(selector: string, root: ParentNode = document): Promise<HTMLElement> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const found = root.querySelector<HTMLElement>(selector);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`no ${selector}`);
}

/** The body of the last call to `method url`. */
export function bodyOf(calls: [string, RequestInit][], method: string, url: string): unknown {
  const call = [...calls].reverse().find(([u, init]) => init.method === method && u === url);
  if (!call) throw new Error(`no ${method} ${url}`);
  return JSON.parse(call[1].body as string);
}

export function buttonByText(root: ParentNode, text: string): HTMLElement {
  const button = [...root.querySelectorAll<HTMLElement>("button")].find((b) => b.textContent?.trim() === text);
  if (!button) throw new Error(`no button ${text}`);
  return button;
}
