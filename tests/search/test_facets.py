"""Search filters by tags and attributes and the facet counts beside the results (SEARCH-6), and
what a result card carries (SEARCH-7)."""

from __future__ import annotations

import pytest

SEARCH = "/api/v1/search/products"
PRODUCTS = "/api/v1/admin/products"


async def search(api, **params):
    response = await api.get(SEARCH, params=params)
    assert response.status == 200, response
    return response.json


async def titles(api, **params):
    return sorted(item["title"] for item in (await search(api, **params))["items"])


async def made(api, token, path, **body):
    response = await api.post(path, token=token, json=body)
    assert response.status == 201, response
    return response.json


@pytest.fixture
async def shop(api, admin_token):
    shop_id, token = await api.merchant(admin_token, "好物优选")
    return {"id": shop_id, "token": token}


@pytest.fixture
async def world(api, admin_token, shop):
    """Two leaf categories, two brands, tags and attributes; five cups and pans on sale."""
    top = (await made(api, admin_token, "/api/v1/admin/categories", name="厨房"))["id"]
    mid = (await made(api, admin_token, "/api/v1/admin/categories", name="厨具", parent_id=top))["id"]
    cups = (await made(api, admin_token, "/api/v1/admin/categories", name="水杯", parent_id=mid))["id"]
    pans = (await made(api, admin_token, "/api/v1/admin/categories", name="锅具", parent_id=mid))["id"]
    tiger = (await made(api, admin_token, "/api/v1/admin/brands", name="虎牌"))["id"]
    zoji = (await made(api, admin_token, "/api/v1/admin/brands", name="象印"))["id"]
    for tag in ("新品", "热卖", "包邮"):
        await made(api, admin_token, "/api/v1/admin/tags", name=tag)
    material = (await made(api, admin_token, "/api/v1/admin/attributes", name="材质", input_type="option",
                           options=["不锈钢", "玻璃", "陶瓷"], is_indexed=True))["id"]
    colour = (await made(api, admin_token, "/api/v1/admin/attributes", name="颜色", input_type="option",
                         options=["红", "白"], is_indexed=True))["id"]
    origin = (await made(api, admin_token, "/api/v1/admin/attributes", name="产地", input_type="text"))["id"]
    ids = {}
    for key, title, category, brand, tags, attrs in [
        ("steel_red", "保温杯 不锈钢 红", cups, tiger, ["新品", "热卖"], {material: "不锈钢", colour: "红"}),
        ("steel_white", "保温杯 不锈钢 白", cups, zoji, ["热卖"], {material: "不锈钢", colour: "白"}),
        ("glass", "玻璃杯 白", cups, tiger, ["新品"], {material: "玻璃", colour: "白"}),
        ("ceramic", "陶瓷杯 红", cups, None, [], {material: "陶瓷", colour: "红"}),
        ("pan", "不锈钢炒锅", pans, tiger, ["包邮"], {material: "不锈钢"}),
    ]:
        attributes = [{"id": k, "value": v} for k, v in attrs.items()] + [{"id": origin, "value": "浙江"}]
        ids[key] = (await api.product(shop["token"], title, 1000, category_id=category, brand_id=brand, tags=tags,
                                      attributes=attributes))["id"]
    return {"cups": cups, "pans": pans, "top": top, "tiger": tiger, "zoji": zoji, "material": material,
            "colour": colour, "origin": origin, "ids": ids}


