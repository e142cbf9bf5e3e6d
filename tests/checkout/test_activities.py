"""Shop activities at checkout: the preview names every discount and gift, and the orders are
charged exactly what it said (docs/promotions-api.md, docs/trade-api.md)."""

from __future__ import annotations

import pytest

from tests.aftersales.conftest import AFTERSALES, Trade
from tests.promotions.conftest import ADMIN, HOUR, create_activity, gift_activity

PREVIEW = "/api/v1/checkout/preview"


async def preview(api, buyer: str, items: list[tuple[int, int]]) -> dict:
    response = await api.post(PREVIEW, token=buyer, json={"items": [{"sku_id": s, "quantity": q} for s, q in items]})
    assert response.status == 200, response
    return response.json


async def bought(api, buyer: str, items: list[tuple[int, int]]) -> tuple[dict, list[dict]]:
    """Preview, then submit expecting what the preview said: (the preview, each order's detail)."""
    shown = await preview(api, buyer, items)
    placed = await api.order(buyer, [{"sku_id": s, "quantity": q} for s, q in items],
                             expected_payable=shown["amounts"]["payable"])
    assert placed["payment"]["amount"] == shown["amounts"]["payable"]
    details = [(await api.get(f"/api/v1/orders/{o['order_no']}", token=buyer)).json for o in placed["orders"]]
    for detail, shop in zip(details, shown["shops"], strict=True):
        assert detail["payable"] == shop["payable"]
        assert [line["payable"] for line in detail["lines"] if not line["is_gift"]] == [
            line["payable"] for line in shop["lines"]]
    return shown, details


def discounts(shown: dict) -> list[tuple[str, str, int]]:
    return [(d["source"], d["name"], d["amount"]) for d in shown["amounts"]["discounts"]]


class TestFullReduction:
    @pytest.mark.feature("MKT-2")
    @pytest.mark.parametrize(("quantity", "off"), [(1, 0), (2, 3_000), (3, 3_000), (4, 6_000)])
    async def test_the_best_tier_reached_is_charged_as_previewed(self, api, seller, buyer, quantity, off):
        sku = await seller.sku("羊毛大衣", 15_000)
        await create_activity(api, seller.token, rules={"tiers": [{"threshold": 30_000, "off": 3_000},
                                                                  {"threshold": 60_000, "off": 6_000}]})
        shown, [order] = await bought(api, buyer, [(sku, quantity)])
        assert discounts(shown) == ([("full_reduction", "满减", off)] if off else [])
        assert order["payable"] == 15_000 * quantity - off

    @pytest.mark.feature("MKT-2")
    @pytest.mark.parametrize(("quantity", "off"), [(1, 1_000), (2, 2_000), (3, 2_500)])
    async def test_every_whole_threshold_takes_off_again_up_to_the_cap(self, api, seller, buyer, quantity, off):
        sku = await seller.sku("羊毛围巾", 10_000)
        await create_activity(api, seller.token, rules={"tiers": [{"threshold": 10_000, "off": 1_000}],
                                                        "cyclic": True, "cap": 2_500})
        shown, [order] = await bought(api, buyer, [(sku, quantity)])
        assert order["payable"] == 10_000 * quantity - off
        assert discounts(shown) == [("full_reduction", "满减", off)]

    @pytest.mark.feature("MKT-2")
    async def test_a_product_scope_counts_and_reduces_its_own_products_only(self, api, seller, buyer):
        coat, hat = await seller.sku("大衣", 20_000), await seller.sku("帽子", 20_000)
        await create_activity(api, seller.token, scope="products", product_ids=[seller.product_of[coat]])
        shown, _ = await bought(api, buyer, [(coat, 1), (hat, 1)])
        assert discounts(shown) == []  # 400 元 in the cart, but only 200 元 of it in scope
        shown, [order] = await bought(api, buyer, [(coat, 2), (hat, 1)])
        assert [line["discount"] for line in order["lines"]] == [3_000, 0]
        assert order["payable"] == 60_000 - 3_000

    async def test_upcoming_cancelled_and_other_shops_activities_do_not_apply(self, api, seller, other_seller,
                                                                              buyer):
        sku = await seller.sku("大衣", 30_000)
        await create_activity(api, seller.token, starts=HOUR, ends=2 * HOUR)
        cancelled = await create_activity(api, seller.token, "package_price")
        await api.post(f"{ADMIN}/{cancelled['id']}/cancel", token=seller.token)
        await create_activity(api, other_seller.token, rules={"tiers": [{"threshold": 100, "off": 50}]})
        shown, [order] = await bought(api, buyer, [(sku, 3)])
        assert (discounts(shown), order["payable"]) == ([], 90_000)


