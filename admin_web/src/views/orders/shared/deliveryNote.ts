/**
 * 打印发货单: the delivery note is HTML that needs the staff token, so it is fetched and opened
 * from a blob URL. The window is opened at the click (popup blockers allow that) and pointed at
 * the note when it arrives.
 */
import { ElMessage } from "element-plus";

import { fetchDeliveryNote } from "@/api/orders";

export async function openDeliveryNote(orderNo: string): Promise<void> {
  const win = window.open("", "_blank");
  try {
    const blob = await fetchDeliveryNote(orderNo, { silent: true });
    const url = URL.createObjectURL(new Blob([blob], { type: "text/html;charset=utf-8" }));
    if (win) win.location.href = url;
    else window.open(url, "_blank");
    // The new window has loaded the note long before this runs.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  } catch (error) {
    win?.close();
    if (error instanceof Error) ElMessage.error(error.message);
  }
}
