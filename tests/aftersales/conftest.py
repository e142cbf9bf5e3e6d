"""What the after-sales suites share: a paid order at each step of its life, the after-sales
settings, and asking for a refund as the buyer's app does."""

from __future__ import annotations

from typing import Any

import pytest

ORDERS = "/api/v1/orders"
AFTERSALES = "/api/v1/aftersales"
ADMIN = "/api/v1/admin/aftersales"


class Trade:
    """One buyer's orders from one seller, moved along as the people involved would."""

    def __init__(self, api, buyer: str, seller) -> None:
        self.api, self.buyer, self.seller = api, buyer, seller

    async def order(self, items: list[tuple[int, int]]) -> dict[str, Any]:
        answer = await self.api.order(self.buyer, [{"sku_id": sku, "quantity": qty} for sku, qty in items])
        return await self.detail(answer["orders"][0]["order_no"])

    async def paid(self, quantity: int = 3, price: int = 1990, title: str = "保温杯",
                   more: list[tuple[int, int]] | None = None) -> dict[str, Any]:
        """Paid, awaiting shipment: ``quantity`` of one SKU (and ``more`` lines)."""
        sku = await self.seller.sku(title, price)
        order = await self.order([(sku, quantity), *(more or [])])
        assert (await self.api.pay(self.buyer, order["payment_no"]))["status"] == "paid"
        return await self.detail(order["order_no"])

    async def ship(self, order_no: str) -> None:
        response = await self.api.post(f"/api/v1/admin/orders/{order_no}/ship", token=self.seller.token,
                                       json={"carrier_code": "SF", "tracking_no": "SF1234567890"})
        assert response.status == 200, response

    async def shipped(self, **kw: Any) -> dict[str, Any]:
        order = await self.paid(**kw)
        await self.ship(order["order_no"])
        return await self.detail(order["order_no"])

    async def received(self, **kw: Any) -> dict[str, Any]:
        order = await self.shipped(**kw)
        response = await self.api.post(f"{ORDERS}/{order['order_no']}/receive", token=self.buyer)
        assert response.status == 200, response
        return response.json

    async def detail(self, order_no: str) -> dict[str, Any]:
        response = await self.api.get(f"{ORDERS}/{order_no}", token=self.buyer)
        assert response.status == 200, response
        return response.json

    async def ask(self, order: dict[str, Any], type_: str = "refund_only", items: list[tuple[int, int]] | None = None,
                  *, token: str | None = None, **body: Any):
        """Ask for ``items`` as (line index, quantity), or the whole order when None."""
        payload = {"order_no": order["order_no"], "type": type_, "reason": "不想要了",
                   "description": "买多了", **body}
        if items is not None:
            payload["items"] = [{"line_id": order["lines"][index]["id"], "quantity": qty} for index, qty in items]
        return await self.api.post(AFTERSALES, token=token or self.buyer, json=payload)

    async def asked(self, order: dict[str, Any], type_: str = "refund_only",
                    items: list[tuple[int, int]] | None = None, **body: Any) -> dict[str, Any]:
        response = await self.ask(order, type_, items, **body)
        assert response.status == 201, response
        return response.json

    async def staff(self, request_no: str, action: str, token: str | None = None, **body: Any):
        return await self.api.post(f"{ADMIN}/{request_no}/{action}", token=token or self.seller.token, json=body)

    async def request(self, request_no: str) -> dict[str, Any]:
        response = await self.api.get(f"{AFTERSALES}/{request_no}", token=self.buyer)
        assert response.status == 200, response
        return response.json


@pytest.fixture
async def trade(api, buyer, seller) -> Trade:
    return Trade(api, buyer, seller)


@pytest.fixture
def aftersales_settings(api, admin_token):
    """Change the "aftersales" settings group as the platform does; answers what was saved."""

    async def change(**changes: Any) -> dict[str, Any]:
        current = (await api.get("/api/v1/admin/settings/aftersales", token=admin_token)).json
        response = await api.put("/api/v1/admin/settings/aftersales", token=admin_token,
                                 json={**current, **changes})
        assert response.status == 200, response
        return response.json

    return change
