"""The product audit and shelf flow (PLT-4): the transition table, who may fire what, reasons,
the timeline and bulk operations, all through the back office's routes."""

from __future__ import annotations

import pytest

from tests.catalog.conftest import PRODUCTS, admin_view, draft, event

pytestmark = pytest.mark.feature("PLT-4")

ALLOWED = {
    ("draft", "submit"): "pending",
    ("rejected", "submit"): "pending",
    ("pending", "approve"): "on_sale",
    ("pending", "reject"): "rejected",
    ("on_sale", "off_shelf"): "off_shelf",
    ("off_shelf", "on_shelf"): "on_sale",
    ("on_sale", "ban"): "banned",
    ("off_shelf", "ban"): "banned",
    ("banned", "unban"): "off_shelf",
}
STATES = ("draft", "pending", "rejected", "on_sale", "off_shelf", "banned")
MERCHANT_EVENTS = ("submit", "on_shelf", "off_shelf")
PLATFORM_EVENTS = ("approve", "reject", "ban", "unban")
ROUTE_TO = {  # the steps that bring a fresh draft to each state
    "draft": [],
    "pending": ["submit"],
    "rejected": ["submit", "reject"],
    "on_sale": ["submit", "approve"],
    "off_shelf": ["submit", "approve", "off_shelf"],
    "banned": ["submit", "approve", "ban"],
}


async def fire(api, shop, product_id, name):
    """An event fired by whoever may fire it, with a reason where one is needed."""
    token = shop["token"] if name in MERCHANT_EVENTS else await api.platform()
    return await event(api, token, product_id, name, "图片不清晰" if name in ("reject", "ban") else None)


async def product_in(api, shop, state, title="不锈钢炒锅"):
    product_id = (await draft(api, shop["token"], title))["id"]
    for name in ROUTE_TO[state]:
        response = await fire(api, shop, product_id, name)
        assert response.status == 200, response
    return product_id


class TestTransitionTable:
    @pytest.mark.parametrize("state", STATES)
    async def test_every_allowed_event_moves_the_product_and_every_other_is_invalid(self, api, shop, state):
        for name in MERCHANT_EVENTS + PLATFORM_EVENTS:
            product_id = await product_in(api, shop, state, f"炒锅 {state} {name}")
            response = await fire(api, shop, product_id, name)
            if (state, name) in ALLOWED:
                assert response.status == 200, (name, response)
                assert response.json["status"] == ALLOWED[(state, name)]
            else:
                assert response.status == 409, (name, response)
                assert response.error_code == "invalid_transition"
                assert (await admin_view(api, shop["token"], product_id))["status"] == state

    @pytest.mark.parametrize("name", PLATFORM_EVENTS)
    async def test_a_merchant_cannot_fire_the_platforms_events(self, api, shop, name):
        product_id = await product_in(api, shop, "pending")
        response = await event(api, shop["token"], product_id, name, "理由")
        assert response.status == 403 and response.error_code == "event_not_allowed"

    @pytest.mark.parametrize("name", MERCHANT_EVENTS)
    async def test_the_platform_cannot_submit_or_shelve(self, api, shop, admin_token, name):
        product_id = await product_in(api, shop, "off_shelf")
        response = await event(api, admin_token, product_id, name)
        assert response.status == 403 and response.error_code == "event_not_allowed"

    async def test_a_consumer_cannot_fire_any_event(self, api, shop):
        product_id = await product_in(api, shop, "draft")
        response = await event(api, await api.consumer(), product_id, "submit")
        assert response.status in (401, 403)


