"""Everything that moves an order along its table: payment, cancelling, audit, shipping, receipt,
review, and the clocks (auto-cancel, auto-confirm, auto-review) that do it when people do not.

Every change is ``ORDER.fire`` (a conditional update from the expected state); stock goes back
and money is refunded only by the transition that wins, so they happen exactly once.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from typing import Any

from tortoise.expressions import F

from backend.catalog import service as catalog
from backend.core import events, jobs
from backend.core.auth import Actor
from backend.core.db import transaction
from backend.core.errors import Conflict, Invalid
from backend.fulfillment import service as fulfillment
from backend.orders.errors import OrderError
from backend.orders.models import Order, OrderLine
from backend.orders.service._shared import buyer_order, staff_order, trade_settings
from backend.orders.states import ORDER
from backend.payments import service as payments
from backend.reviews import service as reviews
from backend.reviews.schemas import ReviewIn

log = logging.getLogger("backend.orders")
UNPAID = ("pending_payment",)
PAID_UNSHIPPED = ("pending_audit", "pending_shipment")
ENDED = ("cancelled", "closed")
URGE_INTERVAL = timedelta(hours=24)
SWEEP_EVERY = timedelta(minutes=10)


def _now() -> datetime:
    return datetime.now(UTC)


async def _lines(order: Order) -> list[OrderLine]:
    return await OrderLine.filter(order_id=order.id).order_by("id")


def to_ship(line: OrderLine) -> int:
    """Units of the line still to ship: neither shipped nor refunded before shipping (withheld)."""
    return line.quantity - line.shipped_quantity - line.withheld_quantity


def stock_lines(lines: list[OrderLine]) -> list[catalog.StockLine]:
    """The stock of every unit still in the warehouse and not given back already."""
    return [catalog.StockLine(line.sku_id, line.product_id, to_ship(line) * line.factor)
            for line in lines if to_ship(line) > 0]


# --- payment ------------------------------------------------------------------------------------

@events.subscribe("payments.paid")
async def _on_paid(payload: dict[str, Any]) -> None:
    settings = await trade_settings()
    for order in await Order.filter(id__in=payload["order_ids"]):
        if order.status in UNPAID:
            event = "pay_for_audit" if order.needs_audit or settings.audit_orders else "pay"
            await ORDER.fire(order, event, actor="payment", paid_at=_now())
        elif order.paid_at is not None:
            continue
        elif order.status in ENDED:  # paid after it was cancelled or closed: the money goes straight back
            await payments.refund(order.id, order.payable, "订单已取消，自动退款", key=f"late-pay:{order.id}")
        else:  # not pay-first: it went on unpaid and is paid now
            await Order.filter(id=order.id, paid_at__isnull=True).update(paid_at=_now())


# --- cancelling ---------------------------------------------------------------------------------

async def _give_back(order: Order) -> None:
    await catalog.release_stock(stock_lines(await _lines(order)), ref=order.order_no)


async def cancel(user_id: int, order_no: str, reason: str) -> Order:
    """Cancel an unpaid order, or a paid one not yet shipped (refunded in full at once)."""
    order = await buyer_order(user_id, order_no)
    return await _cancel(order, reason or "买家取消", actor=f"consumer:{user_id}")


async def _cancel(order: Order, reason: str, actor: str, event: str | None = None) -> Order:
    """Cancel (or, with ``event``, reject) an order: stock back, and the money back if it was paid."""
    paid = order.paid_at is not None  # not pay-first, an order can be awaiting shipment unpaid
    refund = None
    async with transaction():
        event = event or ("cancel" if order.status in UNPAID else "cancel_paid")
        await ORDER.fire(order, event, actor=actor, note=reason, cancel_reason=reason, cancelled_at=_now())
        await _give_back(order)
        if paid:
            # after-sales may have refunded part of it already: only what is left goes back
            if left := await payments.refundable(order.id):
                refund = await payments.refund(order.id, left, reason, key=f"cancel:{order.id}")
        else:
            await payments.close_for_orders([order.id])
        await events.publish("orders.cancelled", order_id=order.id, order_no=order.order_no, user_id=order.user_id,
                             shop_id=order.shop_id, status=order.status, reason=reason, paid=paid,
                             refunded=refund.amount if refund is not None else 0)
    if refund is not None:  # queued with the cancel; ask the gateway now rather than when the job runs
        await payments.execute_refund(refund.id)
    return order


@jobs.job("orders.auto_cancel")
async def _auto_cancel(payload: dict[str, Any]) -> None:
    for order in await Order.filter(payment_no=payload["payment_no"], status="pending_payment"):
        await close_unpaid(order)


async def close_unpaid(order: Order) -> None:
    """PAY-4: an order not paid in time closes; its stock goes back once, whoever gets here first."""
    try:
        async with transaction():
            await ORDER.fire(order, "timeout", actor="system", note="超时未支付", cancel_reason="超时未支付",
                             cancelled_at=_now())
            await _give_back(order)
            await payments.close_for_orders([order.id])
            await events.publish("orders.closed", order_id=order.id, order_no=order.order_no, user_id=order.user_id,
                                 shop_id=order.shop_id, status=order.status, reason="超时未支付", paid=False)
    except Conflict:  # paid or cancelled a moment ago
        log.info("order %s moved before it timed out", order.order_no)


@jobs.job("orders.sweep")
async def _sweep(payload: dict[str, Any]) -> None:
    """The backstop behind each order's own jobs: whatever is overdue moves now."""
    now = _now()
    for order in await Order.filter(status="pending_payment", pay_deadline__lt=now).limit(500):
        await close_unpaid(order)
    for order in await Order.filter(status="shipped", auto_confirm_at__lt=now).limit(500):
        await _confirm(order, actor="system")
    await schedule_sweep(now + SWEEP_EVERY)


