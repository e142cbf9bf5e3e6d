/** Chinese names of product states and events, shared by the catalogue screens. */
import type { ProductEvent, ProductStatus } from "@/api/catalog";

export const STATUS_LABELS: Record<ProductStatus, string> = {
  on_sale: "出售中",
  off_shelf: "仓库中",
  pending: "待审核",
  rejected: "审核未通过",
  banned: "已违规",
  draft: "草稿",
};

export const STATUS_TAG_TYPES: Record<ProductStatus, "success" | "info" | "warning" | "danger" | "primary"> = {
  on_sale: "success",
  off_shelf: "info",
  pending: "warning",
  rejected: "danger",
  banned: "danger",
  draft: "primary",
};

export const EVENT_LABELS: Record<ProductEvent | "delete" | "create" | "edit", string> = {
  submit: "提交审核",
  approve: "审核通过",
  reject: "驳回",
  on_shelf: "上架",
  off_shelf: "下架",
  ban: "违规下架",
  unban: "解除违规",
  delete: "删除",
  create: "创建",
  edit: "编辑",
};
