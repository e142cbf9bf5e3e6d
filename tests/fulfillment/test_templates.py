"""Shipping templates (运费模板): merchants keep them per shop; the price engine reads the default (CO-2)."""

from __future__ import annotations

import pytest

from backend.fulfillment import service as fulfillment
from backend.pricing import service as pricing
from backend.pricing.schemas import BuyerContext, FreightRate, FreightRule, Line, RegionRate, ShopRules

pytestmark = pytest.mark.feature("CO-2")
BASE = "/api/v1/admin/shipping-templates"


def template(name: str = "全国包邮外偏远加价", **changes) -> dict:
    body = {
        "name": name,
        "mode": "pieces",
        "default_rate": {"first_units": 1, "first_fee": 800, "extra_units": 1, "extra_fee": 300},
        "regions": [{"provinces": ["新疆维吾尔自治区", "西藏自治区"],
                     "first_units": 1, "first_fee": 2000, "extra_units": 2, "extra_fee": 1000}],
        "free_over": 9900,
        "excluded_provinces": ["台湾省"],
    }
    return {**body, **changes}


@pytest.fixture
async def shop(api, admin_token) -> tuple[int, str]:
    return await api.merchant(admin_token, "甲商家")


async def create(api, token: str, **changes) -> dict:
    response = await api.post(BASE, token=token, json=template(**changes))
    assert response.status == 201, response
    return response.json


class TestProvinces:
    async def test_the_34_provincial_divisions_are_listed_publicly(self, api):
        response = await api.get("/api/v1/regions/provinces")

        assert response.status == 200
        names = response.json["items"]
        assert len(names) == len(set(names)) == 34
        assert {"广东省", "北京市", "新疆维吾尔自治区", "香港特别行政区", "内蒙古自治区"} <= set(names)


class TestCreateTemplate:
    async def test_merchant_saves_a_template_for_their_shop(self, api, shop):
        shop_id, token = shop

        saved = await create(api, token)

        assert saved["shop_id"] == shop_id
        assert saved["default_rate"] == {"first_units": 1, "first_fee": 800, "extra_units": 1, "extra_fee": 300}
        assert saved["regions"][0]["provinces"] == ["新疆维吾尔自治区", "西藏自治区"]
        assert (saved["free_over"], saved["excluded_provinces"]) == (9900, ["台湾省"])

    async def test_the_first_template_becomes_the_default(self, api, shop):
        saved = await create(api, shop[1])

        assert saved["is_default"] is True

    async def test_a_new_default_clears_the_old_one(self, api, shop):
        token = shop[1]
        first = await create(api, token, name="旧模板")

        second = await create(api, token, name="新模板", is_default=True)

        rows = (await api.get(BASE, token=token)).json["items"]
        assert [(r["id"], r["is_default"]) for r in rows] == [(second["id"], True), (first["id"], False)]

    async def test_a_second_template_not_marked_default_leaves_the_default_alone(self, api, shop):
        token = shop[1]
        first = await create(api, token, name="默认")

        second = await create(api, token, name="备用")

        assert second["is_default"] is False
        assert (await api.get(f"{BASE}/{first['id']}", token=token)).json["is_default"] is True

    async def test_platform_staff_have_no_shop_to_save_for(self, api, admin_token):
        response = await api.post(BASE, token=admin_token, json=template())

        assert response.status == 422
        assert response.error_code == "shop_required"

    async def test_a_consumer_cannot_reach_templates(self, api):
        response = await api.get(BASE, token=await api.consumer())

        assert response.status == 403


class TestTemplateValidation:
    async def expect_invalid(self, api, token, body: dict) -> dict[str, str]:
        response = await api.post(BASE, token=token, json=body)
        assert response.status == 422, response
        assert (await api.get(BASE, token=token)).json["items"] == []  # nothing saved
        return response.fields

    async def test_a_province_must_be_a_provincial_division_by_its_full_name(self, api, shop):
        regions = [{"provinces": ["广东省", "广东"], "first_units": 1, "first_fee": 0, "extra_units": 1,
                    "extra_fee": 0}]

        fields = await self.expect_invalid(api, shop[1], template(regions=regions))

        assert set(fields) == {"regions.0.provinces.1"}
        assert "广东" in fields["regions.0.provinces.1"]

    async def test_an_excluded_province_must_exist_too(self, api, shop):
        fields = await self.expect_invalid(api, shop[1], template(excluded_provinces=["火星"]))

        assert set(fields) == {"excluded_provinces.0"}

    async def test_a_province_may_appear_in_only_one_region(self, api, shop):
        rate = {"first_units": 1, "first_fee": 1000, "extra_units": 1, "extra_fee": 500}
        regions = [{"provinces": ["广东省", "海南省"], **rate}, {"provinces": ["海南省"], **rate}]

        fields = await self.expect_invalid(api, shop[1], template(regions=regions))

        assert fields == {"regions.1.provinces.0": "海南省 已在第 1 个区域中"}

    async def test_a_province_cannot_be_both_priced_and_excluded(self, api, shop):
        fields = await self.expect_invalid(api, shop[1], template(excluded_provinces=["西藏自治区"]))

        assert set(fields) == {"excluded_provinces.0"}

    async def test_fees_are_non_negative_whole_fen(self, api, shop):
        rate = {"first_units": 1, "first_fee": -1, "extra_units": 1, "extra_fee": 2.5}

        fields = await self.expect_invalid(api, shop[1], template(default_rate=rate))

        assert set(fields) == {"default_rate.first_fee", "default_rate.extra_fee"}

    async def test_extra_units_must_be_positive(self, api, shop):
        rate = {"first_units": 1, "first_fee": 800, "extra_units": 0, "extra_fee": 300}

        fields = await self.expect_invalid(api, shop[1], template(default_rate=rate))

        assert set(fields) == {"default_rate.extra_units"}

    async def test_the_mode_is_pieces_or_weight(self, api, shop):
        fields = await self.expect_invalid(api, shop[1], template(mode="volume"))

        assert set(fields) == {"mode"}