class TestReasons:
    @pytest.mark.parametrize(("state", "name"), [("pending", "reject"), ("on_sale", "ban")])
    async def test_reject_and_ban_need_a_reason(self, api, shop, admin_token, state, name):
        product_id = await product_in(api, shop, state)
        for body in (None, "   "):
            response = await event(api, admin_token, product_id, name, body)
            assert response.status == 422 and response.error_code == "reason_required"
            assert "reason" in response.fields
        assert (await admin_view(api, shop["token"], product_id))["status"] == state

    async def test_the_reason_shows_to_the_merchant_and_clears_on_resubmission(self, api, shop, admin_token):
        product_id = await product_in(api, shop, "pending")
        await event(api, admin_token, product_id, "reject", "  主图含水印 ")
        seen = await admin_view(api, shop["token"], product_id)
        assert (seen["status"], seen["audit_reason"]) == ("rejected", "主图含水印")
        row = (await api.get(PRODUCTS, token=shop["token"])).json["items"][0]
        assert row["audit_reason"] == "主图含水印"
        resubmitted = await event(api, shop["token"], product_id, "submit")
        assert (resubmitted.json["status"], resubmitted.json["audit_reason"]) == ("pending", "")

    async def test_a_ban_reason_stays_until_unbanned(self, api, shop, admin_token):
        product_id = await product_in(api, shop, "on_sale")
        banned = await event(api, admin_token, product_id, "ban", "假冒品牌")
        assert banned.json["audit_reason"] == "假冒品牌"
        unbanned = await event(api, admin_token, product_id, "unban")
        assert (unbanned.json["status"], unbanned.json["audit_reason"]) == ("off_shelf", "")


class TestSelfOperatedShop:
    async def test_a_self_operated_shops_submission_goes_on_sale_at_once(self, api, admin_token):
        _, token = await api.merchant(admin_token, "平台自营旗舰店", self_operated=True)
        response = await api.post(PRODUCTS, token=token, json={"title": "自营大米 5kg", "price": 5900, "stock": 9,
                                                              "submit": True})
        assert response.status == 201 and response.json["status"] == "on_sale"
        assert (await api.get(f"/api/v1/products/{response.json['id']}")).status == 200
        steps = (await api.get(f"{PRODUCTS}/{response.json['id']}/timeline", token=token)).json["items"]
        assert [(s["event"], s["to_state"], s["actor"]) for s in steps][-1] == ("approve", "on_sale", "system")

    async def test_a_self_operated_shops_key_field_edit_needs_no_audit(self, api, admin_token):
        _, token = await api.merchant(admin_token, "平台自营旗舰店", self_operated=True)
        on_sale = await api.product(token, "自营大米 5kg", 5900)
        edited = await api.edit_product(token, on_sale["id"], title="自营大米 10kg")
        assert (edited.json["status"], edited.json["title"]) == ("on_sale", "自营大米 10kg")
        assert (await api.get(f"/api/v1/products/{on_sale['id']}")).json["title"] == "自营大米 10kg"
        off = await api.product(token, "自营小米", 900)
        await api.shelve(token, off["id"], "off_shelf")
        assert (await api.edit_product(token, off["id"], title="自营黄小米")).json["status"] == "off_shelf"

    async def test_a_regular_shops_submission_waits_for_audit(self, api, shop):
        response = await api.post(PRODUCTS, token=shop["token"], json={"title": "炒锅", "price": 100, "submit": True})
        assert response.json["status"] == "pending"
        assert (await api.get(f"/api/v1/products/{response.json['id']}")).status == 404


