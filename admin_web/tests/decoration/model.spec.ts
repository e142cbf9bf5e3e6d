import { describe, expect, it } from "vitest";

import type { PageDocument } from "@/api/pages";
import { EditorCatalogue } from "@/views/decoration/editor/catalogue";
import { canRedo, canUndo, createHistory, HISTORY_DEPTH, MERGE_WINDOW_MS, record, redo, undo } from "@/views/decoration/editor/history";
import {
  addSection,
  countOfType,
  createSection,
  documentFingerprint,
  documentForSave,
  duplicateSection,
  emptyDocument,
  isShownOn,
  MAX_SECTIONS,
  moveSection,
  moveSectionBy,
  newSectionId,
  normalizeDocument,
  removeSection,
  SECTION_ID_PATTERN,
  setChannels,
  setIn,
  updatePage,
  updateSection,
} from "@/views/decoration/editor/model";

import { catalogueJson, documentErrors, template } from "./fixtures";

const catalogue = new EditorCatalogue(catalogueJson());

/** A deterministic "random" for ids: cycles through the given values. */
function seq(...values: number[]) {
  let i = 0;
  return () => values[i++ % values.length]!;
}

function docWith(...types: string[]): PageDocument {
  let doc = emptyDocument("custom", "测试页");
  types.forEach((type, index) => {
    const result = addSection(doc, catalogue, type, { random: seq((index + 1) / 40) });
    if (!result.ok) throw new Error(result.reason);
    doc = result.doc;
  });
  return doc;
}

