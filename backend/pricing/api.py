"""Back-office routes of the pricing context: customer prices (客户秘价), tenant-scoped."""

from sanic import Blueprint, Request

from backend.core.auth import require
from backend.core.http import json_out, list_out, no_content, parse_body, parse_query
from backend.pricing import service
from backend.pricing.schemas import CustomerPriceChange, CustomerPriceIn, CustomerPriceOut, CustomerPriceQuery

bp = Blueprint("pricing", url_prefix="/api/v1")
PATH = "/admin/customer-prices"


@bp.get(PATH)
@require()
async def list_customer_prices(request: Request):
    query = parse_query(request, CustomerPriceQuery)
    rows, total = await service.list_customer_prices(request.ctx.actor, query)
    return list_out(CustomerPriceOut, [service.customer_price_view(row) for row in rows], total=total,
                    page=query.page, page_size=query.page_size)


@bp.post(PATH)
@require("catalog:manage")
async def create_customer_price(request: Request):
    row = await service.create_customer_price(request.ctx.actor, parse_body(request, CustomerPriceIn))
    return json_out(CustomerPriceOut, service.customer_price_view(row), status=201)


@bp.get(f"{PATH}/<price_id:int>")
@require()
async def get_customer_price(request: Request, price_id: int):
    row = await service.get_customer_price(request.ctx.actor, price_id)
    return json_out(CustomerPriceOut, service.customer_price_view(row))


@bp.patch(f"{PATH}/<price_id:int>")
@require("catalog:manage")
async def change_customer_price(request: Request, price_id: int):
    row = await service.change_customer_price(request.ctx.actor, price_id, parse_body(request, CustomerPriceChange))
    return json_out(CustomerPriceOut, service.customer_price_view(row))


@bp.delete(f"{PATH}/<price_id:int>")
@require("catalog:manage")
async def delete_customer_price(request: Request, price_id: int):
    await service.delete_customer_price(request.ctx.actor, price_id)
    return no_content()
