"""The message centre (站内信), its switches, SMS notices and retries (docs/messaging-api.md).

Events come from real journeys: a buyer checks out and pays through the sandbox gateway, the
merchant ships, a refund goes back. Outside channels are the sandboxes here; the real JPush and
WeChat adapters against loopback fakes are in test_notifications_channels.py.
"""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest

from backend.core.models import Job
from backend.messaging import service
from tests.orders.test_orders import ORDERS, paid, placed, shipped

CENTRE = "/api/v1/me/notifications"
BADGE = f"{CENTRE}/badge"
SETTINGS = "/api/v1/me/notification-settings"
SHOP_CENTRE = "/api/v1/admin/notifications"
BUYER_PHONE = "13900003333"  # the ``buyer`` fixture's


async def centre(api, token: str, query: str = "") -> list[dict]:
    response = await api.get(f"{CENTRE}{query}", token=token)
    assert response.status == 200, response
    return response.json["items"]


async def badge(api, token: str, path: str = BADGE) -> dict:
    response = await api.get(path, token=token)
    assert response.status == 200, response
    return response.json


async def switch(api, token: str, type: str, **channels: bool) -> list[dict]:
    response = await api.put(SETTINGS, token=token, json={"items": [{"type": type, **channels}]})
    assert response.status == 200, response
    return response.json["items"]


def sms_texts(api, phone: str = BUYER_PHONE) -> list[str]:
    return [m.text for m in api.app.ctx.runtime.sms.outbox if m.phone == phone]


async def until_settled(api, rounds: int = 10) -> None:
    """Run due jobs as a worker would, an hour later each time, until nothing is left to retry."""
    for hours in range(1, rounds + 1):
        if not await api.run_jobs(after=timedelta(hours=hours)):
            return


class TestMessageCentre:
    @pytest.mark.feature("MSG-3")
    @pytest.mark.feature("MEM-7")
    async def test_paying_puts_a_payment_success_message_in_the_buyers_centre(self, api, seller, buyer):
        order = await paid(api, buyer, seller)

        items = await centre(api, buyer)
        assert [(m["type"], m["title"], m["read"]) for m in items] == [("order", "支付成功", False)]
        assert items[0]["body"] == f"您的订单{order['order_no']}已支付成功，实付¥19.90，商家将尽快为您发货。"
        assert items[0]["link"] == f"/order/{order['order_no']}"
        assert await badge(api, buyer) == {
            "total": 1, "by_type": {"order": 1, "logistics": 0, "refund": 0, "promotion": 0, "system": 0}}

    @pytest.mark.feature("MEM-7")
    async def test_reading_a_message_clears_its_badge(self, api, seller, buyer):
        await paid(api, buyer, seller)
        message = (await centre(api, buyer))[0]

        response = await api.post(f"{CENTRE}/{message['id']}/read", token=buyer)

        assert response.status == 200, response
        assert response.json["read"] is True and response.json["read_at"]
        assert (await badge(api, buyer))["total"] == 0
        assert (await centre(api, buyer))[0]["read"] is True
        again = await api.post(f"{CENTRE}/{message['id']}/read", token=buyer)
        assert again.status == 200 and again.json["read_at"] == response.json["read_at"]

    @pytest.mark.feature("MEM-7")
    async def test_read_all_of_one_type_leaves_the_others_unread(self, api, seller, buyer):
        await shipped(api, buyer, seller)
        assert (await badge(api, buyer))["by_type"] == {
            "order": 1, "logistics": 1, "refund": 0, "promotion": 0, "system": 0}

        response = await api.post(f"{CENTRE}/read-all", token=buyer, json={"type": "logistics"})

        assert response.status == 200 and response.json == {"marked": 1}
        assert await badge(api, buyer) == {
            "total": 1, "by_type": {"order": 1, "logistics": 0, "refund": 0, "promotion": 0, "system": 0}}
        everything = await api.post(f"{CENTRE}/read-all", token=buyer)
        assert everything.json == {"marked": 1}
        assert (await badge(api, buyer))["total"] == 0

    @pytest.mark.feature("MEM-7")
    async def test_the_list_filters_by_type_and_unread_newest_first(self, api, seller, buyer):
        order = await shipped(api, buyer, seller)
        first, second = await centre(api, buyer)
        assert (first["title"], second["title"]) == ("订单已发货", "支付成功")
        assert first["body"] == f"您的订单{order['order_no']}已发货，顺丰速运运单号SF1234567890，请留意查收。"
        assert first["link"] == f"/order/{order['order_no']}/logistics"
        await api.post(f"{CENTRE}/{second['id']}/read", token=buyer)

        assert [m["id"] for m in await centre(api, buyer, "?type=order")] == [second["id"]]
        assert [m["id"] for m in await centre(api, buyer, "?unread=true")] == [first["id"]]
        assert [m["id"] for m in await centre(api, buyer, "?unread=false")] == [second["id"]]
        page = await api.get(f"{CENTRE}?page=2&page_size=1", token=buyer)
        assert page.json["total"] == 2 and [m["id"] for m in page.json["items"]] == [second["id"]]
        assert (await api.get(f"{CENTRE}?type=coupon", token=buyer)).status == 422

    @pytest.mark.feature("MEM-7")
    async def test_another_shoppers_message_is_not_found_and_not_listed(self, api, seller, buyer):
        await paid(api, buyer, seller)
        mine = (await centre(api, buyer))[0]
        stranger = await api.consumer("13900004444")

        response = await api.post(f"{CENTRE}/{mine['id']}/read", token=stranger)

        assert response.status == 404 and response.error_code == "notification_not_found"
        assert await centre(api, stranger) == []
        assert (await badge(api, stranger))["total"] == 0
        assert (await api.post(f"{CENTRE}/read-all", token=stranger)).json == {"marked": 0}
        assert (await badge(api, buyer))["total"] == 1

    @pytest.mark.feature("MEM-7")
    async def test_a_page_and_the_badge_cost_the_same_for_one_message_and_five(self, api, count_queries):
        token = await api.consumer("13900005555")
        user_id = (await api.get("/api/v1/me", token=token)).json["id"]
        await service.notify(user_id, "system", "欢迎", "欢迎来到商城", push=False)
        with count_queries() as one:
            await centre(api, token)
            await badge(api, token)
        for n in range(4):
            await service.notify(user_id, ("order", "promotion")[n % 2], "通知", f"第{n}条", push=False)
        with count_queries() as five:
            assert len(await centre(api, token)) == 5
            assert (await badge(api, token))["total"] == 5
        assert one.count == five.count

    async def test_the_centre_needs_a_signed_in_shopper(self, api, seller):
        assert (await api.get(CENTRE)).status == 401
        assert (await api.get(CENTRE, token=seller.token)).status == 403

    @pytest.mark.feature("MSG-3")
    async def test_a_refund_tells_the_buyer_the_money_went_back(self, api, seller, buyer):
        order = await paid(api, buyer, seller)
        response = await api.post(f"{ORDERS}/{order['order_no']}/cancel", token=buyer, json={"reason": "不想要了"})
        assert response.status == 200, response
        await api.run_jobs(after=timedelta(minutes=5))

        refund = (await centre(api, buyer, "?type=refund"))
        assert [(m["title"], m["body"]) for m in refund] == [
            ("退款成功", f"您的订单{order['order_no']}退款¥19.90已原路退回，请注意查收。")]

    @pytest.mark.feature("MSG-3")
    async def test_an_unpaid_order_sends_nothing(self, api, seller, buyer):
        await placed(api, buyer, seller)
        assert await centre(api, buyer) == []


