"""Paying for orders after checkout: several unpaid orders in one payment (批量付款, PAY-5), cash
collected on delivery (货到付款), and what reconciliation (FIN-10) reads of the orders a payment paid."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from backend.core import jobs
from backend.core.auth import Actor
from backend.core.db import transaction
from backend.core.errors import Conflict, NotFound
from backend.orders.errors import OrderError
from backend.orders.models import Order
from backend.orders.service._shared import staff_order
from backend.orders.states import STATUS_TEXT
from backend.payments import service as payments
from backend.payments.schemas import PayableOrder, PaymentView

MAX_ORDERS = 50
DELIVERED_OR_ON_ITS_WAY = ("shipped", "received", "completed")


async def pay_together(user_id: int, order_nos: list[str]) -> PaymentView:
    """One pending payment for the shopper's unpaid ``order_nos``; any older pending payment of
    them is closed, so an order is never paid twice. Another shopper's order is 404, an order
    already paid, cancelled or closed 409 ``order_not_payable``. The orders keep their deadline."""
    wanted = list(dict.fromkeys(order_nos))
    found = {o.order_no: o for o in await Order.filter(user_id=user_id, order_no__in=wanted)}
    if missing := [no for no in wanted if no not in found]:
        raise NotFound(OrderError.order_not_found, "订单不存在", {no: "订单不存在" for no in missing})
    orders = [found[no] for no in wanted]
    if refused := {o.order_no: f"订单{STATUS_TEXT[o.status]}" for o in orders if o.status != "pending_payment"}:
        raise Conflict(OrderError.order_not_payable, "部分订单已支付或已取消，不能付款", refused)
    subject = f"合并付款：{len(orders)} 笔订单" if len(orders) > 1 else f"订单 {orders[0].order_no}"
    async with transaction():
        payment = await payments.pay_orders(user_id, [
            PayableOrder(order_id=o.id, order_no=o.order_no, shop_id=o.shop_id, amount=o.payable) for o in orders
        ], subject)
        await Order.filter(id__in=[o.id for o in orders], status="pending_payment").update(
            payment_no=payment.payment_no)
        deadline = min((o.pay_deadline for o in orders if o.pay_deadline), default=None)
        if deadline is not None:  # the same clock (PAY-4), now keyed by the payment that covers them
            await jobs.enqueue("orders.auto_cancel", {"payment_no": payment.payment_no}, run_at=deadline,
                               key=f"orders.auto_cancel:{payment.payment_no}")
    return payment


async def payment_facts(order_ids: Iterable[int]) -> dict[int, dict[str, Any]]:
    """``{order_id: {"order_no", "payable", "paid", "status"}}`` for reconciliation, in one query."""
    order_ids = list(order_ids)
    if not order_ids:
        return {}
    rows = await Order.filter(id__in=order_ids).values("id", "order_no", "payable", "paid_at", "status")
    return {row["id"]: {"order_no": row["order_no"], "payable": row["payable"], "paid": row["paid_at"] is not None,
                        "status": row["status"]} for row in rows}


async def collect_cod(actor: Actor, order_no: str, amount: int, reference: str) -> PaymentView:
    """The courier handed over the cash of a 货到付款 order: it can only have been collected once
    the order shipped. Another shop's order is 404."""
    order = await staff_order(actor, order_no)
    if order.status in ("cancelled", "closed"):
        raise Conflict(OrderError.order_not_payable, f"订单{STATUS_TEXT[order.status]}，不能登记收款")
    if order.status not in DELIVERED_OR_ON_ITS_WAY:
        raise Conflict(OrderError.order_not_shipped, "订单发货后才能登记货到付款收款",
                       {"status": f"订单{STATUS_TEXT[order.status]}"})
    return await payments.collect_cod(actor, order_no, amount, reference)
