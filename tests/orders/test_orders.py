"""Orders after checkout: paying, cancelling, shipping, receipt, review (docs/trade-api.md)."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from backend.core.errors import DomainError
from backend.orders.states import ORDER_TABLE

ORDERS = "/api/v1/orders"


async def placed(api, buyer, seller, quantity: int = 1, title: str = "保温杯", price: int = 1990) -> dict:
    """One order of one SKU, unpaid; answers the order's detail with its ``sku_id``."""
    sku = await seller.sku(title, price)
    answer = await api.order(buyer, [{"sku_id": sku, "quantity": quantity}])
    detail = (await api.get(f"{ORDERS}/{answer['orders'][0]['order_no']}", token=buyer)).json
    return {**detail, "sku_id": sku}


async def paid(api, buyer, seller, **kw) -> dict:
    order = await placed(api, buyer, seller, **kw)
    assert (await api.pay(buyer, order["payment_no"]))["status"] == "paid"
    return {**(await api.get(f"{ORDERS}/{order['order_no']}", token=buyer)).json, "sku_id": order["sku_id"]}


async def shipped(api, buyer, seller, **kw) -> dict:
    order = await paid(api, buyer, seller, **kw)
    response = await api.post(f"/api/v1/admin/orders/{order['order_no']}/ship", token=seller.token,
                              json={"carrier_code": "SF", "tracking_no": "SF1234567890"})
    assert response.status == 200, response
    return order


class TestPaying:
    @pytest.mark.feature("PAY-8")
    async def test_sandbox_payment_pays_every_order_it_covers(self, api, seller, other_seller, buyer):
        cup, tea = await seller.sku(), await other_seller.sku("龙井茶", 8800)
        answer = await api.order(buyer, [{"sku_id": cup, "quantity": 1}, {"sku_id": tea, "quantity": 1}])
        payment = await api.pay(buyer, answer["payment"]["payment_no"])
        assert payment["status"] == "paid"
        for order in answer["orders"]:
            detail = (await api.get(f"{ORDERS}/{order['order_no']}", token=buyer)).json
            assert detail["status"] == "pending_shipment" and detail["times"]["paid_at"]
            assert detail["payments"][0]["status"] == "paid"

    @pytest.mark.feature("PAY-3")
    @pytest.mark.parametrize("outcome", ["fail", "cancel"])
    async def test_failed_or_cancelled_payment_leaves_the_order_payable(self, api, seller, buyer, outcome):
        order = await placed(api, buyer, seller)
        assert (await api.pay(buyer, order["payment_no"], outcome))["status"] == "pending"
        detail = (await api.get(f"{ORDERS}/{order['order_no']}", token=buyer)).json
        assert detail["status"] == "pending_payment" and "pay" in detail["actions"]
        assert (await api.pay(buyer, order["payment_no"]))["status"] == "paid"

    @pytest.mark.feature("PAY-4")
    async def test_unpaid_orders_close_after_the_timeout_and_stock_comes_back_once(self, api, seller, buyer):
        order = await placed(api, buyer, seller, quantity=3)
        assert await seller.stock(order["sku_id"]) == 97
        await api.run_jobs(after=timedelta(minutes=29))
        assert (await api.get(f"{ORDERS}/{order['order_no']}", token=buyer)).json["status"] == "pending_payment"
        await api.run_jobs(after=timedelta(minutes=31))
        detail = (await api.get(f"{ORDERS}/{order['order_no']}", token=buyer)).json
        assert detail["status"] == "closed" and detail["cancel_reason"] == "超时未支付"
        assert await seller.stock(order["sku_id"]) == 100
        await api.run_jobs(after=timedelta(hours=2))  # the sweep finds nothing left to do
        assert await seller.stock(order["sku_id"]) == 100

    @pytest.mark.feature("PAY-4")
    async def test_the_timeout_follows_the_trade_settings(self, api, seller, buyer, admin_token):
        settings = (await api.get("/api/v1/admin/settings/trade", token=admin_token)).json
        await api.put("/api/v1/admin/settings/trade", token=admin_token,
                      json={**settings, "payment_timeout_minutes": 10})
        order = await placed(api, buyer, seller)
        await api.run_jobs(after=timedelta(minutes=11))
        assert (await api.get(f"{ORDERS}/{order['order_no']}", token=buyer)).json["status"] == "closed"


