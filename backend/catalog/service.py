"""Categories and brands: the shared vocabulary products are filed under."""

from __future__ import annotations

from collections import defaultdict

from pypinyin import Style, lazy_pinyin
from tortoise.exceptions import IntegrityError

from backend.catalog.errors import CatalogError
from backend.catalog.models import Brand, Category
from backend.catalog.schemas import BrandIn, CategoryIn
from backend.core.errors import Conflict, Invalid, NotFound

MAX_LEVEL = 3
TREE_CACHE_KEY = "catalog:category-tree"


async def create_category(data: CategoryIn) -> Category:
    level = 1
    if data.parent_id is not None:
        parent = await Category.get_or_none(id=data.parent_id)
        if parent is None:
            raise Invalid(CatalogError.category_not_found, "上级分类不存在", {"parent_id": "上级分类不存在"})
        if parent.level >= MAX_LEVEL:
            raise Invalid(CatalogError.category_too_deep, "分类最多三级", {"parent_id": "三级分类下不能再建分类"})
        level = parent.level + 1
    return await Category.create(level=level, **data.model_dump())


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
