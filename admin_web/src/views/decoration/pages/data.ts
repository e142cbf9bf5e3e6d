import type { PageCreate, PageKind, PageSummary, PageTemplate } from "@/api/pages";
import type { FormField, FormRules, Option, TableColumn } from "@/components/types";
import { formatDateTime } from "@/utils/format";

/** `page.schema.json#/$defs/page_kind` with its Chinese titles. */
export const PAGE_KIND_TITLES: Record<PageKind, string> = {
  platform_home: "平台首页",
  shop_home: "店铺首页",
  custom: "自定义页面",
  category: "分类页",
  b2b_home: "B2B首页",
  campaign: "活动页",
};

/** Kinds a staff may create (the backend's lists): a shop's staff only pages of their shop. */
export function creatableKinds(isShopStaff: boolean): PageKind[] {
  return isShopStaff ? ["shop_home", "custom", "campaign"] : ["platform_home", "custom", "category", "b2b_home", "campaign"];
}

/** A page key as the backend accepts it: lower-case letters, digits and `-`, not starting with `-`. */
export const PAGE_KEY_PATTERN = /^[a-z0-9][a-z0-9-]{0,39}$/;
export const SITE_PATTERN = /^[a-z0-9-]{1,20}$/;

export const pageColumns: TableColumn<PageSummary>[] = [
  { prop: "key", label: "页面标识", minWidth: 140 },
  { prop: "title", label: "标题", minWidth: 160 },
  { prop: "kind", label: "类型", width: 110, format: (row) => PAGE_KIND_TITLES[row.kind] ?? row.kind },
  { prop: "shop_id", label: "所属", width: 100, format: (row) => (row.shop_id === null ? "平台" : `店铺 ${row.shop_id}`) },
  { prop: "site", label: "城市分站", width: 100, format: (row) => row.site || "全国" },
  {
    prop: "published_revision",
    label: "线上版本",
    width: 100,
    format: (row) => (row.published_revision === null ? "未发布" : `#${row.published_revision}`),
  },
  { prop: "updated_at", label: "更新时间", width: 170, format: (row) => formatDateTime(row.updated_at) },
];

export interface PageCreateForm {
  key: string;
  kind: PageKind;
  title: string;
  /** A template name, or "" for a blank page. */
  template: string;
  /** City-site code, or "" for the base page. */
  site: string;
}

export const emptyPageForm = (kind: PageKind): PageCreateForm => ({ key: "", kind, title: "", template: "", site: "" });

export function toPageCreate(form: PageCreateForm): PageCreate {
  const input: PageCreate = { key: form.key.trim(), kind: form.kind, title: form.title.trim() };
  if (form.template) input.template = form.template;
  if (form.site.trim()) input.site = form.site.trim();
  return input;
}

export function pageFields(kinds: PageKind[], templates: readonly PageTemplate[]): FormField<PageCreateForm>[] {
  const templateOptions: Option[] = [
    { label: "空白页面", value: "" },
    ...templates.map((template) => ({ label: template.title || template.name, value: template.name })),
  ];
  return [
    { prop: "template", label: "从模板开始", kind: "select", options: templateOptions },
    { prop: "kind", label: "页面类型", kind: "select", options: kinds.map((kind) => ({ label: PAGE_KIND_TITLES[kind], value: kind })) },
    { prop: "title", label: "页面标题", maxlength: 30 },
    { prop: "key", label: "页面标识", maxlength: 40, placeholder: "如 double11，小写字母、数字和 -" },
    { prop: "site", label: "城市分站", maxlength: 20, placeholder: "留空为全国通用页面；如 hangzhou" },
  ];
}

export const pageRules: FormRules = {
  key: [
    { required: true, message: "请输入页面标识", trigger: "blur" },
    { pattern: PAGE_KEY_PATTERN, message: "只能用小写字母、数字和 -，以字母或数字开头，最多 40 个字符", trigger: "blur" },
  ],
  title: [
    { required: true, whitespace: true, message: "请输入页面标题", trigger: "blur" },
    // The document's page.title allows 30 (page.schema.json), the page row 40: the stricter wins.
    { max: 30, message: "标题最多 30 个字", trigger: "blur" },
  ],
  site: [{ pattern: SITE_PATTERN, message: "只能用小写字母、数字和 -，最多 20 个字符", trigger: "blur" }],
  kind: [{ required: true, message: "请选择页面类型", trigger: "change" }],
};
