// [SDUI-4] Templates render through page-renderer in order; unknown types, newer versions and
// other channels' sections are left out; the rendered tree matches sectionSequence.
const { renderPage, settle, renderedSequence } = require("./helpers/sim");
const { installWx } = require("./helpers/wx");
const { templates, pageResponse } = require("./helpers/fake-data");
const { sectionSequence } = require("../miniprogram/core/sequence.js");

beforeEach(() => {
  installWx();
  jest.spyOn(console, "warn").mockImplementation(() => {});
});
afterEach(() => {
  console.warn.mockRestore();
});

/** Insert extra sections into a response at the given order positions. */
function withExtras(response, extras) {
  const out = Object.assign({}, response, { sections: Object.assign({}, response.sections), order: response.order.slice() });
  extras.forEach(({ id, at, section }) => {
    out.sections[id] = section;
    out.order.splice(at, 0, id);
  });
  return out;
}

describe.each(templates().map((t) => [t.name, t.document]))("template %s", (name, document) => {
  test("[SDUI-4] renders each template's sections in order and skips unknown types and newer versions", () => {
    const base = pageResponse(document, { key: name, loadLazy: true });
    const response = withExtras(base, [
      { id: "magic-cube", at: 1, section: { type: "magic_cube", v: 1, settings: { cells: 4 }, data: null } },
      {
        id: "banner-v2",
        at: 3,
        section: { type: "banner", v: 2, settings: { slides: [{ image: "/media/demo/v2.jpg" }] }, data: null },
      },
      {
        id: "pc-only",
        at: 4,
        section: { type: "title_bar", v: 1, settings: { title: "仅PC" }, channels: ["pc"], data: null },
      },
    ]);
    const { comp, result } = renderPage(response);

    const expected = document.order.filter((id) => {
      const channels = document.sections[id].channels;
      return !channels || channels.indexOf("mp") !== -1;
    });
    const rendered = renderedSequence(comp.dom);
    expect(rendered.map((s) => s.id)).toEqual(expected);
    expect(rendered.map((s) => s.type)).toEqual(expected.map((id) => document.sections[id].type));
    expect(result.count).toBe(expected.length);
    // Nothing at all is drawn for the left-out sections (no error box, no empty wrapper).
    ["magic-cube", "banner-v2", "pc-only"].forEach((id) => {
      expect(comp.dom.querySelector(`[data-section-id="${id}"]`)).toBeNull();
    });
    expect(comp.dom.textContent).not.toContain("仅PC");
    // Product sections drew their cards.
    rendered
      .filter((s) => ["product_grid", "ranking_list", "flash_sale_strip", "group_buy_strip"].includes(s.type))
      .forEach((s) => expect(s.itemIds.length).toBeGreaterThan(0));
  });

  test("[SDUI-4] the rendered component tree matches sectionSequence", () => {
    // First paint: lazy sections have no data yet.
    const first = pageResponse(document, { key: name });
    const { comp, result } = renderPage(first);
    expect(renderedSequence(comp.dom)).toEqual(sectionSequence(first, "mp"));

    // Then the lazy sections' data arrives, one path update per section.
    const full = pageResponse(document, { key: name, loadLazy: true });
    result.lazy.forEach((id) => expect(comp.instance.setSectionData(id, full.sections[id].data)).toBe(true));
    settle(comp);
    const sequence = sectionSequence(full, "mp");
    expect(renderedSequence(comp.dom)).toEqual(sequence);
    expect(sequence.length).toBeGreaterThan(0);
  });
});

test("[SDUI-4] sectionSequence is built with the shared core: order, channel, supported types", () => {
  const response = {
    order: ["a", "b", "c", "d", "e"],
    sections: {
      a: { type: "product_grid", v: 1, settings: {}, data: { items: [{ id: 5 }, { id: 3 }, { bad: true }] } },
      b: { type: "unknown_thing", v: 1, settings: {} },
      c: { type: "ranking_list", v: 9, settings: {} },
      d: { type: "popup_ad", v: 1, settings: {}, channels: ["pc"] },
      e: { type: "flash_sale_strip", v: 1, settings: {}, data: { slot: null, items: [{ id: 8 }] } },
    },
  };
  expect(sectionSequence(response, "mp")).toEqual([
    { id: "a", type: "product_grid", itemIds: [5, 3] },
    { id: "e", type: "flash_sale_strip", itemIds: [] },
  ]);
  expect(sectionSequence(response, "pc").map((s) => s.id)).toEqual(["a", "d", "e"]);
});
