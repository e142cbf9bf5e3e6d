/**
 * The page document and the decorator's commands on it (framework-free, pure). A document is never
 * changed in place: every command returns a new one that shares what it did not touch, which makes
 * undo snapshots cheap and lets Vue hold the document in a shallowRef. Only values live in the
 * document — selection, drag state and errors are editor state kept elsewhere.
 */
import type { Channel, ComponentEntry, PageDocument, PageKind, Section } from "@/api/pages";

import type { EditorCatalogue } from "./catalogue";
import { clone } from "./schema";

/** At most this many sections per page (`page.schema.json`: `maxProperties`). */
export const MAX_SECTIONS = 60;
export const SECTION_ID_PATTERN = /^[a-z0-9_-]{1,40}$/;

export type Path = readonly (string | number)[];

export type CommandResult = { ok: true; doc: PageDocument; id: string } | { ok: false; reason: string };

export function emptyDocument(kind: PageKind, title: string): PageDocument {
  return { schema_version: 1, page: { kind, title }, sections: {}, order: [] };
}

/**
 * A document as loaded, made consistent: `order` lists each section once and every section is
 * listed (unknown order entries dropped, unlisted sections appended).
 */
export function normalizeDocument(raw: PageDocument | null | undefined, fallback: { kind: PageKind; title: string }): PageDocument {
  if (!raw || typeof raw !== "object") return emptyDocument(fallback.kind, fallback.title);
  const sections = raw.sections && typeof raw.sections === "object" ? raw.sections : {};
  const order: string[] = [];
  for (const id of Array.isArray(raw.order) ? raw.order : []) {
    if (id in sections && !order.includes(id)) order.push(id);
  }
  for (const id of Object.keys(sections)) if (!order.includes(id)) order.push(id);
  return {
    schema_version: 1,
    page: raw.page ?? { kind: fallback.kind, title: fallback.title },
    sections,
    order,
  };
}

const ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

/** A new stable section id: the type plus four random characters, e.g. `banner_k3f9`. */
export function newSectionId(type: string, taken: ReadonlySet<string> | readonly string[], random: () => number = Math.random): string {
  const used = taken instanceof Set ? taken : new Set(taken as readonly string[]);
  const prefix = type.toLowerCase().replace(/[^a-z0-9_-]/g, "").slice(0, 35) || "section";
  for (let attempt = 0; attempt < 1000; attempt += 1) {
    let suffix = "";
    for (let i = 0; i < 4; i += 1) suffix += ID_ALPHABET[Math.floor(random() * ID_ALPHABET.length) % ID_ALPHABET.length];
    const id = `${prefix}_${suffix}`;
    if (!used.has(id)) return id;
  }
  throw new Error("no free section id");
}

export function countOfType(doc: PageDocument, type: string): number {
  return doc.order.filter((id) => doc.sections[id]?.type === type).length;
}

/** Why another section of this type cannot be added, or null when it can. */
export function addBlockedReason(doc: PageDocument, entry: ComponentEntry | undefined): string | null {
  if (!entry) return "未知组件";
  if (doc.order.length >= MAX_SECTIONS) return `每个页面最多 ${MAX_SECTIONS} 个组件`;
  if (entry.max_per_page !== null && countOfType(doc, entry.type) >= entry.max_per_page) {
    return `「${entry.title}」每个页面最多 ${entry.max_per_page} 个`;
  }
  return null;
}

/** A new section of a type: a preset's settings (complete) or the schema defaults. */
export function createSection(catalogue: EditorCatalogue, type: string, presetIndex?: number): Section {
  const entry = catalogue.entry(type);
  if (!entry) throw new Error(`unknown component ${type}`);
  const preset = presetIndex === undefined ? undefined : entry.presets[presetIndex];
  const section: Section = {
    type,
    v: entry.v,
    settings: preset ? clone(preset.settings) : catalogue.defaultSettings(type),
  };
  const source = preset?.source ? clone(preset.source) : catalogue.defaultSource(type);
  if (source) section.source = source as Section["source"];
  return section;
}

function clampIndex(index: number | undefined, length: number): number {
  if (index === undefined || Number.isNaN(index)) return length;
  return Math.max(0, Math.min(length, Math.trunc(index)));
}

export function insertSection(doc: PageDocument, id: string, section: Section, index?: number): PageDocument {
  const order = [...doc.order];
  order.splice(clampIndex(index, order.length), 0, id);
  return { ...doc, sections: { ...doc.sections, [id]: section }, order };
}

/** Add a section of `type` at `index` (default: the end), respecting `max_per_page`. */
export function addSection(
  doc: PageDocument,
  catalogue: EditorCatalogue,
  type: string,
  options: { index?: number; preset?: number; random?: () => number } = {},
): CommandResult {
  const reason = addBlockedReason(doc, catalogue.entry(type));
  if (reason) return { ok: false, reason };
  const id = newSectionId(type, new Set(doc.order), options.random);
  const section = createSection(catalogue, type, options.preset);
  return { ok: true, doc: insertSection(doc, id, section, options.index), id };
}

/**
 * Move a section to an insertion point: `toIndex` counts gaps in the current order (0 = before the
 * first section, `order.length` = after the last), as a drop indicator shows them.
 */
