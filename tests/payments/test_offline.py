"""线下转账 (PLT-8): the shopper is told where to transfer, platform finance staff confirm it."""

from __future__ import annotations

import pytest

from backend.payments.models import PaymentNotification

ORDERS = "/api/v1/orders"
ADMIN_PAYMENTS = "/api/v1/admin/payments"


async def placed(api, buyer, seller, price: int = 1990) -> dict:
    """An order placed through checkout to be paid by transfer; answers the submit's body."""
    sku = await seller.sku("保温杯", price)
    return await api.order(buyer, [{"sku_id": sku, "quantity": 1}], payment_method="offline")


async def start_offline(api, buyer, payment_no: str):
    return await api.post(f"/api/v1/payments/{payment_no}/pay", token=buyer, json={"method": "offline"})


async def confirm(api, token: str, payment_no: str, amount: int, reference: str = "ICBC20251125000123"):
    return await api.post(f"{ADMIN_PAYMENTS}/{payment_no}/confirm-offline", token=token,
                          json={"reference": reference, "amount": amount})


async def order_status(api, buyer, order_no: str) -> str:
    return (await api.get(f"{ORDERS}/{order_no}", token=buyer)).json["status"]


@pytest.fixture
async def awaiting(api, buyer, seller) -> dict:
    """Placed and started with 线下转账: the shopper was told where to transfer."""
    answer = await placed(api, buyer, seller)
    started = await start_offline(api, buyer, answer["payment"]["payment_no"])
    assert started.status == 200, started
    return {**answer, "params": started.json}


class TestOfflineMethod:
    @pytest.mark.feature("PLT-8")
    async def test_is_offered_in_every_channel(self, api):
        for channel in ("h5", "mp", "app"):
            items = (await api.get(f"/api/v1/payment-methods?channel={channel}")).json["items"]
            assert {"code": "offline", "name": "线下转账"} in items

    @pytest.mark.feature("PLT-8")
    async def test_starting_tells_the_shopper_where_to_transfer_and_what_to_quote(self, awaiting, settings):
        params, payment = awaiting["params"], awaiting["payment"]
        assert (params["provider"], params["payment_no"], params["amount"]) == (
            "offline", payment["payment_no"], payment["amount"])
        assert params["instructions"].startswith("请转账至 ")
        assert settings.payment_offline_instructions in params["instructions"]
        assert f"备注支付单号 {payment['payment_no']}" in params["instructions"]

    async def test_it_takes_no_notifications(self, api, awaiting):
        response = await api.post("/api/v1/payments/notify/offline", content=b'{"payment_no": "P1"}')
        assert response.status == 401 and response.error_code == "notification_signature_invalid"
        assert await PaymentNotification.all().count() == 0


class TestOfflineSwitchedOff:
    @pytest.fixture
    def settings(self, settings):
        return settings.model_copy(update={"payment_offline": False})

    @pytest.mark.feature("PLT-8")
    async def test_is_neither_offered_nor_startable(self, api, buyer, seller):
        items = (await api.get("/api/v1/payment-methods?channel=h5")).json["items"]
        assert "offline" not in [m["code"] for m in items]
        refused = await api.checkout(buyer, [{"sku_id": await seller.sku(), "quantity": 1}], payment_method="offline")
        assert refused.status == 422 and refused.error_code == "payment_method_not_allowed"


