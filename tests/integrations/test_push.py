from __future__ import annotations

import pytest
from jpush import common as jpush_common

from backend.core.config import Settings
from backend.core.errors import IntegrationError
from backend.integrations.push import JPushSender, PushMessage, SandboxPush, build_push, zone_for
from tests.fakes.jpush import FakeJPushServer

KEY, SECRET = "app-key", "master-secret"
MESSAGE = PushMessage(title="订单已发货", alert="您的订单已发货", registration_ids=("rid-1",),
                      extras={"link": "/order/D1/logistics", "type": "logistics"})


@pytest.fixture
def fake():
    with FakeJPushServer(KEY, SECRET) as server:
        yield server


class TestRealAdapter:
    @pytest.mark.feature("MSG-4")
    async def test_a_push_reaches_jpush_in_its_wire_format(self, fake):
        msg_id = await JPushSender(KEY, SECRET, api_base_url=fake.base_url, timeout=5).push(MESSAGE)

        assert msg_id == "1001"
        body = fake.received[-1]
        assert body["audience"] == {"registration_id": ["rid-1"]}
        assert body["notification"]["android"] == {"alert": "您的订单已发货", "title": "订单已发货",
                                                   "extras": {"link": "/order/D1/logistics", "type": "logistics"}}
        assert body["notification"]["ios"]["alert"] == {"title": "订单已发货", "body": "您的订单已发货"}
        assert body["options"]["apns_production"] is False

    async def test_aliases_go_with_registration_ids(self, fake):
        message = PushMessage(title="t", alert="a", registration_ids=("rid-1",), aliases=("u42",))
        await JPushSender(KEY, SECRET, api_base_url=fake.base_url).push(message)
        assert fake.received[-1]["audience"] == {"registration_id": ["rid-1"], "alias": ["u42"]}

    async def test_a_wrong_master_secret_fails_clearly(self, fake):
        with pytest.raises(IntegrationError, match="鉴权失败"):
            await JPushSender(KEY, "wrong", api_base_url=fake.base_url).push(MESSAGE)
        assert fake.received == []

    async def test_a_gateway_error_is_an_integration_error_to_retry(self, fake):
        fake.fail_next(1)
        with pytest.raises(IntegrationError, match="1030"):
            await JPushSender(KEY, SECRET, api_base_url=fake.base_url).push(MESSAGE)

    async def test_no_matching_device_is_not_an_error(self, fake):
        gone = PushMessage(title="t", alert="a", registration_ids=("gone-1",))
        assert await JPushSender(KEY, SECRET, api_base_url=fake.base_url).push(gone) is None

    async def test_an_unreachable_server_fails_clearly(self):
        with FakeJPushServer() as stopped:
            url = stopped.base_url
        with pytest.raises(IntegrationError, match="无法连接极光推送"):
            await JPushSender(KEY, SECRET, api_base_url=url, timeout=2).push(MESSAGE)

    def test_the_zone_points_every_host_at_the_base_url(self):
        zone = zone_for("http://127.0.0.1:9/")
        assert jpush_common.get_url("push", zone) == "http://127.0.0.1:9/v3/"


class TestSandbox:
    async def test_the_sandbox_records_the_payload_it_would_send(self):
        sandbox = SandboxPush()
        assert await sandbox.push(MESSAGE) == "sandbox-1"
        assert sandbox.sent[-1]["audience"] == {"registration_id": ["rid-1"]}

    async def test_a_timeout_id_times_out(self):
        with pytest.raises(IntegrationError, match="超时"):
            await SandboxPush().push(PushMessage(title="t", alert="a", registration_ids=("timeout-1",)))

    async def test_an_empty_audience_is_refused(self):
        with pytest.raises(IntegrationError, match="推送对象为空"):
            await SandboxPush().push(PushMessage(title="t", alert="a"))


class TestFactory:
    def test_no_credentials_builds_the_sandbox(self):
        assert isinstance(build_push(Settings()), SandboxPush)

    def test_credentials_build_the_jpush_sender(self):
        assert isinstance(build_push(Settings(jpush_app_key=KEY, jpush_master_secret=SECRET)), JPushSender)
