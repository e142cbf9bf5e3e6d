"""余额 (PAY-1 balance): the platform adjusts a shopper's balance with a reason; the shopper sees it."""

from __future__ import annotations

import pytest

from tests.finance.conftest import WALLET, adjust, balance, user_id


class TestAdjustWallet:
    @pytest.mark.feature("PAY-1")
    async def test_platform_tops_up_and_the_shopper_sees_the_balance_and_why(self, api, admin_token, buyer):
        response = await adjust(api, admin_token, await user_id(api, buyer), 5000, reason="门店现金充值")
        assert response.status == 201, response
        answer = response.json
        assert (answer["amount"], answer["balance"], answer["reason"]) == (5000, 5000, "门店现金充值")
        assert response.json["adjustment_no"].startswith("W") and response.json["actor"].startswith("staff:")
        wallet = (await api.get(WALLET, token=buyer)).json
        assert wallet["balance"] == 5000 and wallet["total"] == 1
        [entry] = wallet["items"]
        assert (entry["amount"], entry["kind"]) == (5000, "wallet_adjustment")
        assert entry["description"] == "平台调账：门店现金充值"
        assert entry["reference"] == response.json["adjustment_no"]

    @pytest.mark.feature("PAY-1")
    async def test_taking_away_more_than_the_balance_is_refused_and_changes_nothing(self, api, admin_token, buyer):
        user = await user_id(api, buyer)
        await adjust(api, admin_token, user, 1000)
        refused = await adjust(api, admin_token, user, -1001, reason="冲正多充金额")
        assert refused.status == 409 and refused.error_code == "wallet_insufficient"
        assert await balance(api, buyer) == 1000
        assert (await api.get(WALLET, token=buyer)).json["total"] == 1
        taken = await adjust(api, admin_token, user, -400, reason="冲正多充金额")
        assert taken.status == 201 and taken.json["balance"] == 600

    @pytest.mark.feature("PAY-1")
    async def test_the_same_key_adjusts_once(self, api, admin_token, buyer):
        user = await user_id(api, buyer)
        first = await adjust(api, admin_token, user, 800, key="adjust-0001")
        again = await adjust(api, admin_token, user, 800, key="adjust-0001")
        assert again.json["adjustment_no"] == first.json["adjustment_no"]
        assert await balance(api, buyer) == 800
        other = await adjust(api, admin_token, user, 900, key="adjust-0001")
        assert other.status == 409 and other.error_code == "adjustment_key_reused"

    async def test_a_key_is_required(self, api, admin_token, buyer):
        response = await api.post(f"/api/v1/admin/wallets/{await user_id(api, buyer)}/adjust", token=admin_token,
                                  json={"amount": 100, "reason": "补偿"})
        assert response.status == 400 and "Idempotency-Key" in response.fields

    async def test_zero_and_a_missing_reason_are_refused(self, api, admin_token, buyer):
        user = await user_id(api, buyer)
        assert (await adjust(api, admin_token, user, 0)).error_code == "adjustment_invalid"
        response = await adjust(api, admin_token, user, 100, reason="")
        assert response.status == 422 and "reason" in response.fields
        assert await balance(api, buyer) == 0

    async def test_an_unknown_shopper_is_not_found(self, api, admin_token):
        response = await adjust(api, admin_token, 999_999, 100)
        assert response.status == 404 and response.error_code == "user_not_found"

    @pytest.mark.feature("PAY-1")
    async def test_merchant_staff_cannot_adjust(self, api, seller, buyer):
        response = await adjust(api, seller.token, await user_id(api, buyer), 100)
        assert response.status == 403
        assert await balance(api, buyer) == 0


class TestMyWallet:
    async def test_a_new_shopper_has_an_empty_wallet(self, api, buyer):
        wallet = (await api.get(WALLET, token=buyer)).json
        assert (wallet["balance"], wallet["items"], wallet["total"]) == (0, [], 0)

    async def test_entries_are_paged_newest_first(self, api, admin_token, buyer):
        user = await user_id(api, buyer)
        for amount in (100, 200, 300):
            await adjust(api, admin_token, user, amount)
        page = (await api.get(f"{WALLET}?page=1&page_size=2", token=buyer)).json
        assert [e["amount"] for e in page["items"]] == [300, 200] and page["total"] == 3
        assert page["balance"] == 600

    async def test_staff_cannot_open_a_shoppers_wallet(self, api, admin_token):
        assert (await api.get(WALLET, token=admin_token)).status == 403
