"""Merchants and suppliers: create, list and read, scoped to the caller's tenant."""

from __future__ import annotations

from tortoise.exceptions import IntegrityError

from backend.core.auth import Actor
from backend.core.errors import Conflict, NotFound
from backend.core.pagination import PageParams, paginate
from backend.core.tenancy import get_scoped, scoped
from backend.shops.errors import ShopError
from backend.shops.models import Shop
from backend.shops.schemas import ShopIn, ShopQuery


async def create_shop(data: ShopIn) -> Shop:
    try:
        return await Shop.create(**data.model_dump())
    except IntegrityError:
        raise Conflict(ShopError.shop_name_taken, "店铺名称已被使用", {"name": "店铺名称已被使用"}) from None


async def list_shops(actor: Actor, query: ShopQuery) -> tuple[list[Shop], int]:
    queryset = scoped(Shop.all(), actor, owner_field="id")
    if query.kind:
        queryset = queryset.filter(kind=query.kind)
    if query.status:
        queryset = queryset.filter(status=query.status)
    if query.keyword:
        queryset = queryset.filter(name__icontains=query.keyword)
    return await paginate(queryset.order_by("-id"), query)


async def search_shops(keyword: str, params: PageParams) -> tuple[list[Shop], int]:
    """Shoppers find open merchant shops by a part of the name (SEARCH-1); self-operated first."""
    queryset = Shop.filter(kind="merchant", status="active", name__icontains=keyword)
    return await paginate(queryset.order_by("-self_operated", "id"), params)


async def get_shop_for(actor: Actor, shop_id: int) -> Shop:
    return await get_scoped(Shop.all(), actor, shop_id, ShopError.shop_not_found, "店铺不存在", "id")


async def get_shop(shop_id: int) -> Shop:
    shop = await Shop.get_or_none(id=shop_id)
    if shop is None:
        raise NotFound(ShopError.shop_not_found, "店铺不存在")
    return shop


async def shops_by_id(shop_ids: set[int]) -> dict[int, Shop]:
    if not shop_ids:
        return {}
    return {shop.id: shop for shop in await Shop.filter(id__in=shop_ids)}


async def set_status(shop_id: int, status: str) -> Shop:
    shop = await get_shop(shop_id)
    await Shop.filter(id=shop_id).update(status=status)
    shop.status = status
    return shop