class TestList:
    @pytest.mark.feature("ORD-1")
    async def test_tabs_counts_newest_first_and_search_by_product(self, api, seller, buyer):
        first = await placed(api, buyer, seller, title="保温杯")
        second = await paid(api, buyer, seller, title="紫砂茶壶")
        everything = (await api.get(ORDERS, token=buyer)).json
        assert [o["order_no"] for o in everything["items"]] == [second["order_no"], first["order_no"]]
        unpaid = (await api.get(f"{ORDERS}?tab=pending_payment", token=buyer)).json["items"]
        assert [o["order_no"] for o in unpaid] == [first["order_no"]]
        counts = (await api.get(f"{ORDERS}/counts", token=buyer)).json
        assert counts == {"pending_payment": 1, "pending_shipment": 1, "pending_receipt": 0, "pending_review": 0}
        found = (await api.get(f"{ORDERS}?keyword=茶壶", token=buyer)).json["items"]
        assert [o["order_no"] for o in found] == [second["order_no"]]

    @pytest.mark.feature("ORD-1")
    async def test_a_list_page_costs_the_same_for_one_order_and_five(self, api, seller, buyer, count_queries):
        await placed(api, buyer, seller)
        with count_queries() as one:
            await api.get(ORDERS, token=buyer)
        for _ in range(4):
            await placed(api, buyer, seller)
        with count_queries() as five:
            assert len((await api.get(ORDERS, token=buyer)).json["items"]) == 5
        assert one.count == five.count

    async def test_another_buyers_order_is_not_found(self, api, seller, buyer):
        order = await placed(api, buyer, seller)
        stranger = await api.consumer("13900004444")
        assert (await api.get(f"{ORDERS}/{order['order_no']}", token=stranger)).status == 404


class TestDetail:
    @pytest.mark.feature("ORD-2")
    async def test_detail_shows_address_items_times_payments_and_shipments(self, api, seller, buyer):
        order = await shipped(api, buyer, seller, quantity=2)
        detail = (await api.get(f"{ORDERS}/{order['order_no']}", token=buyer)).json
        assert detail["address"]["detail"] == "文三路 90 号" and detail["address"]["name"] == "王小明"
        assert detail["lines"][0]["quantity"] == 2 and detail["lines"][0]["shipped_quantity"] == 2
        assert detail["times"]["paid_at"] and detail["times"]["shipped_at"]
        assert detail["payments"][0]["amount"] == detail["payable"]
        assert detail["shipments"][0]["tracking_no"] == "SF1234567890"
        assert detail["status"] == "shipped" and detail["actions"] == ["logistics", "receive"]


class TestCancel:
    @pytest.mark.feature("ORD-3")
    async def test_cancelling_unpaid_gives_stock_back_and_closes_the_payment(self, api, seller, buyer):
        order = await placed(api, buyer, seller, quantity=4)
        response = await api.post(f"{ORDERS}/{order['order_no']}/cancel", token=buyer, json={"reason": "不想要了"})
        assert response.status == 200 and response.json["status"] == "cancelled"
        assert await seller.stock(order["sku_id"]) == 100
        payment = (await api.get(f"/api/v1/payments/{order['payment_no']}", token=buyer)).json
        assert payment["status"] == "closed"
        again = await api.post(f"{ORDERS}/{order['order_no']}/cancel", token=buyer, json={})
        assert again.status == 409
        assert await seller.stock(order["sku_id"]) == 100

    @pytest.mark.feature("ORD-3")
    async def test_cancelling_paid_unshipped_refunds_in_full(self, api, seller, buyer):
        order = await paid(api, buyer, seller, quantity=2)
        response = await api.post(f"{ORDERS}/{order['order_no']}/cancel", token=buyer, json={"reason": "拍错了"})
        assert response.json["status"] == "cancelled"
        assert [(r["amount"], r["status"]) for r in response.json["refunds"]] == [(order["payable"], "succeeded")]
        assert await seller.stock(order["sku_id"]) == 100

    @pytest.mark.feature("ORD-3")
    async def test_a_shipped_order_cannot_be_cancelled(self, api, seller, buyer):
        order = await shipped(api, buyer, seller)
        response = await api.post(f"{ORDERS}/{order['order_no']}/cancel", token=buyer, json={})
        assert response.status == 409 and response.error_code == "invalid_transition"


