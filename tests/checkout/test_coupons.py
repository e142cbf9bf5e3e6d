"""Coupons at checkout (CO-3): what preview offers and why not, what submit charges and marks used,
and the coupon coming back when its orders end unpaid (docs/trade-api.md, docs/promotions-api.md)."""

from __future__ import annotations

import asyncio
import uuid
from datetime import timedelta

import pytest

from tests.conftest import in_days

PREVIEW = "/api/v1/checkout/preview"
MINE = "/api/v1/me/coupons"


async def preview(api, buyer: str, items: list[dict], **body) -> dict:
    response = await api.post(PREVIEW, token=buyer, json={"items": items, **body})
    assert response.status == 200, response
    return response.json


async def coupon_state(api, buyer: str, coupon_id: int) -> dict:
    listed = (await api.get(f"{MINE}?page_size=100", token=buyer)).json["items"]
    return next(c for c in listed if c["id"] == coupon_id)


def discount(view: dict, source: str) -> int:
    return next((d["amount"] for d in view["amounts"]["discounts"] if d["source"] == source), 0)


class TestPreview:
    @pytest.mark.feature("CO-3")
    async def test_usable_coupons_say_what_they_save_and_the_best_is_marked(self, api, seller, buyer):
        cup = await seller.sku("保温杯", 6000)
        small = await api.coupon(buyer, seller.token, title="满50减5", threshold=5000, off=500)
        big = await api.coupon(buyer, seller.token, title="满100减15", threshold=10000, off=1500)
        items = [{"sku_id": cup, "quantity": 2}]
        view = await preview(api, buyer, items)
        usable = {c["id"]: c for c in view["coupons"]["usable"]}
        assert (usable[big["id"]]["saving"], usable[big["id"]]["best"]) == (1500, True)
        assert (usable[small["id"]]["saving"], usable[small["id"]]["best"]) == (500, False)
        assert view["coupons"]["usable"][0]["id"] == big["id"]
        assert not any(c["selected"] for c in view["coupons"]["usable"]) and view["amounts"]["payable"] == 12000
        chosen = await preview(api, buyer, items, coupon_ids=[big["id"]])
        assert discount(chosen, "coupon") == 1500 and chosen["amounts"]["payable"] == 12000 - 1500
        assert next(c for c in chosen["coupons"]["usable"] if c["id"] == big["id"])["selected"] is True

    @pytest.mark.feature("CO-3")
    async def test_a_threshold_not_reached_is_unusable_with_the_reason(self, api, seller, buyer):
        cup = await seller.sku("保温杯", 6000)
        far = await api.coupon(buyer, seller.token, title="满200减30", threshold=20000, off=3000)
        view = await preview(api, buyer, [{"sku_id": cup, "quantity": 1}])
        assert view["coupons"]["usable"] == []
        assert [(c["id"], c["reason"]) for c in view["coupons"]["unusable"]] == [(far["id"], "threshold_not_met")]

    @pytest.mark.feature("CO-3")
    async def test_a_coupon_for_other_products_or_not_yet_valid_is_unusable(self, api, seller, buyer):
        cup, pot = await seller.sku("保温杯", 6000), await seller.sku("茶壶", 6000)
        for_pot = await api.coupon(buyer, seller.token, title="茶壶专享", threshold=0, off=500,
                                   product_ids=[seller.product_of[pot]])
        tomorrow = await api.coupon(buyer, seller.token, title="明日可用", threshold=0, off=500, valid_days=None,
                                    valid_from=in_days(1), valid_until=in_days(5), claim_ends_at=in_days(1))
        view = await preview(api, buyer, [{"sku_id": cup, "quantity": 1}])
        reasons = {c["id"]: c["reason"] for c in view["coupons"]["unusable"]}
        assert reasons == {for_pot["id"]: "no_eligible_lines", tomorrow["id"]: "not_started"}

    @pytest.mark.feature("CO-3")
    async def test_a_product_coupon_takes_money_off_its_product_only(self, api, seller, buyer):
        cup, pot = await seller.sku("保温杯", 6000), await seller.sku("茶壶", 4000)
        for_pot = await api.coupon(buyer, seller.token, title="茶壶满30减10", threshold=3000, off=1000,
                                   product_ids=[seller.product_of[pot]])
        view = await preview(api, buyer, [{"sku_id": cup, "quantity": 1}, {"sku_id": pot, "quantity": 1}],
                             coupon_ids=[for_pot["id"]])
        lines = {line["sku_id"]: line for line in view["shops"][0]["lines"]}
        assert (lines[cup]["discount"], lines[pot]["discount"]) == (0, 1000)


