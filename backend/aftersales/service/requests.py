"""The buyer's side (AS-1..AS-4): what may be asked, asking, cancelling and shipping a return.

A request is made under the order's lock row: it reads what the order's live requests already
cover only after taking the lock, and claims its amount with a conditional update, so two
requests racing for the same units or the last of the money cannot both win.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from tortoise.exceptions import IntegrityError
from tortoise.expressions import F

from backend.aftersales.errors import AftersaleError
from backend.aftersales.models import AftersaleItem, AftersaleOrder, AftersaleRequest, AftersaleStep
from backend.aftersales.schemas import CancelIn, PreviewIn, RequestIn, ShipReturnIn
from backend.aftersales.service import handling
from backend.aftersales.service._shared import SYSTEM, Who, aftersales_settings, buyer_request, move, now
from backend.aftersales.service.amounts import Plan, claimed_units, plan, wanted_units
from backend.core import jobs
from backend.core.db import transaction
from backend.core.errors import Conflict, Invalid
from backend.core.numbers import business_no
from backend.fulfillment import service as fulfillment
from backend.orders import service as orders
from backend.orders.schemas import RefundableOrder
from backend.settings.schemas import AftersalesSettings

NOT_SHIPPED = ("pending_audit", "pending_shipment")
IN_TRANSIT = ("partially_shipped", "shipped")
RECEIVED = ("received", "completed")


def allowed_types(order: RefundableOrder, settings: AftersalesSettings, moment: datetime) -> list[str]:
    """What the buyer may ask for this order now; a clear 409 when nothing.

    Not yet shipped: 仅退款. On its way: 仅退款 when ``in_transit_refunds`` is on. Received: either
    type within ``refund_window_days`` of receipt. Unpaid, cancelled or closed orders: nothing.
    """
    if order.paid_at is None or order.status not in (*NOT_SHIPPED, *IN_TRANSIT, *RECEIVED):
        raise Conflict(AftersaleError.order_not_eligible, "该订单当前不能申请售后")
    if order.status in NOT_SHIPPED:
        return ["refund_only"]
    if order.status in IN_TRANSIT:
        if not settings.in_transit_refunds:
            raise Conflict(AftersaleError.in_transit_not_allowed, "商品运输中，请确认收货后再申请售后")
        return ["refund_only"]
    received = order.received_at or moment
    if moment > received + timedelta(days=settings.refund_window_days):
        raise Conflict(AftersaleError.refund_window_closed,
                       f"已超过售后申请期限（确认收货后 {settings.refund_window_days} 天内）")
    return ["refund_only", "return_refund"]


async def preview(user_id: int, data: PreviewIn) -> dict:
    """How much the given units (or all that remain) may refund, and which types may be asked."""
    order = await orders.order_for_aftersales(user_id, data.order_no)
    types = allowed_types(order, await aftersales_settings(), now())
    planned = plan(order, await claimed_units(order.id), wanted_units(data.items))
    return {
        "order_no": order.order_no, "types": types, "goods_amount": planned.goods_amount,
        "freight": planned.freight, "max_amount": planned.max_amount, "whole_order": planned.whole_order,
        "lines": [{"line_id": item.line.id, "title": item.line.title, "quantity": item.quantity,
                   "line_quantity": item.line.quantity, "remaining_quantity": item.remaining,
                   "amount": item.amount} for item in planned.items],
    }


async def _lock(order: RefundableOrder) -> AftersaleOrder:
    """Take the order's lock row (created on its first request); held until the transaction ends."""
    if not await AftersaleOrder.filter(order_id=order.id).update(version=F("version") + 1):
        try:
            async with transaction():  # a savepoint: a racing first request may have made it
                await AftersaleOrder.create(order_id=order.id, paid=order.payable)
        except IntegrityError:
            pass
        await AftersaleOrder.filter(order_id=order.id).update(version=F("version") + 1)
    return await AftersaleOrder.get(order_id=order.id)


async def _claim(lock: AftersaleOrder, amount: int) -> None:
    """The order never gives back more than it was paid, whatever else is asked at the same time."""
    left = lock.paid - lock.claimed
    if amount > left or not await AftersaleOrder.filter(id=lock.id, claimed__lte=lock.paid - amount).update(
            claimed=F("claimed") + amount):
        raise Conflict(AftersaleError.amount_exceeded, f"退款金额超过订单可退金额（{max(left, 0)} 分）",
                       {"amount": f"最多可退 {max(left, 0)} 分"})


def _auto_approves(request: AftersaleRequest, settings: AftersalesSettings) -> bool:
    return ((request.type == "refund_only" and settings.auto_approve_refund_only)
            or 0 < request.amount < settings.auto_approve_below)


