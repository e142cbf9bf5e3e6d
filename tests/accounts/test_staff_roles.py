"""PLT-12: staff accounts and role-based permissions, platform and shop side."""

from __future__ import annotations

import pytest

from tests.conftest import Api

pytestmark = pytest.mark.feature("PLT-12")

PASSWORD = "Staff12345"


async def create_shop(api: Api, token: str, name: str, kind: str = "merchant") -> dict:
    response = await api.post("/api/v1/admin/shops/", token=token, json={"kind": kind, "name": name})
    assert response.status == 201, response
    return response.json


async def create_staff(api: Api, token: str, username: str, role_code: str, shop_id: int | None = None) -> dict:
    body = {"username": username, "name": username, "password": PASSWORD, "role_code": role_code}
    if shop_id is not None:
        body["shop_id"] = shop_id
    response = await api.post("/api/v1/admin/staff", token=token, json=body)
    assert response.status == 201, response
    return response.json


async def create_role(api: Api, token: str, code: str, permissions: list[str], scope: str = "platform"):
    return await api.post("/api/v1/admin/roles", token=token,
                          json={"code": code, "name": code, "scope": scope, "permissions": permissions})


async def role_id(api: Api, token: str, code: str) -> int:
    roles = (await api.get("/api/v1/admin/roles", token=token)).json["items"]
    return next(r["id"] for r in roles if r["code"] == code)


@pytest.fixture
async def merchant(api: Api, admin_token: str) -> dict:
    """A merchant with its admin logged in: {"shop", "staff", "token"}."""
    shop = await create_shop(api, admin_token, "一号商家")
    staff = await create_staff(api, admin_token, "m1_admin", "merchant_admin", shop["id"])
    return {"shop": shop, "staff": staff, "token": await api.staff("m1_admin", PASSWORD)}


class TestPermissionCatalogue:
    async def test_admin_sees_every_permission_with_its_name(self, api, admin_token):
        response = await api.get("/api/v1/admin/permissions", token=admin_token)

        assert response.status == 200
        codes = {p["code"] for p in response.json["items"]}
        assert {"staff:manage", "roles:manage", "customers:view", "shops:view"} <= codes
        assert all(p["name"] and p["group"] for p in response.json["items"])

    async def test_builtin_roles_are_listed(self, api, admin_token):
        roles = (await api.get("/api/v1/admin/roles", token=admin_token)).json["items"]

        builtin = {r["code"] for r in roles if r["builtin"]}
        assert {"platform_admin", "platform_operator", "merchant_admin", "merchant_staff"} <= builtin


class TestCreateRole:
    async def test_admin_creates_a_role_with_chosen_permissions(self, api, admin_token):
        response = await create_role(api, admin_token, "member_viewer", ["customers:view", "shops:view"])

        assert response.status == 201
        assert response.json["permissions"] == ["customers:view", "shops:view"]
        assert response.json["builtin"] is False
        assert "member_viewer" in {r["code"] for r in (await api.get("/api/v1/admin/roles", token=admin_token))
                                   .json["items"]}

    async def test_unknown_permission_is_refused(self, api, admin_token):
        response = await create_role(api, admin_token, "bogus_role", ["customers:view", "rockets:launch"])

        assert response.status == 422
        assert response.error_code == "unknown_permission"
        assert "rockets:launch" in response.fields["permissions"]

    async def test_shop_role_cannot_hold_a_platform_permission(self, api, admin_token):
        response = await create_role(api, admin_token, "greedy_clerk", ["orders:view", "customers:view"],
                                     scope="merchant")

        assert response.status == 422
        assert response.error_code == "role_scope_mismatch"
        assert "customers:view" in response.fields["permissions"]

    async def test_role_code_is_unique(self, api, admin_token):
        await create_role(api, admin_token, "member_viewer", ["customers:view"])

        again = await create_role(api, admin_token, "member_viewer", ["shops:view"])

        assert again.status == 409
        assert again.error_code == "role_code_taken"

    async def test_shop_admin_cannot_create_roles(self, api, merchant):
        response = await create_role(api, merchant["token"], "shop_clerk", ["orders:view"], scope="merchant")

        assert response.status == 403
        assert response.error_code == "permission_denied"


