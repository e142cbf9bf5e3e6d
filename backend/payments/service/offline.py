"""线下转账 (PLT-8): platform finance staff confirm a transfer that reached the bank account.

The confirmation is applied exactly as a gateway's success (``apply_result``): checked against
the payment, stored once in the notification log with who confirmed it and the bank's serial
number, then captured, so ``payments.paid`` is published once and the orders move on.
"""

from __future__ import annotations

from backend.core.auth import Actor
from backend.core.errors import Conflict, CoreError, Forbidden, Invalid, NotFound
from backend.integrations.payments import PaymentResult
from backend.payments.errors import PaymentError
from backend.payments.models import Payment, PaymentOrder
from backend.payments.schemas import PaymentView
from backend.payments.service._shared import now, payment_view, started_with
from backend.payments.service.notifications import apply_result
from backend.payments.service.paying import ensure_pending

OFFLINE = "offline"


def ensure_platform(actor: Actor) -> None:
    if not actor.is_platform:
        raise Forbidden(CoreError.permission_denied, "仅平台财务人员可操作")


async def confirm_offline(actor: Actor, payment_no: str, reference: str, amount: int) -> PaymentView:
    """Mark a pending offline payment paid; confirming it again is 409 ``payment_not_pending``."""
    ensure_platform(actor)
    payment = await Payment.get_or_none(payment_no=payment_no)
    if payment is None:
        raise NotFound(PaymentError.payment_not_found, "支付单不存在")
    ensure_pending(payment)
    if OFFLINE not in started_with(payment):
        raise Conflict(PaymentError.payment_not_started, "该支付单未选择线下转账")
    if amount != payment.amount:
        raise Invalid(PaymentError.offline_amount_mismatch,
                      f"到账金额与应付金额不符（应付 {payment.amount} 分）", {"amount": f"应为 {payment.amount} 分"})
    result = PaymentResult(payment_no, reference, amount, "success", now())
    payload = {"source": "staff", "confirmed_by": actor.label(), "reference": reference, "amount": amount}
    if not await apply_result(OFFLINE, result, f"{OFFLINE}:{payment_no}:success", payload):
        raise Conflict(PaymentError.payment_not_pending, "该支付单已确认收款")
    payment = await Payment.get(id=payment.id)
    return payment_view(payment, await PaymentOrder.filter(payment_id=payment.id))
