"""MEM-4 / PDP-3: a shopper keeps favourite products (batch delete) and follows shops."""

from __future__ import annotations

import pytest

from tests.conftest import Api

pytestmark = pytest.mark.feature("MEM-4")

FAVOURITES = "/api/v1/me/favourites"
FOLLOWED = "/api/v1/me/followed-shops"


@pytest.fixture
async def shopper(api: Api) -> str:
    return await api.consumer("13912345678")


@pytest.fixture
async def other_shopper(api: Api) -> str:
    return await api.consumer("13787654321")


@pytest.fixture
async def shop(api: Api, admin_token: str) -> tuple[int, str]:
    return await api.merchant(admin_token, "良品小铺", self_operated=True)


async def favourite(api: Api, token: str, product_id: int) -> dict:
    response = await api.put(f"{FAVOURITES}/{product_id}", token=token)
    assert response.status == 200, response
    return response.json


async def favourites(api: Api, token: str, **params) -> dict:
    response = await api.get(FAVOURITES, token=token, params=params)
    assert response.status == 200, response
    return response.json


async def followed(api: Api, token: str) -> dict:
    response = await api.get(FOLLOWED, token=token)
    assert response.status == 200, response
    return response.json


class TestFavourites:
    @pytest.mark.feature("PDP-3")
    async def test_a_favourite_is_listed_with_its_card(self, api, shopper, shop):
        product = await api.product(shop[1], "云南小粒咖啡豆 500g", 8900, original_price=12900)

        item = await favourite(api, shopper, product["id"])
        page = await favourites(api, shopper)

        assert item["available"] is True and item["card"]["price"] == 8900
        assert page["total"] == 1 and page["page"] == 1
        [listed] = page["items"]
        assert listed["product_id"] == product["id"] and listed["available"] is True
        assert listed["card"]["title"] == "云南小粒咖啡豆 500g"
        assert listed["card"]["price"] == 8900 and listed["card"]["original_price"] == 12900
        assert listed["card"]["self_operated"] is True

    @pytest.mark.feature("PDP-3")
    async def test_favouriting_twice_keeps_one_entry(self, api, shopper, shop):
        product = await api.product(shop[1], "手冲滤杯", 5900)

        first = await favourite(api, shopper, product["id"])
        second = await favourite(api, shopper, product["id"])

        assert first["created_at"] == second["created_at"]
        assert [i["product_id"] for i in (await favourites(api, shopper))["items"]] == [product["id"]]

    @pytest.mark.feature("PDP-3")
    async def test_unfavourite_removes_it_and_is_idempotent(self, api, shopper, shop):
        product = await api.product(shop[1], "手冲滤杯", 5900)
        await favourite(api, shopper, product["id"])

        first = await api.delete(f"{FAVOURITES}/{product['id']}", token=shopper)
        again = await api.delete(f"{FAVOURITES}/{product['id']}", token=shopper)

        assert (first.status, again.status) == (204, 204)
        assert (await favourites(api, shopper))["items"] == []

    async def test_listed_newest_first_and_paged(self, api, shopper, shop):
        ids = [(await api.product(shop[1], f"商品 {n}", 100 * n))["id"] for n in range(1, 4)]
        for product_id in ids:
            await favourite(api, shopper, product_id)

        first = await favourites(api, shopper, page=1, page_size=2)
        second = await favourites(api, shopper, page=2, page_size=2)

        assert first["total"] == 3
        assert [i["product_id"] for i in first["items"] + second["items"]] == ids[::-1]

    async def test_batch_delete_leaves_other_shoppers_favourites_alone(self, api, shopper, other_shopper, shop):
        ids = [(await api.product(shop[1], f"商品 {n}", 100))["id"] for n in range(1, 5)]
        for product_id in ids[:2]:
            await favourite(api, shopper, product_id)
        await favourite(api, other_shopper, ids[2])
        await favourite(api, other_shopper, ids[3])

        response = await api.post(f"{FAVOURITES}/batch-delete", token=shopper, json={"product_ids": ids[:3]})

        assert response.status == 200 and response.json == {"deleted": 2}
        assert (await favourites(api, shopper))["items"] == []
        assert {i["product_id"] for i in (await favourites(api, other_shopper))["items"]} == {ids[2], ids[3]}

    async def test_batch_delete_of_more_than_100_is_refused(self, api, shopper):
        response = await api.post(f"{FAVOURITES}/batch-delete", token=shopper,
                                  json={"product_ids": list(range(1, 102))})

        assert response.status == 422
        assert "product_ids" in response.fields

    async def test_another_shopper_never_sees_mine(self, api, shopper, other_shopper, shop):
        product = await api.product(shop[1], "手冲滤杯", 5900)
        await favourite(api, shopper, product["id"])

        assert (await favourites(api, other_shopper))["total"] == 0

    @pytest.mark.feature("PDP-3")
    async def test_missing_or_off_shelf_product_cannot_be_favourited(self, api, shopper, shop):
        product = await api.product(shop[1], "下架商品", 100)
        await api.shelve(shop[1], product["id"], "off_shelf")

        for product_id in (product["id"], 999_999):
            response = await api.put(f"{FAVOURITES}/{product_id}", token=shopper)
            assert response.status == 404
            assert response.error_code == "product_not_found"
        assert (await favourites(api, shopper))["total"] == 0

    async def test_a_product_going_off_shelf_stays_listed_as_unavailable(self, api, shopper, shop):
        product = await api.product(shop[1], "限时商品", 100)
        await favourite(api, shopper, product["id"])
        await api.shelve(shop[1], product["id"], "off_shelf")

        [item] = (await favourites(api, shopper))["items"]

        assert item["product_id"] == product["id"]
        assert item["available"] is False and item["card"] is None

    async def test_is_favourite_answers_for_a_set_of_products(self, api, shopper, shop):
        from backend.members import service

        kept, other = [(await api.product(shop[1], f"商品 {n}", 100))["id"] for n in (1, 2)]
        item = await favourite(api, shopper, kept)
        user_id = (await api.get("/api/v1/me", token=shopper)).json["id"]

        assert item["product_id"] == kept
        assert await service.is_favourite(user_id, [kept, other]) == {kept}
        assert await service.is_favourite(user_id, []) == set()

    async def test_the_list_costs_the_same_statements_for_1_and_20_favourites(
            self, api, shopper, shop, count_queries):
        async def statements(expected: int) -> int:
            with count_queries() as counter:
                page = await favourites(api, shopper, page_size=20)
            assert len(page["items"]) == expected and all(i["card"] for i in page["items"])
            return counter.count

        await favourite(api, shopper, (await api.product(shop[1], "商品 0", 100))["id"])
        one = await statements(1)
        for n in range(1, 20):
            await favourite(api, shopper, (await api.product(shop[1], f"商品 {n}", 100))["id"])

        assert await statements(20) == one
        assert one <= 8  # auth, count, page, products, shops; marks: running activities, claimable coupons


