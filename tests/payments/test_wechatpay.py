"""微信支付 end to end: a shopper checks out and pays by WeChat; the fake gateway (real signatures,
real encryption) notifies our real endpoint over HTTP; refunds finish by their notification; the
mini-program's shipping information reaches WeChat (docs/payments-api.md, WeChat Pay)."""

from __future__ import annotations

import asyncio
import json
import time
from datetime import timedelta

import httpx
import pytest

from backend.core.models import Job
from backend.payments.models import Payment, PaymentNotification, Refund
from tests.fakes.wechat import FakeWechatServer
from tests.fakes.wechatpay import FakeWechatPayServer, WechatPayKeys, sign, verify

MCHID, APPID, SECRET = "1900000109", "wx-test-appid", "test-secret"
ORDERS = "/api/v1/orders"


@pytest.fixture(scope="module")
def keys() -> WechatPayKeys:
    return WechatPayKeys.generate()


@pytest.fixture
def gateway(keys):
    with FakeWechatPayServer(keys, mchid=MCHID, appids={APPID}) as fake:
        yield fake


@pytest.fixture
def wechat():
    with FakeWechatServer(appid=APPID, secret=SECRET) as fake:
        yield fake


@pytest.fixture
def settings(settings, keys, gateway, wechat):
    return settings.model_copy(update={
        "wechat_appid": APPID, "wechat_secret": SECRET, "wechat_api_base_url": wechat.base_url,
        **keys.settings(MCHID, gateway.base_url)})


@pytest.fixture
def notify(app, gateway):
    """WeChat's notifications reach this very app over HTTP (ASGI, no socket, no patching)."""
    gateway.notify_transport = httpx.ASGITransport(app=app)
    return gateway.send


@pytest.fixture
async def shopper(api, buyer) -> str:
    """A shopper with an address who logged in to the mini-program once (their openid is bound)."""
    response = await api.post("/api/v1/me/wechat", token=buyer, json={"code": "shopper-code"})
    assert response.status == 200, response
    return buyer


async def checkout(api, token, seller, price: int = 2590) -> dict:
    sku = await seller.sku("保温杯", price)
    response = await api.checkout(token, [{"sku_id": sku, "quantity": 1}], payment_method="wechat", channel="mp")
    assert response.status == 201, response
    return {"payment_no": response.json["payment"]["payment_no"], "amount": response.json["payment"]["amount"],
            "order_no": response.json["orders"][0]["order_no"]}


async def start(api, token, payment_no, channel="mp", **body):
    return await api.post(f"/api/v1/payments/{payment_no}/pay", token=token,
                          json={"method": "wechat", "channel": channel, **body})


@pytest.fixture
async def started(api, shopper, seller, notify) -> dict:
    """A checked-out order whose payment was started in the mini-program (JSAPI)."""
    placed = await checkout(api, shopper, seller)
    response = await start(api, shopper, placed["payment_no"])
    assert response.status == 200, response
    return {**placed, "params": response.json}


async def order_status(api, token, order_no) -> str:
    return (await api.get(f"{ORDERS}/{order_no}", token=token)).json["status"]


async def nothing_changed(api, token, placed) -> bool:
    payment = await Payment.get(payment_no=placed["payment_no"])
    return (payment.status, payment.trade_no) == ("pending", "") and await PaymentNotification.all().count() == 0 \
        and await order_status(api, token, placed["order_no"]) == "pending_payment"


def resigned(gateway, headers, body, **signer):
    return gateway.signed(body.decode(), **signer), body


