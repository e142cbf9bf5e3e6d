"""The platform library (商品库, PLT-6): the platform pulls approved products in, merchants copy
them into their own shops as drafts."""

from __future__ import annotations

import pytest

from tests.catalog.conftest import PRODUCTS, draft

pytestmark = pytest.mark.feature("PLT-6")
LIBRARY = "/api/v1/admin/library"


@pytest.fixture
async def source(api, shop):
    """An approved product with two SKUs, codes, stock and units."""
    return await api.product(shop["token"], "精品茶具套装", 19900, specs=[{"name": "颜色", "values": ["白", "青"]}],
                             units=[{"name": "套", "factor": 1}, {"name": "箱", "factor": 6}],
                             skus=[{"spec_values": ["白"], "price": 19900, "stock": 30, "code": "T-W", "weight": 800},
                                   {"spec_values": ["青"], "price": 21900, "stock": 5, "code": "T-G",
                                    "unit_prices": [21900, 120000]}])


class TestPullingIn:
    async def test_the_platform_adds_approved_products_and_everyone_lists_them(self, api, shop, rival, source,
                                                                               admin_token):
        response = await api.post(LIBRARY, token=admin_token, json={"product_ids": [source["id"]]})
        assert response.status == 200 and response.json == {"added": 1}
        for token in (admin_token, rival["token"]):
            rows = (await api.get(LIBRARY, token=token)).json
            assert [(r["id"], r["title"], r["shop_name"]) for r in rows["items"]] == [
                (source["id"], "精品茶具套装", "好物优选")] and rows["total"] == 1

    async def test_adding_twice_keeps_one_entry(self, api, source, admin_token):
        for _ in range(2):
            assert (await api.post(LIBRARY, token=admin_token, json={"product_ids": [source["id"]]})).status == 200
        assert (await api.get(LIBRARY, token=admin_token)).json["total"] == 1

    async def test_an_off_shelf_product_counts_as_approved(self, api, shop, source, admin_token):
        await api.shelve(shop["token"], source["id"], "off_shelf")
        assert (await api.post(LIBRARY, token=admin_token, json={"product_ids": [source["id"]]})).status == 200

    @pytest.mark.parametrize("submit", [False, True])
    async def test_drafts_and_pending_products_are_refused_and_nothing_is_added(self, api, shop, source,
                                                                                admin_token, submit):
        unapproved = await draft(api, shop["token"], "还没审核", submit=submit)
        response = await api.post(LIBRARY, token=admin_token, json={"product_ids": [source["id"], unapproved["id"]]})
        assert response.status == 422 and response.error_code == "library_product_not_approved"
        assert response.fields == {"product_ids": str(unapproved["id"])}
        assert (await api.get(LIBRARY, token=admin_token)).json["total"] == 0

    async def test_a_merchant_cannot_add_to_the_library(self, api, shop, source):
        response = await api.post(LIBRARY, token=shop["token"], json={"product_ids": [source["id"]]})
        assert response.status == 403

    async def test_the_library_filters_by_keyword_and_category(self, api, shop, source, admin_token, leaf):
        other = await api.product(shop["token"], "保温杯", 100, category_id=leaf)
        await api.post(LIBRARY, token=admin_token, json={"product_ids": [source["id"], other["id"]]})
        assert [r["title"] for r in (await api.get(LIBRARY, token=admin_token, params={"keyword": "茶具"})).json[
            "items"]] == ["精品茶具套装"]
        assert [r["title"] for r in (await api.get(LIBRARY, token=admin_token, params={"category_id": leaf})).json[
            "items"]] == ["保温杯"]


class TestRemoving:
    async def test_the_platform_removes_an_entry_and_a_second_removal_is_not_found(self, api, source, admin_token):
        await api.post(LIBRARY, token=admin_token, json={"product_ids": [source["id"]]})
        assert (await api.delete(f"{LIBRARY}/{source['id']}", token=admin_token)).status == 204
        assert (await api.get(LIBRARY, token=admin_token)).json["total"] == 0
        again = await api.delete(f"{LIBRARY}/{source['id']}", token=admin_token)
        assert again.status == 404 and again.error_code == "product_not_found"

    async def test_deleting_the_product_removes_it_from_the_library(self, api, shop, source, admin_token):
        await api.post(LIBRARY, token=admin_token, json={"product_ids": [source["id"]]})
        await api.shelve(shop["token"], source["id"], "off_shelf")
        await api.delete(f"{PRODUCTS}/{source['id']}", token=shop["token"])
        assert (await api.get(LIBRARY, token=admin_token)).json["total"] == 0


class TestCopying:
    async def test_a_merchant_copies_a_library_product_into_its_shop_as_a_draft(self, api, rival, source,
                                                                                admin_token):
        await api.post(LIBRARY, token=admin_token, json={"product_ids": [source["id"]]})
        response = await api.post(f"{LIBRARY}/{source['id']}/copy", token=rival["token"])
        assert response.status == 201, response
        copy = response.json
        assert (copy["shop_id"], copy["status"], copy["source_product_id"]) == (rival["id"], "draft", source["id"])
        assert (copy["title"], copy["specs"], copy["units"], copy["price"], copy["stock"]) == (
            "精品茶具套装", source["specs"], source["units"], 19900, 0)
        assert [(s["spec_values"], s["price"], s["stock"], s["code"], s["unit_prices"]) for s in copy["skus"]] == [
            (["白"], 19900, 0, "", [19900, 119400]), (["青"], 21900, 0, "", [21900, 120000])]
        assert copy["skus"][0]["weight"] == 800
        assert {s["id"] for s in copy["skus"]}.isdisjoint({s["id"] for s in source["skus"]})
        mine = (await api.get(PRODUCTS, token=rival["token"])).json["items"]
        assert [(r["id"], r["status"]) for r in mine] == [(copy["id"], "draft")]

    async def test_the_copy_can_be_stocked_and_submitted_like_any_draft(self, api, rival, source, admin_token):
        await api.post(LIBRARY, token=admin_token, json={"product_ids": [source["id"]]})
        copy = (await api.post(f"{LIBRARY}/{source['id']}/copy", token=rival["token"])).json
        await api.set_sku(rival["token"], copy["id"], stock=12)
        submitted = await api.post(f"{PRODUCTS}/{copy['id']}/submit", token=rival["token"])
        assert (submitted.json["status"], submitted.json["stock"]) == ("pending", 12)

    async def test_copying_a_product_not_in_the_library_is_not_found(self, api, rival, source):
        response = await api.post(f"{LIBRARY}/{source['id']}/copy", token=rival["token"])
        assert response.status == 404 and response.error_code == "product_not_found"

    async def test_a_product_banned_after_joining_is_neither_listed_nor_copied(self, api, rival, source,
                                                                              admin_token):
        await api.post(LIBRARY, token=admin_token, json={"product_ids": [source["id"]]})
        banned = await api.post(f"/api/v1/admin/products/{source['id']}/ban", token=admin_token,
                                json={"reason": "假冒品牌"})
        assert banned.status == 200
        assert (await api.get(LIBRARY, token=rival["token"])).json["total"] == 0
        response = await api.post(f"{LIBRARY}/{source['id']}/copy", token=rival["token"])
        assert response.status == 404 and response.error_code == "product_not_found"

    async def test_the_platform_cannot_copy(self, api, source, admin_token):
        await api.post(LIBRARY, token=admin_token, json={"product_ids": [source["id"]]})
        response = await api.post(f"{LIBRARY}/{source['id']}/copy", token=admin_token)
        assert response.status == 403