class TestShopNotices:
    @pytest.mark.feature("MSG-3")
    async def test_the_shop_hears_of_a_paid_order_and_of_an_urge(self, api, seller, other_seller, buyer):
        order = await paid(api, buyer, seller)
        response = await api.post(f"{ORDERS}/{order['order_no']}/urge", token=buyer)
        assert response.status == 200, response

        items = (await api.get(SHOP_CENTRE, token=seller.token)).json["items"]
        assert [(m["title"], m["body"]) for m in items] == [
            ("买家催发货", f"买家提醒订单{order['order_no']}尽快发货，请及时处理。"),
            ("新订单", f"您有新的订单{order['order_no']}待发货，实付¥19.90。")]
        assert items[0]["link"] == f"/orders/{order['order_no']}"
        assert (await badge(api, seller.token, f"{SHOP_CENTRE}/badge"))["by_type"]["order"] == 2
        assert (await api.get(SHOP_CENTRE, token=other_seller.token)).json["items"] == []
        foreign = await api.post(f"{SHOP_CENTRE}/{items[0]['id']}/read", token=other_seller.token)
        assert foreign.status == 404
        read = await api.post(f"{SHOP_CENTRE}/read-all", token=seller.token)
        assert read.json == {"marked": 2}

    async def test_a_shopper_cannot_read_the_shops_notices(self, api, seller, buyer):
        await paid(api, buyer, seller)
        shop_notice = (await api.get(SHOP_CENTRE, token=seller.token)).json["items"][0]
        assert (await api.post(f"{CENTRE}/{shop_notice['id']}/read", token=buyer)).status == 404
        assert (await api.get(SHOP_CENTRE, token=buyer)).status == 403


