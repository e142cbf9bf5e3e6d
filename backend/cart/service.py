"""The shopping cart (购物车): a member's lines by user, a guest's by device, merged at login.

The cart never prices anything itself: every total and line amount comes from checkout's
``quote_items``, the same call checkout charges with, so the summary is what checkout asks (CART-4).
SKUs, products, shops and addresses belong to other contexts and are asked for in batches, so
showing the cart costs the same number of statements for one line or a hundred.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from tortoise.exceptions import IntegrityError

from backend.cart.errors import CartError
from backend.cart.models import CartLine
from backend.cart.schemas import MAX_LINES, MAX_QUANTITY, LineIn, LinePatch
from backend.catalog import service as catalog
from backend.checkout import service as checkout
from backend.core import events
from backend.core.db import transaction
from backend.core.errors import Conflict, DomainError, Invalid, NotFound
from backend.members import service as members
from backend.pricing import service as pricing
from backend.pricing.schemas import BuyerContext
from backend.shops import service as shops


@dataclass(frozen=True)
class Owner:
    """Whose cart: a member (``user_id``) or a guest's device; neither is nobody's (empty) cart."""

    user_id: int | None = None
    device_id: str | None = None

    @property
    def key(self) -> dict[str, Any]:
        return {"user_id": self.user_id} if self.user_id is not None else {"device_id": self.device_id}

    @property
    def is_nobody(self) -> bool:
        return self.user_id is None and self.device_id is None


NOBODY = Owner()
EMPTY_SUMMARY = {"goods_total": 0, "discount_total": 0, "freight_total": 0, "payable": 0}

# Why a SKU cannot be added now → the error that says so (insufficient stock names what is left).
REFUSALS: dict[str, tuple[type[DomainError], CartError, str]] = {
    "sku_gone": (NotFound, CartError.sku_not_found, "商品不存在"),
    "off_shelf": (Conflict, CartError.off_shelf, "商品已下架或该规格暂不销售"),
    "unit_gone": (Invalid, CartError.unit_gone, "该商品没有这个销售单位"),
    "sold_out": (Conflict, CartError.sold_out, "商品已售罄"),
}


# --- reading ----------------------------------------------------------------------------------

async def _lines(owner: Owner) -> list[CartLine]:
    if owner.is_nobody:
        return []
    return await CartLine.filter(**owner.key).order_by("-id")


async def _buyer(owner: Owner) -> BuyerContext:
    """Freight is quoted to the member's default address, as checkout does before one is chosen."""
    if owner.user_id is None:
        return BuyerContext()
    address = await members.default_address(owner.user_id)
    return BuyerContext(user_id=owner.user_id, province=address.province if address else None)


def _item(line: CartLine, quantity: int | None = None, unit: int | None = None) -> checkout.Item:
    return checkout.Item(line_id=line.id, sku_id=line.sku_id, quantity=quantity or line.quantity,
                         unit=line.unit if unit is None else unit)


def _unit_in_range(sku: catalog.TradeSku, unit: int) -> bool:
    return unit < max(1, len(sku.units))


async def _invalid_prices(lines: Iterable[CartLine], skus: dict[int, catalog.TradeSku],
                          buyer: BuyerContext) -> dict[int, tuple[int, ...]]:
    """Today's prices of lines that cannot be bought, from the one function that answers it."""
    known = {line.sku_id: skus[line.sku_id] for line in lines if line.sku_id in skus}
    prices = await pricing.buyer_prices((pricing.SkuPrices(sku.sku_id, sku.unit_prices) for sku in known.values()),
                                        pricing.Buyer(user_id=buyer.user_id, level=buyer.level))
    return {sku_id: price.unit_prices for sku_id, price in prices.items()}


def _line_out(line: CartLine, sku: catalog.TradeSku | None, unit_price: int, payable: int | None,
              reason: str | None) -> dict[str, Any]:
    usable = sku is not None and _unit_in_range(sku, line.unit)
    return {
        "id": line.id, "sku_id": line.sku_id, "product_id": line.product_id, "shop_id": line.shop_id,
        "title": sku.title if sku else "商品已失效", "image": sku.image if sku else "",
        "spec_text": sku.spec_text if sku else "", "unit": line.unit,
        "unit_name": sku.unit_name(line.unit) if usable else "", "units": list(sku.units) if sku else [],
        "quantity": line.quantity, "unit_price": unit_price, "added_price": line.added_price,
        "price_changed": unit_price != line.added_price,
        "stock": sku.stock // sku.factor(line.unit) if usable else 0,
        "selected": line.selected, "payable": payable, "reason": reason,
    }


