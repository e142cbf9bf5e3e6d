"""Listing card prices (SEARCH-7): points prices on SKUs, and customer prices (客户秘价) that one
signed-in buyer sees on cards, the detail and the cart, and pays at checkout, while everyone else
sees the list price, however the listing was cached."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.feature("SEARCH-7")

PRICES = "/api/v1/admin/customer-prices"
SEARCH = "/api/v1/search/products"


async def user_id(api, token: str) -> int:
    return (await api.get("/api/v1/me", token=token)).json["id"]


async def customer_price(api, token: str, sku_id: int, user: int, price: int, **more: Any):
    return await api.post(PRICES, token=token, json={"sku_id": sku_id, "user_id": user, "price": price, **more})


async def card_of(api, product_id: int, token: str | None = None) -> dict:
    items = (await api.get(SEARCH, token=token, params={"keyword": "保温杯"})).json["items"]
    return next(item for item in items if item["id"] == product_id)


@pytest.fixture
async def cup(api, seller) -> dict:
    """保温杯 in two colours and two units (个, 箱 of 6): 红 59.00, 蓝 69.00 a piece."""
    return await api.product(
        seller.token, "保温杯", 0, specs=[{"name": "颜色", "values": ["红", "蓝"]}],
        units=[{"name": "个", "factor": 1}, {"name": "箱", "factor": 6}],
        skus=[{"spec_values": ["红"], "price": 5900, "stock": 50}, {"spec_values": ["蓝"], "price": 6900, "stock": 50}])


@pytest.fixture
async def vip(api) -> str:
    token = await api.consumer("13900005555")
    await api.address(token)
    return token


class TestPointsPrices:
    async def test_a_sku_sold_for_points_shows_on_the_card_and_the_detail(self, api, seller):
        product = await api.product(
            seller.token, "保温杯 积分兑", 0, specs=[{"name": "颜色", "values": ["红", "蓝", "白"]}],
            skus=[{"spec_values": ["红"], "price": 5900, "points": 5900},
                  {"spec_values": ["蓝"], "price": 6900, "points": 1990, "points_cash": 990},
                  {"spec_values": ["白"], "price": 4900}])

        card = await card_of(api, product["id"])
        assert (card["price"], card["points"], card["points_cash"]) == (4900, 1990, 990)
        detail = (await api.get(f"/api/v1/products/{product['id']}")).json
        assert [(s["points"], s["points_cash"]) for s in detail["skus"]] == [(5900, 0), (1990, 990), (0, 0)]
        assert (detail["points"], detail["points_cash"]) == (1990, 990)
        # cash filters and sorts are untouched by points
        assert [i["id"] for i in (await api.get(SEARCH, params={"price_max": 4900})).json["items"]] == [product["id"]]

    async def test_the_merchant_changes_points_on_a_sku_and_cash_alone_is_refused(self, api, seller):
        product = await api.product(seller.token, "保温杯", 5900)
        sku = product["skus"][0]["id"]
        path = f"/api/v1/admin/products/{product['id']}/skus"
        changed = await api.patch(path, token=seller.token, json={"items": [{"id": sku, "points": 3000}]})
        assert changed.status == 200 and (changed.json["skus"][0]["points"], changed.json["skus"][0]["price"]) == (
            3000, 5900)
        assert (await card_of(api, product["id"]))["points"] == 3000
        cash_alone = await api.post("/api/v1/admin/products", token=seller.token, json={
            "title": "茶杯", "skus": [{"price": 100, "points_cash": 100}]})
        assert cash_alone.status == 422
        refused = await api.patch(path, token=seller.token, json={"items": [{"id": sku, "points": 0,
                                                                           "points_cash": 500}]})
        assert refused.status == 422 and refused.error_code == "skus_invalid"
        assert (await card_of(api, product["id"]))["points"] == 3000


class TestCustomerPriceAdmin:
    async def test_a_merchant_sets_changes_and_removes_a_price_for_one_customer(self, api, seller, cup, vip):
        red = cup["skus"][0]["id"]
        vip_id = await user_id(api, vip)
        created = await customer_price(api, seller.token, red, vip_id, 4900, note="老客户")
        assert created.status == 201, created
        assert (created.json["price"], created.json["unit_prices"], created.json["shop_id"]) == (
            4900, [4900, 29400], seller.shop_id)
        again = await customer_price(api, seller.token, red, vip_id, 4000)
        assert again.status == 409 and again.error_code == "customer_price_exists"

        changed = await api.patch(f"{PRICES}/{created.json['id']}", token=seller.token,
                                  json={"price": 4500, "unit_prices": [4500, 25000]})
        assert changed.status == 200 and changed.json["unit_prices"] == [4500, 25000]
        listed = await api.get(PRICES, token=seller.token, params={"user_id": vip_id})
        assert [row["price"] for row in listed.json["items"]] == [4500] and listed.json["total"] == 1

        assert (await api.delete(f"{PRICES}/{created.json['id']}", token=seller.token)).status == 204
        assert (await api.get(PRICES, token=seller.token)).json["items"] == []

    async def test_bad_input_is_refused_and_changes_nothing(self, api, seller, cup, vip):
        red, vip_id = cup["skus"][0]["id"], await user_id(api, vip)
        wrong_units = await customer_price(api, seller.token, red, vip_id, 4900, unit_prices=[4900])
        assert wrong_units.status == 422 and wrong_units.error_code == "customer_price_invalid"
        nobody = await customer_price(api, seller.token, red, 999_999, 4900)
        assert nobody.status == 404
        negative = await customer_price(api, seller.token, red, vip_id, -1)
        assert negative.status == 422
        assert (await api.get(PRICES, token=seller.token)).json["items"] == []

    async def test_another_shop_neither_sees_nor_prices_this_shops_skus(self, api, seller, other_seller, cup, vip):
        red, vip_id = cup["skus"][0]["id"], await user_id(api, vip)
        theirs = await customer_price(api, other_seller.token, red, vip_id, 100)
        assert theirs.status == 404 and theirs.error_code == "sku_not_found"
        mine = (await customer_price(api, seller.token, red, vip_id, 4900)).json
        assert (await api.get(f"{PRICES}/{mine['id']}", token=other_seller.token)).status == 404
        assert (await api.patch(f"{PRICES}/{mine['id']}", token=other_seller.token, json={"price": 1})).status == 404
        assert (await api.delete(f"{PRICES}/{mine['id']}", token=other_seller.token)).status == 404
        assert (await api.get(PRICES, token=other_seller.token)).json["items"] == []
        assert (await api.get(f"{PRICES}/{mine['id']}", token=seller.token)).json["price"] == 4900

    async def test_the_platform_sets_a_price_on_any_shops_sku_and_sees_them_all(self, api, admin_token, seller,
                                                                              cup, vip):
        red, vip_id = cup["skus"][0]["id"], await user_id(api, vip)
        created = await customer_price(api, admin_token, red, vip_id, 5000)
        assert created.status == 201 and created.json["shop_id"] == seller.shop_id
        assert [row["id"] for row in (await api.get(PRICES, token=seller.token)).json["items"]] == [created.json["id"]]
        assert (await api.get(PRICES, token=admin_token)).json["total"] == 1


class TestCustomerPriceForTheBuyer:
    async def test_the_buyer_sees_their_price_on_the_detail_and_others_the_list_price(self, api, seller, cup, vip):
        red = cup["skus"][0]["id"]
        await customer_price(api, seller.token, red, await user_id(api, vip), 4900, unit_prices=[4900, 27000])
        path = f"/api/v1/products/{cup['id']}"

        theirs = (await api.get(path, token=vip)).json
        assert (theirs["price"], theirs["price_kind"]) == (4900, "customer")
        assert [(s["price"], s["unit_prices"], s["price_kind"]) for s in theirs["skus"]] == [
            (4900, [4900, 27000], "customer"), (6900, [6900, 41400], "list")]
        for token in (None, await api.consumer("13900006666")):
            page = (await api.get(path, token=token)).json
            assert (page["price"], page["price_kind"], page["skus"][0]["unit_prices"]) == (5900, "list", [5900, 35400])

    async def test_search_and_recommendation_cards_carry_the_buyers_price_only_for_them(self, api, seller, cup, vip):
        await customer_price(api, seller.token, cup["skus"][0]["id"], await user_id(api, vip), 4900)
        other = await api.consumer("13900006666")
        for _ in range(2):  # twice: a second, possibly cached, answer leaks nothing either
            assert (await card_of(api, cup["id"], vip))["price"] == 4900
            assert (await card_of(api, cup["id"], vip))["price_kind"] == "customer"
            for token in (None, other):
                card = await card_of(api, cup["id"], token)
                assert (card["price"], card["price_kind"]) == (5900, "list")
        teapot = await api.product(seller.token, "茶壶", 100)
        recommended = f"/api/v1/products/{teapot['id']}/recommendations"
        assert [(c["price"], c["price_kind"]) for c in (await api.get(recommended, token=vip)).json["items"]] == [
            (4900, "customer")]
        assert [c["price"] for c in (await api.get(recommended, token=other)).json["items"]] == [5900]

    async def test_a_cached_page_never_hands_one_buyers_price_to_another(self, api, seller, cup, vip):
        await customer_price(api, seller.token, cup["skus"][0]["id"], await user_id(api, vip), 4900)
        created = await api.post("/api/v1/admin/pages", token=seller.token,
                                 json={"key": "home", "kind": "shop_home", "title": "首页"})
        page_id = created.json["id"]
        current = await api.get(f"/api/v1/admin/pages/{page_id}", token=seller.token)
        grid = {"type": "product_grid", "v": 1, "settings": {"columns": 2},
                "source": {"kind": "product_ids", "ids": [cup["id"]]}}
        saved = await api.put(f"/api/v1/admin/pages/{page_id}/draft", token=seller.token, json={
            "document": {"schema_version": 1, "page": {"kind": "shop_home", "title": "首页", "style": {}},
                         "sections": {"hot": grid}, "order": ["hot"]},
            "base_revision": current.json["draft_revision"]})
        assert saved.status == 200, saved
        assert (await api.post(f"/api/v1/admin/pages/{page_id}/publish", token=seller.token)).status == 200
        url = f"/api/v1/shops/{seller.shop_id}/page"

        def price_on(response) -> tuple[int, str]:
            card = response.json["sections"]["hot"]["data"]["items"][0]
            return card["price"], card["price_kind"]

        anonymous = await api.get(url)
        theirs = await api.get(url, token=vip)  # the cached body, personalised on top
        other = await api.get(url, token=await api.consumer("13900006666"))
        again = await api.get(url)
        assert price_on(anonymous) == price_on(other) == price_on(again) == (5900, "list")
        assert price_on(theirs) == (4900, "customer")
        assert theirs.headers["etag"] != anonymous.headers["etag"] and "private" in theirs.headers["cache-control"]
        # the anonymous ETag does not let the buyer keep a list-price copy, nor theirs reach anyone else
        assert (await api.get(url, token=vip, headers={"If-None-Match": anonymous.headers["etag"]})).status == 200
        assert (await api.get(url, headers={"If-None-Match": theirs.headers["etag"]})).status == 200
        assert (await api.get(url, token=vip, headers={"If-None-Match": theirs.headers["etag"]})).status == 304

    async def test_the_cart_shows_and_checkout_charges_the_customer_price(self, api, seller, cup, vip):
        red = cup["skus"][0]["id"]
        await customer_price(api, seller.token, red, await user_id(api, vip), 4900, unit_prices=[4900, 27000])
        added = await api.post("/api/v1/cart/lines", token=vip, json={"sku_id": red, "quantity": 1, "unit": 1})
        assert added.status == 201, added
        cart = (await api.get("/api/v1/cart", token=vip)).json
        assert [line["unit_price"] for group in cart["shops"] for line in group["lines"]] == [27000]

        placed = await api.order(vip, [{"sku_id": red, "quantity": 2, "unit": 1}])
        [order] = placed["orders"]
        detail = (await api.get(f"/api/v1/orders/{order['order_no']}", token=vip)).json
        assert [(line["unit_price"], line["quantity"], line["goods"]) for line in detail["lines"]] == [
            (27000, 2, 54000)]
        assert placed["payment"]["amount"] == detail["payable"]

        other = await api.consumer("13900006666")
        await api.address(other)
        [list_order] = (await api.order(other, [{"sku_id": red, "quantity": 2, "unit": 1}]))["orders"]
        detail = (await api.get(f"/api/v1/orders/{list_order['order_no']}", token=other)).json
        assert [line["unit_price"] for line in detail["lines"]] == [35400]


class TestQueryBudget:
    async def test_a_signed_in_buyers_search_page_costs_the_same_for_one_card_or_twenty(
            self, api, seller, vip, count_queries):
        vip_id = await user_id(api, vip)
        for n in range(20):
            product = await api.product(seller.token, f"保温杯 {n}号", 1000 + n)
            await customer_price(api, seller.token, product["skus"][0]["id"], vip_id, 900)
        counts = []
        for size in (1, 20):
            with count_queries() as counter:
                body = (await api.get(SEARCH, token=vip, params={"keyword": "保温杯", "page_size": size})).json
            counts.append(counter.count)
            assert [card["price"] for card in body["items"]] == [900] * size
        assert counts[0] == counts[1], counts
