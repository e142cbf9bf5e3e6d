/**
 * When a popup ad (首页弹屏) shows again. It is remembered per section id and image, so a new
 * image shows again: `once_per_day` — once per calendar day (buyer's local date), `once` — once
 * ever, `every_visit` — every time the page opens.
 */
export type PopupFrequency = "once_per_day" | "once" | "every_visit";

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const PREFIX = "h5.popup_ad:";

export function popupKey(sectionId: string, image: string): string {
  return `${PREFIX}${sectionId}:${image}`;
}

function localDate(now: Date): string {
  const m = String(now.getMonth() + 1).padStart(2, "0");
  const d = String(now.getDate()).padStart(2, "0");
  return `${now.getFullYear()}-${m}-${d}`;
}

function safeStore(store?: KeyValueStore | null): KeyValueStore | null {
  if (store) return store;
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function shouldShowPopup(
  key: string,
  frequency: PopupFrequency | string,
  now: Date = new Date(),
  store?: KeyValueStore | null,
): boolean {
  if (frequency === "every_visit") return true;
  const s = safeStore(store);
  if (!s) return true;
  let seen: string | null = null;
  try {
    seen = s.getItem(key);
  } catch {
    return true;
  }
  if (!seen) return true;
  if (frequency === "once") return false;
  return seen !== localDate(now); // once_per_day (and anything unknown)
}

export function rememberPopup(key: string, now: Date = new Date(), store?: KeyValueStore | null): void {
  const s = safeStore(store);
  try {
    s?.setItem(key, localDate(now));
  } catch {
    /* storage full or blocked: it shows again next time */
  }
}
