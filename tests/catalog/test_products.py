"""Products as merchants write them: specs and SKUs, units (B2B-1), who sees and edits which rows
(PLT-4), deletion, sales padding and sort numbers (PLT-5)."""

from __future__ import annotations

import pytest

from tests.catalog.conftest import PRODUCTS, admin_view, draft, event

COLOURS = {"name": "颜色", "values": ["红", "蓝"]}
SIZES = {"name": "尺码", "values": ["M", "L"]}


def sku(*values, price=1990, stock=10, **fields):
    return {"spec_values": list(values), "price": price, "stock": stock, **fields}


def two_by_two(**fields):
    return {"specs": [COLOURS, SIZES], "skus": [
        sku("红", "M", price=1990, code="A-RM", **fields), sku("红", "L", price=2190, code="A-RL", **fields),
        sku("蓝", "M", price=1890, stock=0, code="A-BM", **fields), sku("蓝", "L", price=2590, code="A-BL", **fields)]}


async def create(api, token, title="纯棉T恤", **body):
    return await api.post(PRODUCTS, token=token, json={"title": title, **body})


@pytest.mark.feature("PDP-2")
class TestSpecsAndSkus:
    async def test_one_sku_per_combination_is_saved_with_price_and_stock_summarised(self, api, shop):
        response = await create(api, shop["token"], **two_by_two())
        assert response.status == 201, response
        product = response.json
        assert [s["spec_values"] for s in product["skus"]] == [["红", "M"], ["红", "L"], ["蓝", "M"], ["蓝", "L"]]
        assert (product["price"], product["stock"]) == (1890, 30)
        assert product["specs"] == [COLOURS, SIZES]

    async def test_the_lowest_enabled_sku_sets_the_price_and_disabled_ones_add_no_stock(self, api, shop):
        body = two_by_two()
        body["skus"][2]["is_enabled"] = False
        product = (await create(api, shop["token"], **body)).json
        assert (product["price"], product["stock"]) == (1990, 30)

    async def test_a_product_without_specs_gets_exactly_one_sku(self, api, shop):
        product = (await create(api, shop["token"], price=990, original_price=1290, stock=7)).json
        assert [(s["spec_values"], s["price"], s["original_price"], s["stock"]) for s in product["skus"]] == [
            ([], 990, 1290, 7)]

    @pytest.mark.parametrize("skus", [
        [sku("红", "M"), sku("红", "L"), sku("蓝", "M")],  # 蓝/L missing
        [sku("红", "M"), sku("红", "L"), sku("蓝", "M"), sku("蓝", "L"), sku("红", "M")],  # duplicate
        [sku("红", "M"), sku("红", "L"), sku("蓝", "M"), sku("绿", "L")],  # unknown value
        [sku("红"), sku("红", "L"), sku("蓝", "M"), sku("蓝", "L")],  # too few values
    ])
    async def test_missing_duplicate_or_unknown_combinations_are_refused(self, api, shop, skus):
        response = await create(api, shop["token"], specs=[COLOURS, SIZES], skus=skus)
        assert response.status == 422 and response.error_code == "skus_invalid", response
        assert response.fields

    @pytest.mark.parametrize("specs", [
        [{"name": "颜色", "values": ["红"]}, {"name": "颜色", "values": ["蓝"]}],
        [{"name": "颜色", "values": ["红", "红"]}],
        [{"name": "颜色", "values": ["红", " "]}],
    ])
    async def test_duplicate_spec_names_or_values_are_refused(self, api, shop, specs):
        response = await create(api, shop["token"], specs=specs, skus=[sku("红")])
        assert response.status == 422 and response.error_code == "specs_invalid", response

    async def test_specs_without_skus_is_a_field_error(self, api, shop):
        response = await create(api, shop["token"], specs=[COLOURS], price=100)
        assert response.status == 422 and response.error_code == "validation_failed"

    async def test_sku_codes_are_unique_within_the_product_and_the_shop(self, api, shop, rival):
        body = two_by_two()
        body["skus"][1]["code"] = "A-RM"
        response = await create(api, shop["token"], **body)
        assert response.status == 409 and response.error_code == "sku_code_taken"
        assert (await create(api, shop["token"], **two_by_two())).status == 201
        again = await create(api, shop["token"], "另一件T恤", **two_by_two())
        assert again.status == 409 and again.error_code == "sku_code_taken" and "A-RM" in again.json["error"]["message"]
        assert (await create(api, rival["token"], **two_by_two())).status == 201  # another shop may use them

    async def test_a_deleted_products_codes_are_free_again(self, api, shop):
        first = (await create(api, shop["token"], **two_by_two())).json
        assert (await api.delete(f"{PRODUCTS}/{first['id']}", token=shop["token"])).status == 204
        assert (await create(api, shop["token"], **two_by_two())).status == 201

    async def test_editing_specs_keeps_the_ids_of_combinations_that_stay(self, api, shop):
        product = (await create(api, shop["token"], **two_by_two())).json
        ids = {tuple(s["spec_values"]): s["id"] for s in product["skus"]}
        response = await api.edit_product(shop["token"], product["id"], specs=[COLOURS, {"name": "尺码",
                                                                                           "values": ["L", "XL"]}],
                                          skus=[sku("红", "L", code="A-RL"), sku("红", "XL"),
                                                sku("蓝", "L", code="A-BL"), sku("蓝", "XL")])
        assert response.status == 200, response
        after = {tuple(s["spec_values"]): s["id"] for s in response.json["skus"]}
        assert after[("红", "L")] == ids[("红", "L")] and after[("蓝", "L")] == ids[("蓝", "L")]
        assert ("红", "M") not in after and after[("红", "XL")] not in ids.values()

    async def test_keeping_an_skus_own_code_on_edit_is_not_a_clash(self, api, shop):
        product = (await create(api, shop["token"], **two_by_two())).json
        assert (await api.edit_product(shop["token"], product["id"], title="纯棉T恤 2代")).status == 200


