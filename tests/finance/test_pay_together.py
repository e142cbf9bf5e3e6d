"""批量付款 (PAY-5): one payment for several of the shopper's unpaid orders."""

from __future__ import annotations

import asyncio

import pytest

from tests.finance.conftest import order, place

PAYMENTS = "/api/v1/payments"


async def pay_together(api, token: str, order_nos: list[str]):
    return await api.post(PAYMENTS, token=token, json={"order_nos": order_nos})


@pytest.fixture
async def two_unpaid(api, buyer, seller, other_seller) -> list[dict]:
    """Two orders from two checkouts (two shops), each with its own pending payment."""
    first = await place(api, buyer, await seller.sku("保温杯", 1990))
    second = await place(api, buyer, await other_seller.sku("车厘子", 8800))
    return [first, second]


def order_nos(placed: list[dict]) -> list[str]:
    return [p["orders"][0]["order_no"] for p in placed]


class TestPayTogether:
    @pytest.mark.feature("PAY-5")
    async def test_one_payment_covers_the_orders_and_paying_it_pays_them_all(self, api, buyer, two_unpaid):
        response = await pay_together(api, buyer, order_nos(two_unpaid))
        assert response.status == 201, response
        payment = response.json
        assert payment["amount"] == 1990 + 8800 and payment["status"] == "pending"
        assert [o["order_no"] for o in payment["orders"]] == order_nos(two_unpaid)
        assert payment["subject"] == "合并付款：2 笔订单"
        paid = await api.pay(buyer, payment["payment_no"])
        assert paid["status"] == "paid"
        for order_no in order_nos(two_unpaid):
            detail = await order(api, buyer, order_no)
            assert detail["status"] == "pending_shipment"
            assert detail["payment_no"] == payment["payment_no"]

    @pytest.mark.feature("PAY-5")
    async def test_the_older_payments_close_so_an_order_cannot_be_paid_twice(self, api, buyer, two_unpaid):
        combined = (await pay_together(api, buyer, order_nos(two_unpaid))).json
        for placed in two_unpaid:
            old = placed["payment"]["payment_no"]
            assert (await api.get(f"{PAYMENTS}/{old}", token=buyer)).json["status"] == "closed"
            refused = await api.post(f"{PAYMENTS}/{old}/pay", token=buyer, json={"method": "sandbox"})
            assert refused.status == 409 and refused.error_code == "payment_not_pending"
        assert (await api.pay(buyer, combined["payment_no"]))["status"] == "paid"

    @pytest.mark.feature("PAY-5")
    async def test_paying_together_again_replaces_the_previous_combined_payment(self, api, buyer, two_unpaid):
        first = (await pay_together(api, buyer, order_nos(two_unpaid))).json
        second = (await pay_together(api, buyer, order_nos(two_unpaid))).json
        assert (await api.get(f"{PAYMENTS}/{first['payment_no']}", token=buyer)).json["status"] == "closed"
        assert second["status"] == "pending" and second["amount"] == first["amount"]

    @pytest.mark.feature("PAY-5")
    async def test_a_paid_order_is_a_clear_conflict_and_nothing_changes(self, api, buyer, two_unpaid):
        paid_order, unpaid = two_unpaid
        await api.pay(buyer, paid_order["payment"]["payment_no"])
        refused = await pay_together(api, buyer, order_nos(two_unpaid))
        assert refused.status == 409 and refused.error_code == "order_not_payable"
        assert refused.fields == {paid_order["orders"][0]["order_no"]: "订单待发货"}
        still = (await api.get(f"{PAYMENTS}/{unpaid['payment']['payment_no']}", token=buyer)).json
        assert still["status"] == "pending"

    @pytest.mark.feature("PAY-5")
    async def test_a_cancelled_order_is_a_clear_conflict(self, api, buyer, two_unpaid):
        cancelled = two_unpaid[0]["orders"][0]["order_no"]
        await api.post(f"/api/v1/orders/{cancelled}/cancel", token=buyer, json={"reason": "拍错了"})
        refused = await pay_together(api, buyer, order_nos(two_unpaid))
        assert refused.status == 409 and refused.fields == {cancelled: "订单已取消"}

    @pytest.mark.feature("PAY-5")
    async def test_another_shoppers_order_is_not_found(self, api, buyer, two_unpaid):
        stranger = await api.consumer("13900009999")
        refused = await pay_together(api, stranger, order_nos(two_unpaid))
        assert refused.status == 404 and refused.error_code == "order_not_found"
        assert (await api.get(f"{PAYMENTS}/{two_unpaid[0]['payment']['payment_no']}", token=buyer)).json[
            "status"] == "pending"

    async def test_the_body_is_checked(self, api, buyer):
        refused = await api.post(PAYMENTS, token=buyer, json={"order_nos": []})
        assert refused.status == 422 and "order_nos" in refused.fields

    @pytest.mark.feature("PAY-5")
    async def test_two_requests_at_once_leave_one_live_payment(self, api, buyer, two_unpaid):
        answers = await asyncio.gather(*(pay_together(api, buyer, order_nos(two_unpaid)) for _ in range(4)))
        assert 201 in [a.status for a in answers]
        assert {a.error_code for a in answers if a.status != 201} <= {"order_payment_open", "payment_not_pending",
                                                                       "invalid_transition"}
        live = [a.json["payment_no"] for a in answers if a.status == 201]
        statuses = [(await api.get(f"{PAYMENTS}/{no}", token=buyer)).json["status"] for no in live]
        assert statuses.count("pending") == 1

    @pytest.mark.feature("PAY-5")
    async def test_the_orders_still_close_at_their_deadline(self, api, buyer, two_unpaid):
        from datetime import timedelta

        combined = (await pay_together(api, buyer, order_nos(two_unpaid))).json
        await api.run_jobs(after=timedelta(minutes=31))
        for order_no in order_nos(two_unpaid):
            assert (await order(api, buyer, order_no))["status"] == "closed"
        assert (await api.get(f"{PAYMENTS}/{combined['payment_no']}", token=buyer)).json["status"] == "closed"
