"""The WeChat Pay APIv3 provider against the fake gateway: what goes on the wire, and what it trusts."""

from __future__ import annotations

import time
from dataclasses import replace

import pytest

from backend.core.config import Settings
from backend.core.errors import IntegrationError
from backend.integrations.payments import Charge, NotificationRejected, RefundRequest, build_payment_providers
from backend.integrations.wechat import WechatpyMiniProgram
from backend.integrations.wechatpay import WechatPayments, build_wechat_pay
from tests.fakes.wechat import FakeWechatServer
from tests.fakes.wechatpay import FakeWechatPayServer, Transaction, WechatPayKeys, private_pem

MCHID, APPID = "1900000109", "wx-test-appid"
NOTIFY = "https://shop.example.com/api/v1/payments/notify/wechat"


@pytest.fixture(scope="module")
def keys() -> WechatPayKeys:
    return WechatPayKeys.generate()


@pytest.fixture
def gateway(keys):
    with FakeWechatPayServer(keys, mchid=MCHID, appids={APPID}) as fake:
        yield fake


def settings_for(keys, gateway, **overrides) -> Settings:
    return Settings(**{"wechat_appid": APPID, **keys.settings(MCHID, gateway.base_url), **overrides})


@pytest.fixture
def provider(keys, gateway) -> WechatPayments:
    return build_wechat_pay(settings_for(keys, gateway), NOTIFY)


def charge(payment_no: str = "P202611250001", **extra) -> Charge:
    return Charge(payment_no, 2590, "保温杯 等 1 件商品", 7, **extra)


class TestConfiguration:
    def test_added_only_when_configured(self, keys, gateway):
        assert "wechat" not in build_payment_providers(Settings())
        assert isinstance(build_payment_providers(settings_for(keys, gateway))["wechat"], WechatPayments)

    def test_half_configured_fails_at_start_naming_what_is_missing(self):
        with pytest.raises(RuntimeError, match="WECHAT_PAY_APIV3_KEY"):
            build_wechat_pay(Settings(wechat_pay_mchid=MCHID, wechat_appid=APPID), NOTIFY)

    def test_keys_never_show_in_repr(self, keys, gateway, provider):
        settings = settings_for(keys, gateway)
        text = repr(provider) + repr(provider.config) + repr(settings)
        assert keys.apiv3_key not in text and "PRIVATE KEY" not in text

    def test_keys_may_be_given_as_file_paths(self, keys, gateway, tmp_path):
        path = tmp_path / "apiclient_key.pem"
        path.write_text(private_pem(keys.merchant))
        provider = build_wechat_pay(settings_for(keys, gateway, wechat_pay_private_key=str(path)), NOTIFY)
        assert provider.config.private_key.startswith("-----BEGIN PRIVATE KEY-----")


class TestCreate:
    @pytest.mark.feature("PAY-1")
    async def test_every_request_is_signed_with_the_merchant_key(self, provider, gateway):
        await provider.create(charge(openid="o-1"), "mp")

        request = gateway.requests[-1]
        assert (request["method"], request["path"]) == ("POST", "/v3/pay/transactions/jsapi")
        assert request["body"] == {
            "notify_url": NOTIFY, "description": "保温杯 等 1 件商品", "out_trade_no": "P202611250001",
            "amount": {"total": 2590, "currency": "CNY"}, "payer": {"openid": "o-1"},
            "appid": APPID, "mchid": MCHID}

    @pytest.mark.feature("PAY-1")
    async def test_a_wrong_merchant_key_is_refused_by_the_gateway(self, keys, gateway):
        other = WechatPayKeys.generate()
        provider = build_wechat_pay(settings_for(keys, gateway, wechat_pay_private_key=private_pem(other.merchant)),
                                    NOTIFY)
        with pytest.raises(IntegrationError, match="签名错误"):
            await provider.create(charge(openid="o-1"), "mp")

    async def test_an_answer_not_signed_by_wechat_is_not_trusted(self, keys, gateway):
        impostor = replace(keys, platform=WechatPayKeys.generate().platform)  # answers signed with another key
        with FakeWechatPayServer(impostor, mchid=MCHID, appids={APPID}) as fake:
            provider = build_wechat_pay(settings_for(keys, fake), NOTIFY)
            with pytest.raises(IntegrationError, match="应答验签失败"):
                await provider.create(charge(openid="o-1"), "mp")

    async def test_h5_sends_the_shoppers_address(self, provider, gateway):
        answer = await provider.create(charge(client_ip="203.0.113.7"), "h5")

        assert answer["trade_type"] == "h5" and answer["h5_url"]
        assert gateway.requests[-1]["body"]["scene_info"] == {"payer_client_ip": "203.0.113.7",
                                                             "h5_info": {"type": "Wap"}}

    async def test_jsapi_without_openid_goes_nowhere(self, provider, gateway):
        with pytest.raises(IntegrationError) as raised:
            await provider.create(charge(), "mp")
        assert raised.value.status == 422 and gateway.requests == []


