"""After-sales routes: the buyer's (/aftersales) and the back office's (/admin/aftersales)."""

from sanic import Blueprint, Request

from backend.aftersales import service
from backend.aftersales.errors import AftersaleError
from backend.aftersales.schemas import (
    ApproveIn,
    BuyerQuery,
    CancelIn,
    PreviewIn,
    PreviewOut,
    RejectIn,
    RequestCard,
    RequestDetail,
    RequestIn,
    ShipReturnIn,
    StaffQuery,
)
from backend.core.auth import require, require_consumer
from backend.core.errors import BadRequest
from backend.core.http import json_out, json_response, list_out, parse_body, parse_query

bp = Blueprint("aftersales", url_prefix="/api/v1")
REQUEST_NO = "<request_no:[A-Z0-9]{8,32}>"
MANAGE = "aftersales:manage"


def _user(request: Request) -> int:
    return request.ctx.actor.id


def _client_key(request: Request) -> str | None:
    key = request.headers.get("idempotency-key")
    if key is not None and not (8 <= len(key) <= 64 and key.replace("-", "").isalnum()):
        raise BadRequest(AftersaleError.idempotency_key_invalid, "无效的 Idempotency-Key 请求头",
                         {"Idempotency-Key": "8-64 位字母、数字或连字符"})
    return key


# --- buyer ----------------------------------------------------------------------------------------

@bp.get("/aftersales/reasons")
@require_consumer
async def reasons(request: Request):
    settings = await service.aftersales_settings()
    return json_response({"reasons": settings.reasons, "refund_window_days": settings.refund_window_days})


@bp.post("/aftersales/preview")
@require_consumer
async def preview(request: Request):
    return json_out(PreviewOut, await service.preview(_user(request), parse_body(request, PreviewIn)))


@bp.post("/aftersales")
@require_consumer
async def create(request: Request):
    data = parse_body(request, RequestIn)
    created = await service.create(_user(request), data, _client_key(request))
    return json_out(RequestDetail, await service.view(created), status=201)


@bp.get("/aftersales")
@require_consumer
async def list_mine(request: Request):
    query = parse_query(request, BuyerQuery)
    items, total = await service.list_for_buyer(_user(request), query)
    return list_out(RequestCard, items, total=total, page=query.page, page_size=query.page_size)


@bp.get(f"/aftersales/{REQUEST_NO}")
@require_consumer
async def detail(request: Request, request_no: str):
    return json_out(RequestDetail, await service.detail_for_buyer(_user(request), request_no))


@bp.post(f"/aftersales/{REQUEST_NO}/cancel")
@require_consumer
async def cancel(request: Request, request_no: str):
    moved = await service.cancel(_user(request), request_no, parse_body(request, CancelIn))
    return json_out(RequestDetail, await service.view(moved))


@bp.post(f"/aftersales/{REQUEST_NO}/return")
@require_consumer
async def ship_return(request: Request, request_no: str):
    moved = await service.ship_return(_user(request), request_no, parse_body(request, ShipReturnIn))
    return json_out(RequestDetail, await service.view(moved))


# --- back office ----------------------------------------------------------------------------------

@bp.get("/admin/aftersales")
@require(MANAGE)
async def staff_list(request: Request):
    query = parse_query(request, StaffQuery)
    items, total = await service.list_for_staff(request.ctx.actor, query)
    return list_out(RequestCard, items, total=total, page=query.page, page_size=query.page_size)


@bp.get(f"/admin/aftersales/{REQUEST_NO}")
@require(MANAGE)
async def staff_detail(request: Request, request_no: str):
    return await _staff_view(request, request_no)


async def _staff_view(request: Request, request_no: str):
    return json_out(RequestDetail, await service.detail_for_staff(request.ctx.actor, request_no))


@bp.post(f"/admin/aftersales/{REQUEST_NO}/approve")
@require(MANAGE)
async def approve(request: Request, request_no: str):
    await service.approve(request.ctx.actor, request_no, parse_body(request, ApproveIn))
    return await _staff_view(request, request_no)


@bp.post(f"/admin/aftersales/{REQUEST_NO}/reject")
@require(MANAGE)
async def reject(request: Request, request_no: str):
    await service.reject(request.ctx.actor, request_no, parse_body(request, RejectIn))
    return await _staff_view(request, request_no)


@bp.post(f"/admin/aftersales/{REQUEST_NO}/receive")
@require(MANAGE)
async def receive(request: Request, request_no: str):
    await service.receive(request.ctx.actor, request_no, parse_body(request, ApproveIn))
    return await _staff_view(request, request_no)


@bp.post(f"/admin/aftersales/{REQUEST_NO}/refuse-receipt")
@require(MANAGE)
async def refuse_receipt(request: Request, request_no: str):
    await service.refuse_receipt(request.ctx.actor, request_no, parse_body(request, RejectIn))
    return await _staff_view(request, request_no)


@bp.post(f"/admin/aftersales/{REQUEST_NO}/refund")
@require(MANAGE)
async def refund(request: Request, request_no: str):
    await service.execute(request.ctx.actor, request_no)
    return await _staff_view(request, request_no)
