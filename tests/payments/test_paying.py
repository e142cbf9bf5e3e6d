"""Paying with the sandbox gateway, end to end through the shopper's and the gateway's doors."""

import httpx
import pytest

from backend.core.jobs import now
from backend.core.models import Job
from tests.payments.conftest import confirm, new_payment, pay, run_jobs, status_of


class TestSandboxPayment:
    @pytest.mark.feature("PAY-8")
    async def test_confirmed_payment_is_notified_over_http_and_marks_it_paid(
            self, api, shopper, sandbox, recorded):
        payment = await new_payment(shopper, 3000, 1990)
        started = await pay(api, shopper, payment.payment_no)
        assert started.status == 200, started
        assert started.json == {
            "provider": "sandbox", "payment_no": payment.payment_no, "amount": 4990,
            "confirm_url": f"/api/v1/payments/sandbox/{payment.payment_no}/confirm"}

        confirmed = await confirm(api, shopper, payment.payment_no, "success")
        assert confirmed.status == 202, confirmed
        # not paid before the gateway says so
        assert (await status_of(api, shopper, payment.payment_no))["status"] == "pending"

        assert await run_jobs() == 1  # the sandbox's notification, POSTed to the notify endpoint
        view = await status_of(api, shopper, payment.payment_no)
        assert view["status"] == "paid"
        assert (view["provider"], view["channel"], view["last_result"]) == ("sandbox", "h5", "success")
        assert view["trade_no"] and view["paid_at"]
        assert [o["order_id"] for o in view["orders"]] == [101, 102]
        [event] = recorded["payments.paid"]
        assert event["payment_no"] == payment.payment_no
        assert event["order_ids"] == [101, 102]
        assert event["provider"] == "sandbox" and event["amount"] == 4990
        assert await Job.filter(name="payments.sandbox_notify", status="done").count() == 1

    @pytest.mark.feature("PAY-3")
    @pytest.mark.parametrize("outcome", ["fail", "cancel"])
    async def test_failed_or_cancelled_attempt_leaves_it_pending_and_payable_again(
            self, api, shopper, sandbox, recorded, outcome):
        payment = await new_payment(shopper, 2500)
        await pay(api, shopper, payment.payment_no)
        assert (await confirm(api, shopper, payment.payment_no, outcome)).status == 202
        await run_jobs()
        view = await status_of(api, shopper, payment.payment_no)
        assert (view["status"], view["last_result"]) == ("pending", outcome)
        assert "payments.paid" not in recorded

        again = await pay(api, shopper, payment.payment_no)
        assert again.status == 200, again
        await confirm(api, shopper, payment.payment_no, "success")
        await run_jobs()
        assert (await status_of(api, shopper, payment.payment_no))["status"] == "paid"
        assert len(recorded["payments.paid"]) == 1

    async def test_undelivered_notification_is_retried_and_the_query_finds_the_payment(
            self, api, shopper, sandbox, recorded):
        payment = await new_payment(shopper, 800)
        await pay(api, shopper, payment.payment_no)
        await confirm(api, shopper, payment.payment_no)
        sandbox.transport = httpx.MockTransport(lambda request: httpx.Response(503))  # our endpoint is down

        await run_jobs()
        notify_job = await Job.get(name="payments.sandbox_notify")
        assert (notify_job.status, notify_job.attempts) == ("pending", 1)  # retried later, with backoff
        assert (await status_of(api, shopper, payment.payment_no))["status"] == "pending"

        await Job.filter(name="payments.query").update(due_at=now())  # five minutes later
        await run_jobs()
        assert (await status_of(api, shopper, payment.payment_no))["status"] == "paid"
        assert [e["order_ids"] for e in recorded["payments.paid"]] == [[101]]


class TestPay:
    async def test_another_shoppers_payment_is_not_found(self, api, shopper, stranger, sandbox):
        payment = await new_payment(shopper, 1000)
        for response in (
            await api.get(f"/api/v1/payments/{payment.payment_no}", token=stranger.token),
            await pay(api, stranger, payment.payment_no),
            await confirm(api, stranger, payment.payment_no),
        ):
            assert response.status == 404, response
            assert response.error_code == "payment_not_found"

    async def test_paid_payment_cannot_be_started_again(self, api, shopper, sandbox):
        payment = await new_payment(shopper, 1000)
        await pay(api, shopper, payment.payment_no)
        await confirm(api, shopper, payment.payment_no)
        await run_jobs()
        response = await pay(api, shopper, payment.payment_no)
        assert response.status == 409 and response.error_code == "payment_not_pending"

    async def test_unconfigured_method_is_refused(self, api, shopper):
        payment = await new_payment(shopper, 1000)
        response = await pay(api, shopper, payment.payment_no, method="wechat")
        assert response.status == 422 and response.error_code == "payment_method_unavailable"
        assert (await status_of(api, shopper, payment.payment_no))["provider"] == ""

    async def test_wallet_needs_the_payment_started_with_the_sandbox(self, api, shopper):
        payment = await new_payment(shopper, 1000)
        response = await confirm(api, shopper, payment.payment_no)
        assert response.status == 409 and response.error_code == "payment_not_started"
        assert await Job.all().count() == 0

    async def test_needs_a_shopper(self, api, shopper):
        payment = await new_payment(shopper, 1000)
        response = await api.post(f"/api/v1/payments/{payment.payment_no}/pay", json={"method": "sandbox"})
        assert response.status == 401

    async def test_starting_schedules_a_gateway_query(self, api, shopper, sandbox):
        payment = await new_payment(shopper, 1000)
        await pay(api, shopper, payment.payment_no)
        job = await Job.get(name="payments.query")
        assert job.payload == {"payment_no": payment.payment_no}
        assert (job.due_at - job.created_at).total_seconds() >= 299


class TestPaymentMethods:
    async def test_sandbox_transfer_balance_and_cash_on_delivery_are_offered_in_the_embedded_default(self, api):
        response = await api.get("/api/v1/payment-methods?channel=mp")
        assert response.status == 200
        assert response.json["items"] == [{"code": "sandbox", "name": "模拟支付"},
                                          {"code": "offline", "name": "线下转账"},
                                          {"code": "balance", "name": "余额支付"},
                                          {"code": "cod", "name": "货到付款"}]

    async def test_unknown_channel_is_refused(self, api):
        response = await api.get("/api/v1/payment-methods?channel=tv")
        assert response.status == 422 and "channel" in response.fields
