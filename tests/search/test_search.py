"""Product search through the public endpoint: Chinese keywords, sorts, filters, a live index."""

import pytest

SEARCH = "/api/v1/search/products"


async def search(api, **params):
    response = await api.get(SEARCH, params=params)
    assert response.status == 200, response
    return response.json


async def titles(api, **params):
    return [item["title"] for item in (await search(api, **params))["items"]]


async def category(api, token, name, parent_id=None):
    response = await api.post("/api/v1/admin/categories", token=token, json={"name": name, "parent_id": parent_id})
    assert response.status == 201, response
    return response.json["id"]


@pytest.fixture
async def shop(api, admin_token):
    shop_id, token = await api.merchant(admin_token, "好物优选")
    return {"id": shop_id, "token": token}


@pytest.fixture
async def goods(api, shop):
    """A cup, a phone, a phone case and a rice cooker (ids by name)."""
    made = {}
    for name, title, price in [("cup", "不锈钢保温杯 500ml", 5900), ("phone", "华为 Mate 70 Pro 手机", 549900),
                               ("case", "手机壳 透明", 1900), ("cooker", "电饭煲 家用", 29900)]:
        made[name] = (await api.product(shop["token"], title, price))["id"]
    return made


@pytest.mark.feature("SEARCH-1")
class TestKeywords:
    @pytest.mark.parametrize("keyword", ["保温", "保温杯", "不锈钢", "baowen", "bwb", "BaoWenBei", "500ml"])
    async def test_words_pinyin_and_initials_find_the_cup(self, api, goods, keyword):
        assert await titles(api, keyword=keyword) == ["不锈钢保温杯 500ml"]

    async def test_a_phone_keyword_finds_phones_and_their_cases_but_no_rice_cooker(self, api, goods):
        found = await titles(api, keyword="手机")
        assert sorted(found) == sorted(["华为 Mate 70 Pro 手机", "手机壳 透明"])

    async def test_every_word_of_a_multi_word_keyword_must_match(self, api, goods):
        assert await titles(api, keyword="华为 手机") == ["华为 Mate 70 Pro 手机"]
        assert await titles(api, keyword="保温杯 手机") == []

    @pytest.mark.parametrize("keyword", ['"保温" OR *', "'); DROP TABLE catalog_product; --", "保温*", "NEAR(保温",
                                         "***", "\\'", "a:b"])
    async def test_query_syntax_and_sql_are_just_text(self, api, goods, keyword):
        body = await search(api, keyword=keyword)
        assert body["items"] == [] or body["items"][0]["title"] == "不锈钢保温杯 500ml"
        assert await titles(api, keyword="保温") == ["不锈钢保温杯 500ml"]

    async def test_no_keyword_lists_everything_on_sale(self, api, goods):
        assert (await search(api))["total"] == 4

    async def test_a_keyword_over_fifty_characters_is_rejected_in_the_error_shape(self, api, goods):
        response = await api.get(SEARCH, params={"keyword": "杯" * 51})
        assert response.status == 422 and response.error_code == "validation_failed"
        assert response.fields == {"keyword": "最多 50 个字符"}

    async def test_a_bad_sort_or_page_is_a_field_error(self, api):
        response = await api.get(SEARCH, params={"sort": "cheapest", "page": 0})
        assert response.status == 422 and set(response.fields) == {"sort", "page"}

    async def test_a_search_is_logged_with_its_result_count(self, api, goods):
        from backend.search.models import SearchLog

        await search(api, keyword="保温")
        await search(api)
        assert await SearchLog.all().values_list("keyword", "user_id", "result_count") == [("保温", None, 1)]

    async def test_the_search_page_is_paged(self, api, shop):
        for n in range(5):
            await api.product(shop["token"], f"保温杯{n}号", 1000 + n)
        first = await search(api, keyword="保温杯", page_size=2, sort="price_asc")
        third = await search(api, keyword="保温杯", page_size=2, page=3, sort="price_asc")
        assert first["total"] == 5 and [i["price"] for i in first["items"]] == [1000, 1001]
        assert [i["price"] for i in third["items"]] == [1004]


