import { describe, expect, it, vi } from "vitest";

import { sectionSequence } from "@/core/sequence";

import { TEMPLATE_NAMES, asResponse, loadTemplate, mountPage, pageOf, product, renderedSequence } from "./helpers";

describe("PageRenderer", () => {
  it("[SDUI-4] finds the four templates", () => {
    expect(TEMPLATE_NAMES).toEqual(["b2b_home", "campaign", "platform_home", "shop_home"]);
  });

  for (const name of TEMPLATE_NAMES) {
    it(`[SDUI-4] renders every section of templates/${name}.json in order`, async () => {
      const response = asResponse(loadTemplate(name));
      const { wrapper } = await mountPage(response);

      const roots = wrapper.findAll("[data-section-id]");
      expect(roots.map((r) => r.attributes("data-section-id"))).toEqual(response.order);
      expect(roots.map((r) => r.attributes("data-section-type"))).toEqual(
        response.order.map((id) => response.sections[id].type),
      );
      expect(wrapper.text()).not.toMatch(/error|undefined|NaN|\[object Object\]/i);
    });

    it(`[SDUI-4] draws exactly sectionSequence() for templates/${name}.json`, async () => {
      const response = asResponse(loadTemplate(name));
      const { wrapper } = await mountPage(response);
      expect(renderedSequence(wrapper.element)).toEqual(sectionSequence(response, "h5"));
    });
  }

  it("[SDUI-4] skips an unknown type and a v99 section without breaking the page", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const response = pageOf(
      {
        title: { type: "title_bar", v: 1, settings: { title: "为你推荐" } },
        hologram: { type: "hologram", v: 1, settings: {} },
        future: { type: "product_grid", v: 99, settings: { columns: 2 }, data: { items: [product(1)] } },
        goods: { type: "product_grid", v: 1, settings: { columns: 2 }, data: { items: [product(2)] } },
      },
      ["title", "hologram", "future", "goods"],
    );

    const { wrapper } = await mountPage(response);

    expect(wrapper.findAll("[data-section-id]").map((r) => r.attributes("data-section-id"))).toEqual(["title", "goods"]);
    expect(wrapper.findAll("[data-product-id]").map((p) => p.attributes("data-product-id"))).toEqual(["2"]);
    expect(wrapper.text()).toContain("为你推荐");
    expect(warn).toHaveBeenCalled();
  });

  it("[SDUI-4] leaves out sections whose channels exclude h5", async () => {
    const response = pageOf({
      a: { type: "spacer", v: 1, settings: { height: 10 } },
      mp: { type: "spacer", v: 1, settings: { height: 10 }, channels: ["mp"] },
    });
    const { wrapper } = await mountPage(response);
    expect(wrapper.findAll("[data-section-id]").map((r) => r.attributes("data-section-id"))).toEqual(["a"]);
  });

  it("[SDUI-4] draws nothing, without throwing, for a malformed response", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    for (const bad of [null, "oops", { sections: "x" }, { order: ["a"], sections: { a: null } }]) {
      const { wrapper } = await mountPage(bad);
      expect(wrapper.findAll("[data-section-id]")).toHaveLength(0);
    }
  });

  it("[SDUI-3] loads lazy sections through loadSection and draws their data", async () => {
    vi.stubGlobal("IntersectionObserver", undefined);
    const loadSection = vi.fn(async (id: string) => ({ items: [product(id === "later" ? 31 : 32)] }));
    const response = pageOf({
      now: { type: "product_grid", v: 1, settings: {}, data: { items: [product(30)] } },
      later: { type: "product_grid", v: 1, settings: {}, lazy: true, data: null },
    });

    const { wrapper } = await mountPage(response, { loadSection });

    expect(loadSection).toHaveBeenCalledTimes(1);
    expect(loadSection).toHaveBeenCalledWith("later");
    expect(wrapper.findAll("[data-product-id]").map((p) => p.attributes("data-product-id"))).toEqual(["30", "31"]);
  });

  it("[SDUI-3] shows a lazy section's empty state when its data cannot be loaded", async () => {
    vi.stubGlobal("IntersectionObserver", undefined);
    const response = pageOf({ later: { type: "product_grid", v: 1, settings: {}, lazy: true, data: null } });
    const { wrapper } = await mountPage(response, { loadSection: async () => Promise.reject(new Error("down")) });
    expect(wrapper.find(".van-empty").exists()).toBe(true);
    expect(wrapper.text()).toContain("暂无商品");
  });
});
