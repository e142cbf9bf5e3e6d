import type { RefundStatus } from "@/api/payments";

import { REFUND_STATUS, REFUND_STATUSES } from "../shared/labels";

export const STATUS_TABS: { value: RefundStatus | ""; label: string }[] = [
  { value: "", label: "全部" },
  ...REFUND_STATUSES.map((value) => ({ value, label: REFUND_STATUS[value].label })),
];
