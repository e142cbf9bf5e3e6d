"""What the payment suites share: a shopper, a payment set up as checkout would, the sandbox
gateway talking to this very app, and recorders for the payments' domain events."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from backend.core import events
from backend.core.jobs import JobRunner
from backend.payments import service
from backend.payments.schemas import PayableOrder


@pytest.fixture
def settings(settings):
    """The sandbox notifies at once: tests run its jobs explicitly."""
    return settings.model_copy(update={"payment_sandbox_notify_delay_seconds": 0})


@pytest.fixture
def sandbox(app):
    """The sandbox gateway, its notifications sent to this app in-process (no socket, no patching)."""
    provider = app.ctx.runtime.payments["sandbox"]
    provider.transport = httpx.ASGITransport(app=app)
    return provider


class Shopper:
    def __init__(self, token: str, user_id: int) -> None:
        self.token = token
        self.id = user_id


async def make_shopper(api, phone: str) -> Shopper:
    token = await api.consumer(phone)
    me = await api.get("/api/v1/me", token=token)
    return Shopper(token, me.json["id"])


@pytest.fixture
async def shopper(api) -> Shopper:
    return await make_shopper(api, "13900001111")


@pytest.fixture
async def stranger(api) -> Shopper:
    return await make_shopper(api, "13900002222")


def orders(*amounts: int, first_id: int = 101) -> list[PayableOrder]:
    return [PayableOrder(order_id=first_id + i, order_no=f"O{first_id + i}", shop_id=1 + i, amount=amount)
            for i, amount in enumerate(amounts)]


async def new_payment(shopper: Shopper, *amounts: int, first_id: int = 101):
    return await service.create_payment(shopper.id, orders(*amounts, first_id=first_id), "好物优选 等 2 件商品")


async def pay(api, shopper: Shopper, payment_no: str, method: str = "sandbox", channel: str = "h5"):
    return await api.post(f"/api/v1/payments/{payment_no}/pay", token=shopper.token,
                          json={"method": method, "channel": channel})


async def confirm(api, shopper: Shopper, payment_no: str, outcome: str = "success"):
    return await api.post(f"/api/v1/payments/sandbox/{payment_no}/confirm", token=shopper.token,
                          json={"outcome": outcome})


async def run_jobs() -> int:
    return await JobRunner().run_due()


async def status_of(api, shopper: Shopper, payment_no: str) -> dict[str, Any]:
    response = await api.get(f"/api/v1/payments/{payment_no}", token=shopper.token)
    assert response.status == 200, response
    return response.json


@pytest.fixture
def recorded() -> Iterator[dict[str, list[dict[str, Any]]]]:
    """Every ``payments.*`` event published during the test, by name."""
    seen: dict[str, list[dict[str, Any]]] = {}
    handlers = {}
    for name in ("payments.paid", "payments.refunded", "payments.refund_failed"):
        async def record(payload, name=name):
            seen.setdefault(name, []).append(payload)

        handlers[name] = record
        events.subscribe(name)(record)
    yield seen
    for name, handler in handlers.items():
        events.unsubscribe(name, handler)