class TestEditingAnApprovedProduct:
    @pytest.mark.parametrize("change", [
        {"title": "不锈钢炒锅 升级款"}, {"subtitle": "少油烟"}, {"images": ["https://img.example.com/new.jpg"]},
        {"description": "<p>新的详情</p>"}, {"video": "https://v.example.com/1.mp4"},
        {"params": [{"group": "主体", "name": "产地", "value": "浙江"}]},
        {"specs": [{"name": "尺寸", "values": ["32cm"]}],
         "skus": [{"spec_values": ["32cm"], "price": 9900, "stock": 5}]},
    ])
    async def test_a_key_field_edit_sends_it_back_to_audit_and_off_the_storefront(self, api, shop, change):
        product = await api.product(shop["token"], "不锈钢炒锅", 9900)
        edited = await api.edit_product(shop["token"], product["id"], **change)
        assert edited.status == 200 and edited.json["status"] == "pending"
        assert (await api.get(f"/api/v1/products/{product['id']}")).status == 404
        found = (await api.get("/api/v1/search/products", params={"keyword": "炒锅"})).json
        assert found["total"] == 0
        steps = (await api.get(f"{PRODUCTS}/{product['id']}/timeline", token=shop["token"])).json["items"]
        assert steps[-1]["event"] == "resubmit" and steps[-1]["from_state"] == "on_sale"

    async def test_a_category_or_brand_change_is_a_key_field_edit(self, api, shop, admin_token, leaf):
        brand = (await api.post("/api/v1/admin/brands", token=admin_token, json={"name": "苏泊尔"})).json
        product = await api.product(shop["token"], "不锈钢炒锅", 9900)
        assert (await api.edit_product(shop["token"], product["id"], category_id=leaf)).json["status"] == "pending"
        await event(api, admin_token, product["id"], "approve")
        assert (await api.edit_product(shop["token"], product["id"], brand_id=brand["id"])).json["status"] == "pending"

    async def test_an_off_shelf_product_edited_also_goes_back_to_audit(self, api, shop):
        product = await api.product(shop["token"], "不锈钢炒锅", 9900)
        await api.shelve(shop["token"], product["id"], "off_shelf")
        edited = await api.edit_product(shop["token"], product["id"], title="铸铁炒锅")
        assert edited.json["status"] == "pending"

    async def test_price_stock_freight_and_tags_stay_on_sale(self, api, shop, admin_token):
        await api.post("/api/v1/admin/tags", token=admin_token, json={"name": "热卖"})
        product = await api.product(shop["token"], "不锈钢炒锅", 9900)
        assert (await api.set_sku(shop["token"], product["id"], price=8800, stock=3))["status"] == "on_sale"
        edited = await api.edit_product(shop["token"], product["id"], tags=["热卖"], freight=800)
        assert edited.json["status"] == "on_sale"
        detail = (await api.get(f"/api/v1/products/{product['id']}")).json
        assert (detail["price"], detail["skus"][0]["stock"], detail["freight"], detail["tags"]) == (
            8800, 3, 800, ["热卖"])

    async def test_resaving_without_changes_keeps_it_on_sale(self, api, shop):
        product = await api.product(shop["token"], "不锈钢炒锅", 9900)
        assert (await api.edit_product(shop["token"], product["id"])).json["status"] == "on_sale"

    async def test_a_banned_product_cannot_be_edited_until_unbanned(self, api, shop, admin_token):
        product_id = await product_in(api, shop, "banned")
        skus = (await api.get(f"/api/v1/admin/products/{product_id}", token=shop["token"])).json["skus"]
        for response in (await api.edit_product(shop["token"], product_id, title="换个名字"),
                         await api.edit_product(admin_token, product_id, title="换个名字"),
                         await api.patch(f"/api/v1/admin/products/{product_id}/skus", token=shop["token"],
                                         json={"items": [{"id": skus[0]["id"], "stock": 500}]}),
                         await api.patch(f"/api/v1/admin/products/{product_id}", token=shop["token"],
                                         json={"sort": 9})):
            assert response.status == 409 and response.error_code == "product_not_editable"
        await event(api, admin_token, product_id, "unban")
        edited = await api.edit_product(shop["token"], product_id, title="换个名字")
        assert edited.status == 200 and edited.json["title"] == "换个名字"


