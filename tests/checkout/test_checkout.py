"""Checkout: preview and submit through the API (docs/trade-api.md)."""

from __future__ import annotations

import asyncio
import uuid

import pytest

PREVIEW = "/api/v1/checkout/preview"


@pytest.fixture
async def buyer(api) -> str:
    return await api.consumer("13900001111")


class TestAddress:
    @pytest.mark.feature("CO-1")
    async def test_preview_without_an_address_prompts_and_submit_refuses(self, api, seller, buyer):
        sku = await seller.sku()
        preview = await api.post(PREVIEW, token=buyer, json={"items": [{"sku_id": sku, "quantity": 1}]})
        assert preview.status == 200 and preview.json["address"] is None
        submit = await api.checkout(buyer, [{"sku_id": sku, "quantity": 1}])
        assert submit.status == 422 and submit.error_code == "address_required"
        assert await seller.stock(sku) == 100

    @pytest.mark.feature("CO-1")
    async def test_default_address_comes_first_and_another_can_be_chosen(self, api, seller, buyer):
        sku = await seller.sku()
        await api.address(buyer, "浙江省")
        home = await api.address(buyer, "上海市", city="上海市", is_default=True)
        other = (await api.get("/api/v1/me/addresses", token=buyer)).json["items"]
        zhejiang = next(a for a in other if a["province"] == "浙江省")
        first = await api.post(PREVIEW, token=buyer, json={"items": [{"sku_id": sku, "quantity": 1}]})
        assert first.json["address"]["id"] == home["id"]
        chosen = await api.post(PREVIEW, token=buyer, json={"items": [{"sku_id": sku, "quantity": 1}],
                                                            "address_id": zhejiang["id"]})
        assert chosen.json["address"]["province"] == "浙江省"

    async def test_someone_elses_address_is_not_found(self, api, seller, buyer):
        sku = await seller.sku()
        stranger = await api.consumer("13900002222")
        theirs = await api.address(stranger)
        response = await api.post(PREVIEW, token=buyer, json={"items": [{"sku_id": sku, "quantity": 1}],
                                                              "address_id": theirs["id"]})
        assert response.status == 404 and response.error_code == "address_not_found"


class TestPreview:
    @pytest.mark.feature("CO-2")
    async def test_offers_delivery_and_payment_methods(self, api, seller, buyer):
        sku = await seller.sku()
        preview = (await api.post(PREVIEW, token=buyer, json={"items": [{"sku_id": sku, "quantity": 1}]})).json
        assert [m["code"] for m in preview["delivery_methods"] if m["enabled"]] == ["express"]
        assert "sandbox" in [m["code"] for m in preview["payment_methods"]]

    @pytest.mark.feature("CO-2")
    async def test_a_payment_method_not_offered_is_refused(self, api, seller, buyer):
        sku = await seller.sku()
        await api.address(buyer)
        response = await api.checkout(buyer, [{"sku_id": sku, "quantity": 1}], payment_method="cash")
        assert response.status == 422 and response.error_code == "payment_method_not_allowed"

    @pytest.mark.feature("CO-7")
    async def test_breakdown_adds_up_per_line_per_shop_and_in_total(self, api, seller, other_seller, buyer):
        cup, tea = await seller.sku("保温杯", 1990), await other_seller.sku("龙井茶", 8800)
        preview = (await api.post(PREVIEW, token=buyer, json={"items": [
            {"sku_id": cup, "quantity": 3}, {"sku_id": tea, "quantity": 1}]})).json
        amounts = preview["amounts"]
        assert amounts["goods_total"] == 3 * 1990 + 8800
        assert amounts["payable"] == amounts["goods_total"] + amounts["freight_total"] - amounts["discount_total"]
        assert sum(shop["payable"] for shop in preview["shops"]) == amounts["payable"]
        for shop in preview["shops"]:
            assert sum(line["payable"] for line in shop["lines"]) == shop["payable"]
        line = preview["shops"][0]["lines"][0]
        assert (line["title"], line["quantity"], line["unit_price"], line["goods"]) == ("保温杯", 3, 1990, 5970)

    async def test_unbuyable_items_are_listed_apart(self, api, seller, buyer):
        cup = await seller.sku("保温杯", 1990, stock=2)
        preview = (await api.post(PREVIEW, token=buyer, json={"items": [{"sku_id": cup, "quantity": 5}]})).json
        assert preview["invalid"] == [{"sku_id": cup, "reason": "insufficient_stock"}]
        assert preview["amounts"]["payable"] == 0

    async def test_bad_input_names_the_field(self, api, buyer):
        response = await api.post(PREVIEW, token=buyer, json={"items": [{"sku_id": 1, "quantity": 0}]})
        assert response.status == 422 and "items.0.quantity" in response.fields

    async def test_staff_cannot_check_out(self, api, seller):
        response = await api.post(PREVIEW, token=seller.token, json={"items": [{"sku_id": 1, "quantity": 1}]})
        assert response.status == 403