def _shop_groups(rows: list[dict[str, Any]], shop_rows: dict[int, Any]) -> list[dict[str, Any]]:
    groups: dict[int, dict[str, Any]] = {}
    for row in rows:
        shop = shop_rows.get(row["shop_id"])
        group = groups.setdefault(row["shop_id"], {
            "shop_id": row["shop_id"], "shop_name": shop.name if shop else "",
            "self_operated": bool(shop and shop.self_operated), "lines": []})
        group["lines"].append(row)
    return list(groups.values())


def _empty_cart() -> dict[str, Any]:
    return {"shops": [], "invalid": [], "count": 0, "selected_count": 0, "all_selected": False,
            "summary": dict(EMPTY_SUMMARY)}


async def view(owner: Owner) -> dict[str, Any]:
    """The cart: buyable lines by shop, the others apart with their reason, and the summary: the
    quote of the selected buyable lines, exactly as checkout would charge them."""
    lines = await _lines(owner)
    if not lines:
        return _empty_cart()
    buyer = await _buyer(owner)
    priced = await checkout.quote_items([_item(line) for line in lines], buyer)
    by_id = {line.id: line for line in lines}
    chosen = [p.item for p in priced.items if by_id[p.item.line_id].selected]
    summary = (await checkout.quote_items(chosen, buyer)).quote
    payables = {quoted.line_id: quoted.payable for quoted in summary.lines}
    unit_prices = {p.item.line_id: p.unit_price for p in priced.items}
    today = await _invalid_prices((by_id[i] for i in priced.invalid), priced.skus, buyer)

    def out(line: CartLine) -> dict[str, Any]:
        reason = priced.invalid.get(line.id)
        sku = priced.skus.get(line.sku_id)
        price = unit_prices.get(line.id)
        if price is None:
            prices = today.get(line.sku_id, ())
            price = prices[line.unit] if line.unit < len(prices) else line.added_price
        return _line_out(line, sku, price, payables.get(line.id), reason)

    buyable = [out(line) for line in lines if line.id not in priced.invalid]
    shop_rows = await shops.shops_by_id({row["shop_id"] for row in buyable})
    return {
        "shops": _shop_groups(buyable, shop_rows),
        "invalid": [out(line) for line in lines if line.id in priced.invalid],
        "count": sum(row["quantity"] for row in buyable),
        "selected_count": sum(row["quantity"] for row in buyable if row["selected"]),
        "all_selected": bool(buyable) and all(row["selected"] for row in buyable),
        "summary": {"goods_total": summary.goods_total, "discount_total": summary.discount_total,
                    "freight_total": summary.freight_total, "payable": summary.payable},
    }


async def count(owner: Owner) -> int:
    """The badge: total quantity of the lines that can be bought now."""
    if owner.is_nobody:
        return 0
    lines = await CartLine.filter(**owner.key).values("id", "sku_id", "quantity", "unit")
    skus = await catalog.trade_skus([line["sku_id"] for line in lines])
    return sum(
        line["quantity"] for line in lines
        if checkout.unavailable_reason(checkout.Item(line["id"], line["sku_id"], line["quantity"], line["unit"]),
                                       skus.get(line["sku_id"])) is None)


# --- changing ---------------------------------------------------------------------------------

async def _get_line(owner: Owner, line_id: int) -> CartLine:
    line = None if owner.is_nobody else await CartLine.get_or_none(id=line_id, **owner.key)
    if line is None:  # another shopper's line is simply not there
        raise NotFound(CartError.line_not_found, "购物车中没有这件商品")
    return line


def _require_quantity(quantity: int) -> None:
    if quantity > MAX_QUANTITY:
        raise Invalid(CartError.quantity_too_large, f"单件商品最多购买 {MAX_QUANTITY} 件",
                      {"quantity": f"不能大于 {MAX_QUANTITY}"})


