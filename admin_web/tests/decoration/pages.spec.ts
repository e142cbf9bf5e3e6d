import { flushPromises, mount, type VueWrapper } from "@vue/test-utils";
import ElementPlus, { ElSelect } from "element-plus";
import { createPinia, setActivePinia } from "pinia";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { defineComponent, h } from "vue";
import { createMemoryHistory, createRouter, RouterView, type Router } from "vue-router";

import { configureClient } from "@/api/client";
import type { Staff } from "@/api/types";
import { vAccess } from "@/directives/access";
import { createAppRouter } from "@/router";
import { buildMenu } from "@/router/access";
import { areaRoutes } from "@/router/routes";
import { useAuthStore } from "@/stores/auth";
import PagesView from "@/views/decoration/pages/index.vue";

import { errorEnvelope, jsonResponse, makeStaff, mockFetch } from "../helpers";
import { catalogueJson, pageDetail } from "./fixtures";

const summaries = [
  { id: 1, key: "home", kind: "platform_home", title: "商城首页", site: "", shop_id: null, published_revision: 5, draft_revision: 6, updated_at: "2025-11-20T08:00:00Z" },
  { id: 2, key: "double11", kind: "campaign", title: "双11主会场", site: "", shop_id: null, published_revision: null, draft_revision: 9, updated_at: "2025-11-21T08:00:00Z" },
];

function api() {
  const calls: { method: string; url: string; body: unknown }[] = [];
  const fetchMock = mockFetch((url, init) => {
    const method = init.method ?? "GET";
    const body = init.body ? JSON.parse(init.body as string) : undefined;
    calls.push({ method, url, body });
    if (url.startsWith("/api/v1/admin/pages?")) return jsonResponse(200, { items: summaries, total: 2, page: 1, page_size: 20 });
    if (url === "/api/v1/admin/layouts/catalogue") return jsonResponse(200, catalogueJson());
    if (url === "/api/v1/admin/pages" && method === "POST") {
      if (body.key === "home") return jsonResponse(409, errorEnvelope("page_key_taken", "页面标识已被使用", { key: "页面标识已被使用" }));
      return jsonResponse(201, pageDetail({ id: 31, key: body.key, kind: body.kind, title: body.title }));
    }
    if (url === "/api/v1/admin/pages/2/preview" && method === "POST") {
      return jsonResponse(201, { token: "t", expires_at: 1764000000, h5_url: "/h5/page/double11?preview=t" });
    }
    if (url === "/api/v1/admin/pages/1/revisions") return jsonResponse(200, { items: [{ id: 5, number: 2, kind: "published", created_at: "2025-11-20T08:00:00Z", created_by: "staff:1" }] });
    return jsonResponse(404, errorEnvelope("not_found", ""));
  });
  return { calls, fetchMock };
}

const Root = defineComponent({ render: () => h(RouterView) });

async function mountList(staff: Staff = makeStaff(["pages:manage"])): Promise<{ wrapper: VueWrapper; router: Router }> {
  useAuthStore().setSession("tok", null, staff);
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: "/decoration/pages", name: "decoration-pages", component: PagesView },
      { path: "/decoration/pages/:id/edit", name: "decoration-editor", component: { render: () => h("div", "装修") } },
    ],
  });
  await router.push("/decoration/pages");
  const wrapper = mount(Root, { global: { plugins: [ElementPlus, router], directives: { access: vAccess } }, attachTo: document.body });
  await flushPromises();
  return { wrapper, router };
}

const tid = (id: string) => `[data-testid="${id}"]`;