def paid(gateway: FakeWechatPayServer) -> tuple[dict[str, str], bytes]:
    """WeChat's notification of a 100 fen JSAPI payment P1."""
    gateway.transactions["P1"] = Transaction("P1", APPID, "JSAPI", 100, NOTIFY, "杯子", "o-1")
    return gateway.pay("P1")


class TestNotifications:
    def test_public_key_and_certificate_modes_both_verify(self, provider, gateway):
        headers, body = paid(gateway)
        by_key = provider.parse_notification(headers, body)
        by_certificate = provider.parse_notification(gateway.signed_with_certificate(body), body)

        assert by_key == by_certificate
        assert (by_key.payment.payment_no, by_key.payment.amount, by_key.payment.status) == ("P1", 100, "success")

    def test_an_unknown_serial_is_refused_without_any_outgoing_call(self, provider, gateway, keys):
        _, body = paid(gateway)
        headers = gateway.signed(body.decode(), serial="5157F09EFDC096DE15EBE81A47057A7232F1B8E1", key=keys.cert_key)

        with pytest.raises(NotificationRejected, match="序列号"):
            provider.parse_notification(headers, body)
        assert gateway.requests == []

    def test_a_stale_but_well_signed_notification_is_refused(self, provider, gateway):
        _, body = paid(gateway)
        with pytest.raises(NotificationRejected, match="过期"):
            provider.parse_notification(gateway.signed(body.decode(), timestamp=int(time.time()) - 301), body)

    def test_answers_are_what_wechat_expects(self, provider):
        assert (provider.accept().status, provider.accept().body) == (204, "")
        refused = provider.reject(401, "notification_signature_invalid", "通知验签失败：签名错误")
        assert refused.status == 401 and refused.body == '{"code": "FAIL", "message": "通知验签失败：签名错误"}'


class TestQueryAndRefund:
    async def test_query_reads_the_transaction(self, provider, gateway):
        await provider.create(charge(openid="o-1"), "mp")
        assert (await provider.query("P202611250001")).status == "pending"
        gateway.pay("P202611250001")

        result = await provider.query("P202611250001")
        assert (result.status, result.amount) == ("success", 2590)
        assert result.trade_no == gateway.transactions["P202611250001"].transaction_id
        assert gateway.requests[-1]["query"] == f"mchid={MCHID}"
        assert (await provider.query("P-never-started")).status == "pending"

    async def test_refund_is_processing_then_queried(self, provider, gateway):
        await provider.create(charge(openid="o-1"), "mp")
        gateway.pay("P202611250001")
        trade_no = gateway.transactions["P202611250001"].transaction_id

        sent = await provider.refund(RefundRequest("R1", "P202611250001", trade_no, 1000, 2590, "拍错了"))
        assert (sent.status, sent.amount) == ("pending", 1000) and sent.gateway_refund_no
        assert gateway.requests[-1]["body"]["amount"] == {"refund": 1000, "total": 2590, "currency": "CNY"}
        gateway.finish_refund("R1")
        assert (await provider.query_refund("R1")).status == "success"

    async def test_a_refund_wechat_refuses_fails_with_its_message(self, provider):
        result = await provider.refund(RefundRequest("R2", "P-unknown", "", 100, 100, ""))
        assert result.status == "fail" and result.message == "订单不存在"


class TestShippingUpload:
    @pytest.mark.feature("PAY-1")
    async def test_upload_goes_to_wechat_with_the_access_token(self):
        with FakeWechatServer(appid=APPID, secret="s") as fake:
            mini = WechatpyMiniProgram(APPID, "s", fake.base_url, timeout=5)
            info = {"order_key": {"order_number_type": 2, "transaction_id": "4200001"}, "logistics_type": 1,
                    "delivery_mode": 1, "upload_time": "2026-11-25T10:00:00.000+08:00", "payer": {"openid": "o"},
                    "shipping_list": [{"tracking_no": "SF1", "express_company": "SF", "item_desc": "保温杯"}]}
            fake.fail_shipping = 1
            with pytest.raises(IntegrationError, match="微信系统错误"):
                await mini.upload_shipping_info(info)
            await mini.upload_shipping_info(info)

            assert fake.received == [{"path": "/wxa/sec/order/upload_shipping_info", "body": info}]
