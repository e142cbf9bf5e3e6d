"""Products and SKUs as merchants write them (specs, units), the audit flow (PLT-4), quick edits,
sales padding and sort numbers (PLT-5), bulk operations and the platform library (PLT-6)."""

from __future__ import annotations

from datetime import date
from itertools import product as combinations
from typing import Any

from pydantic import ValidationError
from tortoise.expressions import Q, Subquery
from tortoise.queryset import QuerySet

from backend.catalog.errors import CatalogError
from backend.catalog.models import LibraryEntry, Product, Sku, Tag
from backend.catalog.schemas import (
    BulkIn,
    LibraryQuery,
    ProductAdminQuery,
    ProductChange,
    ProductIn,
    SkuChanges,
    SkuIn,
)
from backend.catalog.service._shared import changed
from backend.catalog.service.taxonomy import (
    MAX_LEVEL,
    attributes_by_id,
    enabled_tag_names,
    get_category,
    shown_tags,
    usable_brand,
)
from backend.catalog.states import (
    DELETABLE,
    EDITABLE,
    MERCHANT_EVENTS,
    PLATFORM_EVENTS,
    PRODUCT,
    REASON_REQUIRED,
)
from backend.core.auth import Actor
from backend.core.db import transaction
from backend.core.errors import Conflict, CoreError, DomainError, Forbidden, Invalid, NotFound
from backend.core.pagination import paginate
from backend.core.states import timeline
from backend.core.tenancy import scoped
from backend.fulfillment import service as fulfillment
from backend.shops import service as shops

DEFAULT_UNIT = "件"
MAX_UNITS = 3
# Editing one of these on an approved product sends it back to audit; prices and stock do not.
KEY_FIELDS = ("title", "subtitle", "category_id", "brand_id", "images", "video", "description",
              "params", "attributes", "specs")
APPROVED = ("on_sale", "off_shelf")


# --- validation: specs, units, SKUs, references -------------------------------------------------

def _specs(data: ProductIn) -> list[dict]:
    names = [spec.name for spec in data.specs]
    if len(set(names)) != len(names):
        raise Invalid(CatalogError.specs_invalid, "规格名称不能重复", {"specs": "规格名称不能重复"})
    specs = []
    for spec in data.specs:
        values = [value.strip() for value in spec.values]
        if any(not value or len(value) > 20 for value in values) or len(set(values)) != len(values):
            raise Invalid(CatalogError.specs_invalid, f"规格「{spec.name}」的值不能为空、超过 20 字或重复",
                          {"specs": "规格值无效"})
        specs.append({"name": spec.name, "values": values})
    return specs


def _units(data: ProductIn) -> list[dict]:
    """Up to three units; the base first (factor 1); each larger one a whole multiple of the one before."""
    units = [{"name": unit.name, "factor": unit.factor} for unit in data.units] or [{"name": DEFAULT_UNIT, "factor": 1}]
    problem = None
    if len(units) > MAX_UNITS:
        problem = f"最多 {MAX_UNITS} 个单位"
    elif units[0]["factor"] != 1:
        problem = "基本单位的换算数量必须为 1"
    elif len({unit["name"] for unit in units}) != len(units):
        problem = "单位名称不能重复"
    elif any(big["factor"] <= small["factor"] or big["factor"] % small["factor"]
             for small, big in zip(units, units[1:], strict=False)):
        problem = "大单位的换算数量必须大于且整除小单位（如 1 箱 = 10 包）"
    if problem:
        raise Invalid(CatalogError.units_invalid, problem, {"units": problem})
    return units


def _sku_row(sku: SkuIn, units: list[dict], position: int) -> dict[str, Any]:
    prices = list(sku.unit_prices) or [sku.price * unit["factor"] for unit in units]
    if len(prices) != len(units) or prices[0] != sku.price:
        raise Invalid(CatalogError.skus_invalid, "每个单位都需要价格，且基本单位价格等于 SKU 价格",
                      {f"skus.{position}.unit_prices": "单位价格与单位不符"})
    return {**sku.model_dump(exclude={"unit_prices"}), "unit_prices": prices, "position": position}


