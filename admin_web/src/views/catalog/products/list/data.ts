import type { BulkAction, ProductEvent, ProductRow, ProductStatus } from "@/api/catalog";
import type { TableColumn } from "@/components/types";
import { formatDateTime, formatYuan } from "@/utils/format";

import { STATUS_LABELS } from "../../shared/labels";

export const STATUS_TABS: { value: ProductStatus | ""; label: string }[] = [
  { value: "", label: "全部" },
  { value: "on_sale", label: STATUS_LABELS.on_sale },
  { value: "off_shelf", label: STATUS_LABELS.off_shelf },
  { value: "pending", label: STATUS_LABELS.pending },
  { value: "rejected", label: STATUS_LABELS.rejected },
  { value: "banned", label: STATUS_LABELS.banned },
  { value: "draft", label: STATUS_LABELS.draft },
];

export function productColumns(showShop: boolean): TableColumn<ProductRow>[] {
  const columns: TableColumn<ProductRow>[] = [
    { prop: "id", label: "ID", width: 80 },
    { prop: "title", label: "商品", minWidth: 240, slot: "title" },
    { prop: "shop_name", label: "店铺", minWidth: 140 },
    { prop: "price", label: "价格（元）", width: 110, format: (row) => formatYuan(row.price) },
    { prop: "stock", label: "库存", width: 90 },
    { prop: "sales", label: "销量（实际+注水）", width: 150, format: salesText },
    { prop: "sort", label: "排序", width: 140, slot: "sort" },
    { prop: "status", label: "状态", width: 110, slot: "status" },
    { prop: "updated_at", label: "更新时间", width: 170, format: (row) => formatDateTime(row.updated_at) },
  ];
  return showShop ? columns : columns.filter((column) => column.prop !== "shop_name");
}

/** Sales as shoppers see them (real + padded) with the parts. */
export function salesText(row: Pick<ProductRow, "sales" | "padded_sales">): string {
  const padded = row.padded_sales ?? 0;
  return padded ? `${row.sales + padded}（${row.sales}+${padded}）` : String(row.sales);
}

export type RowActionKey = ProductEvent | "edit" | "delete" | "padded_sales" | "timeline";

export interface RowAction {
  key: RowActionKey;
  label: string;
  /** Asks for a reason first (驳回, 违规下架). */
  reason?: boolean;
  /** Asks to confirm first. */
  confirm?: string;
  danger?: boolean;
}

export interface CatalogAbilities {
  /** A merchant with `catalog:manage`. */
  canManage: boolean;
  /** Platform staff with `catalog:audit`. */
  canAudit: boolean;
}

const MERCHANT_ACTIONS: Record<ProductStatus, RowActionKey[]> = {
  draft: ["edit", "submit", "delete"],
  pending: ["edit"],
  on_sale: ["off_shelf", "edit"],
  off_shelf: ["on_shelf", "edit", "delete"],
  rejected: ["edit", "submit", "delete"],
  banned: ["edit", "delete"],
};

const PLATFORM_ACTIONS: Record<ProductStatus, RowActionKey[]> = {
  draft: [],
  pending: ["approve", "reject"],
  on_sale: ["ban", "padded_sales"],
  off_shelf: ["ban", "padded_sales"],
  rejected: [],
  banned: ["unban"],
};

const ACTIONS: Record<RowActionKey, RowAction> = {
  edit: { key: "edit", label: "编辑" },
  submit: { key: "submit", label: "提交审核" },
  on_shelf: { key: "on_shelf", label: "上架" },
  off_shelf: { key: "off_shelf", label: "下架", confirm: "下架后买家将无法购买，确定下架？" },
  delete: { key: "delete", label: "删除", confirm: "删除后不可恢复，确定删除？", danger: true },
  approve: { key: "approve", label: "审核通过" },
  reject: { key: "reject", label: "驳回", reason: true, danger: true },
  ban: { key: "ban", label: "违规下架", reason: true, danger: true },
  unban: { key: "unban", label: "解除", confirm: "解除违规后商品回到仓库中，确定解除？" },
  padded_sales: { key: "padded_sales", label: "销量注水" },
  timeline: { key: "timeline", label: "记录" },
};

/** The row's actions for its status and the staff's abilities; every staff sees the record. */
export function rowActions(status: ProductStatus, abilities: CatalogAbilities): RowAction[] {
  const keys: RowActionKey[] = [
    ...(abilities.canManage ? MERCHANT_ACTIONS[status] : []),
    ...(abilities.canAudit ? PLATFORM_ACTIONS[status] : []),
    "timeline",
  ];
  return keys.map((key) => ACTIONS[key]);
}

export interface BulkOption {
  action: BulkAction;
  label: string;
  reason?: boolean;
}

export function bulkOptions(abilities: CatalogAbilities): BulkOption[] {
  const options: BulkOption[] = [];
  if (abilities.canManage) {
    options.push(
      { action: "on_shelf", label: "批量上架" },
      { action: "off_shelf", label: "批量下架" },
      { action: "submit", label: "批量提交审核" },
      { action: "delete", label: "批量删除" },
    );
  }
  if (abilities.canAudit) {
    options.push(
      { action: "approve", label: "批量通过" },
      { action: "reject", label: "批量驳回", reason: true },
      { action: "ban", label: "批量违规下架", reason: true },
      { action: "unban", label: "批量解除" },
    );
  }
  return options;
}
