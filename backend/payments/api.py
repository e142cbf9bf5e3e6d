"""Payment routes: the shopper pays (one payment for several orders too, PAY-5), the sandbox wallet
answers, gateways notify, transfer vouchers are uploaded; the back office lists payments and
refunds, confirms or rejects transfers, records cash on delivery and refunds paid back by hand."""

from sanic import Blueprint, Request
from sanic.response import HTTPResponse

from backend.core.auth import require, require_consumer
from backend.core.http import client_ip, json_out, json_response, list_out, parse_body, parse_query
from backend.orders import service as orders
from backend.payments import service
from backend.payments.schemas import (
    CollectCodIn,
    ConfirmIn,
    ConfirmOfflineIn,
    GatewayIn,
    GatewayOut,
    MethodOut,
    MethodQuery,
    PayIn,
    PaymentView,
    PayOrdersIn,
    RecordRefundIn,
    RefundView,
    RejectVoucherIn,
    StaffPaymentQuery,
    StaffPaymentRow,
    StaffRefundQuery,
    StaffRefundRow,
    VoucherIn,
    VoucherView,
)

bp = Blueprint("payments", url_prefix="/api/v1")


@bp.post("/payments")
@require_consumer
async def pay_orders(request: Request):
    body = parse_body(request, PayOrdersIn)
    return json_out(PaymentView, await orders.pay_together(request.ctx.actor.id, body.order_nos), status=201)


@bp.get("/payments/<payment_no:str>")
@require_consumer
async def get_payment(request: Request, payment_no: str):
    return json_out(PaymentView, await service.get_payment(payment_no, request.ctx.actor.id))


@bp.post("/payments/<payment_no:str>/pay")
@require_consumer
async def pay(request: Request, payment_no: str):
    body = parse_body(request, PayIn)
    params = await service.start_payment(payment_no, request.ctx.actor.id, body.method, body.channel,
                                         client_ip=client_ip(request), in_wechat=body.in_wechat)
    return json_response(params)


@bp.post("/payments/<payment_no:str>/vouchers")
@require_consumer
async def submit_voucher(request: Request, payment_no: str):
    body = parse_body(request, VoucherIn)
    voucher = await service.submit_voucher(request.ctx.actor.id, payment_no, body.images, body.note)
    return json_out(VoucherView, voucher, status=201)


@bp.get("/payments/<payment_no:str>/vouchers")
@require_consumer
async def my_vouchers(request: Request, payment_no: str):
    return list_out(VoucherView, await service.vouchers_of(payment_no, request.ctx.actor.id))


@bp.post("/payments/sandbox/<payment_no:str>/confirm")
@require_consumer
async def confirm_sandbox(request: Request, payment_no: str):
    body = parse_body(request, ConfirmIn)
    return json_response(await service.confirm_sandbox(payment_no, request.ctx.actor.id, body.outcome),
                         status=202)


@bp.post("/payments/notify/<provider:str>")
async def notify(request: Request, provider: str):
    """Gateways call this without a token: the signature is the authentication."""
    ack = await service.handle_notification(provider, dict(request.headers), request.body)
    return HTTPResponse(ack.body, status=ack.status, content_type=ack.content_type)


@bp.get("/payment-methods")
async def payment_methods(request: Request):
    query = parse_query(request, MethodQuery)
    items = [MethodOut(**m).model_dump() for m in await service.methods(query.channel)]
    return json_response({"items": items})


# --- back office (PLT-8) ---------------------------------------------------------------------------

@bp.get("/admin/payments")
@require("orders:view")
async def staff_payments(request: Request):
    query = parse_query(request, StaffPaymentQuery)
    items, total = await service.list_payments(request.ctx.actor, query, status=query.status, provider=query.provider)
    return list_out(StaffPaymentRow, items, total=total, page=query.page, page_size=query.page_size)


@bp.post("/admin/payments/<payment_no:str>/confirm-offline")
@require("orders:manage")
async def confirm_offline(request: Request, payment_no: str):
    body = parse_body(request, ConfirmOfflineIn)
    return json_out(PaymentView, await service.confirm_offline(request.ctx.actor, payment_no, body.reference,
                                                               body.amount))


@bp.get("/admin/refunds")
@require("orders:view")
async def staff_refunds(request: Request):
    query = parse_query(request, StaffRefundQuery)
    items, total = await service.list_refunds(request.ctx.actor, query, status=query.status, keyword=query.keyword)
    return list_out(StaffRefundRow, items, total=total, page=query.page, page_size=query.page_size)


@bp.post("/admin/payments/<payment_no:str>/reject-offline")
@require("orders:manage")
async def reject_offline(request: Request, payment_no: str):
    body = parse_body(request, RejectVoucherIn)
    return json_out(VoucherView, await service.reject_voucher(request.ctx.actor, payment_no, body.reason))


@bp.post("/admin/orders/<order_no:str>/collect-cod")
@require("orders:manage")
async def collect_cod(request: Request, order_no: str):
    body = parse_body(request, CollectCodIn)
    return json_out(PaymentView, await orders.collect_cod(request.ctx.actor, order_no, body.amount, body.reference))


@bp.post("/admin/refunds/<refund_no:str>/record")
@require("orders:manage")
async def record_refund(request: Request, refund_no: str):
    body = parse_body(request, RecordRefundIn)
    return json_out(RefundView, await service.record_refund(request.ctx.actor, refund_no, body.reference))


@bp.get("/admin/payments/gateways")
@require("settings:manage")
async def gateway_settings(request: Request):
    return list_out(GatewayOut, await service.gateway_settings())


@bp.put("/admin/payments/gateways/<code:str>")
@require("settings:manage")
async def save_gateway(request: Request, code: str):
    body = parse_body(request, GatewayIn)
    return json_out(GatewayOut, await service.save_gateway(code, body.enabled, body.values, request.ctx.actor.label()))
