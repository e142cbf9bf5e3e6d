import { flushPromises, mount, type VueWrapper } from "@vue/test-utils";
import ElementPlus from "element-plus";
import { createPinia, setActivePinia } from "pinia";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { defineComponent, h } from "vue";
import { createMemoryHistory, createRouter, RouterView, type Router } from "vue-router";

import { configureClient } from "@/api/client";
import type { PageDetail, PageDocument } from "@/api/pages";
import { useAuthStore } from "@/stores/auth";
import EditorView from "@/views/decoration/editor/index.vue";
import { documentForSave } from "@/views/decoration/editor/model";

import { errorEnvelope, jsonResponse, makeStaff, mockFetch } from "../helpers";
import { catalogueJson, documentErrors, pageDetail, template } from "./fixtures";

interface Api {
  detail: PageDetail;
  /** Answer to the next PUT …/draft; default: accept and bump the draft revision. */
  onSave?: (body: { document: PageDocument; base_revision: number | null }) => Response;
  calls: { method: string; url: string; body: unknown }[];
}

function pagesApi(detail: PageDetail = pageDetail()): Api {
  const api: Api = { detail, calls: [] };
  mockFetch((url, init) => {
    const method = init.method ?? "GET";
    const body = init.body ? JSON.parse(init.body as string) : undefined;
    api.calls.push({ method, url, body });
    if (url === "/api/v1/admin/layouts/catalogue") return jsonResponse(200, catalogueJson());
    if (url === "/api/v1/admin/pages/7" && method === "GET") return jsonResponse(200, api.detail);
    if (url === "/api/v1/admin/pages/7/draft" && method === "PUT") {
      if (api.onSave) return api.onSave(body);
      api.detail = { ...api.detail, document: body.document, draft_revision: (api.detail.draft_revision ?? 0) + 1 };
      return jsonResponse(200, api.detail);
    }
    if (url === "/api/v1/admin/pages/7/publish" && method === "POST") {
      api.detail = { ...api.detail, published_revision: 20, published_document: api.detail.document };
      return jsonResponse(200, api.detail);
    }
    if (url === "/api/v1/admin/pages/7/preview" && method === "POST") {
      return jsonResponse(200, { token: "tok123", expires_at: "2025-11-20T08:30:00Z", h5_url: "https://m.example.com/p/shop-7-home?preview=tok123" });
    }
    if (url === "/api/v1/admin/pages/7/revisions") {
      return jsonResponse(200, {
        items: [
          { id: 12, number: 4, kind: "draft", created_at: "2025-11-20T08:00:00Z", created_by: "运营小王" },
          { id: 11, number: 3, kind: "published", created_at: "2025-11-19T08:00:00Z", created_by: "运营小王" },
          { id: 9, number: 2, kind: "published", created_at: "2025-11-18T08:00:00Z", created_by: "店长" },
          { id: 8, number: 1, kind: "draft", created_at: "2025-11-17T08:00:00Z", created_by: "店长" },
        ],
      });
    }
    if (url === "/api/v1/admin/pages/7/rollback" && method === "POST") {
      api.detail = { ...api.detail, published_revision: body.revision_id };
      return jsonResponse(200, api.detail);
    }
    if (url.startsWith("/api/v1/admin/pages?")) return jsonResponse(200, { items: [], total: 0, page: 1, page_size: 100 });
    return jsonResponse(404, errorEnvelope("not_found", ""));
  });
  return api;
}

const Root = defineComponent({ render: () => h(RouterView) });

async function mountEditor(): Promise<{ wrapper: VueWrapper; router: Router }> {
  useAuthStore().setSession("tok", null, makeStaff(["pages:manage"]));
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: "/decoration/pages", name: "decoration-pages", component: { render: () => h("div", "列表") } },
      {
        path: "/decoration/pages/:id/edit",
        name: "decoration-editor",
        component: EditorView,
        props: (route) => ({ id: Number(route.params.id) }),
      },
    ],
  });
  await router.push("/decoration/pages/7/edit");
  const wrapper = mount(Root, { global: { plugins: [ElementPlus, router] }, attachTo: document.body });
  await flushPromises();
  return { wrapper, router };
}

