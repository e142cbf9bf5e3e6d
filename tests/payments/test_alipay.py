"""Paying by Alipay end to end: checkout, the signed cashier URL, Alipay's form notification to our real
endpoint, the query that stands in for a lost one, and refunds that never pay out twice."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import httpx
import pytest

from backend.core.errors import Conflict
from backend.payments import service
from backend.payments.models import PaymentNotification
from tests.fakes.alipay import FakeAlipayServer, alipay_keys

APP_ID, SELLER_ID = "2021000000000001", "2088000000000001"
NOTIFY = "/api/v1/payments/notify/alipay"
ORDERS = "/api/v1/orders"


@pytest.fixture
def fake():
    keys = alipay_keys()
    with FakeAlipayServer(APP_ID, SELLER_ID, keys.app_public, keys.alipay_private) as server:
        yield server


@pytest.fixture
def settings(settings, fake):
    keys = alipay_keys()
    return settings.model_copy(update={
        "alipay_appid": APP_ID, "alipay_seller_id": SELLER_ID, "alipay_private_key": keys.app_private,
        "alipay_public_key": keys.alipay_public, "alipay_gateway_url": fake.gateway_url})


@pytest.fixture
def transport(app) -> httpx.ASGITransport:
    """How Alipay's notifications reach this very app (in-process, the real endpoint)."""
    return httpx.ASGITransport(app=app)


async def start(api, buyer, payment_no: str, channel: str = "h5"):
    return await api.post(f"/api/v1/payments/{payment_no}/pay", token=buyer,
                          json={"method": "alipay", "channel": channel})


@pytest.fixture
async def started(api, buyer, seller, fake) -> dict:
    """A 1,990 fen order placed to be paid by Alipay; the shopper's browser reached the cashier."""
    sku = await seller.sku("保温杯", 1990)
    answer = await api.order(buyer, [{"sku_id": sku, "quantity": 1}], payment_method="alipay")
    response = await start(api, buyer, answer["payment"]["payment_no"])
    assert response.status == 200, response
    async with httpx.AsyncClient() as browser:
        page = await browser.get(response.json["pay_url"])
    assert "支付宝收银台" in page.text, page.text  # the fake verified our signature over the URL
    order_no = answer["orders"][0]["order_no"]
    return {**answer, "params": response.json, "payment_no": answer["payment"]["payment_no"], "order_no": order_no,
            "order_id": (await payment_of(api, buyer, answer["payment"]["payment_no"]))["orders"][0]["order_id"]}


@pytest.fixture
async def paid(fake, transport, started) -> dict:
    fake.pay(started["payment_no"])
    response = await fake.notify(started["payment_no"], transport)
    assert (response.status_code, response.text) == (200, "success")
    return started


async def payment_of(api, buyer, payment_no: str) -> dict:
    return (await api.get(f"/api/v1/payments/{payment_no}", token=buyer)).json


async def order_of(api, buyer, order_no: str) -> dict:
    return (await api.get(f"{ORDERS}/{order_no}", token=buyer)).json


async def unchanged(api, buyer, started, recorded) -> bool:
    """Nothing a refused notification could have moved has moved."""
    payment = await payment_of(api, buyer, started["payment_no"])
    order = await order_of(api, buyer, started["order_no"])
    return ((payment["status"], payment["trade_no"], payment["last_result"], order["status"]) ==
            ("pending", "", "", "pending_payment")
            and await PaymentNotification.all().count() == 0 and "payments.paid" not in recorded)


class TestPayByAlipay:
    @pytest.mark.feature("PAY-1")
    @pytest.mark.feature("PAY-2")
    async def test_shopper_pays_on_the_phone_and_alipays_notification_pays_the_order(
            self, api, buyer, fake, transport, started, recorded):
        params = started["params"]
        assert (params["provider"], params["product"], params["amount"]) == ("alipay", "wap", 1990)
        assert fake.trades[started["payment_no"]].total_amount == "19.90"
        trade = fake.pay(started["payment_no"])

        response = await fake.notify(started["payment_no"], transport)

        assert (response.status_code, response.text) == (200, "success")
        assert response.headers["content-type"].startswith("text/plain")
        payment = await payment_of(api, buyer, started["payment_no"])
        assert (payment["status"], payment["provider"], payment["channel"], payment["trade_no"]) == (
            "paid", "alipay", "h5", trade.trade_no)
        assert (await order_of(api, buyer, started["order_no"]))["status"] == "pending_shipment"
        [event] = recorded["payments.paid"]
        assert (event["payment_no"], event["provider"], event["amount"]) == (started["payment_no"], "alipay", 1990)

    @pytest.mark.feature("PAY-1")
    @pytest.mark.parametrize(("channel", "product"), [("app", "app"), ("pc", "page")])
    async def test_app_and_desktop_pay_the_same_way(self, api, buyer, seller, fake, transport, channel, product):
        sku = await seller.sku("保温杯", 2500)
        answer = await api.order(buyer, [{"sku_id": sku, "quantity": 2}], payment_method="alipay")
        payment_no = answer["payment"]["payment_no"]
        params = (await start(api, buyer, payment_no, channel)).json
        assert params["product"] == product
        fake.open(params.get("order_string") or params["pay_url"])
        fake.pay(payment_no)

        assert (await fake.notify(payment_no, transport)).text == "success"

        payment = await payment_of(api, buyer, payment_no)
        assert (payment["status"], payment["channel"], payment["amount"]) == ("paid", channel, 5000)
        assert fake.trades[payment_no].total_amount == "50.00"

    @pytest.mark.feature("PAY-1")
    async def test_alipay_is_offered_on_the_phone_in_the_app_and_on_the_desktop_but_not_in_the_mini_program(
            self, api):
        offered = {}
        for channel in ("h5", "app", "pc", "mp"):
            items = (await api.get(f"/api/v1/payment-methods?channel={channel}")).json["items"]
            offered[channel] = {"code": "alipay", "name": "支付宝"} in items
        assert offered == {"h5": True, "app": True, "pc": True, "mp": False}

    async def test_a_payment_cannot_be_started_by_alipay_in_the_mini_program(self, api, buyer, started):
        response = await start(api, buyer, started["payment_no"], "mp")
        assert response.status == 422 and response.error_code == "payment_method_unavailable"


