"""领券: what a shopper can claim where, and claiming that never gives out more than the total or
more than a shopper's limit, however many claims arrive at once."""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import datetime, timedelta

from backend.coupons import service as coupons
from tests.conftest import in_days

CLAIM, CLAIMABLE, MINE = "/api/v1/coupons/claim", "/api/v1/coupons/claimable", "/api/v1/me/coupons"
TEMPLATES = "/api/v1/admin/coupon-templates"


async def shoppers(api, count: int) -> list[str]:
    """``count`` signed-in shoppers, logged in through the accounts service (no SMS rate limit per IP)."""
    from backend.accounts import service as accounts
    from backend.accounts.schemas import SmsLoginIn

    tokens = []
    for i in range(count):
        phone, ip = f"136{i:04d}6666", f"10.2.{i // 200}.{i % 200}"
        await accounts.send_code(phone, "login", ip)
        session = await accounts.login_by_sms(SmsLoginIn(phone=phone, code=api.last_sms_code(phone)), ip)
        tokens.append(session["token"])
    return tokens


async def claim(api, token: str, template_id: int):
    return await api.post(CLAIM, token=token, json={"template_id": template_id})


class TestClaimable:
    async def test_a_product_shows_its_shops_coupons_for_it_and_the_platforms(self, api, seller, other_seller,
                                                                              admin_token):
        cup, pot = await seller.sku("保温杯"), await seller.sku("茶壶")
        tea = await other_seller.sku("龙井茶")
        shop_wide = await api.coupon_template(seller.token, title="全店满100减10")
        for_cup = await api.coupon_template(seller.token, title="保温杯专享", product_ids=[seller.product_of[cup]])
        await api.coupon_template(seller.token, title="茶壶专享", product_ids=[seller.product_of[pot]])
        await api.coupon_template(other_seller.token, title="他店券")
        platform = await api.coupon_template(admin_token, title="平台券")
        listed = (await api.get(f"{CLAIMABLE}?product_id={seller.product_of[cup]}")).json
        assert {t["id"] for t in listed["items"]} == {shop_wide["id"], for_cup["id"], platform["id"]}
        assert listed["total"] == 3
        names = {t["title"]: t["shop_name"] for t in listed["items"]}
        assert names == {"全店满100减10": "优选好物", "保温杯专享": "优选好物", "平台券": "平台券"}
        for_tea = (await api.get(f"{CLAIMABLE}?product_id={other_seller.product_of[tea]}")).json
        assert {t["title"] for t in for_tea["items"]} == {"他店券", "平台券"}

    async def test_a_shop_shows_its_own_and_the_centre_shows_all(self, api, seller, other_seller, admin_token):
        mine = await api.coupon_template(seller.token)
        theirs = await api.coupon_template(other_seller.token)
        platform = await api.coupon_template(admin_token)
        shop = (await api.get(f"{CLAIMABLE}?shop_id={seller.shop_id}")).json
        assert [t["id"] for t in shop["items"]] == [mine["id"]]
        centre = (await api.get(CLAIMABLE)).json
        assert {t["id"] for t in centre["items"]} == {mine["id"], theirs["id"], platform["id"]}

    async def test_only_templates_claimable_now_are_listed(self, api, seller):
        later = await api.coupon_template(seller.token, title="明天开抢", claim_starts_at=in_days(1),
                                          claim_ends_at=in_days(2))
        stopped = await api.coupon_template(seller.token, title="已停止")
        await api.post(f"{TEMPLATES}/{stopped['id']}/stop", token=seller.token)
        gone = await api.coupon_template(seller.token, title="已抢光", total=1)
        await claim(api, await api.consumer("13900005555"), gone["id"])
        open_now = await api.coupon_template(seller.token, title="可领")
        listed = (await api.get(f"{CLAIMABLE}?shop_id={seller.shop_id}")).json
        assert [t["id"] for t in listed["items"]] == [open_now["id"]]
        refused = await claim(api, await api.consumer("13900006666"), later["id"])
        assert refused.status == 409 and refused.error_code == "coupon_not_claimable"

    async def test_a_signed_in_shopper_sees_what_they_hold_and_whether_they_may_take_more(self, api, seller):
        template = await api.coupon_template(seller.token, per_user_limit=2, total=10)
        shopper = await api.consumer("13900005555")
        await claim(api, shopper, template["id"])
        one = (await api.get(CLAIMABLE, token=shopper)).json["items"][0]
        assert (one["claimed_by_me"], one["can_claim"], one["remaining"]) == (1, True, 9)
        await claim(api, shopper, template["id"])
        two = (await api.get(CLAIMABLE, token=shopper)).json["items"][0]
        assert (two["claimed_by_me"], two["can_claim"]) == (2, False)
        anonymous = (await api.get(CLAIMABLE)).json["items"][0]
        assert (anonymous["claimed_by_me"], anonymous["can_claim"]) == (0, True)


