/**
 * JSON Schema → editor form (framework-free). Resolves the catalogue's `$ref`s (absolute URIs under
 * `https://schemas.shop.local/layouts/`, or `#/…` inside the current file), computes default
 * values, and turns a settings schema into field specs the settings panel renders: one widget per
 * `x-widget`, grouped by `x-group`, with limits, units and enum titles taken from the schema.
 */
import type { Catalogue, JsonSchema } from "@/api/pages";

export const PAGE_SCHEMA_URI = "https://schemas.shop.local/layouts/page.schema.json";

export type Widget =
  | "text"
  | "textarea"
  | "number"
  | "slider"
  | "color"
  | "switch"
  | "select"
  | "radio"
  | "image"
  | "image-list"
  | "link"
  | "rich-text"
  | "product-picker"
  | "category-picker"
  | "coupon-picker"
  | "list"
  | "object"
  | "ids"
  | "id";

export type ValueType = "string" | "integer" | "number" | "boolean" | "array" | "object";

export interface Option {
  label: string;
  value: string | number | boolean;
}

/** One variant of a tagged union (an action or source kind). */
export interface VariantSpec {
  value: string;
  title: string;
  /** The variant's fields, without the discriminator. */
  fields: FieldSpec[];
  schema: JsonSchema;
  base: string;
}

export interface UnionSpec {
  /** The tag property, `kind`. */
  discriminator: string;
  variants: VariantSpec[];
}

/** What the settings panel needs to draw and check one value. */
export interface FieldSpec {
  /** Property name; `""` for the item of a list. */
  key: string;
  title: string;
  description?: string;
  widget: Widget;
  valueType: ValueType;
  required: boolean;
  default?: unknown;
  group?: string;
  options?: Option[];
  min?: number;
  max?: number;
  /** Exclusive lower bound (the value must be greater). */
  exclusiveMin?: number;
  step?: number;
  unit?: string;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  /** `x-options`: the lookup a select loads (`pages`, `shops`, `brands`). */
  lookup?: string;
  /** Placeholder of an optional union's kind select when nothing is chosen (不跳转, 无). */
  emptyText?: string;
  /** Item of a list. */
  item?: FieldSpec;
  /** Properties of an object. */
  fields?: FieldSpec[];
  /** A tagged union (action, source). */
  union?: UnionSpec;
  /** The resolved schema and the URI its `#` refs are relative to. */
  schema: JsonSchema;
  base: string;
}

export interface FieldGroup {
  name: string;
  fields: FieldSpec[];
}

/** Form groups in display order; fields without `x-group` go last under 其他. */
export const GROUP_ORDER = ["内容", "样式", "行为"] as const;
export const OTHER_GROUP = "其他";

const WIDGETS = new Set<string>([
  "text",
  "textarea",
  "number",
  "slider",
  "color",
  "switch",
  "select",
  "radio",
  "image",
  "image-list",
  "link",
  "rich-text",
  "product-picker",
  "category-picker",
  "coupon-picker",
  "list",
]);

const PICKERS = new Set(["product-picker", "category-picker", "coupon-picker"]);

export function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

function unescapePointer(token: string): string {
  return decodeURIComponent(token).replace(/~1/g, "/").replace(/~0/g, "~");
}

/** The catalogue's schema documents by URI, and `$ref` resolution over them. */
export class SchemaRegistry {
  private readonly documents = new Map<string, JsonSchema>();

  constructor(catalogue?: Pick<Catalogue, "page_schema" | "components">) {
    if (!catalogue) return;
    this.add(catalogue.page_schema.$id ?? PAGE_SCHEMA_URI, catalogue.page_schema);
    for (const entry of catalogue.components) {
      this.add(entry.$id, entry as unknown as JsonSchema);
    }
  }

  add(uri: string, document: JsonSchema): void {
    this.documents.set(uri, document);
  }

  /** The schema a `$ref` points at, with the URI of the document it lives in. */
  resolveRef(ref: string, base: string): { schema: JsonSchema; base: string } {
    const hash = ref.indexOf("#");
    const uri = hash === 0 ? base : hash > 0 ? ref.slice(0, hash) : ref;
    const pointer = hash >= 0 ? ref.slice(hash + 1) : "";
    const document = this.documents.get(uri);
    if (!document) throw new Error(`unknown schema ${uri}`);
    let node: unknown = document;
    for (const token of pointer.split("/").filter(Boolean)) {
      node = (node as Record<string, unknown> | undefined)?.[unescapePointer(token)];
    }
    if (!node || typeof node !== "object") throw new Error(`unresolvable $ref ${ref}`);
    return { schema: node as JsonSchema, base: uri };
  }

