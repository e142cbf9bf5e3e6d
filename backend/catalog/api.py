from pydantic import BaseModel, Field
from sanic import Blueprint, Request

from backend.catalog import service
from backend.catalog.schemas import BrandIn, BrandOut, CategoryIn, CategoryNode, ProductChange, ProductIn
from backend.core.auth import require
from backend.core.errors import CoreError, Invalid
from backend.core.http import json_out, json_response, list_out, no_content, parse_body, parse_query

bp = Blueprint("catalog", url_prefix="/api/v1")


class BrandQuery(BaseModel):
    letter: str | None = Field(default=None, pattern=r"^[A-Za-z#]$")


@bp.get("/categories/tree")
async def category_tree(request: Request):
    tree = await service.category_tree()
    return json_response({"items": [CategoryNode.model_validate(n).model_dump() for n in tree]})


@bp.get("/brands")
async def list_brands(request: Request):
    query = parse_query(request, BrandQuery)
    return list_out(BrandOut, await service.list_brands(query.letter))


@bp.post("/admin/categories")
@require("catalog:audit")
async def create_category(request: Request):
    category = await service.create_category(parse_body(request, CategoryIn))
    return json_response({"id": category.id, "level": category.level, "name": category.name}, status=201)


@bp.delete("/admin/categories/<category_id:int>")
@require("catalog:audit")
async def delete_category(request: Request, category_id: int):
    await service.delete_category(category_id)
    return no_content()


@bp.post("/admin/brands")
@require("catalog:audit")
async def create_brand(request: Request):
    return json_out(BrandOut, await service.create_brand(parse_body(request, BrandIn)), status=201)


@bp.post("/admin/products")
@require("catalog:manage")
async def create_product(request: Request):
    actor = request.ctx.actor
    if actor.shop_id is None:
        raise Invalid(CoreError.validation_failed, "请使用商家账号发布商品")
    product = await service.create_product(actor.shop_id, parse_body(request, ProductIn))
    cards = await service.cards_by_ids([product.id])
    return json_response(cards[product.id], status=201)


@bp.patch("/admin/products/<product_id:int>")
@require("catalog:manage")
async def change_product(request: Request, product_id: int):
    actor = request.ctx.actor
    await service.change_product(actor.shop_id, product_id, parse_body(request, ProductChange))
    cards = await service.cards_by_ids([product_id])
    return json_response(cards.get(product_id) or {"id": product_id, "status": "off_shelf"})
