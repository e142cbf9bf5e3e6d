"""What trade asks of the catalog: SKU snapshots to price and sell, and stock taken and given back.

Stock moves with one guarded statement for all SKUs of an order (``stock >= wanted`` in the
``WHERE``), so it can never go below zero however many buyers race, and the number of SQL
statements does not grow with the number of lines. Every movement writes a ``StockMove`` line.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from backend.catalog.errors import CatalogError
from backend.catalog.models import Product, Sku, StockMove
from backend.catalog.service._shared import stock_moved
from backend.core.db import case_by_id, execute
from backend.core.errors import Conflict


@dataclass(frozen=True)
class TradeSku:
    """A SKU as the cart and checkout see it; ``sellable`` is False when it cannot be bought now."""

    sku_id: int
    product_id: int
    shop_id: int
    category_id: int | None
    title: str
    image: str
    spec_text: str
    units: tuple[dict, ...]  # [{"name", "factor"}], base unit first
    unit_prices: tuple[int, ...]
    stock: int  # base unit
    weight: int  # grams per base unit
    sellable: bool
    shipping_template_id: int | None = None

    def factor(self, unit: int) -> int:
        return int(self.units[unit]["factor"]) if self.units else 1

    def unit_name(self, unit: int) -> str:
        return self.units[unit]["name"] if self.units else ""


def _unit_prices(sku: dict, units: list[dict]) -> tuple[int, ...]:
    prices = sku["unit_prices"] or [sku["price"]]
    return tuple(prices[: max(1, len(units))])


async def trade_skus(sku_ids: list[int]) -> dict[int, TradeSku]:
    """Snapshots of the SKUs asked for (missing or deleted ones are absent), in two queries."""
    if not sku_ids:
        return {}
    skus = await Sku.filter(id__in=set(sku_ids)).values(
        "id", "product_id", "shop_id", "spec_values", "price", "unit_prices", "stock", "weight", "image",
        "is_enabled")
    products = {p["id"]: p for p in await Product.filter(
        id__in={s["product_id"] for s in skus}, is_deleted=False).values(
        "id", "category_id", "title", "image", "units", "status", "shipping_template_id")}
    return {
        sku["id"]: TradeSku(
            sku_id=sku["id"], product_id=product["id"], shop_id=sku["shop_id"],
            category_id=product["category_id"], title=product["title"], image=sku["image"] or product["image"],
            spec_text=" ".join(sku["spec_values"]), units=tuple(product["units"]),
            unit_prices=_unit_prices(sku, product["units"]), stock=sku["stock"], weight=sku["weight"],
            sellable=product["status"] == "on_sale" and sku["is_enabled"],
            shipping_template_id=product["shipping_template_id"],
        )
        for sku in skus
        if (product := products.get(sku["product_id"]))
    }


async def _subtract(table: str, amounts: Mapping[int, int], *, guard: bool, count_sales: bool = False) -> int:
    """``stock -= amount`` for each id (and ``sales += amount``); with ``guard`` only where enough is left.

    One statement whatever the number of rows; answers how many rows moved."""
    case, case_values = case_by_id(amounts)
    sets, params = f"stock = stock - ({case})", list(case_values)
    if count_sales:
        sets, params = f"{sets}, sales = sales + ({case})", params + case_values
    where, params = f"id IN ({', '.join('?' for _ in amounts)})", params + list(amounts)
    if guard:
        where, params = f"{where} AND stock >= ({case})", params + case_values
    return await execute(f"UPDATE {table} SET {sets} WHERE {where}", params)


@dataclass(frozen=True)
class StockLine:
    """``quantity`` base units of a SKU (its product named too, whose summary stock follows)."""

    sku_id: int
    product_id: int
    quantity: int


def _totals(lines: Iterable[StockLine], sign: int = 1) -> tuple[dict[int, int], dict[int, int]]:
    """Per SKU and per product, the quantities to subtract (``sign=-1`` gives them back)."""
    skus: dict[int, int] = {}
    products: dict[int, int] = {}
    for line in lines:
        if line.quantity > 0:
            skus[line.sku_id] = skus.get(line.sku_id, 0) + sign * line.quantity
            products[line.product_id] = products.get(line.product_id, 0) + sign * line.quantity
    return skus, products


async def take_stock(lines: Iterable[StockLine], ref: str) -> None:
    """Take the lines' stock for ``ref``, all or nothing; call inside a transaction.

    When any SKU has too little left nothing is taken (the caller's transaction rolls back on the
    error) and the error names the SKUs short of stock."""
    skus, products = _totals(lines)
    if not skus:
        return
    if await _subtract("catalog_sku", skus, guard=True) != len(skus):
        short = await Sku.filter(id__in=list(skus)).values("id", "stock")
        fields = {str(r["id"]): f"库存仅剩 {max(r['stock'], 0)}" for r in short if r["stock"] < skus[r["id"]]}
        raise Conflict(CatalogError.insufficient_stock, "商品库存不足", fields)
    await _subtract("catalog_product", products, guard=False, count_sales=True)
    await StockMove.bulk_create([StockMove(sku_id=sku_id, delta=-qty, reason="order", ref=ref)
                                 for sku_id, qty in skus.items()])
    await stock_moved(products)


async def release_stock(lines: Iterable[StockLine], ref: str, reason: str = "cancel") -> None:
    """Give back what ``take_stock`` took for ``ref`` (the caller makes sure it happens once)."""
    skus, products = _totals(lines, sign=-1)
    if not skus:
        return
    await _subtract("catalog_sku", skus, guard=False)
    await _subtract("catalog_product", products, guard=False, count_sales=True)
    await StockMove.bulk_create([StockMove(sku_id=sku_id, delta=-qty, reason=reason, ref=ref)
                                 for sku_id, qty in skus.items()])
    await stock_moved(products)


async def stock_moves(ref: str) -> list[dict]:
    return await StockMove.filter(ref=ref).order_by("id").values("sku_id", "delta", "reason", "created_at")
