"""What buyers and staff see of requests: lists, details with the timeline and refund records, and
the summary the order detail shows. A page costs the same few queries however many rows it holds."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from tortoise.queryset import QuerySet

from backend.aftersales.models import AftersaleItem, AftersaleRequest, AftersaleStep
from backend.aftersales.schemas import BuyerQuery, StaffQuery
from backend.aftersales.service._shared import aftersales_settings, buyer_request, staff_request
from backend.aftersales.states import EVENT_TEXT, LIVE, OPEN, STATUS_TEXT, TYPE_TEXT, WAITING_FOR_REFUND
from backend.core.auth import Actor
from backend.core.pagination import paginate
from backend.core.runtime import runtime
from backend.core.tenancy import scoped
from backend.payments import service as payments

ITEM_FIELDS = ("request_id", "line_id", "quantity", "amount", "line_quantity", "title", "image", "spec_text",
               "unit_price")
BUYER_ACTIONS = {
    "requested": ["cancel"],
    "approved": ["cancel"],
    "awaiting_return": ["ship_return", "cancel"],
    "returning": ["cancel"],
    "return_received": ["cancel"],
}


def staff_actions(request: AftersaleRequest, actor: Actor, platform_executes: bool) -> list[str]:
    status = request.status
    shown: list[str] = []
    if status == "requested":
        shown = ["approve", "reject"]
    elif status == "returning":
        shown = ["receive", "refuse_receipt"]
    elif status in WAITING_FOR_REFUND:
        shown = (["refund"] if actor.is_platform or not platform_executes else []) + \
                (["reject"] if actor.is_platform else [])
    return shown


async def _items(request_ids: list[int]) -> dict[int, list[dict]]:
    grouped: dict[int, list[dict]] = defaultdict(list)
    for row in await AftersaleItem.filter(request_id__in=request_ids).order_by("id").values(*ITEM_FIELDS):
        grouped[row.pop("request_id")].append(row)
    return grouped


async def _cards(requests: list[AftersaleRequest], actor: Actor | None = None) -> list[dict[str, Any]]:
    items = await _items([r.id for r in requests]) if requests else {}
    platform_executes = (await aftersales_settings()).refund_needs_platform if actor else False
    return [
        {"request_no": r.request_no, "order_no": r.order_no, "shop_id": r.shop_id, "type": r.type,
         "type_text": TYPE_TEXT[r.type], "status": r.status, "status_text": STATUS_TEXT[r.status],
         "reason": r.reason, "amount": r.amount, "requested_amount": r.requested_amount, "quantity": r.quantity,
         "items": items.get(r.id, []), "created_at": r.created_at,
         "actions": staff_actions(r, actor, platform_executes) if actor else BUYER_ACTIONS.get(r.status, []),
         "buyer_id": r.user_id if actor else None}
        for r in requests
    ]


async def list_for_buyer(user_id: int, query: BuyerQuery) -> tuple[list[dict], int]:
    queryset = AftersaleRequest.filter(user_id=user_id)
    if query.status:
        queryset = queryset.filter(status=query.status)
    rows, total = await paginate(queryset.order_by("-created_at", "-id"), query)
    return await _cards(rows), total


def _staff_queryset(actor: Actor, query: StaffQuery) -> QuerySet[AftersaleRequest]:
    queryset = scoped(AftersaleRequest.all(), actor)
    if query.status:
        queryset = queryset.filter(status=query.status)
    if query.awaiting_platform:
        queryset = queryset.filter(status__in=WAITING_FOR_REFUND)
    if query.type:
        queryset = queryset.filter(type=query.type)
    if query.order_no:
        queryset = queryset.filter(order_no=query.order_no)
    if query.shop_id and actor.is_platform:
        queryset = queryset.filter(shop_id=query.shop_id)
    if query.date_from:
        queryset = queryset.filter(created_at__gte=_day(query.date_from))
    if query.date_to:
        queryset = queryset.filter(created_at__lt=_day(query.date_to + timedelta(days=1)))
    return queryset.order_by("-created_at", "-id")


def _day(day: date) -> datetime:
    """Dates are the shop's (Asia/Shanghai by default), times are stored in UTC."""
    return datetime.combine(day, time.min, tzinfo=ZoneInfo(runtime().settings.timezone)).astimezone(UTC)


