import { flushPromises, mount, type VueWrapper } from "@vue/test-utils";
import ElementPlus, { ElSelect } from "element-plus";
import { describe, expect, it } from "vitest";

import type { PageDocument } from "@/api/pages";
import { EditorCatalogue } from "@/views/decoration/editor/catalogue";
import { emptyLayoutErrors, mapLayoutErrors, type LayoutErrors } from "@/views/decoration/editor/errors";
import { updateSection, type Path } from "@/views/decoration/editor/model";
import SettingsPanel from "@/views/decoration/editor/SettingsPanel.vue";

import { catalogueJson, component, schemaValidator } from "./fixtures";

const catalogue = new EditorCatalogue(catalogueJson());
const tid = (id: string) => `[data-testid="${id}"]`;

function docOf(id: string, type: string, settings?: Record<string, unknown>, source?: unknown): PageDocument {
  const fixture = component(type).fixture;
  return {
    schema_version: 1,
    page: { kind: "custom", title: "测试" },
    sections: { [id]: { ...fixture, settings: settings ?? fixture.settings, ...(source ? { source } : {}) } as PageDocument["sections"][string] },
    order: [id],
  };
}

/** The panel wired like the decorator: every change is applied to the document and shown again. */
async function mountPanel(doc: PageDocument, selectedId: string, errors: LayoutErrors = emptyLayoutErrors()) {
  const changes: { path: Path; value: unknown; merge: boolean }[] = [];
  const wrapper: VueWrapper = mount(SettingsPanel, {
    props: {
      catalogue,
      doc,
      selectedId,
      errors,
      onSectionChange: async (id: string, path: Path, value: unknown, merge: boolean) => {
        changes.push({ path, value, merge });
        doc = updateSection(doc, id, path, value);
        await wrapper.setProps({ doc });
      },
    },
    global: { plugins: [ElementPlus] },
    attachTo: document.body,
  });
  await flushPromises();
  return { wrapper, changes, current: () => doc };
}

function select(wrapper: VueWrapper, testid: string) {
  const found = wrapper.findAllComponents(ElSelect).find((item) => item.attributes("data-testid") === testid);
  if (!found) throw new Error(`no select ${testid}`);
  return found;
}

