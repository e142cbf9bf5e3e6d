from sanic import Blueprint, Request

from backend.core.auth import require_consumer
from backend.core.http import json_out, json_response, list_out, no_content, parse_body, parse_query
from backend.core.pagination import PageParams
from backend.members import service
from backend.members.schemas import AddressIn, AddressOut, FavouriteBatchDelete, FavouriteOut, FollowedShopOut
from backend.promotions import service as promotions

bp = Blueprint("members", url_prefix="/api/v1/me")


@bp.get("/addresses")
@require_consumer
async def list_addresses(request: Request):
    return list_out(AddressOut, await service.list_addresses(request.ctx.actor.id))


@bp.post("/addresses")
@require_consumer
async def create_address(request: Request):
    address = await service.create_address(request.ctx.actor.id, parse_body(request, AddressIn))
    return json_out(AddressOut, address, status=201)


@bp.get("/addresses/<address_id:int>")
@require_consumer
async def get_address(request: Request, address_id: int):
    return json_out(AddressOut, await service.get_address(request.ctx.actor.id, address_id))


@bp.put("/addresses/<address_id:int>")
@require_consumer
async def update_address(request: Request, address_id: int):
    data = parse_body(request, AddressIn)
    return json_out(AddressOut, await service.update_address(request.ctx.actor.id, address_id, data))


@bp.put("/addresses/<address_id:int>/default")
@require_consumer
async def set_default(request: Request, address_id: int):
    return json_out(AddressOut, await service.set_default(request.ctx.actor.id, address_id))


@bp.delete("/addresses/<address_id:int>")
@require_consumer
async def delete_address(request: Request, address_id: int):
    await service.delete_address(request.ctx.actor.id, address_id)
    return no_content()


# --- favourite products and followed shops ---------------------------------------------------

@bp.get("/favourites")
@require_consumer
async def list_favourites(request: Request):
    params = parse_query(request, PageParams)
    items, total = await service.list_favourites(request.ctx.actor.id, params)
    await promotions.mark_cards(items)
    return list_out(FavouriteOut, items, total=total, page=params.page, page_size=params.page_size)


@bp.put("/favourites/<product_id:int>")
@require_consumer
async def favourite(request: Request, product_id: int):
    item = await service.favourite(request.ctx.actor.id, product_id)
    await promotions.mark_cards(item)
    return json_out(FavouriteOut, item)


@bp.delete("/favourites/<product_id:int>")
@require_consumer
async def unfavourite(request: Request, product_id: int):
    await service.unfavourite(request.ctx.actor.id, product_id)
    return no_content()


@bp.post("/favourites/batch-delete")
@require_consumer
async def unfavourite_many(request: Request):
    data = parse_body(request, FavouriteBatchDelete)
    return json_response({"deleted": await service.unfavourite_many(request.ctx.actor.id, data.product_ids)})


@bp.get("/followed-shops")
@require_consumer
async def list_followed_shops(request: Request):
    params = parse_query(request, PageParams)
    items, total = await service.list_followed_shops(request.ctx.actor.id, params)
    return list_out(FollowedShopOut, items, total=total, page=params.page, page_size=params.page_size)


@bp.put("/followed-shops/<shop_id:int>")
@require_consumer
async def follow(request: Request, shop_id: int):
    return json_out(FollowedShopOut, await service.follow(request.ctx.actor.id, shop_id))


@bp.delete("/followed-shops/<shop_id:int>")
@require_consumer
async def unfollow(request: Request, shop_id: int):
    await service.unfollow(request.ctx.actor.id, shop_id)
    return no_content()
