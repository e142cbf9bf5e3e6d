import type { AdminReview, ReviewQuery } from "@/api/catalog";
import type { Option, TableColumn } from "@/components/types";
import { formatDateTime } from "@/utils/format";

export const RATING_OPTIONS: Option<NonNullable<ReviewQuery["rating"]>>[] = [
  { label: "全部评分", value: "" },
  { label: "好评（4-5 星）", value: "good" },
  { label: "中评（3 星）", value: "medium" },
  { label: "差评（1-2 星）", value: "bad" },
];

export const HIDDEN_OPTIONS: Option<NonNullable<ReviewQuery["hidden"]>>[] = [
  { label: "全部", value: "" },
  { label: "显示中", value: "0" },
  { label: "已隐藏", value: "1" },
];

export const reviewColumns: TableColumn<AdminReview>[] = [
  { prop: "product_title", label: "商品", minWidth: 180 },
  { prop: "user.nickname", label: "用户", width: 120 },
  { prop: "rating", label: "评分", width: 150, slot: "rating" },
  { prop: "content", label: "内容", minWidth: 260, slot: "content" },
  { prop: "is_hidden", label: "状态", width: 90, format: (row) => (row.is_hidden ? "已隐藏" : "显示中") },
  { prop: "created_at", label: "时间", width: 170, format: (row) => formatDateTime(row.created_at) },
];
