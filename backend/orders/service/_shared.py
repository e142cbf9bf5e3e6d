"""What the order use cases share: the trade settings and finding an order for its caller."""

from __future__ import annotations

from backend.core.auth import Actor
from backend.core.errors import NotFound
from backend.core.runtime import runtime
from backend.core.tenancy import scoped
from backend.orders.errors import OrderError
from backend.orders.models import Order
from backend.settings import service as settings
from backend.settings.schemas import TradeSettings


async def trade_settings() -> TradeSettings:
    return await settings.read(runtime().cache, TradeSettings, "trade")


def _missing() -> NotFound:
    return NotFound(OrderError.order_not_found, "订单不存在")


async def buyer_order(user_id: int, order_no: str) -> Order:
    """A shopper's own order; anyone else's answers 404 as if it did not exist."""
    order = await Order.get_or_none(order_no=order_no, user_id=user_id)
    if order is None:
        raise _missing()
    return order


async def staff_order(actor: Actor, order_no: str) -> Order:
    """An order the staff member may see: their shop's, or any for platform staff."""
    order = await scoped(Order.filter(order_no=order_no), actor).first()
    if order is None:
        raise _missing()
    return order
