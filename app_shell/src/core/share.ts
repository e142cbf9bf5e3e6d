/**
 * Sharing from the browser: the H5 shell has no chat to post a card into, so a share copies the
 * page's link (with the share card's title when there is one) for the shopper to paste.
 */
import { showToast } from "vant";

export async function copyShareLink(title = ""): Promise<void> {
  const url = typeof window !== "undefined" ? window.location.href : "";
  const text = title ? `${title} ${url}` : url;
  try {
    await navigator.clipboard.writeText(text);
    showToast("链接已复制");
  } catch {
    showToast(`请复制链接：${text}`);
  }
}