class TestSubmit:
    @pytest.mark.feature("CO-8")
    async def test_one_order_per_shop_under_one_payment(self, api, seller, other_seller, buyer):
        cup, tea = await seller.sku("保温杯", 1990), await other_seller.sku("龙井茶", 8800)
        await api.address(buyer)
        placed = await api.order(buyer, [{"sku_id": cup, "quantity": 2}, {"sku_id": tea, "quantity": 1}])
        assert {o["shop_id"] for o in placed["orders"]} == {seller.shop_id, other_seller.shop_id}
        assert placed["payment"]["amount"] == sum(o["payable"] for o in placed["orders"])
        assert all(o["status"] == "pending_payment" for o in placed["orders"])
        assert len({o["order_no"] for o in placed["orders"]}) == 2
        assert await seller.stock(cup) == 98 and await other_seller.stock(tea) == 99

    @pytest.mark.feature("CO-6")
    async def test_remarks_go_to_their_shop_and_attachments_are_kept(self, api, seller, other_seller, buyer):
        cup, tea = await seller.sku(), await other_seller.sku("龙井茶")
        await api.address(buyer)
        placed = await api.order(buyer, [{"sku_id": cup, "quantity": 1}, {"sku_id": tea, "quantity": 1}],
                                 remarks={str(seller.shop_id): "请用礼盒包装"}, attachments=["/media/a.png"])
        details = {o["shop_id"]: (await api.get(f"/api/v1/orders/{o['order_no']}", token=buyer)).json
                   for o in placed["orders"]}
        assert details[seller.shop_id]["remark"] == "请用礼盒包装"
        assert details[other_seller.shop_id]["remark"] == ""
        assert details[seller.shop_id]["attachments"] == ["/media/a.png"]

    @pytest.mark.feature("CO-5")
    async def test_vat_special_invoice_is_kept_with_its_mailing_address(self, api, seller, buyer):
        cup = await seller.sku()
        await api.address(buyer)
        invoice = {"kind": "vat_special", "title_type": "company", "title": "杭州优选科技有限公司",
                   "tax_number": "91330100MA2CXXXX1K", "content": "detail",
                   "vat": {"address": "杭州市西湖区文三路 90 号", "phone": "0571-88888888", "bank": "招商银行杭州分行",
                           "account": "5719 0000 1234"},
                   "mailing_address": {"name": "财务部", "phone": "13800138001", "province": "浙江省",
                                       "city": "杭州市", "district": "滨江区", "detail": "网商路 599 号"}}
        placed = await api.order(buyer, [{"sku_id": cup, "quantity": 1}], invoice=invoice)
        detail = (await api.get(f"/api/v1/orders/{placed['orders'][0]['order_no']}", token=buyer)).json
        assert detail["invoice"]["title"] == "杭州优选科技有限公司"
        assert detail["invoice"]["mailing_address"]["detail"] == "网商路 599 号"

    @pytest.mark.feature("CO-5")
    async def test_company_invoice_without_tax_number_is_refused(self, api, seller, buyer):
        cup = await seller.sku()
        await api.address(buyer)
        response = await api.checkout(buyer, [{"sku_id": cup, "quantity": 1}],
                                      invoice={"kind": "normal", "title_type": "company", "title": "某公司"})
        assert response.status == 422 and "invoice" in response.fields

    async def test_the_same_key_twice_answers_the_same_orders(self, api, seller, buyer):
        cup = await seller.sku()
        await api.address(buyer)
        key = uuid.uuid4().hex
        first = await api.checkout(buyer, [{"sku_id": cup, "quantity": 1}], key=key)
        again = await api.checkout(buyer, [{"sku_id": cup, "quantity": 1}], key=key)
        assert (first.status, again.status) == (201, 200)
        assert again.json == first.json
        assert await seller.stock(cup) == 99

    async def test_the_same_key_for_a_different_basket_is_refused(self, api, seller, buyer):
        cup = await seller.sku()
        await api.address(buyer)
        key = uuid.uuid4().hex
        await api.checkout(buyer, [{"sku_id": cup, "quantity": 1}], key=key)
        response = await api.checkout(buyer, [{"sku_id": cup, "quantity": 2}], key=key)
        assert response.status == 409 and response.error_code == "idempotency_key_reused"

    async def test_a_missing_key_is_refused(self, api, seller, buyer):
        response = await api.post("/api/v1/checkout/submit", token=buyer,
                                  json={"items": [{"sku_id": 1, "quantity": 1}], "payment_method": "sandbox"})
        assert response.status == 400 and response.error_code == "idempotency_key_required"

    async def test_short_stock_takes_nothing_and_names_the_sku(self, api, seller, buyer):
        cup, pot = await seller.sku("保温杯", stock=5), await seller.sku("茶壶", stock=1)
        await api.address(buyer)
        response = await api.checkout(buyer, [{"sku_id": cup, "quantity": 2}, {"sku_id": pot, "quantity": 2}])
        assert response.status == 409 and response.error_code == "items_unavailable"
        assert response.fields == {str(pot): "insufficient_stock"}
        assert (await seller.stock(cup), await seller.stock(pot)) == (5, 1)
        assert (await api.get("/api/v1/orders", token=buyer)).json["total"] == 0

    async def test_a_changed_price_is_caught_before_paying(self, api, seller, buyer):
        cup = await seller.sku("保温杯", 1990)
        await api.address(buyer)
        response = await api.checkout(buyer, [{"sku_id": cup, "quantity": 1}], expected_payable=1000)
        assert response.status == 409 and response.error_code == "price_changed"

    async def test_multi_unit_lines_take_stock_in_the_base_unit(self, api, seller, buyer):
        product = await api.product(seller.token, "矿泉水", 200, units=[{"name": "瓶", "factor": 1},
                                                                     {"name": "箱", "factor": 24}],
                                    skus=[{"spec_values": [], "price": 200, "unit_prices": [200, 4200],
                                           "stock": 100}])
        sku = product["skus"][0]["id"]
        seller.product_of[sku] = product["id"]
        await api.address(buyer)
        placed = await api.order(buyer, [{"sku_id": sku, "quantity": 2, "unit": 1}])
        assert placed["payment"]["amount"] >= 8400
        assert await seller.stock(sku) == 100 - 48


