"""The vocabulary products are filed under (PLT-7): brands and their audit, categories, attributes
and their links, params and tags."""

from __future__ import annotations

import pytest

from tests.catalog.conftest import (
    PRODUCTS,
    create_attribute,
    create_tag,
    draft,
    make_category,
    make_leaf,
)

pytestmark = pytest.mark.feature("PLT-7")
BRANDS = "/api/v1/admin/brands"


async def names(response):
    assert response.status == 200, response
    return [item["name"] for item in response.json["items"]]


class TestBrandAudit:
    async def test_a_platform_brand_is_approved_at_once_and_shown_in_the_brand_centre(self, api, admin_token):
        response = await api.post(BRANDS, token=admin_token, json={"name": "美的", "english_name": "Midea"})
        assert response.status == 201 and (response.json["status"], response.json["shop_id"]) == ("approved", None)
        assert await names(await api.get("/api/v1/brands")) == ["美的"]

    async def test_a_merchants_brand_waits_for_audit_and_only_that_merchant_sees_it(self, api, shop, rival,
                                                                                    admin_token):
        await api.post(BRANDS, token=admin_token, json={"name": "美的"})
        response = await api.post(BRANDS, token=shop["token"], json={"name": "小熊电器"})
        assert response.status == 201
        assert (response.json["status"], response.json["shop_id"]) == ("pending", shop["id"])
        assert await names(await api.get("/api/v1/brands")) == ["美的"]
        assert await names(await api.get(BRANDS, token=shop["token"])) == ["小熊电器", "美的"]
        assert await names(await api.get(BRANDS, token=rival["token"])) == ["美的"]
        assert await names(await api.get(BRANDS, token=admin_token, params={"status": "pending"})) == ["小熊电器"]

    async def test_a_merchant_may_use_its_own_pending_brand_but_not_anothers(self, api, shop, rival):
        brand = (await api.post(BRANDS, token=shop["token"], json={"name": "小熊电器"})).json
        assert (await draft(api, shop["token"], brand_id=brand["id"]))["brand_id"] == brand["id"]
        response = await api.post(PRODUCTS, token=rival["token"], json={"title": "电炖锅", "price": 100,
                                                                       "brand_id": brand["id"]})
        assert response.status == 422 and response.error_code == "brand_not_found"

    async def test_the_platform_approves_a_proposal_into_the_brand_centre(self, api, shop, rival, admin_token):
        brand = (await api.post(BRANDS, token=shop["token"], json={"name": "小熊电器"})).json
        approved = await api.post(f"{BRANDS}/{brand['id']}/approve", token=admin_token)
        assert approved.status == 200 and approved.json["status"] == "approved"
        assert await names(await api.get("/api/v1/brands")) == ["小熊电器"]
        assert await names(await api.get(BRANDS, token=rival["token"])) == ["小熊电器"]

    async def test_a_rejection_needs_a_reason_which_the_merchant_sees(self, api, shop, admin_token):
        brand = (await api.post(BRANDS, token=shop["token"], json={"name": "小熊电器"})).json
        for body in ({"reason": "  "}, None):
            missing = await api.post(f"{BRANDS}/{brand['id']}/reject", token=admin_token, json=body)
            assert missing.status == 422 and missing.error_code == "reason_required" and "reason" in missing.fields
        rejected = await api.post(f"{BRANDS}/{brand['id']}/reject", token=admin_token, json={"reason": "缺少商标证书"})
        assert (rejected.json["status"], rejected.json["reject_reason"]) == ("rejected", "缺少商标证书")
        row = (await api.get(BRANDS, token=shop["token"])).json["items"][0]
        assert (row["status"], row["reject_reason"]) == ("rejected", "缺少商标证书")
        assert await names(await api.get("/api/v1/brands")) == []

    async def test_a_rejected_proposal_is_resubmitted_by_proposing_it_again(self, api, shop, rival, admin_token):
        brand = (await api.post(BRANDS, token=shop["token"], json={"name": "小熊电器"})).json
        await api.post(f"{BRANDS}/{brand['id']}/reject", token=admin_token, json={"reason": "缺少商标证书"})
        taken = await api.post(BRANDS, token=rival["token"], json={"name": "小熊电器"})
        assert taken.status == 409 and taken.error_code == "brand_name_taken"
        again = await api.post(BRANDS, token=shop["token"], json={"name": "小熊电器", "logo": "https://l.example.com"})
        assert again.status == 201
        assert (again.json["id"], again.json["status"], again.json["reject_reason"], again.json["logo"]) == (
            brand["id"], "pending", "", "https://l.example.com")
        approved = await api.post(f"{BRANDS}/{brand['id']}/approve", token=admin_token)
        assert approved.json["status"] == "approved"

    async def test_a_decided_brand_cannot_be_decided_again(self, api, shop, admin_token):
        brand = (await api.post(BRANDS, token=admin_token, json={"name": "美的"})).json
        for path, body in (("approve", None), ("reject", {"reason": "重复"})):
            response = await api.post(f"{BRANDS}/{brand['id']}/{path}", token=admin_token, json=body)
            assert response.status == 409 and response.error_code == "invalid_transition"

    async def test_a_merchant_cannot_approve_edit_or_delete_brands(self, api, shop):
        brand = (await api.post(BRANDS, token=shop["token"], json={"name": "小熊电器"})).json
        for response in (await api.post(f"{BRANDS}/{brand['id']}/approve", token=shop["token"]),
                         await api.patch(f"{BRANDS}/{brand['id']}", token=shop["token"], json={"sort": 1}),
                         await api.delete(f"{BRANDS}/{brand['id']}", token=shop["token"])):
            assert response.status == 403

    async def test_a_proposal_with_a_taken_name_is_a_conflict(self, api, shop, admin_token):
        await api.post(BRANDS, token=admin_token, json={"name": "美的"})
        response = await api.post(BRANDS, token=shop["token"], json={"name": "美的"})
        assert response.status == 409 and response.error_code == "brand_name_taken"


