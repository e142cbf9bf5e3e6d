"""ARCH-6: no SQL injection, validated input, the JSON error shape, bearer-only auth, rate limits."""

from __future__ import annotations

import asyncio
import time
import uuid

import pytest

from backend.accounts import service as accounts
from backend.app import create_app
from backend.shops import service as shops
from backend.shops.schemas import ShopIn
from tests.conftest import Api, make_settings, wait_sms_cooldown

pytestmark = pytest.mark.feature("ARCH-6")

PHONES = ("13912345678", "13812345678", "13712345678")
INJECTIONS = (
    "' OR 1=1 --",
    '"; DROP TABLE accounts_user; --',
    "%' UNION SELECT 1,2,3 --",
    "'); DELETE FROM accounts_staff; --",
)
STAFF_PASSWORD = "Staff12345"


@pytest.fixture
async def build_api(settings, db, tmp_path):
    """An app with other settings on the test database (it becomes the current app)."""
    apps = []

    async def build(**overrides) -> Api:
        app = create_app(make_settings(tmp_path, settings.database_url, **overrides),
                         with_database=False, name=f"shop_{uuid.uuid4().hex[:8]}")
        if app.ctx.settings.redis_url:
            await app.ctx.cache.redis.flushdb()
        apps.append(app)
        return Api(app)

    yield build
    for app in apps:
        await app.ctx.cache.close()


async def fresh_window(seconds: int) -> None:
    """Start a burst early in a fixed rate-limit window, so the burst is counted in one window."""
    if time.time() % seconds > seconds - 3:
        await asyncio.sleep(seconds - time.time() % seconds + 0.05)


async def create_staff(api: Api, token: str, username: str, role_code: str, shop_id: int | None = None):
    body = {"username": username, "name": username, "password": STAFF_PASSWORD, "role_code": role_code}
    if shop_id is not None:
        body["shop_id"] = shop_id
    response = await api.post("/api/v1/admin/staff", token=token, json=body)
    assert response.status == 201, response
    return response.json


async def register(api: Api, phone: str, password: str = "Passw0rd1") -> dict:
    code = await api.sms_code(phone, "register")
    response = await api.post("/api/v1/auth/register", json={"phone": phone, "code": code, "password": password})
    assert response.status == 201, response
    return response.json


class TestSqlInjectionInFilters:
    async def test_customer_keyword_is_only_ever_a_search_term(self, api, admin_token):
        for phone in PHONES:
            await api.consumer(phone)

        for payload in INJECTIONS:
            response = await api.get("/api/v1/admin/customers", token=admin_token, params={"keyword": payload})
            assert response.status == 200, (payload, response)
            assert response.json["items"] == [] and response.json["total"] == 0

        everyone = await api.get("/api/v1/admin/customers", token=admin_token)
        one = await api.get("/api/v1/admin/customers", token=admin_token, params={"keyword": "1381234"})
        assert everyone.json["total"] == 3
        assert [c["phone"] for c in one.json["items"]] == ["13812345678"]
        assert (await api.get("/api/v1/me", token=await api.consumer("13612345678"))).status == 200

    async def test_staff_keyword_is_only_ever_a_search_term(self, api, admin_token):
        await create_staff(api, admin_token, "ops", "platform_operator")

        for payload in INJECTIONS:
            response = await api.get("/api/v1/admin/staff", token=admin_token, params={"keyword": payload})
            assert response.status == 200, (payload, response)
            assert response.json["items"] == []

        everyone = await api.get("/api/v1/admin/staff", token=admin_token)
        assert sorted(s["username"] for s in everyone.json["items"]) == ["admin", "ops"]
        assert (await api.post("/api/v1/staff/auth/login",
                               json={"username": "ops", "password": STAFF_PASSWORD})).status == 200

    async def test_shop_keyword_is_only_ever_a_search_term(self, api, admin_token):
        await shops.create_shop(ShopIn(kind="merchant", name="O'Brien 商行"))
        await shops.create_shop(ShopIn(kind="merchant", name="老王水果店"))

        for payload in INJECTIONS:
            response = await api.get("/api/v1/admin/shops/", token=admin_token, params={"keyword": payload})
            assert response.status == 200, (payload, response)
            assert response.json["items"] == []

        quoted = await api.get("/api/v1/admin/shops/", token=admin_token, params={"keyword": "O'Brien"})
        everyone = await api.get("/api/v1/admin/shops/", token=admin_token)
        assert [s["name"] for s in quoted.json["items"]] == ["O'Brien 商行"]
        assert everyone.json["total"] == 2

    async def test_like_wildcards_match_only_themselves(self, api, admin_token):
        await shops.create_shop(ShopIn(kind="merchant", name="百分百_优选"))
        await shops.create_shop(ShopIn(kind="merchant", name="老王水果店"))

        percent = await api.get("/api/v1/admin/shops/", token=admin_token, params={"keyword": "%"})
        underscore = await api.get("/api/v1/admin/shops/", token=admin_token, params={"keyword": "_"})

        assert percent.json["items"] == []
        assert [s["name"] for s in underscore.json["items"]] == ["百分百_优选"]

    async def test_injection_in_a_login_name_is_just_a_wrong_login(self, api, admin_token):
        for payload in ("admin' --", "admin' OR '1'='1"):
            response = await api.post("/api/v1/staff/auth/login", json={"username": payload, "password": "x"})
            assert response.status == 401
            assert response.error_code == "invalid_credentials"

    async def test_injection_in_a_phone_is_refused_by_validation(self, api):
        response = await api.post("/api/v1/auth/login/password",
                                  json={"phone": "1' OR '1'='1", "password": "whatever1"})

        assert response.status == 422
        assert "phone" in response.fields


