"""The staff side and the money (AS-1, AS-2, AS-5): approving, rejecting, receiving a return,
executing the refund through payments, the refund's outcome, and the clocks.

A refund is asked of ``payments.refund`` inside the transaction that moves the request to
``refunding`` (stored there with its durable job), then sent to the gateway after commit. Its
outcome comes back as ``payments.refunded`` / ``payments.refund_failed`` and moves the request on.
Each attempt has its own idempotency key, ``aftersales:<request no>`` for the first and
``aftersales:<request no>:<n>`` after a failure, as payments keeps a failed refund under its key.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from datetime import timedelta
from typing import Any

from tortoise.expressions import F, Subquery

from backend.aftersales.errors import AftersaleError
from backend.aftersales.models import AftersaleItem, AftersaleOrder, AftersaleRequest
from backend.aftersales.schemas import ApproveIn, RejectIn
from backend.aftersales.service._shared import (
    SYSTEM,
    Who,
    aftersales_settings,
    move,
    now,
    release,
    staff_request,
)
from backend.aftersales.states import MACHINES, OPEN, WAITING_FOR_REFUND
from backend.core import events, jobs
from backend.core.auth import Actor
from backend.core.db import transaction
from backend.core.errors import Conflict, DomainError, Forbidden, Invalid
from backend.orders import service as orders
from backend.payments import service as payments
from backend.settings.schemas import AftersalesSettings

log = logging.getLogger("backend.aftersales")
KEY_PREFIX = "aftersales:"
RETURN_DEADLINE_JOB = "aftersales.return_deadline"
AUTO_RECEIVE_JOB = "aftersales.auto_receive"
SWEEP_JOB = "aftersales.sweep"
SWEEP_EVERY = timedelta(minutes=10)


async def _lower(request: AftersaleRequest, amount: int | None) -> dict[str, Any]:
    """Staff may lower the amount (never raise it); the difference goes back to the order's claim."""
    if amount is None or amount == request.amount:
        return {}
    if amount > request.amount:
        raise Invalid(AftersaleError.amount_invalid, f"退款金额只能调低，不能超过 {request.amount} 分",
                      {"amount": f"不能超过 {request.amount} 分"})
    await release(request.order_id, request.amount - amount)
    return {"amount": amount, "freight": min(request.freight, amount)}


# --- approving and rejecting ------------------------------------------------------------------------

async def approved(request: AftersaleRequest, who: Who, settings: AftersalesSettings, *, note: str = "",
                   amount: int | None = None) -> None:
    """Move a request to approved (inside the caller's transaction); a return starts its clock."""
    changes = await _lower(request, amount)
    data = {"amount": changes.get("amount", request.amount)}
    if request.type == "return_refund":
        due = now() + timedelta(days=settings.return_ship_days)
        changes["return_due_at"] = due
        data["return_due_at"] = due.isoformat()
        await jobs.enqueue(RETURN_DEADLINE_JOB, {"request_id": request.id}, run_at=due,
                           key=f"{RETURN_DEADLINE_JOB}:{request.id}")
    await move(request, "approve", who, note=note, data=data, approved_at=now(), **changes)


async def approve(actor: Actor, request_no: str, data: ApproveIn) -> AftersaleRequest:
    request = await staff_request(actor, request_no)
    settings = await aftersales_settings()
    async with transaction():
        await approved(request, Who.of(actor), settings, note=data.note, amount=data.amount)
    return await execute_unless_platform(request, settings)


async def reject(actor: Actor, request_no: str, data: RejectIn) -> AftersaleRequest:
    """Staff turn a request down with a reason; once approved, only the platform may still do so."""
    request = await staff_request(actor, request_no)
    if request.status in WAITING_FOR_REFUND and not actor.is_platform:
        raise Forbidden(AftersaleError.platform_only, "已同意的申请只能由平台拒绝")
    async with transaction():
        await move(request, "reject", Who.of(actor), note=data.reason, images=data.images,
                   reject_reason=data.reason)
    return request


# --- the returned parcel ------------------------------------------------------------------------------

async def receive(actor: Actor, request_no: str, data: ApproveIn) -> AftersaleRequest:
    """The merchant has the goods back (optionally lowering the amount, e.g. returned damaged)."""
    request = await staff_request(actor, request_no)
    return await _received(request, Who.of(actor), data.note, data.amount)


async def _received(request: AftersaleRequest, who: Who, note: str, amount: int | None) -> AftersaleRequest:
    settings = await aftersales_settings()
    async with transaction():
        changes = await _lower(request, amount)
        await move(request, "receive", who, note=note, data={"amount": changes.get("amount", request.amount)},
                   return_received_at=now(), **changes)
    return await execute_unless_platform(request, settings)