class TestConfirmOffline:
    @pytest.mark.feature("PLT-8")
    async def test_platform_confirms_and_the_order_awaits_shipment(self, api, admin_token, buyer, awaiting, recorded):
        payment_no, amount = awaiting["payment"]["payment_no"], awaiting["payment"]["amount"]
        order_no = awaiting["orders"][0]["order_no"]
        assert await order_status(api, buyer, order_no) == "pending_payment"
        response = await confirm(api, admin_token, payment_no, amount)
        assert response.status == 200, response
        assert (response.json["status"], response.json["provider"], response.json["trade_no"]) == (
            "paid", "offline", "ICBC20251125000123")
        assert await order_status(api, buyer, order_no) == "pending_shipment"
        [paid] = recorded["payments.paid"]
        assert (paid["payment_no"], paid["provider"], paid["amount"]) == (payment_no, "offline", amount)

    @pytest.mark.feature("PLT-8")
    async def test_records_who_confirmed_and_the_bank_reference(self, api, admin_token, awaiting):
        payment_no = awaiting["payment"]["payment_no"]
        await confirm(api, admin_token, payment_no, awaiting["payment"]["amount"], reference="ABC-778899")
        me = (await api.get("/api/v1/staff/me", token=admin_token)).json
        [row] = await PaymentNotification.filter(payment_no=payment_no)
        assert row.provider == "offline"
        assert row.payload == {"source": "staff", "confirmed_by": f"staff:{me['id']}", "reference": "ABC-778899",
                               "amount": awaiting["payment"]["amount"]}

    @pytest.mark.feature("PLT-8")
    async def test_confirming_again_is_a_conflict_and_pays_once(self, api, admin_token, awaiting, recorded):
        payment_no, amount = awaiting["payment"]["payment_no"], awaiting["payment"]["amount"]
        assert (await confirm(api, admin_token, payment_no, amount)).status == 200
        again = await confirm(api, admin_token, payment_no, amount, reference="ANOTHER")
        assert again.status == 409 and again.error_code == "payment_not_pending"
        assert len(recorded["payments.paid"]) == 1

    @pytest.mark.feature("PLT-8")
    async def test_a_wrong_amount_is_refused_and_changes_nothing(self, api, admin_token, buyer, awaiting, recorded):
        payment_no, amount = awaiting["payment"]["payment_no"], awaiting["payment"]["amount"]
        response = await confirm(api, admin_token, payment_no, amount - 1)
        assert response.status == 422 and response.error_code == "offline_amount_mismatch"
        assert "amount" in response.fields
        assert await order_status(api, buyer, awaiting["orders"][0]["order_no"]) == "pending_payment"
        assert (await api.get(f"/api/v1/payments/{payment_no}", token=buyer)).json["status"] == "pending"
        assert "payments.paid" not in recorded and await PaymentNotification.all().count() == 0

    @pytest.mark.feature("PAY-6")
    async def test_the_merchant_of_the_order_confirms(self, api, seller, buyer, awaiting):
        payment_no, amount = awaiting["payment"]["payment_no"], awaiting["payment"]["amount"]
        response = await confirm(api, seller.token, payment_no, amount)
        assert response.status == 200 and response.json["status"] == "paid"
        assert await order_status(api, buyer, awaiting["orders"][0]["order_no"]) == "pending_shipment"

    @pytest.mark.feature("PAY-6")
    async def test_another_merchant_cannot_confirm(self, api, other_seller, buyer, awaiting):
        payment_no, amount = awaiting["payment"]["payment_no"], awaiting["payment"]["amount"]
        response = await confirm(api, other_seller.token, payment_no, amount)
        assert response.status == 404 and response.error_code == "payment_not_found"
        assert await order_status(api, buyer, awaiting["orders"][0]["order_no"]) == "pending_payment"

    async def test_a_shopper_cannot_confirm(self, api, buyer, awaiting):
        response = await confirm(api, buyer, awaiting["payment"]["payment_no"], awaiting["payment"]["amount"])
        assert response.status == 403

    async def test_a_payment_not_started_by_transfer_cannot_be_confirmed(self, api, admin_token, buyer, seller):
        answer = await placed(api, buyer, seller)
        payment = answer["payment"]
        response = await confirm(api, admin_token, payment["payment_no"], payment["amount"])
        assert response.status == 409 and response.error_code == "payment_not_started"

    async def test_an_unknown_payment_is_not_found(self, api, admin_token):
        response = await confirm(api, admin_token, "P00000000000000000000", 100)
        assert response.status == 404 and response.error_code == "payment_not_found"

    async def test_the_body_is_checked(self, api, admin_token, awaiting):
        response = await api.post(f"{ADMIN_PAYMENTS}/{awaiting['payment']['payment_no']}/confirm-offline",
                                  token=admin_token, json={"reference": "", "amount": 0})
        assert response.status in (400, 422) and {"reference", "amount"} <= set(response.fields)

    @pytest.mark.feature("PAY-7")
    async def test_cancelling_a_transfer_paid_order_waits_for_staff_to_record_the_refund(self, api, admin_token,
                                                                                         buyer, seller, awaiting):
        payment = awaiting["payment"]
        await confirm(api, admin_token, payment["payment_no"], payment["amount"])
        order_no = awaiting["orders"][0]["order_no"]
        cancelled = await api.post(f"{ORDERS}/{order_no}/cancel", token=buyer, json={"reason": "拍错了"})
        assert cancelled.status == 200 and cancelled.json["status"] == "cancelled"
        await api.run_jobs()
        [pending] = (await api.get(f"{ORDERS}/{order_no}", token=buyer)).json["refunds"]
        assert (pending["amount"], pending["status"]) == (payment["amount"], "pending")
        recorded = await api.post(f"/api/v1/admin/refunds/{pending['refund_no']}/record", token=seller.token,
                                  json={"reference": "ICBC-REFUND-0042"})
        assert recorded.status == 200, recorded
        assert (recorded.json["status"], recorded.json["gateway_refund_no"]) == ("succeeded", "ICBC-REFUND-0042")
        refunds = (await api.get(f"{ORDERS}/{order_no}", token=buyer)).json["refunds"]
        assert [(r["amount"], r["status"]) for r in refunds] == [(payment["amount"], "succeeded")]
        again = await api.post(f"/api/v1/admin/refunds/{pending['refund_no']}/record", token=admin_token,
                               json={"reference": "ANOTHER"})
        assert again.status == 409


