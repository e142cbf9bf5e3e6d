/** The confirmations and reason prompts the catalogue screens share. */
import { ElMessageBox } from "element-plus";

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
