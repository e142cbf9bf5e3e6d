"""The one way a buyer's lines are priced: the cart preview and checkout both call ``quote_items``,
so what the cart shows is what checkout charges (CART-4)."""

from __future__ import annotations

from dataclasses import dataclass, field

from backend.catalog import service as catalog
from backend.fulfillment import service as fulfillment
from backend.pricing import service as pricing
from backend.pricing.schemas import NO_BENEFITS, Benefits, BuyerContext, Gift, Line, Quote, ShopRules
from backend.promotions import service as promotions


@dataclass(frozen=True)
class Item:
    """What a buyer asks for: ``quantity`` of a SKU in one of its product's units (0 = base unit)."""

    line_id: int | str
    sku_id: int
    quantity: int
    unit: int = 0


@dataclass(frozen=True)
class PricedItem:
    item: Item
    sku: catalog.TradeSku
    unit_price: int

    @property
    def base_quantity(self) -> int:
        return self.item.quantity * self.sku.factor(self.item.unit)


@dataclass(frozen=True)
class PricedGift:
    """A gift the quote gives (满赠); ``sku`` is None when the SKU is gone. Only an ``available``
    gift goes into the order: one whose stock covers it after what is bought."""

    gift: Gift
    sku: catalog.TradeSku | None
    available: bool


@dataclass(frozen=True)
class Priced:
    """``items`` can be bought now and are in ``quote``; ``invalid`` maps a line id to why not."""

    items: list[PricedItem]
    invalid: dict[int | str, str]
    quote: Quote
    requested: list[Item] = field(default_factory=list)
    skus: dict[int, catalog.TradeSku] = field(default_factory=dict)  # every SKU asked for that exists
    # what the quote was priced from, so other benefits (coupons) can be priced without I/O
    lines: tuple[Line, ...] = ()
    buyer: BuyerContext = field(default_factory=BuyerContext)
    rules: tuple[ShopRules, ...] = ()
    gifts: list[PricedGift] = field(default_factory=list)

    def sku_of(self, line_id: int | str) -> int:
        return next(item.sku_id for item in self.requested if item.line_id == line_id)

    def requote(self, benefits: Benefits) -> Quote:
        """The same lines, buyer and rules priced with other ``benefits``."""
        return pricing.price(self.lines, self.buyer, self.rules, benefits)


def unavailable_reason(item: Item, sku: catalog.TradeSku | None) -> str | None:
    """sku_gone | off_shelf | unit_gone | sold_out | insufficient_stock, or None when it can be bought."""
    if sku is None:
        return "sku_gone"
    if not sku.sellable:
        return "off_shelf"
    if item.unit >= max(1, len(sku.units)):
        return "unit_gone"
    if sku.stock <= 0:
        return "sold_out"
    if item.quantity * sku.factor(item.unit) > sku.stock:
        return "insufficient_stock"
    return None


async def shop_rules(items: list[PricedItem]) -> list[ShopRules]:
    """Each shop's rules the engine applies: its default shipping template, those its products
    name, and its running activities (one query for every shop's)."""
    shop_ids = list(dict.fromkeys(p.sku.shop_id for p in items))
    named = {p.sku.shipping_template_id: p.sku.shop_id for p in items if p.sku.shipping_template_id}
    defaults = await fulfillment.freight_rules(shop_ids)
    templates = await fulfillment.freight_templates(list(named))
    offers = await promotions.shop_offers(set(shop_ids))
    return [ShopRules(shop_id=shop_id, freight=defaults.get(shop_id),
                      freight_templates={t: rule for t, rule in templates.items() if named[t] == shop_id},
                      **offers.get(shop_id, {}))
            for shop_id in shop_ids]


async def priced_gifts(quote: Quote, items: list[PricedItem]) -> list[PricedGift]:
    """The quote's gifts with their SKUs (two queries when there are any), each available while
    the SKU's stock, less what is bought and the gifts before it, covers it."""
    skus = await catalog.trade_skus([gift.sku_id for gift in quote.gifts])
    left = {sku_id: sku.stock for sku_id, sku in skus.items()}
    for p in items:
        if p.sku.sku_id in left:
            left[p.sku.sku_id] -= p.base_quantity
    gifts = []
    for gift in quote.gifts:
        available = left.get(gift.sku_id, 0) >= gift.quantity
        if available:
            left[gift.sku_id] -= gift.quantity
        gifts.append(PricedGift(gift, skus.get(gift.sku_id), available))
    return gifts


async def quote_items(items: list[Item], buyer: BuyerContext, benefits: Benefits = NO_BENEFITS) -> Priced:
    skus = await catalog.trade_skus([item.sku_id for item in items])
    prices = await pricing.buyer_prices(
        (pricing.SkuPrices(sku.sku_id, sku.unit_prices) for sku in skus.values()),
        pricing.Buyer(user_id=buyer.user_id, level=buyer.level))
    valid: list[PricedItem] = []
    invalid: dict[int | str, str] = {}
    for item in items:
        sku = skus.get(item.sku_id)
        if reason := unavailable_reason(item, sku):
            invalid[item.line_id] = reason
        else:
            valid.append(PricedItem(item, sku, prices[sku.sku_id].unit_prices[item.unit]))
    lines = [
        Line(line_id=p.item.line_id, shop_id=p.sku.shop_id, sku_id=p.sku.sku_id, product_id=p.sku.product_id,
             unit_price=p.unit_price, quantity=p.item.quantity,
             weight_grams=p.sku.weight * p.sku.factor(p.item.unit), category_id=p.sku.category_id,
             freight_template_id=p.sku.shipping_template_id, factor=p.sku.factor(p.item.unit))
        for p in valid
    ]
    rules = await shop_rules(valid)
    quote = pricing.price(lines, buyer, rules, benefits)
    return Priced(valid, invalid, quote, items, skus, tuple(lines), buyer, tuple(rules),
                  await priced_gifts(quote, valid))