class TestUrge:
    @pytest.mark.feature("ORD-4")
    async def test_urging_shows_in_the_merchants_list_once_a_day(self, api, seller, buyer):
        order = await paid(api, buyer, seller)
        assert (await api.post(f"{ORDERS}/{order['order_no']}/urge", token=buyer)).status == 200
        rows = (await api.get("/api/v1/admin/orders", token=seller.token)).json["items"]
        assert rows[0]["order_no"] == order["order_no"] and rows[0]["urged_at"]
        again = await api.post(f"{ORDERS}/{order['order_no']}/urge", token=buyer)
        assert again.status == 409 and again.error_code == "already_urged"

    async def test_an_unpaid_order_cannot_be_urged(self, api, seller, buyer):
        order = await placed(api, buyer, seller)
        assert (await api.post(f"{ORDERS}/{order['order_no']}/urge", token=buyer)).status == 409


class TestShipping:
    @pytest.mark.feature("ORD-5")
    async def test_partial_shipment_then_the_rest(self, api, seller, other_seller, buyer):
        cup, pot = await seller.sku("保温杯"), await seller.sku("茶壶")
        answer = await api.order(buyer, [{"sku_id": cup, "quantity": 2}, {"sku_id": pot, "quantity": 1}])
        await api.pay(buyer, answer["payment"]["payment_no"])
        order_no = answer["orders"][0]["order_no"]
        lines = (await api.get(f"{ORDERS}/{order_no}", token=buyer)).json["lines"]
        ship = f"/api/v1/admin/orders/{order_no}/ship"
        first = await api.post(ship, token=seller.token, json={
            "carrier_code": "SF", "tracking_no": "SF1000000001", "items": [{"line_id": lines[0]["id"], "quantity": 1}]})
        assert first.json["status"] == "partially_shipped"
        too_many = await api.post(ship, token=seller.token, json={
            "carrier_code": "SF", "tracking_no": "SF1000000002", "items": [{"line_id": lines[0]["id"], "quantity": 2}]})
        assert too_many.status == 422 and str(lines[0]["id"]) in too_many.fields
        rest = await api.post(ship, token=seller.token, json={"carrier_code": "ZTO", "tracking_no": "ZT2000000001"})
        assert rest.json["status"] == "shipped" and len(rest.json["shipments"]) == 2
        assert [line["shipped_quantity"] for line in rest.json["lines"]] == [2, 1]
        assert (await api.post(ship, token=other_seller.token, json={
            "carrier_code": "SF", "tracking_no": "SF1000000003"})).status == 404

    async def test_shipments_racing_for_the_same_units_ship_each_unit_once(self, api, seller, buyer):
        sku = await seller.sku("保温杯")
        answer = await api.order(buyer, [{"sku_id": sku, "quantity": 3}])
        await api.pay(buyer, answer["payment"]["payment_no"])
        order_no = answer["orders"][0]["order_no"]
        line = (await api.get(f"{ORDERS}/{order_no}", token=buyer)).json["lines"][0]
        ship = f"/api/v1/admin/orders/{order_no}/ship"

        def one_unit(n: int) -> dict:
            return {"carrier_code": "SF", "tracking_no": f"SF100000000{n}",
                    "items": [{"line_id": line["id"], "quantity": 1}]}

        assert (await api.post(ship, token=seller.token, json=one_unit(0))).json["status"] == "partially_shipped"
        answers = await asyncio.gather(*(api.post(ship, token=seller.token, json=one_unit(n)) for n in range(1, 6)))
        assert sorted(a.status for a in answers) == [200, 200, 409, 409, 409]
        detail = (await api.get(f"{ORDERS}/{order_no}", token=buyer)).json
        assert (detail["status"], len(detail["shipments"]), detail["lines"][0]["shipped_quantity"]) == ("shipped", 3, 3)

    @pytest.mark.feature("ORD-5")
    async def test_the_buyer_follows_the_parcel(self, api, seller, buyer):
        order = await shipped(api, buyer, seller)
        logistics = (await api.get(f"{ORDERS}/{order['order_no']}/logistics", token=buyer)).json
        parcel = logistics["shipments"][0]
        assert parcel["tracking_no"] == "SF1234567890" and parcel["events"]
        assert all(event["text"] for event in parcel["events"])

    async def test_an_unknown_carrier_is_refused_and_nothing_ships(self, api, seller, buyer):
        order = await paid(api, buyer, seller)
        response = await api.post(f"/api/v1/admin/orders/{order['order_no']}/ship", token=seller.token,
                                  json={"carrier_code": "NOPE", "tracking_no": "X123456789"})
        assert response.status == 422
        detail = (await api.get(f"{ORDERS}/{order['order_no']}", token=buyer)).json
        assert detail["status"] == "pending_shipment" and detail["shipments"] == []

    async def test_delivery_note_prints_the_address_and_items(self, api, seller, buyer):
        order = await paid(api, buyer, seller, quantity=2)
        note = await api.get(f"/api/v1/admin/orders/{order['order_no']}/delivery-note", token=seller.token)
        text = note.text
        assert note.status == 200 and "发货单" in text and "文三路 90 号" in text and "保温杯" in text