@pytest.mark.feature("PAY-2")
class TestAlipayNotifications:
    async def send(self, fake, transport, form: dict[str, str]) -> httpx.Response:
        return await fake.deliver(form, transport, f"http://127.0.0.1:8000{NOTIFY}")

    @pytest.mark.parametrize("forge", [
        lambda fake, form: {**form, "sign": form["sign"][:-8] + "AAAAAAA="},
        lambda fake, form: {**form, "total_amount": "0.01"},
        lambda fake, form: fake.sign_notification(form, alipay_keys().app_private),
        lambda fake, form: fake.sign_notification({**form, "total_amount": "19.00"}),
        lambda fake, form: fake.sign_notification({**form, "app_id": "2021000000009999"}),
        lambda fake, form: fake.sign_notification({**form, "seller_id": "2088000000009999"}),
        lambda fake, form: fake.sign_notification({**form, "out_trade_no": "P000000000000000000001"}),
        lambda fake, form: fake.sign_notification({**form, "total_amount": "19.9O"}),
        lambda fake, form: fake.sign_notification({**form, "total_amount": "19.900"}),
    ], ids=["wrong-signature", "amount-changed-after-signing", "signed-by-another-key", "wrong-amount",
            "wrong-app-id", "wrong-seller-id", "unknown-out-trade-no", "malformed-amount", "three-decimals"])
    async def test_a_bad_notification_is_answered_fail_and_changes_nothing(
            self, api, buyer, fake, transport, started, recorded, forge):
        fake.pay(started["payment_no"])
        form = forge(fake, fake.notification(started["payment_no"]))

        response = await self.send(fake, transport, form)

        assert response.text == "fail" and response.status_code >= 400
        assert await unchanged(api, buyer, started, recorded)

    async def test_the_same_notification_fifteen_times_at_once_pays_once(
            self, api, buyer, fake, transport, started, recorded):
        fake.pay(started["payment_no"])
        form = fake.notification(started["payment_no"])

        answers = await asyncio.gather(*(self.send(fake, transport, form) for _ in range(15)))

        assert [a.text for a in answers] == ["success"] * 15  # Alipay must stop retrying every one
        assert len(recorded["payments.paid"]) == 1
        assert await PaymentNotification.filter(payment_no=started["payment_no"]).count() == 1
        assert (await payment_of(api, buyer, started["payment_no"]))["status"] == "paid"

    async def test_trade_finished_after_trade_success_is_the_same_success(self, fake, transport, paid, recorded):
        form = fake.notification(paid["payment_no"], trade_status="TRADE_FINISHED")
        assert (await self.send(fake, transport, form)).text == "success"
        assert await PaymentNotification.filter(payment_no=paid["payment_no"]).count() == 1

    async def test_waiting_for_the_buyer_is_acknowledged_and_changes_nothing(
            self, api, buyer, fake, transport, started, recorded):
        form = fake.notification(started["payment_no"], trade_no="2025112522001400000000000001")
        assert (await self.send(fake, transport, form)).text == "success"
        assert await unchanged(api, buyer, started, recorded)

    @pytest.mark.feature("PAY-3")
    async def test_a_closed_trade_leaves_the_order_to_be_paid_again(self, api, buyer, fake, transport, started):
        fake.close(started["payment_no"])
        assert (await fake.notify(started["payment_no"], transport)).text == "success"
        payment = await payment_of(api, buyer, started["payment_no"])
        assert (payment["status"], payment["last_result"]) == ("pending", "cancel")
        assert (await order_of(api, buyer, started["order_no"]))["status"] == "pending_payment"
        assert (await start(api, buyer, started["payment_no"])).status == 200

    async def test_a_payment_never_started_with_alipay_is_refused(self, api, buyer, seller, fake, transport,
                                                                  started, recorded):
        sku = await seller.sku("茶具", 990)
        other = await api.order(buyer, [{"sku_id": sku, "quantity": 1}], payment_method="alipay")
        fake.pay(started["payment_no"])
        form = fake.sign_notification({**fake.notification(started["payment_no"]), "total_amount": "9.90",
                                       "out_trade_no": other["payment"]["payment_no"]})
        assert (await self.send(fake, transport, form)).text == "fail"
        assert (await payment_of(api, buyer, other["payment"]["payment_no"]))["status"] == "pending"
        assert "payments.paid" not in recorded


