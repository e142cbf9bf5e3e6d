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


async def charge_freight(api, seller, fee: int = 800) -> None:
    """The seller's default shipping template: ``fee`` per order, whatever is in it."""
    response = await api.post("/api/v1/admin/shipping-templates", token=seller.token, json={
        "name": "全国统一运费", "mode": "pieces",
        "default_rate": {"first_units": 100, "first_fee": fee, "extra_units": 1, "extra_fee": 0}})
    assert response.status == 201, response


async def discounted_order(api, buyer: str, seller, quantity: int = 3, price: int = 1990,
                           points: int = 100) -> str:
    """A paid order whose one line got a discount the units do not share evenly.

    Checkout cannot give a discount yet (no points balance or coupons exist), so this places the
    order as checkout does, through the checkout, orders and payments services, with the price
    engine told the buyer spends ``points`` (1 point = 1 fen), then pays it through the sandbox."""
    from backend.catalog import service as catalog
    from backend.checkout import service as checkout
    from backend.core.db import transaction
    from backend.orders import service as orders
    from backend.payments import service as payments
    from backend.payments.schemas import PayableOrder
    from backend.pricing.schemas import Benefits, BuyerContext

    sku = await seller.sku("紫砂茶壶", price)
    me = (await api.get("/api/v1/me", token=buyer)).json
    priced = await checkout.quote_items([checkout.Item(0, sku, quantity)],
                                        BuyerContext(user_id=me["id"], province="浙江省", points_balance=points),
                                        Benefits(use_points=points))
    [item] = priced.items
    line = orders.NewLine(line_id=0, sku_id=sku, product_id=item.sku.product_id, shop_id=item.sku.shop_id,
                          title=item.sku.title, image=item.sku.image, spec_text=item.sku.spec_text, unit=0,
                          unit_name=item.sku.unit_name(0), factor=1, quantity=quantity, unit_price=item.unit_price)
    address = {"name": "王小明", "phone": "13800138000", "province": "浙江省", "city": "杭州市", "district": "西湖区",
               "detail": "文三路 90 号"}
    spec = orders.NewOrders(user_id=me["id"], channel="h5", address=address, delivery="express", remarks={},
                            attachments=[], invoice=None)
    async with transaction():
        [order] = await orders.create_orders(spec, [line], priced.quote)
        payment = await payments.create_payment(me["id"], [PayableOrder(order.id, order.order_no, order.shop_id,
                                                                        order.payable)], subject=item.sku.title)
        await orders.attach_payment([order], payment.payment_no)
        await catalog.take_stock([catalog.StockLine(sku, item.sku.product_id, quantity)], payment.payment_no)
    assert (await api.pay(buyer, payment.payment_no))["status"] == "paid"
    return order.order_no
