"""Product reviews (商品评价): written once per bought line, read by shoppers with a summary and
keyword tags, liked and commented on by other shoppers, answered by the shop and hidden by the
platform. Products, shops and users belong to other contexts and are asked for in batches."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.expressions import F
from tortoise.functions import Count
from tortoise.queryset import QuerySet

from backend.accounts import service as accounts
from backend.catalog import service as catalog
from backend.core.auth import Actor
from backend.core.db import transaction
from backend.core.errors import Conflict, Forbidden, Invalid, NotFound
from backend.core.pagination import paginate
from backend.core.tenancy import get_scoped, scoped
from backend.reviews.errors import ReviewError
from backend.reviews.models import Review, ReviewComment, ReviewLike, ReviewTag
from backend.reviews.schemas import AdminReviewQuery, CommentIn, ReplyIn, ReviewIn, ReviewQuery

# Keyword tags (评价标签): each tag and the words in a review's text that stand for it.
KEYWORDS: dict[str, tuple[str, ...]] = {
    "很好看": ("好看", "漂亮", "颜值高", "美观"),
    "质量好": ("质量好", "质量很好", "质量不错", "质量上乘"),
    "物流快": ("物流快", "发货快", "到货快", "送货快", "物流很快"),
    "性价比高": ("性价比高", "物美价廉", "很划算", "超值"),
    "包装好": ("包装好", "包装精美", "包装很好", "包装严实"),
    "味道好": ("味道好", "好吃", "好喝", "味道不错"),
    "尺码合适": ("尺码合适", "尺码标准", "大小合适", "合身"),
    "做工精致": ("做工精致", "做工好", "做工精细", "做工不错"),
    "服务好": ("服务好", "服务周到", "客服热情", "态度好"),
}
# A word right after 不/没 is negated ("不好看"); it does not earn the tag.
_PATTERNS = {tag: re.compile(f"(?<![不没])(?:{'|'.join(map(re.escape, (tag, *words)))})")
             for tag, words in KEYWORDS.items()}
_CANONICAL = {word: tag for tag, words in KEYWORDS.items() for word in (tag, *words)}

ANONYMOUS = {"nickname": "匿名用户", "avatar": ""}
GONE_USER = {"nickname": "用户已注销", "avatar": ""}
RATING_BANDS = {"good": {"rating__gte": 4}, "medium": {"rating": 3}, "bad": {"rating__lte": 2}}


def _now() -> datetime:
    return datetime.now(UTC)


# --- keyword tags ------------------------------------------------------------------------------

def canonical_tag(word: str) -> str | None:
    return _CANONICAL.get(word.strip())


def tags_in_text(content: str) -> list[str]:
    return [tag for tag, pattern in _PATTERNS.items() if pattern.search(content)]


def review_tags(chosen: list[str], content: str) -> list[str]:
    """The reviewer's chosen tags (synonyms folded into their tag) plus those found in the text."""
    unknown = [word for word in chosen if canonical_tag(word) is None]
    if unknown:
        raise Invalid(ReviewError.unknown_review_tag, "评价标签不存在", {"tags": f"不支持的标签：{unknown[0]}"})
    found = [canonical_tag(word) for word in chosen] + tags_in_text(content)
    return list(dict.fromkeys(tag for tag in found if tag))


# --- writing -------------------------------------------------------------------------------------

async def create_review(user_id: int, data: ReviewIn) -> Review:
    """Write a buyer's review of a product they bought; one per order line when the line is given."""
    shop_id = (await catalog.shop_ids_of([data.product_id])).get(data.product_id)
    if shop_id is None:
        raise NotFound(ReviewError.product_not_found, "商品不存在")
    tags = review_tags(data.tags, data.content)
    try:
        async with transaction():
            review = await Review.create(user_id=user_id, shop_id=shop_id, tags=tags,
                                         has_images=bool(data.images), **data.model_dump(exclude={"tags"}))
            await ReviewTag.bulk_create([ReviewTag(review_id=review.id, product_id=review.product_id, name=tag)
                                         for tag in tags])
    except IntegrityError:  # order_item_id is unique: the line was reviewed already
        raise Conflict(ReviewError.review_already_exists, "该商品已评价，不能重复评价") from None
    return review


# --- what shoppers see ---------------------------------------------------------------------------

def _visible() -> QuerySet[Review]:
    return Review.filter(is_hidden=False)


async def _visible_review(review_id: int) -> Review:
    review = await _visible().get_or_none(id=review_id)
    if review is None:  # a hidden review is not there for shoppers
        raise NotFound(ReviewError.review_not_found, "评价不存在")
    return review


