/** Schemas the pages declare in their `data.ts`: table columns and form fields. */
import type { FormItemRule } from "element-plus";

export interface TableColumn<T> {
  /** Property shown (dotted paths allowed for display, e.g. `role.name`). */
  prop: string;
  label: string;
  width?: number | string;
  minWidth?: number | string;
  /** Text for the cell; without it the property value is shown. */
  format?: (row: T) => string;
  /** Name of a page slot that renders the cell (`#cell-<slot>`), e.g. for tags. */
  slot?: string;
}

export interface Option<V = string | number | boolean> {
  label: string;
  value: V;
}

export type FieldKind = "input" | "password" | "textarea" | "select" | "switch" | "radio";

export interface FormField<M = Record<string, unknown>> {
  prop: string;
  label: string;
  kind?: FieldKind;
  placeholder?: string;
  maxlength?: number;
  options?: Option[];
  /** Shown only when this returns true for the current model. */
  visible?: (model: M) => boolean;
}

export type FormRules = Partial<Record<string, FormItemRule | FormItemRule[]>>;

/** What `SchemaForm` exposes to its page (through a template ref). */
export interface SchemaFormExpose {
  validate: () => Promise<boolean>;
  resetFields: () => void;
  clearValidate: () => void;
}
