"""Writing a review (the trade context's door): validation, keyword tags, one review per line."""

from __future__ import annotations

import pytest

from backend.core.errors import Conflict, Invalid, NotFound
from backend.core.http import validate
from backend.reviews.schemas import ReviewIn
from tests.reviews.conftest import write_review

pytestmark = pytest.mark.feature("REV-2")


def invalid_fields(**data) -> dict[str, str]:
    with pytest.raises(Invalid) as caught:
        validate(ReviewIn, {"product_id": 1, "rating": 5, **data})
    assert caught.value.code == "validation_failed" and caught.value.status == 422
    return caught.value.fields


class TestReviewInput:
    @pytest.mark.parametrize("rating", [0, 6])
    def test_rating_outside_one_to_five_is_refused(self, rating):
        assert "rating" in invalid_fields(rating=rating)

    def test_logistics_rating_outside_one_to_five_is_refused(self):
        assert invalid_fields(logistics_rating=6) == {"logistics_rating": "不能大于 5"}

    def test_more_than_nine_images_are_refused(self):
        images = [f"https://img.example.com/{n}.jpg" for n in range(10)]
        assert invalid_fields(images=images) == {"images": "最多 9 项"}

    def test_an_image_must_be_a_url(self):
        assert invalid_fields(images=["javascript:alert(1)"]) == {"images": "图片地址不正确"}

    def test_content_longer_than_500_characters_is_refused(self):
        assert invalid_fields(content="好" * 501) == {"content": "最多 500 个字符"}


class TestCreateReview:
    async def test_unknown_product_is_not_found(self, shopper):
        with pytest.raises(NotFound) as caught:
            await write_review(shopper, 999_999)
        assert caught.value.code == "product_not_found" and caught.value.status == 404

    async def test_the_review_is_listed_under_its_product(self, api, shopper, product):
        review_id = await write_review(shopper, product["id"], sku_text="红 / L")
        page = await api.get(f"/api/v1/products/{product['id']}/reviews")
        assert page.json["total"] == 1
        assert page.json["items"][0]["id"] == review_id and page.json["items"][0]["sku_text"] == "红 / L"

    async def test_an_order_line_is_reviewed_only_once(self, shopper, product):
        await write_review(shopper, product["id"], order_id=7, order_item_id=70)
        with pytest.raises(Conflict) as caught:
            await write_review(shopper, product["id"], order_id=7, order_item_id=70)
        assert caught.value.code == "review_already_exists"

    @pytest.mark.feature("REV-1")
    async def test_chosen_tags_and_keywords_in_the_text_become_tags(self, api, shopper, product):
        review_id = await write_review(shopper, product["id"], tags=["好看", "物流快"],
                                       content="质量不错，发货快，做工精细")
        review = await api.get(f"/api/v1/reviews/{review_id}")
        assert review.json["tags"] == ["很好看", "物流快", "质量好", "做工精致"]

    @pytest.mark.feature("REV-1")
    async def test_a_negated_keyword_earns_no_tag(self, api, shopper, product):
        review_id = await write_review(shopper, product["id"], rating=2, content="不好看，没质量好的说法")
        review = await api.get(f"/api/v1/reviews/{review_id}")
        assert review.json["tags"] == []

    @pytest.mark.feature("REV-1")
    async def test_a_tag_outside_the_dictionary_is_refused(self, shopper, product):
        with pytest.raises(Invalid) as caught:
            await write_review(shopper, product["id"], tags=["随便写的"])
        assert caught.value.code == "unknown_review_tag" and caught.value.fields == {"tags": "不支持的标签：随便写的"}