def _author(review: Review, profiles: dict[int, dict[str, str]]) -> dict[str, str]:
    return ANONYMOUS if review.is_anonymous else profiles.get(review.user_id, GONE_USER)


async def _liked_ids(viewer_id: int | None, review_ids: list[int]) -> set[int]:
    if viewer_id is None or not review_ids:
        return set()
    return set(await ReviewLike.filter(user_id=viewer_id, review_id__in=review_ids)
               .values_list("review_id", flat=True))


def _review_view(review: Review, user: dict[str, str], liked: bool) -> dict[str, Any]:
    reply = {"content": review.reply_content, "created_at": review.replied_at} if review.replied_at else None
    return {
        "id": review.id, "product_id": review.product_id, "sku_text": review.sku_text, "user": user,
        "rating": review.rating, "logistics_rating": review.logistics_rating, "content": review.content,
        "images": review.images, "tags": review.tags, "view_count": review.view_count,
        "like_count": review.like_count, "comment_count": review.comment_count, "liked": liked,
        "reply": reply, "created_at": review.created_at,
    }


async def _review_views(reviews: list[Review], viewer_id: int | None) -> list[dict[str, Any]]:
    """Reviews as shoppers see them: two queries (authors, the viewer's likes) however many."""
    profiles = await accounts.public_profiles([r.user_id for r in reviews if not r.is_anonymous])
    liked = await _liked_ids(viewer_id, [r.id for r in reviews])
    return [_review_view(r, _author(r, profiles), r.id in liked) for r in reviews]


def _rating_band(queryset: QuerySet[Review], band: str | None) -> QuerySet[Review]:
    return queryset.filter(**RATING_BANDS[band]) if band else queryset


async def list_reviews(product_id: int, query: ReviewQuery, viewer_id: int | None = None
                       ) -> tuple[list[dict[str, Any]], int]:
    """A product's visible reviews, newest first; four queries whatever the page size."""
    queryset = _rating_band(_visible().filter(product_id=product_id), query.rating)
    if query.with_images:
        queryset = queryset.filter(has_images=True)
    if query.tag:
        queryset = queryset.filter(tag_rows__name=canonical_tag(query.tag) or query.tag)
    reviews, total = await paginate(queryset.order_by("-created_at", "-id"), query)
    return await _review_views(reviews, viewer_id), total


async def latest(product_id: int, limit: int = 2, viewer_id: int | None = None) -> list[dict[str, Any]]:
    """The newest visible reviews, for the product page."""
    reviews = await _visible().filter(product_id=product_id).order_by("-created_at", "-id").limit(limit)
    return await _review_views(reviews, viewer_id)


async def summary(product_id: int) -> dict[str, Any]:
    """Counts over a product's visible reviews; ``good_rate`` is rounded down, 0 without reviews."""
    visible = _visible().filter(product_id=product_id)
    by_rating = dict(await visible.annotate(n=Count("id")).group_by("rating").values_list("rating", "n"))
    with_images = await visible.filter(has_images=True).count()
    tag_rows = await (ReviewTag.filter(product_id=product_id, review__is_hidden=False)
                      .annotate(n=Count("id")).group_by("name").values_list("name", "n"))
    good = sum(n for rating, n in by_rating.items() if rating >= 4)
    bad = sum(n for rating, n in by_rating.items() if rating <= 2)
    total = sum(by_rating.values())
    return {
        "total": total,
        "good_rate": good * 100 // total if total else 0,
        "counts": {"good": good, "medium": by_rating.get(3, 0), "bad": bad, "with_images": with_images},
        "tags": [{"name": name, "count": n} for name, n in sorted(tag_rows, key=lambda row: (-row[1], row[0]))],
    }


async def get_review(review_id: int, viewer_id: int | None = None) -> dict[str, Any]:
    """One visible review with its comments (oldest first); each call counts a view."""
    if not await _visible().filter(id=review_id).update(view_count=F("view_count") + 1):
        raise NotFound(ReviewError.review_not_found, "评价不存在")
    review = await Review.get(id=review_id)
    comments = await ReviewComment.filter(review_id=review_id).order_by("created_at", "id")
    profiles = await accounts.public_profiles([review.user_id, *(c.user_id for c in comments)])
    liked = await _liked_ids(viewer_id, [review_id])
    view = _review_view(review, _author(review, profiles), review_id in liked)
    product = (await catalog.covers_of([review.product_id])).get(review.product_id, {"title": "", "image": ""})
    return {**view, "comments": [_comment_view(c, profiles) for c in comments], "share": share_card(review, product)}


SHARE_EXCERPT = 24


