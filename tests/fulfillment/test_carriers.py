"""Carriers (物流公司, INV-8): the common ones exist on a fresh install; the platform keeps the list."""

from __future__ import annotations

import pytest

from backend.fulfillment import service as fulfillment

pytestmark = pytest.mark.feature("INV-8")
COMMON = ["SF", "ZTO", "YTO", "STO", "YD", "JTSD", "EMS", "JD", "DBL", "YZPY"]


async def carrier_id(api, admin_token, code: str) -> int:
    rows = (await api.get("/api/v1/admin/carriers", token=admin_token)).json["items"]
    return next(row["id"] for row in rows if row["code"] == code)


class TestListEnabledCarriers:
    async def test_a_fresh_install_offers_the_common_carriers_in_order(self, api):
        token = await api.consumer()

        response = await api.get("/api/v1/carriers", token=token)

        assert response.status == 200
        assert [c["code"] for c in response.json["items"]] == COMMON
        assert response.json["items"][0] == {"code": "SF", "name": "顺丰速运", "phone": "95338",
                                             "website": "https://www.sf-express.com"}

    async def test_merchant_staff_see_them_too(self, api, admin_token):
        _, merchant = await api.merchant(admin_token, "甲商家")

        response = await api.get("/api/v1/carriers", token=merchant)

        assert len(response.json["items"]) == len(COMMON)

    async def test_an_anonymous_caller_must_log_in(self, api):
        response = await api.get("/api/v1/carriers")

        assert response.status == 401

    async def test_a_disabled_carrier_is_not_offered(self, api, admin_token):
        await api.patch(f"/api/v1/admin/carriers/{await carrier_id(api, admin_token, 'DBL')}",
                        token=admin_token, json={"is_enabled": False})

        response = await api.get("/api/v1/carriers", token=admin_token)

        assert "DBL" not in [c["code"] for c in response.json["items"]]


class TestEnsureCarriers:
    async def test_running_it_again_adds_nothing_and_keeps_the_platforms_edits(self, api, admin_token):
        await api.patch(f"/api/v1/admin/carriers/{await carrier_id(api, admin_token, 'SF')}",
                        token=admin_token, json={"name": "顺丰"})

        await fulfillment.ensure_carriers()

        rows = (await api.get("/api/v1/admin/carriers", token=admin_token)).json["items"]
        assert [r["code"] for r in rows] == COMMON
        assert rows[0]["name"] == "顺丰"


class TestAdminCarriers:
    async def test_platform_lists_disabled_ones_as_well(self, api, admin_token):
        await api.patch(f"/api/v1/admin/carriers/{await carrier_id(api, admin_token, 'EMS')}",
                        token=admin_token, json={"is_enabled": False})

        rows = (await api.get("/api/v1/admin/carriers", token=admin_token)).json["items"]

        assert next(r for r in rows if r["code"] == "EMS")["is_enabled"] is False
        assert len(rows) == len(COMMON)

    async def test_platform_adds_a_carrier(self, api, admin_token):
        response = await api.post("/api/v1/admin/carriers", token=admin_token, json={
            "code": "ZJS", "name": "宅急送", "phone": "400-678-9000", "sort": 5})

        assert response.status == 201, response
        assert response.json["is_enabled"] is True
        offered = (await api.get("/api/v1/carriers", token=admin_token)).json["items"]
        assert [c["code"] for c in offered][:2] == ["SF", "ZJS"]

    async def test_a_taken_code_is_a_conflict(self, api, admin_token):
        response = await api.post("/api/v1/admin/carriers", token=admin_token, json={"code": "SF", "name": "另一个"})

        assert response.status == 409
        assert response.error_code == "carrier_code_taken"

    async def test_a_code_must_be_upper_case_letters_and_digits(self, api, admin_token):
        response = await api.post("/api/v1/admin/carriers", token=admin_token, json={"code": "sf 1", "name": "x"})

        assert response.status == 422
        assert "code" in response.fields

    async def test_platform_renames_and_reorders(self, api, admin_token):
        yto = await carrier_id(api, admin_token, "YTO")

        response = await api.patch(f"/api/v1/admin/carriers/{yto}", token=admin_token,
                                   json={"name": "圆通快递", "sort": 0})

        assert response.status == 200
        assert (response.json["name"], response.json["sort"]) == ("圆通快递", 0)
        offered = (await api.get("/api/v1/carriers", token=admin_token)).json["items"]
        assert [c["code"] for c in offered][:3] == ["SF", "YTO", "ZTO"]  # SF is also 0, and older

    async def test_the_code_cannot_be_changed(self, api, admin_token):
        response = await api.patch(f"/api/v1/admin/carriers/{await carrier_id(api, admin_token, 'SF')}",
                                   token=admin_token, json={"code": "SFX"})

        assert response.status == 422
        assert "code" in response.fields

    async def test_an_unknown_carrier_is_not_found(self, api, admin_token):
        response = await api.patch("/api/v1/admin/carriers/999999", token=admin_token, json={"sort": 1})

        assert response.status == 404

    async def test_merchant_staff_cannot_change_the_list(self, api, admin_token):
        _, merchant = await api.merchant(admin_token, "甲商家")

        response = await api.post("/api/v1/admin/carriers", token=merchant, json={"code": "ZJS", "name": "宅急送"})

        assert response.status == 403