export function moveSection(doc: PageDocument, id: string, toIndex: number): PageDocument {
  const from = doc.order.indexOf(id);
  if (from < 0) return doc;
  let to = clampIndex(toIndex, doc.order.length);
  if (to > from) to -= 1;
  if (to === from) return doc;
  const order = [...doc.order];
  order.splice(from, 1);
  order.splice(to, 0, id);
  return { ...doc, order };
}

/** Move a section one place up (-1) or down (+1). */
export function moveSectionBy(doc: PageDocument, id: string, delta: number): PageDocument {
  const from = doc.order.indexOf(id);
  if (from < 0) return doc;
  const to = from + delta;
  if (to < 0 || to >= doc.order.length) return doc;
  return moveSection(doc, id, delta > 0 ? to + 1 : to);
}

/** A copy of a section right after it, under a new stable id. */
export function duplicateSection(
  doc: PageDocument,
  catalogue: EditorCatalogue,
  id: string,
  random?: () => number,
): CommandResult {
  const section = doc.sections[id];
  if (!section) return { ok: false, reason: "组件不存在" };
  const entry = catalogue.entry(section.type);
  const reason = addBlockedReason(doc, entry);
  if (reason) return { ok: false, reason };
  const newId = newSectionId(section.type, new Set(doc.order), random);
  return { ok: true, doc: insertSection(doc, newId, clone(section), doc.order.indexOf(id) + 1), id: newId };
}

export function removeSection(doc: PageDocument, id: string): PageDocument {
  if (!(id in doc.sections)) return doc;
  const sections = { ...doc.sections };
  delete sections[id];
  return { ...doc, sections, order: doc.order.filter((item) => item !== id) };
}

export function getIn(value: unknown, path: Path): unknown {
  let node = value;
  for (const key of path) {
    if (node === null || node === undefined || typeof node !== "object") return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/**
 * A copy of `value` with `path` set; `undefined` removes the key (an optional setting left empty
 * falls back to its schema default). Only the objects along the path are copied.
 */
export function setIn<T>(value: T, path: Path, next: unknown): T {
  if (path.length === 0) return next as T;
  const [key, ...rest] = path;
  const container: unknown = value ?? (typeof key === "number" ? [] : {});
  const child = getIn(container, [key!]);
  const updated = rest.length === 0 ? next : setIn(child ?? (typeof rest[0] === "number" ? [] : {}), rest, next);
  if (Array.isArray(container)) {
    const copy = [...container];
    if (updated === undefined) copy.splice(key as number, 1);
    else copy[key as number] = updated;
    return copy as T;
  }
  const copy = { ...(container as Record<string, unknown>) };
  if (updated === undefined) delete copy[key as string];
  else copy[key as string] = updated;
  return copy as T;
}

/** Set a value inside one section (`["settings", "slides", 0, "image"]`, `["source"]`, …). */
export function updateSection(doc: PageDocument, id: string, path: Path, value: unknown): PageDocument {
  const section = doc.sections[id];
  if (!section || path.length === 0) return doc;
  if (getIn(section, path) === value) return doc;
  const next = setIn(section, path, value);
  return { ...doc, sections: { ...doc.sections, [id]: next } };
}

/** Set a value of the page header (`["title"]`, `["style", "background_color"]`). */
export function updatePage(doc: PageDocument, path: Path, value: unknown): PageDocument {
  if (path.length === 0 || getIn(doc.page, path) === value) return doc;
  return { ...doc, page: setIn(doc.page, path, value) };
}

/**
 * A section's channels: absent means every channel the type supports, so choosing all of them
 * removes the key; an empty choice is refused (the schema needs at least one).
 */
export function setChannels(doc: PageDocument, id: string, channels: readonly Channel[], supported: readonly Channel[]): PageDocument {
  if (channels.length === 0) return doc;
  const ordered = supported.filter((channel) => channels.includes(channel));
  const all = supported.every((channel) => ordered.includes(channel));
  return updateSection(doc, id, ["channels"], all ? undefined : ordered);
}

/** Whether a section shows on a channel: its own `channels`, within what its type can render. */
export function isShownOn(section: Section, supported: readonly Channel[] | undefined, channel: Channel): boolean {
  if (supported && !supported.includes(channel)) return false;
  return section.channels ? section.channels.includes(channel) : true;
}

const SECTION_KEYS = ["type", "v", "settings", "source", "action", "channels", "lazy"] as const;

/** The saved shape, sharing the values of `doc` (`copy` clones them). */
function savedShape(doc: PageDocument, copy: <T>(value: T) => T): PageDocument {
  const sections: Record<string, Section> = {};
  const order = doc.order.filter((id) => id in doc.sections);
  for (const id of order) {
    const section = doc.sections[id]!;
    const out: Record<string, unknown> = {};
    for (const key of SECTION_KEYS) {
      if (section[key] !== undefined) out[key] = copy(section[key]);
    }
    sections[id] = out as unknown as Section;
  }
  const page: PageDocument["page"] = { kind: doc.page.kind, title: doc.page.title };
  if (doc.page.style !== undefined) page.style = copy(doc.page.style);
  return { schema_version: 1, page, sections, order };
}

/**
 * The document as saved: plain values in document order, nothing but the keys the page schema
 * knows (editor state can never leak into a save).
 */
export function documentForSave(doc: PageDocument): PageDocument {
  return savedShape(doc, clone);
}

/** A stable text of the saved form, to tell whether there are unsaved changes (no copying). */
export function documentFingerprint(doc: PageDocument): string {
  return JSON.stringify(savedShape(doc, (value) => value));
}
