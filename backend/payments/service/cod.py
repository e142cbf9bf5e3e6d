"""货到付款 (PAY-1): the order goes on to shipment unpaid; the courier collects the cash and the
merchant records it, which is applied as any gateway's success (``apply_result``).

Chosen at checkout only (the order must skip the payment step). A checkout over several shops
makes one payment for all their orders; each merchant records their own order's cash, so a
payment that still covers other orders is first split into one payment per order.
"""

from __future__ import annotations

from typing import Any

from backend.core.auth import Actor
from backend.core.db import transaction
from backend.core.errors import Conflict, Invalid, NotFound
from backend.integrations.payments import Charge, PaymentResult, RefundRequest, RefundResult
from backend.payments.errors import PaymentError
from backend.payments.models import Payment, PaymentOrder
from backend.payments.schemas import PayableOrder, PaymentView
from backend.payments.service._shared import INTERNAL, InternalMethod, now, payment_view, started_with
from backend.payments.service.notifications import apply_result
from backend.payments.service.paying import _record_attempt, create_payment, ensure_pending
from backend.payments.service.together import close_live_payments

COD = "cod"


class CashOnDelivery(InternalMethod):
    code = COD
    manual_refunds = True  # cash is handed back by the merchant: staff record it with a reference

    async def create(self, charge: Charge, channel: str) -> dict[str, Any]:
        raise Conflict(PaymentError.cod_only_at_checkout, "货到付款请在提交订单时选择")

    async def refund(self, request: RefundRequest) -> RefundResult:
        return RefundResult(request.refund_no, "", "pending", "待线下退款")

    async def query_refund(self, refund_no: str, payment_no: str = "") -> RefundResult:
        return RefundResult(refund_no, "", "pending", "待线下退款")


INTERNAL[COD] = CashOnDelivery()


def pays_on_delivery(method: str) -> bool:
    """Whether orders paid by ``method`` go on to shipment before they are paid."""
    return method == COD


async def defer_to_delivery(payment_no: str, channel: str) -> None:
    """Checkout chose 货到付款: the payment waits for the merchant to record the cash."""
    await _record_attempt(await Payment.get(payment_no=payment_no), COD, channel)


async def collect_cod(actor: Actor, order_no: str, amount: int, reference: str) -> PaymentView:
    """The merchant of ``order_no`` (or the platform) received its cash on delivery."""
    share = await PaymentOrder.filter(order_no=order_no, open_order_id__isnull=False).first()
    payment = await Payment.get_or_none(id=share.payment_id) if share else None
    if payment is None or not (actor.is_platform or actor.shop_id == share.shop_id):
        raise NotFound(PaymentError.payment_not_found, "该订单没有待收款的货到付款")
    ensure_pending(payment)
    if COD not in started_with(payment):
        raise Conflict(PaymentError.payment_not_started, "该订单不是货到付款")
    if amount != share.amount:
        raise Invalid(PaymentError.offline_amount_mismatch, f"收款金额与应收金额不符（应收 {share.amount} 分）",
                      {"amount": f"应为 {share.amount} 分"})
    async with transaction():
        if await PaymentOrder.filter(payment_id=payment.id, open_order_id__isnull=False).count() > 1:
            payment = await _split(payment, share)
        result = PaymentResult(payment.payment_no, reference or "COD" + payment.payment_no[1:], amount, "success",
                               now())
        payload = {"source": "staff", "collected_by": actor.label(), "reference": reference, "amount": amount,
                   "order_no": order_no}
        if not await apply_result(COD, result, f"{COD}:{payment.payment_no}:success", payload):
            raise Conflict(PaymentError.payment_not_pending, "该订单已登记收款")
    payment = await Payment.get(id=payment.id)
    return payment_view(payment, await PaymentOrder.filter(payment_id=payment.id))


async def _split(payment: Payment, collected: PaymentOrder) -> Payment:
    """One cash-on-delivery payment per order of ``payment``; answers the one of ``collected``'s order."""
    shares = await PaymentOrder.filter(payment_id=payment.id, open_order_id__isnull=False).order_by("id")
    await close_live_payments([s.order_id for s in shares], note="货到付款按订单拆分收款")
    mine = None
    for share in shares:
        view = await create_payment(payment.user_id, [PayableOrder(share.order_id, share.order_no, share.shop_id,
                                                                   share.amount)], f"订单 {share.order_no}")
        await defer_to_delivery(view.payment_no, payment.channel)
        if share.order_id == collected.order_id:
            mine = view
    return await Payment.get(payment_no=mine.payment_no)
