"""The product page through GET /products/{id} (PDP-1, PDP-2, PDP-5, B2B-1) and the back office's
list and page statement budgets."""

from __future__ import annotations

import pytest

from tests.catalog.conftest import PRODUCTS, create_attribute, create_tag, draft

DETAIL = "/api/v1/products/{}"


async def detail(api, product_id, **kw):
    response = await api.get(DETAIL.format(product_id), **kw)
    assert response.status == 200, response
    return response.json


@pytest.fixture
async def full(api, shop, admin_token, leaf):
    """A product with every field the page shows, on sale."""
    brand = (await api.post("/api/v1/admin/brands", token=admin_token, json={"name": "苏泊尔"})).json
    material = await create_attribute(api, admin_token, "材质", options=["不锈钢", "铸铁"])
    await create_tag(api, admin_token, "新品")
    return await api.product(
        shop["token"], "不锈钢炒锅 32cm", 0, subtitle="少油烟 不粘", category_id=leaf, brand_id=brand["id"],
        images=["https://img.example.com/1.jpg", "https://img.example.com/2.jpg"],
        video="https://v.example.com/pan.mp4", description="<p>好锅</p>", tags=["新品"],
        service_promise=["七天无理由退货", "正品保障"], freight=800,
        params=[{"group": "主体", "name": "产地", "value": "浙江"}],
        attributes=[{"id": material["id"], "value": "不锈钢"}],
        specs=[{"name": "尺寸", "values": ["30cm", "32cm", "34cm"]}],
        units=[{"name": "个", "factor": 1}, {"name": "箱", "factor": 10}],
        skus=[{"spec_values": ["30cm"], "price": 9900, "original_price": 12900, "stock": 8, "code": "P-30",
               "image": "https://img.example.com/30.jpg"},
              {"spec_values": ["32cm"], "price": 10900, "stock": 0, "code": "P-32"},
              {"spec_values": ["34cm"], "price": 12900, "stock": 50, "is_enabled": False,
               "unit_prices": [12900, 120000]}])


@pytest.mark.feature("PDP-1")
class TestProductPage:
    async def test_the_page_shows_every_field_of_an_on_sale_product(self, api, shop, full, leaf):
        page = await detail(api, full["id"])
        assert (page["title"], page["subtitle"], page["status"]) == ("不锈钢炒锅 32cm", "少油烟 不粘", "on_sale")
        assert page["images"] == ["https://img.example.com/1.jpg", "https://img.example.com/2.jpg"]
        assert (page["video"], page["description"]) == ("https://v.example.com/pan.mp4", "<p>好锅</p>")
        assert page["params"] == [{"group": "主体", "name": "产地", "value": "浙江"}]
        assert [(a["name"], a["value"]) for a in page["attributes"]] == [("材质", "不锈钢")]
        assert page["service_promise"] == ["七天无理由退货", "正品保障"]
        assert (page["freight"], page["tags"]) == (800, ["新品"])
        assert page["shop"] == {"id": shop["id"], "name": "好物优选", "logo": "", "self_operated": False}
        assert page["brand"]["name"] == "苏泊尔" and page["category_id"] == leaf
        assert page["share"] == {"title": "不锈钢炒锅 32cm", "image": "https://img.example.com/1.jpg",
                                 "path": f"/pages/product/index?id={full['id']}"}
        assert page["specs"] == [{"name": "尺寸", "values": ["30cm", "32cm", "34cm"]}]

    async def test_price_and_price_max_range_over_what_can_be_bought(self, api, full):
        page = await detail(api, full["id"])
        assert (page["price"], page["price_max"], page["original_price"]) == (9900, 9900, 12900)
        assert page["stock_state"] == "low"

    async def test_a_product_without_brand_video_or_images_still_has_a_page(self, api, shop):
        product = await api.product(shop["token"], "无品牌炒锅", 500)
        page = await detail(api, product["id"])
        assert (page["brand"], page["video"], page["images"], page["price_max"]) == (None, "", [], 500)

    @pytest.mark.parametrize("step", ["off_shelf", "draft", "pending", "deleted", "missing"])
    async def test_a_product_not_on_sale_is_not_found(self, api, shop, step):
        if step == "missing":
            product_id = 987654
        elif step in ("draft", "pending"):
            product_id = (await draft(api, shop["token"], submit=step == "pending"))["id"]
        else:
            product_id = (await api.product(shop["token"], "炒锅", 100))["id"]
            await api.shelve(shop["token"], product_id, "off_shelf")
            if step == "deleted":
                await api.delete(f"{PRODUCTS}/{product_id}", token=shop["token"])
        response = await api.get(DETAIL.format(product_id))
        assert response.status == 404 and response.error_code == "product_not_found"

    async def test_favourited_is_true_only_for_the_shopper_who_favourited(self, api, shop):
        product = await api.product(shop["token"], "炒锅", 100)
        fan, other = await api.consumer("13900000001"), await api.consumer("13900000002")
        assert (await api.put(f"/api/v1/me/favourites/{product['id']}", token=fan)).status in (200, 201)
        assert (await detail(api, product["id"], token=fan))["favourited"] is True
        assert (await detail(api, product["id"], token=other))["favourited"] is False
        assert (await detail(api, product["id"]))["favourited"] is False

    async def test_the_review_summary_and_latest_reviews_are_on_the_page(self, api, shop):
        from backend.reviews import service as reviews
        from backend.reviews.schemas import ReviewIn

        product = await api.product(shop["token"], "炒锅", 100)
        empty = (await detail(api, product["id"]))["review_summary"]
        assert (empty["total"], empty["good_rate"], empty["latest"]) == (0, 0, [])
        token = await api.consumer()
        user_id = (await api.get("/api/v1/me", token=token)).json["id"]
        await reviews.create_review(user_id, ReviewIn(product_id=product["id"], rating=5, content="质量好，物流快"))
        summary = (await detail(api, product["id"]))["review_summary"]
        assert (summary["total"], summary["good_rate"]) == (1, 100)
        assert [r["content"] for r in summary["latest"]] == ["质量好，物流快"]


