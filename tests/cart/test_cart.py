"""CART-1/2/4, PDP-4: the shopping cart through its HTTP door, for members and guests."""

from __future__ import annotations

from typing import Any

import pytest

from backend.cart import service as cart_service
from backend.core import events
from tests.conftest import Api

CART = "/api/v1/cart"
LINES = f"{CART}/lines"
GUEST = {"X-Device-Id": "a3f1c2d4-5b6e-4f70-8a9b-0c1d2e3f4a5b"}
OTHER_GUEST = {"X-Device-Id": "ffff0000-1111-2222-3333-444455556666"}


@pytest.fixture
async def shop(api: Api, admin_token: str) -> dict[str, Any]:
    shop_id, token = await api.merchant(admin_token, "优选生鲜")
    return {"id": shop_id, "token": token}


@pytest.fixture
async def shopper(api: Api) -> str:
    return await api.consumer("13912345678")


@pytest.fixture
async def other_shopper(api: Api) -> str:
    return await api.consumer("13787654321")


@pytest.fixture
async def tee(api: Api, shop) -> dict[str, Any]:
    """A product with specs and two units; its blue SKU is disabled."""
    return await api.product(
        shop["token"], "纯棉T恤", 0, image="https://img.example.com/tee.jpg",
        specs=[{"name": "颜色", "values": ["红", "蓝"]}],
        units=[{"name": "件", "factor": 1}, {"name": "箱", "factor": 10}],
        skus=[{"spec_values": ["红"], "price": 5900, "stock": 30},
              {"spec_values": ["蓝"], "price": 6900, "stock": 30, "is_enabled": False}])


async def sku_of(api: Api, shop, title: str, price: int, **fields: Any) -> int:
    product = await api.product(shop["token"], title, price, **fields)
    return product["skus"][0]["id"]


async def add(api: Api, sku_id: int | None, quantity: int = 1, unit: int = 0, *, token: str | None = None,
              headers: dict[str, str] | None = None):
    body = {"quantity": quantity, "unit": unit, **({"sku_id": sku_id} if sku_id is not None else {})}
    return await api.post(LINES, token=token, headers=headers, json=body)


async def added(api: Api, sku_id: int, quantity: int = 1, unit: int = 0, **kw: Any) -> dict[str, Any]:
    response = await add(api, sku_id, quantity, unit, **kw)
    assert response.status == 201, response
    return response.json["line"]


async def show(api: Api, **kw: Any) -> dict[str, Any]:
    response = await api.get(CART, **kw)
    assert response.status == 200, response
    return response.json


def lines_of(cart: dict[str, Any]) -> list[dict[str, Any]]:
    return [line for group in cart["shops"] for line in group["lines"]]


async def badge(api: Api, **kw: Any) -> int:
    response = await api.get(f"{CART}/count", **kw)
    assert response.status == 200, response
    return response.json["count"]


