import type { Carrier } from "@/api/fulfillment";
import type { FormField, FormRules, TableColumn } from "@/components/types";

export const carrierColumns: TableColumn<Carrier>[] = [
  { prop: "code", label: "编码", width: 140 },
  { prop: "name", label: "名称", minWidth: 140 },
  { prop: "phone", label: "客服电话", width: 150 },
  { prop: "website", label: "官网", minWidth: 200 },
  { prop: "sort", label: "排序", width: 140, slot: "sort" },
  { prop: "is_enabled", label: "启用", width: 90, slot: "enabled" },
];

export interface CarrierForm {
  /** Set when editing; the code is fixed once created. */
  id: number | null;
  code: string;
  name: string;
  phone: string;
  website: string;
  sort: number;
  is_enabled: boolean;
}

export const emptyCarrierForm = (): CarrierForm => ({
  id: null,
  code: "",
  name: "",
  phone: "",
  website: "",
  sort: 0,
  is_enabled: true,
});

export const carrierFields: FormField<CarrierForm>[] = [
  { prop: "code", label: "编码", placeholder: "大写字母开头，如 ZTO、JTSD；创建后不可修改", maxlength: 20, visible: (model) => model.id === null },
  { prop: "name", label: "名称", maxlength: 50 },
  { prop: "phone", label: "客服电话", maxlength: 30 },
  { prop: "website", label: "官网", placeholder: "https://", maxlength: 200 },
  { prop: "sort", label: "排序" },
  { prop: "is_enabled", label: "启用", kind: "switch" },
];

export const carrierRules: FormRules = {
  code: [
    { required: true, whitespace: true, message: "请填写编码", trigger: "blur" },
    { pattern: /^[A-Z][A-Z0-9_]{1,19}$/, message: "编码为 2-20 位大写字母、数字或下划线，以字母开头", trigger: "blur" },
  ],
  name: [{ required: true, whitespace: true, message: "请填写名称", trigger: "blur" }],
  website: [{ pattern: /^(https?:\/\/\S+)?$/, message: "请填写以 http(s):// 开头的网址", trigger: "blur" }],
};
