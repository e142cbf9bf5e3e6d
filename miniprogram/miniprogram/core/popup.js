// How often a popup_ad may show: remembered per section id in wx storage.
import { getItem, setItem } from "./storage.js";

export const SEEN_KEY = "popup_seen:";

export function today(now) {
  const d = now ? new Date(now) : new Date();
  return d.getFullYear() + "-" + (d.getMonth() + 1) + "-" + d.getDate();
}

/** Whether a popup with this frequency may show, given the day it was last shown (or null). */
export function mayShow(frequency, lastShown, now) {
  if (!lastShown) return true;
  if (frequency === "every_visit") return true;
  if (frequency === "once") return false;
  return lastShown !== today(now); // once_per_day (the default)
}

export function shouldShowPopup(sectionId, frequency) {
  return mayShow(frequency, getItem(SEEN_KEY + sectionId, null));
}

export function markPopupShown(sectionId) {
  setItem(SEEN_KEY + sectionId, today());
}
