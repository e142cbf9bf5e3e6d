import type { Brand, BrandInput, BrandStatus } from "@/api/catalog";
import type { FormField, FormRules, TableColumn } from "@/components/types";

export const BRAND_STATUS_LABELS: Record<BrandStatus, string> = {
  approved: "已通过",
  pending: "待审核",
  rejected: "已驳回",
};

export const BRAND_STATUS_TABS: { value: BrandStatus | ""; label: string }[] = [
  { value: "", label: "全部" },
  { value: "approved", label: BRAND_STATUS_LABELS.approved },
  { value: "pending", label: BRAND_STATUS_LABELS.pending },
  { value: "rejected", label: BRAND_STATUS_LABELS.rejected },
];

export const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ".split("");

export const brandColumns: TableColumn<Brand>[] = [
  { prop: "id", label: "ID", width: 80 },
  { prop: "name", label: "品牌", minWidth: 180, slot: "name" },
  { prop: "english_name", label: "英文名", minWidth: 120 },
  { prop: "letter", label: "首字母", width: 80 },
  { prop: "is_recommended", label: "推荐", width: 90, slot: "recommended" },
  { prop: "sort", label: "排序", width: 80 },
  { prop: "status", label: "状态", width: 160, slot: "status" },
];

export type BrandForm = BrandInput & { id?: number };

export const emptyBrandForm = (): BrandForm => ({
  name: "",
  english_name: "",
  letter: "",
  logo: "",
  is_recommended: false,
  sort: 0,
});

/** Recommendation and sort are the platform's to set. */
export function brandFields(platform: boolean): FormField<BrandForm>[] {
  const fields: FormField<BrandForm>[] = [
    { prop: "name", label: "品牌名称", maxlength: 40 },
    { prop: "english_name", label: "英文名", maxlength: 60 },
    { prop: "letter", label: "首字母", kind: "select", options: LETTERS.map((letter) => ({ label: letter, value: letter })) },
    { prop: "logo", label: "Logo", placeholder: "Logo 图片地址" },
    { prop: "is_recommended", label: "推荐", kind: "switch" },
    { prop: "sort", label: "排序" },
  ];
  return platform ? fields : fields.filter((field) => field.prop !== "is_recommended" && field.prop !== "sort");
}

export const brandRules: FormRules = {
  name: [{ required: true, whitespace: true, message: "请输入品牌名称", trigger: "blur" }],
  letter: [{ required: true, message: "请选择首字母", trigger: "change" }],
};