@pytest.mark.feature("B2B-1")
class TestUnits:
    UNITS = [{"name": "个", "factor": 1}, {"name": "包", "factor": 20}, {"name": "箱", "factor": 200}]

    async def test_unit_prices_default_to_price_times_factor_and_stock_is_in_the_base_unit(self, api, shop):
        product = (await create(api, shop["token"], "一次性纸杯", price=15, stock=4000, units=self.UNITS)).json
        assert product["units"] == self.UNITS
        assert (product["skus"][0]["unit_prices"], product["skus"][0]["stock"]) == ([15, 300, 3000], 4000)

    async def test_custom_unit_prices_are_kept(self, api, shop):
        product = (await create(api, shop["token"], "一次性纸杯", units=self.UNITS,
                                skus=[sku(price=15, unit_prices=[15, 280, 2500])])).json
        assert product["skus"][0]["unit_prices"] == [15, 280, 2500]

    @pytest.mark.parametrize("unit_prices", [[15, 280], [16, 280, 2500]])
    async def test_unit_prices_must_match_the_units_and_start_at_the_price(self, api, shop, unit_prices):
        response = await create(api, shop["token"], "一次性纸杯", units=self.UNITS,
                                skus=[sku(price=15, unit_prices=unit_prices)])
        assert response.status == 422 and response.error_code == "skus_invalid"

    @pytest.mark.parametrize(("units", "message"), [
        ([{"name": "包", "factor": 20}], "基本单位的换算数量必须为 1"),
        ([{"name": "个", "factor": 1}, {"name": "箱", "factor": 20}, {"name": "包", "factor": 10}], "整除"),
        ([{"name": "个", "factor": 1}, {"name": "包", "factor": 1}], "必须大于"),
        ([{"name": "个", "factor": 1}, {"name": "包", "factor": 6}, {"name": "箱", "factor": 20}], "整除"),
        ([{"name": "个", "factor": 1}, {"name": "个", "factor": 6}], "单位名称不能重复"),
    ])
    async def test_factors_start_at_one_strictly_increase_and_divide(self, api, shop, units, message):
        response = await create(api, shop["token"], "一次性纸杯", price=15, units=units)
        assert response.status == 422 and response.error_code == "units_invalid"
        assert message in response.json["error"]["message"] and message in response.fields["units"]

    async def test_at_most_three_units(self, api, shop):
        units = [*self.UNITS, {"name": "托", "factor": 2000}]
        response = await create(api, shop["token"], "一次性纸杯", price=15, units=units)
        assert response.status == 422 and response.error_code == "units_invalid"
        assert response.fields == {"units": "最多 3 个单位"}

    async def test_a_product_without_units_has_the_default_base_unit(self, api, shop):
        product = (await create(api, shop["token"], "一次性纸杯", price=15)).json
        assert product["units"] == [{"name": "件", "factor": 1}] and product["skus"][0]["unit_prices"] == [15]

    async def test_a_price_change_rederives_default_unit_prices_and_keeps_custom_ones(self, api, shop):
        product = (await create(api, shop["token"], "一次性纸杯", units=self.UNITS, specs=[COLOURS], skus=[
            sku("红", price=15), sku("蓝", price=15, unit_prices=[15, 280, 2500])])).json
        red, blue = product["skus"]
        response = await api.patch(f"{PRODUCTS}/{product['id']}/skus", token=shop["token"], json={"items": [
            {"id": red["id"], "price": 20}, {"id": blue["id"], "price": 14}]})
        assert response.status == 200, response
        assert [s["unit_prices"] for s in response.json["skus"]] == [[20, 400, 4000], [14, 280, 2500]]
        assert response.json["price"] == 14

    async def test_unit_prices_can_be_set_per_sku(self, api, shop):
        product = (await create(api, shop["token"], "一次性纸杯", price=15, units=self.UNITS)).json
        sku_id = product["skus"][0]["id"]
        response = await api.patch(f"{PRODUCTS}/{product['id']}/skus", token=shop["token"],
                                   json={"items": [{"id": sku_id, "unit_prices": [15, 290, 2800]}]})
        assert response.json["skus"][0]["unit_prices"] == [15, 290, 2800]
        wrong = await api.patch(f"{PRODUCTS}/{product['id']}/skus", token=shop["token"],
                                json={"items": [{"id": sku_id, "unit_prices": [15, 290]}]})
        assert wrong.status == 422 and wrong.error_code == "skus_invalid"