class TestQueryBudget:
    async def test_preview_and_submit_cost_the_same_for_1_line_and_20(self, api, seller, buyer, count_queries):
        skus = [await seller.sku(f"商品{i}", 100 + i) for i in range(20)]
        await api.address(buyer)

        async def measure(items):
            with count_queries() as preview:
                assert (await api.post(PREVIEW, token=buyer, json={"items": items})).status == 200
            with count_queries() as submit:
                assert (await api.checkout(buyer, items)).status == 201
            return preview.count, submit.count

        await measure([{"sku_id": skus[0], "quantity": 1}])  # warms the settings cache
        one = await measure([{"sku_id": skus[0], "quantity": 1}])
        twenty = await measure([{"sku_id": sku, "quantity": 1} for sku in skus])
        assert one == twenty


class TestConcurrency:
    async def test_200_buyers_at_once_on_10_in_stock_make_exactly_10_orders(self, api, seller):
        from backend.accounts import service as accounts
        from backend.accounts.schemas import SmsLoginIn

        sku = await seller.sku("限量款", 9900, stock=10)
        tokens = []
        for i in range(200):
            phone, ip = f"137{i:04d}8888", f"10.1.{i // 200}.{i % 200}"
            await accounts.send_code(phone, "login", ip)
            session = await accounts.login_by_sms(SmsLoginIn(phone=phone, code=api.last_sms_code(phone)), ip)
            tokens.append(session["token"])
            await api.address(session["token"])
        results = await asyncio.gather(*(api.checkout(t, [{"sku_id": sku, "quantity": 1}]) for t in tokens))
        statuses = sorted(r.status for r in results)
        assert statuses.count(201) == 10 and statuses.count(409) == 190, statuses
        product = await seller.product(sku)
        assert product["skus"][0]["stock"] == 0
        assert (product["stock"], product["sales"]) == (0, 10)


