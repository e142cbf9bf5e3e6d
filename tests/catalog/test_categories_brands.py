"""The category tree and brand centre the demo and the storefront start from."""

import pytest


async def make_category(api, token, name, parent_id=None):
    response = await api.post("/api/v1/admin/categories", token=token, json={"name": name, "parent_id": parent_id})
    assert response.status == 201, response
    return response.json["id"]


class TestCategoryTree:
    async def test_three_levels_come_back_nested_and_sorted(self, api, admin_token):
        food = await make_category(api, admin_token, "食品生鲜")
        fruit = await make_category(api, admin_token, "水果", food)
        await make_category(api, admin_token, "苹果", fruit)
        await make_category(api, admin_token, "柑橘", fruit)
        tree = (await api.get("/api/v1/categories/tree")).json["items"]
        assert tree[0]["name"] == "食品生鲜"
        assert [c["name"] for c in tree[0]["children"][0]["children"]] == ["苹果", "柑橘"]
        assert tree[0]["children"][0]["children"][0]["level"] == 3

    async def test_a_fourth_level_is_refused(self, api, admin_token):
        one = await make_category(api, admin_token, "家居")
        two = await make_category(api, admin_token, "厨具", one)
        three = await make_category(api, admin_token, "锅具", two)
        response = await api.post("/api/v1/admin/categories", token=admin_token,
                                  json={"name": "炒锅", "parent_id": three})
        assert response.status == 422 and response.error_code == "category_too_deep"

    async def test_a_category_with_children_cannot_be_deleted(self, api, admin_token):
        parent = await make_category(api, admin_token, "数码")
        await make_category(api, admin_token, "手机", parent)
        response = await api.delete(f"/api/v1/admin/categories/{parent}", token=admin_token)
        assert response.status == 409

    async def test_consumers_cannot_edit_categories(self, api):
        token = await api.consumer()
        response = await api.post("/api/v1/admin/categories", token=token, json={"name": "x"})
        assert response.status == 403


class TestBrands:
    @pytest.mark.parametrize(("name", "letter"), [("飞利浦", "F"), ("Apple", "A"), ("三只松鼠", "S"), ("3M", "#")])
    async def test_brand_gets_its_pinyin_index_letter(self, api, admin_token, name, letter):
        response = await api.post("/api/v1/admin/brands", token=admin_token, json={"name": name})
        assert response.status == 201 and response.json["letter"] == letter

    async def test_brand_centre_lists_recommended_first_and_filters_by_letter(self, api, admin_token):
        for name, recommended in (("安踏", False), ("华为", True), ("李宁", False)):
            body = {"name": name, "is_recommended": recommended}
            await api.post("/api/v1/admin/brands", token=admin_token, json=body)
        names = [b["name"] for b in (await api.get("/api/v1/brands")).json["items"]]
        assert names == ["华为", "安踏", "李宁"]
        only_l = (await api.get("/api/v1/brands?letter=l")).json["items"]
        assert [b["name"] for b in only_l] == ["李宁"]

    async def test_duplicate_brand_name_is_a_conflict(self, api, admin_token):
        await api.post("/api/v1/admin/brands", token=admin_token, json={"name": "小米"})
        response = await api.post("/api/v1/admin/brands", token=admin_token, json={"name": "小米"})
        assert response.status == 409 and response.fields == {"name": "品牌已存在"}