@pytest.mark.feature("SEARCH-5")
class TestSorts:
    @pytest.fixture
    async def cups(self, api, admin_token, shop):
        ids = {}
        for name, price, padded in [("a", 3000, 5), ("b", 1000, 50), ("c", 2000, 0)]:
            ids[name] = (await api.product(shop["token"], f"保温杯 {name}款", price))["id"]
            response = await api.patch(f"/api/v1/admin/products/{ids[name]}", token=admin_token,
                                       json={"padded_sales": padded})
            assert response.status == 200, response
        return ids

    async def ids(self, api, **params):
        return [item["id"] for item in (await search(api, keyword="保温杯", **params))["items"]]

    async def test_sales_high_to_low(self, api, cups):
        assert await self.ids(api, sort="sales") == [cups["b"], cups["a"], cups["c"]]

    async def test_price_low_to_high_and_high_to_low(self, api, cups):
        assert await self.ids(api, sort="price_asc") == [cups["b"], cups["c"], cups["a"]]
        assert await self.ids(api, sort="price_desc") == [cups["a"], cups["c"], cups["b"]]

    async def test_newest_first(self, api, cups):
        assert await self.ids(api, sort="newest") == [cups["c"], cups["b"], cups["a"]]

    async def test_composite_weighs_closeness_of_match_and_popularity(self, api, cups, shop):
        exact = (await api.product(shop["token"], "保温杯", 9900))["id"]  # all of it matches, no sales
        found = await self.ids(api)
        assert set(found) == {*cups.values(), exact}
        assert found.index(exact) < found.index(cups["c"])  # equally unsold: the closer match first
        assert found.index(cups["b"]) < found.index(cups["a"]) < found.index(cups["c"])  # alike: sales decide
        assert await self.ids(api, sort="composite") == found
        assert (await search(api, sort="composite"))["items"][0]["id"] == cups["b"]  # no keyword: popularity


@pytest.mark.feature("SEARCH-6")
class TestFilters:
    @pytest.fixture
    async def tree(self, api, admin_token, shop):
        home = await category(api, admin_token, "家居")
        kitchen = await category(api, admin_token, "厨具", home)
        cups = await category(api, admin_token, "水杯", kitchen)
        digital = await category(api, admin_token, "车载充电", await category(api, admin_token, "车载",
                                                                       await category(api, admin_token, "数码")))
        brand = await api.post("/api/v1/admin/brands", token=admin_token, json={"name": "象印"})
        assert brand.status == 201, brand
        made = {
            "zojirushi": await api.product(shop["token"], "象印保温杯", 19900, category_id=cups,
                                           brand_id=brand.json["id"]),
            "plain": await api.product(shop["token"], "普通保温杯", 2900, category_id=cups, stock=0),
            "charger": await api.product(shop["token"], "车载保温杯充电器", 8900, category_id=digital),
        }
        return {"home": home, "cups": cups, "digital": digital, "brand": brand.json["id"],
                **{k: v["id"] for k, v in made.items()}}

    async def ids(self, api, **params):
        return {item["id"] for item in (await search(api, keyword="保温杯", **params))["items"]}

    async def test_a_level_one_category_finds_level_three_products(self, api, tree):
        assert await self.ids(api, category_id=tree["home"]) == {tree["zojirushi"], tree["plain"]}
        assert await self.ids(api, category_id=tree["cups"]) == {tree["zojirushi"], tree["plain"]}
        assert await self.ids(api, category_id=tree["digital"]) == {tree["charger"]}

    async def test_brand(self, api, tree):
        assert await self.ids(api, brand_id=tree["brand"]) == {tree["zojirushi"]}

    async def test_brand_and_category_names_are_searchable(self, api, tree):
        assert {i["id"] for i in (await search(api, keyword="象印"))["items"]} == {tree["zojirushi"]}
        assert {i["id"] for i in (await search(api, keyword="水杯"))["items"]} == {tree["zojirushi"], tree["plain"]}

    async def test_price_range_in_fen_is_inclusive(self, api, tree):
        assert await self.ids(api, price_min=2900, price_max=8900) == {tree["plain"], tree["charger"]}
        assert await self.ids(api, price_min=10000) == {tree["zojirushi"]}

    async def test_an_inverted_price_range_is_rejected(self, api):
        response = await api.get(SEARCH, params={"price_min": 500, "price_max": 100})
        assert response.status == 422 and response.error_code == "validation_failed"

    async def test_in_stock_only(self, api, tree):
        assert await self.ids(api, in_stock="true") == {tree["zojirushi"], tree["charger"]}


