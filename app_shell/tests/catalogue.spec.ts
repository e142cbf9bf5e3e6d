import { describe, expect, it } from "vitest";

import { SECTION_COMPONENTS } from "@/components/sections";
import { CATALOGUE_TYPES, applyDefaults, defaultSettings } from "@/core/settings";
import { SUPPORTED } from "@/core/supported";

import { CATALOGUE, fakeData, mountPage, pageOf } from "./helpers";

describe("the catalogue contract", () => {
  const types = CATALOGUE.map((entry) => entry.type).sort();

  it("[SDUI-4] declares every catalogue type at its version in SUPPORTED", () => {
    expect(types).toHaveLength(20);
    expect(SUPPORTED).toEqual(Object.fromEntries(CATALOGUE.map((entry) => [entry.type, entry.v])));
  });

  it("[SDUI-4] has one renderer per catalogue type", () => {
    expect(Object.keys(SECTION_COMPONENTS).sort()).toEqual(types);
    expect([...CATALOGUE_TYPES]).toEqual(types);
  });

  for (const entry of CATALOGUE) {
    it(`[SDUI-4] renders the ${entry.type} fixture`, async () => {
      const section = { ...entry.fixture, data: fakeData(entry.fixture.source as Record<string, unknown> | undefined) };
      const { wrapper } = await mountPage(pageOf({ fixture: section }));
      const root = wrapper.find("[data-section-id='fixture']");
      expect(root.exists()).toBe(true);
      expect(root.attributes("data-section-type")).toBe(entry.type);
      expect(root.text()).not.toMatch(/undefined|NaN|\[object Object\]/);
    });

    it(`[SDUI-4] renders a ${entry.type} section with only its default settings`, async () => {
      const section = { type: entry.type, v: entry.v, settings: {}, data: null };
      const { wrapper } = await mountPage(pageOf({ bare: section }));
      expect(wrapper.find("[data-section-id='bare']").exists()).toBe(true);
    });
  }

  it("[SDUI-1] fills missing settings from the catalogue defaults", () => {
    expect(defaultSettings("product_grid")).toMatchObject({ columns: 2, show_sales: true, buy_button_text: "立即购买" });
    expect(applyDefaults("product_grid", { columns: 3, gap: null })).toMatchObject({ columns: 3, gap: 8 });
    expect(applyDefaults("nope", { a: 1 })).toEqual({ a: 1 });
  });
});
