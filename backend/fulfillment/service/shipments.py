"""Shipments and logistics (ORD-5): parcels of an order and where they are now.

The orders context decides what may ship and calls ``create_shipment``; tracking asks the
logistics adapter, keeps its answer in the cache for ``logistics_cache_seconds`` and stores the
newest event on the shipment, so order lists show it without asking the carrier.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
from tortoise.timezone import now

from backend.core.auth import Actor
from backend.core.errors import Conflict, Invalid, NotFound
from backend.core.http import field_errors
from backend.core.runtime import runtime
from backend.core.tenancy import get_scoped
from backend.fulfillment.errors import FulfillmentError
from backend.fulfillment.models import Carrier, Shipment
from backend.fulfillment.schemas import ShipmentIn
from backend.fulfillment.states import SHIPMENT

NOT_FOUND = (FulfillmentError.shipment_not_found, "物流单不存在")


def shipment_dict(row: Shipment) -> dict[str, Any]:
    return {
        "id": row.id, "shop_id": row.shop_id, "order_id": row.order_id, "order_no": row.order_no,
        "carrier_code": row.carrier_code, "carrier_name": row.carrier_name, "tracking_no": row.tracking_no,
        "items": row.items, "receiver_phone_tail": row.receiver_phone_tail, "status": row.status,
        "last_event": row.last_event, "last_checked_at": row.last_checked_at, "created_at": row.created_at,
    }


def _checked(carrier_code: str, tracking_no: str, items: list, phone_tail: str) -> ShipmentIn:
    try:
        return ShipmentIn.model_validate({"carrier_code": carrier_code, "tracking_no": tracking_no,
                                          "items": [_plain(item) for item in items], "phone_tail": phone_tail})
    except ValidationError as exc:
        raise Invalid(FulfillmentError.shipment_invalid, "发货信息有误", field_errors(exc)) from None


def _plain(item: Any) -> Any:
    return item.model_dump() if hasattr(item, "model_dump") else item


async def create_shipment(shop_id: int, order_id: int, order_no: str, carrier_code: str, tracking_no: str,
                          items: list[dict[str, int]], phone_tail: str = "") -> dict[str, Any]:
    """Record a parcel of an order. That the items belong to the order is the caller's check."""
    data = _checked(carrier_code, tracking_no, items, phone_tail)
    carrier = await Carrier.get_or_none(code=data.carrier_code, is_enabled=True)
    if carrier is None:
        raise Invalid(FulfillmentError.carrier_unavailable, "物流公司不存在或已停用",
                      {"carrier_code": "物流公司不存在或已停用"})
    row = await Shipment.create(
        shop_id=shop_id, order_id=order_id, order_no=order_no, carrier_code=carrier.code,
        carrier_name=carrier.name, tracking_no=data.tracking_no,
        items=[item.model_dump() for item in data.items], receiver_phone_tail=data.phone_tail)
    return shipment_dict(row)


async def shipments_of(order_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    """Every asked order's shipments, oldest first (one query); an order without any maps to []."""
    found: dict[int, list[dict[str, Any]]] = {order_id: [] for order_id in order_ids}
    if order_ids:
        for row in await Shipment.filter(order_id__in=list(found)).order_by("id"):
            found[row.order_id].append(shipment_dict(row))
    return found


async def latest_events(order_ids: list[int]) -> dict[int, dict[str, Any] | None]:
    """Each order's newest stored logistics event ``{time, text, location, shipment_id, status}``,
    None when nothing was tracked yet; no gateway is asked (one query)."""
    latest: dict[int, dict[str, Any] | None] = {order_id: None for order_id in order_ids}
    if not order_ids:
        return latest
    rows = await Shipment.filter(order_id__in=list(latest), last_event__isnull=False).values(
        "id", "order_id", "status", "last_event")
    for row in rows:
        current = latest[row["order_id"]]
        # times are stored as UTC ISO strings, so they compare as text
        if current is None or row["last_event"]["time"] > current["time"]:
            latest[row["order_id"]] = {**row["last_event"], "shipment_id": row["id"], "status": row["status"]}
    return latest


async def _shipment(shipment_id: int, actor: Actor | None, order_id: int | None) -> Shipment:
    if actor is not None:
        return await get_scoped(Shipment.all(), actor, shipment_id, *NOT_FOUND)
    queryset = Shipment.filter(id=shipment_id)
    if order_id is not None:
        queryset = queryset.filter(order_id=order_id)
    row = await queryset.first()
    if row is None:
        raise NotFound(*NOT_FOUND)
    return row


async def track(shipment_id: int, *, actor: Actor | None = None, order_id: int | None = None) -> dict[str, Any]:
    """The parcel's events, newest first, and its carrier. Staff pass ``actor`` (shop-scoped);
    the orders context passes ``order_id`` after checking the order is the caller's."""
    shipment = await _shipment(shipment_id, actor, order_id)
    events = await _events(shipment)
    carrier = await Carrier.get_or_none(code=shipment.carrier_code)
    return {
        "shipment_id": shipment.id,
        "carrier": {"code": shipment.carrier_code, "name": shipment.carrier_name,
                    "phone": carrier.phone if carrier else "", "website": carrier.website if carrier else ""},
        "tracking_no": shipment.tracking_no,
        "status": shipment.status,
        "events": events,
    }


async def _events(shipment: Shipment) -> list[dict[str, Any]]:
    cache = runtime().cache
    key = f"fulfillment:track:{shipment.carrier_code}:{shipment.tracking_no}"
    cached = await cache.get(key)
    if cached is not None:
        return cached["events"]
    found = await runtime().logistics.track(shipment.carrier_code, shipment.tracking_no,
                                            shipment.receiver_phone_tail)
    events = [event.as_dict() for event in found]
    delivered = bool(found) and found[0].delivered
    await cache.set(key, {"events": events}, ttl=runtime().settings.logistics_cache_seconds)
    await _record(shipment, events[0] if events else None, delivered)
    return events


async def _record(shipment: Shipment, newest: dict[str, Any] | None, delivered: bool) -> None:
    changes = {"last_checked_at": now(), **({"last_event": newest} if newest else {})}
    if delivered and shipment.status == "in_transit":
        try:
            await SHIPMENT.fire(shipment, "deliver", actor="logistics", **changes)
            return
        except Conflict:  # another request recorded the delivery a moment ago
            shipment.status = "delivered"
    await Shipment.filter(id=shipment.id).update(**changes)
    for name, value in changes.items():
        setattr(shipment, name, value)
