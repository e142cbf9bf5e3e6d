"""线下转账凭证 (PAY-6): the shopper uploads a voucher; staff confirm the payment or reject the voucher."""

from __future__ import annotations

import pytest

from tests.finance.conftest import order, place

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


async def uploaded(api, token: str) -> str:
    response = await api.post("/api/v1/uploads/images", token=token, files={"file": ("voucher.png", PNG, "image/png")})
    assert response.status == 201, response
    return response.json["url"]


async def submit(api, token: str, payment_no: str, images: list[str], note: str = "工行尾号 1234 转出"):
    return await api.post(f"/api/v1/payments/{payment_no}/vouchers", token=token, json={"images": images, "note": note})


async def reject(api, token: str, payment_no: str, reason: str = "未查到该笔转账"):
    return await api.post(f"/api/v1/admin/payments/{payment_no}/reject-offline", token=token, json={"reason": reason})


@pytest.fixture
async def transfer(api, buyer, seller) -> dict:
    placed = await place(api, buyer, await seller.sku("保温杯", 1990), method="offline")
    started = await api.post(f"/api/v1/payments/{placed['payment']['payment_no']}/pay", token=buyer,
                             json={"method": "offline"})
    assert started.status == 200
    return placed


class TestSubmitVoucher:
    @pytest.mark.feature("PAY-6")
    async def test_the_shopper_uploads_a_voucher_and_staff_see_it_in_the_list(self, api, buyer, seller, transfer):
        payment_no = transfer["payment"]["payment_no"]
        image = await uploaded(api, buyer)
        response = await submit(api, buyer, payment_no, [image])
        assert response.status == 201, response
        assert (response.json["status"], response.json["images"], response.json["note"]) == (
            "submitted", [image], "工行尾号 1234 转出")
        [row] = (await api.get("/api/v1/admin/payments?status=pending&provider=offline", token=seller.token)).json[
            "items"]
        assert row["payment_no"] == payment_no
        assert (row["voucher"]["images"], row["voucher"]["status"]) == ([image], "submitted")

    @pytest.mark.feature("PAY-6")
    async def test_one_voucher_awaits_review_at_a_time(self, api, buyer, transfer):
        image = await uploaded(api, buyer)
        await submit(api, buyer, transfer["payment"]["payment_no"], [image])
        again = await submit(api, buyer, transfer["payment"]["payment_no"], [image])
        assert again.status == 409 and again.error_code == "voucher_pending"

    async def test_images_must_be_uploads(self, api, buyer, transfer):
        refused = await submit(api, buyer, transfer["payment"]["payment_no"], ["https://evil.example/x.png"])
        assert refused.status == 422 and "images" in refused.fields

    async def test_a_payment_not_paid_by_transfer_takes_no_voucher(self, api, buyer, seller):
        placed = await place(api, buyer, await seller.sku("保温杯", 1990))
        refused = await submit(api, buyer, placed["payment"]["payment_no"], [await uploaded(api, buyer)])
        assert refused.status == 409 and refused.error_code == "payment_not_started"

    async def test_another_shoppers_payment_is_not_found(self, api, buyer, transfer):
        stranger = await api.consumer("13900009999")
        refused = await submit(api, stranger, transfer["payment"]["payment_no"], [await uploaded(api, stranger)])
        assert refused.status == 404


class TestReviewVoucher:
    @pytest.mark.feature("PAY-6")
    async def test_a_rejected_voucher_shows_why_and_the_shopper_uploads_again(self, api, buyer, seller, transfer):
        payment_no = transfer["payment"]["payment_no"]
        await submit(api, buyer, payment_no, [await uploaded(api, buyer)])
        rejected = await reject(api, seller.token, payment_no)
        assert rejected.status == 200, rejected
        assert (rejected.json["status"], rejected.json["reject_reason"]) == ("rejected", "未查到该笔转账")
        mine = (await api.get(f"/api/v1/payments/{payment_no}/vouchers", token=buyer)).json["items"]
        assert [(v["status"], v["reject_reason"]) for v in mine] == [("rejected", "未查到该笔转账")]
        assert (await submit(api, buyer, payment_no, [await uploaded(api, buyer)], note="已重新转账")).status == 201
        assert (await order(api, buyer, transfer["orders"][0]["order_no"]))["status"] == "pending_payment"

    @pytest.mark.feature("PAY-6")
    async def test_confirming_the_payment_accepts_the_voucher(self, api, buyer, admin_token, transfer):
        payment_no = transfer["payment"]["payment_no"]
        await submit(api, buyer, payment_no, [await uploaded(api, buyer)])
        confirmed = await api.post(f"/api/v1/admin/payments/{payment_no}/confirm-offline", token=admin_token,
                                   json={"reference": "ICBC0001", "amount": 1990})
        assert confirmed.status == 200
        mine = (await api.get(f"/api/v1/payments/{payment_no}/vouchers", token=buyer)).json["items"]
        assert [v["status"] for v in mine] == ["accepted"]
        assert (await order(api, buyer, transfer["orders"][0]["order_no"]))["status"] == "pending_shipment"

    async def test_nothing_to_reject_is_a_conflict(self, api, admin_token, transfer):
        refused = await reject(api, admin_token, transfer["payment"]["payment_no"])
        assert refused.status == 409 and refused.error_code == "voucher_not_found"

    @pytest.mark.feature("PAY-6")
    async def test_another_merchant_cannot_reject(self, api, buyer, other_seller, transfer):
        payment_no = transfer["payment"]["payment_no"]
        await submit(api, buyer, payment_no, [await uploaded(api, buyer)])
        refused = await reject(api, other_seller.token, payment_no)
        assert refused.status == 404
