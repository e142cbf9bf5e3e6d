"""The Alipay adapter alone, against the fake gateway: signed requests, verified notifications, exact amounts."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from urllib.parse import parse_qsl, urlencode, urlsplit

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from backend.core.config import Settings
from backend.core.errors import IntegrationError
from backend.integrations.alipay import PRODUCTION_GATEWAY, SANDBOX_GATEWAY, AlipayPayments, build_alipay, fen_of, yuan
from backend.integrations.payments import Charge, NotificationRejected, RefundRequest, build_payment_providers
from tests.fakes.alipay import FakeAlipayError, FakeAlipayServer, alipay_keys, bare

APP_ID, SELLER_ID = "2021000000000001", "2088000000000001"
NOTIFY_URL = "https://shop.example.com/api/v1/payments/notify/alipay"
CHARGE = Charge(payment_no="P251125101500123456789", amount=1234, subject="保温杯 等 2 件商品", user_id=7)


@pytest.fixture
def fake():
    keys = alipay_keys()
    with FakeAlipayServer(APP_ID, SELLER_ID, keys.app_public, keys.alipay_private) as server:
        yield server


def adapter(gateway_url: str, **changes) -> AlipayPayments:
    keys = alipay_keys()
    values = {"app_id": APP_ID, "seller_id": SELLER_ID, "app_private_key": keys.app_private,
              "alipay_public_key": keys.alipay_public, "notify_url": NOTIFY_URL, "gateway_url": gateway_url,
              "timeout": 5, **changes}
    return AlipayPayments(**values)


@pytest.fixture
def alipay(fake) -> AlipayPayments:
    return adapter(fake.gateway_url)


def form_body(form: dict[str, str]) -> bytes:
    return urlencode(form).encode()


async def paid_trade(fake, alipay, charge: Charge = CHARGE):
    fake.open((await alipay.create(charge, "h5"))["pay_url"])
    return fake.pay(charge.payment_no)


class TestAmounts:
    @pytest.mark.feature("PAY-1")
    @pytest.mark.parametrize(("fen", "text"), [(1, "0.01"), (10, "0.10"), (1234, "12.34"), (100, "1.00"),
                                               (99_999_999_99, "99999999.99")])
    def test_fen_and_yuan_convert_exactly(self, fen, text):
        assert yuan(fen) == text
        assert fen_of(text) == fen

    @given(st.integers(min_value=1, max_value=10**13))
    def test_every_amount_comes_back_as_it_went(self, fen):
        assert fen_of(yuan(fen)) == fen

    def test_one_decimal_and_whole_yuan_are_read_exactly(self):
        assert (fen_of("12.3"), fen_of("12"), fen_of("0.1")) == (1230, 1200, 10)

    @pytest.mark.parametrize("text", ["", "12.345", "1e3", "-1.00", "+1.00", "12.", ".5", "1,000.00", "NaN",
                                      "inf", " 1.00", "１２.００", "012.00", "12.3a", None])
    def test_anything_but_a_plain_two_decimal_number_is_refused(self, text):
        with pytest.raises(ValueError):
            fen_of(text)

    @pytest.mark.parametrize("fen", [0, -1, 1.5, True])
    def test_only_positive_whole_fen_are_charged(self, fen):
        with pytest.raises(ValueError):
            yuan(fen)


@pytest.mark.feature("PAY-1")
class TestCreate:
    async def test_wap_gives_a_signed_url_the_cashier_accepts(self, fake, alipay):
        params = await alipay.create(CHARGE, "h5")

        assert (params["provider"], params["product"], params["payment_no"], params["amount"]) == (
            "alipay", "wap", CHARGE.payment_no, 1234)
        assert params["pay_url"].startswith(fake.gateway_url + "?")
        async with httpx.AsyncClient() as client:  # the shopper's browser follows it
            page = await client.get(params["pay_url"])
        assert "支付宝收银台" in page.text
        trade = fake.trades[CHARGE.payment_no]
        assert (trade.product, trade.total_amount, trade.subject, trade.notify_url) == (
            "alipay.trade.wap.pay", "12.34", CHARGE.subject, NOTIFY_URL)

    async def test_app_gives_the_signed_order_string_for_the_app_sdk(self, fake, alipay):
        params = await alipay.create(CHARGE, "app")

        assert params["product"] == "app" and "pay_url" not in params
        trade = fake.open(params["order_string"])
        assert (trade.product, trade.total_amount) == ("alipay.trade.app.pay", "12.34")

    async def test_pc_gives_a_page_pay_url(self, fake, alipay):
        params = await alipay.create(CHARGE, "pc")

        assert params["product"] == "page"
        assert fake.open(params["pay_url"]).product == "alipay.trade.page.pay"

    async def test_return_url_is_signed_into_the_url(self, fake):
        params = await adapter(fake.gateway_url, return_url="https://shop.example.com/h5/#/pay/result").create(
            CHARGE, "h5")
        query = dict(parse_qsl(urlsplit(params["pay_url"]).query))
        assert query["return_url"] == "https://shop.example.com/h5/#/pay/result"
        fake.open(params["pay_url"])

    async def test_a_changed_amount_breaks_our_signature(self, fake, alipay):
        url = (await alipay.create(CHARGE, "h5"))["pay_url"]
        with pytest.raises(FakeAlipayError, match="invalid signature"):
            fake.open(url.replace("12.34", "0.01"))
        assert fake.trades == {}

    async def test_a_mini_program_cannot_pay_with_alipay(self, alipay):
        with pytest.raises(IntegrationError):
            await alipay.create(CHARGE, "mp")


@pytest.mark.feature("PAY-2")
class TestNotifications:
    async def test_a_paid_trade_is_a_success_in_fen_with_alipays_numbers(self, fake, alipay):
        trade = await paid_trade(fake, alipay)

        notification = alipay.parse_notification({}, form_body(fake.notification(CHARGE.payment_no)))

        result = notification.payment
        assert (result.payment_no, result.trade_no, result.amount, result.status) == (
            CHARGE.payment_no, trade.trade_no, 1234, "success")
        assert result.paid_at.tzinfo is not None and result.paid_at <= datetime.now(UTC)
        assert notification.dedupe_key == f"alipay:{trade.trade_no}:success"

    async def test_a_finished_trade_is_a_success_too(self, fake, alipay):
        await paid_trade(fake, alipay)
        form = fake.notification(CHARGE.payment_no, trade_status="TRADE_FINISHED")
        assert alipay.parse_notification({}, form_body(form)).payment.status == "success"

    async def test_waiting_for_the_buyer_is_acknowledged_with_nothing_to_apply(self, fake, alipay):
        fake.open((await alipay.create(CHARGE, "h5"))["pay_url"])
        notification = alipay.parse_notification({}, form_body(fake.notification(CHARGE.payment_no, trade_no="T1")))
        assert notification.payment is None

    async def test_a_closed_trade_is_a_cancel(self, fake, alipay):
        fake.open((await alipay.create(CHARGE, "h5"))["pay_url"])
        fake.close(CHARGE.payment_no)
        result = alipay.parse_notification({}, form_body(fake.notification(CHARGE.payment_no))).payment
        assert (result.status, result.paid_at) == ("cancel", None)

    async def test_a_refund_notice_applies_no_payment(self, fake, alipay):
        await paid_trade(fake, alipay)
        form = fake.notification(CHARGE.payment_no, out_biz_no="R1", refund_fee="5.00",
                                 gmt_refund="2025-11-25 10:00:00")
        notification = alipay.parse_notification({}, form_body(form))
        assert (notification.kind, notification.payment, notification.refund.refund_no) == ("refund", None, "R1")

    async def test_the_age_of_notify_time_does_not_matter(self, fake, alipay):
        await paid_trade(fake, alipay)  # Alipay retries for about 25 hours; replays are deduplicated instead
        form = fake.notification(CHARGE.payment_no, notify_time="2020-01-01 00:00:00")
        assert alipay.parse_notification({}, form_body(form)).payment.status == "success"

    @pytest.mark.parametrize(("change", "reason"), [
        (lambda f, k: {**f, "sign": f["sign"][:-8] + "AAAAAAA="}, "签名错误"),
        (lambda f, k: {**f, "total_amount": "0.01"}, "签名错误"),  # changed after signing
        (lambda f, k: {**f, "extra": "x"}, "签名错误"),
        (lambda f, k: {k: v for k, v in f.items() if k != "sign"}, "缺少签名"),
        (lambda f, k: {**f, "sign": "not base64!"}, "签名错误"),
        (lambda f, k: {**f, "sign_type": "RSA"}, "签名错误"),
        (lambda f, k: k.sign_notification(f, alipay_keys().app_private), "签名错误"),  # someone else's key
        (lambda f, k: k.sign_notification({**f, "app_id": "2021999"}), "app_id"),
        (lambda f, k: k.sign_notification({**f, "seller_id": "2088999"}), "seller_id"),
        (lambda f, k: k.sign_notification({**f, "total_amount": "12.345"}), "total_amount"),
        (lambda f, k: k.sign_notification({**f, "total_amount": "abc"}), "total_amount"),
        (lambda f, k: k.sign_notification({**f, "trade_status": "TRADE_PENDING"}), "交易状态"),
        (lambda f, k: k.sign_notification({**f, "trade_no": ""}), "trade_no"),
    ], ids=["signature", "tampered-amount", "added-field", "no-signature", "garbage-signature", "rsa1",
            "other-key", "app-id", "seller-id", "three-decimals", "not-a-number", "unknown-status", "no-trade-no"])
    async def test_a_bad_notification_is_rejected(self, fake, alipay, change, reason):
        await paid_trade(fake, alipay)
        form = change(fake.notification(CHARGE.payment_no), fake)
        with pytest.raises(NotificationRejected, match=reason):
            alipay.parse_notification({}, form_body(form))

    async def test_the_signature_is_checked_before_anything_else(self, fake, alipay):
        await paid_trade(fake, alipay)
        form = {**fake.notification(CHARGE.payment_no), "app_id": "2021999", "total_amount": "x"}
        with pytest.raises(NotificationRejected, match="签名错误"):
            alipay.parse_notification({}, form_body(form))

    @pytest.mark.parametrize("body", [b"", b"\xff\xfe", b"sign", b"a=1&a=2&sign=x"])
    def test_a_body_that_is_not_one_form_is_rejected(self, alipay, body):
        with pytest.raises(NotificationRejected):
            alipay.parse_notification({}, body)

    async def test_a_repeated_field_is_rejected_even_when_signed(self, fake, alipay):
        await paid_trade(fake, alipay)
        body = form_body(fake.notification(CHARGE.payment_no)) + b"&total_amount=0.01"
        with pytest.raises(NotificationRejected):
            alipay.parse_notification({}, body)

    def test_alipay_gets_the_bare_words_it_expects(self, alipay):
        assert (alipay.accept().body, alipay.accept().content_type) == ("success", "text/plain")
        assert alipay.reject(400, "notification_amount_mismatch", "金额不符").body == "fail"


class TestQuery:
    @pytest.mark.feature("PAY-2")
    async def test_a_paid_trade_is_a_success(self, fake, alipay):
        trade = await paid_trade(fake, alipay)
        result = await alipay.query(CHARGE.payment_no)
        assert (result.status, result.amount, result.trade_no) == ("success", 1234, trade.trade_no)
        assert fake.calls[-1] == {"method": "alipay.trade.query", "biz": {"out_trade_no": CHARGE.payment_no}}

    async def test_a_trade_alipay_never_saw_is_pending(self, alipay):
        assert (await alipay.query(CHARGE.payment_no)).status == "pending"

    async def test_a_trade_waiting_for_the_buyer_is_pending(self, fake, alipay):
        fake.open((await alipay.create(CHARGE, "h5"))["pay_url"])
        assert (await alipay.query(CHARGE.payment_no)).status == "pending"

    async def test_an_answer_not_signed_by_alipay_is_an_error(self, fake):
        impostor = adapter(fake.gateway_url, alipay_public_key=alipay_keys().app_public)
        with pytest.raises(IntegrationError, match="验签"):
            await impostor.query(CHARGE.payment_no)

    async def test_a_request_signed_with_another_key_is_refused_by_alipay(self, fake):
        forger = adapter(fake.gateway_url, app_private_key=alipay_keys().alipay_private)
        with pytest.raises(IntegrationError, match="验签出错"):
            await forger.query(CHARGE.payment_no)

    async def test_an_unreachable_gateway_is_an_error(self):
        with pytest.raises(IntegrationError, match="无法连接支付宝"):
            await adapter("http://127.0.0.1:9/gateway.do", timeout=2).query(CHARGE.payment_no)


@pytest.mark.feature("PAY-1")
class TestRefund:
    def request(self, refund_no: str, amount: int) -> RefundRequest:
        return RefundRequest(refund_no, CHARGE.payment_no, "", amount, CHARGE.amount, "买家取消")

    async def test_a_partial_refund_succeeds_at_once(self, fake, alipay):
        trade = await paid_trade(fake, alipay)
        result = await alipay.refund(self.request("R1", 234))
        assert (result.status, result.gateway_refund_no) == ("success", trade.trade_no)
        assert fake.calls[-1]["biz"] == {"refund_amount": "2.34", "out_trade_no": CHARGE.payment_no,
                                         "out_request_no": "R1", "refund_reason": "买家取消"}

    async def test_more_than_was_paid_is_declined(self, fake, alipay):
        await paid_trade(fake, alipay)
        assert (await alipay.refund(self.request("R1", 1000))).status == "success"
        declined = await alipay.refund(self.request("R2", 235))
        assert declined.status == "fail" and "退款金额超限" in declined.message
        assert fake.trades[CHARGE.payment_no].refunded == 10

    async def test_a_refund_whose_answer_was_lost_is_pending_and_not_paid_twice(self, fake, alipay):
        await paid_trade(fake, alipay)
        fake.drop_reply("alipay.trade.refund")

        assert (await alipay.refund(self.request("R1", 500))).status == "pending"
        again = await alipay.refund(self.request("R1", 500))  # fund_change N: the query confirms it

        assert again.status == "success"
        assert (fake.refund_calls, str(fake.trades[CHARGE.payment_no].refunded)) == (1, "5.00")

    async def test_query_refund_names_the_trade_too(self, fake, alipay):
        await paid_trade(fake, alipay)
        await alipay.refund(self.request("R1", 500))
        assert (await alipay.query_refund("R1", CHARGE.payment_no)).status == "success"
        assert (await alipay.query_refund("R2", CHARGE.payment_no)).status == "pending"
        with pytest.raises(IntegrationError):
            await alipay.query_refund("R1")

    async def test_an_unreachable_gateway_leaves_the_refund_pending(self):
        result = await adapter("http://127.0.0.1:9/gateway.do", timeout=2).refund(self.request("R1", 500))
        assert result.status == "pending"


class TestBuild:
    def settings(self, **values) -> Settings:
        keys = alipay_keys()
        return Settings(**{"alipay_appid": APP_ID, "alipay_seller_id": SELLER_ID,
                           "alipay_private_key": keys.app_private, "alipay_public_key": keys.alipay_public,
                           "public_base_url": "https://shop.example.com", **values})

    def test_it_is_added_only_when_configured(self):
        assert "alipay" not in build_payment_providers(Settings())
        alipay = build_payment_providers(self.settings())["alipay"]
        assert (alipay.gateway_url, alipay.notify_url) == (PRODUCTION_GATEWAY, NOTIFY_URL)

    def test_half_a_configuration_fails_the_start_and_names_what_is_missing(self):
        with pytest.raises(ValueError, match="ALIPAY_SELLER_ID, ALIPAY_PUBLIC_KEY"):
            build_alipay(self.settings(alipay_seller_id="", alipay_public_key=""))

    def test_the_sandbox_flag_points_at_alipays_sandbox_gateway(self):
        assert build_alipay(self.settings(alipay_sandbox=True)).gateway_url == SANDBOX_GATEWAY
        assert build_alipay(self.settings(alipay_gateway_url="http://127.0.0.1:1/gateway.do",
                                          alipay_sandbox=True)).gateway_url == "http://127.0.0.1:1/gateway.do"

    async def test_keys_pasted_from_the_console_without_pem_lines_work(self, fake):
        keys = alipay_keys()
        alipay = adapter(fake.gateway_url, app_private_key=bare(keys.app_private),
                         alipay_public_key=bare(keys.alipay_public))
        fake.open((await alipay.create(CHARGE, "h5"))["pay_url"])
        assert (await alipay.query(CHARGE.payment_no)).status == "pending"

    def test_keys_never_show_in_errors_logs_or_repr(self, caplog):
        secret = bare(alipay_keys().app_private)
        with pytest.raises(ValueError) as refused:
            build_alipay(self.settings(alipay_private_key=secret[:200]))
        assert secret[:40] not in str(refused.value)
        with caplog.at_level(logging.DEBUG):
            alipay = build_alipay(self.settings())
        assert secret[:40] not in repr(alipay) + caplog.text
