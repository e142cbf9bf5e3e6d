import type { JournalEntry, LedgerAccount } from "@/api/finance";
import { formatYuan } from "@/utils/format";

import { providerName } from "../shared/labels";

/** Account kinds of docs/finance-api.md, in the table's order. */
export const ACCOUNT_KINDS: { value: string; label: string }[] = [
  { value: "gateway_clearing", label: "支付渠道待清算" },
  { value: "offline_clearing", label: "线下转账收款" },
  { value: "cod_clearing", label: "货到付款代收" },
  { value: "wallet_funding", label: "余额调账" },
  { value: "shop_payable", label: "应付商家" },
  { value: "customer_wallet", label: "用户余额" },
  { value: "refund_clearing", label: "待退回款项" },
];

export const JOURNAL_KINDS: { value: string; label: string }[] = [
  { value: "payment", label: "收款" },
  { value: "late_payment", label: "关单后到账" },
  { value: "refund", label: "退款" },
  { value: "wallet_adjustment", label: "余额调账" },
];

const label = (list: { value: string; label: string }[], value: string) => list.find((item) => item.value === value)?.label ?? value;
export const accountKindLabel = (kind: string) => label(ACCOUNT_KINDS, kind);
export const journalKindLabel = (kind: string) => label(JOURNAL_KINDS, kind);

/** Whose account it is: a shop, a shopper, a gateway, or the platform's own. */
export function ownerText(kind: string, owner: string): string {
  if (!owner) return "平台";
  if (kind === "shop_payable" || kind === "cod_clearing") return `店铺 ${owner}`;
  if (kind === "customer_wallet") return `用户 ${owner}`;
  if (kind === "gateway_clearing") return providerName(owner);
  return owner;
}

/** `应付商家 · 店铺 12`. */
export const accountText = (account: Pick<LedgerAccount, "kind" | "owner"> & { name?: string }) =>
  `${account.name || accountKindLabel(account.kind)} · ${ownerText(account.kind, account.owner)}`;

/** Fen as `¥1,234.50` with the sign kept (a negative net stays visible). */
export const signedYuan = (fen: number) => `${fen < 0 ? "-" : ""}¥${formatYuan(Math.abs(fen))}`;

/** The books balance when every account's net sums to zero. */
export const booksBalanced = (total: number) => total === 0;

/** A journal's debits and credits, summed (they are equal when it balances). */
export function journalTotals(entry: Pick<JournalEntry, "lines">): { debit: number; credit: number } {
  return entry.lines.reduce((sum, line) => ({ debit: sum.debit + line.debit, credit: sum.credit + line.credit }), { debit: 0, credit: 0 });
}

/** `staff:3` → `员工 #3`, `system` → `系统`. */
export function actorText(actor: string): string {
  if (!actor || actor === "system") return "系统";
  const [kind, id] = actor.split(":");
  const name = kind === "staff" ? "员工" : kind === "consumer" || kind === "user" ? "用户" : kind === "payment" ? "支付系统" : kind;
  return id ? `${name} #${id}` : (name ?? actor);
}
