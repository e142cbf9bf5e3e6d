"""What shoppers see of reviews: the list with filters, the summary, the detail, comments, likes."""

from __future__ import annotations

import asyncio

import pytest

from tests.conftest import Api
from tests.reviews.conftest import write_review

PHOTO = "https://img.example.com/review.jpg"


def reviews_of(product_id: int) -> str:
    return f"/api/v1/products/{product_id}/reviews"


async def listed(api: Api, product_id: int, token: str | None = None, **params) -> dict:
    response = await api.get(reviews_of(product_id), token=token, params=params)
    assert response.status == 200, response
    return response.json


async def detail(api: Api, review_id: int, token: str | None = None) -> dict:
    response = await api.get(f"/api/v1/reviews/{review_id}", token=token)
    assert response.status == 200, response
    return response.json


async def hide(api: Api, admin_token: str, review_id: int) -> None:
    response = await api.post(f"/api/v1/admin/reviews/{review_id}/hide", token=admin_token)
    assert response.status == 200, response


@pytest.mark.feature("REV-2")
class TestProductReviews:
    async def test_a_review_shows_every_field_of_the_contract(self, api, shopper, product):
        review_id = await write_review(shopper, product["id"], rating=4, logistics_rating=5, sku_text="红 / L",
                                       content="很合身", images=[PHOTO], tags=["尺码合适"])

        page = await listed(api, product["id"])

        assert page["total"] == 1 and page["page"] == 1 and page["page_size"] == 20
        [review] = page["items"]
        assert review.pop("created_at")
        assert review == {
            "id": review_id, "product_id": product["id"], "sku_text": "红 / L",
            "user": {"nickname": shopper.nickname, "avatar": ""}, "rating": 4, "logistics_rating": 5,
            "content": "很合身", "images": [PHOTO], "tags": ["尺码合适"], "view_count": 0, "like_count": 0,
            "comment_count": 0, "liked": False, "reply": None,
        }

    async def test_an_anonymous_review_hides_who_wrote_it(self, api, shopper, product):
        await write_review(shopper, product["id"], is_anonymous=True)

        [review] = (await listed(api, product["id"]))["items"]

        assert review["user"] == {"nickname": "匿名用户", "avatar": ""}

    async def test_newest_first_and_paginated(self, api, shopper, product):
        ids = [await write_review(shopper, product["id"], content=f"第{n}条") for n in range(3)]

        first = await listed(api, product["id"], page=1, page_size=2)
        second = await listed(api, product["id"], page=2, page_size=2)

        assert [r["id"] for r in first["items"] + second["items"]] == ids[::-1]
        assert first["total"] == second["total"] == 3

    async def test_hidden_reviews_are_not_listed(self, api, admin_token, shopper, product):
        hidden = await write_review(shopper, product["id"], rating=1)
        shown = await write_review(shopper, product["id"])
        await hide(api, admin_token, hidden)

        page = await listed(api, product["id"])

        assert [r["id"] for r in page["items"]] == [shown] and page["total"] == 1

    @pytest.mark.parametrize(("band", "ratings"), [("good", [5, 4]), ("medium", [3]), ("bad", [2, 1])])
    async def test_filter_by_rating_band(self, api, shopper, product, band, ratings):
        for rating in (1, 2, 3, 4, 5):
            await write_review(shopper, product["id"], rating=rating)

        page = await listed(api, product["id"], rating=band)

        assert [r["rating"] for r in page["items"]] == ratings and page["total"] == len(ratings)

    async def test_filter_with_images(self, api, shopper, product):
        with_photo = await write_review(shopper, product["id"], images=[PHOTO])
        await write_review(shopper, product["id"])

        page = await listed(api, product["id"], with_images=1)

        assert [r["id"] for r in page["items"]] == [with_photo]

    @pytest.mark.feature("REV-1")
    async def test_filter_by_tag_also_by_a_synonym(self, api, shopper, product):
        pretty = await write_review(shopper, product["id"], content="颜值高，好看")
        await write_review(shopper, product["id"], content="物流快")

        by_tag = await listed(api, product["id"], tag="很好看")
        by_synonym = await listed(api, product["id"], tag="漂亮")

        assert [r["id"] for r in by_tag["items"]] == [pretty] and by_tag["total"] == 1
        assert [r["id"] for r in by_synonym["items"]] == [pretty]

    async def test_an_unknown_rating_band_is_refused(self, api, product):
        response = await api.get(reviews_of(product["id"]), params={"rating": "excellent"})

        assert response.status == 422 and response.error_code == "validation_failed"
        assert "rating" in response.fields

    async def test_the_number_of_queries_does_not_grow_with_the_page(self, api, shopper, other_shopper,
                                                                    product, count_queries):
        for n in range(20):
            author = shopper if n % 2 else other_shopper
            review_id = await write_review(author, product["id"], tags=["质量好"], images=[PHOTO])
            await api.put(f"/api/v1/reviews/{review_id}/like", token=shopper.token)

        with count_queries() as small:
            await listed(api, product["id"], token=shopper.token, page_size=2, tag="质量好")
        with count_queries() as large:
            page = await listed(api, product["id"], token=shopper.token, page_size=20, tag="质量好")

        assert len(page["items"]) == 20 and all(r["liked"] for r in page["items"])
        # token and account (2), count, page, authors, the viewer's likes
        assert small.count == large.count == 6