class TestFullDiscount:
    @pytest.mark.feature("MKT-2")
    @pytest.mark.parametrize(("quantity", "payable"), [(1, 10_000), (2, 18_000), (3, 24_000)])
    async def test_the_tier_reached_by_count_sets_the_percent_paid(self, api, seller, buyer, quantity, payable):
        sku = await seller.sku("衬衫", 10_000)
        await create_activity(api, seller.token, "full_discount", rules={
            "basis": "count", "tiers": [{"threshold": 2, "percent": 90}, {"threshold": 3, "percent": 80}]})
        shown, [order] = await bought(api, buyer, [(sku, quantity)])
        assert order["payable"] == payable
        assert discounts(shown) == ([("full_discount", "满折", 10_000 * quantity - payable)] if quantity > 1 else [])


class TestPackagePrice:
    async def test_the_priciest_units_are_packed_and_charged_as_previewed(self, api, seller, buyer):
        skus = [await seller.sku(f"袜子{n}", price) for n, price in enumerate((5_000, 4_000, 3_000, 1_000))]
        await create_activity(api, seller.token, "package_price", scope="products",
                              product_ids=[seller.product_of[sku] for sku in skus])
        shown, [order] = await bought(api, buyer, [(sku, 1) for sku in skus])
        assert discounts(shown) == [("package_price", "打包一口价", 2_100)]  # 50 + 40 + 30 元 for 99 元
        assert order["payable"] == 9_900 + 1_000
        assert [line["discount"] for line in order["lines"]] == [875, 700, 525, 0]

    async def test_the_package_repeats_per_group(self, api, seller, buyer):
        sku = await seller.sku("袜子", 5_000)
        await create_activity(api, seller.token, "package_price")
        _, [order] = await bought(api, buyer, [(sku, 7)])
        assert order["payable"] == 2 * 9_900 + 5_000