  /**
   * The schema with its `$ref` chain followed. Keywords beside a `$ref` (title, default, x-widget…)
   * win over the target's, as the catalogue uses them to annotate shared definitions.
   */
  deref(schema: JsonSchema, base: string): { schema: JsonSchema; base: string } {
    let current = schema;
    let currentBase = base;
    const seen = new Set<string>();
    while (current.$ref) {
      const key = `${currentBase}|${current.$ref}`;
      if (seen.has(key)) throw new Error(`circular $ref ${current.$ref}`);
      seen.add(key);
      const { $ref, ...siblings } = current;
      const target = this.resolveRef($ref, currentBase);
      current = { ...target.schema, ...siblings };
      currentBase = target.base;
    }
    return { schema: current, base: currentBase };
  }
}

function typeOf(schema: JsonSchema): ValueType {
  const raw = Array.isArray(schema.type) ? schema.type.find((t) => t !== "null") : schema.type;
  if (raw === "string" || raw === "integer" || raw === "number" || raw === "boolean" || raw === "array" || raw === "object") {
    return raw;
  }
  if (schema.enum?.length) {
    const first = schema.enum[0];
    if (typeof first === "number") return Number.isInteger(first) ? "integer" : "number";
    if (typeof first === "boolean") return "boolean";
    return "string";
  }
  if (schema.properties || schema["x-discriminator"]) return "object";
  if (schema.items) return "array";
  return "string";
}

function enumOptions(schema: JsonSchema): Option[] | undefined {
  if (!schema.enum) return undefined;
  const titles = schema["x-enum-titles"] ?? [];
  return schema.enum.map((value, index) => ({
    value: value as Option["value"],
    label: titles[index] ?? String(value),
  }));
}

/**
 * The variants of a tagged union: `x-discriminator` with `allOf: [{if: {kind: const}, then}]`, or a
 * closed object whose tag is a `const` (e.g. `action_tab`, a union of one).
 */
export function unionOf(schema: JsonSchema, base: string, registry: SchemaRegistry): UnionSpec | undefined {
  const discriminator = schema["x-discriminator"] ?? "kind";
  const tag = schema.properties?.[discriminator];
  if (!tag) return undefined;
  const tagSchema = registry.deref(tag, base);
  if (schema["x-discriminator"]) {
    const options = enumOptions(tagSchema.schema) ?? [];
    const variants = options.map((option): VariantSpec => {
      const branch = (schema.allOf ?? []).find(
        (part) => part.if?.properties?.[discriminator]?.const === option.value,
      );
      const resolved = branch?.then ? registry.deref(branch.then, base) : { schema: { type: "object" }, base };
      return {
        value: String(option.value),
        title: option.label,
        fields: objectFields(resolved.schema, resolved.base, registry, [discriminator]),
        schema: resolved.schema,
        base: resolved.base,
      };
    });
    return { discriminator, variants };
  }
  if (tagSchema.schema.const !== undefined) {
    return {
      discriminator,
      variants: [
        {
          value: String(tagSchema.schema.const),
          title: schema.title ?? String(tagSchema.schema.const),
          fields: objectFields(schema, base, registry, [discriminator]),
          schema,
          base,
        },
      ],
    };
  }
  return undefined;
}

function widgetFor(schema: JsonSchema, valueType: ValueType, union: UnionSpec | undefined): Widget {
  const hint = schema["x-widget"];
  if (union) return "link";
  if (hint && PICKERS.has(hint)) return valueType === "array" ? "ids" : "id";
  if (hint && WIDGETS.has(hint)) {
    // `select` over a lookup (x-options) without an enum: an id (or id list) or a free key.
    if (hint === "select" && !schema.enum && schema["x-options"]) {
      if (valueType === "array") return "ids";
      if (valueType === "integer") return "id";
      return "select";
    }
    return hint as Widget;
  }
  switch (valueType) {
    case "boolean":
      return "switch";
    case "integer":
    case "number":
      return schema.enum ? "select" : "number";
    case "array":
      return "list";
    case "object":
      return "object";
    default:
      return schema.enum ? "select" : "text";
  }
}

