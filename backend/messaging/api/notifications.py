"""The message centre (站内信) for shoppers and shops' back offices, notification switches, push devices."""

from __future__ import annotations

from sanic import Blueprint, Request

from backend.core.auth import require, require_consumer
from backend.core.http import json_out, list_out, no_content, parse_body, parse_query
from backend.messaging import service
from backend.messaging.schemas.notifications import (
    BadgeOut,
    NotificationOut,
    NotificationQuery,
    PushDeviceIn,
    PushDeviceOut,
    ReadAllIn,
    ReadAllOut,
    SwitchesIn,
    SwitchOut,
)

bp = Blueprint("notifications", url_prefix="/api/v1/me")
admin_bp = Blueprint("notifications_admin", url_prefix="/api/v1/admin/notifications")


async def _list(request: Request):
    query = parse_query(request, NotificationQuery)
    rows, total = await service.list_notifications(service.recipient_of(request.ctx.actor), query)
    return list_out(NotificationOut, rows, total=total, page=query.page, page_size=query.page_size)


async def _badge(request: Request):
    return json_out(BadgeOut, await service.notification_badge(service.recipient_of(request.ctx.actor)))


async def _read(request: Request, notification_id: int):
    row = await service.read_notification(service.recipient_of(request.ctx.actor), notification_id)
    return json_out(NotificationOut, row)


async def _read_all(request: Request):
    data = parse_body(request, ReadAllIn)
    marked = await service.read_all_notifications(service.recipient_of(request.ctx.actor), data.type)
    return json_out(ReadAllOut, {"marked": marked})


# --- shoppers ---------------------------------------------------------------------------------

bp.add_route(require_consumer(_list), "/notifications", methods=["GET"], name="my_notifications")
bp.add_route(require_consumer(_badge), "/notifications/badge", methods=["GET"], name="my_badge")
bp.add_route(require_consumer(_read), "/notifications/<notification_id:int>/read", methods=["POST"], name="my_read")
bp.add_route(require_consumer(_read_all), "/notifications/read-all", methods=["POST"], name="my_read_all")


@bp.get("/notification-settings")
@require_consumer
async def my_switches(request: Request):
    return list_out(SwitchOut, await service.switches(request.ctx.actor.id))


@bp.put("/notification-settings")
@require_consumer
async def change_switches(request: Request):
    data = parse_body(request, SwitchesIn)
    return list_out(SwitchOut, await service.change_switches(request.ctx.actor.id, data.items))


@bp.post("/push-devices")
@require_consumer
async def register_device(request: Request):
    data = parse_body(request, PushDeviceIn)
    device, created = await service.register_device(request.ctx.actor, data.registration_id, data.platform)
    return json_out(PushDeviceOut, device, status=201 if created else 200)


@bp.get("/push-devices")
@require_consumer
async def my_devices(request: Request):
    return list_out(PushDeviceOut, await service.my_devices(request.ctx.actor.id))


@bp.delete("/push-devices/<registration_id:str>")
@require_consumer
async def remove_device(request: Request, registration_id: str):
    await service.remove_device(request.ctx.actor.id, registration_id)
    return no_content()


# --- a shop's back office (any staff member of the shop; platform staff: the platform's) ------

admin_bp.add_route(require()(_list), "", methods=["GET"], name="shop_notifications")
admin_bp.add_route(require()(_badge), "/badge", methods=["GET"], name="shop_badge")
admin_bp.add_route(require()(_read), "/<notification_id:int>/read", methods=["POST"], name="shop_read")
admin_bp.add_route(require()(_read_all), "/read-all", methods=["POST"], name="shop_read_all")

blueprints = (bp, admin_bp)
