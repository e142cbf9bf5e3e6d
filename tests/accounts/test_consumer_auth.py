"""MEM-1: shoppers register and log in by SMS code, password or WeChat; reset; account audit."""

from __future__ import annotations

import uuid

import pytest

from backend.app import create_app
from tests.conftest import Api, make_settings, wait_sms_cooldown
from tests.fakes.wechat import FakeWechatServer

pytestmark = pytest.mark.feature("MEM-1")

PHONE = "13912345678"
OTHER_PHONE = "13987654321"
PASSWORD = "Passw0rd1"
APPID, SECRET = "wx-test-appid", "test-secret"


@pytest.fixture
def settings(settings, tmp_path):
    """A one-second gap between two codes to one phone, so a journey can use several codes."""
    return make_settings(tmp_path, settings.database_url, rate_limit_sms_interval_seconds=1)


@pytest.fixture
async def build_api(settings, db, tmp_path):
    """Apps with other settings on the same database (one at a time: each one becomes current)."""
    apps = []

    async def build(**overrides) -> Api:
        app = create_app(make_settings(tmp_path, settings.database_url, **overrides),
                         with_database=False, name=f"shop_{uuid.uuid4().hex[:8]}")
        if app.ctx.settings.redis_url and not apps:
            await app.ctx.cache.redis.flushdb()
        apps.append(app)
        return Api(app)

    yield build
    for app in apps:
        await app.ctx.cache.close()


async def register(api: Api, phone: str = PHONE, password: str | None = PASSWORD, **extra):
    code = await api.sms_code(phone, "register")
    body = {"phone": phone, "code": code, **extra}
    if password is not None:
        body["password"] = password
    return await api.post("/api/v1/auth/register", json=body)


async def login_by_password(api: Api, phone: str = PHONE, password: str = PASSWORD):
    return await api.post("/api/v1/auth/login/password", json={"phone": phone, "password": password})


async def login_by_sms(api: Api, phone: str = PHONE):
    code = await api.sms_code(phone, "login")
    return await api.post("/api/v1/auth/login/sms", json={"phone": phone, "code": code})


async def me(api: Api, token: str):
    return await api.get("/api/v1/me", token=token)


class TestSendSmsCode:
    async def test_code_is_sent_to_the_phone_and_its_lifetime_returned(self, api, app):
        response = await api.post("/api/v1/auth/sms-codes", json={"phone": PHONE, "purpose": "login"})

        assert response.status == 201
        assert response.json == {"expires_in": 300}
        message = app.ctx.runtime.sms.last_to(PHONE)
        assert message.params["code"].isdigit() and len(message.params["code"]) == 6
        assert message.params["code"] in message.text

    async def test_malformed_phone_is_refused_with_the_field_named(self, api, app):
        response = await api.post("/api/v1/auth/sms-codes", json={"phone": "12345", "purpose": "login"})

        assert response.status == 422
        assert response.error_code == "validation_failed"
        assert "phone" in response.fields
        assert len(app.ctx.runtime.sms.outbox) == 0

    async def test_unknown_purpose_is_refused(self, api):
        response = await api.post("/api/v1/auth/sms-codes", json={"phone": PHONE, "purpose": "hack"})

        assert response.status == 422
        assert "purpose" in response.fields


