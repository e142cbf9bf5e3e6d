/**
 * A dialog that sends one request about one row (audit, confirm, reject, record, adjust): fresh
 * values each time it opens, a local check before sending, the server's message shown in the
 * dialog when it refuses, and on success a toast, the dialog closed and the page told.
 */
import { ElMessage } from "element-plus";
import { type Ref, ref, watch } from "vue";

export interface ActionDialogOptions<R> {
  /** Whether there is a row to act on. */
  ready: () => boolean;
  /** Put the form back to its starting values; runs each time the dialog opens. */
  reset: () => void;
  /** A local check before sending: the message to show, or "" to send. */
  check?: () => string;
  send: () => Promise<R>;
  /** The toast once sent. */
  success: (result: R) => string;
  /** After success, the dialog closed. */
  done: (result: R) => void;
  /** A refusal's extra handling (e.g. its field errors) beside the message. */
  failed?: (error: unknown) => void;
}

export function useActionDialog<R>(visible: Ref<boolean>, options: ActionDialogOptions<R>) {
  const saving = ref(false);
  const errorMessage = ref("");

  watch(visible, (open) => {
    if (!open) return;
    options.reset();
    errorMessage.value = "";
  });

  async function submit() {
    if (!options.ready() || saving.value) return;
    errorMessage.value = options.check?.() ?? "";
    if (errorMessage.value) return;
    saving.value = true;
    try {
      const result = await options.send();
      ElMessage.success(options.success(result));
      visible.value = false;
      options.done(result);
    } catch (error) {
      options.failed?.(error);
      if (error instanceof Error) errorMessage.value = error.message;
    } finally {
      saving.value = false;
    }
  }

  return { saving, errorMessage, submit };
}
