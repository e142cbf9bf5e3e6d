"""What the after-sales context (售后) asks of orders: an order's lines and money as they were
bought, and closing an order whose every unit was refunded.

After-sales keeps its own requests; it reads orders only through these functions.
"""

from __future__ import annotations

from backend.catalog import service as catalog
from backend.core import events
from backend.core.errors import NotFound
from backend.orders.errors import OrderError
from backend.orders.models import Order, OrderLine
from backend.orders.schemas import RefundableLine, RefundableOrder
from backend.orders.service._shared import buyer_order
from backend.orders.states import ORDER

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
                         shop_id=order.shop_id, status=order.status, reason="售后全额退款")
    lines = await OrderLine.filter(order_id=order.id)
    await catalog.release_stock(
        [catalog.StockLine(line.sku_id, line.product_id, (line.quantity - line.shipped_quantity) * line.factor)
         for line in lines if line.quantity > line.shipped_quantity], ref=order.order_no, reason="refund")
    return True