class TestReceipt:
    @pytest.mark.feature("ORD-6")
    async def test_confirming_receipt_moves_it_to_review(self, api, seller, buyer):
        order = await shipped(api, buyer, seller)
        response = await api.post(f"{ORDERS}/{order['order_no']}/receive", token=buyer)
        assert response.json["status"] == "received" and "review" in response.json["actions"]

    @pytest.mark.feature("ORD-6")
    async def test_receipt_confirms_itself_after_the_configured_days(self, api, seller, buyer):
        order = await shipped(api, buyer, seller)
        await api.run_jobs(after=timedelta(days=6))
        assert (await api.get(f"{ORDERS}/{order['order_no']}", token=buyer)).json["status"] == "shipped"
        await api.run_jobs(after=timedelta(days=7, minutes=1))
        assert (await api.get(f"{ORDERS}/{order['order_no']}", token=buyer)).json["status"] == "received"


class TestReview:
    @pytest.mark.feature("ORD-7")
    async def test_review_every_line_completes_the_order_and_shows_on_the_product(self, api, seller, buyer):
        order = await shipped(api, buyer, seller)
        await api.post(f"{ORDERS}/{order['order_no']}/receive", token=buyer)
        line = order["lines"][0]
        response = await api.post(f"{ORDERS}/{order['order_no']}/reviews", token=buyer, json={
            "items": [{"line_id": line["id"], "rating": 5, "content": "保温效果很好", "images": ["/media/r.jpg"]}],
            "logistics_rating": 4})
        assert response.status == 201 and response.json["status"] == "completed"
        reviews = (await api.get(f"/api/v1/products/{line['product_id']}/reviews", token=buyer)).json["items"]
        assert reviews[0]["content"] == "保温效果很好" and reviews[0]["rating"] == 5
        twice = await api.post(f"{ORDERS}/{order['order_no']}/reviews", token=buyer, json={
            "items": [{"line_id": line["id"], "rating": 1}]})
        assert twice.status == 409

    @pytest.mark.feature("REV-6")
    async def test_unreviewed_orders_get_the_default_good_review(self, api, seller, buyer, admin_token):
        settings = (await api.get("/api/v1/admin/settings/trade", token=admin_token)).json
        await api.put("/api/v1/admin/settings/trade", token=admin_token,
                      json={**settings, "auto_review_days": 3, "auto_review_text": "好评！"})
        order = await shipped(api, buyer, seller)
        await api.post(f"{ORDERS}/{order['order_no']}/receive", token=buyer)
        await api.run_jobs(after=timedelta(days=3, minutes=1))
        assert (await api.get(f"{ORDERS}/{order['order_no']}", token=buyer)).json["status"] == "completed"
        reviews = (await api.get(f"/api/v1/products/{order['lines'][0]['product_id']}/reviews")).json["items"]
        assert [(r["rating"], r["content"]) for r in reviews] == [(5, "好评！")]


