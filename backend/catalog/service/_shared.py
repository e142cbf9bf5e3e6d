"""What every part of the catalog service shares: the data version and the change announcement."""

from __future__ import annotations

from backend.core import events
from backend.core.runtime import runtime

# Bumped by every change a storefront shows (price, stock, shelf, title, category tree), so
# caches of pages and listings built on catalog data know they are stale.
VERSION_KEY = "catalog:version"
LOW_STOCK = 10


async def data_version() -> int:
    return int(await runtime().cache.get(VERSION_KEY) or 0)


async def changed(product_ids: list[int] | None = None) -> None:
    """Bump the version; ``product_ids`` names the products whose listing data changed (search reindexes them)."""
    await runtime().cache.incr(VERSION_KEY, ttl=30 * 86400)
    await events.publish("catalog.changed", product_ids=list(product_ids or []))


async def stock_moved(products: dict[int, int]) -> None:
    """Stock and sales moved by a sale (``products``: product id → base units taken; negative when
    given back): caches are stale, and search adjusts its copies without reindexing the products."""
    await runtime().cache.incr(VERSION_KEY, ttl=30 * 86400)
    await events.publish("catalog.changed", product_ids=[])
    await events.publish("catalog.stock_moved", products=dict(products))


def stock_state(stock: int) -> str:
    return "sold_out" if stock <= 0 else "low" if stock <= LOW_STOCK else "in_stock"
