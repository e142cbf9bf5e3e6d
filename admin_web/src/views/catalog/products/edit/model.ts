/**
 * The product editor's pure logic (framework-free, unit-tested): the form in 元, the SKU table as
 * the cartesian product of the specs (keeping what was typed for combinations that still exist),
 * units (B2B-1) and the ProductIn payload in fen.
 */
import type { CategoryParam, ParamValue, ProductEdit, ProductIn, SkuIn, Spec, Unit } from "@/api/catalog";
import { fenToYuan, yuanToFen } from "@/utils/format";

export const MAX_UNITS = 3;

/** One line of the SKU table, money in 元 as typed. */
export interface SkuRow {
  id?: number;
  spec_values: string[];
  price: number | undefined;
  original_price: number | undefined;
  stock: number;
  code: string;
  barcode: string;
  weight: number;
  image: string;
  is_enabled: boolean;
  /** 元 per unit, same order as the units; index 0 is ignored (the price); empty = price × factor. */
  unit_prices: (number | undefined)[];
}

/** The editor's values: ProductIn's, but money in 元, attributes by id and the SKU table's rows. */
export interface ProductForm extends Omit<ProductIn, "freight" | "attributes" | "skus" | "submit"> {
  /** 元. */
  freight: number;
  /** Attribute id → value. */
  attributes: Record<number, string>;
  skus: SkuRow[];
}

export function emptySku(specValues: string[] = []): SkuRow {
  return {
    spec_values: specValues,
    price: undefined,
    original_price: undefined,
    stock: 0,
    code: "",
    barcode: "",
    weight: 0,
    image: "",
    is_enabled: true,
    unit_prices: [],
  };
}

export function emptyProductForm(): ProductForm {
  return {
    title: "",
    subtitle: "",
    category_id: null,
    brand_id: null,
    images: [],
    video: "",
    description: "",
    tags: [],
    service_promise: [],
    freight: 0,
    shipping_template_id: null,
    sort: 0,
    params: [],
    attributes: {},
    specs: [],
    units: [{ name: "件", factor: 1 }],
    skus: [emptySku()],
  };
}

/** Specs that count: a trimmed name and at least one value (values trimmed, blanks and repeats dropped). */
export function completeSpecs(specs: Spec[]): Spec[] {
  return specs
    .map((spec) => ({
      name: spec.name.trim(),
      values: [...new Set(spec.values.map((value) => value.trim()).filter(Boolean))],
    }))
    .filter((spec) => spec.name && spec.values.length > 0);
}

/** Every combination, one value per spec, in spec order; no specs → one empty combination. */
export function cartesian(specs: Spec[]): string[][] {
  return specs.reduce<string[][]>(
    (combos, spec) => combos.flatMap((combo) => spec.values.map((value) => [...combo, value])),
    [[]],
  );
}

export const skuKey = (values: string[]): string => JSON.stringify(values);

/**
 * The SKU table for these specs: one row per combination; a combination that was already in the
 * table keeps its row (id, prices, stock, codes…).
 */
export function regenerateSkus(specs: Spec[], previous: SkuRow[]): SkuRow[] {
  const kept = new Map(previous.map((row) => [skuKey(row.spec_values), row]));
  return cartesian(completeSpecs(specs)).map((combo) => kept.get(skuKey(combo)) ?? emptySku(combo));
}

export interface BatchFill {
  price?: number;
  original_price?: number;
  stock?: number;
  weight?: number;
}

/** 批量填充: the given values on every row (rows are changed in place, for the reactive table). */
export function batchFill(rows: SkuRow[], fill: BatchFill): void {
  for (const row of rows) {
    for (const key of ["price", "original_price", "stock", "weight"] as const) {
      const value = fill[key];
      if (value !== undefined && value !== null) row[key] = value;
    }
  }
}

/**
 * Units problem in Chinese, or null: 1–3 units with names, the first (base) has factor 1, factors
 * are integers, strictly increasing, and each divides the next.
 */
export function validateUnits(units: Unit[]): string | null {
  if (units.length === 0) return "请至少设置一个基本单位";
  if (units.length > MAX_UNITS) return `最多设置 ${MAX_UNITS} 个单位`;
  const names = units.map((unit) => unit.name.trim());
  if (names.some((name) => !name)) return "请填写单位名称";
  if (new Set(names).size !== names.length) return "单位名称不能重复";
  if (units.some((unit) => !Number.isInteger(unit.factor) || unit.factor < 1)) return "换算数量须为正整数";
  if (units[0]!.factor !== 1) return "第一个单位为基本单位，换算数量须为 1";
  for (let index = 1; index < units.length; index += 1) {
    const previous = units[index - 1]!.factor;
    const current = units[index]!.factor;
    if (current <= previous) return "换算数量须逐级递增";
    if (current % previous !== 0) return `「${names[index]}」的换算数量须为「${names[index - 1]}」的整数倍`;
  }
  return null;
}

