/**
 * 财务 (FIN-10): the platform's ledger (accounts with balances, the journal) and wallet
 * adjustments (余额调账), as `docs/finance-api.md` (Platform) defines them. Money is integer fen.
 */
import { http, type CallOptions } from "./client";
import type { Page, PageQuery } from "./types";

export interface LedgerAccount {
  /** `kind:owner` (`shop_payable:12`) or just `kind`. */
  account: string;
  kind: string;
  name: string;
  owner: string;
  /** Debits − credits. */
  net: number;
  /** On the account's normal side (a wallet of 50 元 is 5000). */
  balance: number;
}

/** `total` is the sum of every account's net: 0 unless the books are broken. */
export interface LedgerAccounts {
  items: LedgerAccount[];
  total: number;
}

export interface JournalLine {
  account: string;
  kind: string;
  owner: string;
  debit: number;
  credit: number;
}

export interface JournalEntry {
  id: number;
  kind: string;
  reference: string;
  payment_no: string;
  memo: string;
  actor: string;
  created_at: string;
  lines: JournalLine[];
}

export interface JournalQuery extends PageQuery {
  kind?: string;
  /** A business number, or a payment number for all its journals. */
  reference?: string;
}

export interface WalletAdjustInput {
  /** Fen, ≠ 0; negative takes money away. */
  amount: number;
  reason: string;
}

export interface WalletAdjustment {
  adjustment_no: string;
  user_id: number;
  amount: number;
  reason: string;
  actor: string;
  created_at: string;
  /** The wallet's balance after it. */
  balance: number;
}

export function listLedgerAccounts(kind?: string, options?: CallOptions) {
  return http.get<LedgerAccounts>("/admin/finance/accounts", { ...options, query: { kind } });
}

export function listJournal(query: JournalQuery = {}, options?: CallOptions) {
  return http.get<Page<JournalEntry>>("/admin/finance/journal", { ...options, query: { ...query } });
}

/**
 * 余额调账. `idempotencyKey` (8-64 letters, digits, `-`) is made once per dialog opening, so a
 * retried click answers the first adjustment instead of adjusting twice.
 */
export function adjustWallet(userId: number, input: WalletAdjustInput, idempotencyKey: string, options?: CallOptions) {
  return http.post<WalletAdjustment>(`/admin/wallets/${userId}/adjust`, input, {
    ...options,
    headers: { ...options?.headers, "Idempotency-Key": idempotencyKey },
  });
}
