/** The confirmations, reason prompts and change-then-reload step the catalogue screens share. */
import { ElMessage, ElMessageBox } from "element-plus";

/** Asks for a reason (驳回 / 违规下架); null when cancelled. */
export async function promptReason(title: string, placeholder = "请输入原因"): Promise<string | null> {
  try {
    const { value } = await ElMessageBox.prompt(placeholder, title, {
      confirmButtonText: "确定",
      cancelButtonText: "取消",
      inputType: "textarea",
      inputValidator: (value: string) => (value && value.trim() ? true : "请输入原因"),
    });
    return value.trim();
  } catch {
    return null;
  }
}

/** A yes/no question; true when confirmed. */
export async function confirmAction(message: string, title = "确认操作"): Promise<boolean> {
  try {
    await ElMessageBox.confirm(message, title, {
      confirmButtonText: "确定",
      cancelButtonText: "取消",
      type: "warning",
    });
    return true;
  } catch {
    return false;
  }
}

/** Sends one change; when it succeeds, says `done` and reloads the list (the API client shows a failure). */
export async function applyAndReload(change: () => Promise<unknown>, done: string, reload: () => unknown): Promise<void> {
  try {
    await change();
  } catch {
    return;
  }
  ElMessage.success(done);
  await reload();
}