def share_card(review: Review, product: dict[str, str]) -> dict[str, str]:
    """分享评价 (REV-4): what a shared review shows in a chat: the product and the review's first
    words (never the author's name, so anonymous reviews stay anonymous), its first photo or the
    product's cover, and the mini-program path of the review page."""
    excerpt = review.content.strip()
    if len(excerpt) > SHARE_EXCERPT:
        excerpt = excerpt[:SHARE_EXCERPT] + "…"
    title = f"「{product['title']}」的买家评价" + (f"：{excerpt}" if excerpt else "")
    return {"title": title, "image": (review.images or [product["image"]])[0],
            "path": f"/pages/review/index?id={review.id}"}


def _comment_view(comment: ReviewComment, profiles: dict[int, dict[str, str]]) -> dict[str, Any]:
    return {"id": comment.id, "user": profiles.get(comment.user_id, GONE_USER), "content": comment.content,
            "created_at": comment.created_at}


async def add_comment(user_id: int, review_id: int, data: CommentIn) -> dict[str, Any]:
    await _visible_review(review_id)
    async with transaction():
        comment = await ReviewComment.create(review_id=review_id, user_id=user_id, content=data.content)
        await Review.filter(id=review_id).update(comment_count=F("comment_count") + 1)
    return _comment_view(comment, await accounts.public_profiles([user_id]))


async def _like_state(user_id: int, review_id: int) -> dict[str, Any]:
    like_count = await Review.filter(id=review_id).values_list("like_count", flat=True)
    liked = await ReviewLike.exists(review_id=review_id, user_id=user_id)
    return {"liked": liked, "like_count": like_count[0]}


async def like(user_id: int, review_id: int) -> dict[str, Any]:
    """Like once: the count moves only when this request's insert of the like row succeeded."""
    await _visible_review(review_id)
    try:
        async with transaction():
            await ReviewLike.create(review_id=review_id, user_id=user_id)
            await Review.filter(id=review_id).update(like_count=F("like_count") + 1)
    except IntegrityError:  # liked already, perhaps by a concurrent request
        pass
    return await _like_state(user_id, review_id)


async def unlike(user_id: int, review_id: int) -> dict[str, Any]:
    await _visible_review(review_id)
    async with transaction():
        if await ReviewLike.filter(review_id=review_id, user_id=user_id).delete():
            await Review.filter(id=review_id).update(like_count=F("like_count") - 1)
    return await _like_state(user_id, review_id)


# --- back office ---------------------------------------------------------------------------------

async def _admin_views(reviews: list[Review]) -> list[dict[str, Any]]:
    views = await _review_views(reviews, None)
    titles = await catalog.titles_of([r.product_id for r in reviews])
    return [{**view, "is_hidden": r.is_hidden, "shop_id": r.shop_id, "product_title": titles.get(r.product_id, "")}
            for view, r in zip(views, reviews, strict=True)]


async def list_admin_reviews(actor: Actor, query: AdminReviewQuery) -> tuple[list[dict[str, Any]], int]:
    """Every review for the platform, a shop's own for its staff, newest first."""
    queryset = _rating_band(scoped(Review.all(), actor), query.rating)
    if query.product_id:
        queryset = queryset.filter(product_id=query.product_id)
    if query.hidden is not None:
        queryset = queryset.filter(is_hidden=query.hidden)
    reviews, total = await paginate(queryset.order_by("-created_at", "-id"), query)
    return await _admin_views(reviews), total


async def _admin_review(actor: Actor, review_id: int) -> dict[str, Any]:
    review = await get_scoped(Review.all(), actor, review_id, ReviewError.review_not_found, "评价不存在")
    return (await _admin_views([review]))[0]


async def reply(actor: Actor, review_id: int, data: ReplyIn) -> dict[str, Any]:
    """The shop answers a review once (商家回复); the answer cannot be changed afterwards."""
    if actor.shop_id is None:
        raise Forbidden(ReviewError.reply_by_shop_only, "只有店铺可以回复评价")
    replied = await Review.filter(id=review_id, shop_id=actor.shop_id, replied_at=None).update(
        reply_content=data.content, replied_at=_now())
    if not replied:
        await _admin_review(actor, review_id)  # another shop's or a missing review: 404
        raise Conflict(ReviewError.review_already_replied, "该评价已回复过")
    return await _admin_review(actor, review_id)


async def set_hidden(actor: Actor, review_id: int, hidden: bool) -> dict[str, Any]:
    """The platform hides a review from shoppers (屏蔽) or shows it again; repeating is harmless."""
    await get_scoped(Review.all(), actor, review_id, ReviewError.review_not_found, "评价不存在")
    await Review.filter(id=review_id).update(is_hidden=hidden)
    return await _admin_review(actor, review_id)

