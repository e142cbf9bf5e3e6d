"""Which price applies to this buyer: the one answer every screen and order asks for.

A buyer pays the list price of the unit they buy in, unless the platform or the merchant set a
customer price (客户秘价) for them on that SKU. Tiered and level prices join here later; nothing
else reads ``Sku.unit_prices`` to decide what someone pays. The back office keeps customer prices
through the functions at the end (tenant-scoped: a merchant sees and sets only its own SKUs').
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

from tortoise.exceptions import IntegrityError

from backend.accounts import service as accounts
from backend.core.auth import Actor
from backend.core.errors import Conflict, Invalid, NotFound
from backend.core.pagination import paginate
from backend.core.tenancy import scoped

# The price engine (engine.py, calculators.py) is pure; other contexts reach it through here.
from backend.pricing.calculators import CHAIN, Points
from backend.pricing.engine import price
from backend.pricing.errors import PricingError
from backend.pricing.models import CustomerPrice
from backend.pricing.schemas import CustomerPriceChange, CustomerPriceIn, CustomerPriceQuery


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


PriceKind = Literal["list", "customer"]


@dataclass(frozen=True)
class BuyerPrice:
    """A SKU's price per unit for one buyer (fen) and where it comes from."""

    unit_prices: tuple[int, ...]
    kind: PriceKind = "list"


async def buyer_prices(skus: Iterable[SkuPrices], buyer: Buyer = ANONYMOUS) -> dict[int, BuyerPrice]:
    """Each SKU's price per unit for this buyer: one query for a signed-in buyer, none otherwise."""
    listed = list(skus)
    theirs = {}
    if buyer.user_id is not None and listed:
        rows = await CustomerPrice.filter(user_id=buyer.user_id, sku_id__in={s.sku_id for s in listed}).values(
            "sku_id", "unit_prices")
        theirs = {row["sku_id"]: row["unit_prices"] for row in rows}
    return {sku.sku_id: _for_buyer(sku, theirs.get(sku.sku_id)) for sku in listed}


def _for_buyer(sku: SkuPrices, customer: list[int] | None) -> BuyerPrice:
    if not customer:
        return BuyerPrice(tuple(sku.unit_prices))
    # a unit the merchant added after the customer price was set keeps its list price
    return BuyerPrice(tuple(customer[i] if i < len(customer) else p for i, p in enumerate(sku.unit_prices)),
                      "customer")


async def customer_card_prices(user_id: int | None, product_ids: Iterable[int]) -> dict[int, int]:
    """For listing cards: each product's lowest base-unit customer price for this buyer (one query)."""
    wanted = set(product_ids)
    if user_id is None or not wanted:
        return {}
    lowest: dict[int, int] = {}
    for row in await CustomerPrice.filter(user_id=user_id, product_id__in=wanted).values("product_id",
                                                                                         "unit_prices"):
        if row["unit_prices"]:
            lowest[row["product_id"]] = min(lowest.get(row["product_id"], row["unit_prices"][0]),
                                            row["unit_prices"][0])
    return lowest


# --- back office: customer prices ---------------------------------------------------------------

def _not_found() -> NotFound:
    return NotFound(PricingError.customer_price_not_found, "客户价不存在")


def _unit_prices(sku: Any, base: int, given: list[int]) -> list[int]:
    units = sku.units or ({"name": "", "factor": 1},)
    prices = list(given) or [base * int(unit["factor"]) for unit in units]
    if len(prices) != len(units) or prices[0] != base:
        raise Invalid(PricingError.customer_price_invalid, "每个单位都需要价格，且基本单位价格等于客户价",
                      {"unit_prices": "单位价格与商品单位不符"})
    return prices


async def _sku_for(actor: Actor, sku_id: int) -> Any:
    """The SKU as trade sees it (catalog's ``TradeSku``), if the actor may price it."""
    # imported here: the catalog prices its cards through this module, so a top-level import is a cycle
    from backend.catalog import service as catalog

    sku = (await catalog.trade_skus([sku_id])).get(sku_id)
    if sku is None or not (actor.is_platform or sku.shop_id == actor.shop_id):
        raise NotFound(PricingError.sku_not_found, "SKU 不存在", {"sku_id": "SKU 不存在"})
    return sku


async def list_customer_prices(actor: Actor, query: CustomerPriceQuery) -> tuple[list[CustomerPrice], int]:
    queryset = scoped(CustomerPrice.all(), actor)
    for name in ("user_id", "sku_id", "product_id"):
        if (value := getattr(query, name)) is not None:
            queryset = queryset.filter(**{name: value})
    return await paginate(queryset.order_by("-id"), query)


async def get_customer_price(actor: Actor, price_id: int) -> CustomerPrice:
    row = await scoped(CustomerPrice.filter(id=price_id), actor).first()
    if row is None:
        raise _not_found()
    return row


async def create_customer_price(actor: Actor, data: CustomerPriceIn) -> CustomerPrice:
    sku = await _sku_for(actor, data.sku_id)
    await accounts.get_user(data.user_id)
    try:
        return await CustomerPrice.create(shop_id=sku.shop_id, product_id=sku.product_id, sku_id=sku.sku_id,
                                          user_id=data.user_id, unit_prices=_unit_prices(sku, data.price,
                                                                                         data.unit_prices),
                                          note=data.note, created_by=f"staff:{actor.id}")
    except IntegrityError:
        raise Conflict(PricingError.customer_price_exists, "该客户在这个 SKU 上已有客户价，请直接修改",
                       {"user_id": "已有客户价"}) from None


async def change_customer_price(actor: Actor, price_id: int, data: CustomerPriceChange) -> CustomerPrice:
    row = await get_customer_price(actor, price_id)
    changes: dict[str, Any] = {} if data.note is None else {"note": data.note}
    if data.price is not None or data.unit_prices is not None:
        sku = await _sku_for(actor, row.sku_id)
        base = data.price if data.price is not None else row.unit_prices[0]
        changes["unit_prices"] = _unit_prices(sku, base, data.unit_prices or [])
    if changes:
        await CustomerPrice.filter(id=row.id).update(**changes)
    return await CustomerPrice.get(id=row.id)


async def delete_customer_price(actor: Actor, price_id: int) -> None:
    row = await get_customer_price(actor, price_id)
    await CustomerPrice.filter(id=row.id).delete()


def customer_price_view(row: CustomerPrice) -> dict[str, Any]:
    return {**{name: getattr(row, name) for name in ("id", "shop_id", "product_id", "sku_id", "user_id",
                                                      "unit_prices", "note", "created_by", "created_at",
                                                      "updated_at")},
            "price": row.unit_prices[0] if row.unit_prices else 0}


__all__ = ["ANONYMOUS", "CHAIN", "Buyer", "BuyerPrice", "Points", "SkuPrices", "buyer_prices", "change_customer_price",
           "create_customer_price", "customer_card_prices", "customer_price_view", "delete_customer_price",
           "get_customer_price", "list_customer_prices", "price"]
