"""Catalog routes: the storefront's (public) and the back office's (merchant and platform)."""

from pydantic import BaseModel, Field
from sanic import Blueprint, Request
from sanic.response import raw

from backend.catalog import service
from backend.catalog.schemas import (
    AttributeIn,
    AttributeLinks,
    AttributeOut,
    AttributeQuery,
    BrandAdminOut,
    BrandChange,
    BrandIn,
    BrandOut,
    BrandQuery,
    BulkIn,
    BulkResult,
    CategoryChange,
    CategoryIn,
    CategoryNode,
    EventIn,
    LibraryIn,
    LibraryQuery,
    ParamList,
    ParamOut,
    ProductAdminQuery,
    ProductCard,
    ProductChange,
    ProductDetail,
    ProductEdit,
    ProductIn,
    ProductRow,
    ReasonIn,
    RecommendationQuery,
    SkuChanges,
    TagChange,
    TagIn,
    TagOrder,
    TagOut,
    TimelineEntry,
)
from backend.core.auth import require, shopper_id
from backend.core.errors import CoreError, Invalid
from backend.core.http import json_out, json_response, list_out, no_content, parse_body, parse_query
from backend.members import service as members
from backend.pricing import service as pricing
from backend.promotions import service as promotions
from backend.reviews import service as reviews

bp = Blueprint("catalog", url_prefix="/api/v1")


class LetterQuery(BaseModel):
    letter: str | None = Field(default=None, pattern=r"^[A-Za-z#]$")


def _tree(nodes: list[dict]) -> dict:
    return {"items": [CategoryNode.model_validate(n).model_dump() for n in nodes]}


# --- storefront ---------------------------------------------------------------------------------

@bp.get("/categories/tree")
async def category_tree(request: Request):
    return json_response(_tree(await service.category_tree()))


@bp.get("/brands")
async def list_brands(request: Request):
    query = parse_query(request, LetterQuery)
    return list_out(BrandOut, await service.list_brands(query.letter))


@bp.get("/tags")
async def list_tags(request: Request):
    return json_response({"items": [{"id": t.id, "name": t.name} for t in await service.list_tags()]})


@bp.get("/products/<product_id:int>")
async def product_detail(request: Request, product_id: int):
    shopper = await shopper_id(request)
    detail = await service.product_detail(product_id, pricing.Buyer(user_id=shopper))
    await promotions.mark_cards(detail)
    detail["favourited"] = bool(shopper and await members.is_favourite(shopper, [product_id]))
    detail["review_summary"] = {**await reviews.summary(product_id),
                                "latest": await reviews.latest(product_id, limit=2, viewer_id=shopper)}
    return json_out(ProductDetail, detail)


@bp.get("/products/<product_id:int>/recommendations")
async def recommendations(request: Request, product_id: int):
    query = parse_query(request, RecommendationQuery)
    cards = await service.recommendations(product_id, query.limit)
    await promotions.mark_cards(cards)
    await service.price_cards_for(cards, await shopper_id(request))
    return list_out(ProductCard, cards)


# --- back office: categories, attributes, params ------------------------------------------------

@bp.get("/admin/categories/tree")
@require()
async def admin_category_tree(request: Request):
    return json_response(_tree(await service.category_tree(visible_only=False)))


@bp.post("/admin/categories")
@require("catalog:audit")
async def create_category(request: Request):
    category = await service.create_category(parse_body(request, CategoryIn))
    return json_response({"id": category.id, "level": category.level, "name": category.name}, status=201)


@bp.patch("/admin/categories/<category_id:int>")
@require("catalog:audit")
async def change_category(request: Request, category_id: int):
    category = await service.change_category(category_id, parse_body(request, CategoryChange))
    return json_out(CategoryNode, {**category.__dict__, "children": []})


@bp.delete("/admin/categories/<category_id:int>")
@require("catalog:audit")
async def delete_category(request: Request, category_id: int):
    await service.delete_category(category_id)
    return no_content()


@bp.get("/admin/categories/<category_id:int>/attributes")
@require()
async def category_attributes(request: Request, category_id: int):
    return list_out(AttributeOut, await service.category_attributes(category_id))


@bp.put("/admin/categories/<category_id:int>/attributes")
@require("catalog:audit")
async def link_attributes(request: Request, category_id: int):
    links = parse_body(request, AttributeLinks)
    return list_out(AttributeOut, await service.link_attributes(category_id, links.attribute_ids))


@bp.get("/admin/categories/<category_id:int>/params")
@require()
async def category_params(request: Request, category_id: int):
    return list_out(ParamOut, await service.category_params(category_id))


