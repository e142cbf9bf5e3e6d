/**
 * The component catalogue as the decorator uses it (framework-free): entries by type, palette
 * groups, and the forms built from the schemas (settings per type, sources, section action, page
 * settings), each built once and cached.
 */
import type { Catalogue, Channel, ComponentCategory, ComponentEntry, JsonSchema, PageTemplate } from "@/api/pages";

import {
  PAGE_SCHEMA_URI,
  SchemaRegistry,
  fieldSpec,
  objectDefault,
  objectFields,
  settingsForm,
  variantDefault,
  type FieldGroup,
  type FieldSpec,
  type UnionSpec,
} from "./schema";

export const CATEGORY_ORDER: readonly ComponentCategory[] = ["basic", "goods", "marketing", "shop", "nav"];

export const CATEGORY_TITLES: Record<ComponentCategory, string> = {
  basic: "基础组件",
  goods: "商品组件",
  marketing: "营销组件",
  shop: "店铺组件",
  nav: "导航组件",
};

export const CHANNEL_TITLES: Record<Channel, string> = {
  mp: "小程序",
  h5: "H5",
  app: "App",
  pc: "PC",
};

export interface PaletteGroup {
  category: ComponentCategory;
  title: string;
  entries: ComponentEntry[];
}

export class EditorCatalogue {
  readonly registry: SchemaRegistry;
  readonly entries: readonly ComponentEntry[];
  readonly templates: readonly PageTemplate[];
  readonly pageSchema: JsonSchema;
  private readonly byType = new Map<string, ComponentEntry>();
  private readonly forms = new Map<string, FieldGroup[]>();
  private readonly sourceUnions = new Map<string, UnionSpec | undefined>();
  private actionSpecCache: FieldSpec | undefined;
  private pageFieldsCache: FieldSpec[] | undefined;

  constructor(catalogue: Catalogue) {
    this.registry = new SchemaRegistry(catalogue);
    this.entries = catalogue.components;
    this.templates = catalogue.templates ?? [];
    this.pageSchema = catalogue.page_schema;
    for (const entry of catalogue.components) this.byType.set(entry.type, entry);
  }

  get pageUri(): string {
    return this.pageSchema.$id ?? PAGE_SCHEMA_URI;
  }

  entry(type: string): ComponentEntry | undefined {
    return this.byType.get(type);
  }

  /** Palette groups in the order 基础, 商品, 营销, 店铺, 导航 (entries keep catalogue order). */
  paletteGroups(): PaletteGroup[] {
    const known = CATEGORY_ORDER.map((category) => ({
      category,
      title: CATEGORY_TITLES[category],
      entries: this.entries.filter((entry) => entry.category === category),
    }));
    const others = this.entries.filter((entry) => !CATEGORY_ORDER.includes(entry.category));
    if (others.length) known.push({ category: "basic", title: "其他组件", entries: others });
    return known.filter((group) => group.entries.length > 0);
  }

  /** The grouped settings form of a type. */
  settingsForm(type: string): FieldGroup[] {
    const cached = this.forms.get(type);
    if (cached) return cached;
    const entry = this.entry(type);
    const form = entry ? settingsForm(entry.settings, entry.$id, this.registry) : [];
    this.forms.set(type, form);
    return form;
  }

  /** Settings of a new section: every default the schema declares, in property order. */
  defaultSettings(type: string): Record<string, unknown> {
    const fields = this.settingsForm(type).flatMap((group) => group.fields);
    const order = Object.keys(this.entry(type)?.settings.properties ?? {});
    fields.sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key));
    return objectDefault(fields) ?? {};
  }

  /** The source union limited to the kinds the type allows, or undefined without sources. */
  sourceUnion(type: string): UnionSpec | undefined {
    if (this.sourceUnions.has(type)) return this.sourceUnions.get(type);
    const entry = this.entry(type);
    let union: UnionSpec | undefined;
    if (entry && entry.sources.length > 0) {
      const spec = fieldSpec({ $ref: "#/$defs/source" }, this.pageUri, this.registry, "source", entry.source_required);
      if (spec.union) {
        union = {
          discriminator: spec.union.discriminator,
          variants: entry.sources
            .map((kind) => spec.union!.variants.find((variant) => variant.value === kind))
            .filter((variant): variant is NonNullable<typeof variant> => variant !== undefined),
        };
      }
    }
    this.sourceUnions.set(type, union);
    return union;
  }

  /** The source of a new section: the first allowed kind whose defaults are complete, else the first. */
  defaultSource(type: string): Record<string, unknown> | undefined {
    const entry = this.entry(type);
    const union = this.sourceUnion(type);
    if (!entry || !union || !entry.source_required) return undefined;
    const complete = union.variants.find((variant) => {
      const value = variantDefault(variant, union.discriminator);
      return variant.fields.every((field) => {
        if (!field.required) return true;
        const v = value[field.key];
        return v !== undefined && v !== "" && !(Array.isArray(v) && v.length < (field.minItems ?? 0));
      });
    });
    const chosen = complete ?? union.variants[0];
    return chosen ? variantDefault(chosen, union.discriminator) : undefined;
  }

  /** The section-level action (for types with `section_action`). */
  actionSpec(): FieldSpec {
    this.actionSpecCache ??= fieldSpec({ $ref: "#/$defs/action" }, this.pageUri, this.registry, "action", false);
    return this.actionSpecCache;
  }

  /** 页面设置: title and style (`$defs/page` without `kind`). */
  pageFields(): FieldSpec[] {
    if (!this.pageFieldsCache) {
      const page = this.registry.resolveRef("#/$defs/page", this.pageUri);
      this.pageFieldsCache = objectFields(page.schema, page.base, this.registry, ["kind"]).map((field) =>
        field.key === "style" && field.title === "style" ? { ...field, title: "页面样式" } : field,
      );
    }
    return this.pageFieldsCache;
  }

  /** Channels a type can render on (every channel for an unknown type). */
  channelsOf(type: string): Channel[] {
    return this.entry(type)?.channels ?? ["mp", "h5", "app", "pc"];
  }
}