class TestBuyAgain:
    @pytest.mark.feature("ORD-8")
    async def test_buy_again_puts_what_is_still_on_sale_in_the_cart(self, api, seller, buyer):
        cup, pot = await seller.sku("保温杯"), await seller.sku("茶壶")
        answer = await api.order(buyer, [{"sku_id": cup, "quantity": 2}, {"sku_id": pot, "quantity": 1}])
        await api.shelve(seller.token, seller.product_of[pot])
        again = await api.post(f"{ORDERS}/{answer['orders'][0]['order_no']}/buy-again", token=buyer)
        assert again.json["added"] == 1 and again.json["skipped"] == [{"sku_id": pot, "reason": "off_shelf"}]
        cart = (await api.get("/api/v1/cart", token=buyer)).json
        assert [(line["sku_id"], line["quantity"]) for shop in cart["shops"] for line in shop["lines"]] == [(cup, 2)]


class TestBackOffice:
    @pytest.mark.feature("PLT-8")
    async def test_platform_sees_every_shop_and_merchants_only_their_own(self, api, seller, other_seller, buyer,
                                                                       admin_token):
        mine, theirs = await placed(api, buyer, seller), await placed(api, buyer, other_seller, title="龙井茶")
        everything = (await api.get("/api/v1/admin/orders", token=admin_token)).json
        assert {row["order_no"] for row in everything["items"]} == {mine["order_no"], theirs["order_no"]}
        only = (await api.get(f"/api/v1/admin/orders?shop_id={other_seller.shop_id}", token=admin_token)).json
        assert [row["order_no"] for row in only["items"]] == [theirs["order_no"]]
        own = (await api.get("/api/v1/admin/orders", token=seller.token)).json["items"]
        assert [row["order_no"] for row in own] == [mine["order_no"]]
        assert own[0]["buyer"]["phone"] == "138****8000"
        assert (await api.get(f"/api/v1/admin/orders/{theirs['order_no']}", token=seller.token)).status == 404
        by_phone = (await api.get("/api/v1/admin/orders?keyword=13800138000", token=seller.token)).json
        assert by_phone["total"] == 1

    @pytest.mark.feature("PLT-8")
    async def test_the_detail_carries_the_timeline(self, api, seller, buyer):
        order = await paid(api, buyer, seller)
        detail = (await api.get(f"/api/v1/admin/orders/{order['order_no']}", token=seller.token)).json
        assert [(t["from_state"], t["to_state"]) for t in detail["timeline"]] == [
            ("pending_payment", "pending_shipment")]

    @pytest.mark.feature("PLT-9")
    async def test_trade_settings_are_read_and_changed_by_the_platform_only(self, api, seller, admin_token):
        settings = (await api.get("/api/v1/admin/settings/trade", token=admin_token)).json
        assert settings["payment_timeout_minutes"] == 30 and settings["auto_confirm_days"] == 7
        changed = await api.put("/api/v1/admin/settings/trade", token=admin_token,
                                json={**settings, "auto_confirm_days": 10, "auto_review_text": "默认好评"})
        assert changed.status == 200 and changed.json["auto_confirm_days"] == 10
        bad = await api.put("/api/v1/admin/settings/trade", token=admin_token,
                            json={**settings, "payment_timeout_minutes": 1})
        assert bad.status == 422 and "payment_timeout_minutes" in bad.fields
        assert (await api.get("/api/v1/admin/settings/trade", token=seller.token)).status == 403

    async def test_with_audit_on_paid_orders_wait_for_approval(self, api, seller, buyer, admin_token):
        settings = (await api.get("/api/v1/admin/settings/trade", token=admin_token)).json
        await api.put("/api/v1/admin/settings/trade", token=admin_token, json={**settings, "audit_orders": True})
        order = await paid(api, buyer, seller)
        assert order["status"] == "pending_audit"
        approved = await api.post(f"/api/v1/admin/orders/{order['order_no']}/approve", token=seller.token)
        assert approved.json["status"] == "pending_shipment"