const tid = (id: string) => `[data-testid="${id}"]`;

const firstSlideImage = () => (template("shop_home").sections.banner!.settings.slides as { image: string }[])[0]!.image;

function sectionIds(wrapper: VueWrapper): string[] {
  return wrapper.findAll('[data-testid^="canvas-section-"]').map((node) => node.attributes("data-section-id")!);
}

function dragEvent(type: string, transfer: DataTransfer, clientY = 0): Event {
  const event = new Event(type, { bubbles: true, cancelable: true });
  Object.defineProperty(event, "dataTransfer", { value: transfer });
  Object.defineProperty(event, "clientY", { value: clientY });
  return event;
}

/** Drags `source` onto `target`, in the upper (before) or lower (after) half of it. */
async function dragTo(source: Element, target: Element, half: "upper" | "lower") {
  (target as HTMLElement).getBoundingClientRect = () => ({ top: 100, height: 40, bottom: 140, left: 0, right: 375, width: 375, x: 0, y: 100, toJSON: () => ({}) }) as DOMRect;
  const transfer = new DataTransfer();
  const y = half === "upper" ? 105 : 135;
  source.dispatchEvent(dragEvent("dragstart", transfer));
  target.dispatchEvent(dragEvent("dragover", transfer, y));
  await flushPromises();
  target.dispatchEvent(dragEvent("drop", transfer, y));
  source.dispatchEvent(dragEvent("dragend", transfer));
  await flushPromises();
}

