"""余额支付 (PAY-1) and refunds back to the wallet (PAY-7)."""

from __future__ import annotations

import asyncio

import pytest

from backend.payments.models import PaymentNotification
from tests.finance.conftest import WALLET, balance, order, pay_with, place, top_up


@pytest.fixture
async def cup(seller) -> int:
    return await seller.sku("保温杯", 1990)


class TestPayFromWallet:
    @pytest.mark.feature("PAY-1")
    async def test_paying_from_the_wallet_pays_the_order_and_takes_the_balance(self, api, admin_token, buyer, cup):
        await top_up(api, admin_token, buyer, 5000)
        placed = await place(api, buyer, cup)
        payment_no = placed["payment"]["payment_no"]
        response = await pay_with(api, buyer, payment_no, "balance")
        assert response.status == 200, response
        answer = response.json
        assert (answer["provider"], answer["status"], answer["amount"]) == ("balance", "paid", 1990)
        payment = (await api.get(f"/api/v1/payments/{payment_no}", token=buyer)).json
        assert (payment["status"], payment["provider"], payment["last_result"]) == ("paid", "balance", "success")
        assert payment["trade_no"] == "BAL" + payment_no[1:]
        assert (await order(api, buyer, placed["orders"][0]["order_no"]))["status"] == "pending_shipment"
        wallet = (await api.get(WALLET, token=buyer)).json
        assert wallet["balance"] == 5000 - 1990
        assert (wallet["items"][0]["amount"], wallet["items"][0]["description"]) == (
            -1990, f"余额支付 支付单 {payment_no}")

    @pytest.mark.feature("PAY-1")
    async def test_the_payment_flow_is_recorded_like_a_gateways(self, api, admin_token, buyer, cup):
        await top_up(api, admin_token, buyer, 5000)
        payment_no = (await place(api, buyer, cup))["payment"]["payment_no"]
        await pay_with(api, buyer, payment_no, "balance")
        [flow] = await PaymentNotification.filter(payment_no=payment_no)
        assert (flow.provider, flow.dedupe_key) == ("balance", f"balance:{payment_no}:success")
        assert flow.payload["source"] == "wallet" and flow.payload["amount"] == 1990

    @pytest.mark.feature("PAY-1")
    async def test_a_short_wallet_is_refused_and_nothing_changes(self, api, admin_token, buyer, cup):
        await top_up(api, admin_token, buyer, 1989)
        placed = await place(api, buyer, cup)
        payment_no = placed["payment"]["payment_no"]
        refused = await pay_with(api, buyer, payment_no, "balance")
        assert refused.status == 409 and refused.error_code == "wallet_insufficient"
        assert (await api.get(f"/api/v1/payments/{payment_no}", token=buyer)).json["status"] == "pending"
        assert (await order(api, buyer, placed["orders"][0]["order_no"]))["status"] == "pending_payment"
        assert await balance(api, buyer) == 1989
        assert await PaymentNotification.filter(payment_no=payment_no).count() == 0
        await top_up(api, admin_token, buyer, 1)  # topped up, the shopper pays again
        assert (await pay_with(api, buyer, payment_no, "balance")).status == 200
        assert await balance(api, buyer) == 0

    @pytest.mark.feature("PAY-1")
    async def test_ten_payments_at_once_from_a_wallet_that_covers_one_pay_exactly_one(self, api, admin_token, buyer,
                                                                                     cup):
        await top_up(api, admin_token, buyer, 2500)
        payment_nos = [(await place(api, buyer, cup))["payment"]["payment_no"] for _ in range(10)]
        answers = await asyncio.gather(*(pay_with(api, buyer, no, "balance") for no in payment_nos))
        assert sorted(a.status for a in answers) == [200] + [409] * 9
        assert {a.error_code for a in answers if a.status == 409} == {"wallet_insufficient"}
        statuses = [(await api.get(f"/api/v1/payments/{no}", token=buyer)).json["status"] for no in payment_nos]
        assert statuses.count("paid") == 1 and statuses.count("pending") == 9
        assert await balance(api, buyer) == 2500 - 1990

    @pytest.mark.feature("PAY-1")
    async def test_one_payment_paid_ten_times_at_once_is_taken_once(self, api, admin_token, buyer, cup):
        await top_up(api, admin_token, buyer, 100_000)
        payment_no = (await place(api, buyer, cup))["payment"]["payment_no"]
        answers = await asyncio.gather(*(pay_with(api, buyer, payment_no, "balance") for _ in range(10)))
        assert [a.status for a in answers].count(200) == 1
        assert {a.error_code for a in answers if a.status != 200} <= {"payment_not_pending"}
        assert await balance(api, buyer) == 100_000 - 1990



class TestBalanceSwitchedOff:
    @pytest.fixture
    def settings(self, settings):
        return settings.model_copy(update={"payment_balance": False})

    async def test_it_is_neither_offered_nor_payable(self, api, admin_token, buyer, cup):
        items = (await api.get("/api/v1/payment-methods?channel=h5")).json["items"]
        assert "balance" not in [m["code"] for m in items]
        await top_up(api, admin_token, buyer, 5000)
        payment_no = (await place(api, buyer, cup))["payment"]["payment_no"]
        refused = await pay_with(api, buyer, payment_no, "balance")
        assert refused.status == 422 and refused.error_code == "payment_method_unavailable"
        assert await balance(api, buyer) == 5000


class TestRefundToWallet:
    @pytest.mark.feature("PAY-7")
    async def test_cancelling_a_wallet_paid_order_puts_the_money_back_in_the_wallet(self, api, admin_token, buyer,
                                                                                    cup):
        await top_up(api, admin_token, buyer, 5000)
        placed = await place(api, buyer, cup)
        await pay_with(api, buyer, placed["payment"]["payment_no"], "balance")
        order_no = placed["orders"][0]["order_no"]
        cancelled = await api.post(f"/api/v1/orders/{order_no}/cancel", token=buyer, json={"reason": "不想要了"})
        assert cancelled.status == 200
        [refund] = (await order(api, buyer, order_no))["refunds"]
        assert (refund["amount"], refund["status"]) == (1990, "succeeded")
        wallet = (await api.get(WALLET, token=buyer)).json
        assert wallet["balance"] == 5000
        assert wallet["items"][0]["amount"] == 1990
        assert wallet["items"][0]["description"] == f"退款 {refund['refund_no']} 退回余额：不想要了"
