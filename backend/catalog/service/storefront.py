"""What shoppers see of the catalog: cards (SEARCH-7), listings, product detail (PDP-1, PDP-2,
PDP-5), and the rows the search index is built from."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from tortoise.expressions import F

from backend.catalog.errors import CatalogError
from backend.catalog.models import Brand, Category, Product, Sku
from backend.catalog.schemas import MarkSource, ProductQuery
from backend.catalog.service._shared import stock_state
from backend.catalog.service.taxonomy import attributes_by_id, category_and_descendants, category_names
from backend.core.errors import NotFound
from backend.core.pagination import PageParams, paginate
from backend.pricing import service as pricing
from backend.shops import service as shops

SORTS = {  # shown_sales = real + padded (销量注水), as shoppers see it; a larger sort number is earlier
    "composite": ("-sort", "-shown_sales", "-id"),
    "sales": ("-shown_sales", "-id"),
    "newest": ("-created_at", "-id"),
    "price_asc": ("price", "id"),
    "price_desc": ("-price", "-id"),
}
LISTED = {"status": "on_sale", "is_deleted": False}


def _base_unit(product: Product) -> str:
    return product.units[0]["name"] if product.units else ""


async def _cards(products: list[Product]) -> list[dict]:
    shop_rows = await shops.shops_by_id({p.shop_id for p in products})
    return [
        {
            "id": p.id, "title": p.title, "image": p.image, "price": p.price,
            "original_price": p.original_price, "sales": p.sales + p.padded_sales,
            "stock_state": stock_state(p.stock), "shop_id": p.shop_id,
            "self_operated": bool(shop_rows.get(p.shop_id) and shop_rows[p.shop_id].self_operated),
            "tags": p.shown_tags, "marks": [], "unit": _base_unit(p), "price_kind": "list",
            "points": p.points, "points_cash": p.points_cash,
        }
        for p in products
    ]


def _cards_within(document: Any) -> list[dict]:
    """Every product card inside a response (a list, a search page, a page document's sections)."""
    found: list[dict] = []
    stack = [document]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if "price_kind" in node and "id" in node and "price" in node:
                found.append(node)
            else:
                stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return found


async def price_cards_for(document: Any, buyer_id: int | None) -> bool:
    """The buyer-specific part of cards (客户秘价), applied in place after any cache, so a cached
    listing or page never carries one buyer's price to another. One query for every card in the
    document, none for an anonymous visitor; answers whether any card changed.

    A card shows the lower of its list price and the buyer's lowest customer price among the
    product's SKUs (the detail page prices every SKU exactly)."""
    cards = _cards_within(document) if buyer_id is not None else []
    theirs = await pricing.customer_card_prices(buyer_id, {card["id"] for card in cards})
    changed = False
    for card in cards:
        if card["id"] in theirs and theirs[card["id"]] <= card["price"]:
            card.update(price=theirs[card["id"]], price_kind="customer")
            changed = True
    return changed


async def mark_cards(document: Any, sources: Iterable[MarkSource]) -> bool:
    """Promotion marks (SEARCH-7) on every card in a response, and on a product detail, applied in
    place after any cache, so an activity that starts or ends shows at once. Each source is asked
    once for all the cards (its fixed number of queries), none when there are no cards; a card's
    marks come in the sources' order. Answers whether any card changed."""
    cards = [card for card in _cards_within(document) if "shop_id" in card]
    if not cards:
        return False
    products = {card["id"]: card["shop_id"] for card in cards}
    found: dict[int, list[dict]] = {}
    for source in sources:
        for product_id, marks in (await source(products)).items():
            found.setdefault(product_id, []).extend(marks)
    changed = False
    for card in cards:
        marks = found.get(card["id"], [])
        changed = changed or card.get("marks") != marks
        card["marks"] = marks
    return changed


async def cards_by_ids(product_ids: list[int], shop_id: int | None = None) -> dict[int, dict]:
    """On-sale products' cards by id (of one shop, if given), in two queries however many ids are asked for."""
    if not product_ids:
        return {}
    queryset = Product.filter(id__in=set(product_ids), **LISTED)
    products = await (queryset.filter(shop_id=shop_id) if shop_id else queryset)
    return {card["id"]: card for card in await _cards(products)}


async def shop_cards(shop_id: int, product_ids: list[int] | None, params: PageParams) -> tuple[list[dict], int]:
    """A page of a shop's on-sale cards (only ``product_ids`` when given), best first: 凑单 pages."""
    queryset = Product.filter(shop_id=shop_id, **LISTED).annotate(shown_sales=F("sales") + F("padded_sales"))
    if product_ids is not None:
        queryset = queryset.filter(id__in=product_ids or [0])
    products, total = await paginate(queryset.order_by(*SORTS["composite"]), params)
    return await _cards(products), total


async def products_of_shop(shop_id: int, product_ids: Iterable[int]) -> set[int]:
    """Which of ``product_ids`` are the shop's own, not deleted (one statement)."""
    wanted = set(product_ids)
    if not wanted:
        return set()
    return set(await Product.filter(id__in=wanted, shop_id=shop_id, is_deleted=False).values_list("id", flat=True))


async def query_cards(query: ProductQuery) -> list[dict]:
    queryset = Product.filter(**LISTED).annotate(shown_sales=F("sales") + F("padded_sales"))
    if query.shop_id:
        queryset = queryset.filter(shop_id=query.shop_id)
    if query.category_id:
        queryset = queryset.filter(category_id__in=await category_and_descendants(query.category_id))
    if query.brand_id:
        queryset = queryset.filter(brand_id=query.brand_id)
    products = await queryset.order_by(*SORTS[query.sort]).limit(query.limit * 3 if query.tag else query.limit)
    if query.tag:  # tags live in a JSON list; page sections ask for a handful, search filters them by index
        products = [p for p in products if query.tag in p.shown_tags][: query.limit]
    return await _cards(products)


async def titles_of(product_ids: list[int]) -> dict[int, str]:
    """Each existing product's title, whatever its status (one statement)."""
    if not product_ids:
        return {}
    return dict(await Product.filter(id__in=set(product_ids)).values_list("id", "title"))


async def covers_of(product_ids: list[int]) -> dict[int, dict[str, str]]:
    """Each existing product's title and cover image, whatever its status (one statement), for
    what is shared or shown about it elsewhere (a review's share card)."""
    if not product_ids:
        return {}
    rows = await Product.filter(id__in=set(product_ids)).values("id", "title", "image")
    return {row["id"]: {"title": row["title"], "image": row["image"]} for row in rows}


async def shop_ids_of(product_ids: list[int]) -> dict[int, int]:
    """Each existing product's shop, whatever its status (reviews and orders outlive listings)."""
    if not product_ids:
        return {}
    return dict(await Product.filter(id__in=set(product_ids)).values_list("id", "shop_id"))


# --- product detail -----------------------------------------------------------------------------

def _sku_views(skus: list[Sku], prices: dict[int, pricing.BuyerPrice]) -> list[dict]:
    return [{"id": sku.id, "spec_values": sku.spec_values, "price": prices[sku.id].unit_prices[0],
             "original_price": sku.original_price, "stock": sku.stock, "stock_state": stock_state(sku.stock),
             "image": sku.image, "code": sku.code, "unit_prices": list(prices[sku.id].unit_prices),
             "price_kind": prices[sku.id].kind, "points": sku.points, "points_cash": sku.points_cash,
             "available": sku.is_enabled and sku.stock > 0}
            for sku in skus]


async def _attribute_views(values: list[dict]) -> list[dict]:
    names = await attributes_by_id({item["id"] for item in values})
    return [{"id": item["id"], "name": names[item["id"]].name, "value": item["value"]}
            for item in values if item["id"] in names]


async def product_detail(product_id: int, buyer: pricing.Buyer = pricing.ANONYMOUS) -> dict[str, Any]:
    """Everything the detail page shows of an on-sale product, in five statements whatever its SKU count
    (six for a signed-in buyer: their customer prices)."""
    product = await Product.get_or_none(id=product_id, **LISTED)
    if product is None:
        raise NotFound(CatalogError.product_not_found, "商品不存在或已下架")
    skus = await Sku.filter(product_id=product.id).order_by("position", "id")
    listed = [pricing.SkuPrices(sku.id, tuple(sku.unit_prices or [sku.price])) for sku in skus]
    prices = await pricing.buyer_prices(listed, buyer)
    shop = (await shops.shops_by_id({product.shop_id}))[product.shop_id]
    brand = await Brand.get_or_none(id=product.brand_id) if product.brand_id else None
    views = _sku_views(skus, prices)
    available = [view for view in views if view["available"]] or views
    shown = min(available, key=lambda view: view["price"])  # the struck-through price is that SKU's
    return {
        "id": product.id, "title": product.title, "subtitle": product.subtitle, "video": product.video,
        "images": product.images or ([product.image] if product.image else []),
        "description": product.description, "price": shown["price"],
        "price_max": max(v["price"] for v in available), "original_price": shown["original_price"],
        "price_kind": shown["price_kind"], "points": product.points, "points_cash": product.points_cash,
        "sales": product.sales + product.padded_sales, "stock_state": stock_state(product.stock),
        "status": product.status, "specs": product.specs, "skus": views, "units": product.units,
        "params": product.params, "attributes": await _attribute_views(product.attributes),
        "service_promise": product.service_promise, "freight": product.freight, "tags": product.shown_tags,
        "shop_id": product.shop_id, "marks": [],
        "shop": {"id": shop.id, "name": shop.name, "logo": shop.logo, "self_operated": shop.self_operated},
        "category_id": product.category_id, "brand": {"id": brand.id, "name": brand.name} if brand else None,
        "share": {"title": product.title, "image": product.image, "path": f"/pages/product/index?id={product.id}"},
    }


async def recommendations(product_id: int, limit: int) -> list[dict]:
    """Below the detail (PDP-5): best sellers of the same category and shop, never the product itself.

    Same category first; when it has too few, the shop's other best sellers fill the list.
    """
    product = await Product.get_or_none(id=product_id, is_deleted=False)
    if product is None:
        raise NotFound(CatalogError.product_not_found, "商品不存在")
    listed = (Product.filter(shop_id=product.shop_id, **LISTED).exclude(id=product.id)
              .annotate(shown_sales=F("sales") + F("padded_sales")))
    same_category = await listed.filter(category_id=product.category_id).order_by(*SORTS["sales"]).limit(limit) \
        if product.category_id else []
    rest = await listed.exclude(id__in=[p.id for p in same_category] or [0]).order_by(*SORTS["sales"]).limit(
        limit - len(same_category)) if len(same_category) < limit else []
    return await _cards([*same_category, *rest])


# --- the search index's view --------------------------------------------------------------------

async def products_for_index(product_ids: list[int] | None = None, *, after_id: int = 0,
                             limit: int = 500) -> list[dict]:
    """What the search index needs of products: the given ids, or a page of all by id (rebuilds).

    Four queries however many products: products, then their brands', categories' and attributes' names.
    ``facets`` are the filter keys a product answers to: ``tag:<name>`` and ``attr:<id>:<value>`` for
    indexed attributes.
    """
    if product_ids is not None and not product_ids:
        return []
    queryset = Product.filter(id__in=set(product_ids)) if product_ids is not None else (
        Product.filter(id__gt=after_id).order_by("id").limit(limit))
    products = await queryset
    brand_ids = {p.brand_id for p in products if p.brand_id}
    category_ids = {p.category_id for p in products if p.category_id}
    brands = dict(await Brand.filter(id__in=brand_ids).values_list("id", "name")) if brand_ids else {}
    categories = dict(await Category.filter(id__in=category_ids).values_list("id", "name")) if category_ids else {}
    attributes = await attributes_by_id({item["id"] for p in products for item in p.attributes})
    return [
        {
            "id": p.id, "shop_id": p.shop_id, "category_id": p.category_id, "brand_id": p.brand_id,
            "title": p.title, "subtitle": p.subtitle, "tags": list(p.shown_tags or []),
            "brand": brands.get(p.brand_id, ""), "category": categories.get(p.category_id, ""),
            "price": p.price, "stock": p.stock, "sales": p.sales + p.padded_sales,
            "status": "on_sale" if p.status == "on_sale" and not p.is_deleted else "unlisted",
            "created_at": p.created_at, "sort": p.sort,
            "facets": [f"tag:{tag}" for tag in p.shown_tags or []] + [
                f"attr:{item['id']}:{item['value']}" for item in p.attributes
                if item["id"] in attributes and attributes[item["id"]].is_indexed],
        }
        for p in products
    ]


async def facet_names(category_ids: set[int], brand_ids: set[int], attribute_ids: set[int]) -> dict[str, dict]:
    """Names for search facets (at most three statements)."""
    brands = dict(await Brand.filter(id__in=brand_ids).values_list("id", "name")) if brand_ids else {}
    attributes = await attributes_by_id(attribute_ids)
    return {"categories": await category_names(category_ids), "brands": brands,
            "attributes": {i: attribute.name for i, attribute in attributes.items()}}
