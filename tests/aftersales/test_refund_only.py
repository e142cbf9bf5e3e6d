"""仅退款 (AS-1): the buyer asks, the merchant approves or rejects, the money goes back the way it came."""

from __future__ import annotations

import pytest

from tests.aftersales.conftest import AFTERSALES


class TestAskingAndApproving:
    @pytest.mark.feature("AS-1")
    @pytest.mark.feature("AS-3")
    async def test_one_unit_of_three_is_approved_refunded_and_shown_on_the_order(self, trade, api):
        order = await trade.received(quantity=3, price=1990)
        line = order["lines"][0]
        asked = await trade.asked(order, items=[(0, 1)], images=["/media/uploads/user/a.jpg"])
        assert asked["status"] == "requested" and asked["amount"] == line["payable"] // 3 == 1990
        assert asked["items"] == [{**asked["items"][0], "line_id": line["id"], "quantity": 1, "amount": 1990}]

        approved = await trade.staff(asked["request_no"], "approve")
        assert approved.status == 200, approved
        assert approved.json["status"] == "refunded"

        mine = await trade.request(asked["request_no"])
        assert [(r["amount"], r["status"]) for r in mine["refunds"]] == [(1990, "succeeded")]
        assert [step["event"] for step in mine["timeline"]] == ["create", "approve", "execute", "refund_succeed"]
        detail = await trade.detail(order["order_no"])
        assert detail["status"] == "received"
        assert detail["aftersales"]["refunded_amount"] == 1990
        assert detail["aftersales"]["lines"] == [{"line_id": line["id"], "requested_quantity": 1,
                                                  "refunded_quantity": 1}]
        assert [(r["amount"], r["status"]) for r in detail["refunds"]] == [(1990, "succeeded")]

    @pytest.mark.feature("AS-1")
    async def test_the_merchant_rejects_with_a_reason_and_the_units_are_free_again(self, trade, api):
        order = await trade.received(quantity=3)
        asked = await trade.asked(order, items=[(0, 3)])
        rejected = await trade.staff(asked["request_no"], "reject", reason="商品无质量问题")
        assert rejected.json["status"] == "rejected" and rejected.json["reject_reason"] == "商品无质量问题"
        mine = await trade.request(asked["request_no"])
        assert mine["status_text"] == "商家已拒绝" and mine["refunds"] == [] and mine["actions"] == []
        preview = await api.post(f"{AFTERSALES}/preview", token=trade.buyer, json={"order_no": order["order_no"]})
        assert preview.json["lines"][0]["remaining_quantity"] == 3
        assert (await trade.staff(asked["request_no"], "approve")).status == 409

    @pytest.mark.feature("AS-1")
    async def test_the_merchant_may_approve_less_but_never_more(self, trade):
        order = await trade.received(quantity=2, price=1990)
        asked = await trade.asked(order, items=[(0, 1)])
        more = await trade.staff(asked["request_no"], "approve", amount=1991)
        assert more.status == 422 and more.error_code == "amount_invalid"
        assert (await trade.request(asked["request_no"]))["status"] == "requested"
        less = await trade.staff(asked["request_no"], "approve", amount=1000, note="协商部分退款")
        assert less.json["status"] == "refunded" and less.json["amount"] == 1000
        assert less.json["requested_amount"] == 1990
        assert [r["amount"] for r in less.json["refunds"]] == [1000]

    @pytest.mark.feature("AS-1")
    async def test_a_failed_refund_goes_back_to_approved_with_the_error_and_can_be_tried_again(self, trade, app):
        sandbox = app.ctx.runtime.payments["sandbox"]
        order = await trade.received(quantity=1)
        asked = await trade.asked(order)
        sandbox.fail_refunds = True
        failed = await trade.staff(asked["request_no"], "approve")
        assert failed.json["status"] == "approved" and failed.json["last_error"] == "模拟退款失败"
        assert failed.json["actions"] == ["refund"]
        sandbox.fail_refunds = False
        retried = await trade.staff(asked["request_no"], "refund")
        assert retried.json["status"] == "refunded" and retried.json["last_error"] == ""
        assert [(r["amount"], r["status"]) for r in retried.json["refunds"]] == [(1990, "failed"), (1990, "succeeded")]
        assert (await trade.detail(order["order_no"]))["status"] == "closed"

    @pytest.mark.feature("AS-1")
    async def test_the_same_idempotency_key_answers_the_same_request(self, trade, api):
        order = await trade.received(quantity=3)
        body = {"order_no": order["order_no"], "type": "refund_only", "reason": "不想要了",
                "items": [{"line_id": order["lines"][0]["id"], "quantity": 1}]}
        headers = {"Idempotency-Key": "c0ffee-1234-5678"}
        first = await api.post(AFTERSALES, token=trade.buyer, json=body, headers=headers)
        second = await api.post(AFTERSALES, token=trade.buyer, json=body, headers=headers)
        assert first.status == second.status == 201
        assert first.json["request_no"] == second.json["request_no"]
        assert (await api.get(AFTERSALES, token=trade.buyer)).json["total"] == 1