@pytest.mark.feature("REV-1")
class TestReviewSummary:
    async def test_counts_rates_and_tags_over_visible_reviews(self, api, admin_token, shopper, product):
        for rating, content in [(5, "很好看，物流快"), (5, "好看"), (4, "物流快 质量好"), (3, "好看"), (1, "")]:
            await write_review(shopper, product["id"], rating=rating, content=content,
                               images=[PHOTO] if rating == 5 else [])
        hidden = await write_review(shopper, product["id"], rating=1, content="质量好", images=[PHOTO])
        await hide(api, admin_token, hidden)

        response = await api.get(f"{reviews_of(product['id'])}/summary")

        assert response.status == 200, response
        assert response.json == {
            "total": 5, "good_rate": 60,
            "counts": {"good": 3, "medium": 1, "bad": 1, "with_images": 2},
            "tags": [{"name": "很好看", "count": 3}, {"name": "物流快", "count": 2},
                     {"name": "质量好", "count": 1}],
        }

    async def test_good_rate_is_rounded_down(self, api, shopper, product):
        for rating in (5, 5, 1):
            await write_review(shopper, product["id"], rating=rating)

        response = await api.get(f"{reviews_of(product['id'])}/summary")

        assert response.json["good_rate"] == 66

    async def test_a_product_without_reviews_has_an_empty_summary(self, api, product):
        response = await api.get(f"{reviews_of(product['id'])}/summary")

        assert response.json == {"total": 0, "good_rate": 0,
                                 "counts": {"good": 0, "medium": 0, "bad": 0, "with_images": 0}, "tags": []}


@pytest.mark.feature("REV-3")
class TestReviewDetail:
    async def test_each_visit_counts_a_view(self, api, shopper, product):
        review_id = await write_review(shopper, product["id"])

        await detail(api, review_id)
        second = await detail(api, review_id)

        assert second["view_count"] == 2
        assert (await listed(api, product["id"]))["items"][0]["view_count"] == 2

    async def test_comments_oldest_first_with_their_authors(self, api, shopper, other_shopper, product):
        review_id = await write_review(shopper, product["id"], is_anonymous=True)
        for who, text in [(other_shopper, "请问偏大吗"), (shopper, "正常尺码")]:
            response = await api.post(f"/api/v1/reviews/{review_id}/comments", token=who.token,
                                      json={"content": text})
            assert response.status == 201, response

        review = await detail(api, review_id)

        assert review["user"]["nickname"] == "匿名用户"
        assert [(c["user"]["nickname"], c["content"]) for c in review["comments"]] == [
            (other_shopper.nickname, "请问偏大吗"), (shopper.nickname, "正常尺码")]
        assert review["comment_count"] == 2

    async def test_liked_is_the_signed_in_shoppers_own(self, api, shopper, other_shopper, product):
        review_id = await write_review(shopper, product["id"])
        await api.put(f"/api/v1/reviews/{review_id}/like", token=other_shopper.token)

        assert (await detail(api, review_id, other_shopper.token))["liked"] is True
        assert (await detail(api, review_id, shopper.token))["liked"] is False
        assert (await detail(api, review_id))["liked"] is False

    async def test_a_hidden_review_is_not_found(self, api, admin_token, shopper, product):
        review_id = await write_review(shopper, product["id"])
        await hide(api, admin_token, review_id)

        response = await api.get(f"/api/v1/reviews/{review_id}")

        assert response.status == 404 and response.error_code == "review_not_found"

    async def test_a_missing_review_is_not_found(self, api):
        response = await api.get("/api/v1/reviews/999999")

        assert response.status == 404 and response.error_code == "review_not_found"


@pytest.mark.feature("REV-4")
class TestReviewShare:
    async def test_the_detail_carries_a_share_card_with_the_first_photo_and_the_review_page(
            self, api, shopper, product):
        review_id = await write_review(shopper, product["id"],
                                       content="面料很舒服，洗了三次没有变形，尺码也标准，推荐购买",
                                       images=[PHOTO, "https://img.example.com/second.jpg"])

        share = (await detail(api, review_id))["share"]

        assert share == {"title": "「纯棉圆领T恤」的买家评价：面料很舒服，洗了三次没有变形，尺码也标准，推荐购…",
                         "image": PHOTO, "path": f"/pages/review/index?id={review_id}"}

    async def test_without_photos_the_product_cover_is_shared_and_an_anonymous_author_stays_unnamed(
            self, api, shop, shopper):
        cover = "https://img.example.com/tee.jpg"
        tee = await api.product(shop[1], "圆领T恤", 5900, images=[cover])
        review_id = await write_review(shopper, tee["id"], is_anonymous=True)

        share = (await detail(api, review_id, shopper.token))["share"]

        assert share["title"] == "「圆领T恤」的买家评价" and share["image"] == cover
        assert shopper.nickname not in share["title"]


