import { beforeEach, describe, expect, it, vi } from "vitest";

import { sectionSequence } from "@/core/sequence";

import { asResponse, loadTemplate, pageOf, product } from "./helpers";

describe("sectionSequence", () => {
  beforeEach(() => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
  });

  it("[SDUI-4] lists the sections of the platform home in order with their product ids", () => {
    const response = asResponse(loadTemplate("platform_home"));
    const sequence = sectionSequence(response, "h5");

    expect(sequence.map((s) => s.id)).toEqual(response.order);
    expect(sequence.find((s) => s.id === "hot-goods")).toEqual({
      id: "hot-goods",
      type: "product_grid",
      itemIds: [10001, 10002, 10003, 10004, 10005, 10006],
    });
    expect(sequence.find((s) => s.id === "ranking")?.itemIds).toHaveLength(10);
    expect(sequence.find((s) => s.id === "banner")).toEqual({ id: "banner", type: "banner", itemIds: [] });
  });

  it("[SDUI-4] follows the channel: the pc channel has no tab bar and no popup", () => {
    const response = asResponse(loadTemplate("platform_home"));
    const ids = sectionSequence(response, "pc").map((s) => s.id);
    expect(ids).not.toContain("tab-bar");
    expect(ids).not.toContain("popup");
    expect(ids).toContain("hot-goods");
  });

  it("[SDUI-4] leaves out unknown types and newer versions, like the renderer", () => {
    const response = pageOf({
      a: { type: "product_grid", v: 1, settings: {}, data: { items: [product(5), product(4)] } },
      b: { type: "hologram", v: 1, settings: {} },
      c: { type: "banner", v: 99, settings: {} },
      d: { type: "flash_sale_strip", v: 1, settings: {}, data: { slot: null, items: [product(9)] } },
    });
    expect(sectionSequence(response, "h5")).toEqual([
      { id: "a", type: "product_grid", itemIds: [5, 4] },
      { id: "d", type: "flash_sale_strip", itemIds: [] },
    ]);
  });

  it("[SDUI-4] answers [] for a malformed response", () => {
    expect(sectionSequence(null, "h5")).toEqual([]);
    expect(sectionSequence({ order: "x" }, "h5")).toEqual([]);
  });
});
