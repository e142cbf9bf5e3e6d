from __future__ import annotations

from datetime import UTC, datetime

import pytest

from backend.core.config import Settings
from backend.core.errors import IntegrationError
from backend.integrations.sms import SandboxSms, SmsMessage, build_sms, render

FIXED = datetime(2024, 5, 1, 8, 0, tzinfo=UTC)


@pytest.fixture
def sms():
    return SandboxSms(clock=lambda: FIXED)


class TestSandboxSms:
    async def test_login_code_is_rendered_in_chinese_and_kept_in_the_outbox(self, sms):
        await sms.send("13812345678", "login_code", {"code": "123456"})

        assert list(sms.outbox) == [
            SmsMessage(
                phone="13812345678",
                template="login_code",
                params={"code": "123456"},
                text="【商城】您的登录验证码为123456，5分钟内有效，请勿泄露。",
                sent_at=FIXED,
            )
        ]

    @pytest.mark.parametrize(
        ("template", "expected"),
        [
            ("register_code", "【商城】您的注册验证码为654321，10分钟内有效，请勿泄露。"),
            ("reset_password_code", "【商城】您正在重置密码，验证码为654321，10分钟内有效，请勿泄露。"),
            ("change_phone_code", "【商城】您正在更换手机号，验证码为654321，10分钟内有效，请勿泄露。"),
        ],
    )
    def test_every_code_template_renders(self, template, expected):
        assert render(template, {"code": "654321", "minutes": 10}) == expected

    async def test_number_ending_in_0000_times_out_and_sends_nothing(self, sms):
        with pytest.raises(IntegrationError, match="超时") as raised:
            await sms.send("13800000000", "login_code", {"code": "123456"})

        assert raised.value.status == 502
        assert list(sms.outbox) == []

    @pytest.mark.parametrize("phone", ["1381234567", "23812345678", "138-1234-5678", ""])
    async def test_malformed_number_is_refused(self, sms, phone):
        with pytest.raises(IntegrationError) as raised:
            await sms.send(phone, "login_code", {"code": "123456"})

        assert raised.value.fields.keys() == {"phone"}
        assert list(sms.outbox) == []

    async def test_unknown_template_is_refused(self, sms):
        with pytest.raises(IntegrationError, match="未知的短信模板"):
            await sms.send("13812345678", "marketing_blast", {"code": "1"})

    async def test_missing_code_is_refused(self, sms):
        with pytest.raises(IntegrationError, match="缺少参数 code"):
            await sms.send("13812345678", "login_code", {})

    async def test_last_to_returns_the_latest_message_for_a_number(self, sms):
        await sms.send("13812345678", "login_code", {"code": "111111"})
        await sms.send("13912345678", "login_code", {"code": "222222"})
        await sms.send("13812345678", "login_code", {"code": "333333"})

        assert sms.last_to("13812345678").params == {"code": "333333"}
        assert sms.last_to("13700000001") is None

    async def test_caller_params_are_copied(self, sms):
        params = {"code": "123456"}
        await sms.send("13812345678", "login_code", params)
        params["code"] = "changed"

        assert sms.outbox[0].params == {"code": "123456"}


class TestBuildSms:
    def test_sandbox_provider_builds_the_sandbox(self):
        assert isinstance(build_sms(Settings(sms_provider="sandbox")), SandboxSms)

    def test_unknown_provider_fails_clearly(self):
        with pytest.raises(IntegrationError, match="SMS_PROVIDER"):
            build_sms(Settings(sms_provider="carrier-pigeon"))


class TestNotices:
    @pytest.mark.feature("MSG-5")
    def test_the_shipping_notice_renders_with_its_params(self):
        text = render("order_shipped_notice", {"order_no": "D1", "carrier": "顺丰速运", "tracking_no": "SF1"})
        assert text == "【商城】您的订单D1已发货，顺丰速运运单号SF1，请留意查收。"

    def test_a_notice_missing_a_param_is_refused(self):
        with pytest.raises(IntegrationError, match="缺少参数 tracking_no"):
            render("order_shipped_notice", {"order_no": "D1", "carrier": "顺丰速运"})

    async def test_fail_next_times_out_that_many_sends_then_sends(self, sms):
        sms.fail_next = 1
        with pytest.raises(IntegrationError, match="超时"):
            await sms.send("13800138000", "login_code", {"code": "123456"})
        await sms.send("13800138000", "login_code", {"code": "123456"})
        assert sms.last_to("13800138000").params == {"code": "123456"}