/** One field spec from a (possibly `$ref`) property schema. */
export function fieldSpec(
  raw: JsonSchema,
  base: string,
  registry: SchemaRegistry,
  key: string,
  required: boolean,
): FieldSpec {
  const { schema, base: resolvedBase } = registry.deref(raw, base);
  const valueType = typeOf(schema);
  const union = valueType === "object" ? unionOf(schema, resolvedBase, registry) : undefined;
  const widget = widgetFor(schema, valueType, union);
  const spec: FieldSpec = {
    key,
    title: schema.title ?? key,
    // Help text for operators is Chinese; English descriptions (of shared $defs) are for developers.
    description: schema.description && /[\u4e00-\u9fff]/.test(schema.description) ? schema.description : undefined,
    widget,
    valueType,
    required,
    schema,
    base: resolvedBase,
  };
  if ("default" in schema) spec.default = schema.default;
  if (schema["x-group"]) spec.group = schema["x-group"];
  if (schema["x-unit"]) spec.unit = schema["x-unit"];
  if (schema["x-options"]) spec.lookup = schema["x-options"];
  const options = enumOptions(schema);
  if (options) spec.options = options;
  if (schema.minimum !== undefined) spec.min = schema.minimum;
  if (schema.maximum !== undefined) spec.max = schema.maximum;
  if (schema.exclusiveMinimum !== undefined) spec.exclusiveMin = schema.exclusiveMinimum;
  if (schema.multipleOf !== undefined) spec.step = schema.multipleOf;
  else if (valueType === "integer") spec.step = 1;
  if (schema.minLength !== undefined) spec.minLength = schema.minLength;
  if (schema.maxLength !== undefined) spec.maxLength = schema.maxLength;
  if (schema.pattern !== undefined) spec.pattern = schema.pattern;
  if (schema.minItems !== undefined) spec.minItems = schema.minItems;
  if (schema.maxItems !== undefined) spec.maxItems = schema.maxItems;
  if (schema.uniqueItems) spec.uniqueItems = true;
  if (union) spec.union = union;
  if (valueType === "object" && !union) {
    spec.fields = objectFields(schema, resolvedBase, registry);
  }
  if (valueType === "array" && schema.items && widget !== "ids") {
    const item = fieldSpec(schema.items, resolvedBase, registry, "", true);
    if (widget === "image-list") item.widget = "image";
    item.title = spec.title;
    spec.item = item;
    if (widget !== "image-list") spec.widget = "list";
  }
  return spec;
}

/** The fields of an object schema, in property order, leaving out `omit` (a union's tag). */
export function objectFields(
  schema: JsonSchema,
  base: string,
  registry: SchemaRegistry,
  omit: readonly string[] = [],
): FieldSpec[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {})
    .filter(([key]) => !omit.includes(key))
    .map(([key, property]) => fieldSpec(property, base, registry, key, required.has(key)));
}

/** Fields grouped by `x-group`: 内容, 样式, 行为, then anything else. */
export function groupFields(fields: readonly FieldSpec[]): FieldGroup[] {
  const groups = new Map<string, FieldSpec[]>();
  for (const name of GROUP_ORDER) groups.set(name, []);
  for (const field of fields) {
    const name = field.group ?? OTHER_GROUP;
    if (!groups.has(name)) groups.set(name, []);
    groups.get(name)!.push(field);
  }
  const other = groups.get(OTHER_GROUP);
  groups.delete(OTHER_GROUP);
  if (other) groups.set(OTHER_GROUP, other);
  return [...groups.entries()]
    .filter(([, list]) => list.length > 0)
    .map(([name, list]) => ({ name, fields: list }));
}

/** The settings form of a component: its settings schema's fields, grouped. */
export function settingsForm(settings: JsonSchema, base: string, registry: SchemaRegistry): FieldGroup[] {
  return groupFields(objectFields(settings, base, registry));
}

/**
 * The value a new field starts with: its schema `default`; for required values without one, the
 * smallest valid guess (first enum value, minimum, empty string or list, a union's first kind), so a
 * new section or list row is as close to valid as the schema allows.
 */
export function defaultFor(spec: FieldSpec): unknown {
  if (spec.default !== undefined) return clone(spec.default);
  if (spec.schema.const !== undefined) return spec.schema.const;
  if (spec.union) {
    return spec.required ? variantDefault(spec.union.variants[0]!, spec.union.discriminator) : undefined;
  }
  switch (spec.valueType) {
    case "object":
      return objectDefault(spec.fields ?? [], !spec.required);
    case "array": {
      if (!spec.required) return undefined;
      const count = spec.minItems ?? 0;
      return spec.item ? Array.from({ length: count }, () => itemDefault(spec.item!)) : [];
    }
    case "boolean":
      return spec.required ? false : undefined;
    case "integer":
    case "number":
      // An id (product, coupon…) has no sensible guess: the editor asks for it.
      if (!spec.required || spec.widget === "id") return undefined;
      if (spec.options?.length) return spec.options[0]!.value;
      if (spec.min !== undefined) return spec.min;
      if (spec.exclusiveMin !== undefined) return spec.exclusiveMin + 1;
      return undefined;
    default:
      if (!spec.required) return undefined;
      if (spec.options?.length) return spec.options[0]!.value;
      return "";
  }
}