class TestFollowedShops:
    async def test_follow_lists_the_shop_with_its_follower_count(self, api, shopper, other_shopper, shop):
        response = await api.put(f"{FOLLOWED}/{shop[0]}", token=shopper)
        assert response.status == 200, response
        assert response.json["followers"] == 1
        await api.put(f"{FOLLOWED}/{shop[0]}", token=other_shopper)
        await api.put(f"{FOLLOWED}/{shop[0]}", token=shopper)  # twice: still one follow

        [item] = (await followed(api, shopper))["items"]

        assert item["shop"] == {"id": shop[0], "name": "良品小铺", "logo": "", "self_operated": True}
        assert item["followers"] == 2 and item["available"] is True

    async def test_unfollow_drops_it_and_the_count(self, api, shopper, other_shopper, shop):
        await api.put(f"{FOLLOWED}/{shop[0]}", token=shopper)
        await api.put(f"{FOLLOWED}/{shop[0]}", token=other_shopper)

        response = await api.delete(f"{FOLLOWED}/{shop[0]}", token=shopper)

        assert response.status == 204
        assert (await followed(api, shopper))["items"] == []
        assert (await followed(api, other_shopper))["items"][0]["followers"] == 1

    async def test_missing_or_disabled_shop_cannot_be_followed(self, api, shopper, shop):
        from backend.shops import service as shops

        await shops.set_status(shop[0], "disabled")

        for shop_id in (shop[0], 999_999):
            response = await api.put(f"{FOLLOWED}/{shop_id}", token=shopper)
            assert response.status == 404
            assert response.error_code == "shop_not_found"

    async def test_followers_counts_every_follower(self, api, shopper, other_shopper, shop):
        from backend.members import service

        await api.put(f"{FOLLOWED}/{shop[0]}", token=shopper)
        await api.put(f"{FOLLOWED}/{shop[0]}", token=other_shopper)

        assert await service.followers(shop[0]) == 2

    async def test_the_list_costs_the_same_statements_for_1_and_5_shops(
            self, api, admin_token, shopper, count_queries):
        async def statements(expected: int) -> int:
            with count_queries() as counter:
                page = await followed(api, shopper)
            assert len(page["items"]) == expected and all(i["shop"] for i in page["items"])
            return counter.count

        for n in range(5):
            shop_id, _ = await api.merchant(admin_token, f"店铺 {n}")
            await api.put(f"{FOLLOWED}/{shop_id}", token=shopper)
            if n == 0:
                one = await statements(1)

        assert await statements(5) == one
        assert one <= 6  # auth, count, page, shops, follower counts


class TestAccess:
    @pytest.mark.parametrize(("method", "path"), [
        ("get", FAVOURITES), ("put", f"{FAVOURITES}/1"), ("delete", f"{FAVOURITES}/1"),
        ("post", f"{FAVOURITES}/batch-delete"), ("get", FOLLOWED), ("put", f"{FOLLOWED}/1"),
        ("delete", f"{FOLLOWED}/1"),
    ])
    async def test_staff_get_403_and_anonymous_401(self, api, admin_token, method, path):
        staff = await api.call(method, path, token=admin_token)
        anonymous = await api.call(method, path)

        assert staff.status == 403
        assert anonymous.status == 401
