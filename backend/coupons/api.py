"""Coupon routes: templates in the back office, 领券 and 我的优惠券 for shoppers."""

from sanic import Blueprint, Request

from backend.core.auth import current_actor, require, require_consumer
from backend.core.http import json_out, list_out, parse_body, parse_query
from backend.coupons import service
from backend.coupons.schemas import (
    ClaimableOut,
    ClaimableQuery,
    ClaimIn,
    CouponOut,
    MyCouponQuery,
    TemplateChange,
    TemplateIn,
    TemplateOut,
    TemplateQuery,
)

bp = Blueprint("coupons", url_prefix="/api/v1")
TEMPLATES = "/admin/coupon-templates"


@bp.get(TEMPLATES)
@require("promotions:manage")
async def list_templates(request: Request):
    query = parse_query(request, TemplateQuery)
    rows, total = await service.list_templates(request.ctx.actor, query)
    return list_out(TemplateOut, rows, total=total, page=query.page, page_size=query.page_size)


@bp.post(TEMPLATES)
@require("promotions:manage")
async def create_template(request: Request):
    template = await service.create_template(request.ctx.actor, parse_body(request, TemplateIn))
    return json_out(TemplateOut, template, status=201)


@bp.get(f"{TEMPLATES}/<template_id:int>")
@require("promotions:manage")
async def get_template(request: Request, template_id: int):
    return json_out(TemplateOut, await service.get_template(request.ctx.actor, template_id))


@bp.put(f"{TEMPLATES}/<template_id:int>")
@require("promotions:manage")
async def update_template(request: Request, template_id: int):
    template = await service.update_template(request.ctx.actor, template_id, parse_body(request, TemplateChange))
    return json_out(TemplateOut, template)


@bp.post(f"{TEMPLATES}/<template_id:int>/stop")
@require("promotions:manage")
async def stop_template(request: Request, template_id: int):
    return json_out(TemplateOut, await service.stop_template(request.ctx.actor, template_id))


@bp.get("/coupons/claimable")
async def claimable(request: Request):
    """Open to every visitor; a signed-in shopper also learns how many they hold of each."""
    query = parse_query(request, ClaimableQuery)
    actor = await current_actor(request)
    shopper = actor.id if actor is not None and actor.kind == "consumer" else None
    rows, total = await service.list_claimable(shopper, query)
    return list_out(ClaimableOut, rows, total=total, page=query.page, page_size=query.page_size)


@bp.post("/coupons/claim")
@require_consumer
async def claim(request: Request):
    coupon = await service.claim(request.ctx.actor.id, parse_body(request, ClaimIn).template_id)
    return json_out(CouponOut, await service.coupon_out(coupon), status=201)


@bp.get("/me/coupons")
@require_consumer
async def my_coupons(request: Request):
    query = parse_query(request, MyCouponQuery)
    rows, total = await service.list_my_coupons(request.ctx.actor.id, query)
    return list_out(CouponOut, rows, total=total, page=query.page, page_size=query.page_size)
