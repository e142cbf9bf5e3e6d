"""REV-5: the back office lists reviews per tenant, shops reply once, the platform hides and shows."""

from __future__ import annotations

import pytest

from tests.conftest import Api
from tests.reviews.conftest import write_review

pytestmark = pytest.mark.feature("REV-5")

ADMIN_REVIEWS = "/api/v1/admin/reviews"


async def admin_listed(api: Api, token: str, **params) -> dict:
    response = await api.get(ADMIN_REVIEWS, token=token, params=params)
    assert response.status == 200, response
    return response.json


@pytest.fixture
async def two_shops_reviewed(api, shopper, shop, other_shop):
    """One review in each shop: (own review id, other shop's review id)."""
    own = await api.product(shop[1], "纯棉圆领T恤", 5900)
    other = await api.product(other_shop[1], "保温杯", 9900)
    return await write_review(shopper, own["id"]), await write_review(shopper, other["id"], rating=2)


class TestAdminReviewList:
    async def test_a_merchant_sees_only_its_own_shops_reviews(self, api, shop, two_shops_reviewed):
        own, _ = two_shops_reviewed

        page = await admin_listed(api, shop[1])

        assert [r["id"] for r in page["items"]] == [own] and page["total"] == 1
        assert page["items"][0]["shop_id"] == shop[0]
        assert page["items"][0]["product_title"] == "纯棉圆领T恤" and page["items"][0]["is_hidden"] is False

    async def test_the_platform_sees_every_shop(self, api, admin_token, two_shops_reviewed):
        page = await admin_listed(api, admin_token)

        assert sorted(r["id"] for r in page["items"]) == sorted(two_shops_reviewed)

    async def test_filters_by_product_rating_and_hidden(self, api, admin_token, shopper, product,
                                                        two_shops_reviewed):
        good = await write_review(shopper, product["id"], rating=5)
        await write_review(shopper, product["id"], rating=1)
        hidden = two_shops_reviewed[1]
        await api.post(f"{ADMIN_REVIEWS}/{hidden}/hide", token=admin_token)

        by_product = await admin_listed(api, admin_token, product_id=product["id"], rating="good")
        only_hidden = await admin_listed(api, admin_token, hidden=1)
        not_hidden = await admin_listed(api, admin_token, hidden=0)

        assert [r["id"] for r in by_product["items"]] == [good]
        assert [r["id"] for r in only_hidden["items"]] == [hidden] and only_hidden["items"][0]["is_hidden"]
        assert hidden not in [r["id"] for r in not_hidden["items"]] and not_hidden["total"] == 3

    async def test_shoppers_cannot_list(self, api, shopper):
        response = await api.get(ADMIN_REVIEWS, token=shopper.token)

        assert response.status == 403 and response.error_code == "permission_denied"


class TestReply:
    async def test_the_shop_reply_shows_to_shoppers(self, api, shop, two_shops_reviewed):
        own, _ = two_shops_reviewed

        response = await api.post(f"{ADMIN_REVIEWS}/{own}/reply", token=shop[1], json={"content": "感谢支持"})
        review = await api.get(f"/api/v1/reviews/{own}")

        assert response.status == 200, response
        assert response.json["reply"]["content"] == "感谢支持"
        assert review.json["reply"]["content"] == "感谢支持" and review.json["reply"]["created_at"]

    async def test_a_review_is_answered_only_once(self, api, shop, two_shops_reviewed):
        own, _ = two_shops_reviewed
        await api.post(f"{ADMIN_REVIEWS}/{own}/reply", token=shop[1], json={"content": "感谢支持"})

        again = await api.post(f"{ADMIN_REVIEWS}/{own}/reply", token=shop[1], json={"content": "改一下"})

        assert again.status == 409 and again.error_code == "review_already_replied"
        assert (await api.get(f"/api/v1/reviews/{own}")).json["reply"]["content"] == "感谢支持"

    async def test_another_shops_review_is_not_found(self, api, shop, two_shops_reviewed):
        _, foreign = two_shops_reviewed

        response = await api.post(f"{ADMIN_REVIEWS}/{foreign}/reply", token=shop[1], json={"content": "你好"})

        assert response.status == 404 and response.error_code == "review_not_found"
        assert (await api.get(f"/api/v1/reviews/{foreign}")).json["reply"] is None

    async def test_the_platform_does_not_reply_for_a_shop(self, api, admin_token, two_shops_reviewed):
        response = await api.post(f"{ADMIN_REVIEWS}/{two_shops_reviewed[0]}/reply", token=admin_token,
                                  json={"content": "你好"})

        assert response.status == 403 and response.error_code == "reply_by_shop_only"

    async def test_an_empty_reply_is_refused(self, api, shop, two_shops_reviewed):
        response = await api.post(f"{ADMIN_REVIEWS}/{two_shops_reviewed[0]}/reply", token=shop[1],
                                  json={"content": " "})

        assert response.status == 422 and response.fields == {"content": "至少 1 个字符"}


class TestHideAndShow:
    async def test_a_hidden_review_leaves_the_list_and_the_summary_until_shown(self, api, admin_token, shopper,
                                                                              product):
        review_id = await write_review(shopper, product["id"], content="好看")
        summary = f"/api/v1/products/{product['id']}/reviews/summary"

        hidden = await api.post(f"{ADMIN_REVIEWS}/{review_id}/hide", token=admin_token)
        while_hidden = (await api.get(summary)).json
        shown = await api.post(f"{ADMIN_REVIEWS}/{review_id}/show", token=admin_token)
        after = (await api.get(summary)).json

        assert hidden.status == 200 and hidden.json["is_hidden"] is True
        assert while_hidden["total"] == 0 and while_hidden["tags"] == []
        assert shown.json["is_hidden"] is False
        assert after["total"] == 1 and after["tags"] == [{"name": "很好看", "count": 1}]
        assert (await api.get(f"/api/v1/reviews/{review_id}")).status == 200

    async def test_hiding_twice_is_harmless(self, api, admin_token, shopper, product):
        review_id = await write_review(shopper, product["id"])

        await api.post(f"{ADMIN_REVIEWS}/{review_id}/hide", token=admin_token)
        again = await api.post(f"{ADMIN_REVIEWS}/{review_id}/hide", token=admin_token)

        assert again.status == 200 and again.json["is_hidden"] is True

    async def test_a_merchant_cannot_hide_its_bad_reviews(self, api, shop, two_shops_reviewed):
        response = await api.post(f"{ADMIN_REVIEWS}/{two_shops_reviewed[0]}/hide", token=shop[1])

        assert response.status == 403 and response.error_code == "permission_denied"

    async def test_a_missing_review_is_not_found(self, api, admin_token):
        response = await api.post(f"{ADMIN_REVIEWS}/999999/show", token=admin_token)

        assert response.status == 404 and response.error_code == "review_not_found"