def _skus(specs: list[dict], units: list[dict], skus: list[SkuIn]) -> list[dict[str, Any]]:
    """One SKU per spec combination, exactly; codes unique within the product."""
    wanted = {tuple(values) for values in combinations(*[spec["values"] for spec in specs])}
    seen: set[tuple[str, ...]] = set()
    for position, sku in enumerate(skus):
        key = tuple(value.strip() for value in sku.spec_values)
        if key not in wanted or key in seen:
            raise Invalid(CatalogError.skus_invalid, f"第 {position + 1} 个 SKU 的规格组合无效或重复",
                          {f"skus.{position}.spec_values": "规格组合无效或重复"})
        seen.add(key)
        sku.spec_values = list(key)
    if seen != wanted:
        raise Invalid(CatalogError.skus_invalid, "每个规格组合都需要一个 SKU", {"skus": "缺少规格组合"})
    codes = [sku.code for sku in skus if sku.code]
    if len(set(codes)) != len(codes):
        raise Conflict(CatalogError.sku_code_taken, "SKU 编码不能重复", {"skus": "SKU 编码重复"})
    return [_sku_row(sku, units, position) for position, sku in enumerate(skus)]


async def _check_codes_free(shop_id: int, rows: list[dict], product_id: int | None) -> None:
    codes = [row["code"] for row in rows if row["code"]]
    if not codes:
        return
    clash = Sku.filter(shop_id=shop_id, code__in=codes)
    if product_id:
        clash = clash.exclude(product_id=product_id)
    taken = await clash.filter(product_id__in=Subquery(Product.filter(is_deleted=False).values("id"))).first()
    if taken:
        raise Conflict(CatalogError.sku_code_taken, f"SKU 编码 {taken.code} 已被本店其他商品使用",
                       {"skus": f"编码 {taken.code} 已被使用"})


def _attribute_value_ok(attribute: Any, value: str) -> bool:
    if attribute.input_type == "option":
        return value in attribute.options
    if attribute.input_type == "date":
        try:
            date.fromisoformat(value)
        except ValueError:
            return False
    return True


async def _attributes(data: ProductIn) -> list[dict]:
    known = await attributes_by_id({item.id for item in data.attributes})
    for item in data.attributes:
        attribute = known.get(item.id)
        if attribute is None or not _attribute_value_ok(attribute, item.value):
            name = attribute.name if attribute else str(item.id)
            raise Invalid(CatalogError.attribute_value_invalid, f"属性「{name}」的值无效",
                          {f"attributes.{item.id}": "属性值无效"})
    return [{"id": item.id, "value": item.value} for item in data.attributes]


async def _tags(names: list[str], carried: list[str] | None = None) -> tuple[list[str], list[str]]:
    """(tags, shown tags): each must be enabled, unless the product already carries it (a tag the
    platform disabled stays on the product, hidden, until enabled again)."""
    wanted = list(dict.fromkeys(names))
    enabled = await enabled_tag_names(set(wanted))
    kept = set(await Tag.filter(name__in=set(carried or []) & set(wanted)).values_list("name", flat=True)) \
        if carried else set()
    if unknown := [name for name in wanted if name not in enabled | kept]:
        raise Invalid(CatalogError.tag_not_found, f"标签不存在或已停用：{'、'.join(unknown)}", {"tags": "标签不可用"})
    return wanted, shown_tags(wanted, enabled)


async def _written(shop_id: int, data: ProductIn, current: Product | None = None) -> tuple[dict, list[dict]]:
    """A product as written, checked and normalised: (product fields, SKU rows)."""
    specs, units = _specs(data), _units(data)
    skus = _skus(specs, units, data.skus)
    await _check_codes_free(shop_id, skus, current.id if current else None)
    if data.category_id is not None and (await get_category(data.category_id)).level != MAX_LEVEL:
        raise Invalid(CatalogError.category_not_leaf, "请选择三级分类", {"category_id": "请选择三级分类"})
    if data.brand_id is not None:
        await usable_brand(data.brand_id, shop_id)
    if data.shipping_template_id is not None and not await fulfillment.is_shop_template(
            shop_id, data.shipping_template_id):
        raise Invalid(CatalogError.shipping_template_not_found, "运费模板不存在",
                      {"shipping_template_id": "请选择本店的运费模板"})
    fields = data.model_dump(include={"title", "subtitle", "category_id", "brand_id", "images", "video",
                                      "description", "service_promise", "freight", "shipping_template_id", "sort"})
    tags, shown = await _tags(data.tags, current.tags if current else None)
    fields.update(image=(data.images or [""])[0], specs=specs, units=units, tags=tags, shown_tags=shown,
                  params=[p.model_dump() for p in data.params], attributes=await _attributes(data))
    return fields, skus