describe("page document commands", () => {
  it("[SDUI-2] adds a component at the end or at a drop position, with a new stable id", () => {
    let doc = docWith("banner", "product_grid");
    const result = addSection(doc, catalogue, "title_bar", { index: 1, random: seq(0.5) });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    doc = result.doc;
    expect(result.id).toMatch(/^title_bar_[a-z0-9]{4}$/);
    expect(result.id).toMatch(SECTION_ID_PATTERN);
    expect(doc.order.map((id) => doc.sections[id]!.type)).toEqual(["banner", "title_bar", "product_grid"]);
    expect(doc.sections[result.id]).toMatchObject({ type: "title_bar", v: 1, settings: { title: "为你推荐" } });
  });

  it("[SDUI-2] new sections start from the schema defaults (or a preset) and validate against the catalogue", () => {
    for (const entry of catalogue.entries) {
      const doc = docWith(entry.type);
      const idsOnly = entry.sources.length > 0 && entry.sources.every((kind) => kind.endsWith("_ids"));
      const problems = documentErrors(documentForSave(doc)).filter(
        // Pinned ids (coupon_ids) cannot be guessed: the editor asks for them.
        (problem) => !(idsOnly && /\/source(\/ids)? must/.test(problem)),
      );
      expect(problems, entry.type).toEqual([]);
      entry.presets.forEach((preset, index) => {
        const section = createSection(catalogue, entry.type, index);
        expect(section.settings, `${entry.type} preset ${preset.title}`).toEqual(preset.settings);
      });
    }
    // Every top-level default of the schema is spelled out, as templates do.
    for (const entry of catalogue.entries) {
      const declared = Object.fromEntries(
        Object.entries(entry.settings.properties ?? {})
          .filter(([, property]) => "default" in property)
          .map(([key, property]) => [key, property.default]),
      );
      expect(createSection(catalogue, entry.type).settings, entry.type).toEqual(declared);
    }
    expect(Object.keys(createSection(catalogue, "banner").settings)).toEqual([
      "slides",
      "autoplay",
      "interval",
      "height",
      "indicator_style",
      "indicator_color",
      "indicator_active_color",
      "margin_x",
      "margin_y",
      "radius",
    ]);
    // product_grid needs a source: the first allowed kind whose defaults are complete.
    expect(createSection(catalogue, "product_grid").source).toEqual({ kind: "product_query", sort: "composite", limit: 10 });
  });

  it("[SDUI-2] respects max_per_page and the 60-section limit", () => {
    let doc = docWith("popup_ad");
    const again = addSection(doc, catalogue, "popup_ad");
    expect(again).toEqual({ ok: false, reason: "「弹窗广告」每个页面最多 1 个" });
    const dup = duplicateSection(doc, catalogue, doc.order[0]!);
    expect(dup.ok).toBe(false);

    doc = emptyDocument("custom", "满");
    for (let i = 0; i < MAX_SECTIONS; i += 1) {
      const result = addSection(doc, catalogue, "spacer");
      if (!result.ok) throw new Error(result.reason);
      doc = result.doc;
    }
    expect(addSection(doc, catalogue, "spacer")).toEqual({ ok: false, reason: "每个页面最多 60 个组件" });
  });

  it("[SDUI-2] reorders by insertion point, as a drop indicator shows it", () => {
    const doc = docWith("banner", "title_bar", "product_grid", "divider");
    const [a, b, c, d] = doc.order;
    expect(moveSection(doc, a!, 3).order).toEqual([b, c, a, d]);
    expect(moveSection(doc, d!, 0).order).toEqual([d, a, b, c]);
    expect(moveSection(doc, b!, 4).order).toEqual([a, c, d, b]);
    // Dropping a section onto its own place changes nothing (same document, no undo step).
    expect(moveSection(doc, b!, 1)).toBe(doc);
    expect(moveSection(doc, b!, 2)).toBe(doc);
    expect(moveSectionBy(doc, a!, -1)).toBe(doc);
    expect(moveSectionBy(doc, a!, 1).order).toEqual([b, a, c, d]);
    expect(moveSectionBy(doc, d!, -1).order).toEqual([a, b, d, c]);
    expect(moveSectionBy(doc, d!, 1)).toBe(doc);
  });

  it("[SDUI-2] duplicates a section right after it under a new id, as a deep copy", () => {
    const doc = docWith("banner", "divider");
    const [banner, divider] = doc.order;
    const result = duplicateSection(doc, catalogue, banner!, seq(0.9));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.doc.order).toEqual([banner, result.id, divider]);
    expect(result.id).not.toBe(banner);
    expect(result.doc.sections[result.id]).toEqual(doc.sections[banner!]);
    const original = doc.sections[banner!]!.settings.slides;
    const edited = updateSection(result.doc, result.id, ["settings", "slides", 0, "image"], "/media/b.jpg");
    expect(edited.sections[banner!]!.settings.slides).toEqual(original);
    expect(edited.sections[result.id]!.settings.slides).toEqual([{ image: "/media/b.jpg" }]);
  });
  it("[SDUI-2] deletes a section from both the map and the order", () => {
    const doc = docWith("banner", "divider");
    const next = removeSection(doc, doc.order[0]!);
    expect(next.order).toEqual([doc.order[1]]);
    expect(Object.keys(next.sections)).toEqual([doc.order[1]]);
    expect(removeSection(next, "missing")).toBe(next);
  });

  it("[SDUI-2] edits copy only the path they change and leave other sections shared", () => {
    const doc = docWith("banner", "divider");
    const [banner, divider] = doc.order;
    const next = updateSection(doc, banner!, ["settings", "height"], 200);
    expect(next.sections[banner!]!.settings.height).toBe(200);
    expect(doc.sections[banner!]!.settings.height).toBe(160);
    expect(next.sections[divider!]).toBe(doc.sections[divider!]);
    expect(updateSection(next, banner!, ["settings", "height"], 200)).toBe(next);
    // undefined removes an optional setting (its default applies again).
    expect(updateSection(next, banner!, ["settings", "height"], undefined).sections[banner!]!.settings).not.toHaveProperty("height");
    expect(setIn({ a: [{ b: 1 }] }, ["a", 0, "c"], 2)).toEqual({ a: [{ b: 1, c: 2 }] });
    expect(updatePage(doc, ["style", "background_color"], "#000000").page.style).toEqual({ background_color: "#000000" });
  });

  it("[SDUI-2] new ids never collide and always match the section id pattern", () => {
    const taken = new Set(["banner_aaaa"]);
    expect(newSectionId("banner", taken, seq(0, 0, 0, 0, 0.5))).not.toBe("banner_aaaa");
    const long = newSectionId("a_very_long_component_type_name_that_goes_on", [], Math.random);
    expect(long).toMatch(SECTION_ID_PATTERN);
  });

  it("[SDUI-2] channels: absent means every channel the type supports; a section hides where not listed", () => {
    const doc = docWith("banner", "popup_ad");
    const [banner, popup] = doc.order;
    const entry = catalogue.entry("banner")!;
    const mpOnly = setChannels(doc, banner!, ["mp"], entry.channels);
    expect(mpOnly.sections[banner!]!.channels).toEqual(["mp"]);
    expect(isShownOn(mpOnly.sections[banner!]!, entry.channels, "mp")).toBe(true);
    expect(isShownOn(mpOnly.sections[banner!]!, entry.channels, "h5")).toBe(false);
    expect(setChannels(mpOnly, banner!, ["pc", "mp", "app", "h5"], entry.channels).sections[banner!]).not.toHaveProperty("channels");
    expect(setChannels(mpOnly, banner!, [], entry.channels)).toBe(mpOnly);
    // popup_ad cannot render on PC at all.
    expect(isShownOn(doc.sections[popup!]!, catalogue.entry("popup_ad")!.channels, "pc")).toBe(false);
  });

  it("[SDUI-2] saves only values: editor state and unknown keys never reach the document", () => {
    const doc = docWith("banner");
    const id = doc.order[0]!;
    const polluted = {
      ...doc,
      selected: id,
      sections: { [id]: { ...doc.sections[id]!, _preview: true, lazy: undefined } },
    } as unknown as PageDocument;
    const saved = documentForSave(polluted);
    expect(Object.keys(saved)).toEqual(["schema_version", "page", "sections", "order"]);
    expect(Object.keys(saved.sections[id]!)).toEqual(["type", "v", "settings"]);
  });

  it("[SDUI-2] every template loads and saves back unchanged", () => {
    for (const name of ["platform_home", "shop_home", "b2b_home", "campaign"]) {
      const original = template(name);
      const loaded = normalizeDocument(original, original.page);
      expect(documentForSave(loaded), name).toEqual(original);
      expect(documentErrors(documentForSave(loaded)), name).toEqual([]);
    }
    const broken = { ...template("shop_home"), order: ["ghost", "banner", "banner"] };
    const fixed = normalizeDocument(broken, broken.page);
    expect(fixed.order[0]).toBe("banner");
    expect(fixed.order).toHaveLength(Object.keys(broken.sections).length);
    expect(normalizeDocument(null, { kind: "custom", title: "新页面" })).toEqual(emptyDocument("custom", "新页面"));
  });

  it("[SDUI-2] counts sections per type", () => {
    expect(countOfType(docWith("banner", "divider", "banner"), "banner")).toBe(2);
  });
});

