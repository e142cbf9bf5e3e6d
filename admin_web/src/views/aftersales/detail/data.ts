import type { AftersaleDetail, AftersaleStep, OrderAftersalesSummary } from "@/api/aftersales";
import type { OrderLine } from "@/api/orders";

import { roleLabel, yuan } from "../shared/labels";

export const TIME_LABELS: { key: keyof AftersaleDetail["times"]; label: string }[] = [
  { key: "created_at", label: "申请时间" },
  { key: "approved_at", label: "同意时间" },
  { key: "return_shipped_at", label: "买家寄回时间" },
  { key: "return_received_at", label: "收到退货时间" },
  { key: "refunded_at", label: "退款时间" },
  { key: "ended_at", label: "结束时间" },
];

/** `商家 · staff:3` — who took the step. */
export function stepActor(step: Pick<AftersaleStep, "role" | "actor">): string {
  const role = roleLabel(step.role);
  if (!step.actor || step.role === "system") return role;
  const [, id] = step.actor.split(":");
  return id ? `${role} #${id}` : role;
}

/** The step's data as short facts: amount, carrier and tracking number, refund number. */
export function stepFacts(step: Pick<AftersaleStep, "data">): string[] {
  const data = step.data ?? {};
  const facts: string[] = [];
  if (typeof data.amount === "number") facts.push(`金额 ${yuan(data.amount)}`);
  const carrier = data.carrier_name ?? data.carrier_code;
  if (carrier || data.tracking_no) facts.push(`物流 ${[carrier, data.tracking_no].filter(Boolean).join(" ")}`);
  if (data.refund_no) facts.push(`退款单 ${String(data.refund_no)}`);
  if (data.message) facts.push(String(data.message));
  return facts;
}

/** Newest first, as the order detail's timeline. */
export const sortedTimeline = (steps: AftersaleStep[]) => [...steps].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));

export interface OrderLineRow {
  id: number;
  title: string;
  spec_text: string;
  quantity: number;
  payable: number;
  /** Units of this line in this request. */
  in_request: number;
  requested: number;
  refunded: number;
}

/** The order's lines beside what this request, and every request of the order, covers. */
export function orderLineRows(
  lines: OrderLine[],
  request: Pick<AftersaleDetail, "items">,
  summary: OrderAftersalesSummary | null | undefined,
): OrderLineRow[] {
  const inRequest = new Map(request.items.map((item) => [item.line_id, item.quantity]));
  const counts = new Map((summary?.lines ?? []).map((line) => [line.line_id, line]));
  return lines.map((line) => ({
    id: line.id,
    title: line.title,
    spec_text: line.spec_text,
    quantity: line.quantity,
    payable: line.payable,
    in_request: inRequest.get(line.id) ?? 0,
    requested: counts.get(line.id)?.requested_quantity ?? 0,
    refunded: counts.get(line.id)?.refunded_quantity ?? 0,
  }));
}

/** A deadline the request is running against, in words. */
export function deadlineText(detail: Pick<AftersaleDetail, "status" | "return_deadline" | "auto_receive_at">, format: (at: string) => string): string {
  if (detail.status === "awaiting_return" && detail.return_deadline) return `买家需在 ${format(detail.return_deadline)} 前寄回，逾期自动关闭`;
  if (detail.status === "returning" && detail.auto_receive_at) return `${format(detail.auto_receive_at)} 前未处理将自动确认收货`;
  return "";
}
