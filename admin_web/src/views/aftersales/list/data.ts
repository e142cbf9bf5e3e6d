import type { AftersaleQuery, AftersaleStatus, AftersaleType } from "@/api/aftersales";

export interface AftersaleFilters {
  status: AftersaleStatus | "";
  type: AftersaleType | "";
  order_no: string;
  shop_id: number | null;
  /** `[from, to]` as `YYYY-MM-DD` (the shop's days). */
  dates: [string, string] | null;
  awaiting_platform: boolean;
}

export const emptyFilters = (): AftersaleFilters => ({
  status: "",
  type: "",
  order_no: "",
  shop_id: null,
  dates: null,
  awaiting_platform: false,
});

/** The filters as the API's query (the date range split, blanks left out by the client). */
export function filtersToQuery(filters: AftersaleFilters, isPlatform: boolean): AftersaleQuery {
  const [date_from, date_to] = filters.dates ?? ["", ""];
  return {
    status: filters.status,
    type: filters.type,
    order_no: filters.order_no.trim(),
    shop_id: isPlatform ? filters.shop_id : null,
    date_from,
    date_to,
    awaiting_platform: filters.awaiting_platform,
  };
}