class TestFullGift:
    @pytest.mark.feature("MKT-2")
    async def test_the_tier_reached_gives_its_gift_at_price_0_and_takes_its_stock(self, api, seller, buyer):
        bag, cup = await seller.sku("帆布袋", 500, stock=5), await seller.sku("杯子", 800, stock=5)
        coat = await seller.sku("大衣", 20_000)
        await create_activity(api, seller.token, "full_gift", rules={"tiers": [
            {"threshold": 19_900, "gift_sku_id": bag, "gift_quantity": 1},
            {"threshold": 50_000, "gift_sku_id": cup, "gift_quantity": 2}]})
        shown, [order] = await bought(api, buyer, [(coat, 1)])
        assert shown["shops"][0]["gifts"] == [{"sku_id": bag, "title": "帆布袋", "image": "", "spec_text": "",
                                               "quantity": 1, "available": True}]
        assert order["payable"] == 20_000 and discounts(shown) == []
        gift = order["lines"][1]
        assert (gift["sku_id"], gift["is_gift"], gift["quantity"], gift["unit_price"], gift["payable"]) == (
            bag, True, 1, 0, 0)
        assert order["lines"][0]["is_gift"] is False
        assert (await seller.stock(bag), await seller.stock(coat)) == (4, 99)

        shown, [order] = await bought(api, buyer, [(coat, 3)])
        assert [(g["sku_id"], g["quantity"]) for g in shown["shops"][0]["gifts"]] == [(cup, 2)]
        assert (await seller.stock(bag), await seller.stock(cup)) == (4, 3)

    async def test_a_gift_out_of_stock_is_left_out_and_the_preview_says_so(self, api, seller, buyer):
        bag = await seller.sku("帆布袋", 500, stock=0)
        coat = await seller.sku("大衣", 20_000)
        await gift_activity(api, seller.token, bag)
        shown, [order] = await bought(api, buyer, [(coat, 1)])
        assert [(g["sku_id"], g["available"]) for g in shown["shops"][0]["gifts"]] == [(bag, False)]
        assert [line["sku_id"] for line in order["lines"]] == [coat]
        assert await seller.stock(bag) == 0

    async def test_a_gift_is_available_only_from_stock_left_after_what_is_bought(self, api, seller, buyer):
        bag = await seller.sku("帆布袋", 10_000, stock=2)
        await gift_activity(api, seller.token, bag)
        shown, [order] = await bought(api, buyer, [(bag, 2)])
        assert [g["available"] for g in shown["shops"][0]["gifts"]] == [False]
        assert len(order["lines"]) == 1 and await seller.stock(bag) == 0

    @pytest.fixture
    async def with_gift(self, api, seller, buyer) -> dict:
        """A coat (200 元) bought with a bag given (满199赠): ``{"order", "bag", "coat"}``, unpaid."""
        bag, coat = await seller.sku("帆布袋", 500, stock=5), await seller.sku("大衣", 20_000)
        await gift_activity(api, seller.token, bag)
        _, [order] = await bought(api, buyer, [(coat, 1)])
        return {"order": order, "bag": bag, "coat": coat}

    async def paid(self, api, buyer, order) -> dict:
        assert (await api.pay(buyer, order["payment_no"]))["status"] == "paid"
        return (await api.get(f"/api/v1/orders/{order['order_no']}", token=buyer)).json

    async def test_cancelling_the_order_gives_the_gifts_stock_back(self, api, seller, buyer, with_gift):
        order_no = with_gift["order"]["order_no"]
        response = await api.post(f"/api/v1/orders/{order_no}/cancel", token=buyer, json={"reason": "不要了"})
        assert response.status == 200, response
        assert (await seller.stock(with_gift["bag"]), await seller.stock(with_gift["coat"])) == (5, 100)

    async def test_refunding_the_gift_alone_refunds_nothing_and_it_does_not_ship(self, api, seller, buyer,
                                                                                  with_gift):
        trade = Trade(api, buyer, seller)
        order = await self.paid(api, buyer, with_gift["order"])
        asked = await trade.asked(order, items=[(1, 1)])
        assert asked["amount"] == 0
        approved = await trade.staff(asked["request_no"], "approve")
        assert (approved.status, approved.json["status"], approved.json["refunds"]) == (200, "refunded", [])
        order = await trade.detail(order["order_no"])
        assert (order["lines"][1]["withheld_quantity"], order["status"]) == (1, "pending_shipment")
        assert await seller.stock(with_gift["bag"]) == 5
        rest = (await api.post(f"{AFTERSALES}/preview", token=buyer, json={"order_no": order["order_no"]})).json
        assert (rest["max_amount"], [x["line_id"] for x in rest["lines"]]) == (20_000, [order["lines"][0]["id"]])

    async def test_refunding_the_whole_order_covers_the_gift_and_closes_it(self, api, seller, buyer, with_gift):
        trade = Trade(api, buyer, seller)
        asked = await trade.asked(await self.paid(api, buyer, with_gift["order"]))
        assert (asked["amount"], asked["quantity"]) == (20_000, 2)
        assert (await trade.staff(asked["request_no"], "approve")).json["status"] == "refunded"
        assert (await trade.detail(with_gift["order"]["order_no"]))["status"] == "closed"
        assert (await seller.stock(with_gift["bag"]), await seller.stock(with_gift["coat"])) == (5, 100)


class TestTwoShops:
    async def test_each_shops_activities_apply_to_its_own_order(self, api, seller, other_seller, buyer):
        coat, apple = await seller.sku("大衣", 30_000), await other_seller.sku("苹果", 2_000)
        await create_activity(api, seller.token)
        await create_activity(api, other_seller.token, "full_discount")
        shown, orders = await bought(api, buyer, [(coat, 1), (apple, 2)])
        assert [o["payable"] for o in orders] == [27_000, 3_600]
        assert discounts(shown) == [("full_reduction", "满减", 3_000), ("full_discount", "满折", 400)]


class TestQueryBudget:
    async def test_running_activities_cost_the_same_for_1_line_and_20(self, api, seller, buyer, count_queries):
        skus = [await seller.sku(f"商品{i}", 1_000 + i) for i in range(20)]
        gift = await seller.sku("赠品", 100, stock=1_000)
        await create_activity(api, seller.token, rules={"tiers": [{"threshold": 500, "off": 100}]})
        await create_activity(api, seller.token, "full_discount", rules={"tiers": [{"threshold": 1, "percent": 95}]})
        await gift_activity(api, seller.token, gift, threshold=1)

        async def measure(items):
            body = [{"sku_id": sku, "quantity": 1} for sku in items]
            with count_queries() as shown:
                response = await api.post(PREVIEW, token=buyer, json={"items": body})
                assert response.json["shops"][0]["gifts"][0]["available"]
            with count_queries() as submitted:
                assert (await api.checkout(buyer, body)).status == 201
            return shown.count, submitted.count

        await measure(skus[:1])  # warms the settings cache
        assert await measure(skus[:1]) == await measure(skus)