@pytest.mark.feature("SEARCH-1")
class TestIndexFollowsTheCatalog:
    async def test_a_price_change_is_searched_and_shown_at_once(self, api, shop, goods):
        await api.set_sku(shop["token"], goods["cup"], price=100)
        body = await search(api, keyword="保温", price_max=100)
        assert [(i["id"], i["price"]) for i in body["items"]] == [(goods["cup"], 100)]

    async def test_off_shelf_leaves_the_index_and_back_on_sale_returns(self, api, shop, goods):
        await api.shelve(shop["token"], goods["cup"], "off_shelf")
        assert await search(api, keyword="保温") == {"items": [], "total": 0, "page": 1, "page_size": 20,
                                                   "facets": None}
        assert (await search(api))["total"] == 3
        await api.shelve(shop["token"], goods["cup"], "on_shelf")
        assert await titles(api, keyword="保温") == ["不锈钢保温杯 500ml"]

    async def test_a_new_title_is_found_once_approved_and_the_old_one_no_longer(self, api, shop, goods):
        edited = await api.edit_product(shop["token"], goods["cup"], title="真空焖烧罐")
        assert edited.status == 200 and edited.json["status"] == "pending"  # a key field: audit again
        assert await titles(api, keyword="保温") == [] and await titles(api, keyword="焖烧") == []
        await api.shelve(await api.platform(), goods["cup"], "approve")
        assert await titles(api, keyword="保温") == []
        assert await titles(api, keyword="焖烧") == ["真空焖烧罐"]

    async def test_selling_out_leaves_the_in_stock_filter_and_a_cancelled_order_brings_it_back(
            self, api, seller, buyer):
        sku = await seller.sku("象印保温杯", 9900, stock=2)
        product_id = seller.product_of[sku]
        order = await api.order(buyer, [{"sku_id": sku, "quantity": 2}])
        assert await self.in_stock_ids(api) == set()
        assert (await search(api, sort="sales"))["items"][0]["sales"] == 2
        order_no = order["orders"][0]["order_no"]
        assert (await api.post(f"/api/v1/orders/{order_no}/cancel", token=buyer, json={})).status == 200
        assert await self.in_stock_ids(api) == {product_id}
        assert (await search(api))["items"][0]["sales"] == 0

    @staticmethod
    async def in_stock_ids(api) -> set[int]:
        return {item["id"] for item in (await search(api, keyword="保温杯", in_stock="true"))["items"]}

    async def test_a_rebuild_indexes_everything_again(self, api, shop, goods):
        from backend.search import service

        await api.shelve(shop["token"], goods["case"], "off_shelf")
        assert await service.rebuild() == 3
        assert await titles(api, keyword="手机") == ["华为 Mate 70 Pro 手机"]
        assert await titles(api, keyword="bwb") == ["不锈钢保温杯 500ml"]


class TestQueryBudget:
    async def test_a_page_costs_the_same_statements_for_one_card_or_twenty(self, api, admin_token, shop,
                                                                           count_queries):
        for n in range(21):
            await api.product(shop["token"], f"保温杯 {n}号", 1000 + n)
        root = await category(api, admin_token, "家居")
        counts = []
        for size in (1, 20):
            with count_queries() as counter:
                body = await search(api, keyword="保温杯", page_size=size, category_id=root, price_min=0)
            counts.append(counter.count)
            assert body["total"] == 0
        for size in (1, 20):
            with count_queries() as counter:
                body = await search(api, keyword="保温杯", page_size=size, sort="price_asc")
            counts.append(counter.count)
            assert len(body["items"]) == size
        assert counts[2] == counts[3] <= 7, counts  # match, count, page, cards (2), marks, search log


@pytest.mark.feature("SEARCH-1")
class TestShopSearch:
    async def test_open_merchant_shops_are_found_by_part_of_their_name(self, api, admin_token):
        await api.merchant(admin_token, "鲜果坊")
        await api.merchant(admin_token, "鲜花小站")
        await api.merchant(admin_token, "数码之家")
        supplier = await api.post("/api/v1/admin/shops", token=admin_token,
                                  json={"kind": "supplier", "name": "鲜货供应链"})
        assert supplier.status == 201

        response = await api.get("/api/v1/search/shops", params={"keyword": "鲜"})

        assert response.status == 200
        assert [shop["name"] for shop in response.json["items"]] == ["鲜果坊", "鲜花小站"]  # suppliers do not sell
        assert set(response.json["items"][0]) == {"id", "name", "logo", "intro", "self_operated"}

    async def test_an_empty_keyword_is_a_clear_error(self, api):
        response = await api.get("/api/v1/search/shops", params={"keyword": ""})
        assert response.status == 422 and "keyword" in response.fields