class TestLoginBySms:
    async def test_unknown_phone_is_registered_on_first_login_and_recognised_after(self, api):
        first = await login_by_sms(api)
        await wait_sms_cooldown()
        second = await login_by_sms(api)

        assert first.status == 200 and second.status == 200
        assert first.json["is_new"] is True
        assert second.json["is_new"] is False
        assert first.json["user"]["id"] == second.json["user"]["id"]
        assert first.json["user"]["phone"] == PHONE
        assert first.json["user"]["status"] == "active"
        assert (await me(api, second.json["token"])).json["phone"] == PHONE

    async def test_wrong_code_is_refused(self, api):
        code = await api.sms_code(PHONE, "login")
        wrong = f"{(int(code) + 1) % 1_000_000:06d}"

        response = await api.post("/api/v1/auth/login/sms", json={"phone": PHONE, "code": wrong})

        assert response.status == 422
        assert response.error_code == "sms_code_invalid"
        assert "code" in response.fields

    async def test_a_code_works_only_once(self, api):
        code = await api.sms_code(PHONE, "login")
        body = {"phone": PHONE, "code": code}

        assert (await api.post("/api/v1/auth/login/sms", json=body)).status == 200
        again = await api.post("/api/v1/auth/login/sms", json=body)

        assert again.status == 422
        assert again.error_code == "sms_code_expired"

    async def test_after_five_wrong_codes_even_the_right_code_fails(self, api):
        code = await api.sms_code(PHONE, "login")
        wrong = f"{(int(code) + 1) % 1_000_000:06d}"
        for _ in range(5):
            response = await api.post("/api/v1/auth/login/sms", json={"phone": PHONE, "code": wrong})
            assert response.error_code == "sms_code_invalid"

        response = await api.post("/api/v1/auth/login/sms", json={"phone": PHONE, "code": code})

        assert response.status == 422
        assert response.error_code == "sms_code_attempts_exceeded"

    async def test_a_newer_code_invalidates_the_older_one(self, api):
        older = await api.sms_code(PHONE, "login")
        await wait_sms_cooldown()
        newer = await api.sms_code(PHONE, "login")

        stale = await api.post("/api/v1/auth/login/sms", json={"phone": PHONE, "code": older})
        fresh = await api.post("/api/v1/auth/login/sms", json={"phone": PHONE, "code": newer})

        if older != newer:  # one chance in a million that both codes are the same six digits
            assert stale.status == 422
            assert stale.error_code in ("sms_code_invalid", "sms_code_expired")
        assert fresh.status == 200

    async def test_a_code_for_another_purpose_does_not_log_in(self, api):
        code = await api.sms_code(PHONE, "register")

        response = await api.post("/api/v1/auth/login/sms", json={"phone": PHONE, "code": code})

        assert response.status == 422
        assert response.error_code == "sms_code_expired"

    async def test_a_code_past_its_lifetime_is_refused(self, build_api):
        api = await build_api(sms_code_ttl_seconds=0)
        code = await api.sms_code(PHONE, "login")

        response = await api.post("/api/v1/auth/login/sms", json={"phone": PHONE, "code": code})

        assert response.status == 422
        assert response.error_code == "sms_code_expired"


class TestRegister:
    async def test_register_with_password_then_log_in_with_it(self, api):
        registered = await register(api, nickname="小明")

        assert registered.status == 201
        assert registered.json["is_new"] is True
        assert registered.json["user"]["nickname"] == "小明"
        assert registered.json["user"]["has_password"] is True
        login = await login_by_password(api)
        assert login.status == 200
        assert login.json["is_new"] is False
        assert login.json["user"]["id"] == registered.json["user"]["id"]

    async def test_registered_phone_cannot_register_again(self, api):
        assert (await register(api)).status == 201
        await wait_sms_cooldown()

        again = await register(api)

        assert again.status == 409
        assert again.error_code == "phone_taken"
        assert "phone" in again.fields

    async def test_weak_password_is_refused_with_the_field_named(self, api):
        response = await register(api, password="12345678")

        assert response.status == 422
        assert "password" in response.fields
        assert (await login_by_password(api, password="12345678")).status == 401