@pytest.mark.feature("CART-1")
class TestShowCart:
    async def test_lines_show_image_title_spec_price_and_quantity_by_shop(self, api, shop, shopper, tee):
        line = await added(api, tee["skus"][0]["id"], 2, token=shopper)
        cart = await show(api, token=shopper)

        [group] = cart["shops"]
        assert (group["shop_id"], group["shop_name"], group["self_operated"]) == (shop["id"], "优选生鲜", False)
        [shown] = group["lines"]
        assert shown == line
        assert (shown["title"], shown["spec_text"]) == ("纯棉T恤", "红")
        assert shown["image"] == "https://img.example.com/tee.jpg"
        assert (shown["unit_price"], shown["quantity"], shown["unit_name"], shown["stock"]) == (5900, 2, "件", 30)
        assert shown["units"] == [{"name": "件", "factor": 1}, {"name": "箱", "factor": 10}]
        assert (shown["selected"], shown["price_changed"], shown["reason"]) == (True, False, None)
        assert shown["payable"] == 11800
        assert (cart["count"], cart["selected_count"], cart["all_selected"]) == (2, 2, True)
        assert cart["summary"] == {"goods_total": 11800, "discount_total": 0, "freight_total": 0, "payable": 11800}

    async def test_without_a_token_or_device_the_cart_is_empty(self, api):
        cart = await show(api)
        assert (cart["shops"], cart["invalid"], cart["count"], cart["summary"]["payable"]) == ([], [], 0, 0)
        assert await badge(api) == 0

    async def test_lines_that_cannot_be_bought_are_shown_apart_with_their_reason(self, api, shop, shopper):
        shelved = await api.product(shop["token"], "有机苹果", 1200)
        sold_out = await api.product(shop["token"], "赣南脐橙", 900)
        kept = await sku_of(api, shop, "丹东草莓", 3900)
        for product in (shelved, sold_out):
            await added(api, product["skus"][0]["id"], token=shopper)
        await added(api, kept, token=shopper)

        await api.shelve(shop["token"], shelved["id"])
        await api.set_sku(shop["token"], sold_out["id"], stock=0)
        cart = await show(api, token=shopper)

        assert {line["title"]: line["reason"] for line in cart["invalid"]} == {"有机苹果": "off_shelf",
                                                                               "赣南脐橙": "sold_out"}
        assert all(line["payable"] is None for line in cart["invalid"])
        assert [line["title"] for line in lines_of(cart)] == ["丹东草莓"]
        assert (cart["count"], cart["summary"]["payable"]) == (1, 3900)

    async def test_a_changed_price_is_flagged_with_the_price_when_added(self, api, shop, shopper):
        product = await api.product(shop["token"], "五常大米 5kg", 6900)
        await added(api, product["skus"][0]["id"], token=shopper)

        await api.set_sku(shop["token"], product["id"], price=5900)
        [line] = lines_of(await show(api, token=shopper))

        assert (line["unit_price"], line["added_price"], line["price_changed"]) == (5900, 6900, True)

    async def test_showing_the_cart_costs_the_same_statements_for_one_line_or_twenty(
            self, api, shop, shopper, count_queries):
        skus = [await sku_of(api, shop, f"商品{i}", 100 + i) for i in range(20)]
        await added(api, skus[0], token=shopper)
        with count_queries() as one:
            await show(api, token=shopper)
        for sku_id in skus[1:]:
            await added(api, sku_id, token=shopper)
        with count_queries() as twenty:
            cart = await show(api, token=shopper)

        assert len(lines_of(cart)) == 20
        assert twenty.count == one.count