class TestShopAndPlatform:
    @pytest.mark.feature("CO-3")
    async def test_one_coupon_per_shop_and_one_from_the_platform(self, api, seller, buyer, admin_token):
        cup = await seller.sku("保温杯", 10000)
        first = await api.coupon(buyer, seller.token, title="店铺满100减10", threshold=10000, off=1000)
        second = await api.coupon(buyer, seller.token, title="店铺无门槛5元", threshold=0, off=500)
        platform = await api.coupon(buyer, admin_token, title="平台满80减8", threshold=8000, off=800)
        items = [{"sku_id": cup, "quantity": 1}]
        view = await preview(api, buyer, items)
        assert {c["id"] for c in view["coupons"]["usable"] if c["best"]} == {first["id"], platform["id"]}
        both = await preview(api, buyer, items, coupon_ids=[first["id"], second["id"]])
        assert both["coupons"]["rejected"] == [{"id": second["id"], "reason": "one_coupon_per_shop"}]
        assert discount(both, "coupon") == 1000
        refused = await api.checkout(buyer, items, coupon_ids=[first["id"], second["id"]])
        assert refused.status == 422 and refused.error_code == "coupon_unusable"
        assert refused.fields == {str(second["id"]): "one_coupon_per_shop"}
        assert await seller.stock(cup) == 100
        best = await preview(api, buyer, items, coupon_ids=[platform["id"], first["id"]])
        assert discount(best, "coupon") == 1800 and best["amounts"]["payable"] == 10000 - 1800
        placed = await api.order(buyer, items, coupon_ids=[platform["id"], first["id"]])
        assert placed["payment"]["amount"] == best["amounts"]["payable"]

    @pytest.mark.feature("CO-3")
    async def test_the_platform_coupon_counts_what_is_left_after_the_shop_coupon(self, api, seller, buyer,
                                                                                 admin_token):
        cup = await seller.sku("保温杯", 10000)
        shop = await api.coupon(buyer, seller.token, title="店铺满100减30", threshold=10000, off=3000)
        platform = await api.coupon(buyer, admin_token, title="平台满100减10", threshold=10000, off=1000)
        items = [{"sku_id": cup, "quantity": 1}]
        view = await preview(api, buyer, items)
        assert {c["id"]: c["best"] for c in view["coupons"]["usable"]} == {shop["id"]: True, platform["id"]: False}
        together = await preview(api, buyer, items, coupon_ids=[shop["id"], platform["id"]])
        assert together["coupons"]["rejected"] == [{"id": platform["id"], "reason": "threshold_not_met"}]

    @pytest.mark.feature("CO-3")
    async def test_a_platform_coupon_spans_the_shops_orders(self, api, seller, other_seller, buyer, admin_token):
        cup, tea = await seller.sku("保温杯", 6000), await other_seller.sku("龙井茶", 4000)
        platform = await api.coupon(buyer, admin_token, title="平台满100减20", threshold=10000, off=2000)
        items = [{"sku_id": cup, "quantity": 1}, {"sku_id": tea, "quantity": 1}]
        view = await preview(api, buyer, items, coupon_ids=[platform["id"]])
        assert [shop["discount_total"] for shop in view["shops"]] == [1200, 800]
        placed = await api.order(buyer, items, coupon_ids=[platform["id"]])
        assert sorted(o["payable"] for o in placed["orders"]) == [3200, 4800]
        used = await coupon_state(api, buyer, platform["id"])
        assert used["status"] == "used" and sorted(used["order_nos"]) == sorted(o["order_no"] for o in placed["orders"])