class TestLoginByPassword:
    async def test_wrong_password_is_refused(self, api):
        await register(api)

        response = await login_by_password(api, password="Wrong0pass")

        assert response.status == 401
        assert response.error_code == "invalid_credentials"

    async def test_unknown_phone_gets_the_same_answer_as_a_wrong_password(self, api):
        await register(api)

        wrong = await login_by_password(api, password="Wrong0pass")
        unknown = await login_by_password(api, phone=OTHER_PHONE)

        assert unknown.status == wrong.status == 401
        assert unknown.json == wrong.json

    async def test_account_without_password_cannot_log_in_by_password(self, api):
        await login_by_sms(api)

        response = await login_by_password(api)

        assert response.status == 401
        assert response.error_code == "invalid_credentials"

    async def test_password_login_can_be_switched_off(self, api, admin_token):
        await register(api)
        switched = await api.put("/api/v1/admin/settings/accounts", token=admin_token,
                                 json={"allow_password_login": False})
        assert switched.status == 200

        response = await login_by_password(api)

        assert response.status == 403
        assert response.error_code == "password_login_disabled"


class TestResetPassword:
    async def test_reset_by_sms_sets_the_new_password_and_signs_out_everywhere(self, api):
        old_token = (await register(api)).json["token"]
        await wait_sms_cooldown()
        code = await api.sms_code(PHONE, "reset_password")

        reset = await api.post("/api/v1/auth/password/reset",
                               json={"phone": PHONE, "code": code, "new_password": "N3wPassword"})

        assert reset.status == 204
        assert (await me(api, old_token)).status == 401
        assert (await login_by_password(api)).status == 401
        assert (await login_by_password(api, password="N3wPassword")).status == 200

    async def test_reset_needs_the_right_code(self, api):
        await register(api)
        await wait_sms_cooldown()
        await api.sms_code(PHONE, "reset_password")

        reset = await api.post("/api/v1/auth/password/reset",
                               json={"phone": PHONE, "code": "000000", "new_password": "N3wPassword"})

        assert reset.status == 422
        assert reset.error_code in ("sms_code_invalid", "sms_code_expired")
        assert (await login_by_password(api)).status == 200

    async def test_unregistered_phone_cannot_reset(self, api):
        code = await api.sms_code(PHONE, "reset_password")

        reset = await api.post("/api/v1/auth/password/reset",
                               json={"phone": PHONE, "code": code, "new_password": "N3wPassword"})

        assert reset.status == 404
        assert reset.error_code == "phone_not_registered"


class TestLogout:
    async def test_logout_ends_the_session(self, api):
        token = await api.consumer(PHONE)

        assert (await api.post("/api/v1/auth/logout", token=token)).status == 204
        response = await me(api, token)

        assert response.status == 401
        assert response.error_code == "token_invalid"


class TestLoginByWechatSandbox:
    async def test_same_code_logs_into_the_same_account(self, api):
        first = await api.post("/api/v1/auth/login/wechat", json={"code": "wx-code-1"})
        second = await api.post("/api/v1/auth/login/wechat", json={"code": "wx-code-1"})

        assert first.status == 200 and second.status == 200
        assert first.json["is_new"] is True
        assert second.json["is_new"] is False
        assert first.json["user"]["id"] == second.json["user"]["id"]
        assert first.json["user"]["wechat_bound"] is True
        assert first.json["user"]["phone"] is None

    async def test_different_codes_are_different_people(self, api):
        first = await api.post("/api/v1/auth/login/wechat", json={"code": "wx-code-1"})
        second = await api.post("/api/v1/auth/login/wechat", json={"code": "wx-code-2"})

        assert first.json["user"]["id"] != second.json["user"]["id"]

    async def test_code_wechat_refuses_is_a_clear_error(self, api):
        response = await api.post("/api/v1/auth/login/wechat", json={"code": "invalid"})

        assert response.status == 422
        assert response.error_code == "wechat_login_failed"
        assert "code" in response.fields

    async def test_empty_code_is_refused(self, api):
        response = await api.post("/api/v1/auth/login/wechat", json={"code": ""})

        assert response.status == 422
        assert "code" in response.fields