def _summary(rows: list[dict]) -> dict[str, int]:
    """What cards and sorting read from a product's SKUs: lowest and highest price, total stock,
    and the cheapest points price (fewest points, then least cash) when any SKU sells for points."""
    enabled = [row for row in rows if row["is_enabled"]] or rows
    cheapest = min(enabled, key=lambda row: row["price"])
    for_points = [row for row in enabled if row.get("points")]
    points = min(for_points, key=lambda row: (row["points"], row["points_cash"])) if for_points else None
    return {"price": cheapest["price"], "original_price": cheapest["original_price"],
            "price_max": max(row["price"] for row in enabled),
            "stock": sum(row["stock"] for row in rows if row["is_enabled"]),
            "points": points["points"] if points else 0, "points_cash": points["points_cash"] if points else 0}


# --- reading ------------------------------------------------------------------------------------

async def _editable(actor: Actor, product_id: int) -> Product:
    product = await get_product_for(actor, product_id)
    if product.status not in EDITABLE:
        raise Conflict(CatalogError.product_not_editable, "违规下架的商品需先解除违规才能编辑")
    return product


async def get_product_for(actor: Actor, product_id: int) -> Product:
    product = await scoped(Product.filter(is_deleted=False), actor).get_or_none(id=product_id)
    if product is None:
        raise NotFound(CatalogError.product_not_found, "商品不存在")
    return product


async def product_edit(product: Product) -> dict[str, Any]:
    skus = await Sku.filter(product_id=product.id).order_by("position", "id")
    return {**{name: getattr(product, name) for name in (
        "id", "shop_id", "status", "audit_reason", "title", "subtitle", "category_id", "brand_id", "images",
        "video", "description", "tags", "service_promise", "freight", "shipping_template_id", "sort", "params",
        "attributes", "specs", "units", "price", "stock", "sales", "padded_sales", "source_product_id", "created_at",
        "updated_at")},
        "skus": skus}


async def _rows(products: list[Product]) -> list[dict[str, Any]]:
    names = await shops.shops_by_id({p.shop_id for p in products})
    return [{"id": p.id, "title": p.title, "image": p.image, "shop_id": p.shop_id,
             "shop_name": names[p.shop_id].name if p.shop_id in names else "", "category_id": p.category_id,
             "price": p.price, "stock": p.stock, "sales": p.sales, "padded_sales": p.padded_sales,
             "status": p.status, "sort": p.sort, "audit_reason": p.audit_reason, "updated_at": p.updated_at}
            for p in products]


def admin_products(actor: Actor, query: ProductAdminQuery) -> QuerySet[Product]:
    """The back office's products under its filters (the list and the Excel export share them)."""
    queryset = scoped(Product.filter(is_deleted=False), actor)
    if query.status:
        queryset = queryset.filter(status=query.status)
    if query.shop_id:
        queryset = queryset.filter(shop_id=query.shop_id)
    if query.category_id:
        queryset = queryset.filter(category_id=query.category_id)
    if query.keyword:
        queryset = queryset.filter(Q(title__icontains=query.keyword) | Q(
            id__in=Subquery(Sku.filter(code=query.keyword).values("product_id"))))
    return queryset


async def list_products(actor: Actor, query: ProductAdminQuery) -> tuple[list[dict], int]:
    """Back-office list: a merchant's own products; the platform's across shops (three statements)."""
    products, total = await paginate(admin_products(actor, query).order_by("-updated_at", "-id"), query)
    return await _rows(products), total


async def product_timeline(actor: Actor, product_id: int) -> list[Any]:
    await get_product_for(actor, product_id)
    return await timeline("product", product_id)


# --- writing ------------------------------------------------------------------------------------

def _actor_name(actor: Actor | None) -> str:
    return f"staff:{actor.id}" if actor else "system"


async def create_product(shop_id: int, data: ProductIn, actor: Actor | None = None) -> Product:
    fields, skus = await _written(shop_id, data)
    async with transaction():
        product = await Product.create(shop_id=shop_id, status="draft", **fields, **_summary(skus))
        await Sku.bulk_create([Sku(product_id=product.id, shop_id=shop_id, **row) for row in skus])
    if data.submit:
        await _fire(product, "submit", actor)
    await changed([product.id])
    return product


def _key_changed(product: Product, fields: dict) -> bool:
    return any(getattr(product, name) != fields[name] for name in KEY_FIELDS)


async def _replace_skus(product: Product, rows: list[dict]) -> None:
    """Keep the SKU ids of combinations that stay (carts and orders point at them); add and drop the rest."""
    existing = {tuple(sku.spec_values): sku for sku in await Sku.filter(product_id=product.id)}
    kept = set()
    for row in rows:
        sku = existing.get(tuple(row["spec_values"]))
        if sku is None:
            await Sku.create(product_id=product.id, shop_id=product.shop_id, **row)
        else:
            kept.add(sku.id)
            await Sku.filter(id=sku.id).update(**row)
    if gone := [sku.id for sku in existing.values() if sku.id not in kept]:
        await Sku.filter(id__in=gone).delete()