class TestBrandCentre:
    async def test_recommended_first_then_by_letter_with_the_public_fields(self, api, admin_token):
        for name, recommended in (("Zippo", False), ("奥克斯", False), ("海尔", True)):
            await api.post(BRANDS, token=admin_token, json={"name": name, "is_recommended": recommended, "logo": "l"})
        items = (await api.get("/api/v1/brands")).json["items"]
        assert [(b["name"], b["letter"]) for b in items] == [("海尔", "H"), ("奥克斯", "A"), ("Zippo", "Z")]
        assert set(items[0]) == {"id", "name", "english_name", "letter", "logo", "is_recommended", "sort"}

    async def test_renaming_a_brand_moves_it_to_its_new_letter(self, api, admin_token):
        brand = (await api.post(BRANDS, token=admin_token, json={"name": "美的"})).json
        changed = await api.patch(f"{BRANDS}/{brand['id']}", token=admin_token, json={"name": "格力"})
        assert changed.json["letter"] == "G"
        assert await names(await api.get("/api/v1/brands", params={"letter": "G"})) == ["格力"]

    async def test_the_back_office_filters_brands_by_keyword_letter_and_status(self, api, shop, admin_token):
        for name in ("美的", "美菱", "格力"):
            await api.post(BRANDS, token=admin_token, json={"name": name})
        await api.post(BRANDS, token=shop["token"], json={"name": "小熊电器"})
        assert await names(await api.get(BRANDS, token=admin_token, params={"keyword": "美"})) == ["美菱", "美的"]
        assert await names(await api.get(BRANDS, token=admin_token, params={"letter": "g"})) == ["格力"]
        listed = (await api.get(BRANDS, token=admin_token, params={"status": "approved", "page_size": 2})).json
        assert (len(listed["items"]), listed["total"]) == (2, 3)
        bad = await api.get(BRANDS, token=admin_token, params={"status": "gone"})
        assert bad.status == 422 and "status" in bad.fields

    async def test_renaming_to_a_taken_name_is_a_conflict(self, api, admin_token):
        await api.post(BRANDS, token=admin_token, json={"name": "美的"})
        other = (await api.post(BRANDS, token=admin_token, json={"name": "格力"})).json
        response = await api.patch(f"{BRANDS}/{other['id']}", token=admin_token, json={"name": "美的"})
        assert response.status == 409 and response.error_code == "brand_name_taken"

    async def test_a_bad_letter_is_a_field_error(self, api):
        response = await api.get("/api/v1/brands", params={"letter": "AB"})
        assert response.status == 422 and "letter" in response.fields

    async def test_a_brand_in_use_cannot_be_deleted(self, api, shop, admin_token):
        brand = (await api.post(BRANDS, token=admin_token, json={"name": "美的"})).json
        await draft(api, shop["token"], brand_id=brand["id"])
        response = await api.delete(f"{BRANDS}/{brand['id']}", token=admin_token)
        assert response.status == 409 and response.error_code == "brand_in_use"


