"""Every refund for the back office (PLT-8): the platform sees all, merchant staff their shop's."""

from __future__ import annotations

import pytest

ORDERS = "/api/v1/orders"
REFUNDS = "/api/v1/admin/refunds"


async def cancelled_after_paying(api, buyer, seller, price: int = 1990) -> dict:
    """A sandbox-paid order cancelled by the shopper, so refunded in full; answers its detail."""
    sku = await seller.sku("保温杯", price)
    answer = await api.order(buyer, [{"sku_id": sku, "quantity": 1}])
    assert (await api.pay(buyer, answer["payment"]["payment_no"]))["status"] == "paid"
    order_no = answer["orders"][0]["order_no"]
    response = await api.post(f"{ORDERS}/{order_no}/cancel", token=buyer, json={"reason": "拍错了"})
    assert response.status == 200, response
    await api.run_jobs()
    return (await api.get(f"{ORDERS}/{order_no}", token=buyer)).json


class TestRefundList:
    @pytest.mark.feature("PLT-8")
    async def test_platform_sees_the_refund_of_a_cancelled_paid_order(self, api, admin_token, buyer, seller):
        order = await cancelled_after_paying(api, buyer, seller)
        response = await api.get(REFUNDS, token=admin_token)
        assert response.status == 200 and response.json["total"] == 1
        [row] = response.json["items"]
        [refund] = order["refunds"]
        assert row["refund_no"] == refund["refund_no"]
        assert (row["payment_no"], row["order_no"], row["shop_id"]) == (
            order["payment_no"], order["order_no"], seller.shop_id)
        assert (row["amount"], row["status"], row["provider"], row["reason"]) == (
            order["payable"], "succeeded", "sandbox", "拍错了")
        assert row["order_id"] > 0 and row["created_at"] and row["finished_at"]

    @pytest.mark.feature("PLT-8")
    async def test_merchant_staff_see_only_their_shops_refunds(self, api, admin_token, buyer, seller,
                                                               other_seller):
        mine = await cancelled_after_paying(api, buyer, seller)
        theirs = await cancelled_after_paying(api, buyer, other_seller, price=990)
        rows = (await api.get(REFUNDS, token=seller.token)).json
        assert (rows["total"], [r["order_no"] for r in rows["items"]]) == (1, [mine["order_no"]])
        rows = (await api.get(REFUNDS, token=other_seller.token)).json
        assert [r["order_no"] for r in rows["items"]] == [theirs["order_no"]]
        every = (await api.get(REFUNDS, token=admin_token)).json["items"]
        assert [r["order_no"] for r in every] == [theirs["order_no"], mine["order_no"]]  # newest first

    @pytest.mark.feature("PLT-8")
    async def test_keyword_matches_a_refund_payment_or_order_number(self, api, admin_token, buyer, seller):
        first = await cancelled_after_paying(api, buyer, seller)
        await cancelled_after_paying(api, buyer, seller, price=990)
        for keyword in (first["refunds"][0]["refund_no"], first["payment_no"], first["order_no"]):
            rows = (await api.get(REFUNDS, token=admin_token, params={"keyword": keyword})).json["items"]
            assert [r["order_no"] for r in rows] == [first["order_no"]], keyword
        none = (await api.get(REFUNDS, token=admin_token, params={"keyword": "R000"})).json
        assert (none["items"], none["total"]) == ([], 0)

    @pytest.mark.feature("PLT-8")
    async def test_status_filters(self, api, admin_token, buyer, seller):
        await cancelled_after_paying(api, buyer, seller)
        assert (await api.get(f"{REFUNDS}?status=succeeded", token=admin_token)).json["total"] == 1
        assert (await api.get(f"{REFUNDS}?status=failed", token=admin_token)).json["total"] == 0
        bad = await api.get(f"{REFUNDS}?status=whatever", token=admin_token)
        assert bad.status == 422 and "status" in bad.fields

    async def test_shoppers_cannot_list_refunds(self, api, buyer):
        assert (await api.get(REFUNDS, token=buyer)).status == 403

    async def test_pages_cost_the_same_queries_however_many_rows(self, api, admin_token, buyer, seller,
                                                                 other_seller, count_queries):
        await cancelled_after_paying(api, buyer, seller)
        with count_queries() as one:
            assert len((await api.get(REFUNDS, token=admin_token)).json["items"]) == 1
        await cancelled_after_paying(api, buyer, seller, price=990)
        await cancelled_after_paying(api, buyer, other_seller, price=1290)
        with count_queries() as three:
            assert len((await api.get(REFUNDS, token=admin_token)).json["items"]) == 3
        assert three.count == one.count