class TestPaymentsAwaitingConfirmation:
    @pytest.mark.feature("PLT-8")
    async def test_platform_lists_pending_transfers_with_their_orders(self, api, admin_token, buyer, seller,
                                                                      awaiting):
        other = await placed(api, buyer, seller, price=990)  # pending, but not started by transfer
        response = await api.get(f"{ADMIN_PAYMENTS}?status=pending&provider=offline", token=admin_token)
        assert response.status == 200
        assert response.json["total"] == 1
        [row] = response.json["items"]
        payment, order = awaiting["payment"], awaiting["orders"][0]
        assert (row["payment_no"], row["amount"], row["provider"], row["status"]) == (
            payment["payment_no"], payment["amount"], "offline", "pending")
        assert row["orders"] == [
            {"order_no": order["order_no"], "shop_id": seller.shop_id, "amount": payment["amount"]}]
        everything = (await api.get(ADMIN_PAYMENTS, token=admin_token)).json["items"]
        assert [r["payment_no"] for r in everything] == [other["payment"]["payment_no"], payment["payment_no"]]

    @pytest.mark.feature("PLT-8")
    async def test_a_confirmed_transfer_leaves_the_pending_list(self, api, admin_token, awaiting):
        await confirm(api, admin_token, awaiting["payment"]["payment_no"], awaiting["payment"]["amount"])
        response = await api.get(f"{ADMIN_PAYMENTS}?status=pending&provider=offline", token=admin_token)
        assert response.json["items"] == []
        paid = (await api.get(f"{ADMIN_PAYMENTS}?status=paid", token=admin_token)).json["items"]
        assert paid[0]["trade_no"] == "ICBC20251125000123"

    @pytest.mark.feature("PAY-6")
    async def test_merchants_list_only_the_payments_of_their_shops_orders(self, api, seller, other_seller, awaiting):
        mine = (await api.get(ADMIN_PAYMENTS, token=seller.token)).json["items"]
        assert [row["payment_no"] for row in mine] == [awaiting["payment"]["payment_no"]]
        assert (await api.get(ADMIN_PAYMENTS, token=other_seller.token)).json["items"] == []

    async def test_pages_cost_the_same_queries_however_many_rows(self, api, admin_token, buyer, seller,
                                                                 count_queries):
        await placed(api, buyer, seller)
        with count_queries() as one:
            assert len((await api.get(ADMIN_PAYMENTS, token=admin_token)).json["items"]) == 1
        for price in (990, 1290):
            await placed(api, buyer, seller, price=price)
        with count_queries() as three:
            assert len((await api.get(ADMIN_PAYMENTS, token=admin_token)).json["items"]) == 3
        assert three.count == one.count