class TestCustomRoleInUse:
    async def test_staff_can_call_exactly_what_the_role_allows(self, api, admin_token):
        await create_role(api, admin_token, "member_viewer", ["customers:view"])
        await create_staff(api, admin_token, "viewer", "member_viewer")
        token = await api.staff("viewer", PASSWORD)

        allowed = await api.get("/api/v1/admin/customers", token=token)
        denied = [
            await api.get("/api/v1/admin/staff", token=token),
            await api.get("/api/v1/admin/shops/", token=token),
            await api.get("/api/v1/admin/settings/accounts", token=token),
            await create_role(api, token, "sneaky_role", ["staff:manage"]),
        ]

        assert allowed.status == 200
        assert [r.status for r in denied] == [403] * 4
        assert {r.error_code for r in denied} == {"permission_denied"}

    async def test_changing_the_role_takes_effect_on_the_next_request(self, api, admin_token):
        await create_role(api, admin_token, "member_viewer", ["customers:view"])
        await create_staff(api, admin_token, "viewer", "member_viewer")
        token = await api.staff("viewer", PASSWORD)

        updated = await api.put(f"/api/v1/admin/roles/{await role_id(api, admin_token, 'member_viewer')}",
                                token=admin_token, json={"permissions": ["staff:manage"]})

        assert updated.status == 200
        assert updated.json["permissions"] == ["staff:manage"]
        assert (await api.get("/api/v1/admin/customers", token=token)).status == 403
        assert (await api.get("/api/v1/admin/staff", token=token)).status == 200
        assert (await api.get("/api/v1/staff/me", token=token)).json["permissions"] == ["staff:manage"]

    async def test_updating_with_an_unknown_permission_changes_nothing(self, api, admin_token):
        await create_role(api, admin_token, "member_viewer", ["customers:view"])
        path = f"/api/v1/admin/roles/{await role_id(api, admin_token, 'member_viewer')}"

        response = await api.put(path, token=admin_token, json={"permissions": ["rockets:launch"]})

        assert response.status == 422
        assert response.error_code == "unknown_permission"
        roles = (await api.get("/api/v1/admin/roles", token=admin_token)).json["items"]
        assert next(r for r in roles if r["code"] == "member_viewer")["permissions"] == ["customers:view"]

    async def test_builtin_roles_cannot_be_edited(self, api, admin_token):
        path = f"/api/v1/admin/roles/{await role_id(api, admin_token, 'merchant_staff')}"

        response = await api.put(path, token=admin_token, json={"permissions": ["orders:view"]})

        assert response.status == 409
        assert response.error_code == "role_builtin"

    async def test_unknown_role_is_not_found(self, api, admin_token):
        response = await api.put("/api/v1/admin/roles/999999", token=admin_token, json={"permissions": []})

        assert response.status == 404
        assert response.error_code == "role_not_found"


