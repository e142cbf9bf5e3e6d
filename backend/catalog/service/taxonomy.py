"""Categories, brands, attributes, params and tags: the vocabulary products are filed under (PLT-7)."""

from __future__ import annotations

from collections import defaultdict

from pypinyin import Style, lazy_pinyin
from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q

from backend.catalog.errors import CatalogError
from backend.catalog.models import Attribute, Brand, Category, CategoryAttribute, Param, Product, Tag
from backend.catalog.schemas import (
    AttributeIn,
    AttributeQuery,
    BrandChange,
    BrandIn,
    BrandQuery,
    CategoryChange,
    CategoryIn,
    ParamIn,
    TagChange,
    TagIn,
)
from backend.catalog.service._shared import changed
from backend.catalog.states import BRAND
from backend.core.auth import Actor
from backend.core.db import transaction
from backend.core.errors import Conflict, Invalid, NotFound
from backend.core.pagination import paginate

MAX_LEVEL = 3


# --- categories ---------------------------------------------------------------------------------

async def get_category(category_id: int) -> Category:
    category = await Category.get_or_none(id=category_id)
    if category is None:
        raise NotFound(CatalogError.category_not_found, "分类不存在")
    return category


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
    await changed()
    return category


async def change_category(category_id: int, data: CategoryChange) -> Category:
    await get_category(category_id)
    if changes := data.model_dump(exclude_none=True):
        await Category.filter(id=category_id).update(**changes)
        await changed()
    return await get_category(category_id)


async def category_tree(visible_only: bool = True) -> list[dict]:
    """The whole tree in one query, children sorted by (sort, id); a hidden node hides its subtree."""
    rows = await Category.all().order_by("sort", "id")
    children: dict[int | None, list[dict]] = defaultdict(list)
    for row in rows:
        if visible_only and not row.is_visible:
            continue
        children[row.parent_id].append({"id": row.id, "name": row.name, "level": row.level, "icon": row.icon,
                                        "sort": row.sort, "is_visible": row.is_visible,
                                        "children": children[row.id]})
    return children[None]


async def delete_category(category_id: int) -> None:
    if await Category.exists(parent_id=category_id):
        raise Conflict(CatalogError.category_has_children, "请先删除下级分类")
    if await Product.exists(category_id=category_id, is_deleted=False):
        raise Conflict(CatalogError.category_has_products, "该分类下还有商品，不能删除")
    async with transaction():
        if not await Category.filter(id=category_id).delete():
            raise NotFound(CatalogError.category_not_found, "分类不存在")
        await CategoryAttribute.filter(category_id=category_id).delete()
        await Param.filter(category_id=category_id).delete()
    await changed()


async def category_and_descendants(category_id: int) -> list[int]:
    """The category and every category below it, at any level (one query)."""
    rows = await Category.all().values("id", "parent_id")
    wanted, frontier = {category_id}, {category_id}
    while frontier:
        frontier = {r["id"] for r in rows if r["parent_id"] in frontier} - wanted
        wanted |= frontier
    return list(wanted)


async def _leaf_category(category_id: int) -> Category:
    category = await get_category(category_id)
    if category.level != MAX_LEVEL:
        raise Invalid(CatalogError.category_not_leaf, "只有三级分类可以关联属性和参数")
    return category


async def category_attributes(category_id: int) -> list[Attribute]:
    """The category's attributes in their linked order."""
    await get_category(category_id)
    links = await CategoryAttribute.filter(category_id=category_id).order_by("sort", "id")
    attributes = {a.id: a for a in await Attribute.filter(id__in=[link.attribute_id for link in links])}
    return [attributes[link.attribute_id] for link in links if link.attribute_id in attributes]


async def link_attributes(category_id: int, attribute_ids: list[int]) -> list[Attribute]:
    await _leaf_category(category_id)
    wanted = list(dict.fromkeys(attribute_ids))
    if len(await Attribute.filter(id__in=wanted)) != len(wanted):
        raise Invalid(CatalogError.attribute_not_found, "属性不存在", {"attribute_ids": "包含不存在的属性"})
    async with transaction():
        await CategoryAttribute.filter(category_id=category_id).delete()
        await CategoryAttribute.bulk_create([CategoryAttribute(category_id=category_id, attribute_id=attribute_id,
                                                               sort=position)
                                             for position, attribute_id in enumerate(wanted)])
    return await category_attributes(category_id)


async def category_params(category_id: int) -> list[Param]:
    await get_category(category_id)
    return await Param.filter(category_id=category_id).order_by("sort", "id")


async def replace_params(category_id: int, items: list[ParamIn]) -> list[Param]:
    await _leaf_category(category_id)
    async with transaction():
        await Param.filter(category_id=category_id).delete()
        await Param.bulk_create([Param(category_id=category_id, **item.model_dump()) for item in items])
    return await category_params(category_id)