@pytest.mark.feature("PLT-4")
class TestSkuChanges:
    async def test_price_and_stock_per_sku_update_the_summary_without_audit(self, api, shop):
        product = await api.product(shop["token"], "纯棉T恤", 1990, **two_by_two())
        skus = product["skus"]
        response = await api.patch(f"{PRODUCTS}/{product['id']}/skus", token=shop["token"], json={"items": [
            {"id": skus[0]["id"], "price": 990, "stock": 1}, {"id": skus[2]["id"], "stock": 5}]})
        assert response.status == 200
        assert (response.json["status"], response.json["price"], response.json["stock"]) == ("on_sale", 990, 26)
        card = (await api.get("/api/v1/search/products")).json["items"][0]
        assert card["price"] == 990

    async def test_an_sku_of_another_product_is_not_found(self, api, shop):
        one = (await create(api, shop["token"], price=100)).json
        two = (await create(api, shop["token"], "另一件", price=100)).json
        response = await api.patch(f"{PRODUCTS}/{one['id']}/skus", token=shop["token"],
                                   json={"items": [{"id": two["skus"][0]["id"], "stock": 1}]})
        assert response.status == 404 and response.error_code == "sku_not_found"

    async def test_negative_stock_is_a_field_error(self, api, shop):
        product = (await create(api, shop["token"], price=100)).json
        response = await api.patch(f"{PRODUCTS}/{product['id']}/skus", token=shop["token"],
                                   json={"items": [{"id": product["skus"][0]["id"], "stock": -1}]})
        assert response.status == 422 and response.error_code == "validation_failed"