@pytest.mark.feature("REV-3")
class TestReviewComments:
    async def test_a_comment_answers_with_its_author(self, api, shopper, other_shopper, product):
        review_id = await write_review(shopper, product["id"])

        response = await api.post(f"/api/v1/reviews/{review_id}/comments", token=other_shopper.token,
                                   json={"content": "  有用，谢谢  "})

        assert response.status == 201, response
        assert response.json["content"] == "有用，谢谢"
        assert response.json["user"] == {"nickname": other_shopper.nickname, "avatar": ""}

    async def test_signing_in_is_required(self, api, shopper, product):
        review_id = await write_review(shopper, product["id"])

        response = await api.post(f"/api/v1/reviews/{review_id}/comments", json={"content": "好"})

        assert response.status == 401 and response.error_code == "not_authenticated"

    async def test_staff_cannot_comment(self, api, admin_token, shopper, product):
        review_id = await write_review(shopper, product["id"])

        response = await api.post(f"/api/v1/reviews/{review_id}/comments", token=admin_token,
                                  json={"content": "好"})

        assert response.status == 403 and response.error_code == "permission_denied"

    @pytest.mark.parametrize(("content", "message"), [("   ", "至少 1 个字符"), ("好" * 201, "最多 200 个字符")])
    async def test_empty_or_too_long_comments_are_refused(self, api, shopper, product, content, message):
        review_id = await write_review(shopper, product["id"])

        response = await api.post(f"/api/v1/reviews/{review_id}/comments", token=shopper.token,
                                  json={"content": content})

        assert response.status == 422 and response.fields == {"content": message}
        assert (await detail(api, review_id))["comment_count"] == 0

    async def test_a_hidden_review_takes_no_comments(self, api, admin_token, shopper, product):
        review_id = await write_review(shopper, product["id"])
        await hide(api, admin_token, review_id)

        response = await api.post(f"/api/v1/reviews/{review_id}/comments", token=shopper.token,
                                  json={"content": "好"})

        assert response.status == 404 and response.error_code == "review_not_found"


@pytest.mark.feature("REV-4")
class TestReviewLike:
    def like_path(self, review_id: int) -> str:
        return f"/api/v1/reviews/{review_id}/like"

    async def test_liking_twice_counts_once(self, api, shopper, other_shopper, product):
        review_id = await write_review(shopper, product["id"])

        first = await api.put(self.like_path(review_id), token=other_shopper.token)
        again = await api.put(self.like_path(review_id), token=other_shopper.token)

        assert first.status == again.status == 200
        assert first.json == again.json == {"liked": True, "like_count": 1}

    async def test_likes_of_several_shoppers_add_up_and_unlike_takes_one_back(self, api, shopper,
                                                                             other_shopper, product):
        review_id = await write_review(shopper, product["id"])
        await api.put(self.like_path(review_id), token=shopper.token)
        await api.put(self.like_path(review_id), token=other_shopper.token)

        response = await api.delete(self.like_path(review_id), token=shopper.token)

        assert response.json == {"liked": False, "like_count": 1}
        assert (await listed(api, product["id"], token=other_shopper.token))["items"][0]["liked"] is True

    async def test_unliking_what_was_never_liked_changes_nothing(self, api, shopper, other_shopper, product):
        review_id = await write_review(shopper, product["id"])
        await api.put(self.like_path(review_id), token=other_shopper.token)

        response = await api.delete(self.like_path(review_id), token=shopper.token)
        again = await api.delete(self.like_path(review_id), token=shopper.token)

        assert response.json == again.json == {"liked": False, "like_count": 1}

    async def test_concurrent_likes_of_one_shopper_count_once(self, api, shopper, other_shopper, product):
        review_id = await write_review(shopper, product["id"])

        answers = await asyncio.gather(*(api.put(self.like_path(review_id), token=other_shopper.token)
                                         for _ in range(5)))

        assert {a.status for a in answers} == {200}
        assert (await detail(api, review_id))["like_count"] == 1

    async def test_signing_in_is_required(self, api, shopper, product):
        review_id = await write_review(shopper, product["id"])

        response = await api.put(self.like_path(review_id))

        assert response.status == 401

    async def test_a_hidden_review_cannot_be_liked(self, api, admin_token, shopper, product):
        review_id = await write_review(shopper, product["id"])
        await hide(api, admin_token, review_id)

        response = await api.put(self.like_path(review_id), token=shopper.token)

        assert response.status == 404 and response.error_code == "review_not_found"