async def category_names(category_ids: set[int]) -> dict[int, str]:
    return dict(await Category.filter(id__in=category_ids).values_list("id", "name")) if category_ids else {}


# --- brands -------------------------------------------------------------------------------------

def initial_letter(name: str) -> str:
    """A–Z index letter from the brand's pinyin (「飞利浦」→ F), or the Latin initial; else "#"."""
    first = lazy_pinyin(name[:1], style=Style.FIRST_LETTER)
    letter = (first[0][:1] if first else "").upper()
    return letter if "A" <= letter <= "Z" else "#"


def _brand_taken() -> Conflict:
    return Conflict(CatalogError.brand_name_taken, "品牌已存在", {"name": "品牌已存在"})


async def create_brand(data: BrandIn, shop_id: int | None = None) -> Brand:
    """Platform brands are approved at once; a merchant's proposal waits for platform audit.

    A merchant proposing again a name of theirs that was rejected resubmits that proposal.
    """
    if shop_id is not None and (rejected := await Brand.get_or_none(name=data.name, shop_id=shop_id,
                                                                    status="rejected")):
        await Brand.filter(id=rejected.id).update(letter=initial_letter(data.name), **data.model_dump())
        return await BRAND.fire(await get_brand(rejected.id), "resubmit", actor=f"shop:{shop_id}", reject_reason="")
    try:
        return await Brand.create(letter=initial_letter(data.name), shop_id=shop_id,
                                  status="approved" if shop_id is None else "pending", **data.model_dump())
    except IntegrityError:
        raise _brand_taken() from None


async def list_brands(letter: str | None = None) -> list[Brand]:
    """Approved brands for the brand centre: recommended first, then by letter and sort."""
    queryset = Brand.filter(status="approved")
    if letter:
        queryset = queryset.filter(letter=letter.upper())
    return await queryset.order_by("-is_recommended", "letter", "sort", "id")


async def list_brands_for(actor: Actor, query: BrandQuery) -> tuple[list[Brand], int]:
    """Back office: the platform sees every brand; a merchant the approved ones and its own proposals."""
    queryset = Brand.all() if actor.is_platform else Brand.filter(Q(status="approved") | Q(shop_id=actor.shop_id))
    if query.status:
        queryset = queryset.filter(status=query.status)
    if query.keyword:
        queryset = queryset.filter(name__icontains=query.keyword)
    if query.letter:
        queryset = queryset.filter(letter=query.letter.upper())
    return await paginate(queryset.order_by("-id"), query)


async def get_brand(brand_id: int) -> Brand:
    brand = await Brand.get_or_none(id=brand_id)
    if brand is None:
        raise NotFound(CatalogError.brand_not_found, "品牌不存在")
    return brand


async def change_brand(brand_id: int, data: BrandChange) -> Brand:
    brand = await get_brand(brand_id)
    changes = data.model_dump(exclude_none=True)
    if "name" in changes:
        changes["letter"] = initial_letter(changes["name"])
    try:
        await Brand.filter(id=brand.id).update(**changes)
    except IntegrityError:
        raise _brand_taken() from None
    await changed()
    return await get_brand(brand_id)


async def delete_brand(brand_id: int) -> None:
    if await Product.exists(brand_id=brand_id, is_deleted=False):
        raise Conflict(CatalogError.brand_in_use, "还有商品使用该品牌，不能删除")
    if not await Brand.filter(id=brand_id).delete():
        raise NotFound(CatalogError.brand_not_found, "品牌不存在")


async def decide_brand(brand_id: int, event: str, actor: Actor, reason: str = "") -> Brand:
    brand = await get_brand(brand_id)
    if event == "reject" and not reason.strip():
        raise Invalid(CatalogError.reason_required, "请填写驳回原因", {"reason": "请填写原因"})
    await BRAND.fire(brand, event, actor=f"staff:{actor.id}", note=reason,
                     reject_reason=reason if event == "reject" else "")
    return brand


async def usable_brand(brand_id: int, shop_id: int) -> None:
    """A product may carry an approved brand, or its own shop's proposal still in audit."""
    brand = await Brand.get_or_none(id=brand_id)
    if brand is None or not (brand.status == "approved" or (brand.shop_id == shop_id and brand.status == "pending")):
        raise Invalid(CatalogError.brand_not_found, "品牌不存在或未通过审核", {"brand_id": "品牌不可用"})


# --- attributes ---------------------------------------------------------------------------------

async def list_attributes(query: AttributeQuery) -> tuple[list[Attribute], int]:
    queryset = Attribute.all()
    if query.keyword:
        queryset = queryset.filter(name__icontains=query.keyword)
    return await paginate(queryset.order_by("sort", "id"), query)


async def get_attribute(attribute_id: int) -> Attribute:
    attribute = await Attribute.get_or_none(id=attribute_id)
    if attribute is None:
        raise NotFound(CatalogError.attribute_not_found, "属性不存在")
    return attribute