@pytest.mark.feature("PDP-2")
class TestSkusOnThePage:
    async def test_each_sku_says_whether_it_can_be_bought(self, api, full):
        skus = (await detail(api, full["id"]))["skus"]
        assert [(s["spec_values"], s["stock"], s["stock_state"], s["available"]) for s in skus] == [
            (["30cm"], 8, "low", True), (["32cm"], 0, "sold_out", False), (["34cm"], 50, "in_stock", False)]
        assert (skus[0]["image"], skus[0]["code"], skus[0]["original_price"]) == (
            "https://img.example.com/30.jpg", "P-30", 12900)

    async def test_a_restocked_sku_becomes_available_and_widens_the_price_range(self, api, shop, full):
        sku_id = full["skus"][1]["id"]
        await api.patch(f"{PRODUCTS}/{full['id']}/skus", token=shop["token"],
                        json={"items": [{"id": sku_id, "stock": 3}]})
        page = await detail(api, full["id"])
        assert page["skus"][1]["available"] is True
        assert (page["price"], page["price_max"]) == (9900, 10900)

    async def test_the_struck_through_price_belongs_to_the_sku_whose_price_is_shown(self, api, shop):
        product = await api.product(shop["token"], "T恤", 0, specs=[{"name": "颜色", "values": ["红", "蓝"]}], skus=[
            {"spec_values": ["红"], "price": 100, "original_price": 900, "stock": 0},
            {"spec_values": ["蓝"], "price": 150, "original_price": 0, "stock": 5}])
        page = await detail(api, product["id"])
        assert (page["price"], page["original_price"], page["price_max"]) == (150, 0, 150)

    async def test_when_nothing_can_be_bought_the_page_shows_sold_out(self, api, shop):
        product = await api.product(shop["token"], "炒锅", 100)
        await api.set_sku(shop["token"], product["id"], stock=0)
        page = await detail(api, product["id"])
        assert (page["stock_state"], page["skus"][0]["available"], page["price"]) == ("sold_out", False, 100)


@pytest.mark.feature("B2B-1")
class TestUnitsOnThePage:
    async def test_units_and_per_sku_unit_prices_are_shown(self, api, full):
        page = await detail(api, full["id"])
        assert page["units"] == [{"name": "个", "factor": 1}, {"name": "箱", "factor": 10}]
        assert [s["unit_prices"] for s in page["skus"]] == [[9900, 99000], [10900, 109000], [12900, 120000]]

    async def test_cards_name_the_base_unit(self, api, full):
        card = (await api.get("/api/v1/search/products")).json["items"][0]
        assert card["unit"] == "个"


