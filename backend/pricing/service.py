"""Which price applies to this buyer: the one answer every screen and order asks for.

Today a buyer pays the list price of the unit they buy in. The wholesale issue adds tiered,
level and customer prices here, and the trade issue the price engine; nothing else reads
``Sku.unit_prices`` to decide what someone pays.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

# The price engine (engine.py, calculators.py) is pure; other contexts reach it through here.
from backend.pricing.calculators import CHAIN, Points
from backend.pricing.engine import price


@dataclass(frozen=True)
class Buyer:
    user_id: int | None = None
    level: int | None = None
    tags: frozenset[str] = field(default_factory=frozenset)


ANONYMOUS = Buyer()


@dataclass(frozen=True)
class SkuPrices:
    """A SKU's list prices, one per unit of its product in unit order (fen)."""

    sku_id: int
    unit_prices: tuple[int, ...]


def buyer_prices(skus: Iterable[SkuPrices], buyer: Buyer = ANONYMOUS) -> dict[int, list[int]]:
    """Each SKU's price per unit for this buyer, in fen."""
    return {sku.sku_id: list(sku.unit_prices) for sku in skus}

__all__ = ["ANONYMOUS", "CHAIN", "Buyer", "Points", "SkuPrices", "buyer_prices", "price"]
