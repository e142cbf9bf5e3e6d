"""货到付款 (PAY-1 cod): the order ships unpaid; the merchant records the cash when it is delivered."""

from __future__ import annotations

import pytest

from tests.finance.conftest import order, place


async def collect(api, token: str, order_no: str, amount: int, reference: str = "COD-RECEIPT-01"):
    return await api.post(f"/api/v1/admin/orders/{order_no}/collect-cod", token=token,
                          json={"amount": amount, "reference": reference})


async def ship(api, token: str, order_no: str) -> None:
    shipped = await api.post(f"/api/v1/admin/orders/{order_no}/ship", token=token,
                             json={"carrier_code": "SF", "tracking_no": "SF1234567890"})
    assert shipped.status == 200, shipped


@pytest.fixture
async def cod_order(api, buyer, seller) -> dict:
    return await place(api, buyer, await seller.sku("保温杯", 1990), method="cod")


class TestCashOnDelivery:
    @pytest.mark.feature("PAY-1")
    async def test_the_order_goes_to_shipment_without_payment(self, api, buyer, cod_order):
        detail = await order(api, buyer, cod_order["orders"][0]["order_no"])
        assert detail["status"] == "pending_shipment"
        payment = (await api.get(f"/api/v1/payments/{cod_order['payment']['payment_no']}", token=buyer)).json
        assert (payment["status"], payment["provider"]) == ("pending", "cod")

    @pytest.mark.feature("PAY-1")
    async def test_the_merchant_records_the_cash_and_the_order_is_paid(self, api, buyer, seller, cod_order):
        order_no = cod_order["orders"][0]["order_no"]
        await ship(api, seller.token, order_no)
        response = await collect(api, seller.token, order_no, 1990)
        assert response.status == 200, response
        assert (response.json["status"], response.json["provider"], response.json["trade_no"]) == (
            "paid", "cod", "COD-RECEIPT-01")
        detail = await order(api, buyer, order_no)
        assert detail["status"] == "shipped" and detail["paid_at"] is not None
        again = await collect(api, seller.token, order_no, 1990)
        assert again.status in (404, 409)

    @pytest.mark.feature("PAY-1")
    async def test_a_wrong_amount_or_another_shop_changes_nothing(self, api, buyer, seller, other_seller, cod_order):
        order_no = cod_order["orders"][0]["order_no"]
        await ship(api, seller.token, order_no)
        wrong = await collect(api, seller.token, order_no, 1000)
        assert wrong.status == 422 and wrong.error_code == "offline_amount_mismatch"
        other = await collect(api, other_seller.token, order_no, 1990)
        assert other.status == 404
        assert (await order(api, buyer, order_no))["paid_at"] is None

    @pytest.mark.feature("PAY-1")
    async def test_each_shop_collects_its_own_order_of_one_checkout(self, api, buyer, seller, other_seller):
        items = [{"sku_id": await seller.sku("保温杯", 1990), "quantity": 1},
                 {"sku_id": await other_seller.sku("车厘子", 8800), "quantity": 1}]
        placed = await api.order(buyer, items, payment_method="cod")
        by_shop = {o["shop_id"]: o["order_no"] for o in placed["orders"]}
        await ship(api, seller.token, by_shop[seller.shop_id])
        await ship(api, other_seller.token, by_shop[other_seller.shop_id])
        first = await collect(api, seller.token, by_shop[seller.shop_id], 1990)
        assert first.status == 200, first
        assert [o["order_no"] for o in first.json["orders"]] == [by_shop[seller.shop_id]]
        assert (await order(api, buyer, by_shop[other_seller.shop_id]))["paid_at"] is None
        second = await collect(api, other_seller.token, by_shop[other_seller.shop_id], 8800)
        assert second.status == 200, second
        assert (await order(api, buyer, by_shop[other_seller.shop_id]))["paid_at"] is not None

    @pytest.mark.feature("PAY-1")
    async def test_cod_cannot_be_started_after_checkout(self, api, buyer, seller):
        placed = await place(api, buyer, await seller.sku("保温杯", 1990))
        refused = await api.post(f"/api/v1/payments/{placed['payment']['payment_no']}/pay", token=buyer,
                                 json={"method": "cod"})
        assert refused.status == 409 and refused.error_code == "cod_only_at_checkout"

    @pytest.mark.feature("PAY-1")
    async def test_the_cash_cannot_be_recorded_before_the_order_ships(self, api, buyer, seller, cod_order):
        order_no = cod_order["orders"][0]["order_no"]
        early = await collect(api, seller.token, order_no, 1990)
        assert early.status == 409 and early.error_code == "order_not_shipped"
        assert early.json["error"]["message"] == "订单发货后才能登记货到付款收款"
        detail = await order(api, buyer, order_no)
        assert (detail["status"], detail["paid_at"]) == ("pending_shipment", None)
        payment = (await api.get(f"/api/v1/payments/{cod_order['payment']['payment_no']}", token=buyer)).json
        assert payment["status"] == "pending"
        await ship(api, seller.token, order_no)
        assert (await collect(api, seller.token, order_no, 1990)).status == 200

    @pytest.mark.feature("PAY-1")
    async def test_a_cancelled_order_cannot_have_its_cash_recorded(self, api, buyer, seller, cod_order):
        order_no = cod_order["orders"][0]["order_no"]
        cancelled = await api.post(f"/api/v1/orders/{order_no}/cancel", token=buyer, json={"reason": "不要了"})
        assert cancelled.status == 200, cancelled
        refused = await collect(api, seller.token, order_no, 1990)
        assert refused.status == 409 and refused.error_code == "order_not_payable"

    @pytest.mark.feature("PAY-7")
    async def test_a_collected_order_refunded_through_aftersales_is_recorded_by_hand(self, api, buyer, seller,
                                                                                    cod_order):
        order_no = cod_order["orders"][0]["order_no"]
        await ship(api, seller.token, order_no)
        await collect(api, seller.token, order_no, 1990)
        asked = await api.post("/api/v1/aftersales", token=buyer, json={
            "order_no": order_no, "type": "refund_only", "reason": "不想要了"})
        assert asked.status == 201, asked
        approved = await api.post(f"/api/v1/admin/aftersales/{asked.json['request_no']}/approve",
                                  token=seller.token, json={})
        assert approved.status == 200 and approved.json["status"] == "refunding", approved
        [refund] = (await order(api, buyer, order_no))["refunds"]
        assert refund["status"] == "pending"
        recorded = await api.post(f"/api/v1/admin/refunds/{refund['refund_no']}/record", token=seller.token,
                                  json={"reference": "现金退回-0001"})
        assert recorded.status == 200 and recorded.json["status"] == "succeeded"
