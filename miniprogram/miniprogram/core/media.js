// Layouts and data carry site paths (`/media/demo/banner.jpg`); the mini-program needs absolute
// addresses. Only fields that hold media are rewritten (an `mp_path` action also starts with `/`).
import { mediaOrigin } from "../config.js";

const MEDIA_KEYS = {
  image: true,
  images: true,
  logo: true,
  icon: true,
  active_icon: true,
  poster: true,
  src: true,
  background_image: true,
  avatar: true,
  cover: true,
};

/** An address the mini-program can load, or "" for anything else (http:, javascript:, //host). */
export function mediaUrl(value) {
  if (typeof value !== "string" || !value) return "";
  if (/^https:\/\//i.test(value)) return value;
  if (/^http:\/\//i.test(value)) return value; // local development only; release builds need https
  if (value.charAt(0) === "/" && value.charAt(1) !== "/") return mediaOrigin() + value;
  return "";
}

/** A deep copy of `value` with every media field resolved by mediaUrl. */
export function resolveMedia(value, key) {
  if (Array.isArray(value)) return value.map((item) => resolveMedia(item, key));
  if (value && typeof value === "object") {
    const out = {};
    Object.keys(value).forEach((k) => {
      out[k] = resolveMedia(value[k], k);
    });
    return out;
  }
  if (typeof value === "string" && key && MEDIA_KEYS[key]) return mediaUrl(value);
  return value;
}

/** A normalised section with its settings and data media resolved. */
export function resolveSectionMedia(section) {
  return Object.assign({}, section, {
    settings: resolveMedia(section.settings),
    data: resolveMedia(section.data),
  });
}