class TestLoginByWechatRealAdapter:
    """The wechatpy adapter against a fake WeChat server on loopback."""

    async def test_same_code_logs_into_the_same_account(self, build_api):
        with FakeWechatServer(appid=APPID, secret=SECRET) as fake:
            api = await build_api(wechat_appid=APPID, wechat_secret=SECRET, wechat_api_base_url=fake.base_url)

            first = await api.post("/api/v1/auth/login/wechat", json={"code": "code-123"})
            second = await api.post("/api/v1/auth/login/wechat", json={"code": "code-123"})

        assert first.status == 200, first
        assert first.json["is_new"] is True and second.json["is_new"] is False
        assert first.json["user"]["id"] == second.json["user"]["id"]
        assert fake.requests.count(("GET", "/sns/jscode2session")) == 2

    async def test_code_wechat_refuses_is_a_clear_error(self, build_api):
        with FakeWechatServer(appid=APPID, secret=SECRET) as fake:
            api = await build_api(wechat_appid=APPID, wechat_secret=SECRET, wechat_api_base_url=fake.base_url)

            bad = await api.post("/api/v1/auth/login/wechat", json={"code": "bad"})
            used = await api.post("/api/v1/auth/login/wechat", json={"code": "used"})

        assert bad.status == used.status == 422
        assert bad.error_code == used.error_code == "wechat_login_failed"
        assert "code" in bad.fields

    async def test_wechat_being_busy_is_not_blamed_on_the_code(self, build_api):
        with FakeWechatServer(appid=APPID, secret=SECRET) as fake:
            api = await build_api(wechat_appid=APPID, wechat_secret=SECRET, wechat_api_base_url=fake.base_url)

            response = await api.post("/api/v1/auth/login/wechat", json={"code": "limit"})

        assert response.status == 502
        assert response.error_code == "integration_failed"
        assert "code" not in response.fields

    async def test_unionid_links_the_same_person_in_another_app(self, build_api):
        with FakeWechatServer(appid="wx-mini", secret=SECRET) as fake:
            mini = await build_api(wechat_appid="wx-mini", wechat_secret=SECRET, wechat_api_base_url=fake.base_url)
            in_mini = await mini.post("/api/v1/auth/login/wechat", json={"code": "same-person"})
            stranger = await mini.post("/api/v1/auth/login/wechat", json={"code": "someone-else"})
        with FakeWechatServer(appid="wx-app", secret=SECRET) as fake:
            app = await build_api(wechat_appid="wx-app", wechat_secret=SECRET, wechat_api_base_url=fake.base_url)
            in_app = await app.post("/api/v1/auth/login/wechat", json={"code": "same-person"})

        assert in_app.status == 200
        assert in_app.json["is_new"] is False
        assert in_app.json["user"]["id"] == in_mini.json["user"]["id"]
        assert in_app.json["user"]["id"] != stranger.json["user"]["id"]


async def turn_on_registration_audit(api: Api, admin_token: str) -> None:
    response = await api.put("/api/v1/admin/settings/accounts", token=admin_token,
                             json={"registration_audit": True})
    assert response.status == 200
    assert response.json["registration_audit"] is True


async def audit(api: Api, admin_token: str, user_id: int, **decision):
    return await api.post(f"/api/v1/admin/customers/{user_id}/audit", token=admin_token, json=decision)