class TestMissedNotification:
    @pytest.mark.feature("PAY-2")
    async def test_the_query_job_finds_the_payment_alipay_never_told_us_about(
            self, api, buyer, settings, fake, started, recorded):
        trade = fake.pay(started["payment_no"])  # … and the notification is lost

        await api.run_jobs(after=timedelta(seconds=settings.payment_query_delay_seconds + 1))

        payment = await payment_of(api, buyer, started["payment_no"])
        assert (payment["status"], payment["trade_no"]) == ("paid", trade.trade_no)
        assert (await order_of(api, buyer, started["order_no"]))["status"] == "pending_shipment"
        assert len(recorded["payments.paid"]) == 1
        assert {"method": "alipay.trade.query", "biz": {"out_trade_no": started["payment_no"]}} in fake.calls

    async def test_the_late_notification_then_changes_nothing(self, api, buyer, settings, fake, transport, started,
                                                              recorded):
        fake.pay(started["payment_no"])
        await api.run_jobs(after=timedelta(seconds=settings.payment_query_delay_seconds + 1))
        assert (await fake.notify(started["payment_no"], transport)).text == "success"
        assert len(recorded["payments.paid"]) == 1

    async def test_an_unpaid_trade_stays_pending(self, api, buyer, settings, fake, started, recorded):
        await api.run_jobs(after=timedelta(seconds=settings.payment_query_delay_seconds + 1))
        assert await unchanged(api, buyer, started, recorded)


@pytest.mark.feature("PAY-1")
class TestRefundThroughAlipay:
    async def test_cancelling_a_paid_order_refunds_it_in_full_through_alipay(self, api, buyer, fake, paid, recorded):
        cancelled = await api.post(f"{ORDERS}/{paid['order_no']}/cancel", token=buyer, json={"reason": "拍错了"})
        assert cancelled.status == 200 and cancelled.json["status"] == "cancelled"
        await api.run_jobs()

        refunds = (await order_of(api, buyer, paid["order_no"]))["refunds"]
        assert [(r["amount"], r["status"]) for r in refunds] == [(1990, "succeeded")]
        trade = fake.trades[paid["payment_no"]]
        assert (str(trade.refunded), trade.status) == ("19.90", "TRADE_CLOSED")
        assert (await payment_of(api, buyer, paid["payment_no"]))["status"] == "refunded"
        [event] = recorded["payments.refunded"]
        assert event["amount"] == 1990

    async def test_two_partial_refunds_never_exceed_what_was_paid(self, api, buyer, fake, paid):
        first = await service.refund(paid["order_id"], 500, "部分退款", "aftersale:1")
        second = await service.refund(paid["order_id"], 1490, "部分退款", "aftersale:2")
        assert (first.status, second.status) == ("succeeded", "succeeded")
        with pytest.raises(Conflict) as refused:
            await service.refund(paid["order_id"], 1, "再退", "aftersale:3")
        assert refused.value.code == "refund_amount_exceeded"
        refunds = fake.trades[paid["payment_no"]].refunds
        assert {no: str(amount) for no, amount in refunds.items()} == {
            first.refund_no: "5.00", second.refund_no: "14.90"}

    async def test_a_refund_whose_answer_was_lost_is_asked_again_and_paid_once(self, api, buyer, fake, paid,
                                                                                 recorded):
        fake.drop_reply("alipay.trade.refund")  # Alipay refunds, its answer never arrives

        refund = await service.refund(paid["order_id"], 700, "部分退款", "aftersale:1")
        assert refund.status == "pending"
        await api.run_jobs(after=timedelta(minutes=5))  # the refund job asks again: same out_request_no

        refunds = (await order_of(api, buyer, paid["order_no"]))["refunds"]
        assert [(r["refund_no"], r["amount"], r["status"]) for r in refunds] == [(refund.refund_no, 700, "succeeded")]
        assert (fake.refund_calls, str(fake.trades[paid["payment_no"]].refunded)) == (1, "7.00")
        assert [c["biz"]["out_request_no"] for c in fake.calls if c["method"] == "alipay.trade.refund"] == [
            refund.refund_no, refund.refund_no]
        assert len(recorded["payments.refunded"]) == 1
