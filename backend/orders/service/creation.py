"""Turning a priced checkout into orders: one per shop (智能拆单), under one payment.

Called by checkout inside its transaction; every statement here is a batch, so submitting 20
lines costs the same SQL as submitting one.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from backend.core import jobs
from backend.core.money import split_largest_remainder
from backend.core.numbers import business_no
from backend.orders.models import CheckoutRecord, Order, OrderLine
from backend.orders.service._shared import trade_settings
from backend.orders.states import ORDER
from backend.pricing.schemas import Quote


@dataclass(frozen=True)
class NewLine:
    """A bought line as checkout priced it (the SKU snapshot and the quote's line)."""

    line_id: int | str
    sku_id: int
    product_id: int
    shop_id: int
    title: str
    image: str
    spec_text: str
    unit: int
    unit_name: str
    factor: int
    quantity: int
    unit_price: int
    gift_of: str = ""  # a gift (满赠) at price 0: the offer that gave it, e.g. "activity:12"

    @property
    def is_gift(self) -> bool:
        return bool(self.gift_of)


@dataclass(frozen=True)
class NewOrders:
    user_id: int
    channel: str
    address: dict[str, str]
    delivery: str
    remarks: dict[int, str]
    attachments: list[str]
    invoice: dict[str, Any] | None


def _gift_money(line: NewLine) -> dict[str, Any]:
    """A gift costs nothing; it names the offer that gave it, as priced lines name their rules."""
    return {"goods": 0, "freight": 0, "payable": 0, "discount": 0,
            "adjustments": [{"source": "full_gift", "amount": 0, "ref": line.gift_of}]}


def _line_money(quote: Quote) -> dict[int | str, dict[str, Any]]:
    money: dict[int | str, dict[str, Any]] = {}
    for line in quote.lines:
        money[line.line_id] = {"goods": line.base, "freight": line.freight, "payable": line.payable,
                               "discount": line.discount, "adjustments": []}
    for adjustment in quote.adjustments:
        if adjustment.source != "base":
            money[adjustment.line_id]["adjustments"].append(
                {"source": adjustment.source, "amount": adjustment.amount, "ref": adjustment.ref})
    return money


def _points_by_shop(quote: Quote) -> dict[int, int]:
    """Points used, attributed to shops by the points discount their lines got."""
    shop_of = {line.line_id: line.shop_id for line in quote.lines}
    fen = defaultdict(int)
    for adjustment in quote.adjustments:
        if adjustment.source == "points":
            fen[shop_of[adjustment.line_id]] -= adjustment.amount
    total_fen = sum(fen.values())
    if not total_fen:
        return {}
    shops = sorted(fen)
    shares = split_largest_remainder(quote.points_used, [fen[shop] for shop in shops])
    return dict(zip(shops, shares, strict=True))


async def create_orders(spec: NewOrders, lines: list[NewLine], quote: Quote) -> list[Order]:
    settings = await trade_settings()
    now = datetime.now(UTC)
    deadline = now + timedelta(minutes=settings.payment_timeout_minutes)
    points = _points_by_shop(quote)
    status = "pending_payment"
    orders = [
        Order(order_no=business_no("D", now), user_id=spec.user_id, shop_id=shop.shop_id,
              payment_no="", channel=spec.channel, status=status,
              goods_total=shop.goods_total, discount_total=shop.discount_total, freight_total=shop.freight_total,
              points_used=points.get(shop.shop_id, 0), payable=shop.payable, address=spec.address,
              receiver_phone=spec.address.get("phone", ""),
              delivery=spec.delivery, remark=spec.remarks.get(shop.shop_id, ""), attachments=spec.attachments,
              invoice=spec.invoice, needs_audit=settings.audit_orders, pay_deadline=deadline)
        for shop in quote.shops
    ]
    await Order.bulk_create(orders)
    ids = {row["order_no"]: row["id"] for row in await Order.filter(
        order_no__in=[o.order_no for o in orders]).values("id", "order_no")}
    for order in orders:
        order.id = ids[order.order_no]
    order_of_shop = {order.shop_id: order.id for order in orders}
    money = _line_money(quote)
    await OrderLine.bulk_create([
        OrderLine(order_id=order_of_shop[line.shop_id], sku_id=line.sku_id, product_id=line.product_id,
                  title=line.title, image=line.image, spec_text=line.spec_text, unit=line.unit,
                  unit_name=line.unit_name, factor=line.factor, quantity=line.quantity, unit_price=line.unit_price,
                  is_gift=line.is_gift, **(_gift_money(line) if line.is_gift else money[line.line_id]))
        for line in lines
    ])
    return orders


async def attach_payment(orders: list[Order], payment_no: str, on_delivery: bool = False) -> None:
    """Name the payment that covers ``orders``. Pay-first: start the clock that closes them unpaid
    (PAY-4); otherwise (PLT-9), or paid in cash on delivery (货到付款), they go on to shipment now
    and are paid later."""
    await Order.filter(id__in=[o.id for o in orders]).update(payment_no=payment_no)
    for order in orders:
        order.payment_no = payment_no
    settings = await trade_settings()
    if settings.pay_first and not on_delivery:
        await jobs.enqueue("orders.auto_cancel", {"payment_no": payment_no}, run_at=orders[0].pay_deadline,
                           key=f"orders.auto_cancel:{payment_no}")
        return
    event = "accept_unpaid_for_audit" if settings.audit_orders else "accept_unpaid"
    for order in orders:
        await ORDER.fire(order, event, actor="system", note="货到付款" if on_delivery else "先货后款",
                         pay_deadline=None)


async def checkout_record(user_id: int, key: str) -> dict[str, Any] | None:
    return await CheckoutRecord.filter(user_id=user_id, key=key).first().values("fingerprint", "answer")


async def save_checkout_record(user_id: int, key: str, fingerprint: str, answer: dict[str, Any]) -> None:
    await CheckoutRecord.create(user_id=user_id, key=key, fingerprint=fingerprint, answer=answer)