class TestAccountAudit:
    async def test_new_accounts_are_active_while_audit_is_off(self, api, admin_token):
        assert (await register(api)).json["user"]["status"] == "active"

    async def test_rejected_account_resubmits_and_is_approved(self, api, admin_token):
        await turn_on_registration_audit(api, admin_token)
        session = (await register(api)).json
        token, user_id = session["token"], session["user"]["id"]
        assert session["user"]["status"] == "pending_audit"

        no_reason = await audit(api, admin_token, user_id, approve=False)
        assert no_reason.status == 422
        assert "reason" in no_reason.fields
        assert (await me(api, token)).json["status"] == "pending_audit"

        rejected = await audit(api, admin_token, user_id, approve=False, reason="请填写真实姓名")
        assert rejected.status == 200
        assert rejected.json["status"] == "rejected"
        seen = (await me(api, token)).json
        assert seen["status"] == "rejected" and seen["audit_reason"] == "请填写真实姓名"

        resubmitted = await api.post("/api/v1/me/audit", token=token,
                                     json={"real_name": "张三", "company_name": "张三贸易有限公司"})
        assert resubmitted.status == 200
        assert resubmitted.json["status"] == "pending_audit"
        assert resubmitted.json["real_name"] == "张三"
        assert resubmitted.json["company_name"] == "张三贸易有限公司"
        assert resubmitted.json["audit_reason"] == ""

        approved = await audit(api, admin_token, user_id, approve=True)
        assert approved.status == 200
        assert approved.json["status"] == "active"
        assert (await me(api, token)).json["status"] == "active"

    async def test_pending_accounts_are_listed_for_the_auditor(self, api, admin_token):
        await turn_on_registration_audit(api, admin_token)
        user_id = (await register(api)).json["user"]["id"]

        pending = await api.get("/api/v1/admin/customers?status=pending_audit", token=admin_token)

        assert [c["id"] for c in pending.json["items"]] == [user_id]

    async def test_accounts_created_by_sms_login_and_wechat_also_wait_for_audit(self, api, admin_token):
        await turn_on_registration_audit(api, admin_token)

        by_sms = await login_by_sms(api)
        by_wechat = await api.post("/api/v1/auth/login/wechat", json={"code": "wx-code-1"})

        assert by_sms.json["user"]["status"] == "pending_audit"
        assert by_wechat.json["user"]["status"] == "pending_audit"

    async def test_approving_an_account_that_is_not_pending_is_a_conflict(self, api, admin_token):
        user_id = (await register(api)).json["user"]["id"]

        response = await audit(api, admin_token, user_id, approve=True)

        assert response.status == 409
        assert response.error_code == "audit_not_pending"

    async def test_an_active_account_has_nothing_to_resubmit(self, api):
        token = (await register(api)).json["token"]

        response = await api.post("/api/v1/me/audit", token=token, json={"real_name": "张三"})

        assert response.status == 409
        assert (await me(api, token)).json["status"] == "active"

    async def test_auditing_an_unknown_account_is_not_found(self, api, admin_token):
        response = await audit(api, admin_token, 999_999, approve=True)

        assert response.status == 404
        assert response.error_code == "account_not_found"


class TestDisabledAccount:
    async def test_disabled_account_cannot_log_in_and_its_token_stops_working(self, api, admin_token):
        session = (await register(api)).json
        disabled = await api.put(f"/api/v1/admin/customers/{session['user']['id']}/status",
                                 token=admin_token, json={"status": "disabled"})
        assert disabled.status == 200
        assert disabled.json["status"] == "disabled"

        assert (await me(api, session["token"])).status == 401
        by_password = await login_by_password(api)
        await wait_sms_cooldown()
        by_sms = await login_by_sms(api)
        assert by_password.status == by_sms.status == 403
        assert by_password.error_code == by_sms.error_code == "account_disabled"

    async def test_enabled_again_the_account_logs_in(self, api, admin_token):
        user_id = (await register(api)).json["user"]["id"]
        path = f"/api/v1/admin/customers/{user_id}/status"
        await api.put(path, token=admin_token, json={"status": "disabled"})

        enabled = await api.put(path, token=admin_token, json={"status": "active"})

        assert enabled.json["status"] == "active"
        assert (await login_by_password(api)).status == 200

    async def test_disabled_wechat_account_cannot_log_in(self, api, admin_token):
        user_id = (await api.post("/api/v1/auth/login/wechat", json={"code": "wx-code-1"})).json["user"]["id"]
        await api.put(f"/api/v1/admin/customers/{user_id}/status", token=admin_token, json={"status": "disabled"})

        response = await api.post("/api/v1/auth/login/wechat", json={"code": "wx-code-1"})

        assert response.status == 403
        assert response.error_code == "account_disabled"
