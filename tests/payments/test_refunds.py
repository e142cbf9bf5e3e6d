"""Refunds (ORD-3 cancels paid orders through them): idempotent by key, capped by what was paid."""

import pytest

from backend.core.db import transaction
from backend.core.errors import Conflict, Invalid
from backend.payments import service
from backend.payments.models import Payment
from tests.payments.conftest import confirm, new_payment, pay, run_jobs


@pytest.fixture
async def paid(api, shopper, sandbox):
    """A paid payment: order 101 paid 1,200 fen of it and order 102 800."""
    payment = await new_payment(shopper, 1200, 800)
    await pay(api, shopper, payment.payment_no)
    await confirm(api, shopper, payment.payment_no)
    await run_jobs()
    return payment


class TestRefund:
    async def test_sandbox_refund_succeeds_at_once_and_is_announced(self, paid, recorded):
        refund = await service.refund(101, 500, "买家取消", "cancel:101")
        assert (refund.status, refund.amount, refund.order_id) == ("succeeded", 500, 101)
        assert refund.refund_no.startswith("R") and refund.gateway_refund_no
        [event] = recorded["payments.refunded"]
        assert (event["order_id"], event["refund_id"], event["amount"]) == (101, refund.id, 500)

    async def test_same_key_refunds_once(self, paid, recorded):
        first = await service.refund(101, 500, "买家取消", "cancel:101")
        again = await service.refund(101, 500, "买家取消", "cancel:101")
        assert first.id == again.id
        assert len(recorded["payments.refunded"]) == 1

    async def test_refund_is_capped_by_what_the_order_paid_less_earlier_refunds(self, paid):
        await service.refund(101, 1000, "部分退款", "aftersale:1")
        with pytest.raises(Conflict) as refused:
            await service.refund(101, 201, "再退", "aftersale:2")
        assert refused.value.code == "refund_amount_exceeded"
        assert (await service.refund(101, 200, "再退", "aftersale:3")).status == "succeeded"

    async def test_an_order_that_paid_nothing_cannot_be_refunded(self, paid, shopper):
        await new_payment(shopper, 900, first_id=300)  # pending: no money yet
        with pytest.raises(Conflict) as refused:
            await service.refund(300, 100, "取消", "cancel:300")
        assert refused.value.code == "refund_not_allowed"

    async def test_amount_must_be_positive(self, paid):
        with pytest.raises(Invalid):
            await service.refund(101, 0, "取消", "cancel:101")

    async def test_refunding_everything_marks_the_payment_refunded(self, paid):
        await service.refund(101, 1200, "取消", "cancel:101")
        assert (await Payment.get(payment_no=paid.payment_no)).status == "paid"
        await service.refund(102, 800, "取消", "cancel:102")
        assert (await Payment.get(payment_no=paid.payment_no)).status == "refunded"

    async def test_declined_refund_fails_and_frees_the_amount(self, paid, sandbox, recorded):
        sandbox.fail_refunds = True
        failed = await service.refund(101, 1200, "取消", "cancel:101")
        assert failed.status == "failed"
        assert recorded["payments.refund_failed"][0]["refund_id"] == failed.id
        sandbox.fail_refunds = False
        assert (await service.refund(101, 1200, "取消", "cancel:101:retry")).status == "succeeded"

    async def test_inside_a_callers_transaction_the_gateway_is_called_after_commit(self, paid, recorded):
        async with transaction():
            refund = await service.refund(102, 800, "取消", "cancel:102")
        assert refund.status == "pending" and "payments.refunded" not in recorded
        await run_jobs()
        [event] = recorded["payments.refunded"]
        assert event["refund_id"] == refund.id

    async def test_rolled_back_caller_leaves_no_refund(self, paid):
        with pytest.raises(RuntimeError):
            async with transaction():
                await service.refund(102, 800, "取消", "cancel:102")
                raise RuntimeError("the cancellation failed")
        assert await run_jobs() == 0
        assert (await service.refund(102, 800, "取消", "cancel:102")).status == "succeeded"


class TestRecordsOf:
    async def test_records_take_the_same_queries_for_one_order_or_many(self, api, shopper, paid, count_queries):
        await service.refund(101, 300, "少发一件", "aftersale:1")
        await new_payment(shopper, 500, 700, 900, first_id=201)

        with count_queries() as one:
            single = await service.records_of([101])
        with count_queries() as many:
            several = await service.records_of([101, 102, 201, 202, 203, 999])
        assert one.count == many.count == 3

        payment, refund = single[101]
        assert payment["kind"] == "payment" and payment["payment_no"] == paid.payment_no
        assert (payment["amount"], payment["status"], payment["provider"]) == (1200, "paid", "sandbox")
        assert payment["trade_no"] and payment["paid_at"]
        assert (refund["kind"], refund["amount"], refund["status"], refund["reason"]) == (
            "refund", 300, "succeeded", "少发一件")
        assert [r["amount"] for r in several[102]] == [800]
        assert [r["amount"] for r in several[202]] == [700]
        assert several[999] == []