async def schedule_sweep(at: datetime | None = None) -> None:
    at = at or _now()
    slot = at.strftime("%Y%m%d%H%M")
    await jobs.enqueue("orders.sweep", {}, run_at=at, key=f"orders.sweep:{slot}")


# --- audit and shipping -------------------------------------------------------------------------

async def approve(actor: Actor, order_no: str) -> Order:
    order = await staff_order(actor, order_no)
    return await ORDER.fire(order, "approve", actor=actor.label())


async def reject(actor: Actor, order_no: str, reason: str) -> Order:
    order = await staff_order(actor, order_no)
    return await _cancel(order, reason or "商家审核未通过", actor.label(), event="reject")


def _shipping(lines: list[OrderLine], items: list[dict[str, int]] | None) -> dict[int, int]:
    """line id → quantity to ship now; ``None`` ships everything left (refunded units never ship)."""
    left = {line.id: to_ship(line) for line in lines}
    if items is None:
        wanted = {line_id: qty for line_id, qty in left.items() if qty > 0}
    else:
        wanted = {}
        for item in items:
            wanted[item["line_id"]] = wanted.get(item["line_id"], 0) + item["quantity"]
        bad = {str(line_id): "不是该订单的商品" if line_id not in left else f"最多还能发 {left[line_id]}"
               for line_id, qty in wanted.items() if line_id not in left or not 0 < qty <= left[line_id]}
        if bad:
            raise Invalid(OrderError.ship_items_invalid, "发货商品或数量不正确", bad)
    if not wanted:
        raise Conflict(OrderError.nothing_to_ship, "订单商品已全部发货")
    return wanted


async def _count_shipped(lines: list[OrderLine], wanted: dict[int, int]) -> None:
    """Add to each line's shipped quantity only while it stays within what was ordered and not
    refunded: two shipments racing over the same units, or a refund withholding them, cannot both
    count them."""
    for line in lines:
        if line.id in wanted:
            qty = wanted[line.id]
            moved = await OrderLine.filter(id=line.id, withheld_quantity=line.withheld_quantity,
                                           shipped_quantity__lte=line.quantity - line.withheld_quantity - qty
                                           ).update(shipped_quantity=F("shipped_quantity") + qty)
            if not moved:
                raise Conflict(OrderError.nothing_to_ship, "商品已由另一次发货发出，请刷新后重试",
                               {str(line.id): "可发货数量已变化"})


async def ship(actor: Actor, order_no: str, carrier_code: str, tracking_no: str,
               items: list[dict[str, int]] | None) -> Order:
    order = await staff_order(actor, order_no)
    ORDER.target(order.status, "ship_part")  # a clear 409 before anything is written
    lines = await _lines(order)
    wanted = _shipping(lines, items)
    async with transaction():
        await fulfillment.create_shipment(
            order.shop_id, order.id, order.order_no, carrier_code, tracking_no,
            [{"order_line_id": line_id, "quantity": qty} for line_id, qty in wanted.items()],
            phone_tail=order.address.get("phone", "")[-4:])
        await _count_shipped(lines, wanted)
        done = not any(to_ship(line) for line in await _lines(order))
        if done:
            await shipped_all(order, actor.label())
        else:
            await ORDER.fire(order, "ship_part", actor=actor.label(), shipped_at=order.shipped_at or _now())
        await events.publish("orders.shipped", order_id=order.id, order_no=order.order_no, user_id=order.user_id,
                             shop_id=order.shop_id, complete=done, carrier_code=carrier_code, tracking_no=tracking_no)
    return order


