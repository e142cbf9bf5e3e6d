import type { Shop, ShopCreate } from "@/api/shops";
import type { ShopKind } from "@/api/types";
import type { FormField, FormRules, TableColumn } from "@/components/types";
import { formatDateTime } from "@/utils/format";

export const SHOP_KIND_TABS: { kind: ShopKind; label: string }[] = [
  { kind: "merchant", label: "商家" },
  { kind: "supplier", label: "供应商" },
];

export const SHOP_STATUS_LABELS: Record<string, string> = {
  active: "正常",
  disabled: "已停用",
};

export const shopColumns: TableColumn<Shop>[] = [
  { prop: "id", label: "ID", width: 80 },
  { prop: "name", label: "名称", minWidth: 180 },
  { prop: "self_operated", label: "经营方式", width: 110, slot: "self_operated" },
  { prop: "contact_name", label: "联系人", width: 120 },
  { prop: "contact_phone", label: "联系电话", width: 140 },
  {
    prop: "status",
    label: "状态",
    width: 100,
    format: (row) => SHOP_STATUS_LABELS[row.status] ?? row.status,
  },
  { prop: "created_at", label: "创建时间", width: 170, format: (row) => formatDateTime(row.created_at) },
];

export const emptyShopForm = (kind: ShopKind): ShopCreate => ({
  kind,
  name: "",
  self_operated: false,
  contact_name: "",
  contact_phone: "",
});

export const shopFields: FormField<ShopCreate>[] = [
  {
    prop: "kind",
    label: "类型",
    kind: "radio",
    options: SHOP_KIND_TABS.map((tab) => ({ label: tab.label, value: tab.kind })),
  },
  { prop: "name", label: "名称", maxlength: 60 },
  { prop: "self_operated", label: "平台自营", kind: "switch" },
  { prop: "contact_name", label: "联系人", maxlength: 40 },
  { prop: "contact_phone", label: "联系电话", maxlength: 11, placeholder: "11 位手机号" },
];

/** Mainland mobile number, as the backend checks it. */
export const MOBILE_PATTERN = /^1[3-9]\d{9}$/;

export const shopRules: FormRules = {
  name: [
    { required: true, whitespace: true, message: "请输入名称", trigger: "blur" },
    { min: 2, max: 60, message: "名称为 2-60 个字", trigger: "blur" },
  ],
  contact_phone: [{ pattern: MOBILE_PATTERN, message: "请输入正确的手机号", trigger: "blur" }],
};
