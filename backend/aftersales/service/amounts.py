"""How much some units may refund (AS-3): never more than they were paid for.

A line paid ``payable`` for ``quantity`` units, of which ``freight`` is its share of the order's
freight. Goods money is ``base = payable - freight`` (the price less every discount the engine
gave the line). The first ``n`` units of a line are worth ``floor(base × n / quantity)``; so units
are worth ``floor(base / quantity)`` or one fen more, the fen left over fall on the last units
asked for (last-unit rule), and refunding every unit of a line, in one request or many, gives back
exactly ``base``.

Freight (运费) is refunded only with the whole order before anything shipped: the request that,
with the live requests before it, covers every unit of every line of an order that has no
shipment adds the order's freight. Once a parcel left, freight is not refundable.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from tortoise.expressions import Subquery

from backend.aftersales.errors import AftersaleError
from backend.aftersales.models import AftersaleItem, AftersaleRequest
from backend.aftersales.states import LIVE
from backend.core.errors import Conflict, Invalid
from backend.orders.schemas import RefundableLine, RefundableOrder


def units_amount(base: int, line_quantity: int, before: int, quantity: int) -> int:
    """What ``quantity`` more units are worth when ``before`` units of the line are already claimed."""
    if not 0 < quantity <= line_quantity - before or before < 0:
        raise ValueError("quantity out of range")
    return base * (before + quantity) // line_quantity - base * before // line_quantity


@dataclass(frozen=True)
class PlannedItem:
    line: RefundableLine
    quantity: int
    remaining: int  # before these units
    amount: int


@dataclass(frozen=True)
class Plan:
    items: list[PlannedItem]
    freight: int
    whole_order: bool

    @property
    def goods_amount(self) -> int:
        return sum(item.amount for item in self.items)

    @property
    def max_amount(self) -> int:
        return self.goods_amount + self.freight

    @property
    def quantity(self) -> int:
        return sum(item.quantity for item in self.items)


async def claimed_units(order_id: int) -> dict[int, int]:
    """line id → units covered by live requests (not rejected, cancelled or closed)."""
    live = AftersaleRequest.filter(order_id=order_id, status__in=LIVE).values("id")
    units: dict[int, int] = defaultdict(int)
    for row in await AftersaleItem.filter(order_id=order_id, request_id__in=Subquery(live)).values(
            "line_id", "quantity"):
        units[row["line_id"]] += row["quantity"]
    return units


def plan(order: RefundableOrder, claimed: dict[int, int], wanted: dict[int, int] | None) -> Plan:
    """The units asked for (``None``: all that remain) and what they may refund."""
    lines = {line.id: line for line in order.lines}
    left = {line.id: line.quantity - claimed.get(line.id, 0) for line in order.lines}
    if wanted is None:
        wanted = {line_id: qty for line_id, qty in left.items() if qty > 0}
        if not wanted:
            raise Conflict(AftersaleError.nothing_to_refund, "该订单的商品都已申请售后")
    bad = {str(line_id): ("不是该订单的商品" if line_id not in lines else
                          f"最多还能申请 {left[line_id]} 件" if left[line_id] else "该商品已申请过售后")
           for line_id, qty in wanted.items() if line_id not in lines or not 0 < qty <= left[line_id]}
    if bad:
        raise Invalid(AftersaleError.items_invalid, "售后商品或数量不正确", bad)
    items = [PlannedItem(lines[line_id], qty, left[line_id],
                         units_amount(lines[line_id].payable - lines[line_id].freight, lines[line_id].quantity,
                                      claimed.get(line_id, 0), qty))
             for line_id, qty in sorted(wanted.items())]
    whole = all(wanted.get(line_id, 0) == qty for line_id, qty in left.items())
    freight = sum(line.freight for line in order.lines) if whole and order.shipped_at is None else 0
    return Plan(items, freight, whole)


def wanted_units(items: list | None) -> dict[int, int] | None:
    if items is None:
        return None
    wanted: dict[int, int] = defaultdict(int)
    for item in items:
        wanted[item.line_id] += item.quantity
    return dict(wanted)