async def shipped_all(order: Order, actor: str, note: str = "") -> None:
    """Nothing is left to ship: the order waits for receipt, which confirms itself after N days."""
    confirm_at = _now() + timedelta(days=(await trade_settings()).auto_confirm_days)
    await ORDER.fire(order, "ship_all", actor=actor, note=note, shipped_at=order.shipped_at or _now(),
                     auto_confirm_at=confirm_at)
    await jobs.enqueue("orders.auto_confirm", {"order_id": order.id}, run_at=confirm_at,
                       key=f"orders.auto_confirm:{order.id}")


# --- receipt and review -------------------------------------------------------------------------

async def receive(user_id: int, order_no: str) -> Order:
    return await _confirm(await buyer_order(user_id, order_no), actor=f"consumer:{user_id}")


async def _confirm(order: Order, actor: str) -> Order:
    settings = await trade_settings()
    review_at = _now() + timedelta(days=settings.auto_review_days)
    async with transaction():
        await ORDER.fire(order, "receive", actor=actor, received_at=_now())
        await jobs.enqueue("orders.auto_review", {"order_id": order.id}, run_at=review_at,
                           key=f"orders.auto_review:{order.id}")
    return order


@jobs.job("orders.auto_confirm")
async def _auto_confirm(payload: dict[str, Any]) -> None:
    order = await Order.get_or_none(id=payload["order_id"], status="shipped")
    if order is not None:
        await _confirm(order, actor="system")


async def review(user_id: int, order_no: str, items: list[dict[str, Any]], logistics_rating: int | None,
                 anonymous: bool) -> Order:
    """ORD-7: one review per bought line, all at once; the order is then complete."""
    order = await buyer_order(user_id, order_no)
    ORDER.target(order.status, "complete")
    lines = {line.id: line for line in await _lines(order) if not line.reviewed}
    chosen = {item["line_id"]: item for item in items}
    bad = {str(line_id): "不是该订单待评价的商品" for line_id in chosen if line_id not in lines}
    if bad or not chosen:
        raise Invalid(OrderError.review_items_invalid, "请为订单中的商品评分", bad or {"items": "至少评价一件商品"})
    async with transaction():
        for line_id, item in chosen.items():
            await _review_line(order, lines[line_id], rating=item["rating"], content=item.get("content", ""),
                               images=item.get("images", []), logistics_rating=logistics_rating,
                               anonymous=anonymous)
        if len(chosen) == len(lines):
            await ORDER.fire(order, "complete", actor=f"consumer:{user_id}", reviewed=True, completed_at=_now())
    return order


async def _review_line(order: Order, line: OrderLine, **review: Any) -> None:
    await reviews.create_review(order.user_id, ReviewIn(
        product_id=line.product_id, sku_id=line.sku_id, sku_text=line.spec_text, order_id=order.id,
        order_item_id=line.id, rating=review["rating"], content=review["content"], images=review["images"],
        logistics_rating=review["logistics_rating"], is_anonymous=review["anonymous"],
        is_auto=review.get("auto", False)))
    await OrderLine.filter(id=line.id).update(reviewed=True)


@jobs.job("orders.auto_review")
async def _auto_review(payload: dict[str, Any]) -> None:
    """REV-6: lines still unreviewed after N days get the configured good review."""
    order = await Order.get_or_none(id=payload["order_id"], status="received")
    if order is None:
        return
    text = (await trade_settings()).auto_review_text
    async with transaction():
        for line in await OrderLine.filter(order_id=order.id, reviewed=False):
            await _review_line(order, line, rating=5, content=text, images=[], logistics_rating=5,
                               anonymous=False, auto=True)
        await ORDER.fire(order, "complete", actor="system", note="自动好评", reviewed=True, completed_at=_now())


# --- the shopper's other buttons ----------------------------------------------------------------

async def urge(user_id: int, order_no: str) -> Order:
    """ORD-4: remind the merchant to ship, at most once a day; the back office shows it."""
    order = await buyer_order(user_id, order_no)
    if order.status not in (*PAID_UNSHIPPED, "partially_shipped"):
        raise Conflict(OrderError.cannot_urge, "当前订单不能提醒发货")
    now = _now()
    moved = await Order.filter(id=order.id).filter(urged_at__isnull=True).update(urged_at=now) or \
        await Order.filter(id=order.id, urged_at__lt=now - URGE_INTERVAL).update(urged_at=now)
    if not moved:
        raise Conflict(OrderError.already_urged, "已提醒商家尽快发货，请耐心等待")
    order.urged_at = now
    await events.publish("orders.urged", order_no=order.order_no, shop_id=order.shop_id)
    return order



async def bought_items(user_id: int, order_no: str) -> list[tuple[int, int, int]]:
    """ORD-8: what the order bought, as (SKU id, quantity, unit), for buying it again."""
    order = await buyer_order(user_id, order_no)
    return [(line.sku_id, line.quantity, line.unit) for line in await _lines(order)]