function fill(name: string, value: string) {
  const input = document.querySelector<HTMLInputElement>(`.el-dialog input[name=${name}]`)!;
  input.value = value;
  input.dispatchEvent(new Event("input"));
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

describe("page list", { timeout: 30_000 }, () => {
  it("[SDUI-2] lists the pages with 装修 / 预览 / 版本 per row", async () => {
    api();
    const { wrapper, router } = await mountList();
    expect(wrapper.find(tid("page-row-home")).text()).toContain("商城首页");
    expect(wrapper.find(tid("page-row-home")).text()).toContain("平台首页");
    expect(wrapper.find(tid("page-row-double11")).text()).toContain("未发布");
    await wrapper.find(tid("btn-edit-double11")).trigger("click");
    await flushPromises();
    expect(router.currentRoute.value.name).toBe("decoration-editor");
    expect(router.currentRoute.value.params.id).toBe("2");
  });

  it("[SDUI-2] previews a page and opens its revisions from the list", async () => {
    const { calls } = api();
    const { wrapper } = await mountList();
    await wrapper.find(tid("btn-preview-double11")).trigger("click");
    await flushPromises();
    expect(calls.some((call) => call.method === "POST" && call.url === "/api/v1/admin/pages/2/preview")).toBe(true);
    // A relative link is resolved against this site.
    expect(document.querySelector<HTMLInputElement>(tid("preview-url"))!.value).toBe(`${window.location.origin}/h5/page/double11?preview=t`);

    await wrapper.find(tid("btn-versions-home")).trigger("click");
    await flushPromises();
    expect(document.querySelector(tid("revision-5"))!.textContent).toContain("第 2 版");
    expect(document.querySelector(tid("btn-rollback-5"))!.hasAttribute("disabled")).toBe(true);
  });

  it("[SDUI-2] creates a page from a template and opens the decorator", async () => {
    const { calls } = api();
    const { wrapper, router } = await mountList();
    await wrapper.find(tid("btn-create-page")).trigger("click");
    await flushPromises();

    const template = wrapper.findAllComponents(ElSelect).find((item) => item.attributes("data-testid") === "create-template")!;
    const campaign = catalogueJson().templates.find((item) => item.name === "campaign")!;
    expect(template.findAllComponents({ name: "ElOption" }).map((option) => option.props("label"))).toContain(campaign.title);
    template.vm.$emit("update:modelValue", "campaign");
    template.vm.$emit("change", "campaign");
    await flushPromises();
    fill("key", "double12");
    await flushPromises();
    [...document.querySelectorAll<HTMLElement>(".el-dialog button")].find((b) => b.textContent?.trim() === "创建并装修")!.click();

    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe("decoration-editor"));
    const post = calls.find((call) => call.method === "POST" && call.url === "/api/v1/admin/pages")!;
    // The template filled in its kind and title.
    expect(post.body).toEqual({ key: "double12", kind: "campaign", title: campaign.document.page.title, template: "campaign" });
    expect(router.currentRoute.value.params.id).toBe("31");
  });

  it("[SDUI-2] shows the server's field error when the key is taken", async () => {
    api();
    const { wrapper } = await mountList();
    await wrapper.find(tid("btn-create-page")).trigger("click");
    await flushPromises();
    fill("key", "home");
    fill("title", "首页");
    await flushPromises();
    [...document.querySelectorAll<HTMLElement>(".el-dialog button")].find((b) => b.textContent?.trim() === "创建并装修")!.click();
    await vi.waitFor(() => expect(document.querySelector(".el-dialog .el-form-item__error")?.textContent).toContain("页面标识已被使用"));
  });

  it("[SDUI-2] a shop's staff may only create their shop's kinds of page", async () => {
    api();
    const staff = makeStaff(["pages:manage"], { shop: { id: 7, name: "鲜果坊", kind: "merchant" } });
    const { wrapper } = await mountList(staff);
    await wrapper.find(tid("btn-create-page")).trigger("click");
    await flushPromises();
    const labels = (select: VueWrapper) => select.findAllComponents({ name: "ElOption" }).map((option) => option.props("label"));
    const selects = wrapper.findAllComponents(ElSelect);
    const kind = selects.find((item) => labels(item).includes("自定义页面"))!;
    expect(labels(kind)).toEqual(["店铺首页", "自定义页面", "活动页"]);
    // Only templates of those kinds are offered.
    const template = selects.find((item) => item.attributes("data-testid") === "create-template")!;
    const offered = catalogueJson().templates.filter((item) => ["shop_home", "custom", "campaign"].includes(item.document.page.kind));
    expect(labels(template)).toEqual(["空白页面", ...offered.map((item) => item.title)]);
  });

  it("[SDUI-2] the 店铺装修 menu shows only with pages:manage", () => {
    const auth = useAuthStore();
    auth.setSession("tok", null, makeStaff(["pages:manage"]));
    const menu = buildMenu(areaRoutes, auth.can);
    const decoration = menu.find((item) => item.path === "/decoration")!;
    expect(decoration.title).toBe("店铺装修");
    // The decorator itself is not a menu entry.
    expect(decoration.children!.map((item) => item.path)).toEqual(["/decoration/pages"]);
    auth.setSession("tok", null, makeStaff(["shops:view"]));
    expect(buildMenu(areaRoutes, auth.can).some((item) => item.path === "/decoration")).toBe(false);
  });

  it("[SDUI-2] the decorator route needs pages:manage and a numeric page id", async () => {
    useAuthStore().setSession("tok", null, makeStaff(["pages:manage"]));
    let router = createAppRouter(createMemoryHistory());
    await router.push("/decoration/pages/7/edit");
    expect(router.currentRoute.value.name).toBe("decoration-editor");
    await router.push("/decoration/pages/abc/edit");
    expect(router.currentRoute.value.name).toBe("not-found");

    useAuthStore().setSession("tok", null, makeStaff(["shops:view"]));
    router = createAppRouter(createMemoryHistory());
    await router.push("/decoration/pages/7/edit");
    expect(router.currentRoute.value.name).toBe("forbidden");
  });
});