class TestInputValidation:
    @pytest.mark.parametrize(("path", "limit"), [
        ("/api/v1/admin/customers", 40), ("/api/v1/admin/staff", 40), ("/api/v1/admin/shops/", 60)])
    async def test_over_long_keyword_is_refused_with_the_field_named(self, api, admin_token, path, limit):
        response = await api.get(path, token=admin_token, params={"keyword": "x" * (limit + 1)})

        assert response.status == 422
        assert response.error_code == "validation_failed"
        assert response.fields["keyword"]

    async def test_wrong_types_in_a_query_name_each_field(self, api, admin_token):
        response = await api.get("/api/v1/admin/staff", token=admin_token,
                                 params={"page": "abc", "page_size": "1000", "shop_id": "-1"})

        assert response.status == 422
        assert {"page", "page_size", "shop_id"} <= response.fields.keys()

    async def test_wrong_types_in_a_body_name_each_field(self, api, admin_token):
        response = await api.post("/api/v1/admin/staff", token=admin_token, json={
            "username": 123, "name": ["x"], "password": True, "role_code": "platform_operator", "shop_id": "abc"})

        assert response.status == 422
        assert {"username", "name", "password", "shop_id"} <= response.fields.keys()
        assert all(isinstance(message, str) and message for message in response.fields.values())
        assert (await api.get("/api/v1/admin/staff", token=admin_token)).json["total"] == 1

    async def test_over_long_profile_values_are_refused(self, api):
        token = await api.consumer(PHONES[0])

        response = await api.patch("/api/v1/me", token=token, json={"nickname": "名" * 41, "avatar": "x" * 501})

        assert response.status == 422
        assert {"nickname", "avatar"} <= response.fields.keys()

    async def test_missing_required_fields_are_named(self, api):
        response = await api.post("/api/v1/auth/login/password", json={})

        assert response.status == 422
        assert {"phone", "password"} <= response.fields.keys()


class TestErrorShape:
    async def test_malformed_json_is_a_bad_request(self, api):
        response = await api.post("/api/v1/auth/login/password", content=b'{"phone": "139',
                                  headers={"content-type": "application/json"})

        assert response.status == 400
        assert response.error_code == "invalid_json"
        assert response.json["error"]["message"]

    async def test_json_that_is_not_an_object_is_a_bad_request(self, api):
        response = await api.post("/api/v1/auth/login/password", json=["13912345678", "Passw0rd1"])

        assert response.status == 400
        assert response.error_code == "invalid_json"

    async def test_unknown_route_answers_not_found_in_the_json_shape(self, api):
        response = await api.get("/api/v1/no-such-thing")

        assert response.status == 404
        assert response.json == {"error": {"code": "not_found", "message": response.json["error"]["message"],
                                           "fields": {}}}
        assert response.json["error"]["message"]

    async def test_unsupported_method_answers_in_the_json_shape(self, api):
        response = await api.delete("/api/v1/auth/login/password")

        assert response.status == 405
        assert response.error_code == "method_not_allowed"


