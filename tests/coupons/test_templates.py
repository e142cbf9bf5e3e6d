"""Coupon templates in the back office (docs/promotions-api.md, "Coupons"): terms checked field by
field, each shop sees and changes only its own, the platform issues its own and sees all."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from backend.core.errors import Conflict
from backend.coupons.models import CouponTemplate
from backend.coupons.states import TEMPLATE, TEMPLATE_STATUS_TEXT
from tests.conftest import in_days

TEMPLATES = "/api/v1/admin/coupon-templates"
FIXED = {"valid_days": None, "valid_from": in_days(1), "valid_until": in_days(30)}


class TestCreate:
    async def test_a_merchant_issues_a_coupon_of_its_shop(self, api, seller):
        template = await api.coupon_template(seller.token, title="满100减10", threshold=10000, off=1000, total=500)
        assert template["shop_id"] == seller.shop_id
        assert (template["status"], template["claimed"], template["total"]) == ("active", 0, 500)
        assert template["product_ids"] is None and template["per_user_limit"] == 1

    async def test_platform_staff_issue_platform_coupons(self, api, admin_token):
        template = await api.coupon_template(admin_token, title="平台满200减20", threshold=20000, off=2000)
        assert template["shop_id"] is None

    async def test_a_coupon_without_threshold_may_take_any_amount_off(self, api, seller):
        template = await api.coupon_template(seller.token, title="无门槛5元", threshold=0, off=500)
        assert (template["threshold"], template["off"]) == (0, 500)

    async def test_a_fixed_validity_window_is_kept(self, api, seller):
        template = await api.coupon_template(seller.token, claim_ends_at=in_days(10), **FIXED)
        assert template["valid_days"] is None
        assert template["valid_from"] is not None and template["valid_until"] is not None

    @pytest.mark.parametrize(("changes", "field"), [
        ({"threshold": 10000, "off": 10000}, "off"),
        ({"threshold": 10000, "off": 12000}, "off"),
        ({"off": 0}, "off"),
        ({"total": 0}, "total"),
        ({"claim_starts_at": in_days(3), "claim_ends_at": in_days(2)}, "claim_ends_at"),
        ({"claim_ends_at": in_days(-1)}, "claim_ends_at"),
        ({"valid_days": None}, "valid_days"),
        ({"valid_days": 7, "valid_until": in_days(30)}, "valid_days"),
        ({**FIXED, "valid_from": in_days(30), "valid_until": in_days(20)}, "valid_until"),
        ({**FIXED, "claim_ends_at": in_days(40)}, "claim_ends_at"),
        ({"claim_ends_at": "2030-01-01T00:00:00"}, "claim_ends_at"),  # a time without its offset is ambiguous
        ({"product_ids": []}, "product_ids"),
    ], ids=["off_equals_threshold", "off_over_threshold", "off_zero", "total_zero", "claim_window_reversed",
            "claim_window_past", "no_validity", "both_validities", "validity_reversed", "claim_after_validity",
            "naive_time", "empty_products"])
    async def test_bad_terms_name_the_field_and_issue_nothing(self, api, seller, changes, field):
        body = {"title": "满100减10", "threshold": 10000, "off": 1000, "valid_days": 7, "total": 100,
                "claim_ends_at": in_days(7), **changes}
        response = await api.post(TEMPLATES, token=seller.token, json=body)
        assert response.status == 422 and field in response.fields, response
        assert any("\u4e00" <= char <= "\u9fff" for char in response.fields[field])  # in Chinese, for the merchant
        assert (await api.get(TEMPLATES, token=seller.token)).json["total"] == 0

    async def test_a_merchant_names_only_its_own_products(self, api, seller, other_seller):
        mine, theirs = await seller.sku("保温杯"), await other_seller.sku("龙井茶")
        response = await api.post(TEMPLATES, token=seller.token, json={
            "title": "指定商品券", "off": 500, "valid_days": 7, "total": 10, "claim_ends_at": in_days(7),
            "product_ids": [seller.product_of[mine], other_seller.product_of[theirs], 999999]})
        assert response.status == 422 and response.error_code == "template_invalid"
        assert str(other_seller.product_of[theirs]) in response.fields["product_ids"]
        assert "999999" in response.fields["product_ids"]
        own = await api.coupon_template(seller.token, product_ids=[seller.product_of[mine]])
        assert own["product_ids"] == [seller.product_of[mine]]

    async def test_a_platform_coupon_may_name_any_shops_products(self, api, seller, other_seller, admin_token):
        cup, tea = await seller.sku("保温杯"), await other_seller.sku("龙井茶")
        template = await api.coupon_template(admin_token, product_ids=[seller.product_of[cup],
                                                                       other_seller.product_of[tea]])
        assert template["shop_id"] is None and len(template["product_ids"]) == 2

    async def test_only_staff_with_the_permission_manage_coupons(self, api, seller):
        shopper = await api.consumer("13900007777")
        assert (await api.get(TEMPLATES, token=shopper)).status == 403
        assert (await api.get(TEMPLATES)).status == 401
        await api.post("/api/v1/admin/staff", token=seller.token, json={
            "username": "clerk", "name": "店员", "password": "Shop12345", "role_code": "merchant_staff",
            "shop_id": seller.shop_id})
        clerk = await api.staff("clerk", "Shop12345")
        response = await api.post(TEMPLATES, token=clerk, json={"title": "x", "off": 1, "valid_days": 1, "total": 1,
                                                                "claim_ends_at": in_days(1)})
        assert response.status == 403


class TestTenancy:
    async def test_each_shop_sees_its_own_and_the_platform_sees_all(self, api, seller, other_seller, admin_token):
        mine = await api.coupon_template(seller.token, title="本店券")
        theirs = await api.coupon_template(other_seller.token, title="他店券")
        platform = await api.coupon_template(admin_token, title="平台券")
        listed = (await api.get(TEMPLATES, token=seller.token)).json
        assert [t["id"] for t in listed["items"]] == [mine["id"]]
        everything = (await api.get(TEMPLATES, token=admin_token)).json
        assert {t["id"] for t in everything["items"]} == {mine["id"], theirs["id"], platform["id"]}
        own = (await api.get(f"{TEMPLATES}?shop_id=0", token=admin_token)).json
        assert [t["id"] for t in own["items"]] == [platform["id"]]
        one_shop = (await api.get(f"{TEMPLATES}?shop_id={other_seller.shop_id}", token=admin_token)).json
        assert [t["id"] for t in one_shop["items"]] == [theirs["id"]]

    async def test_another_shops_template_is_not_found(self, api, seller, other_seller, admin_token):
        theirs = await api.coupon_template(other_seller.token)
        platform = await api.coupon_template(admin_token)
        for template in (theirs, platform):
            path = f"{TEMPLATES}/{template['id']}"
            assert (await api.get(path, token=seller.token)).status == 404
            assert (await api.put(path, token=seller.token, json={"title": "改"})).status == 404
            assert (await api.post(f"{path}/stop", token=seller.token)).status == 404
        assert (await api.get(f"{TEMPLATES}/{theirs['id']}", token=other_seller.token)).json["title"] == "满100减10"

    async def test_the_list_filters_by_status_and_title(self, api, seller):
        first = await api.coupon_template(seller.token, title="新人专享券")
        await api.coupon_template(seller.token, title="满100减10")
        await api.post(f"{TEMPLATES}/{first['id']}/stop", token=seller.token)
        stopped = (await api.get(f"{TEMPLATES}?status=stopped", token=seller.token)).json
        assert [t["id"] for t in stopped["items"]] == [first["id"]]
        found = (await api.get(f"{TEMPLATES}?keyword=新人", token=seller.token)).json
        assert [t["title"] for t in found["items"]] == ["新人专享券"]


class TestUpdate:
    async def test_title_total_window_and_limit_change(self, api, seller):
        template = await api.coupon_template(seller.token)
        response = await api.put(f"{TEMPLATES}/{template['id']}", token=seller.token, json={
            "title": "满100减10（加量）", "total": 300, "per_user_limit": 2, "claim_ends_at": in_days(3)})
        assert response.status == 200, response
        assert (response.json["title"], response.json["total"], response.json["per_user_limit"]) == (
            "满100减10（加量）", 300, 2)
        assert response.json["threshold"] == 10000

    async def test_the_total_never_drops_below_what_was_claimed(self, api, seller):
        template = await api.coupon_template(seller.token, per_user_limit=5)
        shopper = await api.consumer("13900005555")
        for _ in range(3):
            claimed = await api.post("/api/v1/coupons/claim", token=shopper, json={"template_id": template["id"]})
            assert claimed.status == 201
        response = await api.put(f"{TEMPLATES}/{template['id']}", token=seller.token, json={"total": 2})
        assert response.status == 422 and "total" in response.fields
        assert "3" in response.fields["total"]
        current = (await api.get(f"{TEMPLATES}/{template['id']}", token=seller.token)).json
        assert (current["total"], current["claimed"]) == (100, 3)
        assert (await api.put(f"{TEMPLATES}/{template['id']}", token=seller.token, json={"total": 3})).status == 200

    async def test_the_terms_of_an_issued_coupon_do_not_change(self, api, seller):
        template = await api.coupon_template(seller.token)
        response = await api.put(f"{TEMPLATES}/{template['id']}", token=seller.token, json={"off": 5000})
        assert response.status == 422 and "off" in response.fields

    async def test_a_claim_window_ending_before_it_starts_is_refused(self, api, seller):
        template = await api.coupon_template(seller.token)
        response = await api.put(f"{TEMPLATES}/{template['id']}", token=seller.token,
                                 json={"claim_starts_at": in_days(5), "claim_ends_at": in_days(4)})
        assert response.status == 422 and "claim_ends_at" in response.fields

    async def test_a_stopped_template_no_longer_changes(self, api, seller):
        template = await api.coupon_template(seller.token)
        await api.post(f"{TEMPLATES}/{template['id']}/stop", token=seller.token)
        response = await api.put(f"{TEMPLATES}/{template['id']}", token=seller.token, json={"title": "改"})
        assert response.status == 409 and response.error_code == "template_stopped"


class TestStop:
    async def test_stopping_ends_claiming_but_coupons_held_stay_usable(self, api, seller):
        template = await api.coupon_template(seller.token, per_user_limit=2)
        shopper = await api.consumer("13900005555")
        await api.post("/api/v1/coupons/claim", token=shopper, json={"template_id": template["id"]})
        stopped = await api.post(f"{TEMPLATES}/{template['id']}/stop", token=seller.token)
        assert stopped.status == 200 and stopped.json["status"] == "stopped"
        again = await api.post("/api/v1/coupons/claim", token=shopper, json={"template_id": template["id"]})
        assert again.status == 409 and again.error_code == "coupon_not_claimable"
        held = (await api.get("/api/v1/me/coupons?status=unused", token=shopper)).json
        assert held["total"] == 1
        twice = await api.post(f"{TEMPLATES}/{template['id']}/stop", token=seller.token)
        assert twice.status == 409 and twice.error_code == "invalid_transition"


async def test_the_template_table_moves_only_its_pairs(db):
    moment = datetime.now(UTC)
    for state in TEMPLATE_STATUS_TEXT:
        row = await CouponTemplate.create(title="券", off=100, claim_starts_at=moment,
                                          claim_ends_at=moment + timedelta(days=1), valid_days=1, total=1,
                                          status=state)
        if (state, "stop") in TEMPLATE.table:
            await TEMPLATE.fire(row, "stop")
            assert (await CouponTemplate.get(id=row.id)).status == "stopped"
        else:
            with pytest.raises(Conflict):
                await TEMPLATE.fire(row, "stop")
            assert (await CouponTemplate.get(id=row.id)).status == state