async def update_product(actor: Actor, product_id: int, data: ProductIn) -> Product:
    """Rewrite a product. A merchant's key-field edit of an approved product sends it back to audit."""
    product = await _editable(actor, product_id)
    fields, skus = await _written(product.shop_id, data, product)
    back_to_audit = not actor.is_platform and product.status in APPROVED and _key_changed(product, fields) \
        and not (await shops.get_shop(product.shop_id)).self_operated  # self-operated: approved at once
    async with transaction():
        await Product.filter(id=product.id).update(**fields, **_summary(skus))
        await _replace_skus(product, skus)
        product = await Product.get(id=product.id)
        if back_to_audit:
            await PRODUCT.fire(product, "resubmit", actor=_actor_name(actor), note="编辑关键信息，重新审核")
    if data.submit and product.status in ("draft", "rejected"):
        await _fire(product, "submit", actor)
    await changed([product.id])
    return product


async def change_product(actor: Actor, product_id: int, data: ProductChange) -> Product:
    """Quick edits from the list (sort number, freight; sales padding by the platform only)."""
    changes = data.model_dump(exclude_none=True)
    if "padded_sales" in changes and not actor.is_platform:
        raise Forbidden(CoreError.permission_denied, "销量只能由平台调整", {"padded_sales": "仅平台可调整"})
    product = await _editable(actor, product_id)
    if changes:
        await Product.filter(id=product.id).update(**changes)
        await changed([product.id])
    return await Product.get(id=product.id)


def _rederived(sku: Sku, price: int, units: list[dict]) -> list[int]:
    """Unit prices after a base-price change: still price × factor if they were, else only the base moves."""
    if sku.unit_prices == [sku.price * unit["factor"] for unit in units]:
        return [price * unit["factor"] for unit in units]
    return [price, *sku.unit_prices[1:]]


async def change_skus(actor: Actor, product_id: int, data: SkuChanges) -> Product:
    """Price and stock edits per SKU (no audit); the product's summary follows."""
    product = await _editable(actor, product_id)
    skus = {sku.id: sku for sku in await Sku.filter(product_id=product.id)}
    units = product.units or [{"name": DEFAULT_UNIT, "factor": 1}]
    async with transaction():
        for item in data.items:
            sku = skus.get(item.id)
            if sku is None:
                raise NotFound(CatalogError.sku_not_found, "SKU 不存在", {"items": f"SKU {item.id} 不属于该商品"})
            current = {"spec_values": sku.spec_values, "price": sku.price, "original_price": sku.original_price,
                       "stock": sku.stock, "unit_prices": sku.unit_prices, "points": sku.points,
                       "points_cash": sku.points_cash}
            try:
                merged = SkuIn(**{**current, **item.model_dump(exclude={"id"}, exclude_none=True)})
            except ValidationError as exc:
                message = str(exc.errors()[0].get("ctx", {}).get("error", exc.errors()[0]["msg"]))
                raise Invalid(CatalogError.skus_invalid, message, {"items": message}) from None
            if item.price is not None and item.unit_prices is None:
                merged.unit_prices = _rederived(sku, item.price, units)
            row = _sku_row(merged, units, sku.position)
            await Sku.filter(id=sku.id).update(price=row["price"], original_price=row["original_price"],
                                               stock=row["stock"], unit_prices=row["unit_prices"],
                                               points=row["points"], points_cash=row["points_cash"])
        skus = await Sku.filter(product_id=product.id).values("price", "original_price", "stock", "is_enabled",
                                                              "points", "points_cash")
        await Product.filter(id=product.id).update(**_summary(skus))
    await changed([product.id])
    return await Product.get(id=product.id)


async def _fire(product: Product, event: str, actor: Actor | None, reason: str = "") -> Product:
    changes: dict[str, Any] = {}
    if event in REASON_REQUIRED:
        changes["audit_reason"] = reason
    elif event in ("approve", "unban", "submit"):
        changes["audit_reason"] = ""
    await PRODUCT.fire(product, event, actor=_actor_name(actor), note=reason, **changes)
    if event == "submit" and (await shops.get_shop(product.shop_id)).self_operated:
        await PRODUCT.fire(product, "approve", actor="system", note="自营店铺免审核")
    return product