@pytest.mark.feature("PDP-4")
class TestAddLine:
    async def test_adding_grows_the_badge_and_the_same_sku_and_unit_adds_up(self, api, shopper, tee):
        red = tee["skus"][0]["id"]
        first = await add(api, red, 1, token=shopper)
        again = await add(api, red, 2, token=shopper)
        await added(api, red, 1, unit=1, token=shopper)

        assert first.status == 201 and first.json["count"] == 1
        assert again.json["line"]["id"] == first.json["line"]["id"] and again.json["line"]["quantity"] == 3
        assert again.json["count"] == 3
        assert await badge(api, token=shopper) == 4
        assert [(line["unit_name"], line["unit_price"]) for line in lines_of(await show(api, token=shopper))] == [
            ("箱", 59000), ("件", 5900)]

    async def test_a_product_with_specs_is_added_by_the_sku_chosen(self, api, shopper, tee):
        response = await add(api, None, token=shopper)
        assert response.status == 422 and "sku_id" in response.fields
        assert await badge(api, token=shopper) == 0

    async def test_an_unknown_sku_answers_not_found(self, api, shopper):
        response = await add(api, 999999, token=shopper)
        assert (response.status, response.error_code) == (404, "sku_not_found")

    async def test_a_disabled_sku_is_refused(self, api, shopper, tee):
        response = await add(api, tee["skus"][1]["id"], token=shopper)
        assert (response.status, response.error_code) == (409, "off_shelf")
        assert await badge(api, token=shopper) == 0

    async def test_more_than_the_stock_is_refused_naming_what_is_left(self, api, shopper, tee):
        red = tee["skus"][0]["id"]
        await added(api, red, 25, token=shopper)
        response = await add(api, red, 6, token=shopper)
        boxes = await add(api, red, 4, unit=1, token=shopper)

        assert (response.status, response.error_code) == (409, "insufficient_stock")
        assert "30" in response.json["error"]["message"]
        assert (boxes.status, boxes.error_code) == (409, "insufficient_stock") and "3箱" in boxes.fields["quantity"]
        assert await badge(api, token=shopper) == 25

    async def test_a_unit_the_product_does_not_sell_in_is_refused(self, api, shop, shopper):
        sku_id = await sku_of(api, shop, "矿泉水", 200)
        response = await add(api, sku_id, unit=1, token=shopper)
        assert (response.status, response.error_code) == (422, "unit_gone")

    @pytest.mark.parametrize("quantity", [0, 10000])
    async def test_a_quantity_outside_one_to_9999_is_refused(self, api, shopper, tee, quantity):
        response = await add(api, tee["skus"][0]["id"], quantity, token=shopper)
        assert response.status == 422 and "quantity" in response.fields

    async def test_a_full_cart_refuses_a_new_line(self, api, shop, shopper, monkeypatch):
        monkeypatch.setattr(cart_service, "MAX_LINES", 1)
        await added(api, await sku_of(api, shop, "鸡蛋", 100), token=shopper)
        response = await add(api, await sku_of(api, shop, "牛奶", 100), token=shopper)
        assert (response.status, response.error_code) == (409, "cart_full")

    async def test_staff_cannot_keep_a_cart(self, api, shop, tee):
        response = await add(api, tee["skus"][0]["id"], token=shop["token"])
        assert (response.status, (await api.get(CART, token=shop["token"])).status) == (403, 403)

    async def test_writing_needs_a_token_or_a_device(self, api, tee):
        response = await add(api, tee["skus"][0]["id"])
        assert (response.status, response.error_code) == (401, "not_authenticated")

    async def test_a_malformed_device_id_is_refused(self, api, tee):
        response = await add(api, tee["skus"][0]["id"], headers={"X-Device-Id": "bad id!"})
        assert (response.status, response.error_code) == (400, "invalid_device_id")


@pytest.mark.feature("CART-1")
class TestEditLines:
    async def test_the_quantity_is_changed_within_the_stock(self, api, shopper, tee):
        line = await added(api, tee["skus"][0]["id"], token=shopper)
        changed = await api.patch(f"{LINES}/{line['id']}", token=shopper, json={"quantity": 5})
        too_many = await api.patch(f"{LINES}/{line['id']}", token=shopper, json={"quantity": 31})

        assert changed.status == 200 and lines_of(changed.json)[0]["quantity"] == 5
        assert changed.json["summary"]["payable"] == 29500
        assert (too_many.status, too_many.error_code) == (409, "insufficient_stock")
        assert lines_of(await show(api, token=shopper))[0]["quantity"] == 5

    async def test_changing_to_a_unit_already_in_the_cart_merges_the_lines(self, api, shopper, tee):
        red = tee["skus"][0]["id"]
        single = await added(api, red, 1, token=shopper)
        box = await added(api, red, 1, unit=1, token=shopper)
        response = await api.patch(f"{LINES}/{single['id']}", token=shopper, json={"unit": 1})

        assert response.status == 200
        assert [(line["id"], line["quantity"], line["unit"]) for line in lines_of(response.json)] == [(box["id"], 2, 1)]

    async def test_a_line_is_deleted_one_by_one_in_a_batch_or_all_at_once(self, api, shop, shopper):
        ids = [(await added(api, await sku_of(api, shop, f"零食{i}", 500), token=shopper))["id"] for i in range(4)]

        one = await api.delete(f"{LINES}/{ids[0]}", token=shopper)
        batch = await api.post(f"{LINES}/batch-delete", token=shopper, json={"ids": ids[1:3]})
        assert [line["id"] for line in lines_of(one.json)] == ids[:0:-1]
        assert [line["id"] for line in lines_of(batch.json)] == [ids[3]]

        cleared = await api.delete(CART, token=shopper)
        assert cleared.status == 200 and cleared.json["count"] == 0
        assert (await show(api, token=shopper))["shops"] == []

    async def test_lines_are_selected_one_by_one_or_all_and_the_summary_follows(self, api, shop, shopper):
        first = await added(api, await sku_of(api, shop, "牙膏", 1000), token=shopper)
        await added(api, await sku_of(api, shop, "牙刷", 500), token=shopper)

        off = await api.patch(f"{LINES}/{first['id']}", token=shopper, json={"selected": False})
        assert (off.json["all_selected"], off.json["selected_count"], off.json["summary"]["payable"]) == (False, 1, 500)
        assert {line["id"]: line["payable"] for line in lines_of(off.json)}[first["id"]] is None

        none = await api.post(f"{CART}/select", token=shopper, json={"ids": None, "selected": False})
        assert (none.json["selected_count"], none.json["summary"]["payable"]) == (0, 0)

        some = await api.post(f"{CART}/select", token=shopper, json={"ids": [first["id"]], "selected": True})
        assert (some.json["selected_count"], some.json["summary"]["payable"]) == (1, 1000)

        every = await api.post(f"{CART}/select", token=shopper, json={"ids": None, "selected": True})
        assert (every.json["all_selected"], every.json["summary"]["payable"]) == (True, 1500)

    async def test_another_shoppers_line_is_not_there(self, api, shopper, other_shopper, tee):
        line = await added(api, tee["skus"][0]["id"], token=shopper)

        patched = await api.patch(f"{LINES}/{line['id']}", token=other_shopper, json={"quantity": 9})
        deleted = await api.delete(f"{LINES}/{line['id']}", token=other_shopper)
        batch = await api.post(f"{LINES}/batch-delete", token=other_shopper, json={"ids": [line["id"]]})

        assert (patched.status, patched.error_code, deleted.status) == (404, "line_not_found", 404)
        assert batch.status == 200 and (await show(api, token=other_shopper))["count"] == 0
        assert lines_of(await show(api, token=shopper))[0]["quantity"] == 1


