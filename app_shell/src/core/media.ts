/**
 * Addresses of images and videos from layouts and data: `https://…` or a site path (`/media/…`,
 * `$defs/media_url`). Site paths get `VITE_MEDIA_ORIGIN` in front when set (the native app loads
 * the build from the device, not from the backend). Anything else (javascript:, data:, http:)
 * becomes "" and the renderer shows its placeholder.
 */
const origin = (import.meta.env.VITE_MEDIA_ORIGIN ?? "").replace(/\/+$/, "");

export function mediaUrl(url: unknown): string {
  if (typeof url !== "string" || !url || /\s/.test(url)) return "";
  if (url.startsWith("https://")) return url;
  if (url.startsWith("/") && !url.startsWith("//")) return origin + url;
  return "";
}
