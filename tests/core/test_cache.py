"""The cache: in-process by default, Redis when configured, shared by every worker (ARCH-4)."""

import asyncio
import os

import pytest

from backend.core.cache import MemoryCache, RedisCache
from backend.core.errors import RateLimited
from backend.core.ratelimit import limit

# The Redis backend is always tested: against TEST_REDIS_URL, or the local server (db 13).
# An unreachable Redis fails these tests; it is never a skip.
REDIS_URL = os.environ.get("TEST_REDIS_URL") or "redis://127.0.0.1:6379/13"


@pytest.fixture(params=["memory", "redis"])
async def cache(request):
    if request.param == "memory":
        backend = MemoryCache()
    else:
        backend = RedisCache(REDIS_URL, prefix="test-cache:")
        await backend.redis.flushdb()
    yield backend
    await backend.close()


@pytest.mark.feature("ARCH-4")
class TestCache:
    async def test_value_round_trips_as_json(self, cache):
        await cache.set("page:home", {"title": "首页", "sections": [1, 2]})
        assert await cache.get("page:home") == {"title": "首页", "sections": [1, 2]}

    async def test_missing_and_deleted_keys_read_as_none(self, cache):
        await cache.set("a", 1)
        await cache.delete("a", "never-set")
        assert await cache.get("a") is None

    async def test_value_expires_after_its_ttl(self, cache):
        await cache.set("short", "x", ttl=1)
        await asyncio.sleep(1.1)
        assert await cache.get("short") is None

    async def test_incr_counts_atomically_under_concurrency(self, cache):
        counts = await asyncio.gather(*(cache.incr("hits", ttl=60) for _ in range(50)))
        assert sorted(counts) == list(range(1, 51))

    async def test_rate_limit_refuses_past_the_budget_with_retry_after(self, cache):
        for _ in range(3):
            await limit(cache, "login:1.2.3.4", max_hits=3, window_seconds=60, message="太频繁")
        with pytest.raises(RateLimited) as refused:
            await limit(cache, "login:1.2.3.4", max_hits=3, window_seconds=60, message="太频繁")
        assert refused.value.status == 429 and 1 <= int(refused.value.headers["Retry-After"]) <= 60


@pytest.mark.feature("ARCH-4")
async def test_two_workers_share_one_redis_budget():
    """Two processes' caches (two clients) count against the same Redis key."""
    one, two = RedisCache(REDIS_URL, prefix="test-shared:"), RedisCache(REDIS_URL, prefix="test-shared:")
    await one.redis.flushdb()
    await limit(one, "sms:13912345678", max_hits=1, window_seconds=60, message="太频繁")
    with pytest.raises(RateLimited):
        await limit(two, "sms:13912345678", max_hits=1, window_seconds=60, message="太频繁")
    await two.set("settings:accounts", {"registration_audit": True})
    assert await one.get("settings:accounts") == {"registration_audit": True}
    await one.close()
    await two.close()


def test_memory_cache_evicts_oldest_when_full():
    async def scenario():
        small = MemoryCache(max_items=3)
        for key in "abcd":
            await small.set(key, key)
        return [await small.get(k) for k in "abcd"]

    assert asyncio.run(scenario()) == [None, "b", "c", "d"]


@pytest.mark.feature("ARCH-4")
async def test_what_a_caller_does_to_a_value_it_read_never_changes_the_cache(cache):
    await cache.set("page", {"sections": [1]})
    mine = await cache.get("page")
    mine["sections"].append(2)
    assert await cache.get("page") == {"sections": [1]}
    await cache.set("body", '{"already":"json"}')
    assert await cache.get("body") == '{"already":"json"}'