@bp.put("/admin/categories/<category_id:int>/params")
@require("catalog:audit")
async def replace_params(request: Request, category_id: int):
    params = parse_body(request, ParamList)
    return list_out(ParamOut, await service.replace_params(category_id, params.items))


@bp.get("/admin/attributes")
@require()
async def list_attributes(request: Request):
    query = parse_query(request, AttributeQuery)
    rows, total = await service.list_attributes(query)
    return list_out(AttributeOut, rows, total=total, page=query.page, page_size=query.page_size)


@bp.post("/admin/attributes")
@require("catalog:audit")
async def create_attribute(request: Request):
    return json_out(AttributeOut, await service.create_attribute(parse_body(request, AttributeIn)), status=201)


@bp.patch("/admin/attributes/<attribute_id:int>")
@require("catalog:audit")
async def change_attribute(request: Request, attribute_id: int):
    return json_out(AttributeOut, await service.change_attribute(attribute_id, parse_body(request, AttributeIn)))


@bp.delete("/admin/attributes/<attribute_id:int>")
@require("catalog:audit")
async def delete_attribute(request: Request, attribute_id: int):
    await service.delete_attribute(attribute_id)
    return no_content()


# --- back office: tags and brands ---------------------------------------------------------------

@bp.get("/admin/tags")
@require()
async def admin_tags(request: Request):
    return list_out(TagOut, await service.list_tags(enabled_only=False))


@bp.post("/admin/tags")
@require("catalog:audit")
async def create_tag(request: Request):
    return json_out(TagOut, await service.create_tag(parse_body(request, TagIn)), status=201)


@bp.put("/admin/tags/order")
@require("catalog:audit")
async def order_tags(request: Request):
    return list_out(TagOut, await service.order_tags(parse_body(request, TagOrder).ids))


@bp.patch("/admin/tags/<tag_id:int>")
@require("catalog:audit")
async def change_tag(request: Request, tag_id: int):
    return json_out(TagOut, await service.change_tag(tag_id, parse_body(request, TagChange)))


@bp.delete("/admin/tags/<tag_id:int>")
@require("catalog:audit")
async def delete_tag(request: Request, tag_id: int):
    await service.delete_tag(tag_id)
    return no_content()


@bp.get("/admin/brands")
@require()
async def admin_brands(request: Request):
    query = parse_query(request, BrandQuery)
    rows, total = await service.list_brands_for(request.ctx.actor, query)
    return list_out(BrandAdminOut, rows, total=total, page=query.page, page_size=query.page_size)


@bp.post("/admin/brands")
@require()
async def create_brand(request: Request):
    """The platform's brands are approved at once; a merchant's proposal goes to platform audit."""
    actor = request.ctx.actor
    brand = await service.create_brand(parse_body(request, BrandIn), shop_id=actor.shop_id)
    return json_out(BrandAdminOut, brand, status=201)


@bp.patch("/admin/brands/<brand_id:int>")
@require("catalog:audit")
async def change_brand(request: Request, brand_id: int):
    return json_out(BrandAdminOut, await service.change_brand(brand_id, parse_body(request, BrandChange)))


@bp.delete("/admin/brands/<brand_id:int>")
@require("catalog:audit")
async def delete_brand(request: Request, brand_id: int):
    await service.delete_brand(brand_id)
    return no_content()


@bp.post("/admin/brands/<brand_id:int>/approve")
@require("catalog:audit")
async def approve_brand(request: Request, brand_id: int):
    return json_out(BrandAdminOut, await service.decide_brand(brand_id, "approve", request.ctx.actor))


@bp.post("/admin/brands/<brand_id:int>/reject")
@require("catalog:audit")
async def reject_brand(request: Request, brand_id: int):
    reason = parse_body(request, ReasonIn).reason
    return json_out(BrandAdminOut, await service.decide_brand(brand_id, "reject", request.ctx.actor, reason))


# --- back office: products ----------------------------------------------------------------------

async def _edit_view(product) -> dict:
    return ProductEdit.model_validate(await service.product_edit(product)).model_dump(mode="json")


@bp.get("/admin/products")
@require()
async def list_products(request: Request):
    query = parse_query(request, ProductAdminQuery)
    rows, total = await service.list_products(request.ctx.actor, query)
    return list_out(ProductRow, rows, total=total, page=query.page, page_size=query.page_size)


@bp.post("/admin/products")
@require("catalog:manage")
async def create_product(request: Request):
    actor = request.ctx.actor
    if actor.shop_id is None:
        raise Invalid(CoreError.validation_failed, "请使用商家账号发布商品")
    product = await service.create_product(actor.shop_id, parse_body(request, ProductIn), actor)
    return json_response(await _edit_view(product), status=201)


