"""A merchant's staff get 404 for another tenant's objects on every scoped endpoint; platform staff see all."""

from __future__ import annotations

import pytest

from backend.shops import service as shops
from backend.shops.schemas import ShopIn
from tests.conftest import Api

pytestmark = [pytest.mark.feature("ARCH-6"), pytest.mark.feature("PLT-12")]

PASSWORD = "Staff12345"


async def create_staff(api: Api, token: str, username: str, role_code: str, shop_id: int | None = None) -> dict:
    body = {"username": username, "name": username, "password": PASSWORD, "role_code": role_code}
    if shop_id is not None:
        body["shop_id"] = shop_id
    response = await api.post("/api/v1/admin/staff", token=token, json=body)
    assert response.status == 201, response
    return response.json


@pytest.fixture
async def tenants(api: Api, admin_token: str) -> dict:
    """Two merchants and a supplier, each with an admin and a clerk; tokens for the admins."""
    found = {}
    for key, kind, name in (("a", "merchant", "甲商家"), ("b", "merchant", "乙商家"), ("s", "supplier", "丙供应商")):
        shop = await shops.create_shop(ShopIn(kind=kind, name=name))
        admin = await create_staff(api, admin_token, f"{key}_admin", f"{kind}_admin", shop.id)
        clerk = await create_staff(api, admin_token, f"{key}_clerk", f"{kind}_staff", shop.id)
        found[key] = {"shop_id": shop.id, "name": name, "admin": admin, "clerk": clerk,
                      "token": await api.staff(f"{key}_admin", PASSWORD)}
    return found


class TestShopsOfAnotherTenant:
    async def test_merchant_reads_its_own_shop(self, api, tenants):
        a = tenants["a"]

        response = await api.get(f"/api/v1/admin/shops/{a['shop_id']}", token=a["token"])

        assert response.status == 200
        assert response.json["name"] == "甲商家"

    async def test_another_merchants_shop_is_not_found(self, api, tenants):
        a, b = tenants["a"], tenants["b"]

        response = await api.get(f"/api/v1/admin/shops/{b['shop_id']}", token=a["token"])

        assert response.status == 404
        assert response.error_code == "shop_not_found"

    async def test_another_tenant_looks_exactly_like_a_shop_that_does_not_exist(self, api, tenants):
        a, s = tenants["a"], tenants["s"]

        other = await api.get(f"/api/v1/admin/shops/{s['shop_id']}", token=a["token"])
        missing = await api.get("/api/v1/admin/shops/999999", token=a["token"])

        assert other.status == missing.status == 404
        assert other.json == missing.json

    async def test_clerk_sees_only_their_own_shop_too(self, api, tenants):
        clerk = await api.staff("b_clerk", PASSWORD)

        own = await api.get(f"/api/v1/admin/shops/{tenants['b']['shop_id']}", token=clerk)
        other = await api.get(f"/api/v1/admin/shops/{tenants['a']['shop_id']}", token=clerk)

        assert (own.status, other.status) == (200, 404)

    async def test_shop_list_shows_only_the_callers_shop(self, api, tenants):
        a = tenants["a"]

        everything = await api.get("/api/v1/admin/shops/", token=a["token"])
        searched = await api.get("/api/v1/admin/shops/?keyword=乙", token=a["token"])
        suppliers = await api.get("/api/v1/admin/shops/?kind=supplier", token=a["token"])

        assert [s["id"] for s in everything.json["items"]] == [a["shop_id"]]
        assert everything.json["total"] == 1
        assert searched.json["items"] == [] and searched.json["total"] == 0
        assert suppliers.json["items"] == []

    async def test_supplier_sees_only_itself(self, api, tenants):
        s = tenants["s"]

        listed = await api.get("/api/v1/admin/shops/", token=s["token"])
        other = await api.get(f"/api/v1/admin/shops/{tenants['a']['shop_id']}", token=s["token"])

        assert [shop["id"] for shop in listed.json["items"]] == [s["shop_id"]]
        assert other.status == 404

    async def test_shop_staff_cannot_create_shops(self, api, tenants):
        response = await api.post("/api/v1/admin/shops/", token=tenants["a"]["token"],
                                  json={"kind": "merchant", "name": "冒牌商家"})

        assert response.status == 403
        assert response.error_code == "permission_denied"