/** The value of a new list row. */
export function itemDefault(item: FieldSpec): unknown {
  return defaultFor({ ...item, required: true });
}

/** An object of its fields' defaults, leaving out fields without one. */
export function objectDefault(fields: readonly FieldSpec[], optional = false): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    const value = defaultFor(field);
    if (value !== undefined) out[field.key] = value;
  }
  return optional && Object.keys(out).length === 0 ? undefined : out;
}

/** A fresh value of one union variant: `{kind, …defaults}`. */
export function variantDefault(variant: VariantSpec, discriminator = "kind"): Record<string, unknown> {
  return { [discriminator]: variant.value, ...(objectDefault(variant.fields) ?? {}) };
}

/**
 * Switch a union value to another kind. Variants are closed objects, so only fields the new kind
 * declares are kept (e.g. `limit` from `newest` to `product_query`); the rest start from defaults.
 */
export function switchVariant(
  current: Record<string, unknown> | undefined,
  variant: VariantSpec,
  discriminator = "kind",
): Record<string, unknown> {
  const next = variantDefault(variant, discriminator);
  if (!current) return next;
  for (const field of variant.fields) {
    if (current[field.key] !== undefined) next[field.key] = clone(current[field.key]);
  }
  return next;
}

/** The variant a union value currently is, by its tag. */
export function variantOf(union: UnionSpec, value: unknown): VariantSpec | undefined {
  if (!value || typeof value !== "object") return undefined;
  const tag = (value as Record<string, unknown>)[union.discriminator];
  return union.variants.find((variant) => variant.value === tag);
}

/** `"1, 2 3，4"` → `[1, 2, 3, 4]`: positive integers, duplicates dropped; `invalid` lists the rest. */
export function parseIdList(text: string): { ids: number[]; invalid: string[] } {
  const ids: number[] = [];
  const invalid: string[] = [];
  for (const token of text.split(/[\s,，、;；]+/).filter(Boolean)) {
    if (/^\d+$/.test(token) && Number(token) >= 1 && Number.isSafeInteger(Number(token))) {
      const id = Number(token);
      if (!ids.includes(id)) ids.push(id);
    } else {
      invalid.push(token);
    }
  }
  return { ids, invalid };
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === "";
}

/**
 * A quick check of one value for inline hints (the backend's 422 is the authority): required,
 * lengths, pattern, range, list sizes. Returns a Chinese message or null.
 */
export function checkValue(spec: FieldSpec, value: unknown): string | null {
  if (isEmpty(value)) return spec.required && spec.default === undefined ? "必填" : null;
  if ((spec.valueType === "integer" || spec.valueType === "number") && typeof value !== "number") return "请输入数字";
  if (typeof value === "string") {
    if (spec.minLength !== undefined && value.length < spec.minLength) {
      return spec.minLength === 1 ? "必填" : `至少 ${spec.minLength} 个字`;
    }
    if (spec.maxLength !== undefined && value.length > spec.maxLength) return `最多 ${spec.maxLength} 个字`;
    if (spec.pattern !== undefined) {
      let pattern: RegExp | null = null;
      try {
        pattern = new RegExp(spec.pattern);
      } catch {
        pattern = null;
      }
      if (pattern && !pattern.test(value)) return patternMessage(spec);
    }
  }
  if (typeof value === "number") {
    if (spec.min !== undefined && value < spec.min) return `不能小于 ${spec.min}`;
    if (spec.max !== undefined && value > spec.max) return `不能大于 ${spec.max}`;
    if (spec.exclusiveMin !== undefined && value <= spec.exclusiveMin) return `须大于 ${spec.exclusiveMin}`;
  }
  if (Array.isArray(value)) {
    if (spec.minItems !== undefined && value.length < spec.minItems) return `至少 ${spec.minItems} 项`;
    if (spec.maxItems !== undefined && value.length > spec.maxItems) return `最多 ${spec.maxItems} 项`;
  }
  return null;
}

function patternMessage(spec: FieldSpec): string {
  if (spec.widget === "color") return "请输入 #RRGGBB 格式的颜色";
  if (spec.pattern?.startsWith("^https://")) return "请输入 https:// 开头的网址";
  if (spec.widget === "image" || spec.pattern?.startsWith("^(https://|/)")) return "请输入 https:// 或 / 开头的地址";
  if (spec.pattern?.startsWith("^/")) return "请输入以 / 开头的路径";
  if (spec.pattern === "^[a-z0-9_-]{1,40}$") return "只能用小写字母、数字、- 和 _";
  return "格式不正确";
}