@pytest.mark.feature("CART-2")
class TestMoveToFavourites:
    async def test_lines_move_to_favourites_in_one_batch(self, api, shop, shopper, tee):
        red = await added(api, tee["skus"][0]["id"], token=shopper)
        box = await added(api, tee["skus"][0]["id"], unit=1, token=shopper)
        rice = await added(api, await sku_of(api, shop, "五常大米", 6900), token=shopper)
        kept = await added(api, await sku_of(api, shop, "食用油", 5900), token=shopper)

        response = await api.post(f"{CART}/move-to-favourites", token=shopper,
                                  json={"ids": [red["id"], box["id"], rice["id"]]})
        favourites = await api.get("/api/v1/me/favourites", token=shopper)

        assert response.status == 200
        assert [line["id"] for line in lines_of(response.json)] == [kept["id"]]
        assert {item["product_id"] for item in favourites.json["items"]} == {tee["id"], rice["product_id"]}

    async def test_a_product_off_the_shelf_leaves_the_cart_without_being_kept(self, api, shop, shopper):
        product = await api.product(shop["token"], "限量月饼", 9900)
        line = await added(api, product["skus"][0]["id"], token=shopper)
        await api.shelve(shop["token"], product["id"])

        response = await api.post(f"{CART}/move-to-favourites", token=shopper, json={"ids": [line["id"]]})

        assert response.status == 200 and response.json["invalid"] == []
        assert (await api.get("/api/v1/me/favourites", token=shopper)).json["total"] == 0

    async def test_a_guest_must_log_in_first(self, api, tee):
        line = await added(api, tee["skus"][0]["id"], headers=GUEST)
        response = await api.post(f"{CART}/move-to-favourites", headers=GUEST, json={"ids": [line["id"]]})
        assert response.status == 401


