"""Refunds: idempotent by key, capped by what the order paid, sent through the payment's gateway.

The gateway is never called inside a caller's open transaction (a rollback cannot take money
back): there the refund is stored with a durable job that sends it right after commit; outside
one it is sent at once, and the job is only the backstop.
"""

from __future__ import annotations

from tortoise.exceptions import IntegrityError

from backend.core import events, jobs
from backend.core.db import inside_transaction, transaction
from backend.core.errors import Conflict, IntegrationError, Invalid
from backend.core.numbers import business_no
from backend.integrations.payments import RefundRequest, RefundResult
from backend.payments.errors import PaymentError
from backend.payments.models import Payment, PaymentOrder, Refund
from backend.payments.schemas import RefundView
from backend.payments.service._shared import now, provider, refund_view
from backend.payments.states import CAPTURED, OPEN_REFUNDS, PAYMENT, REFUND

REFUND_JOB = "payments.refund"


async def refund(order_id: int, amount: int, reason: str, key: str) -> RefundView:
    """Send ``amount`` fen of what ``order_id`` paid back. The same ``key`` gives the same refund."""
    if existing := await Refund.get_or_none(key=key):
        return refund_view(existing)
    if amount <= 0:
        raise Invalid(PaymentError.refund_amount_invalid, "退款金额必须大于 0", {"amount": "必须大于 0"})
    try:
        async with transaction():
            payment, share = await _captured_share(order_id)
            left = share.amount - await _refunded(payment.id, order_id)
            if amount > left:
                raise Conflict(PaymentError.refund_amount_exceeded, f"退款金额超过可退金额（{left} 分）",
                               {"amount": f"最多可退 {left} 分"})
            row = await queue_refund(payment, order_id, amount, reason, key)
    except IntegrityError:  # the same key, a moment earlier
        return refund_view(await Refund.get(key=key))
    if not inside_transaction():
        row = await execute_refund(row.id)
    return refund_view(row)


async def refundable(order_id: int) -> int:
    """What may still be refunded for ``order_id``: its share of the payment that took its money,
    less every refund already sent or on its way (0 when nothing was paid)."""
    shares = {s.payment_id: s for s in await PaymentOrder.filter(order_id=order_id)}
    payment = (await Payment.filter(id__in=list(shares), status__in=CAPTURED).order_by("paid_at").first()
               if shares else None)
    if payment is None:
        return 0
    return max(shares[payment.id].amount - await _refunded(payment.id, order_id), 0)


async def _captured_share(order_id: int) -> tuple[Payment, PaymentOrder]:
    shares = {s.payment_id: s for s in await PaymentOrder.filter(order_id=order_id)}
    payment = (await Payment.filter(id__in=list(shares), status__in=CAPTURED)
               .order_by("paid_at").select_for_update().first()) if shares else None
    if payment is None:
        raise Conflict(PaymentError.refund_not_allowed, "该订单没有已支付的款项")
    return payment, shares[payment.id]


async def _refunded(payment_id: int, order_id: int) -> int:
    return sum(await Refund.filter(payment_id=payment_id, order_id=order_id, status__in=OPEN_REFUNDS)
               .values_list("amount", flat=True))


async def queue_refund(payment: Payment, order_id: int, amount: int, reason: str, key: str) -> Refund:
    """A pending refund with its durable job, on the caller's connection (commits with it)."""
    row = await Refund.create(refund_no=business_no("R"), payment_id=payment.id, order_id=order_id,
                              amount=amount, reason=reason[:200], key=key)
    await jobs.enqueue(REFUND_JOB, {"refund_id": row.id}, key=f"{REFUND_JOB}:{row.refund_no}", max_attempts=20)
    return row


async def execute_refund(refund_id: int) -> Refund:
    """Ask the gateway (idempotent by refund_no) and record its answer; a finished refund stays.

    A refund the gateway accepted as still processing (it then has the gateway's refund number) is
    asked about, not sent again; its notification usually finishes it first (``apply_refund_result``)."""
    row = await Refund.get(id=refund_id)
    if row.status != "pending":
        return row
    payment = await Payment.get(id=row.payment_id)
    gateway = await provider(payment.provider)
    if row.gateway_refund_no:
        result = await gateway.query_refund(row.refund_no, payment.payment_no)
    else:
        request = RefundRequest(row.refund_no, payment.payment_no, payment.trade_no, row.amount,
                                payment.amount, row.reason)
        result = await gateway.refund(request)
    if result.status != "pending":
        await finish_refund(row, payment, result)
    elif result.gateway_refund_no and not row.gateway_refund_no:
        await Refund.filter(id=row.id, status="pending").update(gateway_refund_no=result.gateway_refund_no)
        row.gateway_refund_no = result.gateway_refund_no
    return row


async def finish_refund(row: Refund, payment: Payment, result: RefundResult) -> None:
    try:
        async with transaction():
            if result.status == "success":
                await REFUND.fire(row, "succeed", gateway_refund_no=result.gateway_refund_no, finished_at=now())
                share = await PaymentOrder.get(payment_id=payment.id, order_id=row.order_id)
                await events.publish("payments.refunded", order_id=row.order_id, refund_id=row.id,
                                     refund_no=row.refund_no, amount=row.amount, payment_id=payment.id,
                                     payment_no=payment.payment_no, key=row.key, reason=row.reason,
                                     provider=payment.provider, user_id=payment.user_id, shop_id=share.shop_id)
                await _close_when_all_refunded(payment)
            else:
                await REFUND.fire(row, "fail", last_error=result.message[:500], finished_at=now())
                await events.publish("payments.refund_failed", order_id=row.order_id, refund_id=row.id,
                                     refund_no=row.refund_no, amount=row.amount, key=row.key,
                                     message=result.message)
    except Conflict:  # the backstop job and the inline call answered together: one of them won
        row.status = (await Refund.get(id=row.id)).status


async def _close_when_all_refunded(payment: Payment) -> None:
    refunded = sum(await Refund.filter(payment_id=payment.id, status="succeeded").values_list("amount", flat=True))
    current = await Payment.get(id=payment.id)
    if refunded >= current.amount and current.status in ("paid", "late_paid"):
        await PAYMENT.fire(current, "refund_all")


@jobs.job(REFUND_JOB)
async def _refund_job(payload: dict) -> None:
    row = await execute_refund(payload["refund_id"])
    if row.status == "pending" and not await _manual(row):
        raise IntegrationError("退款处理中，稍后再查")  # retried with backoff


async def _manual(row: Refund) -> bool:
    """Money paid back by hand (a transfer, cash): staff record it with its reference (PAY-7)."""
    payment = await Payment.get(id=row.payment_id)
    return getattr(await provider(payment.provider), "manual_refunds", False)
