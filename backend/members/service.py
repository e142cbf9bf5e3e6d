"""Addresses: several per member, exactly one default whenever there are any."""

from __future__ import annotations

from backend.core.db import transaction
from backend.core.errors import Conflict, NotFound
from backend.members.errors import MemberError
from backend.members.models import Address
from backend.members.schemas import AddressIn

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
