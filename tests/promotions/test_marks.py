"""Marks on product cards and the detail (SEARCH-7): running activities only, after every cache."""

from __future__ import annotations

import asyncio

import pytest

from tests.pages.test_pages import document, grid, save_and_publish
from tests.promotions.conftest import ADMIN, HOUR, create_activity, gift_activity, shown

REDUCTION = {"kind": "full_reduction", "text": "满300减30"}
CLAIM = {"kind": "coupon", "text": "领券"}


async def detail_marks(api, product_id: int) -> list[dict]:
    response = await api.get(f"/api/v1/products/{product_id}")
    assert response.status == 200, response
    return shown(response.json["marks"])


async def search_marks(api, keyword: str, **params) -> dict[int, list[dict]]:
    response = await api.get("/api/v1/search/products", params={"keyword": keyword, **params})
    assert response.status == 200, response
    return marks_by_id(response.json["items"])


def marks_by_id(cards: list[dict]) -> dict[int, list[dict]]:
    return {card["id"]: shown(card["marks"]) for card in cards}


async def shop_page(api, seller, product_ids: list[int]) -> tuple[str, dict]:
    """The seller's published home page, one product grid of ``product_ids``: (storefront path, page)."""
    page = await api.post("/api/v1/admin/pages", token=seller.token,
                          json={"key": "home", "kind": "shop_home", "title": "首页"})
    assert page.status == 201, page
    await save_and_publish(api, seller.token, page.json, document({"hot": grid(product_ids)}))
    return f"/api/v1/shops/{seller.shop_id}/page", page.json


async def page_marks(api, path: str, **headers) -> tuple[dict[int, list[dict]], object]:
    response = await api.get(path, headers=headers)
    assert response.status == 200, response
    return marks_by_id(response.json["sections"]["hot"]["data"]["items"]), response


@pytest.fixture
async def goods(seller, other_seller) -> dict[str, int]:
    """Product ids: two of the seller's and one of another shop, all found by 保温杯."""
    async def product(shop, name: str) -> int:
        return shop.product_of[await shop.sku(f"保温杯 {name}", 2_000)]

    return {"a": await product(seller, "a"), "b": await product(seller, "b"), "c": await product(other_seller, "c")}


@pytest.mark.feature("SEARCH-7")
class TestCards:
    async def test_a_running_shop_activity_marks_every_card_of_the_shop_wherever_it_shows(
            self, api, seller, buyer, goods):
        path, _ = await shop_page(api, seller, list(goods.values()))
        await create_activity(api, seller.token)
        expected = {goods["a"]: [REDUCTION], goods["b"]: [REDUCTION], goods["c"]: []}

        assert await search_marks(api, "保温杯") == expected
        assert (await page_marks(api, path))[0] == {goods["a"]: [REDUCTION], goods["b"]: [REDUCTION]}  # its own
        assert await detail_marks(api, goods["a"]) == [REDUCTION]
        assert await detail_marks(api, goods["c"]) == []
        recommended = await api.get(f"/api/v1/products/{goods['a']}/recommendations")
        assert marks_by_id(recommended.json["items"]) == {goods["b"]: [REDUCTION]}
        await api.put(f"/api/v1/me/favourites/{goods['b']}", token=buyer)
        kept = await api.get("/api/v1/me/favourites", token=buyer)
        assert [shown(item["card"]["marks"]) for item in kept.json["items"]] == [[REDUCTION]]

    async def test_a_product_scope_marks_its_products_only(self, api, seller, goods):
        await create_activity(api, seller.token, "package_price", scope="products", product_ids=[goods["b"]])
        assert await search_marks(api, "保温杯") == {
            goods["a"]: [], goods["b"]: [{"kind": "package_price", "text": "3件99元"}], goods["c"]: []}

    async def test_several_activities_show_in_order_with_their_texts(self, api, seller, goods):
        bag = await seller.sku("帆布袋", 500)
        covered = {"scope": "products", "product_ids": [goods["a"]]}
        await create_activity(api, seller.token, "package_price", **covered)
        await gift_activity(api, seller.token, bag, **covered)
        await create_activity(api, seller.token, "full_discount", **covered)
        await create_activity(api, seller.token, rules={"tiers": [{"threshold": 10_000, "off": 1_000}],
                                                        "cyclic": True})
        assert await detail_marks(api, goods["a"]) == [
            {"kind": "full_reduction", "text": "每满100减10"}, {"kind": "full_discount", "text": "满2件9折"},
            {"kind": "full_gift", "text": "满199赠"}, {"kind": "package_price", "text": "3件99元"}]
        assert await detail_marks(api, goods["b"]) == [{"kind": "full_reduction", "text": "每满100减10"}]

    async def test_upcoming_cancelled_and_ended_activities_mark_nothing(self, api, seller, goods):
        await create_activity(api, seller.token, starts=HOUR, ends=2 * HOUR)
        cancelled = await create_activity(api, seller.token, "full_discount")
        await api.post(f"{ADMIN}/{cancelled['id']}/cancel", token=seller.token)
        await create_activity(api, seller.token, "package_price", ends=0.5)
        await asyncio.sleep(0.6)
        assert await detail_marks(api, goods["a"]) == []
        assert await search_marks(api, "保温杯") == {goods["a"]: [], goods["b"]: [], goods["c"]: []}

    async def test_the_add_on_page_lists_the_activitys_cards_marked(self, api, seller, goods):
        created = await create_activity(api, seller.token, scope="products", product_ids=[goods["a"]])
        response = await api.get(f"/api/v1/activities/{created['id']}/products")
        assert marks_by_id(response.json["items"]) == {goods["a"]: [REDUCTION]}


    async def test_a_mark_links_to_its_activitys_add_on_page(self, api, seller, goods):
        created = await create_activity(api, seller.token, scope="products", product_ids=[goods["a"]])
        detail = await api.get(f"/api/v1/products/{goods['a']}")
        [mark] = detail.json["marks"]
        assert mark["activity_id"] == created["id"]
        page = await api.get(f"/api/v1/activities/{mark['activity_id']}/products")
        assert [card["id"] for card in page.json["items"]] == [goods["a"]]


