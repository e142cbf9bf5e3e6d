"""Cache with an in-process default and a Redis backend (several workers and hosts share it).

Values are JSON. ``incr`` is atomic and starts a key's lifetime on first use (rate limits).
The in-process backend keeps strings as they are (immutable, so safe to share: a cached response
body is served without decoding) and stores everything else JSON-encoded, so a caller mutating
what it read can never change the cache.
"""

from __future__ import annotations

import json
import time
from typing import Any, Protocol

from redis.asyncio import Redis


class Cache(Protocol):
    async def get(self, key: str) -> Any | None: ...
    async def set(self, key: str, value: Any, ttl: int | None = None) -> None: ...
    async def delete(self, *keys: str) -> None: ...
    async def incr(self, key: str, ttl: int) -> int: ...
    async def close(self) -> None: ...


class _Text:
    """A string value kept verbatim (tells it apart from a JSON-encoded one)."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text


class MemoryCache:
    def __init__(self, max_items: int = 50_000) -> None:
        self._data: dict[str, tuple[str | _Text, float | None]] = {}
        self._max_items = max_items

    def _live(self, key: str) -> tuple[Any, float | None] | None:
        entry = self._data.get(key)
        if entry and entry[1] is not None and entry[1] <= time.monotonic():
            del self._data[key]
            return None
        return entry

    def _evict_if_full(self) -> None:
        if len(self._data) < self._max_items:
            return
        now = time.monotonic()
        for key in [k for k, (_, exp) in self._data.items() if exp is not None and exp <= now]:
            del self._data[key]
        while len(self._data) >= self._max_items:  # dicts keep insertion order: drop the oldest
            del self._data[next(iter(self._data))]

    async def get(self, key: str) -> Any | None:
        entry = self._live(key)
        if entry is None:
            return None
        value = entry[0]
        return value.text if isinstance(value, _Text) else json.loads(value)

    async def set(self, key: str, value: Any, ttl: int | None = None) -> None:
        self._evict_if_full()
        expires = time.monotonic() + ttl if ttl else None
        stored = _Text(value) if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
        self._data[key] = (stored, expires)

    async def delete(self, *keys: str) -> None:
        for key in keys:
            self._data.pop(key, None)

    async def incr(self, key: str, ttl: int) -> int:
        entry = self._live(key)
        if entry is None:
            self._evict_if_full()
            self._data[key] = (json.dumps(1), time.monotonic() + ttl)
            return 1
        value = int(entry[0].text if isinstance(entry[0], _Text) else json.loads(entry[0])) + 1
        self._data[key] = (json.dumps(value), entry[1])
        return value

    async def close(self) -> None:
        self._data.clear()


class RedisCache:
    def __init__(self, url: str, prefix: str = "shop:") -> None:
        self.redis = Redis.from_url(url, decode_responses=True)
        self.prefix = prefix

    async def get(self, key: str) -> Any | None:
        raw = await self.redis.get(self.prefix + key)
        return None if raw is None else json.loads(raw)

    async def set(self, key: str, value: Any, ttl: int | None = None) -> None:
        await self.redis.set(self.prefix + key, json.dumps(value, ensure_ascii=False), ex=ttl)

    async def delete(self, *keys: str) -> None:
        if keys:
            await self.redis.delete(*(self.prefix + k for k in keys))

    async def incr(self, key: str, ttl: int) -> int:
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.incr(self.prefix + key)
            pipe.expire(self.prefix + key, ttl, nx=True)
            value, _ = await pipe.execute()
        return int(value)

    async def close(self) -> None:
        await self.redis.aclose()


def build_cache(redis_url: str) -> Cache:
    return RedisCache(redis_url) if redis_url else MemoryCache()