class TestStaffOfAnotherTenant:
    async def test_disabling_another_shops_staff_is_not_found_and_changes_nothing(self, api, tenants):
        a, b = tenants["a"], tenants["b"]
        b_clerk_token = await api.staff("b_clerk", PASSWORD)

        response = await api.put(f"/api/v1/admin/staff/{b['clerk']['id']}/status", token=a["token"],
                                 json={"status": "disabled"})

        assert response.status == 404
        assert response.error_code == "staff_not_found"
        assert (await api.get("/api/v1/staff/me", token=b_clerk_token)).json["status"] == "active"

    async def test_platform_staff_are_out_of_a_shops_reach(self, api, tenants, admin_token):
        platform_admin = (await api.get("/api/v1/staff/me", token=admin_token)).json

        response = await api.put(f"/api/v1/admin/staff/{platform_admin['id']}/status",
                                 token=tenants["a"]["token"], json={"status": "disabled"})

        assert response.status == 404
        assert (await api.get("/api/v1/staff/me", token=admin_token)).status == 200

    async def test_staff_list_never_shows_another_shops_staff(self, api, tenants):
        a, b = tenants["a"], tenants["b"]

        listed = await api.get("/api/v1/admin/staff", token=a["token"])
        by_shop = await api.get(f"/api/v1/admin/staff?shop_id={b['shop_id']}", token=a["token"])
        by_name = await api.get("/api/v1/admin/staff?keyword=b_", token=a["token"])
        platform_role = await api.get("/api/v1/admin/staff?role_code=platform_admin", token=a["token"])

        assert sorted(s["username"] for s in listed.json["items"]) == ["a_admin", "a_clerk"]
        assert by_shop.json["items"] == [] and by_shop.json["total"] == 0
        assert by_name.json["items"] == []
        assert platform_role.json["items"] == []

    async def test_shop_staff_cannot_see_customers(self, api, tenants):
        response = await api.get("/api/v1/admin/customers", token=tenants["a"]["token"])

        assert response.status == 403
        assert response.error_code == "permission_denied"


class TestPlatformStaffSeeEveryTenant:
    async def test_platform_admin_lists_every_shop_and_every_staff(self, api, tenants, admin_token):
        shops_listed = await api.get("/api/v1/admin/shops/", token=admin_token)
        staff_listed = await api.get("/api/v1/admin/staff?page_size=100", token=admin_token)

        assert {s["name"] for s in shops_listed.json["items"]} == {"甲商家", "乙商家", "丙供应商"}
        assert {s["username"] for s in staff_listed.json["items"]} == {
            "admin", "a_admin", "a_clerk", "b_admin", "b_clerk", "s_admin", "s_clerk"}

    async def test_platform_operator_reads_any_shop(self, api, tenants, admin_token):
        await create_staff(api, admin_token, "ops", "platform_operator")
        ops = await api.staff("ops", PASSWORD)

        responses = [await api.get(f"/api/v1/admin/shops/{t['shop_id']}", token=ops) for t in tenants.values()]

        assert [r.status for r in responses] == [200, 200, 200]

    async def test_platform_admin_filters_staff_by_shop(self, api, tenants, admin_token):
        b = tenants["b"]

        response = await api.get(f"/api/v1/admin/staff?shop_id={b['shop_id']}", token=admin_token)

        assert sorted(s["username"] for s in response.json["items"]) == ["b_admin", "b_clerk"]
        assert {s["shop"]["id"] for s in response.json["items"]} == {b["shop_id"]}

    async def test_platform_admin_disables_any_shops_staff(self, api, tenants, admin_token):
        b = tenants["b"]

        response = await api.put(f"/api/v1/admin/staff/{b['clerk']['id']}/status", token=admin_token,
                                 json={"status": "disabled"})

        assert response.status == 200
        assert response.json["status"] == "disabled"