@bp.get("/admin/products/<product_id:int>")
@require()
async def get_product(request: Request, product_id: int):
    return json_response(await _edit_view(await service.get_product_for(request.ctx.actor, product_id)))


@bp.put("/admin/products/<product_id:int>")
@require("catalog:manage")
async def update_product(request: Request, product_id: int):
    product = await service.update_product(request.ctx.actor, product_id, parse_body(request, ProductIn))
    return json_response(await _edit_view(product))


@bp.patch("/admin/products/<product_id:int>")
@require()
async def change_product(request: Request, product_id: int):
    product = await service.change_product(request.ctx.actor, product_id, parse_body(request, ProductChange))
    return json_response(await _edit_view(product))


@bp.patch("/admin/products/<product_id:int>/skus")
@require("catalog:manage")
async def change_skus(request: Request, product_id: int):
    product = await service.change_skus(request.ctx.actor, product_id, parse_body(request, SkuChanges))
    return json_response(await _edit_view(product))


@bp.delete("/admin/products/<product_id:int>")
@require("catalog:manage")
async def delete_product(request: Request, product_id: int):
    await service.delete_product(request.ctx.actor, product_id)
    return no_content()


@bp.get("/admin/products/<product_id:int>/timeline")
@require()
async def product_timeline(request: Request, product_id: int):
    return list_out(TimelineEntry, await service.product_timeline(request.ctx.actor, product_id))


@bp.post("/admin/products/bulk")
@require()
async def bulk(request: Request):
    return json_out(BulkResult, await service.bulk(request.ctx.actor, parse_body(request, BulkIn)))


@bp.post("/admin/products/<product_id:int>/<event:submit|approve|reject|on_shelf|off_shelf|ban|unban>")
@require()
async def product_event(request: Request, product_id: int, event: str):
    body = parse_body(request, EventIn) if request.body else EventIn()
    product = await service.fire_event(request.ctx.actor, product_id, event, body.reason)
    return json_response(await _edit_view(product))


# --- back office: platform library --------------------------------------------------------------

@bp.get("/admin/library")
@require()
async def list_library(request: Request):
    query = parse_query(request, LibraryQuery)
    rows, total = await service.list_library(query)
    return list_out(ProductRow, rows, total=total, page=query.page, page_size=query.page_size)


@bp.post("/admin/library")
@require("catalog:audit")
async def add_to_library(request: Request):
    return json_response({"added": await service.add_to_library(parse_body(request, LibraryIn).product_ids)})


@bp.delete("/admin/library/<product_id:int>")
@require("catalog:audit")
async def remove_from_library(request: Request, product_id: int):
    await service.remove_from_library(product_id)
    return no_content()


@bp.post("/admin/library/<product_id:int>/copy")
@require("catalog:manage")
async def copy_from_library(request: Request, product_id: int):
    product = await service.copy_from_library(request.ctx.actor, product_id)
    return json_response(await _edit_view(product), status=201)


# --- back office: Excel import and export (PLT-6) ----------------------------------------------

def _xlsx(body: bytes, filename: str, headers: dict[str, str] | None = None):
    return raw(body, content_type=service.XLSX_TYPE,
               headers={"Content-Disposition": f'attachment; filename="{filename}"', **(headers or {})})


@bp.get("/admin/products/export")
@require()
async def export_products(request: Request):
    """One row per SKU of the products the list's filters select; at most 10,000 products per file."""
    query = parse_query(request, ProductAdminQuery)
    body, truncated = await service.export_products(request.ctx.actor, query)
    return _xlsx(body, service.export_filename(), {"X-Export-Truncated": "1"} if truncated else None)


@bp.get("/admin/products/import-template")
@require()
async def import_template(request: Request):
    return _xlsx(service.import_template(), "product-import-template.xlsx")


@bp.post("/admin/products/import")
@require("catalog:manage")
async def import_products(request: Request):
    """Multipart ``file`` (.xlsx) and optional ``submit=1``: all products imported, or none and every problem."""
    actor = request.ctx.actor
    if actor.shop_id is None:
        raise Invalid(CoreError.validation_failed, "请使用商家账号导入商品")
    upload = request.files.get("file") if request.files else None
    try:
        if upload is None:
            raise service.ImportRejected("请选择要导入的 Excel 文件", fields={"file": "必填"})
        submit = (request.form.get("submit") or "") in ("1", "true") if request.form else False
        result = await service.import_products(actor.shop_id, upload.body, actor, filename=upload.name or "",
                                               submit=submit)
    except service.ImportRejected as rejected:
        return json_response(rejected.body(), status=rejected.status)
    return json_response(result, status=201)
