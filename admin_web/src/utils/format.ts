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
