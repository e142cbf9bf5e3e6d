from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from backend.core.pagination import PageParams

MAX_IMAGES = 9
MAX_CHOSEN_TAGS = 5
RatingBand = Literal["good", "medium", "bad"]


class ReviewIn(BaseModel):
    """What a buyer writes about one bought line; the trade context calls ``create_review`` with it."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    product_id: int = Field(gt=0)
    sku_id: int | None = Field(default=None, gt=0)
    sku_text: str = Field(default="", max_length=100)
    order_id: int | None = Field(default=None, gt=0)
    order_item_id: int | None = Field(default=None, gt=0)
    rating: int = Field(ge=1, le=5)
    logistics_rating: int | None = Field(default=None, ge=1, le=5)
    content: str = Field(default="", max_length=500)
    images: list[str] = Field(default_factory=list, max_length=MAX_IMAGES)
    tags: list[str] = Field(default_factory=list, max_length=MAX_CHOSEN_TAGS)
    is_anonymous: bool = False
    is_auto: bool = False

    @field_validator("images")
    @classmethod
    def images_are_urls(cls, images: list[str]) -> list[str]:
        for url in images:
            if not url.startswith(("https://", "http://", "/")) or len(url) > 500:
                raise ValueError("图片地址不正确")
        return images


class ReviewQuery(PageParams):
    model_config = ConfigDict(extra="forbid")

    tag: str | None = Field(default=None, max_length=20)
    with_images: bool = False
    rating: RatingBand | None = None


class AdminReviewQuery(PageParams):
    model_config = ConfigDict(extra="forbid")

    product_id: int | None = Field(default=None, gt=0)
    rating: RatingBand | None = None
    hidden: bool | None = None


class CommentIn(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    content: str = Field(min_length=1, max_length=200)


class ReplyIn(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    content: str = Field(min_length=1, max_length=500)


class PublicUser(BaseModel):
    nickname: str
    avatar: str


class ReplyOut(BaseModel):
    content: str
    created_at: datetime


class ReviewOut(BaseModel):
    id: int
    product_id: int
    sku_text: str
    user: PublicUser
    rating: int
    logistics_rating: int | None
    content: str
    images: list[str]
    tags: list[str]
    view_count: int
    like_count: int
    comment_count: int
    liked: bool
    reply: ReplyOut | None
    created_at: datetime


class CommentOut(BaseModel):
    id: int
    user: PublicUser
    content: str
    created_at: datetime


class ShareOut(BaseModel):
    title: str
    image: str
    path: str


class ReviewDetailOut(ReviewOut):
    comments: list[CommentOut]
    share: ShareOut


class AdminReviewOut(ReviewOut):
    is_hidden: bool
    shop_id: int
    product_title: str


class LikeOut(BaseModel):
    liked: bool
    like_count: int


class TagCount(BaseModel):
    name: str
    count: int


class RatingCounts(BaseModel):
    good: int
    medium: int
    bad: int
    with_images: int


class ReviewSummary(BaseModel):
    total: int
    good_rate: int
    counts: RatingCounts
    tags: list[TagCount]