class TestNoOneGrantsMoreThanTheyHold:
    async def test_staff_manager_cannot_create_an_account_more_powerful_than_themselves(self, api, admin_token):
        await create_role(api, admin_token, "staff_hr", ["staff:manage"])
        await create_staff(api, admin_token, "hr1", "staff_hr")
        hr = await api.staff("hr1", PASSWORD)

        response = await api.post("/api/v1/admin/staff", token=hr, json={
            "username": "boss2", "name": "老板", "password": PASSWORD, "role_code": "platform_admin"})

        assert response.status == 403
        assert response.error_code == "permission_denied"
        assert (await api.post("/api/v1/staff/auth/login",
                               json={"username": "boss2", "password": PASSWORD})).status == 401

    async def test_staff_manager_can_create_accounts_within_their_own_permissions(self, api, admin_token):
        await create_role(api, admin_token, "staff_hr", ["staff:manage"])
        await create_role(api, admin_token, "hr_assistant", ["staff:manage"])
        await create_staff(api, admin_token, "hr1", "staff_hr")
        hr = await api.staff("hr1", PASSWORD)

        response = await api.post("/api/v1/admin/staff", token=hr, json={
            "username": "hr2", "name": "助理", "password": PASSWORD, "role_code": "hr_assistant"})

        assert response.status == 201

    async def test_staff_manager_cannot_disable_a_more_powerful_account(self, api, admin_token):
        await create_role(api, admin_token, "staff_hr", ["staff:manage"])
        await create_staff(api, admin_token, "hr1", "staff_hr")
        hr = await api.staff("hr1", PASSWORD)
        boss = (await api.get("/api/v1/staff/me", token=admin_token)).json

        response = await api.put(f"/api/v1/admin/staff/{boss['id']}/status", token=hr, json={"status": "disabled"})

        assert response.status == 403
        assert response.error_code == "permission_denied"
        assert (await api.get("/api/v1/staff/me", token=admin_token)).status == 200

    async def test_shop_clerk_trusted_with_staff_cannot_create_a_shop_admin(self, api, admin_token, merchant):
        await create_role(api, admin_token, "shop_hr", ["staff:manage"], scope="merchant")
        await create_staff(api, merchant["token"], "m1_hr", "shop_hr")
        shop_hr = await api.staff("m1_hr", PASSWORD)

        response = await api.post("/api/v1/admin/staff", token=shop_hr, json={
            "username": "m1_boss2", "name": "店长", "password": PASSWORD, "role_code": "merchant_admin"})

        assert response.status == 403
        assert response.error_code == "permission_denied"

    async def test_role_manager_cannot_give_a_role_permissions_they_lack(self, api, admin_token):
        await create_role(api, admin_token, "role_keeper", ["roles:manage", "staff:manage"])
        await create_staff(api, admin_token, "keeper", "role_keeper")
        keeper = await api.staff("keeper", PASSWORD)
        path = f"/api/v1/admin/roles/{await role_id(api, admin_token, 'role_keeper')}"

        own_role = await api.put(path, token=keeper, json={"permissions": ["roles:manage", "settings:manage"]})
        new_role = await create_role(api, keeper, "almighty", ["roles:manage", "settings:manage"])

        assert own_role.status == new_role.status == 403
        assert own_role.error_code == new_role.error_code == "permission_denied"
        assert (await api.get("/api/v1/admin/settings/accounts", token=keeper)).status == 403


