from sanic import Blueprint, Request

from backend.core.auth import require_consumer
from backend.core.http import json_out, list_out, no_content, parse_body
from backend.members import service
from backend.members.schemas import AddressIn, AddressOut

bp = Blueprint("members", url_prefix="/api/v1/me/addresses")


@bp.get("")
@require_consumer
async def list_addresses(request: Request):
    return list_out(AddressOut, await service.list_addresses(request.ctx.actor.id))


@bp.post("")
@require_consumer
async def create_address(request: Request):
    address = await service.create_address(request.ctx.actor.id, parse_body(request, AddressIn))
    return json_out(AddressOut, address, status=201)


@bp.get("/<address_id:int>")
@require_consumer
async def get_address(request: Request, address_id: int):
    return json_out(AddressOut, await service.get_address(request.ctx.actor.id, address_id))


@bp.put("/<address_id:int>")
@require_consumer
async def update_address(request: Request, address_id: int):
    data = parse_body(request, AddressIn)
    return json_out(AddressOut, await service.update_address(request.ctx.actor.id, address_id, data))


@bp.put("/<address_id:int>/default")
@require_consumer
async def set_default(request: Request, address_id: int):
    return json_out(AddressOut, await service.set_default(request.ctx.actor.id, address_id))


@bp.delete("/<address_id:int>")
@require_consumer
async def delete_address(request: Request, address_id: int):
    await service.delete_address(request.ctx.actor.id, address_id)
    return no_content()
