"""Read and change a settings group; reads are cached and the write that changes them clears it."""

from __future__ import annotations

from typing import TypeVar

from pydantic import BaseModel

from backend.core import events
from backend.core.cache import Cache
from backend.core.errors import NotFound
from backend.settings.errors import SettingsError
from backend.settings.models import Setting
from backend.settings.schemas import GROUPS

S = TypeVar("S", bound=BaseModel)
CACHE_TTL = 300


def schema_of(group: str) -> type[BaseModel]:
    try:
        return GROUPS[group]
    except KeyError:
        raise NotFound(SettingsError.settings_group_not_found, "设置分组不存在") from None


async def read(cache: Cache, schema: type[S], group: str) -> S:
    cached = await cache.get(f"settings:{group}")
    if cached is None:
        row = await Setting.get_or_none(key=group)
        cached = row.value if row else {}
        await cache.set(f"settings:{group}", cached, ttl=CACHE_TTL)
    return schema.model_validate(cached)


async def read_group(cache: Cache, group: str) -> BaseModel:
    return await read(cache, schema_of(group), group)


async def write_group(cache: Cache, group: str, value: BaseModel) -> BaseModel:
    await Setting.update_or_create(key=group, defaults={"value": value.model_dump(mode="json")})
    await cache.delete(f"settings:{group}")
    await events.publish("settings.changed", group=group)
    return value