@pytest.mark.feature("SEARCH-7")
class TestCouponMarks:
    async def test_a_claimable_shop_coupon_marks_the_shops_cards_until_it_is_stopped(self, api, seller, goods):
        template = await api.coupon_template(seller.token)
        assert await search_marks(api, "保温杯") == {goods["a"]: [CLAIM], goods["b"]: [CLAIM], goods["c"]: []}
        assert await detail_marks(api, goods["a"]) == [CLAIM]

        stopped = await api.post(f"/api/v1/admin/coupon-templates/{template['id']}/stop", token=seller.token)
        assert stopped.status == 200, stopped
        assert await search_marks(api, "保温杯") == {goods["a"]: [], goods["b"]: [], goods["c"]: []}

    async def test_a_product_coupon_marks_that_product_and_a_platform_coupon_every_card(
            self, api, admin_token, seller, goods):
        await api.coupon_template(seller.token, product_ids=[goods["b"]])
        assert await search_marks(api, "保温杯") == {goods["a"]: [], goods["b"]: [CLAIM], goods["c"]: []}
        await api.coupon_template(admin_token, title="平台券")
        assert await search_marks(api, "保温杯") == {goods["a"]: [CLAIM], goods["b"]: [CLAIM], goods["c"]: [CLAIM]}

    async def test_activity_marks_come_before_the_coupon_mark(self, api, seller, goods):
        await api.coupon_template(seller.token)
        await create_activity(api, seller.token)
        assert await detail_marks(api, goods["a"]) == [REDUCTION, CLAIM]

    async def test_a_sold_out_coupon_marks_nothing(self, api, buyer, seller, goods):
        template = await api.coupon_template(seller.token, total=1)
        claimed = await api.post("/api/v1/coupons/claim", token=buyer, json={"template_id": template["id"]})
        assert claimed.status == 201, claimed
        assert await detail_marks(api, goods["a"]) == []


