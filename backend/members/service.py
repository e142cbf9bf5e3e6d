"""What a member keeps: addresses (exactly one default whenever there are any), favourite
products and followed shops. Products and shops belong to catalog and shops; only their ids are
kept here and their cards are asked for in one batch per page."""

from __future__ import annotations

from tortoise.exceptions import IntegrityError
from tortoise.functions import Count

from backend.catalog import service as catalog
from backend.core.db import transaction
from backend.core.errors import Conflict, NotFound
from backend.core.pagination import PageParams, paginate
from backend.members.errors import MemberError
from backend.members.models import Address, Favourite, ShopFollow
from backend.members.schemas import AddressIn
from backend.shops import service as shops

MAX_ADDRESSES = 50


async def list_addresses(user_id: int) -> list[Address]:
    return await Address.filter(user_id=user_id).order_by("-is_default", "-updated_at", "-id")


async def get_address(user_id: int, address_id: int) -> Address:
    address = await Address.get_or_none(id=address_id, user_id=user_id)
    if address is None:  # another member's address is simply not there
        raise NotFound(MemberError.address_not_found, "地址不存在")
    return address


async def default_address(user_id: int) -> Address | None:
    return await Address.get_or_none(user_id=user_id, is_default=True)


async def _make_default(user_id: int, address_id: int) -> None:
    await Address.filter(user_id=user_id, is_default=True).exclude(id=address_id).update(is_default=False)
    await Address.filter(id=address_id, user_id=user_id).update(is_default=True)


async def create_address(user_id: int, data: AddressIn) -> Address:
    async with transaction():
        count = await Address.filter(user_id=user_id).count()
        if count >= MAX_ADDRESSES:
            raise Conflict(MemberError.address_limit_reached, f"最多保存 {MAX_ADDRESSES} 个地址")
        address = await Address.create(user_id=user_id, **data.model_dump(exclude={"is_default"}))
        if data.is_default or count == 0:
            await _make_default(user_id, address.id)
    return await get_address(user_id, address.id)


async def update_address(user_id: int, address_id: int, data: AddressIn) -> Address:
    async with transaction():
        address = await get_address(user_id, address_id)
        await Address.filter(id=address.id).update(**data.model_dump(exclude={"is_default"}))
        if data.is_default:
            await _make_default(user_id, address.id)
    return await get_address(user_id, address_id)


async def set_default(user_id: int, address_id: int) -> Address:
    async with transaction():
        await get_address(user_id, address_id)
        await _make_default(user_id, address_id)
    return await get_address(user_id, address_id)


async def delete_address(user_id: int, address_id: int) -> None:
    async with transaction():
        address = await get_address(user_id, address_id)
        await address.delete()
        if address.is_default:
            successor = await Address.filter(user_id=user_id).order_by("-updated_at", "-id").first()
            if successor:
                await _make_default(user_id, successor.id)


# --- favourite products (收藏) ------------------------------------------------------------------

def _favourite_item(row: Favourite, cards: dict[int, dict]) -> dict:
    card = cards.get(row.product_id)
    return {"product_id": row.product_id, "created_at": row.created_at, "available": card is not None,
            "card": card}


async def favourite(user_id: int, product_id: int) -> dict:
    """Keep an on-sale product; favouriting it again keeps the one row (and its date)."""
    cards = await catalog.cards_by_ids([product_id])
    if product_id not in cards:  # missing and off-shelf look the same to a shopper
        raise NotFound(MemberError.product_not_found, "商品不存在或已下架")
    row = await Favourite.get_or_none(user_id=user_id, product_id=product_id)
    if row is None:
        try:
            row = await Favourite.create(user_id=user_id, product_id=product_id)
        except IntegrityError:  # a concurrent request of the same member won the insert
            row = await Favourite.get(user_id=user_id, product_id=product_id)
    return _favourite_item(row, cards)


async def unfavourite(user_id: int, product_id: int) -> None:
    await Favourite.filter(user_id=user_id, product_id=product_id).delete()


async def unfavourite_many(user_id: int, product_ids: list[int]) -> int:
    """Delete several at once; ids the member never kept are ignored. Returns how many went."""
    return await Favourite.filter(user_id=user_id, product_id__in=set(product_ids)).delete()


async def list_favourites(user_id: int, params: PageParams) -> tuple[list[dict], int]:
    """Newest first, with product cards loaded in one batch whatever the page size."""
    rows, total = await paginate(Favourite.filter(user_id=user_id).order_by("-created_at", "-id"), params)
    cards = await catalog.cards_by_ids([row.product_id for row in rows])
    return [_favourite_item(row, cards) for row in rows], total


async def is_favourite(user_id: int, product_ids: list[int]) -> set[int]:
    """Which of these products the member keeps (for product pages and listings)."""
    if not product_ids:
        return set()
    rows = await Favourite.filter(user_id=user_id, product_id__in=set(product_ids)).values_list(
        "product_id", flat=True)
    return set(rows)


# --- followed shops (关注店铺) -------------------------------------------------------------------

def _shop_card(shop) -> dict:
    return {"id": shop.id, "name": shop.name, "logo": shop.logo, "self_operated": shop.self_operated}


async def _follower_counts(shop_ids: list[int]) -> dict[int, int]:
    if not shop_ids:
        return {}
    rows = await (ShopFollow.filter(shop_id__in=set(shop_ids)).annotate(n=Count("id"))
                  .group_by("shop_id").values("shop_id", "n"))
    return {row["shop_id"]: row["n"] for row in rows}


async def followers(shop_id: int) -> int:
    return await ShopFollow.filter(shop_id=shop_id).count()


def _followed_item(row: ShopFollow, shop_rows: dict, counts: dict[int, int]) -> dict:
    shop = shop_rows.get(row.shop_id)
    return {"shop_id": row.shop_id, "created_at": row.created_at,
            "available": shop is not None and shop.status == "active",
            "followers": counts.get(row.shop_id, 0), "shop": _shop_card(shop) if shop else None}


async def follow(user_id: int, shop_id: int) -> dict:
    """Follow an active shop; following it again keeps the one row."""
    shop = (await shops.shops_by_id({shop_id})).get(shop_id)
    if shop is None or shop.status != "active":  # a disabled shop is not shown to shoppers
        raise NotFound(MemberError.shop_not_found, "店铺不存在")
    row = await ShopFollow.get_or_none(user_id=user_id, shop_id=shop_id)
    if row is None:
        try:
            row = await ShopFollow.create(user_id=user_id, shop_id=shop_id)
        except IntegrityError:
            row = await ShopFollow.get(user_id=user_id, shop_id=shop_id)
    return _followed_item(row, {shop_id: shop}, {shop_id: await followers(shop_id)})


async def unfollow(user_id: int, shop_id: int) -> None:
    await ShopFollow.filter(user_id=user_id, shop_id=shop_id).delete()


async def list_followed_shops(user_id: int, params: PageParams) -> tuple[list[dict], int]:
    """Newest first, with shop cards and follower counts in one query each whatever the page size."""
    rows, total = await paginate(ShopFollow.filter(user_id=user_id).order_by("-created_at", "-id"), params)
    shop_ids = [row.shop_id for row in rows]
    shop_rows = await shops.shops_by_id(set(shop_ids))
    counts = await _follower_counts(shop_ids)
    return [_followed_item(row, shop_rows, counts) for row in rows], total