class TestSubmit:
    @pytest.mark.feature("CO-3")
    async def test_the_saving_shown_is_what_the_order_charges(self, api, seller, buyer):
        cup = await seller.sku("保温杯", 3333)
        coupon = await api.coupon(buyer, seller.token, title="满80减7.77", threshold=8000, off=777)
        items = [{"sku_id": cup, "quantity": 3}]
        offered = next(c for c in (await preview(api, buyer, items))["coupons"]["usable"] if c["id"] == coupon["id"])
        chosen = await preview(api, buyer, items, coupon_ids=[coupon["id"]])
        placed = await api.order(buyer, items, coupon_ids=[coupon["id"]], expected_payable=chosen["amounts"]["payable"])
        order = (await api.get(f"/api/v1/orders/{placed['orders'][0]['order_no']}", token=buyer)).json
        assert offered["saving"] == 777 == order["amounts"]["discount_total"]
        assert order["amounts"]["payable"] == 3 * 3333 - 777 == placed["payment"]["amount"]
        used = await coupon_state(api, buyer, coupon["id"])
        assert (used["status"], used["order_nos"]) == ("used", [order["order_no"]])

    @pytest.mark.feature("CO-3")
    async def test_a_used_or_expired_or_unknown_coupon_is_refused_and_nothing_is_bought(self, api, seller, buyer,
                                                                                        coupon_clock):
        cup = await seller.sku("保温杯", 6000)
        items = [{"sku_id": cup, "quantity": 1}]
        once = await api.coupon(buyer, seller.token, threshold=0, off=500)
        await api.order(buyer, items, coupon_ids=[once["id"]])
        stranger = await api.consumer("13900009999")
        theirs = await api.coupon(stranger, seller.token, threshold=0, off=500)
        soon = await api.coupon(buyer, seller.token, threshold=0, off=500, valid_days=1)
        coupon_clock.travel(timedelta(days=1, minutes=1))
        for coupon, reason in ((once, "used"), (theirs, "not_found"), (soon, "expired")):
            response = await api.checkout(buyer, items, coupon_ids=[coupon["id"]])
            assert response.status == 422 and response.error_code == "coupon_unusable", response
            assert response.fields == {str(coupon["id"]): reason}
        assert await seller.stock(cup) == 99
        assert (await api.get("/api/v1/orders", token=buyer)).json["total"] == 1

    async def test_submits_at_once_with_one_coupon_buy_once(self, api, seller, buyer):
        cup = await seller.sku("保温杯", 6000)
        coupon = await api.coupon(buyer, seller.token, threshold=0, off=500)
        items = [{"sku_id": cup, "quantity": 1}]
        results = await asyncio.gather(*(api.checkout(buyer, items, coupon_ids=[coupon["id"]]) for _ in range(8)))
        assert sorted(r.status for r in results) == [201] + [422] * 7
        assert {r.error_code for r in results if r.status == 422} == {"coupon_unusable"}
        assert await seller.stock(cup) == 99
        assert (await api.get("/api/v1/orders", token=buyer)).json["total"] == 1

    async def test_the_same_key_again_answers_the_first_orders(self, api, seller, buyer):
        cup = await seller.sku("保温杯", 6000)
        coupon = await api.coupon(buyer, seller.token, threshold=0, off=500)
        key = uuid.uuid4().hex
        first = await api.checkout(buyer, [{"sku_id": cup, "quantity": 1}], key=key, coupon_ids=[coupon["id"]])
        again = await api.checkout(buyer, [{"sku_id": cup, "quantity": 1}], key=key, coupon_ids=[coupon["id"]])
        assert (first.status, again.status) == (201, 200) and again.json == first.json

    async def test_the_same_coupon_twice_is_bad_input(self, api, seller, buyer):
        cup = await seller.sku("保温杯", 6000)
        coupon = await api.coupon(buyer, seller.token, threshold=0, off=500)
        response = await api.post(PREVIEW, token=buyer, json={"items": [{"sku_id": cup, "quantity": 1}],
                                                              "coupon_ids": [coupon["id"], coupon["id"]]})
        assert response.status == 422 and "coupon_ids" in response.fields