class TestCreateStaff:
    async def test_platform_admin_creates_shop_staff_for_a_chosen_shop(self, api, admin_token):
        shop = await create_shop(api, admin_token, "一号商家")

        staff = await create_staff(api, admin_token, "clerk", "merchant_staff", shop["id"])

        assert staff["shop"] == {"id": shop["id"], "name": "一号商家", "kind": "merchant"}
        assert staff["role"]["code"] == "merchant_staff"
        assert staff["status"] == "active"
        assert "password" not in staff and "password_hash" not in staff

    async def test_shop_role_needs_a_shop_of_the_same_kind(self, api, admin_token):
        supplier = await create_shop(api, admin_token, "一号供应商", kind="supplier")
        body = {"username": "clerk", "name": "店员", "password": PASSWORD, "role_code": "merchant_staff"}

        without_shop = await api.post("/api/v1/admin/staff", token=admin_token, json=body)
        wrong_kind = await api.post("/api/v1/admin/staff", token=admin_token, json={**body, "shop_id": supplier["id"]})

        assert without_shop.status == wrong_kind.status == 422
        assert without_shop.error_code == wrong_kind.error_code == "role_scope_mismatch"

    async def test_platform_role_belongs_to_no_shop(self, api, admin_token):
        shop = await create_shop(api, admin_token, "一号商家")

        response = await api.post("/api/v1/admin/staff", token=admin_token, json={
            "username": "ops", "name": "运营", "password": PASSWORD, "role_code": "platform_operator",
            "shop_id": shop["id"]})

        assert response.status == 422
        assert "shop_id" in response.fields

    async def test_username_is_unique(self, api, admin_token):
        await create_staff(api, admin_token, "ops", "platform_operator")

        again = await api.post("/api/v1/admin/staff", token=admin_token, json={
            "username": "ops", "name": "运营", "password": PASSWORD, "role_code": "platform_operator"})

        assert again.status == 409
        assert again.error_code == "username_taken"

    async def test_unknown_role_and_weak_password_are_refused(self, api, admin_token):
        unknown_role = await api.post("/api/v1/admin/staff", token=admin_token, json={
            "username": "ops", "name": "运营", "password": PASSWORD, "role_code": "wizard"})
        weak = await api.post("/api/v1/admin/staff", token=admin_token, json={
            "username": "ops", "name": "运营", "password": "password", "role_code": "platform_operator"})

        assert unknown_role.status == weak.status == 422
        assert unknown_role.error_code == "role_not_found"
        assert "password" in weak.fields

    async def test_new_staff_logs_in_and_sees_their_account(self, api, admin_token):
        await create_staff(api, admin_token, "ops", "platform_operator")

        login = await api.post("/api/v1/staff/auth/login", json={"username": "ops", "password": PASSWORD})

        assert login.status == 200
        assert login.json["staff"]["username"] == "ops"
        me = await api.get("/api/v1/staff/me", token=login.json["token"])
        assert me.json["role"]["code"] == "platform_operator"
        assert me.json["last_login_at"] is not None

    async def test_wrong_password_and_unknown_username_get_the_same_answer(self, api, admin_token):
        await create_staff(api, admin_token, "ops", "platform_operator")

        wrong = await api.post("/api/v1/staff/auth/login", json={"username": "ops", "password": "Wrong12345"})
        unknown = await api.post("/api/v1/staff/auth/login", json={"username": "nobody", "password": PASSWORD})

        assert wrong.status == unknown.status == 401
        assert wrong.json == unknown.json
        assert wrong.error_code == "invalid_credentials"


class TestShopAdminManagesOwnStaff:
    async def test_staff_created_by_a_shop_admin_belongs_to_their_shop(self, api, admin_token, merchant):
        other = await create_shop(api, admin_token, "二号商家")

        staff = await create_staff(api, merchant["token"], "m1_clerk", "merchant_staff", other["id"])

        assert staff["shop"]["id"] == merchant["shop"]["id"]

    async def test_shop_admin_cannot_create_platform_staff(self, api, merchant):
        response = await api.post("/api/v1/admin/staff", token=merchant["token"], json={
            "username": "evil_ops", "name": "运营", "password": PASSWORD, "role_code": "platform_admin"})

        assert response.status == 422
        assert response.error_code == "role_scope_mismatch"
        assert "role_code" in response.fields

    async def test_merchant_admin_cannot_hand_out_supplier_roles(self, api, merchant):
        response = await api.post("/api/v1/admin/staff", token=merchant["token"], json={
            "username": "m1_supplier", "name": "员工", "password": PASSWORD, "role_code": "supplier_staff"})

        assert response.status == 422
        assert response.error_code == "role_scope_mismatch"

    async def test_shop_admin_lists_only_their_shops_staff(self, api, admin_token, merchant):
        other = await create_shop(api, admin_token, "二号商家")
        await create_staff(api, admin_token, "m2_admin", "merchant_admin", other["id"])
        await create_staff(api, merchant["token"], "m1_clerk", "merchant_staff")

        listed = await api.get("/api/v1/admin/staff", token=merchant["token"])
        asked_for_other = await api.get(f"/api/v1/admin/staff?shop_id={other['id']}", token=merchant["token"])

        assert sorted(s["username"] for s in listed.json["items"]) == ["m1_admin", "m1_clerk"]
        assert listed.json["total"] == 2
        assert asked_for_other.json["items"] == []

    async def test_shop_admin_sees_only_roles_for_their_kind_of_shop(self, api, merchant):
        roles = (await api.get("/api/v1/admin/roles", token=merchant["token"])).json["items"]

        assert roles
        assert {r["scope"] for r in roles} == {"merchant"}

    async def test_shop_staff_cannot_manage_staff(self, api, merchant):
        await create_staff(api, merchant["token"], "m1_clerk", "merchant_staff")
        clerk = await api.staff("m1_clerk", PASSWORD)

        response = await api.get("/api/v1/admin/staff", token=clerk)

        assert response.status == 403
        assert response.error_code == "permission_denied"