// Element Plus forms under happy-dom take about a second per mount.
describe("settings panel", { timeout: 30_000 }, () => {
  it("[SDUI-2] renders the banner form from its schema: groups, list rows, widgets, limits", async () => {
    const { wrapper } = await mountPanel(docOf("banner1", "banner"), "banner1");
    expect(wrapper.findAll(".settings__group h4").map((node) => node.text())).toEqual(["内容", "样式", "行为", "显示渠道"]);
    expect(wrapper.find(tid("field-slides.0.image")).element.tagName).toBe("INPUT");
    expect(wrapper.find(tid("field-slides.2.title")).element.tagName).toBe("INPUT");
    expect(wrapper.find(tid("field-slides.0.action")).exists()).toBe(true);
    expect(select(wrapper, "field-slides.0.action.kind").props("modelValue")).toBe("page");
    expect(wrapper.find(tid("field-slides.0.action.page_key")).exists()).toBe(true);
    expect(wrapper.find(tid("field-interval")).find(".el-slider").exists()).toBe(true);
    expect(wrapper.find(tid("field-interval")).text()).toContain("ms");
    expect(wrapper.find(tid("field-indicator_style")).text()).toContain("圆点");
    expect(wrapper.find(`${tid("field-indicator_color")} input[type=color]`).exists()).toBe(true);
    expect(wrapper.find(tid("field-autoplay")).classes()).toContain("el-switch");
    // No source editor for a banner, channels for all four shells.
    expect(wrapper.find(tid("source-editor")).exists()).toBe(false);
    expect(wrapper.findAll(`${tid("section-channels")} .el-checkbox`)).toHaveLength(4);
  });

  it("[SDUI-2] enforces minItems / maxItems of a list in the UI", async () => {
    const slide = { image: "/media/demo/a.jpg" };
    const { wrapper, current } = await mountPanel(docOf("b", "banner", { slides: [slide] }), "b");
    expect(wrapper.find(tid("field-slides.0-remove")).attributes("disabled")).toBeDefined();
    for (let i = 0; i < 4; i += 1) await wrapper.find(tid("field-slides-add")).trigger("click");
    expect(current().sections.b!.settings.slides).toHaveLength(5);
    expect(wrapper.find(tid("field-slides-add")).attributes("disabled")).toBeDefined();
    expect(wrapper.find(tid("field-slides.0-remove")).attributes("disabled")).toBeUndefined();
    // A new slide starts with an empty (required) image, flagged in place.
    expect(wrapper.find('[data-path="slides.4.image"] .sf-field__warn').text()).toBe("必填");
    await wrapper.find(tid("field-slides.0-down")).trigger("click");
    expect((current().sections.b!.settings.slides as unknown[])[1]).toEqual(slide);
    await wrapper.find(tid("field-slides.1-remove")).trigger("click");
    expect(current().sections.b!.settings.slides).toHaveLength(4);
  });

  it("[SDUI-2] typing emits mergeable changes at the field's path; a switch emits a single step", async () => {
    const { wrapper, changes } = await mountPanel(docOf("banner1", "banner"), "banner1");
    await wrapper.find(tid("field-slides.1.title")).setValue("生鲜水果 产地直发 包邮");
    expect(changes.at(-1)).toEqual({ path: ["settings", "slides", 1, "title"], value: "生鲜水果 产地直发 包邮", merge: true });
    await wrapper.find(`${tid("field-autoplay")}`).trigger("click");
    expect(changes.at(-1)).toEqual({ path: ["settings", "autoplay"], value: false, merge: false });
  });

  it("[SDUI-2] the link editor switches kinds and produces a valid action", async () => {
    const validateAction = schemaValidator("https://schemas.shop.local/layouts/page.schema.json#/$defs/action");
    const { wrapper, current } = await mountPanel(docOf("banner1", "banner"), "banner1");
    select(wrapper, "field-slides.0.action.kind").vm.$emit("update:modelValue", "url");
    await flushPromises();
    const action = () => (current().sections.banner1!.settings.slides as { action?: unknown }[])[0]!.action;
    expect(action()).toEqual({ kind: "url", url: "" });
    expect(wrapper.find('[data-path="slides.0.action.url"] .sf-field__warn').text()).toBe("必填");

    await wrapper.find(tid("field-slides.0.action.url")).setValue("http://m.example.com");
    expect(wrapper.find('[data-path="slides.0.action.url"] .sf-field__warn').text()).toBe("请输入 https:// 开头的网址");
    await wrapper.find(tid("field-slides.0.action.url")).setValue("https://m.example.com/double11");
    expect(action()).toEqual({ kind: "url", url: "https://m.example.com/double11" });
    expect(validateAction(action())).toBe(true);

    select(wrapper, "field-slides.0.action.kind").vm.$emit("update:modelValue", "product");
    await flushPromises();
    await wrapper.find(tid("field-slides.0.action.product_id")).setValue("10086");
    expect(action()).toEqual({ kind: "product", product_id: 10086 });
    expect(validateAction(action())).toBe(true);

    // Clearing an optional link removes it.
    select(wrapper, "field-slides.0.action.kind").vm.$emit("update:modelValue", undefined);
    await flushPromises();
    expect(current().sections.banner1!.settings.slides as unknown[]).toContainEqual({ image: expect.any(String), title: expect.any(String) });
    expect(action()).toBeUndefined();
  });

  it("[SDUI-2] renders the product_grid form and its source editor", async () => {
    const { wrapper, current } = await mountPanel(docOf("hot", "product_grid"), "hot");
    expect(wrapper.findAll(".settings__group h4").map((node) => node.text())).toEqual(["内容", "样式", "数据来源", "显示渠道"]);
    await wrapper.find(tid("field-columns")).findAll("input").find((input) => input.element.value === "3")!.setValue(true);
    expect(current().sections.hot!.settings.columns).toBe(3);

    const kind = select(wrapper, "source-kind");
    expect(kind.props("modelValue")).toBe("product_ids");
    expect(kind.findAllComponents({ name: "ElOption" }).map((option) => option.props("label"))).toEqual(["指定商品", "按条件筛选商品", "新品"]);
    const ids = wrapper.find<HTMLInputElement>(tid("source-ids"));
    expect(ids.element.value).toBe("10001, 10002, 10003, 10004, 10005, 10006");
    await ids.setValue("3, 1，x");
    expect(current().sections.hot!.source).toEqual({ kind: "product_ids", ids: [3, 1] });
    expect(wrapper.find(tid("source-editor")).text()).toContain("无法识别：x");

    kind.vm.$emit("update:modelValue", "newest");
    await flushPromises();
    expect(current().sections.hot!.source).toEqual({ kind: "newest", limit: 6 });
    expect(wrapper.find(tid("source-ids")).exists()).toBe(false);
    expect(wrapper.find(tid("source-limit")).exists()).toBe(true);

    await wrapper.find(`${tid("section-lazy")}`).trigger("click");
    expect(current().sections.hot!.lazy).toBe(true);
  });

  it("[SDUI-2] shows save errors under their fields and lists them with readable places", async () => {
    const errors = mapLayoutErrors({
      "sections.banner1.settings.slides.1.image": "格式不正确",
      "sections.banner1.settings.height": "不能大于 600",
      "sections.banner1.channels": "取值不在允许范围内",
    });
    const { wrapper } = await mountPanel(docOf("banner1", "banner"), "banner1", errors);
    expect(wrapper.find('[data-path="slides.1.image"] .sf-field__error').text()).toBe("格式不正确");
    expect(wrapper.find('[data-path="height"] .sf-field__error').text()).toBe("不能大于 600");
    const summary = wrapper.find(tid("section-errors")).text();
    expect(summary).toContain("设置 › 轮播图片 › 第 2 项 › 图片：格式不正确");
    expect(summary).toContain("设置 › 高度：不能大于 600");
    expect(summary).toContain("显示渠道：取值不在允许范围内");
  });

  it("[SDUI-2] edits the page itself when no section is selected", async () => {
    const changes: unknown[][] = [];
    const wrapper = mount(SettingsPanel, {
      props: {
        catalogue,
        doc: docOf("b", "banner"),
        selectedId: null,
        errors: emptyLayoutErrors(),
        onPageChange: (...args: unknown[]) => changes.push(args),
      },
      global: { plugins: [ElementPlus] },
    });
    await flushPromises();
    await wrapper.find(tid("page-title")).setValue("双11主会场");
    expect(changes.at(-1)).toEqual([["title"], "双11主会场", true]);
    expect(wrapper.find(tid("page-style.nav_text_style")).exists()).toBe(true);
    await wrapper.find(`${tid("page-style.background_color")} input[type=color]`).setValue("#ff0000");
    expect(changes.at(-1)).toEqual([["style", "background_color"], "#ff0000", true]);
  });
});
