"""The decorator's coupon strip (优惠券 section) shows the coupons it names that can be claimed now."""

from __future__ import annotations

from tests.pages.test_pages import document, save_and_publish


def strip(ids: list[int]) -> dict:
    return {"type": "coupon_strip", "v": 1, "settings": {"title": "领券中心"},
            "source": {"kind": "coupon_ids", "ids": ids}}


async def tickets(api, shop_id: int) -> list[dict]:
    response = await api.get(f"/api/v1/shops/{shop_id}/page")
    assert response.status == 200, response
    return response.json["sections"]["c"]["data"]["items"]


async def shop_home(api, token: str) -> dict:
    created = await api.post("/api/v1/admin/pages", token=token,
                             json={"key": "home", "kind": "shop_home", "title": "首页"})
    assert created.status == 201, created
    return created.json


class TestCouponStrip:
    async def test_it_shows_the_named_claimable_coupons_in_the_order_chosen(self, api, admin_token, seller,
                                                                           other_seller):
        own = await api.coupon_template(seller.token, title="店铺满100减10")
        platform = await api.coupon_template(admin_token, title="平台满200减20", threshold=20_000, off=2_000)
        theirs = await api.coupon_template(other_seller.token, title="别家的券")
        page = await shop_home(api, seller.token)
        await save_and_publish(api, seller.token, page, document({"c": strip([platform["id"], theirs["id"],
                                                                              own["id"]])}))
        assert await tickets(api, seller.shop_id) == [
            {"id": platform["id"], "title": "平台满200减20", "amount": 2_000, "threshold": 20_000, "available": True},
            {"id": own["id"], "title": "店铺满100减10", "amount": 1_000, "threshold": 10_000, "available": True},
        ]  # another shop's coupon never shows on this shop's page

    async def test_a_stopped_coupon_leaves_the_cached_page_at_once(self, api, seller):
        kept = await api.coupon_template(seller.token, title="保留")
        stopped = await api.coupon_template(seller.token, title="停发")
        page = await shop_home(api, seller.token)
        await save_and_publish(api, seller.token, page, document({"c": strip([kept["id"], stopped["id"]])}))
        first = await api.get(f"/api/v1/shops/{seller.shop_id}/page")
        assert [t["title"] for t in first.json["sections"]["c"]["data"]["items"]] == ["保留", "停发"]

        response = await api.post(f"/api/v1/admin/coupon-templates/{stopped['id']}/stop", token=seller.token)
        assert response.status == 200, response
        again = await api.get(f"/api/v1/shops/{seller.shop_id}/page", headers={"If-None-Match": first.headers["etag"]})
        assert again.status == 200 and [t["title"] for t in again.json["sections"]["c"]["data"]["items"]] == ["保留"]

    async def test_a_shopper_claims_from_the_strip(self, api, buyer, seller):
        template = await api.coupon_template(seller.token)
        page = await shop_home(api, seller.token)
        await save_and_publish(api, seller.token, page, document({"c": strip([template["id"]])}))
        [ticket] = await tickets(api, seller.shop_id)
        claimed = await api.post("/api/v1/coupons/claim", token=buyer, json={"template_id": ticket["id"]})
        assert claimed.status == 201, claimed
        mine = await api.get("/api/v1/me/coupons", token=buyer, params={"status": "unused"})
        assert [c["template_id"] for c in mine.json["items"]] == [template["id"]]