async def _buyable(owner: Owner, item: checkout.Item) -> checkout.PricedItem:
    """The SKU priced for ``item`` as a whole, or the error saying why it cannot be bought."""
    priced = await checkout.quote_items([item], await _buyer(owner))
    reason = priced.invalid.get(item.line_id)
    if reason is None:
        return priced.items[0]
    if reason == "insufficient_stock":
        sku = priced.skus[item.sku_id]
        left, unit_name = sku.stock // sku.factor(item.unit), sku.unit_name(item.unit) or "件"
        raise Conflict(CartError.insufficient_stock, f"库存不足，仅剩 {left}{unit_name}",
                       {"quantity": f"最多可购买 {left}{unit_name}"})
    error, code, message = REFUSALS[reason]
    raise error(code, message, {"unit": message} if reason == "unit_gone" else None)


async def _require_room(owner: Owner) -> None:
    if await CartLine.filter(**owner.key).count() >= MAX_LINES:
        raise Conflict(CartError.cart_full, f"购物车最多放 {MAX_LINES} 件商品，请先清理")


async def add_line(owner: Owner, data: LineIn) -> dict[str, Any]:
    """Put a SKU in the cart; the same SKU and unit again adds up. Answers the line and the badge."""
    existing = await CartLine.get_or_none(**owner.key, sku_id=data.sku_id, unit=data.unit)
    quantity = data.quantity + (existing.quantity if existing else 0)
    _require_quantity(quantity)
    priced = await _buyable(owner, checkout.Item(existing.id if existing else 0, data.sku_id, quantity, data.unit))
    if existing:
        await CartLine.filter(id=existing.id).update(quantity=quantity, added_price=priced.unit_price, selected=True)
        line_id = existing.id
    else:
        await _require_room(owner)
        try:
            line = await CartLine.create(**owner.key, sku_id=data.sku_id, product_id=priced.sku.product_id,
                                         shop_id=priced.sku.shop_id, unit=data.unit, quantity=quantity,
                                         added_price=priced.unit_price)
        except IntegrityError:  # a concurrent request of the same shopper added it first
            return await add_line(owner, data)
        line_id = line.id
    cart = await view(owner)
    rows = [row for group in cart["shops"] for row in group["lines"]] + cart["invalid"]
    return {"line": next(row for row in rows if row["id"] == line_id), "count": cart["count"]}


async def update_line(owner: Owner, line_id: int, patch: LinePatch) -> dict[str, Any]:
    """Change quantity, unit or selection. A unit another line already holds merges into it."""
    line = await _get_line(owner, line_id)
    unit = line.unit if patch.unit is None else patch.unit
    quantity = patch.quantity or line.quantity
    selected = line.selected if patch.selected is None else patch.selected
    if (unit, quantity) == (line.unit, line.quantity):
        await CartLine.filter(id=line.id).update(selected=selected)
        return await view(owner)
    twin = None
    if unit != line.unit:
        twin = await CartLine.get_or_none(**owner.key, sku_id=line.sku_id, unit=unit)
    total = quantity + (twin.quantity if twin else 0)
    _require_quantity(total)
    priced = await _buyable(owner, _item(line, total, unit))
    async with transaction():
        if twin:
            await CartLine.filter(id=twin.id).update(quantity=total, selected=selected)
            await CartLine.filter(id=line.id).delete()
        else:
            price = priced.unit_price if unit != line.unit else line.added_price
            await CartLine.filter(id=line.id).update(unit=unit, quantity=total, selected=selected, added_price=price)
    return await view(owner)


async def delete_line(owner: Owner, line_id: int) -> dict[str, Any]:
    line = await _get_line(owner, line_id)
    await line.delete()
    return await view(owner)


async def delete_lines(owner: Owner, line_ids: list[int]) -> dict[str, Any]:
    """Delete several; ids that are not in this cart are ignored."""
    if not owner.is_nobody:
        await CartLine.filter(**owner.key, id__in=set(line_ids)).delete()
    return await view(owner)


async def clear(owner: Owner) -> dict[str, Any]:
    if not owner.is_nobody:
        await CartLine.filter(**owner.key).delete()
    return _empty_cart()


async def select(owner: Owner, line_ids: list[int] | None, selected: bool) -> dict[str, Any]:
    """Select or unselect the lines named, or every line when ``line_ids`` is None."""
    if not owner.is_nobody:
        query = CartLine.filter(**owner.key)
        if line_ids is not None:
            query = query.filter(id__in=set(line_ids))
        await query.update(selected=selected)
    return await view(owner)