async def fire_event(actor: Actor, product_id: int, event: str, reason: str = "") -> Product:
    """One audit or shelf step (PLT-4): merchants submit and shelve, the platform approves, rejects and bans."""
    allowed = PLATFORM_EVENTS if actor.is_platform else MERCHANT_EVENTS
    if event not in allowed:
        who = "商家" if actor.is_platform else "平台"
        raise Forbidden(CatalogError.event_not_allowed, f"该操作只能由{who}执行")
    if event in REASON_REQUIRED and not reason.strip():
        raise Invalid(CatalogError.reason_required, "请填写原因", {"reason": "请填写原因"})
    product = await get_product_for(actor, product_id)
    async with transaction():
        await _fire(product, event, actor, reason.strip())
    await changed([product.id])
    return product


async def delete_product(actor: Actor, product_id: int) -> None:
    product = await get_product_for(actor, product_id)
    if product.status not in DELETABLE:
        raise Conflict(CatalogError.product_not_deletable, "请先下架商品再删除")
    async with transaction():
        await Product.filter(id=product.id).update(is_deleted=True)
        await LibraryEntry.filter(product_id=product.id).delete()
    await changed([product.id])


async def bulk(actor: Actor, data: BulkIn) -> dict[str, list]:
    """The same step on many products; each succeeds or fails on its own and says why."""
    succeeded, failed = [], []
    for product_id in dict.fromkeys(data.ids):
        try:
            if data.action == "delete":
                await delete_product(actor, product_id)
            else:
                await fire_event(actor, product_id, data.action, data.reason)
            succeeded.append(product_id)
        except DomainError as error:
            failed.append({"id": product_id, "code": str(error.code), "message": error.message})
    return {"succeeded": succeeded, "failed": failed}


# --- platform library (商品库) -------------------------------------------------------------------

async def add_to_library(product_ids: list[int]) -> int:
    """Pull approved products into the library; anything else is refused by id, nothing added."""
    approved = set(await Product.filter(id__in=product_ids, status__in=APPROVED, is_deleted=False)
                   .values_list("id", flat=True))
    if missing := [i for i in product_ids if i not in approved]:
        raise Invalid(CatalogError.library_product_not_approved, "只有审核通过的商品可以加入商品库",
                      {"product_ids": "、".join(map(str, missing))})
    present = set(await LibraryEntry.filter(product_id__in=approved).values_list("product_id", flat=True))
    await LibraryEntry.bulk_create([LibraryEntry(product_id=i) for i in dict.fromkeys(product_ids) if i not in present])
    return len(approved)


async def remove_from_library(product_id: int) -> None:
    if not await LibraryEntry.filter(product_id=product_id).delete():
        raise NotFound(CatalogError.product_not_found, "商品不在商品库中")


async def list_library(query: LibraryQuery) -> tuple[list[dict], int]:
    queryset = Product.filter(id__in=Subquery(LibraryEntry.all().values("product_id")), is_deleted=False,
                              status__in=APPROVED)
    if query.keyword:
        queryset = queryset.filter(title__icontains=query.keyword)
    if query.category_id:
        queryset = queryset.filter(category_id=query.category_id)
    products, total = await paginate(queryset.order_by("-id"), query)
    return await _rows(products), total


async def copy_from_library(actor: Actor, product_id: int) -> Product:
    """A merchant takes a library product into their shop as a draft (codes cleared: they are per shop)."""
    if actor.shop_id is None:
        raise Forbidden(CatalogError.event_not_allowed, "请使用商家账号复制商品")
    source = await Product.get_or_none(id=product_id, is_deleted=False, status__in=APPROVED)
    if source is None or not await LibraryEntry.exists(product_id=product_id):
        raise NotFound(CatalogError.product_not_found, "商品不在商品库中")
    skus = await Sku.filter(product_id=source.id).order_by("position", "id")
    fields = {name: getattr(source, name) for name in (
        "category_id", "brand_id", "title", "subtitle", "image", "images", "video", "description", "params",
        "attributes", "service_promise", "specs", "units", "freight", "price", "price_max", "original_price",
        "points", "points_cash", "tags", "shown_tags")}
    async with transaction():
        copy = await Product.create(shop_id=actor.shop_id, status="draft", stock=0, source_product_id=source.id,
                                    **fields)
        await Sku.bulk_create([Sku(product_id=copy.id, shop_id=actor.shop_id, spec_values=sku.spec_values,
                                   barcode=sku.barcode, price=sku.price, original_price=sku.original_price,
                                   unit_prices=sku.unit_prices, weight=sku.weight, image=sku.image,
                                   is_enabled=sku.is_enabled, position=sku.position, stock=0,
                                   points=sku.points, points_cash=sku.points_cash)
                               for sku in skus])
    return copy
