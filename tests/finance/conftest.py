"""What the finance suites share: wallets topped up by the platform, orders placed through checkout
and paid in each way, and the reconciliation a finance officer runs."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

WALLET = "/api/v1/me/wallet"


@pytest.fixture
def settings(settings):
    """The sandbox notifies at once: tests run its jobs explicitly."""
    return settings.model_copy(update={"payment_sandbox_notify_delay_seconds": 0})


async def user_id(api, token: str) -> int:
    return (await api.get("/api/v1/me", token=token)).json["id"]


async def adjust(api, admin_token: str, user: int, amount: int, reason: str = "门店现金充值", key: str | None = None):
    return await api.post(f"/api/v1/admin/wallets/{user}/adjust", token=admin_token,
                          headers={"Idempotency-Key": key or uuid.uuid4().hex},
                          json={"amount": amount, "reason": reason})


async def top_up(api, admin_token: str, token: str, amount: int) -> None:
    response = await adjust(api, admin_token, await user_id(api, token), amount)
    assert response.status == 201, response


async def balance(api, token: str) -> int:
    return (await api.get(WALLET, token=token)).json["balance"]


async def place(api, token: str, sku: int, method: str = "sandbox", quantity: int = 1) -> dict[str, Any]:
    """Orders placed through checkout; the submit's body ``{"payment", "orders"}``."""
    return await api.order(token, [{"sku_id": sku, "quantity": quantity}], payment_method=method)


async def pay_with(api, token: str, payment_no: str, method: str):
    return await api.post(f"/api/v1/payments/{payment_no}/pay", token=token, json={"method": method})


async def order(api, token: str, order_no: str) -> dict[str, Any]:
    return (await api.get(f"/api/v1/orders/{order_no}", token=token)).json


async def reconciled():
    from backend.finance import service as finance

    return await finance.reconcile()