@pytest.mark.feature("SEARCH-6")
class TestTagAndAttributeFilters:
    async def test_every_tag_asked_for_must_be_carried(self, api, world):
        assert await titles(api, tags="热卖") == ["保温杯 不锈钢 白", "保温杯 不锈钢 红"]
        assert await titles(api, tags="热卖,新品") == ["保温杯 不锈钢 红"]
        assert await titles(api, tags="包邮,新品") == []

    async def test_two_values_of_one_attribute_are_either_and_different_attributes_are_both(self, api, world):
        material, colour = world["material"], world["colour"]
        assert await titles(api, attrs=f"{material}:玻璃,{material}:陶瓷") == ["玻璃杯 白", "陶瓷杯 红"]
        assert await titles(api, attrs=f"{material}:不锈钢,{colour}:红") == ["保温杯 不锈钢 红"]
        assert await titles(api, attrs=f"{material}:玻璃,{material}:陶瓷,{colour}:红") == ["陶瓷杯 红"]

    async def test_filters_combine_with_keyword_category_and_brand(self, api, world):
        assert await titles(api, keyword="不锈钢", attrs=f"{world['colour']}:白") == ["保温杯 不锈钢 白"]
        assert await titles(api, category_id=world["top"], brand_id=world["tiger"], tags="新品") == [
            "保温杯 不锈钢 红", "玻璃杯 白"]

    async def test_an_unindexed_attribute_filters_nothing_in(self, api, world):
        assert await titles(api, attrs=f"{world['origin']}:浙江") == []

    @pytest.mark.parametrize("attrs", ["材质:玻璃", "3", "3:", "x:1"])
    async def test_a_malformed_attribute_filter_is_a_field_error(self, api, attrs):
        response = await api.get(SEARCH, params={"attrs": attrs})
        assert response.status == 422 and response.error_code == "validation_failed"
        assert response.fields == {"attrs": "属性筛选格式应为 属性ID:值"}


@pytest.mark.feature("SEARCH-6")
class TestFacets:
    async def test_without_facets_1_there_are_none(self, api, world):
        assert (await search(api))["facets"] is None

    async def test_counts_over_everything_on_sale(self, api, world):
        facets = (await search(api, facets=1))["facets"]
        assert {(c["name"], c["count"]) for c in facets["categories"]} == {("水杯", 4), ("锅具", 1)}
        assert {(b["name"], b["count"]) for b in facets["brands"]} == {("虎牌", 3), ("象印", 1)}
        assert {(t["name"], t["count"]) for t in facets["tags"]} == {("新品", 2), ("热卖", 2), ("包邮", 1)}
        by_name = {a["name"]: {v["value"]: v["count"] for v in a["values"]} for a in facets["attributes"]}
        assert by_name == {"材质": {"不锈钢": 3, "玻璃": 1, "陶瓷": 1}, "颜色": {"红": 2, "白": 2}}
        assert {a["id"] for a in facets["attributes"]} == {world["material"], world["colour"]}

    async def test_category_and_brand_counts_ignore_their_own_filter(self, api, world):
        body = await search(api, facets=1, category_id=world["cups"], brand_id=world["tiger"])
        assert body["total"] == 2
        facets = body["facets"]
        assert {(c["id"], c["count"]) for c in facets["categories"]} == {(world["cups"], 2), (world["pans"], 1)}
        assert {(b["id"], b["count"]) for b in facets["brands"]} == {(world["tiger"], 2), (world["zoji"], 1)}
        assert {(t["name"], t["count"]) for t in facets["tags"]} == {("新品", 2), ("热卖", 1)}

    async def test_tag_and_attribute_values_count_over_the_matches(self, api, world):
        facets = (await search(api, facets=1, tags="热卖"))["facets"]
        assert {(t["name"], t["count"]) for t in facets["tags"]} == {("热卖", 2), ("新品", 1)}
        by_name = {a["name"]: {v["value"]: v["count"] for v in a["values"]} for a in facets["attributes"]}
        assert by_name == {"材质": {"不锈钢": 2}, "颜色": {"红": 1, "白": 1}}

    async def test_an_attribute_being_filtered_counts_its_other_values_so_a_second_can_be_added(self, api, world):
        body = await search(api, facets=1, attrs=f"{world['material']}:不锈钢")
        assert body["total"] == 3
        by_name = {a["name"]: {v["value"]: v["count"] for v in a["values"]} for a in body["facets"]["attributes"]}
        assert by_name["材质"] == {"不锈钢": 3, "玻璃": 1, "陶瓷": 1}  # without its own filter
        assert by_name["颜色"] == {"红": 1, "白": 1}  # over the stainless matches

    async def test_a_search_that_finds_nothing_has_empty_facets(self, api, world):
        body = await search(api, facets=1, keyword="电饭煲")
        assert body["total"] == 0
        assert body["facets"]["tags"] == [] and body["facets"]["attributes"] == []