class TestTimeline:
    async def test_each_step_is_listed_in_order_with_actor_and_note(self, api, shop, admin_token):
        product_id = await product_in(api, shop, "draft")
        for name in ("submit", "reject", "submit", "approve", "off_shelf", "ban", "unban", "on_shelf"):
            assert (await fire(api, shop, product_id, name)).status == 200, name
        steps = (await api.get(f"{PRODUCTS}/{product_id}/timeline", token=shop["token"])).json["items"]
        assert [(s["event"], s["from_state"], s["to_state"]) for s in steps] == [
            ("submit", "draft", "pending"), ("reject", "pending", "rejected"), ("submit", "rejected", "pending"),
            ("approve", "pending", "on_sale"), ("off_shelf", "on_sale", "off_shelf"),
            ("ban", "off_shelf", "banned"), ("unban", "banned", "off_shelf"), ("on_shelf", "off_shelf", "on_sale")]
        assert steps[1]["note"] == "图片不清晰" and all(s["actor"].startswith("staff:") for s in steps)
        assert all(s["created_at"] for s in steps)

    async def test_another_shops_timeline_is_not_found(self, api, shop, rival):
        product_id = await product_in(api, shop, "pending")
        response = await api.get(f"{PRODUCTS}/{product_id}/timeline", token=rival["token"])
        assert response.status == 404 and response.error_code == "product_not_found"


class TestBulk:
    async def test_each_product_succeeds_or_fails_on_its_own_with_a_code(self, api, shop, rival, admin_token):
        pending = [await product_in(api, shop, "pending", f"待审 {n}") for n in range(2)]
        on_sale = await product_in(api, shop, "on_sale", "在售")
        response = await api.post(f"{PRODUCTS}/bulk", token=admin_token,
                                  json={"ids": [*pending, on_sale, 999999], "action": "approve"})
        assert response.status == 200
        assert response.json["succeeded"] == pending
        assert [(f["id"], f["code"]) for f in response.json["failed"]] == [
            (on_sale, "invalid_transition"), (999999, "product_not_found")]
        assert all(f["message"] for f in response.json["failed"])

    async def test_a_merchant_bulk_shelves_its_own_and_not_anothers(self, api, shop, rival):
        mine = [await product_in(api, shop, "on_sale", f"在售 {n}") for n in range(2)]
        theirs = await product_in(api, rival, "on_sale", "别家")
        response = await api.post(f"{PRODUCTS}/bulk", token=shop["token"],
                                  json={"ids": [*mine, theirs], "action": "off_shelf"})
        assert response.json["succeeded"] == mine
        assert response.json["failed"] == [{"id": theirs, "code": "product_not_found", "message": "商品不存在"}]

    async def test_bulk_ban_needs_a_reason_for_every_product(self, api, shop, admin_token):
        product_id = await product_in(api, shop, "on_sale")
        response = await api.post(f"{PRODUCTS}/bulk", token=admin_token, json={"ids": [product_id], "action": "ban"})
        assert [f["code"] for f in response.json["failed"]] == ["reason_required"]
        response = await api.post(f"{PRODUCTS}/bulk", token=admin_token,
                                  json={"ids": [product_id], "action": "ban", "reason": "违规"})
        assert response.json == {"succeeded": [product_id], "failed": []}

    async def test_a_merchant_cannot_bulk_approve(self, api, shop):
        product_id = await product_in(api, shop, "pending")
        response = await api.post(f"{PRODUCTS}/bulk", token=shop["token"], json={"ids": [product_id],
                                                                                "action": "approve"})
        assert [f["code"] for f in response.json["failed"]] == ["event_not_allowed"]

    async def test_bulk_delete_refuses_products_on_sale(self, api, shop):
        on_sale = await product_in(api, shop, "on_sale", "在售")
        off = await product_in(api, shop, "off_shelf", "已下架")
        response = await api.post(f"{PRODUCTS}/bulk", token=shop["token"], json={"ids": [on_sale, off],
                                                                                "action": "delete"})
        assert response.json["succeeded"] == [off]
        assert [(f["id"], f["code"]) for f in response.json["failed"]] == [(on_sale, "product_not_deletable")]

    async def test_an_unknown_action_is_a_field_error(self, api, shop):
        response = await api.post(f"{PRODUCTS}/bulk", token=shop["token"], json={"ids": [1], "action": "burn"})
        assert response.status == 422 and "action" in response.fields