async def refuse_receipt(actor: Actor, request_no: str, data: RejectIn) -> AftersaleRequest:
    """The merchant refuses the returned parcel (wrong goods, damaged by the buyer …), with why."""
    request = await staff_request(actor, request_no)
    async with transaction():
        await move(request, "refuse_receipt", Who.of(actor), note=data.reason, images=data.images,
                   reject_reason=data.reason)
    return request


@jobs.job(RETURN_DEADLINE_JOB)
async def _return_deadline(payload: dict[str, Any]) -> None:
    """A return not shipped in time closes; its units and money are free again."""
    request = await AftersaleRequest.get_or_none(id=payload["request_id"], status="awaiting_return")
    if request is not None:
        await _time_out(request)


async def _time_out(request: AftersaleRequest) -> None:
    try:
        async with transaction():
            await move(request, "timeout", SYSTEM, note="买家超时未寄回商品")
    except Conflict:
        log.info("aftersale %s moved before its return deadline", request.request_no)


@jobs.job(AUTO_RECEIVE_JOB)
async def _auto_receive(payload: dict[str, Any]) -> None:
    """A shipped return the merchant did not confirm in time counts as received."""
    request = await AftersaleRequest.get_or_none(id=payload["request_id"], status="returning")
    if request is not None:
        await _auto_received(request)


async def _auto_received(request: AftersaleRequest) -> None:
    try:
        await _received(request, SYSTEM, "商家超时未处理，系统自动确认收货", None)
    except Conflict:
        log.info("aftersale %s moved before it was received automatically", request.request_no)


@jobs.job(SWEEP_JOB)
async def _sweep(payload: dict[str, Any]) -> None:
    """The backstop behind each request's own jobs: whatever is overdue moves now."""
    moment = now()
    for request in await AftersaleRequest.filter(status="awaiting_return", return_due_at__lt=moment).limit(200):
        await _time_out(request)
    for request in await AftersaleRequest.filter(status="returning", receive_due_at__lt=moment).limit(200):
        await _auto_received(request)
    await schedule_sweep(moment + SWEEP_EVERY)


async def schedule_sweep(at=None) -> None:
    at = at or now()
    await jobs.enqueue(SWEEP_JOB, {}, run_at=at, key=f"{SWEEP_JOB}:{at:%Y%m%d%H%M}")


# --- the money ----------------------------------------------------------------------------------------

async def execute_unless_platform(request: AftersaleRequest, settings: AftersalesSettings) -> AftersaleRequest:
    """AS-5: with ``refund_needs_platform`` off, an approved refund is sent at once; a failure is
    kept on the request for staff to try again. Answers the request as it is now."""
    if settings.refund_needs_platform or request.status not in WAITING_FOR_REFUND:
        return request
    try:
        return await _execute(request, SYSTEM)
    except DomainError as exc:
        log.warning("aftersale %s refund not started: %s", request.request_no, exc.message)
        await AftersaleRequest.filter(id=request.id).update(last_error=exc.message[:500])
        return await AftersaleRequest.get(id=request.id)


async def execute(actor: Actor, request_no: str) -> AftersaleRequest:
    """Send an approved refund: platform staff always; merchant staff only when the platform does
    not execute refunds itself (then e.g. to try a failed one again)."""
    request = await staff_request(actor, request_no)
    if not actor.is_platform and (await aftersales_settings()).refund_needs_platform:
        raise Forbidden(AftersaleError.platform_executes_refunds, "退款由平台审核后执行")
    return await _execute(request, Who.of(actor))


async def _execute(request: AftersaleRequest, who: Who) -> AftersaleRequest:
    if request.amount == 0:
        return await _settle_without_money(request, who)
    attempt = request.refund_attempts + 1
    key = f"{KEY_PREFIX}{request.request_no}" + (f":{attempt}" if attempt > 1 else "")
    async with transaction():
        await move(request, "execute", who, data={"amount": request.amount, "attempt": attempt},
                   refund_attempts=attempt, refund_key=key, last_error="")
        refund = await payments.refund(request.order_id, request.amount, f"售后退款 {request.request_no}", key=key)
        request.refund_nos = [*request.refund_nos, refund.refund_no]
        await AftersaleRequest.filter(id=request.id).update(refund_nos=request.refund_nos)
    try:  # stored with its job; ask the gateway now rather than when the job runs
        await payments.execute_refund(refund.id)
    except DomainError as exc:  # the gateway is unreachable: the job tries again
        log.warning("aftersale %s refund %s left to its job: %s", request.request_no, refund.refund_no, exc.message)
    return await AftersaleRequest.get(id=request.id)