@pytest.mark.feature("SEARCH-6")
class TestIndexFollowsTagAndAttributeEdits:
    async def test_a_platform_edit_of_tags_and_attributes_moves_the_product_between_filters(self, api, world,
                                                                                          admin_token):
        glass = world["ids"]["glass"]
        edited = await api.edit_product(admin_token, glass, tags=["包邮"], attributes=[
            {"id": world["material"], "value": "陶瓷"}])
        assert edited.status == 200 and edited.json["status"] == "on_sale"
        assert await titles(api, tags="包邮") == ["不锈钢炒锅", "玻璃杯 白"]
        assert "玻璃杯 白" not in await titles(api, tags="新品")
        assert await titles(api, attrs=f"{world['material']}:陶瓷") == ["玻璃杯 白", "陶瓷杯 红"]

    async def test_a_merchants_tag_edit_stays_on_sale_and_is_filtered_at_once(self, api, world, shop):
        edited = await api.edit_product(shop["token"], world["ids"]["ceramic"], tags=["热卖"])
        assert edited.json["status"] == "on_sale"
        assert await titles(api, tags="热卖") == ["保温杯 不锈钢 白", "保温杯 不锈钢 红", "陶瓷杯 红"]

    async def test_an_attribute_made_filterable_becomes_a_facet_and_unmade_leaves(self, api, world, admin_token):
        origin = world["origin"]
        await api.patch(f"/api/v1/admin/attributes/{origin}", token=admin_token,
                        json={"name": "产地", "input_type": "text", "is_indexed": True})
        assert len(await titles(api, attrs=f"{origin}:浙江")) == 5
        facets = (await search(api, facets=1))["facets"]
        assert "产地" in {a["name"] for a in facets["attributes"]}
        await api.patch(f"/api/v1/admin/attributes/{world['material']}", token=admin_token,
                        json={"name": "材质", "input_type": "option", "options": ["不锈钢", "玻璃", "陶瓷"]})
        facets = (await search(api, facets=1))["facets"]
        assert "材质" not in {a["name"] for a in facets["attributes"]}
        assert await titles(api, attrs=f"{world['material']}:玻璃") == []


@pytest.mark.feature("SEARCH-7")
class TestCards:
    async def test_a_card_carries_what_the_result_list_shows(self, api, admin_token, shop):
        await made(api, admin_token, "/api/v1/admin/tags", name="新品")
        product = await api.product(shop["token"], "不锈钢保温杯", 0, tags=["新品"],
                                    images=["https://img.example.com/cup.jpg"],
                                    units=[{"name": "个", "factor": 1}, {"name": "箱", "factor": 24}],
                                    skus=[{"spec_values": [], "price": 5900, "original_price": 7900, "stock": 5}])
        await api.patch(f"{PRODUCTS}/{product['id']}", token=admin_token, json={"padded_sales": 120})
        card = (await search(api, keyword="保温杯"))["items"][0]
        assert card == {"id": product["id"], "title": "不锈钢保温杯", "image": "https://img.example.com/cup.jpg",
                        "price": 5900, "original_price": 7900, "sales": 120, "stock_state": "low",
                        "shop_id": shop["id"], "self_operated": False, "tags": ["新品"], "marks": [], "unit": "个",
                        "price_kind": "list", "points": 0, "points_cash": 0}

    async def test_a_self_operated_shops_card_says_so_and_stock_states_follow_stock(self, api, admin_token):
        _, token = await api.merchant(admin_token, "自营旗舰店", self_operated=True)
        product = await api.product(token, "自营大米", 5000)
        card = (await search(api))["items"][0]
        assert (card["self_operated"], card["stock_state"]) == (True, "in_stock")
        await api.set_sku(token, product["id"], stock=0)
        assert (await search(api))["items"][0]["stock_state"] == "sold_out"


class TestQueryBudget:
    @pytest.mark.feature("SEARCH-6")
    async def test_facets_cost_the_same_statements_for_two_results_or_twenty(self, api, world, shop,
                                                                            count_queries):
        for n in range(18):
            await api.product(shop["token"], f"保温杯 {n}号", 1000, category_id=world["cups"],
                              brand_id=world["zoji"], tags=["热卖"],
                              attributes=[{"id": world["material"], "value": "玻璃"}])
        counts = []
        for keyword in ("保温杯 不锈钢", "保温杯"):
            with count_queries() as counter:
                body = await search(api, keyword=keyword, facets=1, page_size=20)
            counts.append(counter.count)
        assert body["total"] == 20 and len(body["items"]) == 20
        assert counts[0] == counts[1], counts
