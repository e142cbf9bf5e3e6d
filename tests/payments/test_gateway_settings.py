"""Payment settings (支付设置): the platform configures a gateway in the back office; its secrets are
write-only, sealed at rest, and a bad configuration is refused before it can fail a shopper."""

from __future__ import annotations

import httpx
import pytest

from backend.payments.models import GatewayConfig
from tests.fakes.alipay import FakeAlipayServer, alipay_keys

GATEWAYS = "/api/v1/admin/payments/gateways"
APP_ID, SELLER_ID = "2021000000000001", "2088000000000001"


@pytest.fixture
def keys():
    return alipay_keys()


@pytest.fixture
def fake(keys):
    with FakeAlipayServer(APP_ID, SELLER_ID, keys.app_public, keys.alipay_private) as server:
        yield server


@pytest.fixture
def settings(settings, fake):
    """Only the gateway's address comes from the environment: everything else is saved in the back office."""
    return settings.model_copy(update={"alipay_gateway_url": fake.gateway_url})


def alipay_values(keys) -> dict[str, str]:
    return {"appid": APP_ID, "seller_id": SELLER_ID, "private_key": keys.app_private,
            "public_key": keys.alipay_public}


async def gateway(api, token: str, code: str) -> dict:
    response = await api.get(GATEWAYS, token=token)
    assert response.status == 200, response
    return next(item for item in response.json["items"] if item["code"] == code)


async def methods(api) -> set[str]:
    return {m["code"] for m in (await api.get("/api/v1/payment-methods", params={"channel": "h5"})).json["items"]}


def field(view: dict, name: str) -> dict:
    return next(f for f in view["fields"] if f["name"] == name)


@pytest.mark.feature("PAY-1")
class TestSavingAGateway:
    async def test_a_saved_alipay_is_offered_and_its_private_key_is_never_shown_back(self, api, admin_token, keys):
        assert "alipay" not in await methods(api)
        saved = await api.put(f"{GATEWAYS}/alipay", token=admin_token,
                              json={"enabled": True, "values": alipay_values(keys)})
        assert saved.status == 200, saved
        assert (saved.json["enabled"], field(saved.json, "private_key")["set"]) == (True, True)
        assert field(saved.json, "appid")["value"] == APP_ID
        listed = await api.get(GATEWAYS, token=admin_token)
        body = saved.text + listed.text
        secret_line = keys.app_private.strip().splitlines()[1]
        assert secret_line not in body
        row = await GatewayConfig.get(code="alipay")
        assert secret_line not in row.secrets and secret_line not in str(row.values)  # sealed at rest
        assert "alipay" in await methods(api)

    async def test_an_empty_secret_keeps_the_stored_one(self, api, admin_token, keys):
        await api.put(f"{GATEWAYS}/alipay", token=admin_token, json={"enabled": True, "values": alipay_values(keys)})
        again = await api.put(f"{GATEWAYS}/alipay", token=admin_token, json={
            "enabled": True, "values": {**alipay_values(keys), "private_key": "", "return_url": "https://m.example.com/paid"}})
        assert again.status == 200, again
        assert field(again.json, "private_key")["set"] is True
        assert field(again.json, "return_url")["value"] == "https://m.example.com/paid"
        assert "alipay" in await methods(api)

    async def test_switching_a_gateway_off_stops_offering_it(self, api, admin_token, keys):
        await api.put(f"{GATEWAYS}/alipay", token=admin_token, json={"enabled": True, "values": alipay_values(keys)})
        off = await api.put(f"{GATEWAYS}/alipay", token=admin_token, json={"enabled": False, "values": {}})
        assert (off.status, off.json["enabled"]) == (200, False)
        assert "alipay" not in await methods(api)

    async def test_a_shopper_pays_through_the_gateway_saved_in_the_back_office(
            self, api, admin_token, keys, fake, buyer, seller, app):
        await api.put(f"{GATEWAYS}/alipay", token=admin_token, json={"enabled": True, "values": alipay_values(keys)})
        sku = await seller.sku("保温杯", 1990)
        answer = await api.order(buyer, [{"sku_id": sku, "quantity": 1}], payment_method="alipay")
        payment_no = answer["payment"]["payment_no"]
        started = await api.post(f"/api/v1/payments/{payment_no}/pay", token=buyer,
                                 json={"method": "alipay", "channel": "h5"})
        assert started.status == 200, started
        async with httpx.AsyncClient() as browser:
            assert "支付宝收银台" in (await browser.get(started.json["pay_url"])).text  # signed with the saved key
        fake.pay(payment_no)
        answer_to_alipay = await fake.notify(payment_no, httpx.ASGITransport(app=app))
        assert answer_to_alipay.text == "success"  # verified with the saved Alipay public key
        assert (await api.get(f"/api/v1/payments/{payment_no}", token=buyer)).json["status"] == "paid"


@pytest.mark.feature("PAY-1")
class TestRefusedSettings:
    async def test_enabling_with_required_fields_missing_names_them_and_saves_nothing(self, api, admin_token):
        response = await api.put(f"{GATEWAYS}/wechat", token=admin_token,
                                 json={"enabled": True, "values": {"mchid": "1900000001"}})
        assert response.status == 422 and response.error_code == "gateway_settings_invalid"
        assert {"private_key", "apiv3_key", "cert_serial", "public_key", "public_key_id"} <= set(response.fields)
        assert (await gateway(api, admin_token, "wechat"))["saved"] is False

    async def test_a_key_that_is_not_a_key_is_refused_and_the_working_one_stays(self, api, admin_token, keys):
        await api.put(f"{GATEWAYS}/alipay", token=admin_token, json={"enabled": True, "values": alipay_values(keys)})
        broken = await api.put(f"{GATEWAYS}/alipay", token=admin_token, json={
            "enabled": True, "values": {**alipay_values(keys), "private_key": "not-a-key"}})
        assert broken.status == 422 and broken.error_code == "gateway_settings_invalid"
        assert "alipay" in await methods(api)

    async def test_a_file_path_where_pem_text_belongs_is_refused(self, api, admin_token):
        response = await api.put(f"{GATEWAYS}/wechat", token=admin_token, json={
            "enabled": False, "values": {"public_key": "/etc/ssl/private/key.pem"}})
        assert response.status == 422 and "public_key" in response.fields

    async def test_unknown_fields_and_gateways_are_refused(self, api, admin_token):
        unknown = await api.put(f"{GATEWAYS}/alipay", token=admin_token, json={"enabled": False, "values": {"x": "1"}})
        assert unknown.status == 422 and "x" in unknown.fields
        assert (await api.put(f"{GATEWAYS}/paypal", token=admin_token, json={"enabled": False})).status == 404

    async def test_only_platform_settings_managers_see_or_change_payment_settings(self, api, seller, keys):
        assert (await api.get(GATEWAYS, token=seller.token)).status == 403
        response = await api.put(f"{GATEWAYS}/alipay", token=seller.token,
                                 json={"enabled": True, "values": alipay_values(keys)})
        assert response.status == 403
        assert await GatewayConfig.filter(code="alipay").count() == 0