class TestPayByJsapi:
    @pytest.mark.feature("PAY-1")
    async def test_launch_params_are_signed_by_the_merchant_for_the_shoppers_openid(
            self, api, started, gateway, keys):
        params = started["params"]
        assert params["provider"] == "wechat" and params["trade_type"] == "jsapi"
        assert params["appId"] == APPID and params["signType"] == "RSA"
        message = f"{params['appId']}\n{params['timeStamp']}\n{params['nonceStr']}\n{params['package']}\n"
        assert verify(keys.merchant.public_key(), message, params["paySign"])
        transaction = gateway.transactions[started["payment_no"]]
        assert params["package"] == f"prepay_id={transaction.prepay_id}"
        assert (transaction.total, transaction.trade_type) == (started["amount"], "JSAPI")
        assert transaction.openid.startswith("fake-openid-")
        assert transaction.notify_url.endswith("/api/v1/payments/notify/wechat")

    @pytest.mark.feature("PAY-1")
    @pytest.mark.feature("PAY-2")
    async def test_the_notification_pays_the_order(self, api, shopper, started, gateway, notify, recorded):
        response = await notify(*gateway.pay(started["payment_no"]))

        assert response.status_code == 204 and response.content == b""
        payment = await Payment.get(payment_no=started["payment_no"])
        assert (payment.status, payment.provider, payment.channel) == ("paid", "wechat", "mp")
        assert payment.trade_no == gateway.transactions[started["payment_no"]].transaction_id
        assert await order_status(api, shopper, started["order_no"]) == "pending_shipment"
        assert len(recorded["payments.paid"]) == 1

    @pytest.mark.feature("PAY-2")
    async def test_a_platform_certificate_signature_is_accepted_too(self, api, shopper, started, gateway, notify):
        headers, body = gateway.pay(started["payment_no"])
        response = await notify(gateway.signed_with_certificate(body), body)

        assert response.status_code == 204
        assert await order_status(api, shopper, started["order_no"]) == "pending_shipment"

    @pytest.mark.feature("PAY-1")
    async def test_a_shopper_without_wechat_gets_a_clear_422(self, api, buyer, seller, gateway):
        placed = await checkout(api, buyer, seller)
        response = await start(api, buyer, placed["payment_no"])

        assert response.status == 422 and response.error_code == "wechat_openid_missing"
        assert gateway.transactions == {}
        assert (await Payment.get(payment_no=placed["payment_no"])).attempts == []

    @pytest.mark.feature("PAY-1")
    async def test_a_browser_gets_the_h5_url_and_the_app_gets_signed_params(self, api, shopper, seller, gateway, keys):
        placed = await checkout(api, shopper, seller)
        h5 = await start(api, shopper, placed["payment_no"], channel="h5")
        assert h5.status == 200 and h5.json["h5_url"].startswith("https://wx.tenpay.com/")
        assert gateway.transactions[placed["payment_no"]].trade_type == "H5"

        app = (await start(api, shopper, placed["payment_no"], channel="app")).json
        message = f"{app['appid']}\n{app['timestamp']}\n{app['noncestr']}\n{app['prepayid']}\n"
        assert app["partnerid"] == MCHID and app["package"] == "Sign=WXPay"
        assert verify(keys.merchant.public_key(), message, app["sign"])

        inside = (await start(api, shopper, placed["payment_no"], channel="h5", in_wechat=True)).json
        assert inside["trade_type"] == "jsapi" and inside["package"].startswith("prepay_id=")


class TestRefusedNotifications:
    """Each lie is refused with WeChat's FAIL answer (so WeChat retries) and changes nothing."""

    @pytest.mark.feature("PAY-2")
    @pytest.mark.parametrize(("lie", "reason"), [
        ("wrong_signature", "签名错误"), ("tampered_body", "签名错误"), ("wrong_amount", "金额不符"),
        ("wrong_appid", "应用 ID 不符"), ("wrong_mchid", "商户号不符"), ("unknown_serial", "序列号"),
        ("expired_timestamp", "已过期"),
    ])
    async def test_refused_and_nothing_changes(self, api, shopper, started, gateway, keys, notify, recorded, lie,
                                               reason):
        no = started["payment_no"]
        headers, body = {
            "wrong_signature": lambda: resigned(gateway, *gateway.pay(no), key=keys.merchant),
            "tampered_body": lambda: (lambda h, b: (h, b.replace("支付成功".encode(), "付款成功".encode())))(
                *gateway.pay(no)),
            "wrong_amount": lambda: gateway.pay(no, amount={"total": 1, "payer_total": 1, "currency": "CNY"}),
            "wrong_appid": lambda: gateway.pay(no, appid="wx-someone-else"),
            "wrong_mchid": lambda: gateway.pay(no, mchid="1900000999"),
            "unknown_serial": lambda: resigned(gateway, *gateway.pay(no), serial="7E3F0C8A9B1D2E4F", key=keys.merchant),
            "expired_timestamp": lambda: resigned(gateway, *gateway.pay(no), timestamp=int(time.time()) - 3600),
        }[lie]()
        asked_before = len(gateway.requests)

        response = await notify(headers, body)

        assert response.status_code in (400, 401), response.text
        assert response.json()["code"] == "FAIL" and reason in response.json()["message"]
        assert await nothing_changed(api, shopper, started)
        assert "payments.paid" not in recorded
        assert len(gateway.requests) == asked_before  # no certificate download, nothing asked

    @pytest.mark.feature("PAY-2")
    async def test_the_same_notification_fifteen_times_at_once_pays_once(
            self, api, shopper, started, gateway, notify, recorded):
        headers, body = gateway.pay(started["payment_no"])

        answers = await asyncio.gather(*(notify(headers, body) for _ in range(15)))

        assert [a.status_code for a in answers] == [204] * 15
        assert await PaymentNotification.all().count() == 1
        assert len(recorded["payments.paid"]) == 1
        assert await order_status(api, shopper, started["order_no"]) == "pending_shipment"


