/** Display helpers. Times come from the API in UTC and are shown in Asia/Shanghai. */
export const DISPLAY_TIME_ZONE = "Asia/Shanghai";

const dateTime = new Intl.DateTimeFormat("zh-CN", {
  timeZone: DISPLAY_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hour12: false,
});

export function formatDateTime(value: string | null | undefined): string {
  if (!value) return "—";
  const time = Date.parse(value);
  if (Number.isNaN(time)) return value;
  return dateTime.format(time).replace(/\//g, "-");
}

/**
 * Money: the API speaks integer fen (分), the UI shows and edits 元 with two decimals. Every
 * conversion goes through these three.
 */
export function fenToYuan(fen: number | null | undefined): number {
  return fen === null || fen === undefined ? 0 : fen / 100;
}

/** 元 as typed (number or text) → integer fen; empty or invalid input is 0. */
export function yuanToFen(yuan: number | string | null | undefined): number {
  if (yuan === null || yuan === undefined || yuan === "") return 0;
  const value = Number(yuan);
  // toPrecision drops the binary noise (1.005 * 100 = 100.49999…) before rounding half up.
  return Number.isFinite(value) ? Math.round(Number((value * 100).toPrecision(12))) : 0;
}

/** `1990` → `"19.90"`. */
export function formatYuan(fen: number | null | undefined): string {
  return fenToYuan(fen).toFixed(2);
}