class TestCategories:
    async def test_the_platform_edits_name_icon_and_sort(self, api, admin_token):
        first = await make_category(api, admin_token, "家电")
        second = await make_category(api, admin_token, "数码")
        response = await api.patch(f"/api/v1/admin/categories/{second}", token=admin_token,
                                   json={"name": "手机数码", "icon": "https://img.example.com/d.png", "sort": 0})
        assert response.status == 200 and response.json["name"] == "手机数码"
        await api.patch(f"/api/v1/admin/categories/{first}", token=admin_token, json={"sort": 5})
        tree = (await api.get("/api/v1/categories/tree")).json["items"]
        assert [(n["name"], n["icon"]) for n in tree] == [("手机数码", "https://img.example.com/d.png"), ("家电", "")]

    async def test_a_category_is_created_with_icon_sort_and_visibility(self, api, admin_token):
        await make_category(api, admin_token, "家电", sort=2)
        hidden = await make_category(api, admin_token, "清仓", icon="https://img.example.com/c.png", sort=1,
                                     is_visible=False)
        assert await names(await api.get("/api/v1/categories/tree")) == ["家电"]
        admin = (await api.get("/api/v1/admin/categories/tree", token=admin_token)).json["items"]
        assert admin[0] == {"id": hidden, "name": "清仓", "level": 1, "icon": "https://img.example.com/c.png",
                            "sort": 1, "is_visible": False, "children": []}

    async def test_a_missing_parent_or_a_bad_sort_is_refused(self, api, admin_token):
        missing = await api.post("/api/v1/admin/categories", token=admin_token, json={"name": "x", "parent_id": 999})
        assert missing.status == 422 and missing.error_code == "category_not_found"
        bad = await api.post("/api/v1/admin/categories", token=admin_token, json={"name": "x", "sort": -1})
        assert bad.status == 422 and "sort" in bad.fields

    async def test_hiding_a_category_hides_its_subtree_from_shoppers_only(self, api, admin_token):
        top, middle, _ = await make_leaf(api, admin_token)
        await make_category(api, admin_token, "厨房小电", top)
        await api.patch(f"/api/v1/admin/categories/{middle}", token=admin_token, json={"is_visible": False})
        public = (await api.get("/api/v1/categories/tree")).json["items"]
        assert [c["name"] for c in public[0]["children"]] == ["厨房小电"]
        admin = (await api.get("/api/v1/admin/categories/tree", token=admin_token)).json["items"]
        assert [(c["name"], c["is_visible"], len(c["children"])) for c in admin[0]["children"]] == [
            ("厨具", False, 1), ("厨房小电", True, 0)]

    async def test_a_category_with_products_cannot_be_deleted_until_they_are_gone(self, api, shop, admin_token, leaf):
        product = await draft(api, shop["token"], category_id=leaf)
        response = await api.delete(f"/api/v1/admin/categories/{leaf}", token=admin_token)
        assert response.status == 409 and response.error_code == "category_has_products"
        await api.delete(f"{PRODUCTS}/{product['id']}", token=shop["token"])
        assert (await api.delete(f"/api/v1/admin/categories/{leaf}", token=admin_token)).status == 204

    async def test_a_category_with_children_cannot_be_deleted(self, api, admin_token):
        top, _, _ = await make_leaf(api, admin_token)
        response = await api.delete(f"/api/v1/admin/categories/{top}", token=admin_token)
        assert response.status == 409 and response.error_code == "category_has_children"

    async def test_deleting_or_editing_a_missing_category_is_not_found(self, api, admin_token):
        for response in (await api.delete("/api/v1/admin/categories/999", token=admin_token),
                         await api.patch("/api/v1/admin/categories/999", token=admin_token, json={"sort": 1})):
            assert response.status == 404 and response.error_code == "category_not_found"

    async def test_products_hang_on_level_three_only(self, api, shop, admin_token):
        top, middle, _ = await make_leaf(api, admin_token)
        response = await api.post(PRODUCTS, token=shop["token"], json={"title": "炒锅", "price": 1,
                                                                      "category_id": middle})
        assert response.status == 422 and response.error_code == "category_not_leaf"

    async def test_a_merchant_cannot_change_categories(self, api, shop, leaf):
        response = await api.patch(f"/api/v1/admin/categories/{leaf}", token=shop["token"], json={"sort": 1})
        assert response.status == 403


