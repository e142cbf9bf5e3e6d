"""余额 (the shopper's wallet): what they see, and the platform's audited adjustments (调账).

Payments from the wallet and refunds back to it are posted from the payments events
(``postings``); the balance can only go below zero by no path: ``ledger.post`` guards it.
"""

from __future__ import annotations

from typing import Any

from tortoise.exceptions import IntegrityError

from backend.accounts import service as accounts
from backend.core.auth import Actor
from backend.core.db import transaction
from backend.core.errors import BadRequest, Conflict, Invalid, NotFound
from backend.core.numbers import business_no
from backend.core.pagination import PageParams, paginate
from backend.finance.errors import FinanceError
from backend.finance.models import Journal, LedgerLine, WalletAdjustment
from backend.finance.service.ledger import WALLET, Line, ensure_platform, post, wallet_balance

ADJUSTMENT = "wallet_adjustment"


async def wallet(user_id: int, params: PageParams) -> dict[str, Any]:
    """The balance and its entries, newest first: ``amount`` > 0 came in, < 0 went out."""
    lines, total = await paginate(LedgerLine.filter(account_kind=WALLET, owner=str(user_id)).order_by("-id"), params)
    journals = {j.id: j for j in await Journal.filter(id__in={line.journal_id for line in lines})} if lines else {}
    items = [{"amount": -line.amount, "kind": journals[line.journal_id].kind,
              "reference": journals[line.journal_id].reference, "description": journals[line.journal_id].memo,
              "created_at": line.created_at} for line in lines]
    return {"balance": await wallet_balance(user_id), "items": items, "total": total, "page": params.page,
            "page_size": params.page_size}


def _check_key(key: str | None) -> str:
    if not key or not 8 <= len(key) <= 64 or not key.replace("-", "").isalnum():
        raise BadRequest(FinanceError.adjustment_invalid, "缺少或无效的 Idempotency-Key 请求头",
                         {"Idempotency-Key": "8-64 位字母、数字或连字符"})
    return key


async def adjust(actor: Actor, user_id: int, amount: int, reason: str, key: str | None) -> dict[str, Any]:
    """Add (``amount`` > 0) to or take from a shopper's balance, with the reason on record.

    The same idempotency key answers the first adjustment; taking more than the balance is 409
    ``wallet_insufficient`` and changes nothing.
    """
    ensure_platform(actor)
    key = _check_key(key)
    if amount == 0:
        raise Invalid(FinanceError.adjustment_invalid, "调账金额不能为 0", {"amount": "不能为 0"})
    if (existing := await WalletAdjustment.get_or_none(key=key)) is not None:
        return await _answer(_same(existing, user_id, amount, reason))
    try:
        await accounts.get_user(user_id)
    except NotFound:
        raise NotFound(FinanceError.user_not_found, "用户不存在") from None
    try:
        async with transaction():
            row = await WalletAdjustment.create(adjustment_no=business_no("W"), user_id=user_id, amount=amount,
                                                reason=reason, actor=actor.label(), key=key)
            await post(ADJUSTMENT, row.adjustment_no, [Line.debit("wallet_funding", "", amount),
                                                      Line.credit(WALLET, user_id, amount)],
                       memo=f"平台调账：{reason}", actor=actor.label())
    except IntegrityError:  # the same key a moment earlier
        return await _answer(_same(await WalletAdjustment.get(key=key), user_id, amount, reason))
    return await _answer(row)


def _same(row: WalletAdjustment, user_id: int, amount: int, reason: str) -> WalletAdjustment:
    if (row.user_id, row.amount, row.reason) != (user_id, amount, reason):
        raise Conflict(FinanceError.adjustment_key_reused, "该请求标识已用于另一笔调账")
    return row


async def _answer(row: WalletAdjustment) -> dict[str, Any]:
    return {"adjustment_no": row.adjustment_no, "user_id": row.user_id, "amount": row.amount, "reason": row.reason,
            "actor": row.actor, "created_at": row.created_at, "balance": await wallet_balance(row.user_id)}
