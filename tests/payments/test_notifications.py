"""The notify endpoint: verified before anything is read, checked against our record, applied once."""

import json
import time

import pytest

from backend.core.models import Job
from backend.payments import service
from backend.payments.models import Payment, PaymentNotification, Refund
from tests.payments.conftest import confirm, new_payment, pay, run_jobs

NOTIFY = "/api/v1/payments/notify/sandbox"


@pytest.fixture
async def started(api, shopper, sandbox):
    """A 2,000 fen payment for orders 101 and 102, started with the sandbox."""
    payment = await new_payment(shopper, 1200, 800)
    await pay(api, shopper, payment.payment_no)
    return payment


def success(payment, **changes):
    return {"payment_no": payment.payment_no, "trade_no": "SBX" + payment.payment_no[1:],
            "amount": payment.amount, "result": "success", "time": "2026-11-25T10:00:00+00:00", **changes}


async def send(api, sandbox, payload, *, tamper=None):
    headers, body = sandbox.signed(payload)
    if tamper:
        headers, body = tamper(headers, body)
    return await api.post(NOTIFY, headers=headers, content=body)


async def unchanged(payment) -> bool:
    row = await Payment.get(payment_no=payment.payment_no)
    return row.status == "pending" and row.trade_no == "" and await PaymentNotification.all().count() == 0


class TestNotify:
    async def test_duplicated_notification_applies_once(self, api, sandbox, started, recorded):
        first = await send(api, sandbox, success(started))
        again = await send(api, sandbox, success(started))
        assert (first.status, again.status) == (200, 200)
        assert first.json == again.json == {"code": "SUCCESS"}
        assert len(recorded["payments.paid"]) == 1
        assert await PaymentNotification.all().count() == 1

    @pytest.mark.parametrize("tamper", [
        lambda h, b: (h, b.replace(b'"amount":2000', b'"amount":1')),
        lambda h, b: ({**h, "X-Sandbox-Signature": "0" * 64}, b),
        lambda h, b: ({k: v for k, v in h.items() if k != "X-Sandbox-Signature"}, b),
        lambda h, b: ({**h, "X-Sandbox-Nonce": "another"}, b),
    ], ids=["body", "signature", "no-signature", "nonce"])
    async def test_tampered_notification_is_refused_and_changes_nothing(
            self, api, sandbox, started, recorded, tamper):
        response = await send(api, sandbox, success(started), tamper=tamper)
        assert response.status == 401, response
        assert response.error_code == "notification_signature_invalid"
        assert await unchanged(started) and "payments.paid" not in recorded

    async def test_stale_notification_is_refused(self, api, sandbox, started):
        body = json.dumps(success(started)).encode()
        timestamp = str(int(time.time()) - 3600)
        headers = {"X-Sandbox-Timestamp": timestamp, "X-Sandbox-Nonce": "n1",
                   "X-Sandbox-Signature": sandbox.sign(timestamp, "n1", body)}
        response = await api.post(NOTIFY, headers=headers, content=body)
        assert response.status == 401 and await unchanged(started)

    async def test_wrong_amount_is_refused(self, api, sandbox, started, recorded):
        response = await send(api, sandbox, success(started, amount=1))
        assert response.status == 400 and response.error_code == "notification_amount_mismatch"
        assert await unchanged(started) and "payments.paid" not in recorded

    async def test_unknown_payment_is_refused(self, api, sandbox, started):
        response = await send(api, sandbox, success(started, payment_no="P000000000000000000001"))
        assert response.status == 400 and response.error_code == "notification_unknown_payment"
        assert await unchanged(started)

    async def test_payment_never_started_with_the_gateway_is_refused(self, api, shopper, sandbox):
        payment = await new_payment(shopper, 500, first_id=300)
        response = await send(api, sandbox, success(payment))
        assert response.status == 400 and response.error_code == "notification_provider_mismatch"
        assert await unchanged(payment)

    async def test_unknown_provider_is_not_found(self, api, started):
        response = await api.post("/api/v1/payments/notify/paypal", content=b"{}")
        assert response.status == 404 and response.error_code == "provider_unknown"


class TestLateSuccess:
    async def test_success_for_a_closed_payment_is_kept_and_refunded(
            self, api, sandbox, started, recorded):
        assert await service.close_for_orders([101, 102]) == [started.payment_no]
        response = await send(api, sandbox, success(started))
        assert response.status == 200  # the gateway must stop retrying: we hold the money
        row = await Payment.get(payment_no=started.payment_no)
        assert (row.status, row.trade_no != "") == ("late_paid", True)
        assert "payments.paid" not in recorded

        await run_jobs()
        refunds = await Refund.filter(payment_id=row.id).order_by("order_id")
        assert [(r.order_id, r.amount, r.status) for r in refunds] == [
            (101, 1200, "succeeded"), (102, 800, "succeeded")]
        assert (await Payment.get(id=row.id)).status == "refunded"
        assert sorted(e["order_id"] for e in recorded["payments.refunded"]) == [101, 102]

    async def test_payment_closes_only_when_all_its_orders_are_cancelled(self, api, shopper, sandbox, started):
        assert await service.close_for_orders([101]) == []
        assert (await Payment.get(payment_no=started.payment_no)).status == "pending"
        assert await service.close_for_orders([102]) == [started.payment_no]
        response = await pay(api, shopper, started.payment_no)
        assert response.status == 409 and response.error_code == "payment_not_pending"

    async def test_wallet_cannot_pay_a_closed_payment(self, api, shopper, sandbox, started):
        await service.close_for_orders([101, 102])
        response = await confirm(api, shopper, started.payment_no)
        assert response.status == 409
        assert await Job.filter(name="payments.sandbox_notify").count() == 0
