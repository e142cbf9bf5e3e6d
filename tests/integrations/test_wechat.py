from __future__ import annotations

import hashlib

import pytest
from wechatpy.session.redisstorage import RedisStorage

from backend.core.config import Settings
from backend.core.errors import IntegrationError
from backend.integrations.wechat import (
    SandboxMiniProgram,
    WechatpyMiniProgram,
    WechatSession,
    build_wechat,
)
from tests.fakes.wechat import FakeWechatServer, fake_identity

APPID, SECRET = "wx-test-appid", "test-secret"


@pytest.fixture
def fake():
    with FakeWechatServer(appid=APPID, secret=SECRET) as server:
        yield server


@pytest.fixture
def mini(fake):
    return WechatpyMiniProgram(APPID, SECRET, fake.base_url, timeout=5)


class TestRealAdapterLogin:
    async def test_code_to_session_returns_the_user_wechat_knows(self, mini):
        session = await mini.code_to_session("code-123")

        assert session == WechatSession(**fake_identity("code-123"))

    async def test_invalid_code_is_the_callers_fault(self, mini):
        with pytest.raises(IntegrationError) as raised:
            await mini.code_to_session("bad")

        assert raised.value.status == 400
        assert "code" in raised.value.fields
        assert "登录凭证无效" in raised.value.message

    async def test_used_code_is_the_callers_fault(self, mini):
        with pytest.raises(IntegrationError) as raised:
            await mini.code_to_session("used")

        assert raised.value.fields.keys() == {"code"}

    async def test_rate_limit_is_a_gateway_failure_not_the_code(self, mini):
        with pytest.raises(IntegrationError) as raised:
            await mini.code_to_session("limit")

        assert raised.value.status == 502
        assert raised.value.fields == {}
        assert "频繁" in raised.value.message

    async def test_wrong_secret_fails_clearly(self, fake):
        mini = WechatpyMiniProgram(APPID, "wrong", fake.base_url, timeout=5)

        with pytest.raises(IntegrationError) as raised:
            await mini.code_to_session("code-123")

        assert raised.value.status == 502

    async def test_unreachable_server_is_an_integration_error(self):
        with FakeWechatServer() as gone:
            base_url = gone.base_url
        mini = WechatpyMiniProgram(APPID, SECRET, base_url, timeout=2)

        with pytest.raises(IntegrationError, match="无法连接微信服务器"):
            await mini.code_to_session("code-123")


class TestRealAdapterMessages:
    async def test_customer_text_arrives_in_wechat_format(self, mini, fake):
        await mini.send_customer_text("openid-1", "您的订单已发货")

        assert fake.received == [
            {
                "path": "/cgi-bin/message/custom/send",
                "body": {"touser": "openid-1", "msgtype": "text", "text": {"content": "您的订单已发货"}},
            }
        ]

    async def test_subscribe_message_wraps_each_value(self, mini, fake):
        await mini.send_subscribe_message(
            "openid-1",
            "tmpl-ship",
            {"character_string1": "SO20240101", "thing2": "顺丰速运"},
            page="pages/order/detail?id=1",
        )

        assert fake.received == [
            {
                "path": "/cgi-bin/message/subscribe/send",
                "body": {
                    "touser": "openid-1",
                    "template_id": "tmpl-ship",
                    "page": "pages/order/detail?id=1",
                    "data": {"character_string1": {"value": "SO20240101"}, "thing2": {"value": "顺丰速运"}},
                },
            }
        ]

    async def test_subscribe_message_without_page_omits_it(self, mini, fake):
        await mini.send_subscribe_message("openid-1", "tmpl", {"thing1": {"value": "已包装"}})

        assert fake.received[0]["body"] == {
            "touser": "openid-1",
            "template_id": "tmpl",
            "data": {"thing1": {"value": "已包装"}},
        }

    async def test_access_token_is_fetched_once_and_reused(self, mini, fake):
        await mini.code_to_session("code-1")
        await mini.send_customer_text("openid-1", "一")
        await mini.send_customer_text("openid-1", "二")
        await mini.send_subscribe_message("openid-1", "tmpl", {"thing1": "三"})

        assert fake.token_fetches == 1
        assert len(fake.received) == 3

    async def test_invalidated_token_is_refetched_and_the_message_still_sent(self, mini, fake):
        await mini.send_customer_text("openid-1", "一")
        fake.rotate_token()

        await mini.send_customer_text("openid-1", "二")

        assert fake.token_fetches == 2
        assert [r["body"]["text"]["content"] for r in fake.received] == ["一", "二"]


class TestSandbox:
    async def test_same_code_gives_the_same_user(self):
        sandbox = SandboxMiniProgram()
        digest = hashlib.sha256(b"abc").hexdigest()[:16]

        first = await sandbox.code_to_session("abc")
        second = await SandboxMiniProgram().code_to_session("abc")

        assert first == second
        assert first.openid == f"sandbox-openid-{digest}"
        assert first.unionid == f"sandbox-unionid-{digest}"

    async def test_different_codes_give_different_users(self):
        sandbox = SandboxMiniProgram()

        assert (await sandbox.code_to_session("a")).openid != (await sandbox.code_to_session("b")).openid

    async def test_invalid_code_fails_like_wechat(self):
        with pytest.raises(IntegrationError) as raised:
            await SandboxMiniProgram().code_to_session("invalid")

        assert raised.value.status == 400
        assert "code" in raised.value.fields

    async def test_messages_are_recorded_in_wechat_format(self):
        sandbox = SandboxMiniProgram()

        await sandbox.send_customer_text("o1", "你好")
        await sandbox.send_subscribe_message("o1", "t1", {"thing1": "已发货"}, page="pages/index")

        assert sandbox.sent == [
            {"touser": "o1", "msgtype": "text", "text": {"content": "你好"}},
            {
                "touser": "o1",
                "template_id": "t1",
                "data": {"thing1": {"value": "已发货"}},
                "page": "pages/index",
            },
        ]


class TestBuildWechat:
    def test_empty_credentials_select_the_sandbox(self):
        settings = Settings(wechat_appid="", wechat_secret="")

        assert isinstance(build_wechat(settings), SandboxMiniProgram)

    def test_credentials_select_wechatpy(self):
        settings = Settings(wechat_appid=APPID, wechat_secret=SECRET, redis_url="")

        assert isinstance(build_wechat(settings), WechatpyMiniProgram)

    def test_access_token_is_shared_through_redis_when_configured(self):
        settings = Settings(wechat_appid=APPID, wechat_secret=SECRET, redis_url="redis://127.0.0.1:6379/0")

        assert isinstance(build_wechat(settings).client.session, RedisStorage)

    async def test_built_adapter_talks_to_the_configured_base_url(self, fake):
        settings = Settings(wechat_appid=APPID, wechat_secret=SECRET, wechat_api_base_url=fake.base_url)

        session = await build_wechat(settings).code_to_session("xyz")

        assert session.openid == fake_identity("xyz")["openid"]
