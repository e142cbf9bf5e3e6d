"""Where after-sales meets the order's own flow: cancelling, shipping and stock after a partial refund."""

from __future__ import annotations

import pytest

from tests.aftersales.conftest import ORDERS
from tests.finance.conftest import reconciled


async def refunded_one(trade, quantity: int = 3, price: int = 1990) -> dict:
    """A paid, unshipped order of ``quantity`` units of which the buyer got one refunded (仅退款)."""
    order = await trade.paid(quantity=quantity, price=price)
    asked = await trade.asked(order, items=[(0, 1)])
    assert (await trade.staff(asked["request_no"], "approve")).json["status"] == "refunded"
    return await trade.detail(order["order_no"])


async def turn_on_audit(api, admin_token: str) -> None:
    current = (await api.get("/api/v1/admin/settings/trade", token=admin_token)).json
    response = await api.put("/api/v1/admin/settings/trade", token=admin_token, json={**current, "audit_orders": True})
    assert response.status == 200, response


@pytest.mark.feature("ORD-3")
@pytest.mark.feature("AS-3")
class TestCancelAfterAPartialRefund:
    async def test_the_buyer_cancels_and_gets_back_exactly_what_is_left(self, api, trade):
        order = await refunded_one(trade)
        response = await api.post(f"{ORDERS}/{order['order_no']}/cancel", token=trade.buyer, json={"reason": "不要了"})
        assert response.status == 200, response
        detail = await trade.detail(order["order_no"])
        assert detail["status"] == "cancelled"
        assert [(r["amount"], r["status"]) for r in detail["refunds"]] == [(1990, "succeeded"), (3980, "succeeded")]
        assert sum(r["amount"] for r in detail["refunds"]) == detail["payable"]
        report = await reconciled()
        assert report.clean, report.text()

    async def test_staff_reject_it_at_audit_and_the_rest_goes_back(self, api, admin_token, trade):
        await turn_on_audit(api, admin_token)
        order = await refunded_one(trade, quantity=2, price=2500)
        assert order["status"] == "pending_audit"
        response = await api.post(f"/api/v1/admin/orders/{order['order_no']}/reject", token=trade.seller.token,
                                  json={"reason": "缺货"})
        assert response.status == 200, response
        detail = await trade.detail(order["order_no"])
        assert detail["status"] == "cancelled"
        assert [(r["amount"], r["status"]) for r in detail["refunds"]] == [(2500, "succeeded"), (2500, "succeeded")]
        report = await reconciled()
        assert report.clean, report.text()


@pytest.mark.feature("AS-4")
@pytest.mark.feature("ORD-3")
class TestOpenRequestsWhenTheOrderIsCancelled:
    async def test_a_waiting_request_closes_and_its_timeline_says_why(self, api, trade):
        order = await trade.paid(quantity=3, price=1990)
        asked = await trade.asked(order, items=[(0, 1)])
        response = await api.post(f"{ORDERS}/{order['order_no']}/cancel", token=trade.buyer, json={"reason": "拍错了"})
        assert response.status == 200, response
        request = await trade.request(asked["request_no"])
        assert (request["status"], request["actions"]) == ("closed", [])
        last = request["timeline"][-1]
        assert (last["event"], last["to_state"], last["role"]) == ("close", "closed", "system")
        assert "订单已取消" in last["note"] and "拍错了" in last["note"]
        assert (await trade.detail(order["order_no"]))["aftersales"]["open_count"] == 0
        assert [r["amount"] for r in (await trade.detail(order["order_no"]))["refunds"]] == [5970]

    async def test_an_approved_request_waiting_for_the_platform_closes_and_cannot_be_paid(
            self, api, admin_token, trade, aftersales_settings):
        order = await refunded_one(trade)
        await aftersales_settings(refund_needs_platform=True)
        waiting = await trade.asked(order, items=[(0, 1)])
        assert (await trade.staff(waiting["request_no"], "approve")).json["status"] == "approved"
        response = await api.post(f"{ORDERS}/{order['order_no']}/cancel", token=trade.buyer, json={})
        assert response.status == 200, response
        assert (await trade.request(waiting["request_no"]))["status"] == "closed"
        executed = await trade.staff(waiting["request_no"], "refund", token=admin_token)
        assert executed.status == 409
        detail = await trade.detail(order["order_no"])
        assert [r["amount"] for r in detail["refunds"]] == [1990, 3980]
        report = await reconciled()
        assert report.clean, report.text()