class TestCustomerPaymentMethods:
    @pytest.mark.feature("CO-2")
    async def test_a_customer_limited_to_other_methods_cannot_pay_by_the_sandbox(self, api, seller, buyer,
                                                                                 admin_token):
        sku = await seller.sku()
        await api.address(buyer)
        me = (await api.get("/api/v1/me", token=buyer)).json
        limited = await api.put(f"/api/v1/admin/customers/{me['id']}/payment-methods", token=admin_token,
                                json={"methods": ["wechat"]})
        assert limited.status == 200 and limited.json["payment_methods"] == ["wechat"]
        preview = (await api.post(PREVIEW, token=buyer, json={"items": [{"sku_id": sku, "quantity": 1}]})).json
        assert preview["payment_methods"] == []
        refused = await api.checkout(buyer, [{"sku_id": sku, "quantity": 1}])
        assert refused.status == 422 and refused.error_code == "payment_method_not_allowed"

        await api.put(f"/api/v1/admin/customers/{me['id']}/payment-methods", token=admin_token,
                      json={"methods": ["sandbox"]})
        preview = (await api.post(PREVIEW, token=buyer, json={"items": [{"sku_id": sku, "quantity": 1}]})).json
        assert [m["code"] for m in preview["payment_methods"]] == ["sandbox"]
        assert (await api.checkout(buyer, [{"sku_id": sku, "quantity": 1}])).status == 201

    async def test_only_the_platform_sets_them_and_codes_are_checked(self, api, seller, buyer, admin_token):
        me = (await api.get("/api/v1/me", token=buyer)).json
        path = f"/api/v1/admin/customers/{me['id']}/payment-methods"
        assert (await api.put(path, token=seller.token, json={"methods": []})).status == 403
        bad = await api.put(path, token=admin_token, json={"methods": ["微信"]})
        assert bad.status == 422 and "methods.0" in bad.fields


async def template(seller, name: str, first_fee: int, *, is_default: bool = False, **fields) -> int:
    body = {"name": name, "mode": "pieces", "is_default": is_default, "free_over": None,
            "default_rate": {"first_units": 1, "first_fee": first_fee, "extra_units": 1, "extra_fee": 100},
            "regions": [], "excluded_provinces": [], **fields}
    response = await seller.api.post("/api/v1/admin/shipping-templates", token=seller.token, json=body)
    assert response.status == 201, response
    return response.json["id"]


class TestShippingTemplates:
    @pytest.mark.feature("CO-2")
    async def test_freight_follows_the_shops_default_and_a_products_own_template(self, api, seller, buyer):
        await template(seller, "普通快递", 800, is_default=True)
        cold = await template(seller, "冷链专送", 2500)
        cup = await seller.sku("保温杯", 1990)
        beef = await seller.sku("冷鲜牛排", 12800, shipping_template_id=cold)
        await api.address(buyer, "浙江省")
        preview = (await api.post(PREVIEW, token=buyer, json={"items": [
            {"sku_id": cup, "quantity": 2}, {"sku_id": beef, "quantity": 1}]})).json
        freight = {line["title"]: line["freight"] for line in preview["shops"][0]["lines"]}
        assert freight == {"保温杯": 800 + 100, "冷鲜牛排": 2500}
        assert preview["amounts"]["freight_total"] == 3400

    @pytest.mark.feature("CO-2")
    async def test_a_template_excluding_the_buyers_province_stops_checkout(self, api, seller, buyer):
        island = await template(seller, "不发海南", 800, excluded_provinces=["海南省"])
        mango = await seller.sku("芒果", 3900, shipping_template_id=island)
        await api.address(buyer, "海南省")
        preview = (await api.post(PREVIEW, token=buyer, json={"items": [{"sku_id": mango, "quantity": 1}]})).json
        assert preview["deliverable"] is False
        assert preview["undeliverable"] == [{"sku_id": mango, "reason": "region_excluded"}]
        refused = await api.checkout(buyer, [{"sku_id": mango, "quantity": 1}])
        assert refused.status == 422 and refused.error_code == "undeliverable"

    async def test_a_product_cannot_name_another_shops_template(self, api, seller, other_seller):
        theirs = await template(other_seller, "别家模板", 500)
        response = await api.post("/api/v1/admin/products", token=seller.token, json={
            "title": "保温杯", "price": 1990, "stock": 10, "shipping_template_id": theirs})
        assert response.status == 422 and response.error_code == "shipping_template_not_found"
