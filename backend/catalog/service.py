"""Categories and brands: the shared vocabulary products are filed under."""

from __future__ import annotations

from collections import defaultdict

from pypinyin import Style, lazy_pinyin
from tortoise.exceptions import IntegrityError
from tortoise.expressions import F

from backend.catalog.errors import CatalogError
from backend.catalog.models import Brand, Category, Product
from backend.catalog.schemas import BrandIn, CategoryIn, ProductChange, ProductIn, ProductQuery
from backend.core import events
from backend.core.errors import Conflict, CoreError, Forbidden, Invalid, NotFound
from backend.core.runtime import runtime
from backend.shops import service as shops

MAX_LEVEL = 3
LOW_STOCK = 10
# Bumped by every change a storefront shows (price, stock, shelf, title, category tree), so
# caches of pages and listings built on catalog data know they are stale.
VERSION_KEY = "catalog:version"
SORTS = {  # shown_sales = real + padded (销量注水), as shoppers see it
    "composite": ("sort", "-shown_sales", "-id"),
    "sales": ("-shown_sales", "-id"),
    "newest": ("-created_at", "-id"),
    "price_asc": ("price", "id"),
    "price_desc": ("-price", "-id"),
}


async def data_version() -> int:
    return int(await runtime().cache.get(VERSION_KEY) or 0)


async def _changed(product_ids: list[int] | None = None) -> None:
    """Bump the version; ``product_ids`` names the products whose listing data changed (search reindexes them)."""
    await runtime().cache.incr(VERSION_KEY, ttl=30 * 86400)
    await events.publish("catalog.changed", product_ids=list(product_ids or []))


async def create_category(data: CategoryIn) -> Category:
    level = 1
    if data.parent_id is not None:
        parent = await Category.get_or_none(id=data.parent_id)
        if parent is None:
            raise Invalid(CatalogError.category_not_found, "上级分类不存在", {"parent_id": "上级分类不存在"})
        if parent.level >= MAX_LEVEL:
            raise Invalid(CatalogError.category_too_deep, "分类最多三级", {"parent_id": "三级分类下不能再建分类"})
        level = parent.level + 1
    category = await Category.create(level=level, **data.model_dump())
    await _changed()
    return category


async def category_tree(visible_only: bool = True) -> list[dict]:
    """The whole tree in one query, children sorted by (sort, id)."""
    queryset = Category.filter(is_visible=True) if visible_only else Category.all()
    rows = await queryset.order_by("sort", "id")
    children: dict[int | None, list[dict]] = defaultdict(list)
    nodes = {}
    for row in rows:
        nodes[row.id] = {"id": row.id, "name": row.name, "level": row.level, "icon": row.icon,
                         "sort": row.sort, "children": children[row.id]}
        children[row.parent_id].append(nodes[row.id])
    return children[None]


async def delete_category(category_id: int) -> None:
    if await Category.exists(parent_id=category_id):
        raise Conflict(CatalogError.category_has_children, "请先删除下级分类")
    if not await Category.filter(id=category_id).delete():
        raise NotFound(CatalogError.category_not_found, "分类不存在")
    await _changed()


def initial_letter(name: str) -> str:
    """A–Z index letter from the brand's pinyin (「飞利浦」→ F), or the Latin initial; else "#"."""
    first = lazy_pinyin(name[:1], style=Style.FIRST_LETTER)
    letter = (first[0][:1] if first else "").upper()
    return letter if "A" <= letter <= "Z" else "#"


async def create_brand(data: BrandIn, shop_id: int | None = None) -> Brand:
    try:
        return await Brand.create(letter=initial_letter(data.name), shop_id=shop_id,
                                  status="approved" if shop_id is None else "pending", **data.model_dump())
    except IntegrityError:
        raise Conflict(CatalogError.brand_name_taken, "品牌已存在", {"name": "品牌已存在"}) from None


async def list_brands(letter: str | None = None) -> list[Brand]:
    """Approved brands for the brand centre: recommended first, then by letter and sort."""
    queryset = Brand.filter(status="approved")
    if letter:
        queryset = queryset.filter(letter=letter.upper())
    return await queryset.order_by("-is_recommended", "letter", "sort", "id")


# --- products (listing view; the catalog issue adds SKUs, units and audit) ----------------------

async def create_product(shop_id: int, data: ProductIn) -> Product:
    product = await Product.create(shop_id=shop_id, **data.model_dump())
    await _changed([product.id])
    return product