@pytest.mark.feature("CART-4")
class TestSummary:
    async def test_cart_summary_equals_checkout_preview(self, api, shop, shopper, tee):
        template = await api.post("/api/v1/admin/shipping-templates", token=shop["token"], json={
            "name": "全国包邮外", "mode": "pieces", "is_default": True, "free_over": None,
            "default_rate": {"first_units": 1, "first_fee": 800, "extra_units": 1, "extra_fee": 200},
            "regions": [], "excluded_provinces": []})
        assert template.status == 201, template
        await api.address(shopper, "浙江省")
        red = await added(api, tee["skus"][0]["id"], 3, token=shopper)
        box = await added(api, tee["skus"][0]["id"], 2, unit=1, token=shopper)
        left_out = await added(api, await sku_of(api, shop, "围巾", 8800), token=shopper)
        response = await api.patch(f"{LINES}/{left_out['id']}", token=shopper, json={"selected": False})

        items = [{"sku_id": line["sku_id"], "quantity": line["quantity"], "unit": line["unit"]} for line in (red, box)]
        preview = (await api.post("/api/v1/checkout/preview", token=shopper, json={"items": items})).json

        summary = response.json["summary"]
        assert summary["payable"] == preview["amounts"]["payable"] == 3 * 5900 + 2 * 59000 + 800 + 4 * 200
        assert (summary["goods_total"], summary["freight_total"]) == (preview["amounts"]["goods_total"],
                                                                      preview["amounts"]["freight_total"])


class TestGuestCart:
    @pytest.mark.feature("CART-1")
    async def test_a_guest_keeps_a_cart_by_device(self, api, tee):
        await added(api, tee["skus"][0]["id"], 2, headers=GUEST)
        assert (await show(api, headers=GUEST))["count"] == 2
        assert (await show(api, headers=OTHER_GUEST))["count"] == 0
        assert await badge(api, headers=GUEST) == 2

    @pytest.mark.feature("CART-1")
    async def test_logging_in_merges_the_guest_cart_adding_up_the_same_sku(self, api, shop, shopper, tee):
        red = tee["skus"][0]["id"]
        rice = await sku_of(api, shop, "五常大米", 6900)
        await added(api, red, 2, headers=GUEST)
        await added(api, rice, 1, headers=GUEST)
        await added(api, red, 1, token=shopper)

        response = await api.post(f"{CART}/merge", token=shopper, json={"device_id": GUEST["X-Device-Id"]})

        assert response.status == 200
        assert sorted((line["sku_id"], line["quantity"]) for line in lines_of(response.json)) == sorted(
            [(red, 3), (rice, 1)])
        assert (await show(api, headers=GUEST))["count"] == 0

    async def test_a_token_wins_over_a_device(self, api, shopper, tee):
        await added(api, tee["skus"][0]["id"], token=shopper, headers=GUEST)
        assert (await show(api, headers=GUEST))["count"] == 0
        assert (await show(api, token=shopper, headers=GUEST))["count"] == 1


class TestServiceForOtherContexts:
    async def test_lines_bought_by_an_order_leave_the_buyers_cart(self, api, shop, shopper, other_shopper, tee):
        line = await added(api, tee["skus"][0]["id"], token=shopper)
        kept = await added(api, await sku_of(api, shop, "围巾", 8800), token=shopper)
        theirs = await added(api, tee["skus"][0]["id"], token=other_shopper)
        me = (await api.get("/api/v1/me", token=shopper)).json["id"]

        await events.publish("orders.created", user_id=me, cart_line_ids=[line["id"], theirs["id"]])

        assert [row["id"] for row in lines_of(await show(api, token=shopper))] == [kept["id"]]
        assert (await show(api, token=other_shopper))["count"] == 1

    async def test_buy_again_adds_what_can_be_bought_and_names_what_cannot(self, api, shop, shopper, tee):
        gone = await api.product(shop["token"], "限量月饼", 9900)
        await api.shelve(shop["token"], gone["id"])
        red = tee["skus"][0]["id"]
        existing = await added(api, red, 1, token=shopper)
        await api.patch(f"{LINES}/{existing['id']}", token=shopper, json={"selected": False})
        me = (await api.get("/api/v1/me", token=shopper)).json["id"]

        result = await cart_service.add_items(me, [(red, 2, 0), (gone["skus"][0]["id"], 1, 0), (red, 1, 1)])

        assert result["added"] == 2 and result["skipped"] == [{"sku_id": gone["skus"][0]["id"], "reason": "off_shelf"}]
        cart = await show(api, token=shopper)
        assert sorted(line["id"] for line in lines_of(cart)) == sorted(result["cart_line_ids"])
        assert sorted((line["unit"], line["quantity"], line["selected"]) for line in lines_of(cart)) == [
            (0, 3, True), (1, 1, True)]