async def list_for_staff(actor: Actor, query: StaffQuery) -> tuple[list[dict], int]:
    rows, total = await paginate(_staff_queryset(actor, query), query)
    return await _cards(rows, actor), total


async def _detail(request: AftersaleRequest, actor: Actor | None = None) -> dict[str, Any]:
    card = (await _cards([request], actor))[0]
    steps = await AftersaleStep.filter(request_id=request.id).order_by("id")
    records = (await payments.records_of([request.order_id]))[request.order_id] if request.refund_nos else []
    mine = set(request.refund_nos)
    return {
        **card, "description": request.description, "images": request.images, "freight": request.freight,
        "whole_order": request.whole_order, "reject_reason": request.reject_reason,
        "return_logistics": {"carrier_code": request.return_carrier_code, "carrier_name": request.return_carrier_name,
                             "tracking_no": request.return_tracking_no} if request.return_tracking_no else None,
        "last_error": request.last_error,
        "times": {"created_at": request.created_at, "approved_at": request.approved_at,
                  "return_shipped_at": request.return_shipped_at, "return_received_at": request.return_received_at,
                  "refunded_at": request.refunded_at, "ended_at": request.ended_at},
        "return_deadline": request.return_due_at if request.status == "awaiting_return" else None,
        "auto_receive_at": request.receive_due_at if request.status == "returning" else None,
        "refunds": [r for r in records if r["kind"] == "refund" and r["refund_no"] in mine],
        "timeline": [{"event": s.event, "text": EVENT_TEXT.get(s.event, s.event), "from_state": s.from_state,
                      "to_state": s.to_state, "actor": s.actor, "role": s.role, "note": s.note, "images": s.images,
                      "data": s.data, "at": s.created_at} for s in steps],
    }


async def detail_for_buyer(user_id: int, request_no: str) -> dict[str, Any]:
    return await _detail(await buyer_request(user_id, request_no))


async def detail_for_staff(actor: Actor, request_no: str) -> dict[str, Any]:
    return await _detail(await staff_request(actor, request_no), actor)


async def view(request: AftersaleRequest, actor: Actor | None = None) -> dict[str, Any]:
    return await _detail(request, actor)


async def order_summary(order_no: str) -> dict[str, Any]:
    """What the order detail shows of its after-sales: every request, open ones, money refunded,
    and per line the units asked for (live requests) and refunded."""
    requests = await AftersaleRequest.filter(order_no=order_no).order_by("id")
    status_of = {r.id: r.status for r in requests}
    lines: dict[int, dict[str, int]] = defaultdict(lambda: {"requested_quantity": 0, "refunded_quantity": 0})
    if requests:
        for row in await AftersaleItem.filter(request_id__in=list(status_of)).values("request_id", "line_id",
                                                                                     "quantity"):
            status = status_of[row["request_id"]]
            if status in LIVE:
                lines[row["line_id"]]["requested_quantity"] += row["quantity"]
            if status == "refunded":
                lines[row["line_id"]]["refunded_quantity"] += row["quantity"]
    return {
        "requests": [{"request_no": r.request_no, "type": r.type, "type_text": TYPE_TEXT[r.type], "status": r.status,
                      "status_text": STATUS_TEXT[r.status], "amount": r.amount, "created_at": r.created_at}
                     for r in requests],
        "open_count": sum(1 for r in requests if r.status in OPEN),
        "refunded_amount": sum(r.amount for r in requests if r.status == "refunded"),
        "lines": [{"line_id": line_id, **counts} for line_id, counts in sorted(lines.items())],
    }
