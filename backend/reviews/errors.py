from enum import StrEnum


class ReviewError(StrEnum):
    review_not_found = "review_not_found"
    product_not_found = "product_not_found"
    review_already_exists = "review_already_exists"
    review_already_replied = "review_already_replied"
    unknown_review_tag = "unknown_review_tag"
    reply_by_shop_only = "reply_by_shop_only"
