"""The buyer's requests (AS-4): cancel, list, and a detail with every status, reason and refund."""

from __future__ import annotations

import pytest

from tests.aftersales.conftest import AFTERSALES

pytestmark = pytest.mark.feature("AS-4")


class TestCancel:
    async def test_the_buyer_withdraws_a_request_and_may_ask_again(self, trade):
        order = await trade.received(quantity=2)
        asked = await trade.asked(order, items=[(0, 2)])
        assert asked["actions"] == ["cancel"]
        cancelled = await trade.api.post(f"{AFTERSALES}/{asked['request_no']}/cancel", token=trade.buyer,
                                         json={"reason": "已和商家协商"})
        assert cancelled.status == 200 and cancelled.json["status"] == "cancelled"
        assert cancelled.json["times"]["ended_at"] and cancelled.json["actions"] == []
        assert cancelled.json["timeline"][-1]["note"] == "已和商家协商"
        assert (await trade.staff(asked["request_no"], "approve")).status == 409
        assert (await trade.ask(order, items=[(0, 2)])).status == 201

    async def test_a_refunded_request_cannot_be_cancelled(self, trade):
        order = await trade.received(quantity=1)
        asked = await trade.asked(order)
        await trade.staff(asked["request_no"], "approve")
        response = await trade.api.post(f"{AFTERSALES}/{asked['request_no']}/cancel", token=trade.buyer, json={})
        assert response.status == 409 and response.error_code == "invalid_transition"
        assert (await trade.request(asked["request_no"]))["status"] == "refunded"

    async def test_a_return_may_be_withdrawn_while_it_waits_for_the_parcel(self, trade):
        order = await trade.received(quantity=1)
        asked = await trade.asked(order, "return_refund")
        await trade.staff(asked["request_no"], "approve")
        assert (await trade.request(asked["request_no"]))["actions"] == ["ship_return", "cancel"]
        response = await trade.api.post(f"{AFTERSALES}/{asked['request_no']}/cancel", token=trade.buyer, json={})
        assert response.json["status"] == "cancelled"


class TestDetailAndList:
    async def test_the_detail_shows_every_step_with_who_why_and_photos(self, trade):
        order = await trade.received(quantity=1)
        asked = await trade.asked(order, reason="商品破损", description="杯盖裂了",
                                  images=["/media/uploads/user/crack.jpg"])
        await trade.staff(asked["request_no"], "approve", note="已核实")
        detail = await trade.request(asked["request_no"])
        assert (detail["reason"], detail["description"], detail["images"]) == (
            "商品破损", "杯盖裂了", ["/media/uploads/user/crack.jpg"])
        created, approved, executed, refunded = detail["timeline"]
        assert (created["role"], created["text"], created["images"], created["data"]["reason"]) == (
            "buyer", "买家发起售后申请", ["/media/uploads/user/crack.jpg"], "商品破损")
        assert (approved["role"], approved["note"], approved["to_state"]) == ("merchant", "已核实", "approved")
        assert (executed["to_state"], refunded["to_state"]) == ("refunding", "refunded")
        assert refunded["data"]["refund_no"] == detail["refunds"][0]["refund_no"]
        assert all(step["at"] for step in detail["timeline"])
        assert detail["times"]["approved_at"] and detail["times"]["refunded_at"]

    async def test_my_list_is_newest_first_and_filters_by_status(self, trade, api):
        order = await trade.received(quantity=3)
        first = await trade.asked(order, items=[(0, 1)])
        second = await trade.asked(order, items=[(0, 1)])
        await trade.staff(first["request_no"], "approve")
        everything = (await api.get(AFTERSALES, token=trade.buyer)).json
        assert [r["request_no"] for r in everything["items"]] == [second["request_no"], first["request_no"]]
        refunded = (await api.get(f"{AFTERSALES}?status=refunded", token=trade.buyer)).json
        assert [r["request_no"] for r in refunded["items"]] == [first["request_no"]]
        other = await api.consumer("13900006666")
        assert (await api.get(AFTERSALES, token=other)).json["total"] == 0

    async def test_the_reason_list_comes_from_the_settings(self, api, buyer, aftersales_settings):
        defaults = (await api.get(f"{AFTERSALES}/reasons", token=buyer)).json
        assert defaults["reasons"][:5] == ["不想要了", "商品破损", "质量问题", "发错货", "少件漏发"]
        await aftersales_settings(reasons=["尺码不合适", "不想要了"])
        assert (await api.get(f"{AFTERSALES}/reasons", token=buyer)).json["reasons"] == ["尺码不合适", "不想要了"]