@pytest.mark.feature("PDP-5")
class TestRecommendations:
    async def sell(self, api, product_id, sales):
        response = await api.patch(f"{PRODUCTS}/{product_id}", token=await api.platform(),
                                   json={"padded_sales": sales})
        assert response.status == 200

    async def test_same_category_and_shop_by_sales_then_the_shops_other_best_sellers(self, api, shop, rival,
                                                                                    admin_token, leaf):
        other_leaf = (await api.post("/api/v1/admin/categories", token=admin_token,
                                     json={"name": "杯子", "parent_id": (await api.get(
                                         "/api/v1/categories/tree")).json["items"][0]["children"][0]["id"]})).json
        this = await api.product(shop["token"], "炒锅", 100, category_id=leaf)
        pans = [await api.product(shop["token"], f"锅 {n}", 100, category_id=leaf) for n in range(2)]
        cups = [await api.product(shop["token"], f"杯 {n}", 100, category_id=other_leaf["id"]) for n in range(2)]
        theirs = await api.product(rival["token"], "别家的锅", 100, category_id=leaf)
        for product, sales in ((this, 999), (pans[0], 5), (pans[1], 50), (cups[0], 500), (cups[1], 1), (theirs, 9999)):
            await self.sell(api, product["id"], sales)
        items = (await api.get(f"/api/v1/products/{this['id']}/recommendations")).json["items"]
        assert [i["id"] for i in items] == [pans[1]["id"], pans[0]["id"], cups[0]["id"], cups[1]["id"]]
        two = (await api.get(f"/api/v1/products/{this['id']}/recommendations", params={"limit": 3})).json["items"]
        assert [i["id"] for i in two] == [pans[1]["id"], pans[0]["id"], cups[0]["id"]]

    async def test_products_off_sale_are_never_recommended(self, api, shop, leaf):
        this = await api.product(shop["token"], "炒锅", 100, category_id=leaf)
        off = await api.product(shop["token"], "下架的锅", 100, category_id=leaf)
        await api.shelve(shop["token"], off["id"], "off_shelf")
        await draft(api, shop["token"], "草稿锅", category_id=leaf)
        assert (await api.get(f"/api/v1/products/{this['id']}/recommendations")).json["items"] == []

    async def test_a_bad_limit_is_a_field_error(self, api, shop):
        this = await api.product(shop["token"], "炒锅", 100)
        response = await api.get(f"/api/v1/products/{this['id']}/recommendations", params={"limit": 0})
        assert response.status == 422 and "limit" in response.fields


class TestQueryBudgets:
    @pytest.mark.feature("PDP-2")
    async def test_the_page_costs_the_same_statements_for_one_sku_or_thirty(self, api, shop, admin_token,
                                                                           count_queries):
        material = await create_attribute(api, admin_token, "材质", options=["不锈钢"])
        common = {"attributes": [{"id": material["id"], "value": "不锈钢"}]}
        one = await api.product(shop["token"], "单规格", 100, **common)
        values = [f"{n}号" for n in range(30)]
        many = await api.product(shop["token"], "三十个规格", 100, specs=[{"name": "型号", "values": values}],
                                 skus=[{"spec_values": [v], "price": 100 + n, "stock": n}
                                       for n, v in enumerate(values)], **common)
        token = await api.consumer()
        counts = []
        for product in (one, many):
            with count_queries() as counter:
                page = await detail(api, product["id"], token=token)
            counts.append(counter.count)
        assert len(page["skus"]) == 30
        assert counts[0] == counts[1], counts

    @pytest.mark.feature("PLT-4")
    async def test_the_back_office_list_costs_the_same_for_two_rows_or_twenty(self, api, shop, rival, admin_token,
                                                                             count_queries):
        counts = []
        for n in range(20):
            await draft(api, (shop if n % 2 else rival)["token"], f"商品 {n}")
        for size in (2, 20):
            with count_queries() as counter:
                response = await api.get(PRODUCTS, token=admin_token, params={"page_size": size})
            counts.append(counter.count)
            assert len(response.json["items"]) == size
        assert counts[0] == counts[1], counts