async def ship(trade, order_no: str, items: list[tuple[int, int]] | None = None, tracking_no: str = "SF1234567890"):
    body = {"carrier_code": "SF", "tracking_no": tracking_no}
    if items is not None:
        body["items"] = [{"line_id": line_id, "quantity": qty} for line_id, qty in items]
    return await trade.api.post(f"/api/v1/admin/orders/{order_no}/ship", token=trade.seller.token, json=body)


@pytest.mark.feature("AS-3")
@pytest.mark.feature("ORD-5")
class TestShippingAfterAPartialRefund:
    async def test_everything_left_ships_only_the_units_not_refunded_and_the_order_is_shipped(self, trade):
        order = await refunded_one(trade)
        response = await ship(trade, order["order_no"])
        assert response.status == 200, response
        detail = response.json
        assert detail["status"] == "shipped"
        assert [item["quantity"] for item in detail["shipments"][0]["items"]] == [2]
        [line] = detail["lines"]
        assert (line["shipped_quantity"], line["withheld_quantity"]) == (2, 1)
        again = await ship(trade, order["order_no"], tracking_no="SF0000000002")
        assert again.status == 409 and again.error_code == "invalid_transition"

    async def test_the_refunded_units_cannot_be_named_for_a_shipment(self, trade):
        order = await refunded_one(trade)
        line_id = order["lines"][0]["id"]
        refused = await ship(trade, order["order_no"], items=[(line_id, 3)])
        assert refused.status == 422 and refused.error_code == "ship_items_invalid"
        assert refused.fields == {str(line_id): "最多还能发 2"}
        assert (await trade.detail(order["order_no"]))["status"] == "pending_shipment"
        assert (await ship(trade, order["order_no"], items=[(line_id, 2)])).json["status"] == "shipped"

    async def test_refunding_the_units_still_to_ship_completes_a_partly_shipped_order(self, trade):
        order = await trade.paid(quantity=3, price=1990)
        sku, line_id = order["lines"][0]["sku_id"], order["lines"][0]["id"]
        assert (await ship(trade, order["order_no"], items=[(line_id, 1)])).json["status"] == "partially_shipped"
        asked = await trade.asked(order, items=[(0, 2)])
        assert (await trade.staff(asked["request_no"], "approve")).json["status"] == "refunded"
        detail = await trade.detail(order["order_no"])
        assert detail["status"] == "shipped" and detail["auto_confirm_at"] is not None
        assert (detail["lines"][0]["shipped_quantity"], detail["lines"][0]["withheld_quantity"]) == (1, 2)
        assert await trade.seller.stock(sku) == 100 - 1


@pytest.mark.feature("AS-3")
class TestStockOfRefundedUnits:
    async def test_units_refunded_before_shipping_go_back_to_stock_once_even_when_the_order_is_cancelled(
            self, api, trade):
        order = await trade.paid(quantity=3, price=1990)
        sku = order["lines"][0]["sku_id"]
        assert await trade.seller.stock(sku) == 97
        asked = await trade.asked(order, items=[(0, 1)])
        assert (await trade.staff(asked["request_no"], "approve")).json["status"] == "refunded"
        assert await trade.seller.stock(sku) == 98
        response = await api.post(f"{ORDERS}/{order['order_no']}/cancel", token=trade.buyer, json={})
        assert response.status == 200, response
        assert await trade.seller.stock(sku) == 100

    async def test_a_shipped_unit_never_comes_back_when_the_rest_is_refunded_in_two_steps(self, trade):
        order = await trade.paid(quantity=3, price=1990)
        sku, line_id = order["lines"][0]["sku_id"], order["lines"][0]["id"]
        await ship(trade, order["order_no"], items=[(line_id, 1)])
        first = await trade.asked(order, items=[(0, 1)])
        assert (await trade.staff(first["request_no"], "approve")).json["status"] == "refunded"
        assert await trade.seller.stock(sku) == 98
        rest = await trade.asked(order, items=[(0, 2)])
        assert (await trade.staff(rest["request_no"], "approve")).json["status"] == "refunded"
        assert (await trade.detail(order["order_no"]))["status"] == "closed"
        assert await trade.seller.stock(sku) == 99
        report = await reconciled()
        assert report.clean, report.text()