class TestAuthentication:
    async def test_no_token_is_not_authenticated(self, api):
        staff = await api.get("/api/v1/admin/staff")
        consumer = await api.get("/api/v1/me")

        assert staff.status == consumer.status == 401
        assert staff.error_code == consumer.error_code == "not_authenticated"

    async def test_garbage_token_is_refused(self, api):
        for garbage in ("not-a-token", "x" * 500, "Bearer Bearer"):
            response = await api.get("/api/v1/me", token=garbage)
            assert response.status == 401
            assert response.error_code == "token_invalid"

    async def test_revoked_token_is_refused(self, api):
        token = await api.consumer(PHONES[0])
        await api.post("/api/v1/auth/logout", token=token)

        response = await api.get("/api/v1/me", token=token)

        assert response.status == 401
        assert response.error_code == "token_invalid"

    async def test_expired_tokens_are_refused(self, build_api):
        api = await build_api(token_ttl_hours=0, staff_token_ttl_hours=0)
        await accounts.bootstrap_admin("admin", "平台管理员", "Admin12345")
        consumer = await api.consumer(PHONES[0])
        staff = await api.staff("admin", "Admin12345")

        responses = [await api.get("/api/v1/me", token=consumer), await api.get("/api/v1/staff/me", token=staff)]

        assert [r.status for r in responses] == [401, 401]
        assert {r.error_code for r in responses} == {"token_invalid"}

    async def test_consumer_token_cannot_call_staff_endpoints(self, api):
        token = await api.consumer(PHONES[0])

        for path in ("/api/v1/admin/staff", "/api/v1/admin/customers", "/api/v1/staff/me"):
            response = await api.get(path, token=token)
            assert response.status == 403, path
            assert response.error_code == "permission_denied"

    async def test_a_cookie_alone_authenticates_nobody(self, api, admin_token):
        for cookie in (f"token={admin_token}", f"access_token={admin_token}", f"Authorization=Bearer {admin_token}"):
            response = await api.get("/api/v1/admin/staff", headers={"cookie": cookie})
            assert response.status == 401, cookie
            assert response.error_code == "not_authenticated"

    async def test_token_in_the_query_string_or_another_scheme_authenticates_nobody(self, api, admin_token):
        in_query = await api.get("/api/v1/admin/staff", params={"token": admin_token})
        basic = await api.get("/api/v1/admin/staff", headers={"authorization": f"Token {admin_token}"})

        assert in_query.status == basic.status == 401
        assert in_query.error_code == basic.error_code == "not_authenticated"

    async def test_login_sets_no_cookie(self, api):
        code = await api.sms_code(PHONES[0], "login")

        response = await api.post("/api/v1/auth/login/sms", json={"phone": PHONES[0], "code": code})

        assert response.status == 200
        assert "set-cookie" not in response.headers


def assert_rate_limited(response) -> None:
    assert response.status == 429, response
    assert response.error_code == "rate_limited"
    assert 1 <= int(response.headers["retry-after"]) <= 3600


class TestRateLimits:
    async def test_eleventh_password_login_within_a_minute_is_refused(self, api):
        await fresh_window(60)
        tries = [await api.post("/api/v1/auth/login/password",
                                json={"phone": PHONES[0], "password": f"Guess{n:04d}"}) for n in range(11)]

        assert [r.status for r in tries[:10]] == [401] * 10
        assert_rate_limited(tries[10])
        assert int(tries[10].headers["retry-after"]) <= 60

    async def test_once_blocked_even_the_right_password_waits_but_other_phones_do_not(self, api):
        await fresh_window(60)
        await register(api, PHONES[0])
        for n in range(10):
            if (await api.post("/api/v1/auth/login/password",
                               json={"phone": PHONES[0], "password": f"Guess{n:04d}"})).status == 429:
                break

        right = await api.post("/api/v1/auth/login/password", json={"phone": PHONES[0], "password": "Passw0rd1"})

        assert_rate_limited(right)
        assert (await register(api, PHONES[1]))["token"]

    async def test_staff_password_guessing_is_stopped_too(self, api, admin_token):
        await fresh_window(60)
        for n in range(10):
            await api.post("/api/v1/staff/auth/login", json={"username": "admin", "password": f"Guess{n:04d}"})

        blocked = await api.post("/api/v1/staff/auth/login", json={"username": "admin", "password": "Admin12345"})

        assert_rate_limited(blocked)

    async def test_second_sms_code_within_a_minute_is_refused(self, api, app):
        await fresh_window(60)
        first = await api.post("/api/v1/auth/sms-codes", json={"phone": PHONES[0], "purpose": "login"})

        second = await api.post("/api/v1/auth/sms-codes", json={"phone": PHONES[0], "purpose": "register"})

        assert first.status == 201
        assert_rate_limited(second)
        assert int(second.headers["retry-after"]) <= 60
        assert len(app.ctx.runtime.sms.outbox) == 1
        assert (await api.post("/api/v1/auth/sms-codes", json={"phone": PHONES[1], "purpose": "login"})).status == 201

    async def test_one_phone_gets_only_so_many_codes_an_hour(self, build_api):
        api = await build_api(rate_limit_sms_interval_seconds=1, rate_limit_sms_per_phone_per_hour=2)
        sent = []
        for _ in range(2):
            sent.append(await api.post("/api/v1/auth/sms-codes", json={"phone": PHONES[0], "purpose": "login"}))
            await wait_sms_cooldown()

        blocked = await api.post("/api/v1/auth/sms-codes", json={"phone": PHONES[0], "purpose": "login"})

        assert [r.status for r in sent] == [201, 201]
        assert_rate_limited(blocked)
        assert len(api.app.ctx.runtime.sms.outbox) == 2

    async def test_one_address_gets_only_so_many_codes_an_hour(self, build_api):
        api = await build_api(rate_limit_sms_per_ip_per_hour=2)
        sent = [await api.post("/api/v1/auth/sms-codes", json={"phone": phone, "purpose": "login"})
                for phone in PHONES[:2]]

        blocked = await api.post("/api/v1/auth/sms-codes", json={"phone": PHONES[2], "purpose": "login"})

        assert [r.status for r in sent] == [201, 201]
        assert_rate_limited(blocked)
