/**
 * 支付设置: one form per gateway. Plain fields show and send their values; secret fields are
 * write-only: the API only says whether one is stored (已设置 / 未设置), the form starts them empty
 * and sends one only when staff typed a replacement (an omitted secret keeps the stored one).
 */
import type { Gateway, GatewayField, GatewayInput } from "@/api/payments";

export interface GatewayForm {
  enabled: boolean;
  /** Plain fields, as shown. */
  values: Record<string, string>;
  /** Replacements typed for secret fields; only the ones being replaced have an entry. */
  secrets: Record<string, string>;
}

export function gatewayForm(gateway: Gateway): GatewayForm {
  const values: Record<string, string> = {};
  for (const field of gateway.fields) if (!field.secret) values[field.name] = field.value ?? "";
  return { enabled: gateway.enabled, values, secrets: {} };
}

/** The PUT body: every plain field, and the secrets typed (blank ones left out). */
export function gatewayBody(gateway: Gateway, form: GatewayForm): GatewayInput {
  const values: Record<string, string> = {};
  for (const field of gateway.fields) {
    if (!field.secret) values[field.name] = (form.values[field.name] ?? "").trim();
    else if ((form.secrets[field.name] ?? "").trim()) values[field.name] = form.secrets[field.name]!.trim();
  }
  return { enabled: form.enabled, values };
}

export const secretText = (field: GatewayField) => (field.set ? "已设置" : "未设置");

/** Keys and certificates are pasted as PEM text over several lines. */
export const multiline = (field: GatewayField) => /(^|_)(key|cert)$/.test(field.name) && field.name !== "apiv3_key";

/** Required fields with nothing stored or typed. */
export function missingRequired(gateway: Gateway, form?: GatewayForm): string[] {
  return gateway.fields
    .filter((field) => field.required)
    .filter((field) =>
      field.secret ? !field.set && !(form?.secrets[field.name] ?? "").trim() : !(form ? form.values[field.name] : field.value ?? "")?.trim(),
    )
    .map((field) => field.label);
}

/** The card's status: is it taking payments, and is it fully configured. */
export function gatewayStatus(gateway: Gateway): { label: string; tag: "success" | "info" | "warning" } {
  if (gateway.enabled) return { label: "已启用", tag: "success" };
  if (gateway.fields.length && missingRequired(gateway).length) return { label: "未配置", tag: "info" };
  return { label: "未启用", tag: "warning" };
}
