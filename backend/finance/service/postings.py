"""What the ledger records for each payments event, posted inside the publisher's transaction.

A payment moves money from where it arrived (its source account: the gateway's clearing account,
the platform's bank account for transfers, the merchant's cash for cash on delivery, or the
shopper's wallet) to what the platform owes each shop for its order. A refund moves it back the
same way. Money that arrived for a payment already closed is owed back to the shopper
(``refund_clearing``) until its automatic refund goes out.
"""

from __future__ import annotations

from typing import Any

from backend.core import events
from backend.finance.models import Journal
from backend.finance.service.ledger import WALLET, Line, post

PAYMENT, LATE_PAYMENT, REFUND = "payment", "late_payment", "refund"
METHOD_NAMES = {"balance": "余额支付", "offline": "线下转账", "cod": "货到付款", "sandbox": "模拟支付",
                "wechat": "微信支付", "alipay": "支付宝"}


def source_account(provider: str, user_id: int, shop_id: int) -> tuple[str, str | int]:
    """Where the money of a payment by ``provider`` sits (and where its refunds go back to)."""
    if provider == "balance":
        return WALLET, user_id
    if provider == "offline":
        return "offline_clearing", ""
    if provider == "cod":
        return "cod_clearing", shop_id
    return "gateway_clearing", provider


def method_name(provider: str) -> str:
    return METHOD_NAMES.get(provider, provider)


@events.subscribe("payments.paid")
async def _on_paid(payload: dict[str, Any]) -> None:
    provider, user_id = payload["provider"], payload["user_id"]
    lines: list[Line] = []
    for share in payload["shares"]:
        lines.append(Line.debit(*source_account(provider, user_id, share["shop_id"]), share["amount"]))
        lines.append(Line.credit("shop_payable", share["shop_id"], share["amount"]))
    await post(PAYMENT, payload["payment_no"], lines, payment_no=payload["payment_no"],
               memo=f"{method_name(provider)} 支付单 {payload['payment_no']}")


@events.subscribe("payments.late_paid")
async def _on_late_paid(payload: dict[str, Any]) -> None:
    provider, amount = payload["provider"], payload["amount"]
    lines = [Line.debit(*source_account(provider, payload["user_id"], 0), amount),
             Line.credit("refund_clearing", "", amount)]
    await post(LATE_PAYMENT, payload["payment_no"], lines, payment_no=payload["payment_no"],
               memo=f"{method_name(provider)} 支付单 {payload['payment_no']} 关闭后到账，待退回")


@events.subscribe("payments.refunded")
async def _on_refunded(payload: dict[str, Any]) -> None:
    provider, amount, shop_id = payload["provider"], payload["amount"], payload["shop_id"]
    late = await Journal.exists(kind=LATE_PAYMENT, reference=payload["payment_no"])
    owed = Line.debit("refund_clearing", "", amount) if late else Line.debit("shop_payable", shop_id, amount)
    back = Line.credit(*source_account(provider, payload["user_id"], shop_id), amount)
    where = "退回余额" if provider == "balance" else f"原路退回（{method_name(provider)}）"
    await post(REFUND, payload["refund_no"], [owed, back], payment_no=payload["payment_no"],
               memo=f"退款 {payload['refund_no']} {where}：{payload.get('reason', '')}")