class TestGivenBack:
    @pytest.mark.feature("CO-3")
    async def test_cancelling_the_unpaid_order_gives_the_coupon_back_once(self, api, seller, buyer):
        cup = await seller.sku("保温杯", 6000)
        coupon = await api.coupon(buyer, seller.token, threshold=0, off=500)
        items = [{"sku_id": cup, "quantity": 1}]
        placed = await api.order(buyer, items, coupon_ids=[coupon["id"]])
        order_no = placed["orders"][0]["order_no"]
        cancelled = await api.post(f"/api/v1/orders/{order_no}/cancel", token=buyer, json={"reason": "不想要了"})
        assert cancelled.status == 200
        back = await coupon_state(api, buyer, coupon["id"])
        assert (back["status"], back["order_nos"]) == ("unused", [])
        again = await api.order(buyer, items, coupon_ids=[coupon["id"]])
        assert again["payment"]["amount"] == 5500
        twice = await api.post(f"/api/v1/orders/{order_no}/cancel", token=buyer, json={"reason": "再取消"})
        assert twice.status == 409
        assert (await coupon_state(api, buyer, coupon["id"]))["status"] == "used"

    async def test_an_order_closed_unpaid_gives_the_coupon_back(self, api, seller, buyer):
        cup = await seller.sku("保温杯", 6000)
        coupon = await api.coupon(buyer, seller.token, threshold=0, off=500)
        await api.order(buyer, [{"sku_id": cup, "quantity": 1}], coupon_ids=[coupon["id"]])
        await api.run_jobs(after=timedelta(minutes=31))
        assert (await coupon_state(api, buyer, coupon["id"]))["status"] == "unused"

    async def test_a_platform_coupon_comes_back_only_when_every_order_ended(self, api, seller, other_seller, buyer,
                                                                            admin_token):
        cup, tea = await seller.sku("保温杯", 6000), await other_seller.sku("龙井茶", 6000)
        platform = await api.coupon(buyer, admin_token, threshold=10000, off=1000)
        placed = await api.order(buyer, [{"sku_id": cup, "quantity": 1}, {"sku_id": tea, "quantity": 1}],
                                 coupon_ids=[platform["id"]])
        first, second = (o["order_no"] for o in placed["orders"])
        await api.post(f"/api/v1/orders/{first}/cancel", token=buyer, json={"reason": "买多了"})
        assert (await coupon_state(api, buyer, platform["id"]))["status"] == "used"
        await api.post(f"/api/v1/orders/{second}/cancel", token=buyer, json={"reason": "买多了"})
        assert (await coupon_state(api, buyer, platform["id"]))["status"] == "unused"

    async def test_both_orders_cancelled_at_once_give_it_back(self, api, seller, other_seller, buyer, admin_token):
        cup, tea = await seller.sku("保温杯", 6000), await other_seller.sku("龙井茶", 6000)
        platform = await api.coupon(buyer, admin_token, threshold=10000, off=1000)
        placed = await api.order(buyer, [{"sku_id": cup, "quantity": 1}, {"sku_id": tea, "quantity": 1}],
                                 coupon_ids=[platform["id"]])
        cancels = await asyncio.gather(*(api.post(f"/api/v1/orders/{o['order_no']}/cancel", token=buyer,
                                                  json={"reason": "买多了"}) for o in placed["orders"]))
        assert [r.status for r in cancels] == [200, 200]
        assert (await coupon_state(api, buyer, platform["id"]))["status"] == "unused"

    async def test_a_paid_order_cancelled_keeps_the_coupon_used(self, api, seller, buyer):
        cup = await seller.sku("保温杯", 6000)
        coupon = await api.coupon(buyer, seller.token, threshold=0, off=500)
        placed = await api.order(buyer, [{"sku_id": cup, "quantity": 1}], coupon_ids=[coupon["id"]])
        assert (await api.pay(buyer, placed["payment"]["payment_no"]))["status"] == "paid"
        order_no = placed["orders"][0]["order_no"]
        assert (await api.post(f"/api/v1/orders/{order_no}/cancel", token=buyer, json={"reason": "x"})).status == 200
        assert (await coupon_state(api, buyer, coupon["id"]))["status"] == "used"


class TestQueryBudget:
    async def test_with_a_coupon_preview_and_submit_cost_the_same_for_1_line_and_20(self, api, seller, buyer,
                                                                                    count_queries):
        skus = [await seller.sku(f"商品{i}", 1000 + i) for i in range(20)]

        async def measure(items):
            coupon = await api.coupon(buyer, seller.token, threshold=0, off=100)
            with count_queries() as previewed:
                assert (await api.post(PREVIEW, token=buyer, json={"items": items,
                                                                   "coupon_ids": [coupon["id"]]})).status == 200
            with count_queries() as submitted:
                assert (await api.checkout(buyer, items, coupon_ids=[coupon["id"]])).status == 201
            return previewed.count, submitted.count

        await measure([{"sku_id": skus[0], "quantity": 1}])  # warms the settings cache
        one = await measure([{"sku_id": skus[0], "quantity": 1}])
        twenty = await measure([{"sku_id": sku, "quantity": 1} for sku in skus])
        assert one == twenty
