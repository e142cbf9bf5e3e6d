"""What the after-sales context (售后) asks of orders: an order's lines and money as they were
bought, withholding refunded units from shipping, and closing an order whose every unit was refunded.

After-sales keeps its own requests; it reads orders only through these functions.
"""

from __future__ import annotations

from tortoise.expressions import F

from backend.catalog import service as catalog
from backend.core import events
from backend.core.errors import NotFound
from backend.fulfillment import service as fulfillment
from backend.orders.errors import OrderError
from backend.orders.models import Order, OrderLine
from backend.orders.schemas import RefundableLine, RefundableOrder
from backend.orders.service._shared import buyer_order
from backend.orders.service.lifecycle import shipped_all, stock_lines, to_ship
from backend.orders.states import ORDER

SHIPPABLE = ("pending_audit", "pending_shipment", "partially_shipped")

LINE_FIELDS = tuple(RefundableLine.__dataclass_fields__)


async def _refundable(order: Order) -> RefundableOrder:
    rows = await OrderLine.filter(order_id=order.id).order_by("id").values(*LINE_FIELDS)
    return RefundableOrder(
        id=order.id, order_no=order.order_no, user_id=order.user_id, shop_id=order.shop_id, status=order.status,
        payable=order.payable, freight_total=order.freight_total, paid_at=order.paid_at,
        shipped_at=order.shipped_at, received_at=order.received_at,
        lines=tuple(RefundableLine(**row) for row in rows))


async def order_for_aftersales(user_id: int, order_no: str) -> RefundableOrder:
    """The buyer's own order; anyone else's answers 404 ``order_not_found``."""
    return await _refundable(await buyer_order(user_id, order_no))


async def refundable_order(order_id: int) -> RefundableOrder:
    order = await Order.get_or_none(id=order_id)
    if order is None:
        raise NotFound(OrderError.order_not_found, "订单不存在")
    return await _refundable(order)


async def close_refunded(order_id: int, actor: str = "system") -> bool:
    """Every unit was refunded: the order closes (交易关闭) and what never left the warehouse goes
    back to stock. False when the order had already ended."""
    order = await Order.get(id=order_id)
    if "refund_all" not in ORDER.allowed_events(order.status):
        return False
    await ORDER.fire(order, "refund_all", actor=actor, note="售后全额退款，交易关闭")
    await events.publish("orders.closed", order_id=order.id, order_no=order.order_no, user_id=order.user_id,
                         shop_id=order.shop_id, status=order.status, reason="售后全额退款",
                         paid=order.paid_at is not None)
    lines = await OrderLine.filter(order_id=order.id)
    await catalog.release_stock(stock_lines(lines), ref=order.order_no, reason="refund")
    return True


async def withhold_refunded(order_id: int, units: dict[int, int], actor: str = "system") -> None:
    """After-sales refunded ``units`` (line id → quantity) of an order not all refunded. Those not
    shipped yet never will be: they are withheld from shipping and their stock goes back, and an
    order that was waiting only for them counts as shipped. Refunds count against the units still
    to ship first. Called once per refunded request, inside the transaction that records it."""
    order = await Order.filter(id=order_id).select_for_update().first()  # serialised with cancel and ship
    if order is None or order.status not in SHIPPABLE:  # ended: cancelling gave the stock back already
        return
    lines = await OrderLine.filter(order_id=order.id).order_by("id").select_for_update()
    back = []
    for line in lines:
        take = min(units.get(line.id, 0), to_ship(line))
        if take > 0:
            await OrderLine.filter(id=line.id).update(withheld_quantity=F("withheld_quantity") + take)
            line.withheld_quantity += take
            back.append(catalog.StockLine(line.sku_id, line.product_id, take * line.factor))
    await catalog.release_stock(back, ref=order.order_no, reason="refund")
    if order.status == "partially_shipped" and not any(to_ship(line) for line in lines):
        await shipped_all(order, actor, note="其余商品已退款，订单发货完成")
        [*_, last] = (await fulfillment.shipments_of([order.id]))[order.id]
        await events.publish("orders.shipped", order_id=order.id, order_no=order.order_no, user_id=order.user_id,
                             shop_id=order.shop_id, complete=True, carrier_code=last["carrier_code"],
                             tracking_no=last["tracking_no"])