async def create_attribute(data: AttributeIn) -> Attribute:
    return await Attribute.create(**data.model_dump())


async def change_attribute(attribute_id: int, data: AttributeIn) -> Attribute:
    before = await get_attribute(attribute_id)
    await Attribute.filter(id=attribute_id).update(**data.model_dump())
    if before.is_indexed != data.is_indexed:  # search filters by indexed attributes: its products reindex
        rows = await Product.filter(status="on_sale", is_deleted=False).values("id", "attributes")
        await changed([row["id"] for row in rows if any(item["id"] == attribute_id for item in row["attributes"])])
    return await get_attribute(attribute_id)


async def delete_attribute(attribute_id: int) -> None:
    if await CategoryAttribute.exists(attribute_id=attribute_id):
        raise Conflict(CatalogError.attribute_in_use, "属性已关联分类，请先取消关联")
    if not await Attribute.filter(id=attribute_id).delete():
        raise NotFound(CatalogError.attribute_not_found, "属性不存在")


async def attributes_by_id(attribute_ids: set[int]) -> dict[int, Attribute]:
    return {a.id: a for a in await Attribute.filter(id__in=attribute_ids)} if attribute_ids else {}


# --- tags ---------------------------------------------------------------------------------------

def _tag_taken() -> Conflict:
    return Conflict(CatalogError.tag_name_taken, "标签已存在", {"name": "标签已存在"})


async def list_tags(enabled_only: bool = True) -> list[Tag]:
    queryset = Tag.filter(is_enabled=True) if enabled_only else Tag.all()
    return await queryset.order_by("sort", "id")


async def create_tag(data: TagIn) -> Tag:
    try:
        last = await Tag.all().order_by("-sort").first()
        return await Tag.create(sort=(last.sort + 1) if last else 0, **data.model_dump())
    except IntegrityError:
        raise _tag_taken() from None


async def change_tag(tag_id: int, data: TagChange) -> Tag:
    """Rename or enable/disable a tag; products carrying it follow (a disabled tag stays on them, hidden)."""
    before = await Tag.get_or_none(id=tag_id)
    if before is None:
        raise NotFound(CatalogError.tag_not_found, "标签不存在")
    renamed = bool(data.name and data.name != before.name)
    toggled = data.is_enabled is not None and data.is_enabled != before.is_enabled
    try:
        async with transaction():
            await Tag.filter(id=tag_id).update(**data.model_dump(exclude_none=True))
            touched = await _retag(before.name, data.name if renamed else before.name) \
                if renamed or toggled else []
    except IntegrityError:
        raise _tag_taken() from None
    await changed(touched)
    return await Tag.get(id=tag_id)


async def delete_tag(tag_id: int) -> None:
    tag = await Tag.get_or_none(id=tag_id)
    if tag is None:
        raise NotFound(CatalogError.tag_not_found, "标签不存在")
    async with transaction():
        await Tag.filter(id=tag_id).delete()
        untagged = await _retag(tag.name, None)
    await changed(untagged)


async def enabled_tag_names(names: set[str]) -> set[str]:
    return set(await Tag.filter(name__in=names, is_enabled=True).values_list("name", flat=True)) if names else set()


def shown_tags(tags: list[str], enabled: set[str]) -> list[str]:
    """What shoppers see of a product's tags: the enabled ones, in the merchant's order."""
    return [tag for tag in tags if tag in enabled]


async def _retag(old: str, new: str | None) -> list[int]:
    """Products carry tag names: rename ``old`` to ``new`` on each, or drop it (``None``), and
    refresh what they show (``new == old`` only refreshes, after the tag was enabled or disabled).

    A rare operator action, so it reads the products' tag lists rather than keeping an index."""
    rows = await Product.filter(is_deleted=False).values("id", "tags")
    touched = [row for row in rows if old in (row["tags"] or [])]
    enabled = await enabled_tag_names({tag for row in touched for tag in row["tags"]} | ({new} if new else set()))
    for row in touched:
        tags = list(dict.fromkeys(new if tag == old else tag for tag in row["tags"] if new is not None or tag != old))
        await Product.filter(id=row["id"]).update(tags=tags, shown_tags=shown_tags(tags, enabled))
    return [row["id"] for row in touched]


async def order_tags(tag_ids: list[int]) -> list[Tag]:
    """Drag sort: the given ids take positions 0…n in that order; the rest follow in their order."""
    rows = await Tag.all().order_by("sort", "id")
    known = {tag.id for tag in rows}
    ordered = [i for i in dict.fromkeys(tag_ids) if i in known] + [t.id for t in rows if t.id not in tag_ids]
    async with transaction():
        for position, tag_id in enumerate(ordered):
            await Tag.filter(id=tag_id).update(sort=position)
    return await list_tags(enabled_only=False)