class TestMissedNotification:
    @pytest.mark.feature("PAY-2")
    async def test_the_query_job_applies_the_success_wechat_reports(self, api, shopper, started, gateway, recorded):
        gateway.pay(started["payment_no"])  # paid at WeChat; the notification never arrives

        await api.run_jobs(after=timedelta(minutes=6))

        payment = await Payment.get(payment_no=started["payment_no"])
        assert payment.status == "paid" and payment.trade_no
        assert await order_status(api, shopper, started["order_no"]) == "pending_shipment"
        assert len(recorded["payments.paid"]) == 1


@pytest.fixture
async def paid(api, shopper, started, gateway, notify) -> dict:
    assert (await notify(*gateway.pay(started["payment_no"]))).status_code == 204
    return started


async def cancel_paid(api, token, order_no) -> dict:
    """The shopper cancels the paid order: the refund goes to WeChat, which is still processing it."""
    response = await api.post(f"{ORDERS}/{order_no}/cancel", token=token, json={"reason": "拍错了"})
    assert response.status == 200 and response.json["status"] == "cancelled", response
    await api.run_jobs()
    return (await api.get(f"{ORDERS}/{order_no}", token=token)).json["refunds"][0]


class TestRefund:
    @pytest.mark.feature("PAY-7")
    @pytest.mark.feature("PAY-2")
    async def test_a_processing_refund_is_finished_by_its_notification_once(
            self, api, shopper, paid, gateway, notify, recorded):
        refund = await cancel_paid(api, shopper, paid["order_no"])
        assert (refund["amount"], refund["status"]) == (paid["amount"], "pending")
        assert gateway.refunds[refund["refund_no"]].refund == paid["amount"]

        headers, body = gateway.finish_refund(refund["refund_no"])
        first = await notify(headers, body)
        again = await notify(headers, body)

        assert (first.status_code, again.status_code) == (204, 204)
        row = await Refund.get(refund_no=refund["refund_no"])
        assert row.status == "succeeded" and row.gateway_refund_no == gateway.refunds[row.refund_no].refund_id
        assert len(recorded["payments.refunded"]) == 1
        assert await PaymentNotification.filter(dedupe_key__startswith="wechat:refund:").count() == 1
        assert (await Payment.get(payment_no=paid["payment_no"])).status == "refunded"

    @pytest.mark.feature("PAY-7")
    async def test_a_refund_notification_with_another_amount_is_refused(self, api, shopper, paid, gateway, notify):
        refund = await cancel_paid(api, shopper, paid["order_no"])

        response = await notify(*gateway.finish_refund(
            refund["refund_no"], amount={"total": paid["amount"], "refund": 1, "payer_total": paid["amount"],
                                         "payer_refund": 1, "currency": "CNY"}))

        assert response.status_code == 400 and response.json()["code"] == "FAIL"
        assert (await Refund.get(refund_no=refund["refund_no"])).status == "pending"

    @pytest.mark.feature("PAY-7")
    async def test_without_its_notification_the_refund_job_asks_wechat(self, api, shopper, paid, gateway, recorded):
        refund = await cancel_paid(api, shopper, paid["order_no"])
        refunds_sent = sum(1 for r in gateway.requests if r["path"] == "/v3/refund/domestic/refunds")
        gateway.finish_refund(refund["refund_no"])  # done at WeChat; the notification is lost

        await api.run_jobs(after=timedelta(minutes=5))

        assert (await Refund.get(refund_no=refund["refund_no"])).status == "succeeded"
        assert len(recorded["payments.refunded"]) == 1
        # asked about, never sent a second time
        assert sum(1 for r in gateway.requests if r["path"] == "/v3/refund/domestic/refunds") == refunds_sent