class TestWhoMayAsk:
    @pytest.mark.feature("AS-1")
    async def test_a_reason_outside_the_configured_list_is_refused(self, trade):
        order = await trade.received(quantity=1)
        response = await trade.ask(order, reason="随便写的")
        assert response.status == 422 and response.error_code == "reason_invalid" and "reason" in response.fields

    async def test_another_buyers_order_is_not_found(self, trade, api):
        order = await trade.received(quantity=1)
        stranger = await api.consumer("13900005555")
        response = await trade.ask(order, token=stranger)
        assert response.status == 404 and response.error_code == "order_not_found"
        mine = await trade.asked(order)
        assert (await api.get(f"{AFTERSALES}/{mine['request_no']}", token=stranger)).status == 404
        assert (await api.post(f"{AFTERSALES}/{mine['request_no']}/cancel", token=stranger, json={})).status == 404

    async def test_an_unpaid_order_has_nothing_to_refund(self, trade, seller):
        order = await trade.order([(await seller.sku(), 1)])
        response = await trade.ask(order)
        assert response.status == 409 and response.error_code == "order_not_eligible"

    @pytest.mark.feature("AS-5")
    async def test_on_its_way_only_a_refund_may_be_asked_and_only_when_allowed(self, trade, aftersales_settings):
        order = await trade.shipped(quantity=1)
        returning = await trade.ask(order, "return_refund")
        assert returning.status == 409 and returning.error_code == "return_needs_receipt"
        await aftersales_settings(in_transit_refunds=False)
        refused = await trade.ask(order)
        assert refused.status == 409 and refused.error_code == "in_transit_not_allowed"
        await aftersales_settings(in_transit_refunds=True)
        assert (await trade.ask(order)).status == 201

    @pytest.mark.feature("AS-5")
    async def test_after_the_refund_window_nothing_may_be_asked(self, trade, aftersales_settings):
        order = await trade.received(quantity=1)
        await aftersales_settings(refund_window_days=0)
        closed = await trade.ask(order)
        assert closed.status == 409 and closed.error_code == "refund_window_closed"
        assert "0 天" in closed.json["error"]["message"]
        await aftersales_settings(refund_window_days=7)
        assert (await trade.ask(order)).status == 201

    async def test_before_shipment_a_refund_may_be_asked_but_not_a_return(self, trade):
        order = await trade.paid(quantity=2)
        assert (await trade.ask(order, "return_refund")).status == 409
        asked = await trade.asked(order, items=[(0, 1)])
        assert (await trade.staff(asked["request_no"], "approve")).json["status"] == "refunded"
        assert (await trade.detail(order["order_no"]))["status"] == "pending_shipment"
