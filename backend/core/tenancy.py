"""Tenant scoping: the one helper every back-office query goes through.

Platform staff see every tenant; merchant, supplier and store staff see only rows whose owner
column holds their shop. Another tenant's object is answered with 404, never 403, so ids of other
tenants cannot be probed.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

from tortoise.models import Model
from tortoise.queryset import QuerySet

from backend.core.auth import Actor
from backend.core.errors import NotFound

T = TypeVar("T", bound=Model)


def scoped(queryset: QuerySet[T], actor: Actor, owner_field: str = "shop_id") -> QuerySet[T]:
    if actor.is_platform:
        return queryset
    if actor.kind != "staff" or actor.shop_id is None:  # consumers never reach back-office rows
        return queryset.filter(id__in=[])
    return queryset.filter(**{owner_field: actor.shop_id})


async def get_scoped(
    queryset: QuerySet[T], actor: Actor, pk: int, code: StrEnum | str, message: str,
    owner_field: str = "shop_id",
) -> T:
    obj = await scoped(queryset, actor, owner_field).get_or_none(id=pk)
    if obj is None:
        raise NotFound(code, message)
    return obj
