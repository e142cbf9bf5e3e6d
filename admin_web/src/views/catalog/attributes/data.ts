import type { Attribute, AttributeInput, AttributeInputType } from "@/api/catalog";
import type { FormField, FormRules, TableColumn } from "@/components/types";

export const INPUT_TYPE_LABELS: Record<AttributeInputType, string> = {
  option: "选项",
  text: "文本",
  date: "日期",
  region: "地区",
  country: "国家",
};

export const attributeColumns: TableColumn<Attribute>[] = [
  { prop: "id", label: "ID", width: 80 },
  { prop: "name", label: "名称", minWidth: 140 },
  { prop: "input_type", label: "录入方式", width: 100, format: (row) => INPUT_TYPE_LABELS[row.input_type] ?? row.input_type },
  { prop: "options", label: "选项", minWidth: 220, format: (row) => row.options.join("、") || "—" },
  { prop: "is_indexed", label: "可筛选", width: 90, format: (row) => (row.is_indexed ? "是" : "否") },
  { prop: "sort", label: "排序", width: 80 },
];

export type AttributeForm = AttributeInput & { id?: number };

export const emptyAttributeForm = (): AttributeForm => ({
  name: "",
  input_type: "option",
  options: [],
  is_indexed: false,
  sort: 0,
});

export const attributeFields: FormField<AttributeForm>[] = [
  { prop: "name", label: "名称", maxlength: 30 },
  {
    prop: "input_type",
    label: "录入方式",
    kind: "select",
    options: (Object.keys(INPUT_TYPE_LABELS) as AttributeInputType[]).map((value) => ({ label: INPUT_TYPE_LABELS[value], value })),
  },
  { prop: "options", label: "选项", visible: (model) => model.input_type === "option" },
  { prop: "is_indexed", label: "可筛选", kind: "switch" },
  { prop: "sort", label: "排序" },
];

export const attributeRules: FormRules = {
  name: [{ required: true, whitespace: true, message: "请输入名称", trigger: "blur" }],
  options: [{ type: "array", required: true, min: 1, message: "请至少添加一个选项", trigger: "change" }],
};

/** The input as the API takes it: options only for the option type. */
export function toAttributeInput({ id: _id, ...form }: AttributeForm): AttributeInput {
  return { ...form, name: form.name.trim(), options: form.input_type === "option" ? form.options : [] };
}
