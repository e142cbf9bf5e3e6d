import re

from sanic import Blueprint, Request

from backend.cart import service
from backend.cart.errors import CartError
from backend.cart.schemas import (
    DEVICE_ID_PATTERN,
    AddedOut,
    CartOut,
    CountOut,
    LineIds,
    LineIn,
    LinePatch,
    MergeIn,
    SelectIn,
)
from backend.cart.service import NOBODY, Owner
from backend.core.auth import current_actor, require_consumer
from backend.core.errors import BadRequest, CoreError, Forbidden, Unauthorized
from backend.core.http import json_out, parse_body

bp = Blueprint("cart", url_prefix="/api/v1/cart")
DEVICE_ID = re.compile(DEVICE_ID_PATTERN)


async def owner_of(request: Request, *, required: bool = True) -> Owner:
    """A consumer token wins; else the guest's ``X-Device-Id``; else nobody (reads) or 401 (writes)."""
    actor = await current_actor(request)
    if actor is not None:
        if actor.kind != "consumer":
            raise Forbidden(CoreError.permission_denied, "购物车仅限买家使用")
        return Owner(user_id=actor.id)
    device_id = request.headers.get("x-device-id", "").strip()
    if device_id:
        if not DEVICE_ID.match(device_id):
            raise BadRequest(CartError.invalid_device_id, "设备标识格式不正确", {"X-Device-Id": "格式不正确"})
        return Owner(device_id=device_id)
    if required:
        raise Unauthorized(CoreError.not_authenticated, "请先登录")
    return NOBODY


@bp.get("")
async def show(request: Request):
    return json_out(CartOut, await service.view(await owner_of(request, required=False)))


@bp.get("/count")
async def badge(request: Request):
    return json_out(CountOut, {"count": await service.count(await owner_of(request, required=False))})


@bp.delete("")
async def clear(request: Request):
    return json_out(CartOut, await service.clear(await owner_of(request)))


@bp.post("/lines")
async def add_line(request: Request):
    owner = await owner_of(request)
    return json_out(AddedOut, await service.add_line(owner, parse_body(request, LineIn)), status=201)


@bp.patch("/lines/<line_id:int>")
async def update_line(request: Request, line_id: int):
    owner = await owner_of(request)
    return json_out(CartOut, await service.update_line(owner, line_id, parse_body(request, LinePatch)))


@bp.delete("/lines/<line_id:int>")
async def delete_line(request: Request, line_id: int):
    return json_out(CartOut, await service.delete_line(await owner_of(request), line_id))


@bp.post("/lines/batch-delete")
async def delete_lines(request: Request):
    owner = await owner_of(request)
    return json_out(CartOut, await service.delete_lines(owner, parse_body(request, LineIds).ids))


@bp.post("/select")
async def select(request: Request):
    owner = await owner_of(request)
    data = parse_body(request, SelectIn)
    return json_out(CartOut, await service.select(owner, data.ids, data.selected))


@bp.post("/move-to-favourites")
@require_consumer
async def move_to_favourites(request: Request):
    data = parse_body(request, LineIds)
    return json_out(CartOut, await service.move_to_favourites(request.ctx.actor.id, data.ids))


@bp.post("/merge")
@require_consumer
async def merge(request: Request):
    data = parse_body(request, MergeIn)
    return json_out(CartOut, await service.merge(request.ctx.actor.id, data.device_id))
