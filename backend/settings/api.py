from sanic import Blueprint, Request

from backend.core.auth import require
from backend.core.http import json_response, parse_body
from backend.settings import service

bp = Blueprint("settings", url_prefix="/api/v1/admin/settings")


@bp.get("/<group:str>")
@require("settings:manage")
async def get_group(request: Request, group: str):
    value = await service.read_group(request.app.ctx.cache, group)
    return json_response(value.model_dump(mode="json"))


@bp.put("/<group:str>")
@require("settings:manage")
async def put_group(request: Request, group: str):
    value = parse_body(request, service.schema_of(group))
    saved = await service.write_group(request.app.ctx.cache, group, value)
    return json_response(saved.model_dump(mode="json"))
