"""仅退款 (AS-1): the buyer asks, the merchant approves or rejects, the money goes back the way it came."""

from __future__ import annotations

import pytest

from tests.aftersales.conftest import ADMIN, AFTERSALES


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