class TestAttributes:
    async def test_create_list_change_and_delete(self, api, admin_token):
        made = await create_attribute(api, admin_token, "材质", options=["不锈钢", "铸铁", "不锈钢"], is_indexed=True)
        assert (made["options"], made["is_indexed"]) == (["不锈钢", "铸铁"], True)
        await create_attribute(api, admin_token, "产地", "region")
        listed = (await api.get("/api/v1/admin/attributes", token=admin_token, params={"keyword": "材"})).json
        assert [a["name"] for a in listed["items"]] == ["材质"] and listed["total"] == 1
        changed = await api.patch(f"/api/v1/admin/attributes/{made['id']}", token=admin_token,
                                  json={"name": "锅体材质", "input_type": "option", "options": ["陶瓷"]})
        assert (changed.json["name"], changed.json["options"], changed.json["is_indexed"]) == (
            "锅体材质", ["陶瓷"], False)
        assert (await api.delete(f"/api/v1/admin/attributes/{made['id']}", token=admin_token)).status == 204
        missing = await api.delete(f"/api/v1/admin/attributes/{made['id']}", token=admin_token)
        assert missing.status == 404 and missing.error_code == "attribute_not_found"

    @pytest.mark.parametrize("body", [
        {"name": "材质", "input_type": "option"},
        {"name": "材质", "input_type": "option", "options": ["  "]},
        {"name": "材质", "input_type": "colour"},
        {"name": "", "input_type": "text"},
    ])
    async def test_an_option_attribute_needs_options_and_types_are_fixed(self, api, admin_token, body):
        response = await api.post("/api/v1/admin/attributes", token=admin_token, json=body)
        assert response.status == 422 and response.error_code == "validation_failed"

    async def test_attributes_are_listed_by_sort_in_pages(self, api, admin_token):
        for name, sort in (("产地", 3), ("材质", 1), ("容量", 2)):
            await create_attribute(api, admin_token, name, "text", sort=sort)
        page = (await api.get("/api/v1/admin/attributes", token=admin_token, params={"page_size": 2})).json
        assert ([a["name"] for a in page["items"]], page["total"]) == (["材质", "容量"], 3)
        second = await api.get("/api/v1/admin/attributes", token=admin_token, params={"page_size": 2, "page": 2})
        assert await names(second) == ["产地"]

    async def test_an_attribute_linked_to_a_category_cannot_be_deleted(self, api, admin_token, leaf):
        attribute = await create_attribute(api, admin_token, "材质", options=["不锈钢"])
        await api.put(f"/api/v1/admin/categories/{leaf}/attributes", token=admin_token,
                      json={"attribute_ids": [attribute["id"]]})
        response = await api.delete(f"/api/v1/admin/attributes/{attribute['id']}", token=admin_token)
        assert response.status == 409 and response.error_code == "attribute_in_use"

    async def test_a_merchant_reads_attributes_but_cannot_create_them(self, api, shop, admin_token):
        await create_attribute(api, admin_token, "材质", options=["不锈钢"])
        assert (await api.get("/api/v1/admin/attributes", token=shop["token"])).json["total"] == 1
        response = await api.post("/api/v1/admin/attributes", token=shop["token"],
                                  json={"name": "x", "input_type": "text"})
        assert response.status == 403

    async def test_a_product_value_must_be_one_of_the_options_or_a_date(self, api, shop, admin_token):
        material = await create_attribute(api, admin_token, "材质", options=["不锈钢"])
        made_on = await create_attribute(api, admin_token, "上市日期", "date")
        for attributes in ([{"id": material["id"], "value": "木头"}], [{"id": made_on["id"], "value": "去年"}],
                           [{"id": 9999, "value": "x"}]):
            response = await api.post(PRODUCTS, token=shop["token"], json={"title": "炒锅", "price": 1,
                                                                          "attributes": attributes})
            assert response.status == 422 and response.error_code == "attribute_value_invalid"
        ok = await draft(api, shop["token"], attributes=[{"id": made_on["id"], "value": "2026-03-01"}])
        assert ok["attributes"] == [{"id": made_on["id"], "value": "2026-03-01"}]


