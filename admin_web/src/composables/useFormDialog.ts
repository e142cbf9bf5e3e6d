/**
 * A create/edit dialog around a SchemaForm: open with fresh values, validate, submit, keep the
 * dialog open with the server's field errors on a 422, or show the error's message otherwise.
 */
import { ElMessage } from "element-plus";
import { type Ref, reactive, ref } from "vue";

import type { SchemaFormExpose } from "@/components/types";
import { useFieldErrors } from "@/composables/useFieldErrors";

export interface FormDialogOptions<T extends object> {
  /** The page's `ref="formRef"` on its SchemaForm. */
  formRef: Ref<SchemaFormExpose | undefined>;
  empty: () => T;
  /** Field names the form shows: errors on other fields are shown as a message instead. */
  shownFields: () => readonly string[];
  /** Send the values; resolve when saved (the dialog then closes). */
  submit: (values: T) => Promise<void>;
}

export function useFormDialog<T extends object>(options: FormDialogOptions<T>) {
  const visible = ref(false);
  const saving = ref(false);
  const form = reactive(options.empty()) as T;
  const { formRef } = options;
  const fieldErrors = useFieldErrors();

  function open(values: T = options.empty()) {
    Object.assign(form, values);
    fieldErrors.clear();
    formRef.value?.clearValidate();
    visible.value = true;
  }

  async function save() {
    fieldErrors.clear();
    const valid = await formRef.value?.validate().catch(() => false);
    if (!valid || saving.value) return;
    saving.value = true;
    try {
      await options.submit(form);
      visible.value = false;
    } catch (error) {
      if (!fieldErrors.apply(error, options.shownFields()) && error instanceof Error) ElMessage.error(error.message);
    } finally {
      saving.value = false;
    }
  }

  return { visible, saving, form, fieldErrors, open, save };
}

/** What `useFormDialog` gives its page (and the page hands to `FormDialog`). */
export type FormDialogState<T extends object> = ReturnType<typeof useFormDialog<T>>;