@pytest.mark.feature("PLT-4")
class TestWhoSeesWhich:
    async def test_a_merchant_lists_only_its_own_products(self, api, shop, rival):
        await draft(api, shop["token"], "我的锅")
        await draft(api, rival["token"], "别家的锅")
        rows = (await api.get(PRODUCTS, token=shop["token"])).json
        assert [r["title"] for r in rows["items"]] == ["我的锅"] and rows["total"] == 1

    async def test_another_shops_product_is_not_found_for_reading_editing_or_deleting(self, api, shop, rival):
        theirs = await draft(api, rival["token"], "别家的锅")
        path = f"{PRODUCTS}/{theirs['id']}"
        for response in (await api.get(path, token=shop["token"]),
                         await api.put(path, token=shop["token"], json={"title": "抢过来", "price": 1}),
                         await api.patch(path, token=shop["token"], json={"sort": 5}),
                         await api.patch(f"{path}/skus", token=shop["token"],
                                         json={"items": [{"id": theirs["skus"][0]["id"], "stock": 0}]}),
                         await api.delete(path, token=shop["token"]),
                         await event(api, shop["token"], theirs["id"], "submit")):
            assert response.status == 404 and response.error_code == "product_not_found", response
        assert (await admin_view(api, rival["token"], theirs["id"]))["title"] == "别家的锅"

    async def test_the_platform_sees_every_shop_with_its_name_and_filters(self, api, shop, rival, admin_token, leaf):
        await draft(api, shop["token"], "我的锅", category_id=leaf)
        await api.product(rival["token"], "别家的锅", 100)
        rows = (await api.get(PRODUCTS, token=admin_token)).json["items"]
        assert {(r["title"], r["shop_name"]) for r in rows} == {("我的锅", "好物优选"), ("别家的锅", "隔壁小店")}
        assert set(rows[0]) >= {"id", "title", "image", "shop_id", "shop_name", "category_id", "price", "stock",
                                "sales", "padded_sales", "status", "sort", "audit_reason", "updated_at"}
        for params, titles in (({"shop_id": rival["id"]}, ["别家的锅"]), ({"status": "draft"}, ["我的锅"]),
                               ({"category_id": leaf}, ["我的锅"]), ({"keyword": "别家"}, ["别家的锅"])):
            found = (await api.get(PRODUCTS, token=admin_token, params=params)).json["items"]
            assert [r["title"] for r in found] == titles, params

    async def test_a_keyword_finds_a_product_by_sku_code(self, api, shop):
        await create(api, shop["token"], **two_by_two())
        await draft(api, shop["token"], "别的")
        found = (await api.get(PRODUCTS, token=shop["token"], params={"keyword": "A-BL"})).json["items"]
        assert [r["title"] for r in found] == ["纯棉T恤"]

    async def test_the_edit_view_shows_each_sku_with_its_id(self, api, shop, admin_token):
        product = (await create(api, shop["token"], **two_by_two(weight=300, barcode="690"))).json
        view = await admin_view(api, admin_token, product["id"])
        assert [(s["code"], s["price"], s["stock"], s["weight"], s["barcode"], s["is_enabled"])
                for s in view["skus"]] == [("A-RM", 1990, 10, 300, "690", True), ("A-RL", 2190, 10, 300, "690", True),
                                           ("A-BM", 1890, 0, 300, "690", True), ("A-BL", 2590, 10, 300, "690", True)]
        assert all(isinstance(s["id"], int) for s in view["skus"])

    async def test_a_platform_account_cannot_create_products(self, api, admin_token):
        response = await create(api, admin_token, price=100)
        assert response.status == 422

    async def test_a_bad_status_filter_is_a_field_error(self, api, shop):
        response = await api.get(PRODUCTS, token=shop["token"], params={"status": "gone"})
        assert response.status == 422 and "status" in response.fields


@pytest.mark.feature("PLT-4")
class TestDelete:
    @pytest.mark.parametrize("state", ["on_sale", "pending"])
    async def test_a_product_on_sale_or_in_audit_cannot_be_deleted(self, api, shop, state):
        product = await api.product(shop["token"], "炒锅", 100) if state == "on_sale" else \
            (await create(api, shop["token"], price=100, submit=True)).json
        response = await api.delete(f"{PRODUCTS}/{product['id']}", token=shop["token"])
        assert response.status == 409 and response.error_code == "product_not_deletable"

    async def test_deleting_is_soft_and_the_product_leaves_every_list(self, api, shop, admin_token):
        product = await api.product(shop["token"], "炒锅", 100)
        await api.shelve(shop["token"], product["id"], "off_shelf")
        assert (await api.delete(f"{PRODUCTS}/{product['id']}", token=shop["token"])).status == 204
        for token in (shop["token"], admin_token):
            assert (await api.get(PRODUCTS, token=token)).json["total"] == 0
            assert (await api.get(f"{PRODUCTS}/{product['id']}", token=token)).status == 404
        assert (await api.delete(f"{PRODUCTS}/{product['id']}", token=shop["token"])).status == 404
        from backend.catalog.service import titles_of

        assert await titles_of([product["id"]]) == {product["id"]: "炒锅"}  # orders and reviews still name it


