"""Posting to the ledger and reading balances back.

Debits are positive and credits negative, so a journal balances when its lines sum to zero and
the whole ledger always sums to zero. Each account kind says which side it normally sits on:
its ``balance`` is shown that way round (a wallet of 100 元 is 10000, not -10000).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from tortoise.exceptions import IntegrityError
from tortoise.expressions import F, Q
from tortoise.functions import Sum

from backend.core.auth import Actor
from backend.core.db import transaction
from backend.core.errors import Conflict, CoreError, Forbidden, Invalid
from backend.core.pagination import PageParams, paginate
from backend.finance.errors import FinanceError
from backend.finance.models import Journal, LedgerLine, WalletBalance


@dataclass(frozen=True)
class AccountKind:
    code: str
    name: str
    normal: Literal["debit", "credit"]
    owned_by: str  # what the owner part names


ACCOUNT_KINDS = {kind.code: kind for kind in (
    # money the platform holds, or is owed, by where it sits
    AccountKind("gateway_clearing", "支付渠道待清算", "debit", "provider"),  # at WeChat Pay, Alipay, the sandbox
    AccountKind("offline_clearing", "线下转账收款", "debit", ""),  # in the platform's bank account
    AccountKind("cod_clearing", "货到付款代收", "debit", "shop"),  # cash the merchant collected for us
    AccountKind("wallet_funding", "余额调账", "debit", ""),  # the platform's own money put into wallets
    # what the platform owes
    AccountKind("shop_payable", "应付商家", "credit", "shop"),  # paid orders, until settlement
    AccountKind("customer_wallet", "用户余额", "credit", "user"),
    AccountKind("refund_clearing", "待退回款项", "credit", ""),  # money that arrived for a closed payment
)}
WALLET = "customer_wallet"


@dataclass(frozen=True)
class Line:
    account_kind: str
    owner: str | int
    amount: int  # > 0 debit, < 0 credit

    @staticmethod
    def debit(kind: str, owner: str | int, amount: int) -> Line:
        return Line(kind, owner, amount)

    @staticmethod
    def credit(kind: str, owner: str | int, amount: int) -> Line:
        return Line(kind, owner, -amount)


def account_name(kind: str, owner: str) -> str:
    return f"{kind}:{owner}" if owner else kind


def shown_balance(kind: str, net: int) -> int:
    """``net`` (debits − credits) the way round the account is read."""
    return net if ACCOUNT_KINDS[kind].normal == "debit" else -net


async def post(kind: str, reference: str, lines: Iterable[Line], *, memo: str, payment_no: str = "",
               actor: str = "") -> Journal | None:
    """Write one balanced journal, once per ``(kind, reference)``: None when it was posted before.

    Joins the caller's transaction. A wallet never goes below zero: its cached balance moves by a
    guarded update, and a posting that would overdraw it raises 409 ``wallet_insufficient`` and
    rolls the caller's transaction back with it.
    """
    lines = [line for line in lines if line.amount]
    _check(lines)
    async with transaction():
        try:
            async with transaction():  # a savepoint: a duplicate must not spoil the caller's transaction
                journal = await Journal.create(kind=kind, reference=reference, payment_no=payment_no,
                                               memo=memo[:200], actor=actor[:64])
        except IntegrityError:
            return None
        await LedgerLine.bulk_create([LedgerLine(journal_id=journal.id, account_kind=line.account_kind,
                                                 owner=str(line.owner), amount=line.amount) for line in lines])
        for line in lines:
            if line.account_kind == WALLET:
                await _move_wallet(int(line.owner), -line.amount)
    return journal


def _check(lines: list[Line]) -> None:
    unknown = {line.account_kind for line in lines} - set(ACCOUNT_KINDS)
    if unknown or not lines or sum(line.amount for line in lines) != 0:
        raise Invalid(FinanceError.journal_unbalanced, "记账凭证借贷不平",
                      {"lines": f"未知科目 {sorted(unknown)}" if unknown else "借贷合计必须为 0"})


async def _move_wallet(user_id: int, delta: int) -> None:
    if delta < 0:
        moved = await WalletBalance.filter(user_id=user_id, balance__gte=-delta).update(
            balance=F("balance") + delta)
        if not moved:
            raise Conflict(FinanceError.wallet_insufficient, "余额不足", {"amount": "余额不足"})
        return
    if not await WalletBalance.filter(user_id=user_id).update(balance=F("balance") + delta):
        try:
            async with transaction():
                await WalletBalance.create(user_id=user_id, balance=delta)
        except IntegrityError:  # created a moment ago by another posting
            await WalletBalance.filter(user_id=user_id).update(balance=F("balance") + delta)


async def wallet_balance(user_id: int) -> int:
    row = await WalletBalance.get_or_none(user_id=user_id)
    return row.balance if row else 0


def ensure_platform(actor: Actor) -> None:
    """The books span every shop: platform staff only (a shop's own statement is settlement's)."""
    if not actor.is_platform:
        raise Forbidden(CoreError.permission_denied, "仅平台财务人员可查看")


async def balances(actor: Actor, kind: str | None = None) -> list[dict]:
    """Every account with lines: ``{account, kind, name, owner, net, balance}``, by kind then owner."""
    ensure_platform(actor)
    queryset = LedgerLine.all()
    if kind:
        queryset = queryset.filter(account_kind=kind)
    rows = await (queryset.annotate(net=Sum("amount")).group_by("account_kind", "owner")
                  .values("account_kind", "owner", "net"))
    order = list(ACCOUNT_KINDS)
    rows.sort(key=lambda r: (order.index(r["account_kind"]) if r["account_kind"] in order else len(order),
                             r["owner"].zfill(20)))
    return [{"account": account_name(r["account_kind"], r["owner"]), "kind": r["account_kind"],
             "name": ACCOUNT_KINDS[r["account_kind"]].name if r["account_kind"] in ACCOUNT_KINDS else r["account_kind"],
             "owner": r["owner"], "net": int(r["net"] or 0),
             "balance": shown_balance(r["account_kind"], int(r["net"] or 0))
             if r["account_kind"] in ACCOUNT_KINDS else int(r["net"] or 0)}
            for r in rows]


async def journal_page(actor: Actor, params: PageParams, kind: str | None = None,
                       reference: str | None = None) -> tuple[list[dict], int]:
    """Journals newest first with their lines, in three queries whatever the page holds.
    ``reference`` finds a business number or the journals of one payment."""
    ensure_platform(actor)
    queryset = Journal.all()
    if kind:
        queryset = queryset.filter(kind=kind)
    if reference:
        queryset = queryset.filter(Q(reference=reference) | Q(payment_no=reference))
    journals, total = await paginate(queryset.order_by("-id"), params)
    lines: dict[int, list[dict]] = {j.id: [] for j in journals}
    if journals:
        for line in await LedgerLine.filter(journal_id__in=list(lines)).order_by("id"):
            lines[line.journal_id].append({"account": account_name(line.account_kind, line.owner),
                                           "kind": line.account_kind, "owner": line.owner,
                                           "debit": max(line.amount, 0), "credit": max(-line.amount, 0)})
    return [{"id": j.id, "kind": j.kind, "reference": j.reference, "payment_no": j.payment_no, "memo": j.memo,
             "actor": j.actor, "created_at": j.created_at, "lines": lines[j.id]} for j in journals], total