class TestStaffStatus:
    async def test_disabling_staff_ends_their_sessions_and_blocks_login(self, api, admin_token):
        staff = await create_staff(api, admin_token, "ops", "platform_operator")
        token = await api.staff("ops", PASSWORD)

        disabled = await api.put(f"/api/v1/admin/staff/{staff['id']}/status", token=admin_token,
                                 json={"status": "disabled"})

        assert disabled.status == 200
        assert disabled.json["status"] == "disabled"
        assert (await api.get("/api/v1/staff/me", token=token)).status == 401
        login = await api.post("/api/v1/staff/auth/login", json={"username": "ops", "password": PASSWORD})
        assert login.status == 403
        assert login.error_code == "account_disabled"

    async def test_enabled_again_staff_logs_in_but_old_sessions_stay_ended(self, api, admin_token):
        staff = await create_staff(api, admin_token, "ops", "platform_operator")
        old_token = await api.staff("ops", PASSWORD)
        path = f"/api/v1/admin/staff/{staff['id']}/status"
        await api.put(path, token=admin_token, json={"status": "disabled"})

        await api.put(path, token=admin_token, json={"status": "active"})

        assert (await api.get("/api/v1/staff/me", token=old_token)).status == 401
        assert (await api.get("/api/v1/staff/me", token=await api.staff("ops", PASSWORD))).status == 200

    async def test_shop_admin_disables_their_own_clerk(self, api, merchant):
        clerk = await create_staff(api, merchant["token"], "m1_clerk", "merchant_staff")
        clerk_token = await api.staff("m1_clerk", PASSWORD)

        response = await api.put(f"/api/v1/admin/staff/{clerk['id']}/status", token=merchant["token"],
                                 json={"status": "disabled"})

        assert response.status == 200
        assert (await api.get("/api/v1/staff/me", token=clerk_token)).status == 401

    async def test_staff_cannot_disable_themselves(self, api, admin_token):
        me = (await api.get("/api/v1/staff/me", token=admin_token)).json

        response = await api.put(f"/api/v1/admin/staff/{me['id']}/status", token=admin_token,
                                 json={"status": "disabled"})

        assert response.status == 409
        assert response.error_code == "cannot_disable_self"
        assert (await api.get("/api/v1/staff/me", token=admin_token)).status == 200

    async def test_unknown_status_is_refused(self, api, admin_token):
        staff = await create_staff(api, admin_token, "ops", "platform_operator")

        response = await api.put(f"/api/v1/admin/staff/{staff['id']}/status", token=admin_token,
                                 json={"status": "banished"})

        assert response.status == 422
        assert "status" in response.fields


class TestStaffLogout:
    async def test_logout_ends_the_session(self, api, admin_token):
        response = await api.post("/api/v1/staff/auth/logout", token=admin_token)

        assert response.status == 204
        me = await api.get("/api/v1/staff/me", token=admin_token)
        assert me.status == 401
        assert me.error_code == "token_invalid"

    async def test_logout_ends_only_that_session(self, api, admin_token):
        other_session = await api.staff("admin", "Admin12345")

        await api.post("/api/v1/staff/auth/logout", token=admin_token)

        assert (await api.get("/api/v1/staff/me", token=other_session)).status == 200