class TestCategoryLinks:
    async def test_attributes_are_linked_in_order_and_put_replaces_the_order(self, api, shop, admin_token, leaf):
        a, b, c = [await create_attribute(api, admin_token, n, "text") for n in ("材质", "产地", "容量")]
        path = f"/api/v1/admin/categories/{leaf}/attributes"
        first = await api.put(path, token=admin_token, json={"attribute_ids": [c["id"], a["id"], b["id"]]})
        assert await names(first) == ["容量", "材质", "产地"]
        second = await api.put(path, token=admin_token, json={"attribute_ids": [b["id"], c["id"]]})
        assert await names(second) == ["产地", "容量"]
        assert await names(await api.get(path, token=shop["token"])) == ["产地", "容量"]
        assert (await api.delete(f"/api/v1/admin/attributes/{a['id']}", token=admin_token)).status == 204

    async def test_only_level_three_categories_take_attributes_and_params(self, api, admin_token):
        top, _, _ = await make_leaf(api, admin_token)
        attribute = await create_attribute(api, admin_token, "材质", "text")
        for response in (await api.put(f"/api/v1/admin/categories/{top}/attributes", token=admin_token,
                                       json={"attribute_ids": [attribute["id"]]}),
                         await api.put(f"/api/v1/admin/categories/{top}/params", token=admin_token,
                                       json={"items": [{"name": "产地"}]})):
            assert response.status == 422 and response.error_code == "category_not_leaf"

    async def test_an_unknown_attribute_is_refused_and_links_stay(self, api, admin_token, leaf):
        attribute = await create_attribute(api, admin_token, "材质", "text")
        path = f"/api/v1/admin/categories/{leaf}/attributes"
        await api.put(path, token=admin_token, json={"attribute_ids": [attribute["id"]]})
        response = await api.put(path, token=admin_token, json={"attribute_ids": [attribute["id"], 999]})
        assert response.status == 422 and response.error_code == "attribute_not_found"
        assert await names(await api.get(path, token=admin_token)) == ["材质"]

    async def test_params_are_replaced_as_a_whole_in_their_groups(self, api, shop, admin_token, leaf):
        path = f"/api/v1/admin/categories/{leaf}/params"
        await api.put(path, token=admin_token, json={"items": [{"group": "主体", "name": "产地"}]})
        response = await api.put(path, token=admin_token, json={"items": [
            {"group": "规格", "name": "重量", "sort": 2}, {"group": "主体", "name": "型号", "sort": 1}]})
        assert [(p["group"], p["name"]) for p in response.json["items"]] == [("主体", "型号"), ("规格", "重量")]
        listed = (await api.get(path, token=shop["token"])).json["items"]
        assert [p["name"] for p in listed] == ["型号", "重量"]
        merchant = await api.put(path, token=shop["token"], json={"items": []})
        assert merchant.status == 403