@pytest.mark.feature("SEARCH-7")
class TestTheClock:
    async def test_a_mark_shows_when_the_activity_starts_and_goes_when_it_ends_past_every_cache(
            self, api, seller, goods):
        path, _ = await shop_page(api, seller, [goods["a"]])
        _, first = await page_marks(api, path)  # the page is cached from here on
        await create_activity(api, seller.token, starts=2, ends=4)

        unmarked = {goods["a"]: []}
        cached, response = await page_marks(api, path)
        assert cached == unmarked and response.headers["etag"] == first.headers["etag"]
        assert (await api.get(path, headers={"If-None-Match": first.headers["etag"]})).status == 304
        assert await detail_marks(api, goods["a"]) == []

        await asyncio.sleep(2.1)
        assert (await page_marks(api, path, **{"If-None-Match": first.headers["etag"]}))[0] == {
            goods["a"]: [REDUCTION]}
        assert (await search_marks(api, "保温杯"))[goods["a"]] == [REDUCTION]
        assert await detail_marks(api, goods["a"]) == [REDUCTION]

        await asyncio.sleep(2.0)
        assert (await page_marks(api, path))[0] == unmarked
        assert (await search_marks(api, "保温杯"))[goods["a"]] == []


    async def test_a_new_or_cancelled_activity_changes_a_cached_page_at_once(self, api, seller, goods):
        path, _ = await shop_page(api, seller, [goods["a"]])
        assert (await page_marks(api, path))[0] == {goods["a"]: []}  # cached from here on
        created = await create_activity(api, seller.token)
        assert (await page_marks(api, path))[0] == {goods["a"]: [REDUCTION]}
        assert (await api.post(f"{ADMIN}/{created['id']}/cancel", token=seller.token)).status == 200
        assert (await page_marks(api, path))[0] == {goods["a"]: []}

    async def test_claiming_the_last_coupon_takes_its_mark_off_a_cached_page(self, api, buyer, seller, goods):
        template = await api.coupon_template(seller.token, total=1)
        path, _ = await shop_page(api, seller, [goods["a"]])
        assert (await page_marks(api, path))[0] == {goods["a"]: [CLAIM]}
        claimed = await api.post("/api/v1/coupons/claim", token=buyer, json={"template_id": template["id"]})
        assert claimed.status == 201, claimed
        assert (await page_marks(api, path))[0] == {goods["a"]: []}


@pytest.mark.feature("SEARCH-7")
class TestQueryBudgets:
    """Marks cost two statements per response (the running activities of the cards' shops and the
    coupons claimable now); a cached page keeps its marked body until an activity or a coupon
    changes or the clock reaches the next start or end of one."""

    @pytest.fixture
    async def marked(self, api, seller, other_seller) -> list[int]:
        ids = [seller.product_of[await seller.sku(f"保温杯 {n}号", 2_000 + n)] for n in range(10)]
        ids += [other_seller.product_of[await other_seller.sku(f"保温杯 {n}号", 2_000 + n)] for n in range(10, 20)]
        await create_activity(api, seller.token)
        await create_activity(api, seller.token, "package_price", scope="products", product_ids=ids[:5])
        await create_activity(api, other_seller.token, "full_discount")
        return ids

    async def test_search_costs_the_same_for_one_card_or_twenty(self, api, marked, count_queries):
        counts = []
        for size in (1, 20):
            with count_queries() as counter:
                found = await search_marks(api, "保温杯", page_size=size, sort="price_asc")
            counts.append(counter.count)
            assert len(found) == size and all(found.values())
        # match, count, page, cards (2), marks (activities, coupons), search log
        assert counts[0] == counts[1] <= 8, counts

    async def test_a_shop_page_costs_the_same_for_one_card_or_ten(self, api, admin_token, seller, marked,
                                                                 count_queries):
        await api.get("/api/v1/admin/settings/search", token=admin_token)  # settings are cached from here on
        path, page = await shop_page(api, seller, marked[:1])
        await page_marks(api, path)  # when marks may next change by the clock is known from here on
        counts = []
        for ids in (marked[:1], marked[:10]):  # a shop's page shows its own products
            await save_and_publish(api, seller.token, page, document({"hot": grid(ids)}))
            with count_queries() as counter:
                found, _ = await page_marks(api, path)
            counts.append(counter.count)
            assert len(found) == len(ids) and all(found.values())
        with count_queries() as cached:
            await page_marks(api, path)
        # a cached page is sent with its marks as they were, with no statement, until they could change
        assert (counts[0], cached.count) == (counts[1], 0), counts

    async def test_the_detail_and_recommendations_cost_the_same_however_many_marks(
            self, api, marked, count_queries):
        counts = []
        for product_id, marks in ((marked[10], 1), (marked[0], 2)):
            with count_queries() as counter:
                assert len(await detail_marks(api, product_id)) == marks
            counts.append(counter.count)
        for limit in (1, 9):
            with count_queries() as counter:
                response = await api.get(f"/api/v1/products/{marked[0]}/recommendations", params={"limit": limit})
            counts.append(counter.count)
            assert len(response.json["items"]) == limit
        assert counts[0] == counts[1] and counts[2] == counts[3], counts