async def _settle_without_money(request: AftersaleRequest, who: Who) -> AftersaleRequest:
    """A request worth nothing (a gift given at 0, a line discounted to 0) is refunded at once:
    no gateway takes a refund of 0, and the order still takes its units back."""
    async with transaction():
        await move(request, "execute", who, data={"amount": 0})
        await move(request, "refund_succeed", SYSTEM, data={"amount": 0}, refunded_at=now())
        await _tell_the_order(request)
    return await AftersaleRequest.get(id=request.id)


async def _by_key(payload: dict[str, Any]) -> AftersaleRequest | None:
    key = payload.get("key") or ""
    if not key.startswith(KEY_PREFIX):
        return None
    request_no = key[len(KEY_PREFIX):].split(":", 1)[0]
    request = await AftersaleRequest.get_or_none(request_no=request_no, refund_key=key)
    return request if request is not None and request.status == "refunding" else None


# Both handlers run inside the transaction payments records the refund's outcome in: a conflict
# here must not undo that record, so each works in a savepoint and reports instead of raising.

@events.subscribe("payments.refunded")
async def _on_refunded(payload: dict[str, Any]) -> None:
    request = await _by_key(payload)
    if request is None:
        return
    try:
        async with transaction():
            await move(request, "refund_succeed", SYSTEM,
                       data={"refund_no": payload["refund_no"], "amount": payload["amount"]}, refunded_at=now())
            await AftersaleOrder.filter(order_id=request.order_id).update(refunded=F("refunded") + payload["amount"])
    except Conflict:
        log.error("aftersale %s moved while refund %s succeeded", request.request_no, payload["refund_no"])
        return
    try:
        async with transaction():
            await _tell_the_order(request)
    except Conflict:
        log.warning("order %s moved before it could take refund %s", request.order_no, payload["refund_no"])


@events.subscribe("payments.refund_failed")
async def _on_refund_failed(payload: dict[str, Any]) -> None:
    request = await _by_key(payload)
    if request is None:
        return
    message = payload.get("message") or "退款失败"
    try:
        async with transaction():
            await move(request, "refund_fail", SYSTEM, note=message, data={"refund_no": payload["refund_no"]},
                       last_error=message[:500])
    except Conflict:
        log.error("aftersale %s moved while refund %s failed", request.request_no, payload["refund_no"])


async def _tell_the_order(request: AftersaleRequest) -> None:
    """The order takes a refunded request: every unit of every line refunded closes it through its own
    table; otherwise the request's units not shipped yet are withheld from shipping (stock back)."""
    order_id = request.order_id
    refunded = AftersaleRequest.filter(order_id=order_id, status="refunded").values("id")
    units: dict[int, int] = defaultdict(int)
    mine: dict[int, int] = defaultdict(int)
    for row in await AftersaleItem.filter(order_id=order_id, request_id__in=Subquery(refunded)).values(
            "request_id", "line_id", "quantity"):
        units[row["line_id"]] += row["quantity"]
        if row["request_id"] == request.id:
            mine[row["line_id"]] += row["quantity"]
    order = await orders.refundable_order(order_id)
    if all(units[line.id] >= line.quantity for line in order.lines):
        await orders.close_refunded(order_id, actor="aftersales")
    else:
        await orders.withhold_refunded(order_id, dict(mine), actor="aftersales")


# --- the order ended ------------------------------------------------------------------------------------

@events.subscribe("orders.cancelled")
@events.subscribe("orders.closed")
async def _on_order_ended(payload: dict[str, Any]) -> None:
    """Requests still open when their order is cancelled or closed end (``closed``), saying why; their
    claim on the order's money is released. Runs in the order's transaction."""
    why = payload.get("reason") or ""
    ended = "订单已取消" if payload.get("status") == "cancelled" else "订单已关闭"
    note = f"{ended}（{why}），售后申请关闭" if why else f"{ended}，售后申请关闭"
    for request in await AftersaleRequest.filter(order_id=payload["order_id"], status__in=OPEN).order_by("id"):
        if "close" not in MACHINES[request.type].allowed_events(request.status):
            log.warning("aftersale %s is %s while order %s ended", request.request_no, request.status,
                        payload["order_no"])
            continue
        await move(request, "close", SYSTEM, note=note, data={"order_status": payload.get("status", "")})