class TestStateTable:
    STATES = sorted({s for pair in ORDER_TABLE for s in pair[:1]} | set(ORDER_TABLE.values()))
    EVENTS = sorted({event for _, event in ORDER_TABLE})

    async def test_every_allowed_pair_moves_and_every_other_is_refused(self, db):
        from backend.orders.models import Order
        from backend.orders.states import ORDER

        pairs = [(state, event) for state in self.STATES for event in self.EVENTS]
        for number, (state, event) in enumerate(pairs):
            order = await Order.create(order_no=f"T{number:06d}", user_id=1, shop_id=1, payment_no="P",
                                       status=state, goods_total=1, payable=1, address={})
            if (state, event) in ORDER_TABLE:
                await ORDER.fire(order, event)
                assert (await Order.get(id=order.id)).status == ORDER_TABLE[(state, event)]
            else:
                with pytest.raises(DomainError):
                    await ORDER.fire(order, event)
                assert (await Order.get(id=order.id)).status == state


class TestNotPayFirst:
    @pytest.fixture
    async def credit(self, api, admin_token):
        settings = (await api.get("/api/v1/admin/settings/trade", token=admin_token)).json
        await api.put("/api/v1/admin/settings/trade", token=admin_token, json={**settings, "pay_first": False})

    @pytest.mark.feature("PLT-9")
    async def test_orders_go_to_shipment_unpaid_and_are_paid_later(self, api, seller, buyer, credit):
        order = await placed(api, buyer, seller)
        assert order["status"] == "pending_shipment" and order["times"]["paid_at"] is None
        assert order["actions"][0] == "pay" and order["pay_deadline"] is None
        await api.run_jobs(after=timedelta(hours=2))  # no payment clock runs
        shipped_ = await api.post(f"/api/v1/admin/orders/{order['order_no']}/ship", token=seller.token,
                                  json={"carrier_code": "SF", "tracking_no": "SF1234567890"})
        assert shipped_.json["status"] == "shipped"
        assert (await api.pay(buyer, order["payment_no"]))["status"] == "paid"
        detail = (await api.get(f"{ORDERS}/{order['order_no']}", token=buyer)).json
        assert detail["status"] == "shipped" and detail["times"]["paid_at"] and "pay" not in detail["actions"]
        assert detail["refunds"] == []

    @pytest.mark.feature("PLT-9")
    async def test_cancelling_an_unpaid_order_on_its_way_refunds_nothing(self, api, seller, buyer, credit):
        order = await placed(api, buyer, seller, quantity=2)
        cancelled = await api.post(f"{ORDERS}/{order['order_no']}/cancel", token=buyer, json={"reason": "不要了"})
        assert cancelled.json["status"] == "cancelled" and cancelled.json["refunds"] == []
        assert await seller.stock(order["sku_id"]) == 100
        payment = (await api.get(f"/api/v1/payments/{order['payment_no']}", token=buyer)).json
        assert payment["status"] == "closed"
