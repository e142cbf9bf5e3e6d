/**
 * The 新建 / 编辑 dialog of an activity or a coupon, over useActionDialog: each time it opens the
 * form is the row being edited (or empty), 保存 updates that row or creates one, the toast says
 * 「…已保存」 or 「…已创建」, and `err(...)` gives a form item the server's error on its fields.
 */
import { type Ref, computed, reactive } from "vue";

import { useActionDialog } from "@/composables/useActionDialog";

import { errorAt } from "./form";

export interface EditDialogOptions<Row, Form extends object, Saved> {
  /** What is saved, for the toast: 活动 → 活动已保存 / 活动已创建. */
  noun: string;
  empty: () => Form;
  toForm: (row: Row) => Form;
  /** A local check before sending: field name → message. */
  check: (form: Form) => Record<string, string>;
  /** The fields the form shows the server's errors on. */
  fieldNames: readonly string[];
  create: (form: Form) => Promise<Saved>;
  update: (row: Row, form: Form) => Promise<Saved>;
  /** After saving, the dialog closed. */
  saved: (result: Saved) => void;
}

export function useEditDialog<Row, Form extends object, Saved>(
  visible: Ref<boolean>,
  row: () => Row | null,
  options: EditDialogOptions<Row, Form, Saved>,
) {
  const form = reactive(options.empty()) as Form;
  const editing = computed(() => row() !== null);
  const dialog = useActionDialog(visible, {
    ready: () => true,
    reset: () => {
      const current = row();
      Object.assign(form, current ? options.toForm(current) : options.empty());
    },
    check: () => options.check(form),
    fieldNames: options.fieldNames,
    send: () => {
      const current = row();
      return current ? options.update(current, form) : options.create(form);
    },
    success: () => `${options.noun}${editing.value ? "已保存" : "已创建"}`,
    done: options.saved,
  });
  const err = (...names: string[]) => errorAt(dialog.fields.errors, ...names);
  return { ...dialog, form, editing, err };
}
