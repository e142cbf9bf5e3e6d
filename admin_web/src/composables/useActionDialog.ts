/**
 * A dialog that sends one request about one row (audit, confirm, reject, record, adjust, an
 * after-sales step): fresh values each time it opens, a local check before sending, the server's
 * message (and its field errors) shown in the dialog when it refuses, and on success a toast, the
 * dialog closed and the page told.
 */
import { ElMessage } from "element-plus";
import { type Ref, ref, watch } from "vue";

import { useFieldErrors } from "@/composables/useFieldErrors";

export interface ActionDialogOptions<R> {
  /** Whether there is a row to act on. */
  ready: () => boolean;
  /** Put the form back to its starting values; runs each time the dialog opens. */
  reset: () => void;
  /** A local check before sending: field name → message; nothing is sent while any is left. */
  check?: () => Record<string, string>;
  /** The fields the form shows the server's errors on. */
  fieldNames?: readonly string[];
  send: () => Promise<R>;
  /** The toast once sent. */
  success: (result: R) => string;
  /** After success, the dialog closed. */
  done: (result: R) => void;
}

export function useActionDialog<R>(visible: Ref<boolean>, options: ActionDialogOptions<R>) {
  const saving = ref(false);
  const errorMessage = ref("");
  const fields = useFieldErrors();

  watch(visible, (open) => {
    if (!open) return;
    options.reset();
    fields.clear();
    errorMessage.value = "";
  });

  async function submit() {
    if (!options.ready() || saving.value) return;
    fields.clear();
    const invalid = options.check?.() ?? {};
    Object.assign(fields.errors, invalid);
    errorMessage.value = Object.values(invalid).join("；");
    if (errorMessage.value) return;
    saving.value = true;
    try {
      const result = await options.send();
      ElMessage.success(options.success(result));
      visible.value = false;
      options.done(result);
    } catch (error) {
      if (options.fieldNames) fields.apply(error, options.fieldNames);
      if (error instanceof Error) errorMessage.value = error.message;
    } finally {
      saving.value = false;
    }
  }

  return { saving, errorMessage, fields, submit };
}

/** One field's message as a `check` answers it: nothing when the message is empty. */
export const fieldError = (name: string, message: string): Record<string, string> => (message ? { [name]: message } : {});