async def create(user_id: int, data: RequestIn, client_key: str | None = None) -> AftersaleRequest:
    """AS-1/2/3: ask for some units (or all that remain) of an order back; the same key answers the
    same request."""
    if client_key and (existing := await AftersaleRequest.get_or_none(user_id=user_id, client_key=client_key)):
        return existing
    settings = await aftersales_settings()
    order = await orders.order_for_aftersales(user_id, data.order_no)
    types = allowed_types(order, settings, now())
    if data.type not in types:
        raise Conflict(AftersaleError.return_needs_receipt, "确认收货后才能申请退货退款")
    if data.reason not in settings.reasons:
        raise Invalid(AftersaleError.reason_invalid, "请选择售后原因", {"reason": "请从列表中选择"})
    try:
        async with transaction():
            lock = await _lock(order)
            planned = plan(order, await claimed_units(order.id), wanted_units(data.items))
            amount = data.amount or planned.max_amount
            if amount > planned.max_amount:
                raise Invalid(AftersaleError.amount_exceeded, f"退款金额不能超过 {planned.max_amount} 分",
                              {"amount": f"最多可退 {planned.max_amount} 分"})
            await _claim(lock, amount)
            request = await _save(user_id, order, data, planned, amount, client_key)
            auto = _auto_approves(request, settings)
            if auto:
                await handling.approved(request, SYSTEM, settings, note="自动同意")
    except IntegrityError:  # the same key, a moment earlier
        if client_key and (existing := await AftersaleRequest.get_or_none(user_id=user_id, client_key=client_key)):
            return existing
        raise
    if auto:
        return await handling.execute_unless_platform(request, settings)
    return request


async def _save(user_id: int, order: RefundableOrder, data: RequestIn, planned: Plan, amount: int,
                client_key: str | None) -> AftersaleRequest:
    request = await AftersaleRequest.create(
        request_no=business_no("A"), user_id=user_id, shop_id=order.shop_id, order_id=order.id,
        order_no=order.order_no, type=data.type, status="requested", reason=data.reason,
        description=data.description, images=data.images, requested_amount=amount, amount=amount,
        freight=min(planned.freight, amount), quantity=planned.quantity, whole_order=planned.whole_order,
        client_key=client_key)
    await AftersaleItem.bulk_create([
        AftersaleItem(request_id=request.id, order_id=order.id, line_id=item.line.id, quantity=item.quantity,
                      amount=item.amount, line_quantity=item.line.quantity, title=item.line.title,
                      image=item.line.image, spec_text=item.line.spec_text, unit_price=item.line.unit_price)
        for item in planned.items])
    await AftersaleStep.create(request_id=request.id, event="create", to_state="requested",
                               actor=f"consumer:{user_id}", role="buyer", note=data.description,
                               images=data.images, data={"reason": data.reason, "amount": amount,
                                                         "type": data.type})
    return request


async def cancel(user_id: int, request_no: str, data: CancelIn) -> AftersaleRequest:
    """AS-4: the buyer withdraws a request that is not being refunded; its units may be asked again."""
    request = await buyer_request(user_id, request_no)
    async with transaction():
        await move(request, "cancel", Who(f"consumer:{user_id}", "buyer"), note=data.reason or "买家撤销申请")
    return request


async def ship_return(user_id: int, request_no: str, data: ShipReturnIn) -> AftersaleRequest:
    """AS-2: the buyer sends the goods back; unless the merchant acts first, receipt confirms itself."""
    request = await buyer_request(user_id, request_no)
    carrier = await fulfillment.carrier_by_code(data.carrier_code)
    if carrier is None or not carrier.is_enabled:
        raise Invalid(AftersaleError.carrier_unavailable, "请选择物流公司", {"carrier_code": "不支持该物流公司"})
    settings = await aftersales_settings()
    due = now() + timedelta(days=settings.auto_receive_days)
    async with transaction():
        await move(request, "ship_return", Who(f"consumer:{user_id}", "buyer"), note=data.note, images=data.images,
                   data={"carrier_code": carrier.code, "carrier_name": carrier.name, "tracking_no": data.tracking_no},
                   return_carrier_code=carrier.code, return_carrier_name=carrier.name,
                   return_tracking_no=data.tracking_no, return_shipped_at=now(), receive_due_at=due)
        await jobs.enqueue(handling.AUTO_RECEIVE_JOB, {"request_id": request.id}, run_at=due,
                           key=f"{handling.AUTO_RECEIVE_JOB}:{request.id}")
    return request