class TestChangeTemplate:
    async def test_merchant_rewrites_a_template(self, api, shop):
        token = shop[1]
        saved = await create(api, token)

        response = await api.put(f"{BASE}/{saved['id']}", token=token,
                                 json=template("按重量", mode="weight", regions=[], free_over=None))

        assert response.status == 200, response
        assert (response.json["name"], response.json["mode"], response.json["regions"]) == ("按重量", "weight", [])
        assert response.json["free_over"] is None

    async def test_marking_another_default_moves_the_default(self, api, shop):
        token = shop[1]
        first, second = await create(api, token, name="一"), await create(api, token, name="二")

        await api.put(f"{BASE}/{second['id']}", token=token, json=template("二", is_default=True))

        assert (await api.get(f"{BASE}/{first['id']}", token=token)).json["is_default"] is False
        assert (await api.get(f"{BASE}/{second['id']}", token=token)).json["is_default"] is True

    async def test_the_only_default_stays_default(self, api, shop):
        token = shop[1]
        saved = await create(api, token)

        response = await api.put(f"{BASE}/{saved['id']}", token=token, json=template(is_default=False))

        assert response.json["is_default"] is True

    async def test_invalid_changes_change_nothing(self, api, shop):
        token = shop[1]
        saved = await create(api, token)

        response = await api.put(f"{BASE}/{saved['id']}", token=token,
                                 json=template("改名", excluded_provinces=["新疆维吾尔自治区"]))

        assert response.status == 422
        assert (await api.get(f"{BASE}/{saved['id']}", token=token)).json["name"] == saved["name"]

    async def test_deleting_the_default_passes_it_on(self, api, shop):
        token = shop[1]
        first, second = await create(api, token, name="一"), await create(api, token, name="二")

        response = await api.delete(f"{BASE}/{first['id']}", token=token)

        assert response.status == 204
        rows = (await api.get(BASE, token=token)).json["items"]
        assert [(r["id"], r["is_default"]) for r in rows] == [(second["id"], True)]


class TestTenantIsolation:
    async def test_another_shops_template_is_not_there(self, api, admin_token, shop):
        theirs = await create(api, shop[1])
        _, other = await api.merchant(admin_token, "乙商家")

        assert (await api.get(f"{BASE}/{theirs['id']}", token=other)).status == 404
        assert (await api.put(f"{BASE}/{theirs['id']}", token=other, json=template("抢"))).status == 404
        assert (await api.delete(f"{BASE}/{theirs['id']}", token=other)).status == 404
        assert (await api.get(BASE, token=other)).json["items"] == []
        assert (await api.get(f"{BASE}/{theirs['id']}", token=shop[1])).json["name"] == theirs["name"]

    async def test_a_default_in_one_shop_leaves_other_shops_defaults_alone(self, api, admin_token, shop):
        mine = await create(api, shop[1])
        _, other = await api.merchant(admin_token, "乙商家")

        await create(api, other, is_default=True)

        assert (await api.get(f"{BASE}/{mine['id']}", token=shop[1])).json["is_default"] is True

    async def test_platform_staff_see_every_shops_templates(self, api, admin_token, shop):
        saved = await create(api, shop[1])

        response = await api.get(f"{BASE}/{saved['id']}", token=admin_token)

        assert response.status == 200


class TestFreightRules:
    async def test_the_default_template_becomes_the_price_engines_rule(self, api, shop):
        shop_id, token = shop
        await create(api, token, name="备用", free_over=None)
        await create(api, token, is_default=True)

        rules = await fulfillment.freight_rules([shop_id])

        assert rules == {shop_id: FreightRule(
            mode="pieces",
            default=FreightRate(first_units=1, first_fee=800, extra_units=1, extra_fee=300),
            regions=(RegionRate(frozenset({"新疆维吾尔自治区", "西藏自治区"}), FreightRate(1, 2000, 2, 1000)),),
            free_over=9900,
            excluded_provinces=frozenset({"台湾省"}),
        )}

    async def test_the_engine_charges_by_the_template(self, api, shop):
        shop_id, token = shop
        await create(api, token)
        rules = await fulfillment.freight_rules([shop_id])
        line = Line(line_id=1, shop_id=shop_id, sku_id=1, product_id=1, unit_price=1000, quantity=3)

        def freight_for(province: str) -> int:
            quote = pricing.price([line], BuyerContext(province=province),
                                  [ShopRules(shop_id=shop_id, freight=rules[shop_id])])
            return quote.freight_total

        assert freight_for("广东省") == 800 + 2 * 300
        assert freight_for("西藏自治区") == 2000 + 1000  # 2 more pieces: one step of 2

    async def test_shops_without_a_template_ship_free_and_are_absent(self, api, admin_token, shop):
        shop_id, token = shop
        await create(api, token)
        bare_id, _ = await api.merchant(admin_token, "乙商家")

        rules = await fulfillment.freight_rules([shop_id, bare_id])

        assert set(rules) == {shop_id}

    async def test_one_query_however_many_shops(self, api, admin_token, count_queries):
        shop_ids = []
        for index in range(3):
            shop_id, token = await api.merchant(admin_token, f"商家{index}")
            await create(api, token)
            await create(api, token, name="备用")
            shop_ids.append(shop_id)

        with count_queries() as counter:
            rules = await fulfillment.freight_rules(shop_ids)

        assert counter.count == 1
        assert set(rules) == set(shop_ids)