class TestSwitches:
    @pytest.mark.feature("MEM-7")
    async def test_defaults_list_every_type_with_in_app_always_on(self, api, buyer):
        response = await api.get(SETTINGS, token=buyer)

        assert response.status == 200
        by_type = {s["type"]: s for s in response.json["items"]}
        assert list(by_type) == ["order", "logistics", "refund", "promotion", "system"]
        assert by_type["logistics"] == {"type": "logistics", "name": "物流通知", "in_app": True,
                                        "push": True, "sms": True, "subscribe": True}
        assert all(s["in_app"] for s in by_type.values())

    @pytest.mark.feature("MEM-7")
    async def test_changing_one_channel_keeps_the_others_and_other_shoppers_defaults(self, api, buyer):
        items = await switch(api, buyer, "logistics", push=False)

        logistics = next(s for s in items if s["type"] == "logistics")
        assert (logistics["push"], logistics["sms"], logistics["subscribe"]) == (False, True, True)
        assert next(s for s in (await api.get(SETTINGS, token=buyer)).json["items"]
                    if s["type"] == "logistics")["push"] is False
        stranger = await api.consumer("13900004444")
        theirs = (await api.get(SETTINGS, token=stranger)).json["items"]
        assert next(s for s in theirs if s["type"] == "logistics")["push"] is True

    @pytest.mark.parametrize("body", [
        {"items": [{"type": "coupon", "push": False}]},
        {"items": [{"type": "order", "in_app": False}]},
        {"items": [{"type": "order", "push": False}, {"type": "order", "sms": True}]},
        {"items": []},
    ])
    async def test_bad_switches_are_refused_and_change_nothing(self, api, buyer, body):
        before = (await api.get(SETTINGS, token=buyer)).json

        response = await api.put(SETTINGS, token=buyer, json=body)

        assert response.status == 422 and response.error_code == "validation_failed"
        assert (await api.get(SETTINGS, token=buyer)).json == before


class TestSmsNotices:
    @pytest.mark.feature("MSG-5")
    async def test_shipping_sends_an_sms_notice_through_the_sms_adapter(self, api, seller, buyer):
        order = await shipped(api, buyer, seller)
        await api.run_jobs()

        assert sms_texts(api)[-1] == (
            f"【商城】您的订单{order['order_no']}已发货，顺丰速运运单号SF1234567890，请留意查收。")

    @pytest.mark.feature("MSG-5")
    async def test_sms_switched_off_for_logistics_sends_none_but_keeps_the_message(self, api, seller, buyer):
        await switch(api, buyer, "logistics", sms=False)
        before = len(sms_texts(api))

        await shipped(api, buyer, seller)
        await until_settled(api)

        assert len(sms_texts(api)) == before
        assert (await centre(api, buyer, "?type=logistics"))[0]["title"] == "订单已发货"

    @pytest.mark.feature("MSG-5")
    async def test_order_sms_is_off_until_the_shopper_turns_it_on(self, api, seller, buyer):
        before = len(sms_texts(api))
        await paid(api, buyer, seller)
        assert len(sms_texts(api)) == before

        await switch(api, buyer, "order", sms=True)
        order = await paid(api, buyer, seller)
        await api.run_jobs(after=timedelta(minutes=1))
        assert sms_texts(api)[-1] == f"【商城】您的订单{order['order_no']}已支付成功，金额19.90元，商家将尽快为您发货。"


class TestRetries:
    @pytest.mark.feature("MSG-5")
    async def test_a_gateway_failing_twice_delays_the_sms_not_the_payment(self, api, seller, buyer):
        await switch(api, buyer, "order", sms=True)
        api.app.ctx.runtime.sms.fail_next = 2
        before = len(sms_texts(api))

        order = await paid(api, buyer, seller)

        assert order["status"] == "pending_shipment"  # paid at once, the SMS still failing
        assert (await centre(api, buyer))[0]["title"] == "支付成功"
        await api.run_jobs(after=timedelta(minutes=1))
        job = await Job.get(name="messaging.sms")
        assert (job.status, job.attempts) == ("pending", 1) and "超时" in job.last_error
        await until_settled(api)
        job = await Job.get(id=job.id)
        assert (job.status, job.attempts) == ("done", 3)
        assert len(sms_texts(api)) == before + 1 and "已支付成功" in sms_texts(api)[-1]

    @pytest.mark.feature("MSG-5")
    async def test_a_send_that_never_succeeds_ends_failed_after_max_attempts(self, api, seller, buyer, caplog):
        await switch(api, buyer, "order", sms=True)
        api.app.ctx.runtime.sms.fail_next = 100

        with caplog.at_level(logging.WARNING, logger="backend.jobs"):
            order = await paid(api, buyer, seller)
            await until_settled(api)

        assert order["status"] == "pending_shipment"
        job = await Job.get(name="messaging.sms")
        max_attempts = api.app.ctx.settings.notification_max_attempts
        assert (job.status, job.attempts, job.max_attempts) == ("failed", max_attempts, max_attempts)
        assert "短信发送超时" in job.last_error and job.finished_at
        assert sum("messaging.sms" in r.getMessage() for r in caplog.records) == max_attempts
        assert (await centre(api, buyer))[0]["title"] == "支付成功"
