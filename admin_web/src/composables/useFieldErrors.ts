/** Server field errors (`error.fields` of a 422) kept beside a form, keyed by field name. */
import { reactive } from "vue";

import { ApiError } from "@/api/client";

export function useFieldErrors() {
  const errors = reactive<Record<string, string>>({});

  function clear() {
    for (const key of Object.keys(errors)) delete errors[key];
  }

  /**
   * Shows the error's field messages. Returns true when at least one landed on a field the form
   * shows (`shown`, default: any field), so the caller knows whether to show the message itself.
   */
  function apply(error: unknown, shown?: readonly string[]): boolean {
    clear();
    if (!(error instanceof ApiError)) return false;
    Object.assign(errors, error.fields);
    const keys = Object.keys(error.fields);
    return shown ? keys.some((key) => shown.includes(key)) : keys.length > 0;
  }

  return { errors, clear, apply };
}

/** The first error on a field or under it (`rules` → `rules.tiers.1.off`), with its key; null when none. */
export function firstErrorUnder(errors: Record<string, string>, prefix: string): { key: string; message: string } | null {
  const key = Object.keys(errors).find((name) => name === prefix || name.startsWith(`${prefix}.`));
  return key ? { key, message: errors[key] ?? "" } : null;
}