async def move_to_favourites(user_id: int, line_ids: list[int]) -> dict[str, Any]:
    """Keep each line's product as a favourite and take the lines out of the cart. A product that
    can no longer be kept (gone or off the shelf) is skipped; its line still goes."""
    owner = Owner(user_id=user_id)
    lines = await CartLine.filter(user_id=user_id, id__in=set(line_ids))
    for product_id in dict.fromkeys(line.product_id for line in lines):
        try:
            await members.favourite(user_id, product_id)
        except NotFound:
            continue
    await CartLine.filter(id__in=[line.id for line in lines]).delete()
    return await view(owner)


async def merge(user_id: int, device_id: str) -> dict[str, Any]:
    """Move a guest's lines into the member's cart after login; the same SKU and unit add up.
    Lines beyond the cart's limit stay on the device."""
    owner = Owner(user_id=user_id)
    async with transaction():
        guest = await CartLine.filter(device_id=device_id).order_by("id")
        mine = {(line.sku_id, line.unit): line for line in await CartLine.filter(user_id=user_id)}
        room, moved, absorbed = MAX_LINES - len(mine), [], []
        for line in guest:
            twin = mine.get((line.sku_id, line.unit))
            if twin:
                await CartLine.filter(id=twin.id).update(quantity=min(MAX_QUANTITY, twin.quantity + line.quantity))
                absorbed.append(line.id)
            elif room > 0:
                moved.append(line.id)
                room -= 1
        if moved:
            await CartLine.filter(id__in=moved).update(user_id=user_id, device_id=None)
        if absorbed:
            await CartLine.filter(id__in=absorbed).delete()
    return await view(owner)


async def add_items(user_id: int, items: list[tuple[int, int, int]]) -> dict[str, Any]:
    """Put ``(sku_id, quantity, unit)`` items in a member's cart, selected (再次购买 / buy again).

    Items that cannot be bought now are skipped with their reason (``cart_full`` when the cart
    has no room). Answers ``{"added", "skipped": [{sku_id, reason}], "cart_line_ids"}``."""
    owner = Owner(user_id=user_id)
    wanted: dict[tuple[int, int], int] = {}
    for sku_id, quantity, unit in items:
        wanted[(sku_id, unit)] = wanted.get((sku_id, unit), 0) + quantity
    mine = {(line.sku_id, line.unit): line for line in await CartLine.filter(user_id=user_id)}
    asks = []
    for index, ((sku_id, unit), quantity) in enumerate(wanted.items()):
        held = mine[(sku_id, unit)].quantity if (sku_id, unit) in mine else 0
        asks.append(checkout.Item(index, sku_id, min(MAX_QUANTITY, quantity + held), unit))
    priced = await checkout.quote_items(asks, await _buyer(owner))
    skipped = [{"sku_id": ask.sku_id, "reason": priced.invalid[ask.line_id]}
               for ask in asks if ask.line_id in priced.invalid]
    room, line_ids = MAX_LINES - len(mine), []
    async with transaction():
        for p in priced.items:
            twin = mine.get((p.item.sku_id, p.item.unit))
            if twin:
                await CartLine.filter(id=twin.id).update(quantity=p.item.quantity, selected=True)
                line_ids.append(twin.id)
            elif room > 0:
                line = await CartLine.create(user_id=user_id, sku_id=p.item.sku_id, product_id=p.sku.product_id,
                                             shop_id=p.sku.shop_id, unit=p.item.unit, quantity=p.item.quantity,
                                             added_price=p.unit_price)
                line_ids.append(line.id)
                room -= 1
            else:
                skipped.append({"sku_id": p.item.sku_id, "reason": CartError.cart_full.value})
    return {"added": len(line_ids), "skipped": skipped, "cart_line_ids": line_ids}


@events.subscribe("orders.created")
async def _remove_bought_lines(payload: dict[str, Any]) -> None:
    """Checkout submitted an order: the cart lines it bought leave the buyer's cart."""
    line_ids = payload.get("cart_line_ids") or []
    if line_ids and payload.get("user_id") is not None:
        await CartLine.filter(user_id=payload["user_id"], id__in=set(line_ids)).delete()