async def change_product(shop_id: int | None, product_id: int, data: ProductChange) -> Product:
    """Change what listings show; ``shop_id`` None is the platform, which may change any product."""
    queryset = Product.filter(id=product_id)
    if shop_id is not None:
        queryset = queryset.filter(shop_id=shop_id)
    changes = data.model_dump(exclude_none=True)
    if "padded_sales" in changes and shop_id is not None:
        raise Forbidden(CoreError.permission_denied, "销量只能由平台调整", {"padded_sales": "仅平台可调整"})
    if changes and not await queryset.update(**changes):
        raise NotFound(CatalogError.product_not_found, "商品不存在")
    await _changed([product_id])
    return await Product.get(id=product_id)


def _stock_state(stock: int) -> str:
    return "sold_out" if stock <= 0 else "low" if stock <= LOW_STOCK else "in_stock"


async def _cards(products: list[Product]) -> list[dict]:
    shop_rows = await shops.shops_by_id({p.shop_id for p in products})
    return [
        {
            "id": p.id, "title": p.title, "image": p.image, "price": p.price,
            "original_price": p.original_price, "sales": p.sales + p.padded_sales,
            "stock_state": _stock_state(p.stock), "shop_id": p.shop_id,
            "self_operated": bool(shop_rows.get(p.shop_id) and shop_rows[p.shop_id].self_operated),
            "tags": p.tags,
        }
        for p in products
    ]


async def cards_by_ids(product_ids: list[int], shop_id: int | None = None) -> dict[int, dict]:
    """On-sale products' cards by id (of one shop, if given), in two queries however many ids are asked for."""
    if not product_ids:
        return {}
    queryset = Product.filter(id__in=set(product_ids), status="on_sale")
    products = await (queryset.filter(shop_id=shop_id) if shop_id else queryset)
    return {card["id"]: card for card in await _cards(products)}


async def query_cards(query: ProductQuery) -> list[dict]:
    queryset = Product.filter(status="on_sale").annotate(shown_sales=F("sales") + F("padded_sales"))
    if query.shop_id:
        queryset = queryset.filter(shop_id=query.shop_id)
    if query.category_id:
        queryset = queryset.filter(category_id__in=await category_and_descendants(query.category_id))
    if query.brand_id:
        queryset = queryset.filter(brand_id=query.brand_id)
    products = await queryset.order_by(*SORTS[query.sort]).limit(query.limit * 3 if query.tag else query.limit)
    if query.tag:  # tags live in a JSON list; filtered here until the search index carries them
        products = [p for p in products if query.tag in p.tags][: query.limit]
    return await _cards(products)


async def category_and_descendants(category_id: int) -> list[int]:
    """The category and every category below it, at any level (one query)."""
    rows = await Category.all().values("id", "parent_id")
    wanted, frontier = {category_id}, {category_id}
    while frontier:
        frontier = {r["id"] for r in rows if r["parent_id"] in frontier} - wanted
        wanted |= frontier
    return list(wanted)


async def products_for_index(product_ids: list[int] | None = None, *, after_id: int = 0,
                             limit: int = 500) -> list[dict]:
    """What the search index needs of products: the given ids, or a page of all by id (rebuilds).

    Three queries however many products: products, then their brands' and categories' names.
    """
    queryset = Product.filter(id__in=set(product_ids)) if product_ids is not None else (
        Product.filter(id__gt=after_id).order_by("id").limit(limit))
    if product_ids is not None and not product_ids:
        return []
    products = await queryset
    brand_ids = {p.brand_id for p in products if p.brand_id}
    category_ids = {p.category_id for p in products if p.category_id}
    brands = dict(await Brand.filter(id__in=brand_ids).values_list("id", "name")) if brand_ids else {}
    categories = dict(await Category.filter(id__in=category_ids).values_list("id", "name")) if category_ids else {}
    return [
        {
            "id": p.id, "shop_id": p.shop_id, "category_id": p.category_id, "brand_id": p.brand_id,
            "title": p.title, "subtitle": p.subtitle, "tags": list(p.tags or []),
            "brand": brands.get(p.brand_id, ""), "category": categories.get(p.category_id, ""),
            "price": p.price, "stock": p.stock, "sales": p.sales + p.padded_sales,
            "status": p.status, "created_at": p.created_at,
        }
        for p in products
    ]


async def shop_ids_of(product_ids: list[int]) -> dict[int, int]:
    """Each existing product's shop, whatever its status (reviews and orders outlive listings)."""
    if not product_ids:
        return {}
    return dict(await Product.filter(id__in=set(product_ids)).values_list("id", "shop_id"))
