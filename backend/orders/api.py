"""Order routes: the shopper's (/orders) and the back office's (/admin/orders)."""

from pydantic_core import to_jsonable_python
from sanic import Blueprint, Request
from sanic.response import html

from backend.aftersales import service as aftersales
from backend.cart import service as cart
from backend.core.auth import require, require_consumer
from backend.core.http import json_out, json_response, list_out, parse_body, parse_query
from backend.orders import service
from backend.orders.schemas import (
    BuyerOrderQuery,
    CancelIn,
    OrderCard,
    OrderDetail,
    ReviewOrderIn,
    ShipIn,
    StaffOrderQuery,
)

bp = Blueprint("orders", url_prefix="/api/v1")
ORDER_NO = "<order_no:[A-Z0-9]{8,32}>"


def _user(request: Request) -> int:
    return request.ctx.actor.id


# --- shopper --------------------------------------------------------------------------------------

@bp.get("/orders")
@require_consumer
async def list_orders(request: Request):
    query = parse_query(request, BuyerOrderQuery)
    items, total = await service.list_for_buyer(_user(request), query.tab, query.keyword, query.type, query)
    return list_out(OrderCard, items, total=total, page=query.page, page_size=query.page_size)


@bp.get("/orders/counts")
@require_consumer
async def order_counts(request: Request):
    return json_response(await service.counts_for_buyer(_user(request)))


@bp.get(f"/orders/{ORDER_NO}")
@require_consumer
async def order_detail(request: Request, order_no: str):
    detail = await service.detail_for_buyer(_user(request), order_no)
    return json_out(OrderDetail, {**detail, "aftersales": await aftersales.order_summary(order_no)})


@bp.post(f"/orders/{ORDER_NO}/cancel")
@require_consumer
async def cancel_order(request: Request, order_no: str):
    data = parse_body(request, CancelIn)
    order = await service.cancel(_user(request), order_no, data.reason)
    return json_out(OrderDetail, await service.view(order))


@bp.post(f"/orders/{ORDER_NO}/urge")
@require_consumer
async def urge_order(request: Request, order_no: str):
    order = await service.urge(_user(request), order_no)
    return json_response({"urged_at": order.urged_at.isoformat()})


@bp.post(f"/orders/{ORDER_NO}/receive")
@require_consumer
async def receive_order(request: Request, order_no: str):
    order = await service.receive(_user(request), order_no)
    return json_out(OrderDetail, await service.view(order))


@bp.get(f"/orders/{ORDER_NO}/logistics")
@require_consumer
async def order_logistics(request: Request, order_no: str):
    return json_response(to_jsonable_python(await service.logistics(_user(request), order_no)))


@bp.post(f"/orders/{ORDER_NO}/reviews")
@require_consumer
async def review_order(request: Request, order_no: str):
    data = parse_body(request, ReviewOrderIn)
    order = await service.review(_user(request), order_no, [item.model_dump() for item in data.items],
                                 data.logistics_rating, data.anonymous)
    return json_out(OrderDetail, await service.view(order), status=201)


@bp.post(f"/orders/{ORDER_NO}/buy-again")
@require_consumer
async def buy_again(request: Request, order_no: str):
    """ORD-8: what can still be bought goes into the cart, selected; the rest is named with why."""
    return json_response(await cart.add_items(_user(request), await service.bought_items(_user(request), order_no)))


# --- back office ----------------------------------------------------------------------------------

@bp.get("/admin/orders")
@require("orders:view")
async def staff_orders(request: Request):
    query = parse_query(request, StaffOrderQuery)
    filters = query.model_dump(include={"status", "keyword", "shop_id", "date_from", "date_to"})
    items, total = await service.list_for_staff(request.ctx.actor, query, **filters)
    return list_out(OrderCard, items, total=total, page=query.page, page_size=query.page_size)


@bp.get(f"/admin/orders/{ORDER_NO}")
@require("orders:view")
async def staff_order(request: Request, order_no: str):
    detail = await service.detail_for_staff(request.ctx.actor, order_no)
    return json_out(OrderDetail, {**detail, "aftersales": await aftersales.order_summary(order_no)})


@bp.post(f"/admin/orders/{ORDER_NO}/ship")
@require("orders:manage")
async def ship_order(request: Request, order_no: str):
    data = parse_body(request, ShipIn)
    items = [item.model_dump() for item in data.items] if data.items is not None else None
    await service.ship(request.ctx.actor, order_no, data.carrier_code, data.tracking_no, items)
    return json_out(OrderDetail, await service.detail_for_staff(request.ctx.actor, order_no))


@bp.post(f"/admin/orders/{ORDER_NO}/approve")
@require("orders:manage")
async def approve_order(request: Request, order_no: str):
    await service.approve(request.ctx.actor, order_no)
    return json_out(OrderDetail, await service.detail_for_staff(request.ctx.actor, order_no))


@bp.post(f"/admin/orders/{ORDER_NO}/reject")
@require("orders:manage")
async def reject_order(request: Request, order_no: str):
    data = parse_body(request, CancelIn)
    await service.reject(request.ctx.actor, order_no, data.reason)
    return json_out(OrderDetail, await service.detail_for_staff(request.ctx.actor, order_no))


@bp.get(f"/admin/orders/{ORDER_NO}/delivery-note")
@require("orders:view")
async def delivery_note(request: Request, order_no: str):
    return html(await service.delivery_note(request.ctx.actor, order_no))