describe("undo history", () => {
  const base = docWith("banner", "divider");

  it("[SDUI-2] undoes and redoes add, move, duplicate and delete", () => {
    let history = createHistory(base);
    const added = addSection(base, catalogue, "title_bar");
    if (!added.ok) throw new Error();
    history = record(history, added.doc, { now: 0 });
    const moved = moveSection(history.present, added.id, 0);
    history = record(history, moved, { now: 10 });
    const dup = duplicateSection(history.present, catalogue, added.id);
    if (!dup.ok) throw new Error();
    history = record(history, dup.doc, { now: 20 });
    history = record(history, removeSection(history.present, base.order[0]!), { now: 30 });

    expect(history.past).toHaveLength(4);
    history = undo(history);
    expect(history.present).toBe(dup.doc);
    history = undo(undo(history));
    expect(history.present).toBe(added.doc);
    history = undo(history);
    expect(history.present).toBe(base);
    expect(canUndo(history)).toBe(false);
    expect(undo(history)).toBe(history);

    history = redo(redo(history));
    expect(history.present).toBe(moved);
    expect(canRedo(history)).toBe(true);
    // A new change drops the redo branch.
    history = record(history, updateSection(history.present, added.id, ["settings", "title"], "新标题"), { now: 40 });
    expect(canRedo(history)).toBe(false);
    expect(redo(history)).toBe(history);
  });

  it("[SDUI-2] merges continuous typing in one field within 800 ms into one step", () => {
    const id = base.order[0]!;
    const key = `${id}:settings.slides.0.title`;
    let history = createHistory(base);
    let doc = base;
    let now = 1000;
    for (const text of ["双", "双1", "双11", "双11狂欢"]) {
      doc = updateSection(doc, id, ["settings", "slides", 0, "title"], text);
      history = record(history, doc, { mergeKey: key, now });
      now += MERGE_WINDOW_MS - 100; // keeps typing: each keystroke within the window of the last
    }
    expect(history.past).toHaveLength(1);
    expect(undo(history).present).toBe(base);

    // A pause longer than the window starts a new step.
    now += MERGE_WINDOW_MS + 1;
    history = record(history, updateSection(doc, id, ["settings", "slides", 0, "title"], "双11狂欢节"), { mergeKey: key, now });
    expect(history.past).toHaveLength(2);

    // Another field is another step, even right away.
    history = record(history, updateSection(history.present, id, ["settings", "height"], 180), {
      mergeKey: `${id}:settings.height`,
      now: now + 10,
    });
    expect(history.past).toHaveLength(3);

    // A command without a key (add, move…) never merges, and ends the merge run.
    const structural = moveSection(history.present, id, 2);
    history = record(history, structural, { now: now + 20 });
    history = record(history, updateSection(structural, id, ["settings", "height"], 190), {
      mergeKey: `${id}:settings.height`,
      now: now + 30,
    });
    expect(history.past).toHaveLength(5);

    // After an undo the next edit is its own step.
    const undone = undo(history);
    const after = record(undone, updateSection(undone.present, id, ["settings", "height"], 200), {
      mergeKey: `${id}:settings.height`,
      now: now + 40,
    });
    expect(after.past).toHaveLength(5);
  });

  it("[SDUI-2] keeps at most 50 undo steps", () => {
    const id = base.order[0]!;
    let history = createHistory(base);
    for (let i = 0; i < 70; i += 1) {
      history = record(history, updateSection(history.present, id, ["settings", "height"], 100 + i), { now: i * 1000 });
    }
    expect(HISTORY_DEPTH).toBe(50);
    expect(history.past).toHaveLength(50);
    while (canUndo(history)) history = undo(history);
    // The oldest 20 steps fell off: undo stops at height 119, not at the original 160.
    expect(history.present.sections[id]!.settings.height).toBe(119);
    expect(history.future).toHaveLength(50);
  });

  it("[SDUI-2] ignores a command that changed nothing", () => {
    const history = createHistory(base);
    expect(record(history, base)).toBe(history);
    expect(documentFingerprint(base)).toBe(documentFingerprint(documentForSave(base)));
  });
});
