"""What the after-sales use cases share: settings, who acts, finding a request for its caller, and
the one way a request moves (its flow's table, a timeline step, and the order's claim released
when the request ends)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from tortoise.expressions import F

from backend.aftersales.errors import AftersaleError
from backend.aftersales.models import AftersaleOrder, AftersaleRequest, AftersaleStep
from backend.aftersales.states import ENDED, MACHINES
from backend.core.auth import Actor
from backend.core.errors import NotFound
from backend.core.runtime import runtime
from backend.core.tenancy import scoped
from backend.settings import service as settings_service
from backend.settings.schemas import AftersalesSettings


def now() -> datetime:
    return datetime.now(UTC)


async def aftersales_settings() -> AftersalesSettings:
    return await settings_service.read(runtime().cache, AftersalesSettings, "aftersales")


@dataclass(frozen=True)
class Who:
    """Who moved a request, as the timeline shows it."""

    label: str
    role: str  # buyer | merchant | platform | system

    @classmethod
    def of(cls, actor: Actor) -> Who:
        if actor.kind == "consumer":
            return cls(actor.label(), "buyer")
        return cls(actor.label(), "platform" if actor.is_platform else "merchant")


SYSTEM = Who("system", "system")


def _missing() -> NotFound:
    return NotFound(AftersaleError.request_not_found, "售后申请不存在")


async def buyer_request(user_id: int, request_no: str) -> AftersaleRequest:
    """The buyer's own request; anyone else's answers 404 as if it did not exist."""
    request = await AftersaleRequest.get_or_none(request_no=request_no, user_id=user_id)
    if request is None:
        raise _missing()
    return request


async def staff_request(actor: Actor, request_no: str) -> AftersaleRequest:
    """A request of the staff member's shop, or any for platform staff; another shop's is 404."""
    request = await scoped(AftersaleRequest.filter(request_no=request_no), actor).first()
    if request is None:
        raise _missing()
    return request


async def move(request: AftersaleRequest, event: str, who: Who, *, note: str = "",
               images: list[str] | None = None, data: dict[str, Any] | None = None,
               **changes: Any) -> AftersaleRequest:
    """Fire ``event`` through the request's table and write the timeline step. Call inside a
    transaction: a request that ends gives its units and money back to the order."""
    source = request.status
    target = MACHINES[request.type].target(source, event)
    if target in ENDED:
        changes.setdefault("ended_at", now())
    await MACHINES[request.type].fire(request, event, actor=who.label, note=note, **changes)
    await AftersaleStep.create(request_id=request.id, event=event, from_state=source, to_state=target,
                               actor=who.label, role=who.role, note=note[:500], images=images or [],
                               data=data or {})
    if target in ENDED:
        await release(request.order_id, request.amount)
    return request


async def release(order_id: int, amount: int) -> None:
    if amount:
        await AftersaleOrder.filter(order_id=order_id).update(claimed=F("claimed") - amount)
