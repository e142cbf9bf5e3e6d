"""The ledger (总账): journals of balanced lines, in fen, append-only.

An account is named by its kind and owner (``shop_payable:12``); its balance is the sum of its
lines. Rows are only ever inserted: a mistake is corrected by another journal, never an edit.
"""

from tortoise import fields
from tortoise.models import Model


class Journal(Model):
    """One posting (凭证) for one business event; ``(kind, reference)`` is unique, so posting the same
    event again finds the first journal instead of moving money twice."""

    id = fields.BigIntField(primary_key=True)
    kind = fields.CharField(max_length=32)  # JournalKind
    reference = fields.CharField(max_length=64)  # the business number: payment, refund, adjustment …
    payment_no = fields.CharField(max_length=32, default="", db_index=True)  # the payment it belongs to, if any
    memo = fields.CharField(max_length=200, default="")  # Chinese, shown to people
    actor = fields.CharField(max_length=64, default="")
    created_at = fields.DatetimeField(auto_now_add=True, db_index=True)

    class Meta:
        table = "finance_journal"
        unique_together = (("kind", "reference"),)


class LedgerLine(Model):
    """One side of a journal: ``amount`` > 0 debits the account, < 0 credits it. A journal's lines sum to 0."""

    id = fields.BigIntField(primary_key=True)
    journal_id = fields.BigIntField(db_index=True)
    account_kind = fields.CharField(max_length=32)
    owner = fields.CharField(max_length=32, default="")  # a user, shop or provider; "" for the platform's own
    amount = fields.BigIntField()
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "finance_ledger_line"
        indexes = (("account_kind", "owner"),)


class WalletBalance(Model):
    """余额: a cache of ``-sum(lines)`` of one ``customer_wallet`` account, moved only in the transaction
    that posts those lines, by a guarded update that never lets it go below zero. Reconciliation proves
    it equals the ledger."""

    id = fields.BigIntField(primary_key=True)
    user_id = fields.BigIntField(unique=True)
    balance = fields.BigIntField(default=0)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "finance_wallet_balance"


class WalletAdjustment(Model):
    """An audited change of a shopper's balance by platform staff (调账: a top-up at the counter, a
    compensation, a correction), with the reason and who did it. Its journal carries the money."""

    id = fields.BigIntField(primary_key=True)
    adjustment_no = fields.CharField(max_length=32, unique=True)
    user_id = fields.BigIntField(db_index=True)
    amount = fields.BigIntField()  # > 0 adds, < 0 takes away
    reason = fields.CharField(max_length=200)
    actor = fields.CharField(max_length=64)
    key = fields.CharField(max_length=64, unique=True)  # the client's idempotency key
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "finance_wallet_adjustment"