class TestShippingInformation:
    @pytest.mark.feature("PAY-1")
    async def test_a_shipped_mini_program_order_reaches_wechat_after_two_failures(
            self, api, shopper, paid, seller, wechat):
        wechat.fail_shipping = 2
        response = await api.post(f"/api/v1/admin/orders/{paid['order_no']}/ship", token=seller.token,
                                  json={"carrier_code": "SF", "tracking_no": "SF1234567890"})
        assert response.status == 200, response

        for after in (0, 10, 60):
            await api.run_jobs(after=timedelta(seconds=after))

        job = await Job.get(name="payments.wechat_shipping")
        assert (job.status, job.attempts) == ("done", 3)
        trade_no = (await Payment.get(payment_no=paid["payment_no"])).trade_no
        info = job.payload["info"]
        assert info["order_key"] == {"order_number_type": 2, "transaction_id": trade_no}
        assert [(p["tracking_no"], p["express_company"]) for p in info["shipping_list"]] == [("SF1234567890", "SF")]
        uploaded = [r["body"] for r in wechat.received if r["path"] == "/wxa/sec/order/upload_shipping_info"]
        assert len(uploaded) == 1 and uploaded[0]["order_key"]["transaction_id"] == trade_no
        assert uploaded[0]["payer"]["openid"].startswith("fake-openid-") and uploaded[0]["upload_time"]


    @pytest.fixture
    async def two_shops(self, api, shopper, seller, other_seller, gateway, notify) -> dict:
        """One mini-program WeChat payment for two shops' orders, paid."""
        items = [{"sku_id": await seller.sku("保温杯", 2590), "quantity": 1},
                 {"sku_id": await other_seller.sku("车厘子", 8800), "quantity": 1}]
        response = await api.checkout(shopper, items, payment_method="wechat", channel="mp")
        assert response.status == 201, response
        payment_no = response.json["payment"]["payment_no"]
        assert (await start(api, shopper, payment_no)).status == 200
        assert (await notify(*gateway.pay(payment_no))).status_code == 204
        by_shop = {o["shop_id"]: o["order_no"] for o in response.json["orders"]}
        return {"payment_no": payment_no, "kept": by_shop[seller.shop_id], "cancelled": by_shop[other_seller.shop_id]}

    async def uploaded(self, api, wechat) -> list[dict]:
        await api.run_jobs()
        return [r["body"] for r in wechat.received if r["path"] == "/wxa/sec/order/upload_shipping_info"]

    @pytest.mark.feature("PAY-1")
    async def test_an_order_cancelled_after_payment_is_left_out_when_the_other_ships(
            self, api, shopper, seller, wechat, two_shops):
        await cancel_paid(api, shopper, two_shops["cancelled"])
        response = await api.post(f"/api/v1/admin/orders/{two_shops['kept']}/ship", token=seller.token,
                                  json={"carrier_code": "SF", "tracking_no": "SF1234567890"})
        assert response.status == 200, response
        [info] = await self.uploaded(api, wechat)
        trade_no = (await Payment.get(payment_no=two_shops["payment_no"])).trade_no
        assert info["order_key"]["transaction_id"] == trade_no
        assert [(p["tracking_no"], p["express_company"]) for p in info["shipping_list"]] == [("SF1234567890", "SF")]

    @pytest.mark.feature("PAY-1")
    async def test_cancelling_the_last_unshipped_order_uploads_the_others_parcels(
            self, api, shopper, seller, wechat, two_shops):
        response = await api.post(f"/api/v1/admin/orders/{two_shops['kept']}/ship", token=seller.token,
                                  json={"carrier_code": "SF", "tracking_no": "SF1234567890"})
        assert response.status == 200, response
        assert await self.uploaded(api, wechat) == []  # the other shop's order is still to ship
        await cancel_paid(api, shopper, two_shops["cancelled"])
        [info] = await self.uploaded(api, wechat)
        assert [p["tracking_no"] for p in info["shipping_list"]] == ["SF1234567890"]
        assert await Job.filter(name="payments.wechat_shipping").count() == 1


def test_fake_notifications_are_signed_over_timestamp_nonce_body(keys):
    """The fake signs as WeChat documents it (guards the fake itself)."""
    body = json.dumps({"id": "1"})
    signature = sign(keys.platform, f"1700000000\nabc\n{body}\n")
    assert verify(keys.platform.public_key(), f"1700000000\nabc\n{body}\n", signature)
    assert not verify(keys.platform.public_key(), f"1700000001\nabc\n{body}\n", signature)
