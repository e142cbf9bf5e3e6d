"""Fulfillment routes: carriers, provinces, shipping templates and staff parcel tracking."""

from sanic import Blueprint, Request

from backend.core.auth import authenticated, require
from backend.core.errors import Invalid
from backend.core.http import json_out, json_response, list_out, no_content, parse_body
from backend.fulfillment import service
from backend.fulfillment.errors import FulfillmentError
from backend.fulfillment.schemas import (
    CarrierAdminOut,
    CarrierChange,
    CarrierIn,
    CarrierOut,
    TemplateIn,
    TemplateOut,
    TrackingOut,
)

bp = Blueprint("fulfillment", url_prefix="/api/v1")


@bp.get("/regions/provinces")
async def provinces(request: Request):
    return json_response({"items": list(service.PROVINCES)})


# --- carriers (INV-8) -----------------------------------------------------------------------------

@bp.get("/carriers")
async def enabled_carriers(request: Request):
    await authenticated(request)
    return list_out(CarrierOut, await service.enabled_carriers())


@bp.get("/admin/carriers")
@require("settings:manage")
async def all_carriers(request: Request):
    return list_out(CarrierAdminOut, await service.all_carriers())


@bp.post("/admin/carriers")
@require("settings:manage")
async def create_carrier(request: Request):
    return json_out(CarrierAdminOut, await service.create_carrier(parse_body(request, CarrierIn)), status=201)


@bp.patch("/admin/carriers/<carrier_id:int>")
@require("settings:manage")
async def change_carrier(request: Request, carrier_id: int):
    return json_out(CarrierAdminOut, await service.change_carrier(carrier_id, parse_body(request, CarrierChange)))


# --- shipping templates (运费模板) ----------------------------------------------------------------

@bp.get("/admin/shipping-templates")
@require("catalog:manage")
async def list_templates(request: Request):
    return list_out(TemplateOut, await service.list_templates(request.ctx.actor))


@bp.post("/admin/shipping-templates")
@require("catalog:manage")
async def create_template(request: Request):
    actor = request.ctx.actor
    if actor.shop_id is None:
        raise Invalid(FulfillmentError.shop_required, "请使用商家账号设置运费模板")
    template = await service.create_template(actor.shop_id, parse_body(request, TemplateIn))
    return json_out(TemplateOut, template, status=201)


@bp.get("/admin/shipping-templates/<template_id:int>")
@require("catalog:manage")
async def get_template(request: Request, template_id: int):
    return json_out(TemplateOut, await service.get_template(request.ctx.actor, template_id))


@bp.put("/admin/shipping-templates/<template_id:int>")
@require("catalog:manage")
async def update_template(request: Request, template_id: int):
    data = parse_body(request, TemplateIn)
    return json_out(TemplateOut, await service.update_template(request.ctx.actor, template_id, data))


@bp.delete("/admin/shipping-templates/<template_id:int>")
@require("catalog:manage")
async def delete_template(request: Request, template_id: int):
    await service.delete_template(request.ctx.actor, template_id)
    return no_content()


# --- shipments (ORD-5) --------------------------------------------------------------------------------

@bp.get("/admin/shipments/<shipment_id:int>/track")
@require("orders:view")
async def track(request: Request, shipment_id: int):
    return json_out(TrackingOut, await service.track(shipment_id, actor=request.ctx.actor))
