from sanic import Blueprint, Request

from backend.core.auth import authenticated, require
from backend.core.http import json_out, list_out, parse_body, parse_query
from backend.shops import service
from backend.shops.schemas import ShopIn, ShopOut, ShopQuery

bp = Blueprint("shops", url_prefix="/api/v1/admin/shops")


@bp.get("/")
@require("shops:view")
async def list_shops(request: Request):
    query = parse_query(request, ShopQuery)
    shops, total = await service.list_shops(request.ctx.actor, query)
    return list_out(ShopOut, shops, total=total, page=query.page, page_size=query.page_size)


@bp.post("/")
@require("shops:manage")
async def create_shop(request: Request):
    shop = await service.create_shop(parse_body(request, ShopIn))
    return json_out(ShopOut, shop, status=201)


@bp.get("/<shop_id:int>")
@require("shops:view")
async def get_shop(request: Request, shop_id: int):
    return json_out(ShopOut, await service.get_shop_for(await authenticated(request), shop_id))
