import type { AdminOrderRow, OrderStatus } from "@/api/orders";
import { formatDateTime, formatYuan } from "@/utils/format";

import { ORDER_STATUS, ORDER_STATUSES } from "../shared/labels";

export const STATUS_TABS: { value: OrderStatus | ""; label: string }[] = [
  { value: "", label: "全部" },
  ...ORDER_STATUSES.map((value) => ({ value, label: ORDER_STATUS[value].label })),
];

export type OrderColumnKey =
  | "order_no"
  | "shop"
  | "buyer"
  | "items"
  | "quantity"
  | "payable"
  | "status"
  | "times"
  | "actions";

export interface OrderColumn {
  key: OrderColumnKey;
  label: string;
  width?: string;
}

/** The columns of the order table; 店铺 only for the platform, which sees every shop. */
export function orderColumns(showShop: boolean): OrderColumn[] {
  const columns: OrderColumn[] = [
    { key: "order_no", label: "订单号", width: "210px" },
    { key: "shop", label: "店铺", width: "140px" },
    { key: "buyer", label: "买家", width: "140px" },
    { key: "items", label: "商品" },
    { key: "quantity", label: "数量", width: "64px" },
    { key: "payable", label: "实付（元）", width: "100px" },
    { key: "status", label: "状态", width: "100px" },
    { key: "times", label: "下单 / 付款时间", width: "170px" },
    { key: "actions", label: "操作", width: "120px" },
  ];
  return showShop ? columns : columns.filter((column) => column.key !== "shop");
}

/** Thumbnails shown per row; the rest is counted. */
export const MAX_THUMBS = 4;

export const payableText = (row: Pick<AdminOrderRow, "payable">) => `¥${formatYuan(row.payable)}`;

export const buyerText = (row: Pick<AdminOrderRow, "buyer">) =>
  row.buyer ? row.buyer.nickname || `用户${row.buyer.id}` : "—";

export const timesText = (row: Pick<AdminOrderRow, "created_at" | "paid_at">) => ({
  created: formatDateTime(row.created_at),
  paid: row.paid_at ? formatDateTime(row.paid_at) : "未付款",
});
