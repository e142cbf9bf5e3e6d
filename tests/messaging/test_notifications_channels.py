"""Notices leaving the platform: JPush app push through the official SDK and WeChat subscribe messages
through wechatpy, each against its loopback fake (tests/fakes/jpush.py, tests/fakes/wechat.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from backend.core.models import Job
from tests.conftest import wait_sms_cooldown
from tests.fakes.jpush import FakeJPushServer
from tests.fakes.wechat import FakeWechatServer, fake_identity
from tests.messaging.test_notifications import CENTRE, switch, until_settled
from tests.orders.test_orders import paid, shipped

DEVICES = "/api/v1/me/push-devices"
APP_KEY, MASTER_SECRET = "jp-app-key", "jp-master-secret"
WX_APPID, WX_SECRET = "wx-notify-appid", "wx-notify-secret"
SHIP_TEMPLATE = "TMPL-ORDER-SHIPPED"


@pytest.fixture
def jpush() -> Iterator[FakeJPushServer]:
    with FakeJPushServer(APP_KEY, MASTER_SECRET) as server:
        yield server


@pytest.fixture
def wechat() -> Iterator[FakeWechatServer]:
    with FakeWechatServer(WX_APPID, WX_SECRET) as server:
        yield server


@pytest.fixture
def settings(settings, jpush, wechat):
    """The real adapters, pointed at the fakes."""
    return settings.model_copy(update={
        "jpush_app_key": APP_KEY, "jpush_master_secret": MASTER_SECRET, "jpush_api_base_url": jpush.base_url,
        "wechat_appid": WX_APPID, "wechat_secret": WX_SECRET, "wechat_api_base_url": wechat.base_url,
        "wechat_subscribe_templates": {"order_shipped": SHIP_TEMPLATE},
        "rate_limit_sms_interval_seconds": 1,  # the buyer signs in again after logging out
    })


async def register(api, token: str, registration_id: str = "1a0018970a8f2b5c3e1", platform: str = "android"):
    return await api.post(DEVICES, token=token, json={"registration_id": registration_id, "platform": platform})


class TestPushOnShipping:
    @pytest.mark.feature("MSG-4")
    @pytest.mark.feature("MSG-3")
    async def test_a_shipped_order_pushes_to_the_buyers_device_and_sends_a_subscribe_message(
            self, api, seller, buyer, jpush, wechat):
        assert (await register(api, buyer)).status == 201
        bound = await api.post("/api/v1/me/wechat", token=buyer, json={"code": "mp-login-code"})
        assert bound.status == 200, bound

        order = await shipped(api, buyer, seller)
        await api.run_jobs()

        logistics = [p for p in jpush.received if "已发货" in p["notification"]["alert"]]
        assert len(logistics) == 1
        push = logistics[0]
        text = f"您的订单{order['order_no']}已发货，顺丰速运运单号SF1234567890，请留意查收。"
        assert push["audience"] == {"registration_id": ["1a0018970a8f2b5c3e1"]}
        assert sorted(push["platform"]) == ["android", "ios"]
        assert push["notification"]["android"]["alert"] == text
        assert push["notification"]["android"]["title"] == "订单已发货"
        assert push["notification"]["ios"]["alert"] == {"title": "订单已发货", "body": text}
        extras = push["notification"]["android"]["extras"]
        assert extras["link"] == f"/order/{order['order_no']}/logistics" and extras["type"] == "logistics"
        message = next(m["body"] for m in wechat.received if m["path"] == "/cgi-bin/message/subscribe/send")
        assert message["touser"] == fake_identity("mp-login-code")["openid"]
        assert message["template_id"] == SHIP_TEMPLATE
        assert message["page"] == f"pages/logistics/index?order_no={order['order_no']}"
        assert message["data"] == {"character_string1": {"value": order["order_no"]}, "thing2": {"value": "保温杯"},
                                   "thing3": {"value": "顺丰速运"}, "character_string4": {"value": "SF1234567890"}}

    @pytest.mark.feature("MSG-4")
    async def test_the_payment_push_reaches_every_device_of_the_buyer(self, api, seller, buyer, jpush):
        await register(api, buyer, "android-device-1")
        await register(api, buyer, "ios-device-2", "ios")

        order = await paid(api, buyer, seller)
        await until_settled(api)

        assert [p["audience"] for p in jpush.received] == [
            {"registration_id": ["android-device-1", "ios-device-2"]}]
        assert jpush.received[0]["notification"]["android"]["extras"]["link"] == f"/order/{order['order_no']}"

    @pytest.mark.feature("MSG-4")
    async def test_push_switched_off_for_logistics_stops_the_push_but_keeps_the_message(
            self, api, seller, buyer, jpush):
        await register(api, buyer)
        await switch(api, buyer, "logistics", push=False)

        await shipped(api, buyer, seller)
        await until_settled(api)

        assert [p["notification"]["android"]["title"] for p in jpush.received] == ["支付成功"]
        assert [m["title"] for m in (await api.get(CENTRE, token=buyer)).json["items"]] == ["订单已发货", "支付成功"]

    @pytest.mark.feature("MSG-4")
    async def test_jpush_failing_twice_is_retried_until_it_goes_through(self, api, seller, buyer, jpush):
        await register(api, buyer)
        jpush.fail_next(2)

        order = await paid(api, buyer, seller)
        await until_settled(api)

        assert order["status"] == "pending_shipment"
        assert [status for status, _ in jpush.refused] == [503, 503]
        assert len(jpush.received) == 1
        job = await Job.get(name="messaging.push")
        assert (job.status, job.attempts) == ("done", 3)

    @pytest.mark.feature("MSG-4")
    async def test_no_device_means_no_push_and_nothing_to_retry(self, api, seller, buyer, jpush):
        await paid(api, buyer, seller)
        await until_settled(api)

        assert jpush.received == [] and jpush.refused == []
        assert (await Job.get(name="messaging.push")).status == "done"


class TestDevices:
    @pytest.mark.feature("MSG-4")
    async def test_registering_again_keeps_one_device_and_it_follows_the_signed_in_user(self, api, buyer):
        assert (await register(api, buyer, "shared-phone")).status == 201
        again = await register(api, buyer, "shared-phone")
        assert again.status == 200
        assert [d["registration_id"] for d in (await api.get(DEVICES, token=buyer)).json["items"]] == ["shared-phone"]

        spouse = await api.consumer("13900004444")
        assert (await register(api, spouse, "shared-phone")).status == 200

        assert (await api.get(DEVICES, token=buyer)).json["items"] == []
        assert [d["registration_id"] for d in (await api.get(DEVICES, token=spouse)).json["items"]] == ["shared-phone"]

    @pytest.mark.feature("MSG-4")
    async def test_logging_out_forgets_the_device_of_that_session(self, api, seller, buyer, jpush):
        await register(api, buyer)
        assert (await api.post("/api/v1/auth/logout", token=buyer)).status == 204
        await wait_sms_cooldown()
        token = await api.consumer("13900003333")

        assert (await api.get(DEVICES, token=token)).json["items"] == []
        await paid(api, token, seller)
        await until_settled(api)
        assert jpush.received == []

    async def test_removing_a_device_and_anothers_device_is_not_found(self, api, buyer):
        await register(api, buyer, "my-phone")
        stranger = await api.consumer("13900004444")

        assert (await api.delete(f"{DEVICES}/my-phone", token=stranger)).status == 404
        assert (await api.delete(f"{DEVICES}/my-phone", token=buyer)).status == 204
        assert (await api.delete(f"{DEVICES}/my-phone", token=buyer)).status == 404

    @pytest.mark.parametrize("body", [
        {"registration_id": "", "platform": "android"},
        {"registration_id": "has space", "platform": "android"},
        {"registration_id": "abc", "platform": "symbian"},
    ])
    async def test_a_bad_device_is_refused(self, api, buyer, body):
        response = await api.post(DEVICES, token=buyer, json=body)
        assert response.status == 422 and response.error_code == "validation_failed"
        assert (await api.get(DEVICES, token=buyer)).json["items"] == []