/** A SKU's price in 元 for the unit at `index`: typed, or the price × the unit's factor. */
export function unitPrice(row: SkuRow, units: Unit[], index: number): number | undefined {
  if (index === 0) return row.price;
  const typed = row.unit_prices[index];
  if (typed !== undefined && typed !== null) return typed;
  return row.price === undefined ? undefined : Math.round(row.price * units[index]!.factor * 100) / 100;
}

/** Param definitions of the category with the values already typed (matched by group + name). */
export function mergeParams(definitions: CategoryParam[], previous: ParamValue[]): ParamValue[] {
  const typed = new Map(previous.map((param) => [`${param.group}\u0000${param.name}`, param.value]));
  return [...definitions]
    .sort((a, b) => a.sort - b.sort)
    .map((def) => ({ group: def.group, name: def.name, value: typed.get(`${def.group}\u0000${def.name}`) ?? "" }));
}

function toSkuIn(row: SkuRow, units: Unit[]): SkuIn {
  return {
    spec_values: row.spec_values,
    price: yuanToFen(row.price),
    original_price: yuanToFen(row.original_price),
    stock: row.stock ?? 0,
    code: row.code.trim(),
    barcode: row.barcode.trim(),
    weight: row.weight ?? 0,
    image: row.image.trim(),
    unit_prices: units.map((_, index) => yuanToFen(unitPrice(row, units, index))),
    is_enabled: row.is_enabled,
  };
}

/** The form → ProductIn (money in fen); `submit` sends it for audit at once. */
export function toProductIn(form: ProductForm, submit: boolean): ProductIn {
  const units = form.units.map((unit) => ({ name: unit.name.trim(), factor: unit.factor }));
  return {
    title: form.title.trim(),
    subtitle: form.subtitle.trim(),
    category_id: form.category_id,
    brand_id: form.brand_id,
    images: form.images.map((url) => url.trim()).filter(Boolean),
    video: form.video.trim(),
    description: form.description,
    tags: form.tags,
    service_promise: form.service_promise,
    freight: yuanToFen(form.freight),
    shipping_template_id: form.shipping_template_id ?? null,
    sort: form.sort,
    params: form.params.filter((param) => param.value.trim()),
    attributes: Object.entries(form.attributes)
      .filter(([, value]) => value !== undefined && value !== null && String(value).trim())
      .map(([id, value]) => ({ id: Number(id), value: String(value) })),
    specs: completeSpecs(form.specs),
    units,
    skus: form.skus.map((row) => toSkuIn(row, units)),
    submit,
  };
}

/** A saved product → the form (fen → 元). */
export function fromProductEdit(product: ProductEdit): ProductForm {
  const units = product.units?.length ? product.units : [{ name: "件", factor: 1 }];
  return {
    title: product.title,
    subtitle: product.subtitle ?? "",
    category_id: product.category_id,
    brand_id: product.brand_id ?? null,
    images: [...(product.images ?? [])],
    video: product.video ?? "",
    description: product.description ?? "",
    tags: [...(product.tags ?? [])],
    service_promise: [...(product.service_promise ?? [])],
    freight: fenToYuan(product.freight),
    shipping_template_id: product.shipping_template_id ?? null,
    sort: product.sort ?? 0,
    params: (product.params ?? []).map((param) => ({ ...param })),
    attributes: Object.fromEntries((product.attributes ?? []).map((attr) => [attr.id, attr.value])),
    specs: (product.specs ?? []).map((spec) => ({ name: spec.name, values: [...spec.values] })),
    units: units.map((unit) => ({ ...unit })),
    skus: product.skus.map((sku) => ({
      id: sku.id,
      spec_values: [...sku.spec_values],
      price: fenToYuan(sku.price),
      original_price: sku.original_price ? fenToYuan(sku.original_price) : undefined,
      stock: sku.stock,
      code: sku.code ?? "",
      barcode: sku.barcode ?? "",
      weight: sku.weight ?? 0,
      image: sku.image ?? "",
      is_enabled: sku.is_enabled ?? true,
      unit_prices: (sku.unit_prices ?? []).map((fen, index) => (index === 0 ? undefined : fenToYuan(fen))),
    })),
  };
}

/** Problems the form can see before sending (the server checks again). */
export function formProblem(form: ProductForm): string | null {
  const units = validateUnits(form.units);
  if (units) return units;
  if (form.skus.length === 0) return "请至少填写一个规格值";
  if (form.skus.some((row) => row.price === undefined || row.price === null || row.price <= 0)) return "请填写每个 SKU 的售价";
  return null;
}