class TestTags:
    async def test_tags_are_created_in_order_and_names_are_unique(self, api, admin_token):
        await create_tag(api, admin_token, "新品")
        await create_tag(api, admin_token, "热卖")
        again = await api.post("/api/v1/admin/tags", token=admin_token, json={"name": "新品"})
        assert again.status == 409 and again.error_code == "tag_name_taken"
        admin = (await api.get("/api/v1/admin/tags", token=admin_token)).json["items"]
        assert [(t["name"], t["sort"], t["is_enabled"]) for t in admin] == [("新品", 0, True), ("热卖", 1, True)]

    async def test_renaming_to_a_taken_name_is_a_conflict(self, api, admin_token):
        await create_tag(api, admin_token, "新品")
        hot = await create_tag(api, admin_token, "热卖")
        response = await api.patch(f"/api/v1/admin/tags/{hot['id']}", token=admin_token, json={"name": "新品"})
        assert response.status == 409 and response.error_code == "tag_name_taken"

    async def test_shoppers_see_enabled_tags_by_sort(self, api, admin_token):
        new, hot, cheap = [await create_tag(api, admin_token, n) for n in ("新品", "热卖", "特价")]
        await api.patch(f"/api/v1/admin/tags/{hot['id']}", token=admin_token, json={"is_enabled": False})
        ordered = await api.put("/api/v1/admin/tags/order", token=admin_token, json={"ids": [cheap["id"], hot["id"]]})
        assert [t["name"] for t in ordered.json["items"]] == ["特价", "热卖", "新品"]
        assert (await api.get("/api/v1/tags")).json["items"] == [{"id": cheap["id"], "name": "特价"},
                                                                 {"id": new["id"], "name": "新品"}]

    async def test_a_product_carries_only_enabled_tags(self, api, shop, admin_token):
        hot = await create_tag(api, admin_token, "热卖")
        await create_tag(api, admin_token, "新品")
        await api.patch(f"/api/v1/admin/tags/{hot['id']}", token=admin_token, json={"is_enabled": False})
        for tags in (["热卖"], ["不存在"]):
            response = await api.post(PRODUCTS, token=shop["token"], json={"title": "炒锅", "price": 1, "tags": tags})
            assert response.status == 422 and response.error_code == "tag_not_found"
            assert tags[0] in response.json["error"]["message"]
        assert (await draft(api, shop["token"], tags=["新品", "新品"]))["tags"] == ["新品"]

    async def test_renaming_or_deleting_a_tag_reaches_the_products_and_search(self, api, shop, admin_token):
        hot = await create_tag(api, admin_token, "热卖")
        await create_tag(api, admin_token, "新品")
        pan = await api.product(shop["token"], "不粘炒锅", 8900, tags=["热卖", "新品"])
        await api.patch(f"/api/v1/admin/tags/{hot['id']}", token=admin_token, json={"name": "爆款"})
        assert (await api.get(f"/api/v1/products/{pan['id']}")).json["tags"] == ["爆款", "新品"]
        found = (await api.get("/api/v1/search/products", params={"tags": "爆款"})).json["items"]
        assert [card["id"] for card in found] == [pan["id"]]
        assert (await api.get("/api/v1/search/products", params={"tags": "热卖"})).json["items"] == []

        await api.delete(f"/api/v1/admin/tags/{hot['id']}", token=admin_token)
        assert (await api.get(f"/api/v1/products/{pan['id']}")).json["tags"] == ["新品"]

    async def test_a_disabled_tag_leaves_cards_detail_and_search_and_comes_back_when_enabled(
            self, api, shop, admin_token):
        hot = await create_tag(api, admin_token, "热卖")
        await create_tag(api, admin_token, "新品")
        pan = await api.product(shop["token"], "不粘炒锅", 8900, tags=["热卖", "新品"])
        search = "/api/v1/search/products"

        await api.patch(f"/api/v1/admin/tags/{hot['id']}", token=admin_token, json={"is_enabled": False})

        assert (await api.get(f"/api/v1/products/{pan['id']}")).json["tags"] == ["新品"]
        card = (await api.get(search, params={"keyword": "炒锅", "facets": 1})).json
        assert card["items"][0]["tags"] == ["新品"]
        assert [tag["name"] for tag in card["facets"]["tags"]] == ["新品"]
        assert (await api.get(search, params={"tags": "热卖"})).json["items"] == []
        recommended = (await api.get(f"/api/v1/products/{(await api.product(shop['token'], '汤锅', 100))['id']}"
                                     "/recommendations")).json["items"]
        assert recommended[0]["tags"] == ["新品"]
        # the merchant still sees it and may keep it when saving; it cannot be added anew
        assert (await api.get(f"{PRODUCTS}/{pan['id']}", token=shop["token"])).json["tags"] == ["热卖", "新品"]
        kept = await api.edit_product(shop["token"], pan["id"], sort=5)
        assert kept.status == 200 and kept.json["tags"] == ["热卖", "新品"]
        added = await api.post(PRODUCTS, token=shop["token"], json={"title": "奶锅", "price": 1, "tags": ["热卖"]})
        assert added.status == 422 and added.error_code == "tag_not_found"

        await api.patch(f"/api/v1/admin/tags/{hot['id']}", token=admin_token, json={"is_enabled": True})

        assert (await api.get(f"/api/v1/products/{pan['id']}")).json["tags"] == ["热卖", "新品"]
        found = (await api.get(search, params={"tags": "热卖"})).json["items"]
        assert [item["id"] for item in found] == [pan["id"]] and found[0]["tags"] == ["热卖", "新品"]

    async def test_deleting_a_tag_and_merchants_cannot_manage_tags(self, api, shop, admin_token):
        tag = await create_tag(api, admin_token, "新品")
        assert (await api.post("/api/v1/admin/tags", token=shop["token"], json={"name": "x"})).status == 403
        assert (await api.delete(f"/api/v1/admin/tags/{tag['id']}", token=admin_token)).status == 204
        missing = await api.patch(f"/api/v1/admin/tags/{tag['id']}", token=admin_token, json={"is_enabled": True})
        assert missing.status == 404 and missing.error_code == "tag_not_found"
        assert (await api.get("/api/v1/tags")).json["items"] == []
