"""Fixed-window rate limits on the shared cache, so every worker counts against one budget."""

from __future__ import annotations

import time

from backend.core.cache import Cache
from backend.core.errors import CoreError, RateLimited


async def limit(cache: Cache, bucket: str, *, max_hits: int, window_seconds: int, message: str) -> None:
    """Count one hit in ``bucket``; raise 429 once more than ``max_hits`` fall in the window."""
    window = int(time.time() // window_seconds)
    hits = await cache.incr(f"rl:{bucket}:{window}", ttl=window_seconds)
    if hits > max_hits:
        retry_after = window_seconds - int(time.time() % window_seconds)
        raise RateLimited(
            CoreError.rate_limited, message, headers={"Retry-After": str(max(retry_after, 1))}
        )


async def cooldown(cache: Cache, key: str, *, seconds: int, message: str) -> None:
    """Allow one hit, then refuse until ``seconds`` after it have passed (not a calendar window)."""
    if await cache.incr(f"cd:{key}", ttl=seconds) > 1:
        raise RateLimited(CoreError.rate_limited, message, headers={"Retry-After": str(seconds)})
