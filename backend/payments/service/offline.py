"""线下转账 (PLT-8, PAY-6): the shopper transfers, uploads the voucher (转账凭证); the merchant of
the payment's orders or platform finance staff confirm it, or reject the voucher with a reason
and the shopper uploads another. Money paid back by hand (a transfer refund, cash on delivery)
is recorded by staff with its reference number (PAY-7).

A confirmation is applied exactly as a gateway's success (``apply_result``): checked against the
payment, stored once in the notification log with who confirmed it and the bank's serial number,
then captured, so ``payments.paid`` is published once and the orders move on.
"""

from __future__ import annotations

from typing import Any

from backend.core.auth import Actor
from backend.core.db import transaction
from backend.core.errors import Conflict, CoreError, Invalid, NotFound
from backend.integrations.payments import PaymentResult, RefundResult
from backend.payments.errors import PaymentError
from backend.payments.models import OfflineVoucher, Payment, PaymentOrder, Refund
from backend.payments.schemas import PaymentView, RefundView
from backend.payments.service._shared import now, own_payment, payment_view, provider, refund_view, started_with
from backend.payments.service.notifications import apply_result
from backend.payments.service.paying import ensure_pending
from backend.payments.service.refunds import finish_refund
from backend.payments.states import VOUCHER

OFFLINE = "offline"


async def staff_payment(actor: Actor, payment_no: str) -> Payment:
    """A payment staff may act on: any for the platform; for merchant staff, one whose every order
    is their shop's. Anything else answers 404, as if it did not exist."""
    payment = await Payment.get_or_none(payment_no=payment_no)
    if payment is not None and not actor.is_platform:
        shops = set(await PaymentOrder.filter(payment_id=payment.id).values_list("shop_id", flat=True))
        payment = payment if shops == {actor.shop_id} else None
    if payment is None:
        raise NotFound(PaymentError.payment_not_found, "支付单不存在")
    return payment


def _ensure_offline(payment: Payment) -> None:
    ensure_pending(payment)
    if OFFLINE not in started_with(payment):
        raise Conflict(PaymentError.payment_not_started, "该支付单未选择线下转账")


async def _waiting_voucher(payment: Payment) -> OfflineVoucher | None:
    return await OfflineVoucher.filter(payment_id=payment.id, status="submitted").order_by("-id").first()


async def submit_voucher(user_id: int, payment_no: str, images: list[str], note: str) -> dict[str, Any]:
    """The shopper's proof of transfer; one at a time awaits review, another may follow a rejection."""
    payment = await own_payment(payment_no, user_id)
    _ensure_offline(payment)
    async with transaction():
        locked = await Payment.filter(id=payment.id).select_for_update().first()
        ensure_pending(locked)
        if await _waiting_voucher(payment) is not None:
            raise Conflict(PaymentError.voucher_pending, "转账凭证正在审核中，请耐心等待")
        voucher = await OfflineVoucher.create(payment_id=payment.id, images=images, note=note)
    return voucher_view(voucher)


async def confirm_offline(actor: Actor, payment_no: str, reference: str, amount: int) -> PaymentView:
    """Mark a pending offline payment paid; confirming it again is 409 ``payment_not_pending``."""
    payment = await staff_payment(actor, payment_no)
    _ensure_offline(payment)
    if amount != payment.amount:
        raise Invalid(PaymentError.offline_amount_mismatch,
                      f"到账金额与应付金额不符（应付 {payment.amount} 分）", {"amount": f"应为 {payment.amount} 分"})
    result = PaymentResult(payment_no, reference, amount, "success", now())
    payload = {"source": "staff", "confirmed_by": actor.label(), "reference": reference, "amount": amount}
    async with transaction():
        if not await apply_result(OFFLINE, result, f"{OFFLINE}:{payment_no}:success", payload):
            raise Conflict(PaymentError.payment_not_pending, "该支付单已确认收款")
        if (voucher := await _waiting_voucher(payment)) is not None:
            await VOUCHER.fire(voucher, "accept", actor=actor.label(), reviewed_by=actor.label(), reviewed_at=now())
    payment = await Payment.get(id=payment.id)
    return payment_view(payment, await PaymentOrder.filter(payment_id=payment.id))


async def reject_voucher(actor: Actor, payment_no: str, reason: str) -> dict[str, Any]:
    """The transfer did not arrive as shown: the shopper sees why and may upload again."""
    payment = await staff_payment(actor, payment_no)
    _ensure_offline(payment)
    voucher = await _waiting_voucher(payment)
    if voucher is None:
        raise Conflict(PaymentError.voucher_not_found, "没有待审核的转账凭证")
    await VOUCHER.fire(voucher, "reject", actor=actor.label(), note=reason, reject_reason=reason,
                       reviewed_by=actor.label(), reviewed_at=now())
    return voucher_view(voucher)


async def vouchers_of(payment_no: str, user_id: int) -> list[dict[str, Any]]:
    """The shopper's vouchers for one payment, newest first (a rejection shows its reason)."""
    payment = await own_payment(payment_no, user_id)
    return [voucher_view(v) for v in await OfflineVoucher.filter(payment_id=payment.id).order_by("-id")]


def voucher_view(voucher: OfflineVoucher) -> dict[str, Any]:
    return {"id": voucher.id, "images": voucher.images, "note": voucher.note, "status": voucher.status,
            "reject_reason": voucher.reject_reason, "created_at": voucher.created_at,
            "reviewed_at": voucher.reviewed_at}


async def record_refund(actor: Actor, refund_no: str, reference: str) -> RefundView:
    """PAY-7: a refund paid back by hand (transfer, cash) is recorded with its reference number by the
    merchant of its order or the platform; it then succeeds as a gateway's refund would."""
    row = await Refund.get_or_none(refund_no=refund_no)
    share = await PaymentOrder.get_or_none(payment_id=row.payment_id, order_id=row.order_id) if row else None
    if row is None or share is None or not (actor.is_platform or actor.shop_id == share.shop_id):
        raise NotFound(PaymentError.refund_not_found, "退款单不存在")
    payment = await Payment.get(id=row.payment_id)
    if not getattr(await provider(payment.provider), "manual_refunds", False):
        raise Conflict(PaymentError.refund_not_manual, "该退款由支付渠道原路退回，无需登记")
    if row.status != "pending":
        raise Conflict(CoreError.invalid_transition, "该退款已处理")
    await finish_refund(row, payment, RefundResult(refund_no, reference, "success", f"线下退款：{reference}"))
    return refund_view(await Refund.get(id=row.id))
