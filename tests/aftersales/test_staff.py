"""The back office (AS-1, AS-5): merchants handle their shop's requests, the platform sees all and
executes the refunds merchants approved when the settings say so."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from tests.aftersales.conftest import ADMIN, Trade


class TestTenancy:
    @pytest.mark.feature("AS-1")
    async def test_another_shops_staff_cannot_see_or_touch_a_request(self, trade, api, other_seller):
        order = await trade.received(quantity=1)
        asked = await trade.asked(order)
        assert (await api.get(f"{ADMIN}/{asked['request_no']}", token=other_seller.token)).status == 404
        for action, body in (("approve", {}), ("reject", {"reason": "不行"}), ("refund", {})):
            response = await trade.staff(asked["request_no"], action, token=other_seller.token, **body)
            assert response.status == 404 and response.error_code == "request_not_found"
        assert (await api.get(ADMIN, token=other_seller.token)).json["total"] == 0
        assert (await trade.request(asked["request_no"]))["status"] == "requested"

    async def test_staff_without_the_aftersales_permission_are_refused(self, trade, api, admin_token):
        staff = await api.post("/api/v1/admin/staff", token=admin_token, json={
            "username": "kefu01", "name": "客服小李", "password": "Shop12345", "role_code": "cs_agent",
            "shop_id": trade.seller.shop_id})
        assert staff.status == 201, staff
        token = await api.staff("kefu01", "Shop12345")
        assert (await api.get(ADMIN, token=token)).status == 403

    async def test_a_shopper_token_cannot_use_the_back_office(self, trade, api):
        assert (await api.get(ADMIN, token=trade.buyer)).status == 403


class TestLists:
    @pytest.mark.feature("AS-1")
    async def test_merchants_filter_their_requests_and_the_platform_sees_every_shop(self, trade, api, other_seller,
                                                                                  admin_token):
        order = await trade.received(quantity=3)
        refund = await trade.asked(order, items=[(0, 1)])
        ret = await trade.asked(order, "return_refund", items=[(0, 1)])
        theirs = Trade(api, trade.buyer, other_seller)
        elsewhere = await theirs.asked(await theirs.received(quantity=1, title="龙井茶"))
        await trade.staff(refund["request_no"], "approve")

        def numbers(response):
            assert response.status == 200, response
            return [row["request_no"] for row in response.json["items"]]

        token = trade.seller.token
        assert numbers(await api.get(ADMIN, token=token)) == [ret["request_no"], refund["request_no"]]
        assert numbers(await api.get(f"{ADMIN}?status=refunded", token=token)) == [refund["request_no"]]
        assert numbers(await api.get(f"{ADMIN}?type=return_refund", token=token)) == [ret["request_no"]]
        assert numbers(await api.get(f"{ADMIN}?order_no={order['order_no']}", token=token)) == [
            ret["request_no"], refund["request_no"]]
        today = datetime.now(ZoneInfo(api.app.ctx.settings.timezone)).date()  # the shop's day
        assert len(numbers(await api.get(f"{ADMIN}?date_from={today}&date_to={today}", token=token))) == 2
        tomorrow = today + timedelta(days=1)
        assert numbers(await api.get(f"{ADMIN}?date_from={tomorrow}", token=token)) == []
        assert set(numbers(await api.get(ADMIN, token=admin_token))) == {
            refund["request_no"], ret["request_no"], elsewhere["request_no"]}
        assert numbers(await api.get(f"{ADMIN}?shop_id={other_seller.shop_id}", token=admin_token)) == [
            elsewhere["request_no"]]
        row = (await api.get(ADMIN, token=token)).json["items"][0]
        assert row["actions"] == ["approve", "reject"] and row["type_text"] == "退货退款"

    async def test_a_list_page_costs_the_same_for_one_request_and_five(self, trade, api, count_queries):
        order = await trade.received(quantity=5)
        await trade.asked(order, items=[(0, 1)])
        with count_queries() as one:
            await api.get(ADMIN, token=trade.seller.token)
        for _ in range(4):
            await trade.asked(order, items=[(0, 1)])
        with count_queries() as five:
            assert len((await api.get(ADMIN, token=trade.seller.token)).json["items"]) == 5
        assert one.count == five.count


@pytest.mark.feature("AS-5")
class TestPlatformExecutes:
    @pytest.fixture
    async def platform_pays(self, aftersales_settings):
        await aftersales_settings(refund_needs_platform=True)

    async def test_approved_refunds_wait_for_the_platform_to_execute_them(self, trade, api, admin_token,
                                                                         platform_pays):
        order = await trade.received(quantity=2, price=1990)
        asked = await trade.asked(order, items=[(0, 1)])
        approved = await trade.staff(asked["request_no"], "approve")
        assert approved.json["status"] == "approved" and approved.json["actions"] == []
        assert approved.json["refunds"] == []
        merchant = await trade.staff(asked["request_no"], "refund")
        assert merchant.status == 403 and merchant.error_code == "platform_executes_refunds"
        waiting = (await api.get(f"{ADMIN}?awaiting_platform=true", token=admin_token)).json["items"]
        assert [(row["request_no"], row["actions"]) for row in waiting] == [(asked["request_no"], ["refund", "reject"])]
        executed = await trade.staff(asked["request_no"], "refund", token=admin_token)
        assert executed.json["status"] == "refunded"
        assert [(r["amount"], r["status"]) for r in executed.json["refunds"]] == [(1990, "succeeded")]
        roles = [(s["event"], s["role"]) for s in executed.json["timeline"]]
        assert roles[-2:] == [("execute", "platform"), ("refund_succeed", "system")]
        assert (await trade.staff(asked["request_no"], "refund", token=admin_token)).status == 409

    async def test_the_platform_may_decline_what_a_merchant_approved_and_the_merchant_may_not(
            self, trade, admin_token, platform_pays):
        order = await trade.received(quantity=1)
        asked = await trade.asked(order)
        await trade.staff(asked["request_no"], "approve")
        merchant = await trade.staff(asked["request_no"], "reject", reason="改主意了")
        assert merchant.status == 403 and merchant.error_code == "platform_only"
        declined = await trade.staff(asked["request_no"], "reject", token=admin_token, reason="疑似恶意退款")
        assert declined.json["status"] == "rejected" and declined.json["timeline"][-1]["role"] == "platform"

    async def test_a_received_return_also_waits_for_the_platform(self, trade, admin_token, platform_pays):
        order = await trade.received(quantity=1)
        asked = await trade.asked(order, "return_refund")
        await trade.staff(asked["request_no"], "approve")
        await trade.api.post(f"/api/v1/aftersales/{asked['request_no']}/return", token=trade.buyer,
                             json={"carrier_code": "ZTO", "tracking_no": "ZT123456789"})
        received = await trade.staff(asked["request_no"], "receive")
        assert received.json["status"] == "return_received"
        assert (await trade.staff(asked["request_no"], "refund", token=admin_token)).json["status"] == "refunded"


@pytest.mark.feature("AS-5")
class TestAutoApprove:
    async def test_refund_only_requests_approve_themselves_when_switched_on(self, trade, aftersales_settings):
        await aftersales_settings(auto_approve_refund_only=True)
        order = await trade.received(quantity=2)
        refund = await trade.asked(order, items=[(0, 1)])
        assert refund["status"] == "refunded"
        assert [(s["event"], s["role"], s["note"]) for s in refund["timeline"][:2]] == [
            ("create", "buyer", "买多了"), ("approve", "system", "自动同意")]
        ret = await trade.asked(order, "return_refund", items=[(0, 1)])
        assert ret["status"] == "requested"

    async def test_requests_below_the_amount_approve_themselves(self, trade, aftersales_settings):
        await aftersales_settings(auto_approve_below=2000)
        order = await trade.received(quantity=3, price=1990)
        small = await trade.asked(order, "return_refund", items=[(0, 1)])
        assert small["status"] == "awaiting_return" and small["return_deadline"]
        large = await trade.asked(order, items=[(0, 2)])
        assert large["status"] == "requested"

    async def test_auto_approved_with_platform_execution_still_waits(self, trade, aftersales_settings):
        await aftersales_settings(auto_approve_refund_only=True, refund_needs_platform=True)
        order = await trade.received(quantity=1)
        assert (await trade.asked(order))["status"] == "approved"


@pytest.mark.feature("AS-5")
class TestSettings:
    async def test_the_platform_edits_the_aftersales_group_and_merchants_cannot(self, api, admin_token, seller):
        current = (await api.get("/api/v1/admin/settings/aftersales", token=admin_token)).json
        assert current["refund_window_days"] == 7 and current["refund_needs_platform"] is False
        assert "少件漏发" in current["reasons"]
        empty = await api.put("/api/v1/admin/settings/aftersales", token=admin_token, json={**current, "reasons": []})
        assert empty.status == 422 and "reasons" in empty.fields
        twice = await api.put("/api/v1/admin/settings/aftersales", token=admin_token,
                              json={**current, "reasons": ["不想要了", "不想要了"]})
        assert twice.status == 422
        assert (await api.get("/api/v1/admin/settings/aftersales", token=seller.token)).status == 403

    async def test_the_refund_switches_left_the_trade_group_and_old_clients_still_save_it(self, api, admin_token):
        trade = (await api.get("/api/v1/admin/settings/trade", token=admin_token)).json
        assert "refund_window_days" not in trade and "auto_approve_refunds" not in trade
        saved = await api.put("/api/v1/admin/settings/trade", token=admin_token, json={
            **trade, "refund_window_days": 3, "auto_approve_refunds": True, "in_transit_returns": False})
        assert saved.status == 200 and "refund_window_days" not in saved.json
