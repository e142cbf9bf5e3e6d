"""Promotions routes: the back office's activities (tenant-scoped) and the shoppers' 凑单 pages."""

from sanic import Blueprint, Request

from backend.catalog import service as catalog
from backend.catalog.schemas import ProductCard
from backend.core.auth import require, shopper_id
from backend.core.http import json_out, list_out, parse_body, parse_query
from backend.core.pagination import PageParams
from backend.promotions import service
from backend.promotions.schemas import ActivityIn, ActivityOut, ActivityPublic, ActivityQuery

bp = Blueprint("promotions", url_prefix="/api/v1")
ADMIN = "/admin/activities"


@bp.get(ADMIN)
@require("promotions:manage")
async def list_activities(request: Request):
    query = parse_query(request, ActivityQuery)
    rows, total = await service.list_activities(request.ctx.actor, query)
    return list_out(ActivityOut, [service.view(row) for row in rows], total=total, page=query.page,
                    page_size=query.page_size)


@bp.post(ADMIN)
@require("promotions:manage")
async def create_activity(request: Request):
    activity = await service.create_activity(request.ctx.actor, parse_body(request, ActivityIn))
    return json_out(ActivityOut, service.view(activity), status=201)


@bp.get(f"{ADMIN}/<activity_id:int>")
@require("promotions:manage")
async def get_activity(request: Request, activity_id: int):
    return json_out(ActivityOut, service.view(await service.get_activity(request.ctx.actor, activity_id)))


@bp.put(f"{ADMIN}/<activity_id:int>")
@require("promotions:manage")
async def update_activity(request: Request, activity_id: int):
    activity = await service.update_activity(request.ctx.actor, activity_id, parse_body(request, ActivityIn))
    return json_out(ActivityOut, service.view(activity))


@bp.post(f"{ADMIN}/<activity_id:int>/cancel")
@require("promotions:manage")
async def cancel_activity(request: Request, activity_id: int):
    return json_out(ActivityOut, service.view(await service.cancel_activity(request.ctx.actor, activity_id)))


# --- storefront ------------------------------------------------------------------------------------

@bp.get("/activities/<activity_id:int>")
async def activity(request: Request, activity_id: int):
    return json_out(ActivityPublic, service.public_view(await service.running_activity(activity_id)))


@bp.get("/activities/<activity_id:int>/products")
async def activity_products(request: Request, activity_id: int):
    """凑单: what the shopper can add to reach the activity's threshold, with their own prices."""
    params = parse_query(request, PageParams)
    cards, total = await service.activity_cards(activity_id, params)
    await catalog.price_cards_for(cards, await shopper_id(request))
    return list_out(ProductCard, cards, total=total, page=params.page, page_size=params.page_size)