/** A button of the newest message box (closed ones linger: happy-dom never ends their transition). */
function messageBoxButton(text: string): HTMLElement {
  const box = [...document.querySelectorAll<HTMLElement>(".el-message-box")].at(-1);
  const buttons = [...(box?.querySelectorAll<HTMLElement>(".el-message-box__btns button") ?? [])];
  const button = buttons.find((item) => item.textContent?.trim() === text);
  if (!button) throw new Error(`no message box button ${text}`);
  return button;
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

// Mounting the whole decorator with Element Plus under happy-dom takes a few seconds.
describe("decorator", { timeout: 30_000 }, () => {
  it("[SDUI-2] loads the catalogue and the draft: palette by category, canvas in document order", async () => {
    pagesApi();
    const { wrapper } = await mountEditor();

    const groups = wrapper.findAll(".palette__title").map((node) => node.text());
    expect(groups).toEqual(["基础组件", "商品组件", "营销组件", "店铺组件", "导航组件"]);
    expect(wrapper.findAll('[data-testid^="palette-"][data-type]')).toHaveLength(20);
    expect(wrapper.find(tid("palette-banner")).text()).toContain("轮播图");
    expect(sectionIds(wrapper)).toEqual(template("shop_home").order);
    expect(wrapper.find(tid("canvas-section-banner")).attributes("data-type")).toBe("banner");
    // The banner sketch shows its first slide.
    expect(wrapper.find(`${tid("canvas-section-banner")} img`).attributes("src")).toBe(firstSlideImage());
    // A product grid shows placeholder cards in its columns.
    expect(wrapper.findAll(`${tid("canvas-section-picks")} .pv-card`).length).toBeGreaterThan(0);
    expect(wrapper.find(tid("page-title-display")).text()).toBe("店铺首页");
    expect(wrapper.find(tid("btn-undo")).attributes("disabled")).toBeDefined();
  });

  it("[SDUI-2] adds a component from the palette and reorders by drag", async () => {
    pagesApi();
    const { wrapper } = await mountEditor();
    const before = sectionIds(wrapper);

    // Click to append (keyboard and screen-reader friendly).
    await wrapper.find(tid("palette-divider")).trigger("click");
    let ids = sectionIds(wrapper);
    expect(ids).toHaveLength(before.length + 1);
    const divider = ids.at(-1)!;
    expect(divider).toMatch(/^divider_[a-z0-9]{4}$/);
    expect(wrapper.find(tid(`canvas-section-${divider}`)).classes()).toContain("is-selected");

    // The canvas accepts the drag on dragenter and dragover (browsers drop only when both are cancelled).
    const probe = new DataTransfer();
    wrapper.find(tid("palette-banner")).element.dispatchEvent(dragEvent("dragstart", probe));
    const enter = dragEvent("dragenter", probe);
    wrapper.find(tid("canvas")).element.dispatchEvent(enter);
    expect(enter.defaultPrevented).toBe(true);
    wrapper.find(tid("palette-banner")).element.dispatchEvent(dragEvent("dragend", probe));
    await flushPromises();

    // Drag a palette item into the upper half of the second section: it lands before it.
    await dragTo(wrapper.find(tid("palette-notice_bar")).element, wrapper.find(tid("canvas-section-banner")).element, "upper");
    ids = sectionIds(wrapper);
    const notice = ids[1]!;
    expect(wrapper.find(tid(`canvas-section-${notice}`)).attributes("data-type")).toBe("notice_bar");

    // Drag the new divider into the lower half of the first section: it moves to second place.
    await dragTo(wrapper.find(tid(`canvas-section-${divider}`)).element, wrapper.find(tid("canvas-section-shop")).element, "lower");
    expect(sectionIds(wrapper).slice(0, 3)).toEqual(["shop", divider, notice]);

    // Each step is one undo step.
    await wrapper.find(tid("btn-undo")).trigger("click");
    expect(sectionIds(wrapper).slice(0, 3)).toEqual(["shop", notice, "banner"]);
    await wrapper.find(tid("btn-undo")).trigger("click");
    await wrapper.find(tid("btn-undo")).trigger("click");
    expect(sectionIds(wrapper)).toEqual(before);
    await wrapper.find(tid("btn-redo")).trigger("click");
    expect(sectionIds(wrapper)).toEqual([...before, divider]);
  });

  it("[SDUI-2] greys out a component at its max_per_page and refuses another drop of it", async () => {
    pagesApi();
    const { wrapper } = await mountEditor();
    await wrapper.find(tid("palette-popup_ad")).trigger("click");
    const count = sectionIds(wrapper).length;
    const item = wrapper.find(tid("palette-popup_ad"));
    expect(item.classes()).toContain("is-disabled");
    expect(item.attributes("draggable")).toBe("false");
    await item.trigger("click");
    const transfer = new DataTransfer();
    transfer.setData("application/x-sdui-component", JSON.stringify({ type: "popup_ad" }));
    wrapper.find(tid("canvas")).element.dispatchEvent(dragEvent("drop", transfer));
    await flushPromises();
    expect(sectionIds(wrapper)).toHaveLength(count);
  });

  it("[SDUI-2] the section toolbar moves, duplicates (new id) and deletes", async () => {
    pagesApi();
    const { wrapper } = await mountEditor();
    await wrapper.find(tid("canvas-section-banner")).trigger("click");
    await wrapper.find(tid("btn-section-up-banner")).trigger("click");
    expect(sectionIds(wrapper).slice(0, 2)).toEqual(["banner", "shop"]);
    await wrapper.find(tid("btn-section-down-banner")).trigger("click");
    expect(sectionIds(wrapper).slice(0, 2)).toEqual(["shop", "banner"]);

    await wrapper.find(tid("btn-section-duplicate-banner")).trigger("click");
    const copy = sectionIds(wrapper)[2]!;
    expect(copy).toMatch(/^banner_[a-z0-9]{4}$/);
    expect(wrapper.find(tid(`canvas-section-${copy}`)).classes()).toContain("is-selected");

    await wrapper.find(tid(`btn-section-delete-${copy}`)).trigger("click");
    expect(sectionIds(wrapper)).toEqual(template("shop_home").order);
    expect(wrapper.find(tid("section-id")).exists()).toBe(false);

    // Keyboard: Enter on a palette item appends it; Ctrl+Z / Ctrl+Shift+Z undo and redo.
    await wrapper.find(tid("palette-title_bar")).trigger("keydown", { key: "Enter" });
    expect(sectionIds(wrapper)).toHaveLength(template("shop_home").order.length + 1);
    window.dispatchEvent(new KeyboardEvent("keydown", { key: "z", ctrlKey: true }));
    await flushPromises();
    expect(sectionIds(wrapper)).toEqual(template("shop_home").order);
    window.dispatchEvent(new KeyboardEvent("keydown", { key: "Z", ctrlKey: true, shiftKey: true }));
    await flushPromises();
    expect(sectionIds(wrapper)).toHaveLength(template("shop_home").order.length + 1);
  });

  it("[SDUI-2] opening another page in the same view loads that page", async () => {
    const api = pagesApi();
    const { wrapper, router } = await mountEditor();
    const other = template("platform_home");
    mockFetch((url, init) => {
      if (url === "/api/v1/admin/pages/8") return jsonResponse(200, pageDetail({ id: 8, key: "home", document: other }));
      if (url === "/api/v1/admin/layouts/catalogue") return jsonResponse(200, catalogueJson());
      return jsonResponse(404, errorEnvelope("not_found", `${init.method ?? "GET"} ${url}`));
    });
    await router.push("/decoration/pages/8/edit");
    await flushPromises();
    expect(sectionIds(wrapper)).toEqual(other.order);
    expect(api.calls.length).toBeGreaterThan(0);
  });

  it("[SDUI-2] edits settings from the generated form; typing in one field is one undo step", async () => {
    // Keystrokes arrive within the merge window (the clock stands still; happy-dom is slow).
    vi.spyOn(Date, "now").mockReturnValue(1_700_000_000_000);
    pagesApi();
    const { wrapper } = await mountEditor();
    await wrapper.find(tid("canvas-section-banner")).trigger("click");
    const image = wrapper.find<HTMLInputElement>(tid("field-slides.0.image"));
    expect(image.element.tagName).toBe("INPUT");
    expect(image.element.value).toBe(firstSlideImage());

    for (const text of ["/media/a", "/media/a.j", "/media/a.jpg"]) await image.setValue(text);
    expect(wrapper.find(`${tid("canvas-section-banner")} img`).attributes("src")).toBe("/media/a.jpg");
    expect(wrapper.find(tid("dirty-flag")).exists()).toBe(true);

    await wrapper.find(tid("btn-undo")).trigger("click");
    expect(wrapper.find<HTMLInputElement>(tid("field-slides.0.image")).element.value).toBe(firstSlideImage());
    expect(wrapper.find(tid("btn-undo")).attributes("disabled")).toBeDefined();
    expect(wrapper.find(tid("dirty-flag")).exists()).toBe(false);
  });

  it("[SDUI-2] dims the sections the previewed channel does not show", async () => {
    pagesApi();
    const { wrapper } = await mountEditor();
    const stores = () => wrapper.find(tid("canvas-section-stores"));
    expect(stores().attributes("data-hidden")).toBeUndefined();

    await wrapper.find(`${tid("channel-pc")} input`).setValue(true);
    expect(stores().classes()).toContain("is-hidden");
    expect(wrapper.find(tid("canvas-hidden-stores")).text()).toBe("PC不显示");
    expect(wrapper.find(tid("canvas-section-banner")).classes()).not.toContain("is-hidden");

    // Limit the banner to the mini-program: dimmed on H5, shown on mp.
    await wrapper.find(tid("canvas-section-banner")).trigger("click");
    for (const channel of ["h5", "app", "pc"]) {
      await wrapper.find(`${tid(`section-channel-${channel}`)} input`).setValue(false);
    }
    await wrapper.find(`${tid("channel-h5")} input`).setValue(true);
    expect(wrapper.find(tid("canvas-section-banner")).attributes("data-hidden")).toBe("true");
    expect(wrapper.find(tid("canvas-hidden-banner")).text()).toBe("H5不显示");
    await wrapper.find(`${tid("channel-mp")} input`).setValue(true);
    expect(wrapper.find(tid("canvas-section-banner")).attributes("data-hidden")).toBeUndefined();
  });

  it("[SDUI-2] saves the draft with its base revision, values only", async () => {
    const api = pagesApi();
    const { wrapper } = await mountEditor();
    await wrapper.find(tid("palette-spacer")).trigger("click");
    await wrapper.find(tid("btn-save")).trigger("click");
    await flushPromises();

    const put = api.calls.find((call) => call.method === "PUT")!;
    expect(put.url).toBe("/api/v1/admin/pages/7/draft");
    const body = put.body as { document: PageDocument; base_revision: number };
    expect(body.base_revision).toBe(12);
    expect(Object.keys(body)).toEqual(["document", "base_revision"]);
    expect(body.document.order).toHaveLength(template("shop_home").order.length + 1);
    expect(body.document).toEqual(documentForSave(body.document));
    expect(documentErrors(body.document)).toEqual([]);
    expect(wrapper.find(tid("dirty-flag")).exists()).toBe(false);

    // The next save builds on the revision the server answered with.
    await wrapper.find(tid("palette-spacer")).trigger("click");
    await wrapper.find(tid("btn-save")).trigger("click");
    await flushPromises();
    expect((api.calls.filter((call) => call.method === "PUT")[1]!.body as { base_revision: number }).base_revision).toBe(13);
  });

  it("[SDUI-2] a 422 layout_invalid shows each error at its section and field", async () => {
    const api = pagesApi();
    api.onSave = () =>
      jsonResponse(
        422,
        errorEnvelope("layout_invalid", "页面内容有误", {
          "sections.banner.settings.slides.0.image": "须为 https:// 或 / 开头的地址",
          "sections/picks/source/ids": "至少 1 项",
        }),
      );
    const { wrapper } = await mountEditor();
    await wrapper.find(tid("btn-save")).trigger("click");
    await flushPromises();

    expect(wrapper.find(tid("layout-errors")).text()).toContain("有 2 处内容需要修改");
    expect(wrapper.find(tid("canvas-section-banner")).classes()).toContain("is-error");
    expect(wrapper.find(tid("canvas-section-picks")).classes()).toContain("is-error");
    // The first section with errors is selected, and the error sits under its field.
    expect(wrapper.find(tid("section-id")).text()).toBe("banner");
    const field = wrapper.find('[data-path="slides.0.image"]');
    expect(field.find(".sf-field__error").text()).toBe("须为 https:// 或 / 开头的地址");
    expect(wrapper.find(tid("section-errors")).text()).toContain("设置 › 轮播图片 › 第 1 项 › 图片");

    await wrapper.find(tid("canvas-section-picks")).trigger("click");
    expect(wrapper.find('[data-testid="source-editor"] .sf-field__error').text()).toBe("至少 1 项");

    // Editing the field clears its message.
    await wrapper.find(tid("canvas-section-banner")).trigger("click");
    await wrapper.find(tid("field-slides.0.image")).setValue("/media/demo/ok.jpg");
    expect(wrapper.find('[data-path="slides.0.image"] .sf-field__error').exists()).toBe(false);
    expect(wrapper.find(tid("canvas-section-banner")).classes()).not.toContain("is-error");
  });

  it("[SDUI-2] a 409 draft_conflict says someone else saved and offers a reload", async () => {
    const api = pagesApi();
    api.onSave = () => jsonResponse(409, errorEnvelope("draft_conflict", "draft moved"));
    const { wrapper } = await mountEditor();
    await wrapper.find(tid("palette-spacer")).trigger("click");
    await wrapper.find(tid("btn-save")).trigger("click");
    await flushPromises();

    expect(wrapper.find(tid("conflict-banner")).text()).toContain("其他人");
    const theirs = template("shop_home");
    theirs.page.title = "同事改过的店铺首页";
    api.detail = pageDetail({ document: theirs, draft_revision: 15 });
    api.onSave = undefined;

    await wrapper.find(tid("btn-reload")).trigger("click");
    await flushPromises();
    expect(wrapper.find(tid("conflict-banner")).exists()).toBe(false);
    expect(wrapper.find(tid("page-title-display")).text()).toBe("同事改过的店铺首页");
    expect(sectionIds(wrapper)).toEqual(theirs.order);

    await wrapper.find(tid("palette-spacer")).trigger("click");
    await wrapper.find(tid("btn-save")).trigger("click");
    await flushPromises();
    expect((api.calls.filter((call) => call.method === "PUT").at(-1)!.body as { base_revision: number }).base_revision).toBe(15);
  });

  it("[SDUI-2] publish saves unsaved changes first, then publishes", async () => {
    const api = pagesApi();
    const { wrapper } = await mountEditor();
    expect(wrapper.find(tid("publish-state")).text()).toBe("未发布");
    await wrapper.find(tid("palette-spacer")).trigger("click");
    expect(wrapper.find(tid("publish-state")).exists()).toBe(false);
    await wrapper.find(tid("btn-publish")).trigger("click");
    await flushPromises();
    expect(wrapper.find(tid("publish-state")).text()).toBe("已发布");
    const writes = api.calls.filter((call) => call.method !== "GET").map((call) => `${call.method} ${call.url}`);
    expect(writes).toEqual(["PUT /api/v1/admin/pages/7/draft", "POST /api/v1/admin/pages/7/publish"]);
  });

  it("[SDUI-2] preview shows the signed H5 link of the draft", async () => {
    const api = pagesApi();
    const { wrapper } = await mountEditor();
    await wrapper.find(tid("btn-preview")).trigger("click");
    await flushPromises();
    expect(api.calls.some((call) => call.method === "POST" && call.url.endsWith("/preview"))).toBe(true);
    const url = document.querySelector<HTMLInputElement>(tid("preview-url"))!;
    expect(url.value).toBe("https://m.example.com/p/shop-7-home?preview=tok123");
    expect(document.querySelector(tid("preview-link"))!.getAttribute("href")).toBe(url.value);
    expect(wrapper.exists()).toBe(true);
  });

  it("[SDUI-2] lists revisions and rolls back to an earlier published one", async () => {
    const api = pagesApi();
    const { wrapper } = await mountEditor();
    await wrapper.find(tid("btn-versions")).trigger("click");
    await flushPromises();

    expect(document.querySelectorAll('[data-testid^="revision-"]')).toHaveLength(4);
    expect(document.querySelector(tid("btn-rollback-12"))).toBeNull(); // a draft
    expect(document.querySelector(tid("btn-rollback-11"))!.hasAttribute("disabled")).toBe(true); // live now
    document.querySelector<HTMLElement>(tid("btn-rollback-9"))!.click();
    await flushPromises();
    messageBoxButton("回滚").click();
    await flushPromises();
    await vi.waitFor(() => expect(api.calls.some((call) => call.url.endsWith("/rollback"))).toBe(true));
    const rollback = api.calls.find((call) => call.url.endsWith("/rollback"))!;
    expect(rollback.body).toEqual({ revision_id: 9 });
    expect(wrapper.exists()).toBe(true);
  });

  it("[SDUI-2] guards unsaved changes on route leave and on tab close", async () => {
    pagesApi();
    const { wrapper, router } = await mountEditor();

    const clean = new Event("beforeunload", { cancelable: true });
    window.dispatchEvent(clean);
    expect(clean.defaultPrevented).toBe(false);

    await wrapper.find(tid("palette-spacer")).trigger("click");
    const dirty = new Event("beforeunload", { cancelable: true });
    window.dispatchEvent(dirty);
    expect(dirty.defaultPrevented).toBe(true);

    let navigation = router.push("/decoration/pages");
    await flushPromises();
    expect(document.querySelector(".el-message-box")!.textContent).toContain("有未保存的修改");
    messageBoxButton("留在此页").click();
    await navigation;
    expect(router.currentRoute.value.name).toBe("decoration-editor");

    navigation = router.push("/decoration/pages");
    await flushPromises();
    messageBoxButton("离开").click();
    await navigation;
    expect(router.currentRoute.value.name).toBe("decoration-pages");
  });

  it("[SDUI-2] leaves without asking when everything is saved", async () => {
    pagesApi();
    const { router } = await mountEditor();
    await router.push("/decoration/pages");
    expect(router.currentRoute.value.name).toBe("decoration-pages");
    expect(document.querySelector(".el-message-box")).toBeNull();
  });
});
