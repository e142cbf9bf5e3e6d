"""批量付款 (PAY-5): a new payment for orders that already had one, replacing it.

An order may have only one live payment: a share holds ``open_order_id`` (unique) while it may
take the order's money. A new payment first closes every older pending payment of its orders
(a conditional update each: one paid meanwhile makes this a 409 and changes nothing), then takes
the orders over; two shoppers' clicks at once cannot both succeed, the second meets the unique
index. Money a closed payment still receives is refunded automatically (``late_paid``).
"""

from __future__ import annotations

from tortoise.exceptions import IntegrityError

from backend.core.db import transaction
from backend.core.errors import Conflict
from backend.payments.errors import PaymentError
from backend.payments.models import Payment, PaymentOrder
from backend.payments.schemas import PayableOrder, PaymentView
from backend.payments.service.paying import create_payment
from backend.payments.states import PAYMENT


async def pay_orders(user_id: int, orders: list[PayableOrder], subject: str, note: str = "合并付款") -> PaymentView:
    """A pending payment for ``orders`` that replaces their older pending payments; joins the caller's
    transaction (orders checks the orders are the shopper's and unpaid, then calls this)."""
    order_ids = [o.order_id for o in orders]
    try:
        async with transaction():
            await close_live_payments(order_ids, note)
            return await create_payment(user_id, orders, subject)
    except IntegrityError:
        raise Conflict(PaymentError.order_payment_open, "订单正在支付，请刷新后重试") from None


async def close_live_payments(order_ids: list[int], note: str) -> None:
    """Close the pending payments covering any of ``order_ids``, freeing all their orders; 409 when
    one of them has taken money meanwhile."""
    payment_ids = set(await PaymentOrder.filter(order_id__in=order_ids, open_order_id__isnull=False)
                      .values_list("payment_id", flat=True))
    for payment in await Payment.filter(id__in=payment_ids).order_by("id").select_for_update():
        if payment.status == "closed":  # by a request that got here first: its new payment holds the orders
            continue
        if payment.status != "pending":
            raise Conflict(PaymentError.payment_not_pending, "订单已支付，请勿重复付款")
        await PAYMENT.fire(payment, "close", note=note)
        await PaymentOrder.filter(payment_id=payment.id).update(open_order_id=None)