class TestClaim:
    async def test_a_claimed_coupon_is_valid_for_its_days_from_now(self, api, seller):
        template = await api.coupon_template(seller.token, title="满100减10", valid_days=3)
        shopper = await api.consumer("13900005555")
        response = await claim(api, shopper, template["id"])
        assert response.status == 201, response
        coupon = response.json
        assert (coupon["status"], coupon["shop_id"], coupon["shop_name"]) == ("unused", seller.shop_id, "优选好物")
        assert (coupon["threshold"], coupon["off"], coupon["order_nos"]) == (10000, 1000, [])
        assert len(coupon["code"]) == 12
        span = datetime.fromisoformat(coupon["valid_until"]) - datetime.fromisoformat(coupon["valid_from"])
        assert span == timedelta(days=3)
        assert (await api.get(f"{TEMPLATES}/{template['id']}", token=seller.token)).json["claimed"] == 1

    async def test_a_fixed_window_coupon_is_valid_in_the_window(self, api, seller):
        template = await api.coupon_template(seller.token, valid_days=None, valid_from=in_days(1),
                                             valid_until=in_days(20))
        coupon = (await claim(api, await api.consumer("13900005555"), template["id"])).json
        assert (coupon["valid_from"], coupon["valid_until"]) == (template["valid_from"], template["valid_until"])

    async def test_a_shopper_gets_no_more_than_their_limit(self, api, seller):
        template = await api.coupon_template(seller.token, per_user_limit=2)
        shopper = await api.consumer("13900005555")
        assert [(await claim(api, shopper, template["id"])).status for _ in range(2)] == [201, 201]
        third = await claim(api, shopper, template["id"])
        assert third.status == 409 and third.error_code == "coupon_limit_reached"
        assert (await api.get(MINE, token=shopper)).json["total"] == 2
        assert (await api.get(f"{TEMPLATES}/{template['id']}", token=seller.token)).json["claimed"] == 2

    async def test_no_more_than_the_total_is_given_out(self, api, seller):
        template = await api.coupon_template(seller.token, total=1)
        assert (await claim(api, await api.consumer("13900005555"), template["id"])).status == 201
        late = await claim(api, await api.consumer("13900006666"), template["id"])
        assert late.status == 409 and late.error_code == "coupon_sold_out"

    async def test_an_unknown_template_is_not_found_and_only_shoppers_claim(self, api, seller):
        shopper = await api.consumer("13900005555")
        assert (await claim(api, shopper, 999999)).error_code == "template_not_found"
        template = await api.coupon_template(seller.token)
        assert (await api.post(CLAIM, json={"template_id": template["id"]})).status == 401
        assert (await claim(api, seller.token, template["id"])).status == 403
        assert (await api.post(CLAIM, token=shopper, json={"template_id": "x"})).status == 422

    async def test_many_claims_at_once_keep_the_total_and_every_limit(self, api, seller):
        """60 claims at once by 20 shoppers, 3 each, on 25 coupons of at most 2 per shopper."""
        template = await api.coupon_template(seller.token, total=25, per_user_limit=2)
        tokens = await shoppers(api, 20)
        results = await asyncio.gather(*(claim(api, token, template["id"]) for token in tokens * 3))
        codes = Counter(r.status if r.status == 201 else r.error_code for r in results)
        assert codes[201] == 25 and set(codes) <= {201, "coupon_sold_out", "coupon_limit_reached"}, codes
        held = [(await api.get(MINE, token=token)).json["total"] for token in tokens]
        assert sum(held) == 25 and max(held) <= 2, held
        assert (await api.get(f"{TEMPLATES}/{template['id']}", token=seller.token)).json["claimed"] == 25

    async def test_one_shoppers_claims_at_once_stop_at_their_limit(self, api, seller):
        template = await api.coupon_template(seller.token, total=100, per_user_limit=3)
        shopper = await api.consumer("13900005555")
        results = await asyncio.gather(*(claim(api, shopper, template["id"]) for _ in range(20)))
        assert sorted(r.status for r in results) == [201] * 3 + [409] * 17
        assert (await api.get(MINE, token=shopper)).json["total"] == 3
        assert (await api.get(f"{TEMPLATES}/{template['id']}", token=seller.token)).json["claimed"] == 3


class TestCardMarks:
    async def test_products_with_a_coupon_to_claim_in_one_query(self, api, seller, other_seller, admin_token,
                                                                count_queries):
        cup, pot = await seller.sku("保温杯"), await seller.sku("茶壶")
        tea, rice = await other_seller.sku("龙井茶"), await other_seller.sku("大米")
        await api.coupon_template(seller.token, product_ids=[seller.product_of[pot]])
        await api.coupon_template(other_seller.token)
        pairs = [(seller.product_of[cup], seller.shop_id), (seller.product_of[pot], seller.shop_id),
                 (other_seller.product_of[tea], other_seller.shop_id),
                 (other_seller.product_of[rice], other_seller.shop_id)]
        with count_queries() as counter:
            marked = await coupons.products_with_claimable_coupons(pairs)
        assert counter.count == 1
        assert marked == {seller.product_of[pot], other_seller.product_of[tea], other_seller.product_of[rice]}
        await api.coupon_template(admin_token, product_ids=[seller.product_of[cup]])
        assert seller.product_of[cup] in await coupons.products_with_claimable_coupons(pairs)

    async def test_a_platform_wide_coupon_marks_every_product(self, api, seller, admin_token):
        cup = await seller.sku("保温杯")
        pairs = [(seller.product_of[cup], seller.shop_id)]
        assert await coupons.products_with_claimable_coupons(pairs) == set()
        await api.coupon_template(admin_token)
        assert await coupons.products_with_claimable_coupons(pairs) == {seller.product_of[cup]}
        assert await coupons.products_with_claimable_coupons([]) == set()

    async def test_sold_out_stopped_and_not_yet_open_templates_mark_nothing(self, api, seller):
        cup = await seller.sku("保温杯")
        pairs = [(seller.product_of[cup], seller.shop_id)]
        await api.coupon_template(seller.token, claim_starts_at=in_days(1), claim_ends_at=in_days(2))
        stopped = await api.coupon_template(seller.token)
        await api.post(f"{TEMPLATES}/{stopped['id']}/stop", token=seller.token)
        gone = await api.coupon_template(seller.token, total=1)
        await claim(api, await api.consumer("13900005555"), gone["id"])
        assert await coupons.products_with_claimable_coupons(pairs) == set()
