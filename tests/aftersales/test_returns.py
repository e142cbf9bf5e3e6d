"""退货退款 (AS-2): approve → the buyer ships the goods back → the merchant receives → refund;
reject paths at each step, and the clocks that move a return along when people do not (AS-5)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.aftersales.conftest import ADMIN

pytestmark = pytest.mark.feature("AS-2")


async def awaiting_return(trade, quantity: int = 2, items=None):
    order = await trade.received(quantity=quantity, price=1990)
    asked = await trade.asked(order, "return_refund", items, reason="质量问题",
                              images=["/media/uploads/user/broken.jpg"])
    approved = await trade.staff(asked["request_no"], "approve", note="请寄回，勿拒收")
    assert approved.status == 200 and approved.json["status"] == "awaiting_return", approved
    return order, approved.json


async def ship_back(trade, request_no: str, **body):
    return await trade.api.post(f"/api/v1/aftersales/{request_no}/return", token=trade.buyer,
                                json={"carrier_code": "SF", "tracking_no": "SF9876543210", **body})


class TestReturnAndRefund:
    async def test_goods_go_back_the_merchant_receives_them_and_the_money_follows(self, trade):
        order, request = await awaiting_return(trade, quantity=2)
        assert request["return_deadline"] and request["actions"] == []
        shipped = await ship_back(trade, request["request_no"], note="已寄出", images=["/media/uploads/user/bill.jpg"])
        assert shipped.status == 200, shipped
        assert shipped.json["status"] == "returning" and shipped.json["auto_receive_at"]
        assert shipped.json["return_logistics"] == {"carrier_code": "SF", "carrier_name": "顺丰速运",
                                                    "tracking_no": "SF9876543210"}
        received = await trade.staff(request["request_no"], "receive")
        assert received.json["status"] == "refunded"
        assert [(r["amount"], r["status"]) for r in received.json["refunds"]] == [(3980, "succeeded")]
        timeline = (await trade.request(request["request_no"]))["timeline"]
        assert [(s["event"], s["role"]) for s in timeline] == [
            ("create", "buyer"), ("approve", "merchant"), ("ship_return", "buyer"), ("receive", "merchant"),
            ("execute", "system"), ("refund_succeed", "system")]
        assert timeline[2]["data"]["tracking_no"] == "SF9876543210"
        assert timeline[2]["images"] == ["/media/uploads/user/bill.jpg"]
        assert (await trade.detail(order["order_no"]))["status"] == "closed"

    async def test_the_merchant_may_lower_the_amount_on_receipt_but_never_raise_it(self, trade):
        _, request = await awaiting_return(trade, quantity=2)
        await ship_back(trade, request["request_no"])
        higher = await trade.staff(request["request_no"], "receive", amount=3981)
        assert higher.status == 422 and higher.error_code == "amount_invalid"
        lower = await trade.staff(request["request_no"], "receive", amount=3000, note="外包装破损")
        assert lower.json["status"] == "refunded" and lower.json["amount"] == 3000
        assert [r["amount"] for r in lower.json["refunds"]] == [3000]

    async def test_a_return_needs_a_known_carrier(self, trade):
        _, request = await awaiting_return(trade)
        response = await ship_back(trade, request["request_no"], carrier_code="NOPE")
        assert response.status == 422 and "carrier_code" in response.fields
        assert (await trade.request(request["request_no"]))["status"] == "awaiting_return"


class TestRejectPaths:
    async def test_the_merchant_rejects_the_request_with_a_reason(self, trade):
        order = await trade.received(quantity=1)
        asked = await trade.asked(order, "return_refund")
        rejected = await trade.staff(asked["request_no"], "reject", reason="商品已使用，不支持退货",
                                     images=["/media/uploads/shop/used.jpg"])
        assert rejected.json["status"] == "rejected" and rejected.json["reject_reason"] == "商品已使用，不支持退货"
        step = rejected.json["timeline"][-1]
        assert (step["event"], step["note"], step["images"]) == ("reject", "商品已使用，不支持退货",
                                                                 ["/media/uploads/shop/used.jpg"])
        assert (await trade.ask(order, "return_refund")).status == 201  # the units are free again

    async def test_the_merchant_refuses_the_returned_parcel_with_a_reason(self, trade):
        _, request = await awaiting_return(trade)
        await ship_back(trade, request["request_no"])
        refused = await trade.staff(request["request_no"], "refuse-receipt", reason="退回商品与订单不符")
        assert refused.json["status"] == "rejected" and refused.json["refunds"] == []
        assert refused.json["timeline"][-1]["event"] == "refuse_receipt"

    async def test_nothing_can_be_received_before_it_was_shipped_back(self, trade):
        _, request = await awaiting_return(trade)
        response = await trade.staff(request["request_no"], "receive")
        assert response.status == 409 and response.error_code == "invalid_transition"

    async def test_a_reason_is_required_to_reject(self, trade):
        order = await trade.received(quantity=1)
        asked = await trade.asked(order, "return_refund")
        response = await trade.staff(asked["request_no"], "reject")
        assert response.status == 422 and "reason" in response.fields


class TestClocks:
    @pytest.mark.feature("AS-5")
    async def test_a_return_not_shipped_in_time_closes(self, trade, aftersales_settings):
        await aftersales_settings(return_ship_days=3)
        order, request = await awaiting_return(trade, quantity=2)
        await trade.api.run_jobs(after=timedelta(days=2))
        assert (await trade.request(request["request_no"]))["status"] == "awaiting_return"
        await trade.api.run_jobs(after=timedelta(days=3, minutes=1))
        closed = await trade.request(request["request_no"])
        assert closed["status"] == "closed" and closed["timeline"][-1]["role"] == "system"
        assert (await trade.ask(order, items=[(0, 2)])).status == 201

    @pytest.mark.feature("AS-5")
    async def test_a_shipped_return_counts_as_received_after_the_configured_days(self, trade, aftersales_settings):
        await aftersales_settings(auto_receive_days=5)
        _, request = await awaiting_return(trade)
        await ship_back(trade, request["request_no"])
        await trade.api.run_jobs(after=timedelta(days=4))
        assert (await trade.request(request["request_no"]))["status"] == "returning"
        await trade.api.run_jobs(after=timedelta(days=5, minutes=1))
        done = await trade.request(request["request_no"])
        assert done["status"] == "refunded"
        assert [s["event"] for s in done["timeline"]][-3:] == ["receive", "execute", "refund_succeed"]
        assert done["timeline"][-3]["actor"] == "system"

    @pytest.mark.feature("AS-5")
    async def test_the_merchant_receiving_first_leaves_the_clock_nothing_to_do(self, trade, api):
        _, request = await awaiting_return(trade)
        await ship_back(trade, request["request_no"])
        await trade.staff(request["request_no"], "receive")
        await api.run_jobs(after=timedelta(days=30))
        staff = await api.get(f"{ADMIN}/{request['request_no']}", token=trade.seller.token)
        assert [s["event"] for s in staff.json["timeline"]].count("receive") == 1
