"""MEM-2: the shopper's own profile, WeChat binding, changing phone and password."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.conftest import Api, make_settings, wait_sms_cooldown

pytestmark = pytest.mark.feature("MEM-2")

PHONE = "13912345678"
NEW_PHONE = "13687654321"
PASSWORD = "Passw0rd1"


@pytest.fixture
def settings(settings, tmp_path):
    """A one-second gap between two codes to one phone, so a journey can use several codes."""
    return make_settings(tmp_path, settings.database_url, rate_limit_sms_interval_seconds=1)


async def registered(api: Api, phone: str = PHONE, password: str = PASSWORD) -> str:
    code = await api.sms_code(phone, "register")
    response = await api.post("/api/v1/auth/register", json={"phone": phone, "code": code, "password": password})
    assert response.status == 201, response
    return response.json["token"]


async def wechat_user(api: Api, code: str = "wx-code-1") -> str:
    response = await api.post("/api/v1/auth/login/wechat", json={"code": code})
    assert response.status == 200, response
    return response.json["token"]


async def login_by_password(api: Api, phone: str = PHONE, password: str = PASSWORD):
    return await api.post("/api/v1/auth/login/password", json={"phone": phone, "password": password})


class TestReadProfile:
    async def test_shopper_sees_their_own_profile(self, api):
        token = await api.consumer(PHONE)

        response = await api.get("/api/v1/me", token=token)

        assert response.status == 200
        profile = response.json
        assert profile["phone"] == PHONE
        assert profile["nickname"] == "用户5678"
        assert profile["status"] == "active"
        assert profile["has_password"] is False
        assert profile["wechat_bound"] is False
        assert "password_hash" not in profile

    async def test_profile_needs_a_login(self, api):
        response = await api.get("/api/v1/me")

        assert response.status == 401
        assert response.error_code == "not_authenticated"


class TestUpdateProfile:
    async def test_shopper_updates_their_details(self, api):
        token = await api.consumer(PHONE)
        changes = {"nickname": "小红", "avatar": "https://img.example.com/a.png", "real_name": "李红",
                   "gender": "female", "birthday": "1990-05-20", "region": "浙江省 杭州市 西湖区"}

        response = await api.patch("/api/v1/me", token=token, json=changes)

        assert response.status == 200
        assert {k: response.json[k] for k in changes} == changes
        assert {k: v for k, v in (await api.get("/api/v1/me", token=token)).json.items() if k in changes} == changes

    async def test_fields_left_out_stay_as_they_were(self, api):
        token = await api.consumer(PHONE)
        await api.patch("/api/v1/me", token=token, json={"nickname": "小红", "region": "上海市"})

        response = await api.patch("/api/v1/me", token=token, json={"region": "北京市"})

        assert response.json["nickname"] == "小红"
        assert response.json["region"] == "北京市"

    async def test_unknown_field_is_refused_and_nothing_changes(self, api):
        token = await api.consumer(PHONE)

        response = await api.patch("/api/v1/me", token=token, json={"nickname": "小红", "phone": NEW_PHONE})

        assert response.status == 422
        assert "phone" in response.fields
        profile = (await api.get("/api/v1/me", token=token)).json
        assert profile["phone"] == PHONE
        assert profile["nickname"] == "用户5678"

    async def test_birthday_in_the_future_is_refused(self, api):
        token = await api.consumer(PHONE)
        tomorrow = (date.today() + timedelta(days=2)).isoformat()

        response = await api.patch("/api/v1/me", token=token, json={"birthday": tomorrow})

        assert response.status == 422
        assert "birthday" in response.fields
        assert (await api.get("/api/v1/me", token=token)).json["birthday"] is None

    async def test_bad_values_name_each_field(self, api):
        token = await api.consumer(PHONE)

        response = await api.patch("/api/v1/me", token=token,
                                   json={"nickname": "", "gender": "robot", "birthday": "not-a-date"})

        assert response.status == 422
        assert {"nickname", "gender", "birthday"} <= response.fields.keys()

    async def test_staff_token_cannot_use_the_shopper_profile(self, api, admin_token):
        response = await api.patch("/api/v1/me", token=admin_token, json={"nickname": "x"})

        assert response.status == 403
        assert response.error_code == "permission_denied"


class TestBindWechat:
    async def test_phone_account_binds_wechat_and_then_logs_in_with_it(self, api):
        token = await api.consumer(PHONE)

        bound = await api.post("/api/v1/me/wechat", token=token, json={"code": "wx-code-1"})
        login = await api.post("/api/v1/auth/login/wechat", json={"code": "wx-code-1"})

        assert bound.status == 200
        assert bound.json["wechat_bound"] is True
        assert login.status == 200
        assert login.json["is_new"] is False
        assert login.json["user"]["phone"] == PHONE

    async def test_binding_the_same_wechat_twice_is_harmless(self, api):
        token = await api.consumer(PHONE)
        await api.post("/api/v1/me/wechat", token=token, json={"code": "wx-code-1"})

        again = await api.post("/api/v1/me/wechat", token=token, json={"code": "wx-code-1"})

        assert again.status == 200
        assert again.json["wechat_bound"] is True

    async def test_wechat_bound_to_another_account_cannot_be_bound(self, api):
        await wechat_user(api, "wx-code-1")
        token = await api.consumer(PHONE)

        response = await api.post("/api/v1/me/wechat", token=token, json={"code": "wx-code-1"})

        assert response.status == 409
        assert response.error_code == "wechat_already_bound"
        assert (await api.get("/api/v1/me", token=token)).json["wechat_bound"] is False

    async def test_an_account_already_bound_to_a_wechat_cannot_bind_a_second_one(self, api):
        token = await api.consumer(PHONE)
        await api.post("/api/v1/me/wechat", token=token, json={"code": "wx-code-1"})

        second = await api.post("/api/v1/me/wechat", token=token, json={"code": "wx-code-2"})

        assert second.status == 409 and second.error_code == "wechat_already_bound"
        login = await api.post("/api/v1/auth/login/wechat", json={"code": "wx-code-2"})
        assert login.json["user"]["phone"] is None  # that WeChat is still its own, new account

    async def test_code_wechat_refuses_is_a_clear_error(self, api):
        token = await api.consumer(PHONE)

        response = await api.post("/api/v1/me/wechat", token=token, json={"code": "invalid"})

        assert response.status == 422
        assert response.error_code == "wechat_login_failed"


class TestUnbindWechat:
    async def test_account_with_a_phone_unbinds_wechat(self, api):
        token = await api.consumer(PHONE)
        await api.post("/api/v1/me/wechat", token=token, json={"code": "wx-code-1"})

        response = await api.delete("/api/v1/me/wechat", token=token)

        assert response.status == 200
        assert response.json["wechat_bound"] is False
        login = await api.post("/api/v1/auth/login/wechat", json={"code": "wx-code-1"})
        assert login.json["is_new"] is True
        assert login.json["user"]["phone"] is None

    async def test_wechat_only_account_cannot_unbind_its_last_way_in(self, api):
        token = await wechat_user(api)

        response = await api.delete("/api/v1/me/wechat", token=token)

        assert response.status == 409
        assert response.error_code == "cannot_unbind_last_login"
        assert (await api.get("/api/v1/me", token=token)).json["wechat_bound"] is True

    async def test_unbinding_without_wechat_is_a_conflict(self, api):
        token = await api.consumer(PHONE)

        response = await api.delete("/api/v1/me/wechat", token=token)

        assert response.status == 409
        assert response.error_code == "wechat_not_bound"


class TestChangePhone:
    async def test_phone_is_changed_with_a_code_sent_to_the_new_number(self, api):
        token = await registered(api)
        code = await api.sms_code(NEW_PHONE, "change_phone")

        response = await api.post("/api/v1/me/phone", token=token, json={"new_phone": NEW_PHONE, "code": code})

        assert response.status == 200
        assert response.json["phone"] == NEW_PHONE
        assert (await login_by_password(api, phone=NEW_PHONE)).status == 200
        assert (await login_by_password(api, phone=PHONE)).status == 401

    async def test_wechat_only_account_adds_a_phone_and_can_then_unbind(self, api):
        token = await wechat_user(api)
        code = await api.sms_code(NEW_PHONE, "change_phone")

        changed = await api.post("/api/v1/me/phone", token=token, json={"new_phone": NEW_PHONE, "code": code})
        unbound = await api.delete("/api/v1/me/wechat", token=token)

        assert changed.json["phone"] == NEW_PHONE
        assert unbound.status == 200

    async def test_phone_of_another_account_is_taken(self, api):
        await registered(api, NEW_PHONE)
        token = await registered(api, PHONE)
        await wait_sms_cooldown()
        code = await api.sms_code(NEW_PHONE, "change_phone")

        response = await api.post("/api/v1/me/phone", token=token, json={"new_phone": NEW_PHONE, "code": code})

        assert response.status == 409
        assert response.error_code == "phone_taken"
        assert (await api.get("/api/v1/me", token=token)).json["phone"] == PHONE

    async def test_wrong_code_leaves_the_phone_unchanged(self, api):
        token = await registered(api)
        code = await api.sms_code(NEW_PHONE, "change_phone")
        wrong = f"{(int(code) + 1) % 1_000_000:06d}"

        response = await api.post("/api/v1/me/phone", token=token, json={"new_phone": NEW_PHONE, "code": wrong})

        assert response.status == 422
        assert response.error_code == "sms_code_invalid"
        assert (await api.get("/api/v1/me", token=token)).json["phone"] == PHONE


class TestChangePassword:
    async def test_old_password_changes_it_and_signs_out_other_sessions(self, api):
        first = await registered(api)
        second = (await login_by_password(api)).json["token"]

        response = await api.post("/api/v1/me/password", token=first,
                                  json={"old_password": PASSWORD, "new_password": "N3wPassword"})

        assert response.status == 200
        new_token = response.json["token"]
        assert (await api.get("/api/v1/me", token=new_token)).status == 200
        assert (await api.get("/api/v1/me", token=first)).status == 401
        assert (await api.get("/api/v1/me", token=second)).status == 401
        assert (await login_by_password(api)).status == 401
        assert (await login_by_password(api, password="N3wPassword")).status == 200

    async def test_wrong_old_password_changes_nothing(self, api):
        token = await registered(api)

        response = await api.post("/api/v1/me/password", token=token,
                                  json={"old_password": "Wrong0pass", "new_password": "N3wPassword"})

        assert response.status == 422
        assert "old_password" in response.fields
        assert (await api.get("/api/v1/me", token=token)).status == 200
        assert (await login_by_password(api)).status == 200

    async def test_sms_code_sets_a_password_for_an_account_without_one(self, api):
        old_token = await api.consumer(PHONE)
        await wait_sms_cooldown()
        code = await api.sms_code(PHONE, "reset_password")

        response = await api.post("/api/v1/me/password", token=old_token,
                                  json={"sms_code": code, "new_password": "N3wPassword"})

        assert response.status == 200
        assert response.json["user"]["has_password"] is True
        assert (await api.get("/api/v1/me", token=response.json["token"])).status == 200
        assert (await api.get("/api/v1/me", token=old_token)).status == 401
        assert (await login_by_password(api, password="N3wPassword")).status == 200

    async def test_neither_old_password_nor_code_is_refused(self, api):
        token = await registered(api)

        response = await api.post("/api/v1/me/password", token=token, json={"new_password": "N3wPassword"})

        assert response.status == 422
        assert (await login_by_password(api)).status == 200

    async def test_weak_new_password_is_refused(self, api):
        token = await registered(api)

        response = await api.post("/api/v1/me/password", token=token,
                                  json={"old_password": PASSWORD, "new_password": "short"})

        assert response.status == 422
        assert "new_password" in response.fields
        assert (await api.get("/api/v1/me", token=token)).status == 200
