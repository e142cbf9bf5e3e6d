"""Whole order or some items and quantities (AS-3): never more than was paid for those units."""

from __future__ import annotations

import asyncio
import itertools

import pytest

from backend.aftersales.service.amounts import units_amount
from tests.aftersales.conftest import AFTERSALES, charge_freight, discounted_order

pytestmark = pytest.mark.feature("AS-3")


class TestUnitShares:
    @pytest.mark.parametrize(("base", "quantity"), [(5870, 3), (1000, 3), (1, 3), (0, 2), (9999, 7), (100, 1)])
    def test_every_way_of_splitting_a_line_gives_back_exactly_its_goods_money(self, base, quantity):
        for cuts in itertools.product([0, 1], repeat=quantity - 1):  # every split of the units into requests
            sizes, size = [], 1
            for cut in cuts:
                if cut:
                    sizes.append(size)
                    size = 0
                size += 1
            sizes.append(size)
            before, parts = 0, []
            for size in sizes:
                parts.append(units_amount(base, quantity, before, size))
                before += size
            assert sum(parts) == base
            assert all(base * size // quantity <= part <= -(-base * size // quantity)
                       for part, size in zip(parts, sizes, strict=True))

    def test_one_unit_is_worth_the_floor_and_the_last_unit_carries_the_remainder(self):
        assert [units_amount(5870, 3, before, 1) for before in range(3)] == [1956, 1957, 1957]
        assert units_amount(5870, 3, 0, 3) == 5870

    def test_more_units_than_are_left_is_refused(self):
        with pytest.raises(ValueError):
            units_amount(100, 3, 2, 2)


class TestDiscountedLine:
    async def test_three_one_unit_refunds_sum_to_exactly_what_the_line_paid(self, trade, api, buyer, seller):
        order = await trade.detail(await discounted_order(api, buyer, seller, quantity=3, price=1990, points=100))
        await trade.ship(order["order_no"])
        await api.post(f"/api/v1/orders/{order['order_no']}/receive", token=buyer)
        [line] = order["lines"]
        assert (line["goods"], line["discount"], line["freight"], line["payable"]) == (5970, 100, 0, 5870)
        amounts = []
        for _ in range(3):
            asked = await trade.asked(order, items=[(0, 1)])
            assert (await trade.staff(asked["request_no"], "approve")).json["status"] == "refunded"
            amounts.append(asked["amount"])
        assert sum(amounts) == line["payable"] == 5870
        assert sorted(amounts) == [1956, 1957, 1957]
        detail = await trade.detail(order["order_no"])
        assert sum(r["amount"] for r in detail["refunds"]) == 5870
        assert detail["status"] == "closed"  # every unit refunded: 交易关闭
        again = await trade.ask(order, items=[(0, 1)])
        assert again.status == 409


class TestPreview:
    async def test_preview_answers_what_the_chosen_units_may_refund(self, trade, api):
        order = await trade.received(quantity=3, price=1990)
        response = await api.post(f"{AFTERSALES}/preview", token=trade.buyer, json={
            "order_no": order["order_no"], "items": [{"line_id": order["lines"][0]["id"], "quantity": 2}]})
        assert response.status == 200, response
        assert response.json["max_amount"] == 3980 and response.json["freight"] == 0
        assert response.json["types"] == ["refund_only", "return_refund"]
        assert response.json["lines"][0]["remaining_quantity"] == 3

    async def test_asking_for_more_units_than_remain_is_refused_and_names_the_line(self, trade):
        order = await trade.received(quantity=3)
        await trade.asked(order, items=[(0, 2)])
        response = await trade.ask(order, items=[(0, 2)])
        assert response.status == 422 and response.error_code == "items_invalid"
        assert response.fields == {str(order["lines"][0]["id"]): "最多还能申请 1 件"}
        assert (await trade.ask(order, items=[(0, 1)])).status == 201

    async def test_an_amount_above_what_the_units_paid_is_refused_and_nothing_is_saved(self, trade, api):
        order = await trade.received(quantity=3, price=1990)
        response = await trade.ask(order, items=[(0, 1)], amount=1991)
        assert response.status == 422 and response.error_code == "amount_exceeded"
        assert (await api.get(AFTERSALES, token=trade.buyer)).json["total"] == 0
        smaller = await trade.asked(order, items=[(0, 1)], amount=1500)
        assert smaller["amount"] == smaller["requested_amount"] == 1500

    async def test_a_line_of_another_order_is_refused(self, trade):
        first, second = await trade.received(quantity=1), await trade.received(quantity=1, title="茶壶")
        response = await trade.api.post(AFTERSALES, token=trade.buyer, json={
            "order_no": first["order_no"], "type": "refund_only", "reason": "不想要了",
            "items": [{"line_id": second["lines"][0]["id"], "quantity": 1}]})
        assert response.status == 422 and response.fields == {str(second["lines"][0]["id"]): "不是该订单的商品"}


class TestFreight:
    async def test_the_whole_order_before_shipment_refunds_freight_and_closes_the_order(self, trade, api, seller):
        await charge_freight(api, seller, 800)
        order = await trade.paid(quantity=2, price=1990)
        assert order["amounts"]["freight_total"] == 800 and order["payable"] == 4780
        asked = await trade.asked(order)  # no items: the whole order
        assert asked["whole_order"] is True and asked["freight"] == 800 and asked["amount"] == 4780
        await trade.staff(asked["request_no"], "approve")
        detail = await trade.detail(order["order_no"])
        assert detail["status"] == "closed" and sum(r["amount"] for r in detail["refunds"]) == 4780
        assert await seller.stock(order["lines"][0]["sku_id"]) == 100  # it never left: back in stock

    async def test_once_shipped_freight_is_not_refunded(self, trade, api, seller):
        await charge_freight(api, seller, 800)
        order = await trade.received(quantity=2, price=1990)
        asked = await trade.asked(order)
        assert asked["whole_order"] is True and asked["freight"] == 0 and asked["amount"] == 3980

    async def test_the_request_that_completes_the_order_brings_the_freight(self, trade, api, seller):
        await charge_freight(api, seller, 800)
        cup = await seller.sku("茶杯", 500)
        order = await trade.paid(quantity=1, price=1990, more=[(cup, 1)])
        first = await trade.asked(order, items=[(0, 1)])
        second = await trade.asked(order, items=[(1, 1)])
        assert (first["freight"], second["freight"]) == (0, 800)
        assert first["amount"] + second["amount"] == order["payable"]


class TestRacing:
    async def test_two_requests_for_the_same_last_units_at_once_cannot_both_win(self, trade, api):
        order = await trade.received(quantity=2, price=1990)
        answers = await asyncio.gather(trade.ask(order, items=[(0, 2)]), trade.ask(order, items=[(0, 2)]))
        assert sorted(a.status for a in answers) == [201, 422]
        assert (await api.get(AFTERSALES, token=trade.buyer)).json["total"] == 1
