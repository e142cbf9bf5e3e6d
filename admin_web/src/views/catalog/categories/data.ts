import type { CategoryCreate } from "@/api/catalog";
import type { FormField, FormRules } from "@/components/types";

export const LEVEL_LABELS: Record<number, string> = { 1: "一级", 2: "二级", 3: "三级" };

export type CategoryForm = CategoryCreate & { id?: number };

export const emptyCategoryForm = (parentId: number | null = null): CategoryForm => ({
  name: "",
  parent_id: parentId,
  icon: "",
  sort: 0,
  is_visible: true,
});

export const categoryFields: FormField<CategoryForm>[] = [
  { prop: "name", label: "名称", maxlength: 30 },
  { prop: "icon", label: "图标", placeholder: "图标图片地址" },
  { prop: "sort", label: "排序" },
  { prop: "is_visible", label: "显示", kind: "switch" },
];

export const categoryRules: FormRules = {
  name: [{ required: true, whitespace: true, message: "请输入名称", trigger: "blur" }],
};
