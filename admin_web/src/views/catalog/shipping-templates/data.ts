/**
 * 运费模板: the list's columns and the edit form's model. Fees are edited in 元 and sent in fen
 * (through the money helpers); weight-mode units are grams.
 */
import type { ShippingMode, ShippingRate, ShippingTemplate, ShippingTemplateInput } from "@/api/fulfillment";
import type { TableColumn } from "@/components/types";
import { firstErrorUnder } from "@/composables/useFieldErrors";
import { fenToYuan, formatYuan, yuanToFen } from "@/utils/format";

export const MODE_LABELS: Record<ShippingMode, string> = { pieces: "按件数", weight: "按重量" };

/** Column and field labels per mode: 件 for pieces, 克 for weight. */
export function unitLabels(mode: ShippingMode) {
  return mode === "weight"
    ? { first: "首重(克)", extra: "续重(克)", firstFee: "首重运费(元)", extraFee: "续重运费(元)", unit: "克" }
    : { first: "首件(件)", extra: "续件(件)", firstFee: "首件运费(元)", extraFee: "续件运费(元)", unit: "件" };
}

export function feeText(mode: ShippingMode, fee: ShippingRate): string {
  const { unit } = unitLabels(mode);
  const first = mode === "weight" ? "首重" : "首";
  const extra = mode === "weight" ? "续重" : "续";
  return `${first} ${fee.first_units}${unit} ¥${formatYuan(fee.first_fee)}，${extra} ${fee.extra_units}${unit} ¥${formatYuan(fee.extra_fee)}`;
}

export const templateColumns: TableColumn<ShippingTemplate>[] = [
  { prop: "name", label: "模板名称", minWidth: 160, slot: "name" },
  { prop: "mode", label: "计费方式", width: 100, format: (row) => MODE_LABELS[row.mode] ?? row.mode },
  { prop: "default_rate", label: "默认运费", minWidth: 260, format: (row) => feeText(row.mode, row.default_rate) },
  { prop: "regions", label: "指定地区", width: 100, format: (row) => (row.regions.length ? `${row.regions.length} 条` : "—") },
  { prop: "free_over", label: "包邮条件", width: 140, format: (row) => (row.free_over === null ? "不包邮" : `满 ¥${formatYuan(row.free_over)} 包邮`) },
  {
    prop: "excluded_provinces",
    label: "不配送地区",
    minWidth: 160,
    format: (row) => (row.excluded_provinces.length ? row.excluded_provinces.join("、") : "—"),
  },
];

/** A fee row as edited: fees in 元. */
export interface FeeForm {
  first_units: number;
  first_fee: number;
  extra_units: number;
  extra_fee: number;
}

export interface RegionForm extends FeeForm {
  provinces: string[];
}

export interface TemplateForm extends FeeForm {
  name: string;
  mode: ShippingMode;
  regions: RegionForm[];
  free: boolean;
  /** 元 */
  free_over: number;
  excluded_provinces: string[];
  is_default: boolean;
}

const feeToForm = (fee: ShippingRate): FeeForm => ({
  first_units: fee.first_units,
  first_fee: fenToYuan(fee.first_fee),
  extra_units: fee.extra_units,
  extra_fee: fenToYuan(fee.extra_fee),
});

const feeToInput = (fee: FeeForm): ShippingRate => ({
  first_units: fee.first_units,
  first_fee: yuanToFen(fee.first_fee),
  extra_units: fee.extra_units,
  extra_fee: yuanToFen(fee.extra_fee),
});

export const emptyRegion = (mode: ShippingMode): RegionForm => ({
  provinces: [],
  first_units: mode === "weight" ? 1000 : 1,
  first_fee: 0,
  extra_units: mode === "weight" ? 1000 : 1,
  extra_fee: 0,
});

export const emptyTemplateForm = (): TemplateForm => ({
  name: "",
  mode: "pieces",
  first_units: 1,
  first_fee: 0,
  extra_units: 1,
  extra_fee: 0,
  regions: [],
  free: false,
  free_over: 0,
  excluded_provinces: [],
  is_default: false,
});

export function templateToForm(template: ShippingTemplate): TemplateForm {
  return {
    name: template.name,
    mode: template.mode,
    ...feeToForm(template.default_rate),
    regions: template.regions.map((region) => ({ provinces: [...region.provinces], ...feeToForm(region) })),
    free: template.free_over !== null,
    free_over: template.free_over === null ? 0 : fenToYuan(template.free_over),
    excluded_provinces: [...template.excluded_provinces],
    is_default: template.is_default,
  };
}

export function formToInput(form: TemplateForm): ShippingTemplateInput {
  return {
    name: form.name.trim(),
    mode: form.mode,
    default_rate: feeToInput(form),
    regions: form.regions.map((region) => ({ provinces: [...region.provinces], ...feeToInput(region) })),
    free_over: form.free ? yuanToFen(form.free_over) : null,
    excluded_provinces: [...form.excluded_provinces],
    is_default: form.is_default,
  };
}

/** Provinces another region or the exclusion list already took (one province, one rule). */
export function takenProvinces(form: TemplateForm, except: number | "excluded"): Set<string> {
  const taken = new Set<string>();
  form.regions.forEach((region, index) => {
    if (index !== except) region.provinces.forEach((name) => taken.add(name));
  });
  if (except !== "excluded") form.excluded_provinces.forEach((name) => taken.add(name));
  return taken;
}

/** The first server error on a field or under it (`regions` → `regions.1.provinces.0`). */
export function errorUnder(errors: Record<string, string>, prefix: string): string {
  const found = firstErrorUnder(errors, prefix);
  if (!found) return "";
  const region = /^regions\.(\d+)/.exec(found.key);
  return region ? `第 ${Number(region[1]) + 1} 个地区：${found.message}` : found.message;
}