@pytest.mark.feature("PLT-5")
class TestSalesPaddingAndSort:
    async def test_only_the_platform_pads_sales(self, api, shop, admin_token):
        product = await api.product(shop["token"], "炒锅", 100)
        refused = await api.patch(f"{PRODUCTS}/{product['id']}", token=shop["token"], json={"padded_sales": 500})
        assert refused.status == 403 and "padded_sales" in refused.fields
        padded = await api.patch(f"{PRODUCTS}/{product['id']}", token=admin_token, json={"padded_sales": 500})
        assert padded.status == 200 and (padded.json["sales"], padded.json["padded_sales"]) == (0, 500)
        assert padded.json["status"] == "on_sale"

    async def test_cards_search_and_detail_show_real_plus_padded_sales_and_sort_by_it(self, api, shop, admin_token):
        low = await api.product(shop["token"], "炒锅 小号", 100)
        high = await api.product(shop["token"], "炒锅 大号", 100)
        await api.patch(f"{PRODUCTS}/{low['id']}", token=admin_token, json={"padded_sales": 30})
        await api.patch(f"{PRODUCTS}/{high['id']}", token=admin_token, json={"padded_sales": 300})
        found = (await api.get("/api/v1/search/products", params={"sort": "sales"})).json["items"]
        assert [(c["id"], c["sales"]) for c in found] == [(high["id"], 300), (low["id"], 30)]
        assert (await api.get(f"/api/v1/products/{low['id']}")).json["sales"] == 30
        from backend.catalog import service
        from backend.catalog.schemas import ProductQuery

        cards = await service.query_cards(ProductQuery(sort="sales"))
        assert [(c["id"], c["sales"]) for c in cards] == [(high["id"], 300), (low["id"], 30)]

    async def test_a_merchant_sets_sort_and_freight_without_audit(self, api, shop):
        product = await api.product(shop["token"], "炒锅", 100)
        response = await api.patch(f"{PRODUCTS}/{product['id']}", token=shop["token"], json={"sort": 7, "freight": 600})
        assert (response.json["sort"], response.json["freight"], response.json["status"]) == (7, 600, "on_sale")
        assert (await api.get(PRODUCTS, token=shop["token"])).json["items"][0]["sort"] == 7

    async def test_a_larger_sort_number_comes_earlier_in_composite_order(self, api, shop):
        plain = await api.product(shop["token"], "炒锅 普通款", 100)
        pinned = await api.product(shop["token"], "炒锅 推荐款", 100)
        await api.patch(f"{PRODUCTS}/{plain['id']}", token=shop["token"], json={"sort": 0})
        await api.patch(f"{PRODUCTS}/{pinned['id']}", token=shop["token"], json={"sort": 900})
        await api.patch(f"{PRODUCTS}/{plain['id']}", token=await api.platform(), json={"padded_sales": 20})
        found = (await api.get("/api/v1/search/products")).json["items"]
        assert [c["id"] for c in found] == [pinned["id"], plain["id"]]
        by_keyword = (await api.get("/api/v1/search/products", params={"keyword": "炒锅"})).json["items"]
        assert [c["id"] for c in by_keyword] == [pinned["id"], plain["id"]]
        from backend.catalog import service
        from backend.catalog.schemas import ProductQuery

        cards = await service.query_cards(ProductQuery(sort="composite"))
        assert [c["id"] for c in cards] == [pinned["id"], plain["id"]]

    @pytest.mark.parametrize("body", [{"sort": -1}, {"padded_sales": -5}, {"price": 1}])
    async def test_bad_quick_edits_are_field_errors(self, api, shop, admin_token, body):
        product = await api.product(shop["token"], "炒锅", 100)
        response = await api.patch(f"{PRODUCTS}/{product['id']}", token=admin_token, json=body)
        assert response.status == 422 and response.error_code == "validation_failed"

