/**
 * The real component catalogue (`../layouts`), as `GET /admin/layouts/catalogue` serves it, plus
 * a JSON Schema validator over it that mirrors the backend's (Draft 2020-12, absolute `$id`s).
 */
import Ajv2020, { type ValidateFunction } from "ajv/dist/2020";

import type { Catalogue, ComponentEntry, JsonSchema, PageDetail, PageDocument } from "@/api/pages";

const componentFiles = import.meta.glob<ComponentEntry>("../../../layouts/components/*.json", {
  eager: true,
  import: "default",
});
const pageSchemaFiles = import.meta.glob<JsonSchema>("../../../layouts/page.schema.json", {
  eager: true,
  import: "default",
});
const templateFiles = import.meta.glob<PageDocument>("../../../layouts/templates/*.json", {
  eager: true,
  import: "default",
});

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export const pageSchema: JsonSchema = Object.values(pageSchemaFiles)[0]!;
export const components: ComponentEntry[] = Object.values(componentFiles);

export function catalogueJson(): Catalogue {
  return clone({
    page_schema: pageSchema,
    components,
    templates: Object.entries(templateFiles).map(([path, document]) => {
      const name = path.split("/").at(-1)!.replace(/\.json$/, "");
      // As the backend lists them: a template's title is its page title.
      return { name, title: document.page.title ?? name, document };
    }),
  });
}

export function template(name: string): PageDocument {
  const entry = Object.entries(templateFiles).find(([path]) => path.endsWith(`/${name}.json`));
  if (!entry) throw new Error(`no template ${name}`);
  return clone(entry[1]);
}

export function component(type: string): ComponentEntry {
  const entry = components.find((item) => item.type === type);
  if (!entry) throw new Error(`no component ${type}`);
  return clone(entry);
}

export function pageDetail(overrides: Partial<PageDetail> = {}): PageDetail {
  const document = overrides.document ?? template("shop_home");
  return {
    id: 7,
    key: "shop-7-home",
    kind: document.page.kind,
    title: document.page.title,
    shop_id: 7,
    published_revision: 11,
    draft_revision: 12,
    updated_at: "2025-11-20T08:00:00Z",
    published_document: null,
    ...overrides,
    document,
  };
}

let ajv: Ajv2020 | null = null;

/** A validator for the catalogue's schemas (`x-*` hints allowed, formats not checked). */
export function validator(): Ajv2020 {
  if (ajv) return ajv;
  ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
  ajv.addSchema(clone(pageSchema));
  // An entry is not itself a schema (its `type` is a component name): register only what the
  // validator follows, the settings schema at the entry's `#/settings`.
  for (const entry of components) ajv.addSchema({ $id: entry.$id, settings: clone(entry.settings) }, undefined, undefined, false);
  return ajv;
}

const compiled = new Map<string, ValidateFunction>();

export function schemaValidator(ref: string): ValidateFunction {
  let validate = compiled.get(ref);
  if (!validate) {
    validate = validator().compile({ $ref: ref });
    compiled.set(ref, validate);
  }
  return validate;
}

/** The backend's two-step check of a document (page schema, then each section's catalogue entry). */
export function documentErrors(document: PageDocument): string[] {
  const problems: string[] = [];
  const page = schemaValidator(`${pageSchema.$id}`);
  if (!page(document)) problems.push(...(page.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));
  const counts = new Map<string, number>();
  for (const id of document.order) {
    const section = document.sections[id];
    const entry = components.find((item) => item.type === section?.type);
    if (!section || !entry) {
      problems.push(`/sections/${id} unknown`);
      continue;
    }
    counts.set(entry.type, (counts.get(entry.type) ?? 0) + 1);
    if (entry.max_per_page !== null && counts.get(entry.type)! > entry.max_per_page) problems.push(`/sections/${id} too many`);
    if (section.v !== entry.v) problems.push(`/sections/${id}/v`);
    const settings = schemaValidator(`${entry.$id}#/settings`);
    if (!settings(section.settings)) {
      problems.push(...(settings.errors ?? []).map((e) => `/sections/${id}/settings${e.instancePath} ${e.message}`));
    }
    if (section.source && !entry.sources.includes(section.source.kind)) problems.push(`/sections/${id}/source/kind`);
    if (!section.source && entry.source_required) problems.push(`/sections/${id}/source required`);
    if (section.action && !entry.section_action) problems.push(`/sections/${id}/action`);
    for (const channel of section.channels ?? []) {
      if (!entry.channels.includes(channel)) problems.push(`/sections/${id}/channels`);
    }
  }
  const keys = Object.keys(document.sections).sort();
  if (JSON.stringify(keys) !== JSON.stringify([...document.order].sort())) problems.push("/order");
  return problems;
}
