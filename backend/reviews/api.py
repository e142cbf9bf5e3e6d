"""Reviews: shoppers read, like and comment; shops reply; the platform hides and shows."""
from sanic import Blueprint, Request

from backend.core.auth import current_actor, require, require_consumer
from backend.core.http import json_out, list_out, parse_body, parse_query
from backend.core.pagination import PageParams
from backend.reviews import service
from backend.reviews.schemas import (
    AdminReviewOut,
    AdminReviewQuery,
    CommentIn,
    CommentOut,
    LikeOut,
    ReplyIn,
    ReviewDetailOut,
    ReviewOut,
    ReviewQuery,
    ReviewSummary,
)

bp = Blueprint("reviews", url_prefix="/api/v1")


async def viewer_id(request: Request) -> int | None:
    """The signed-in shopper, if any: their own likes show as ``liked``."""
    actor = await current_actor(request)
    return actor.id if actor and actor.kind == "consumer" else None


def page_meta(total: int, params: PageParams) -> dict[str, int]:
    return {"total": total, "page": params.page, "page_size": params.page_size}


@bp.get("/products/<product_id:int>/reviews")
async def list_reviews(request: Request, product_id: int):
    query = parse_query(request, ReviewQuery)
    items, total = await service.list_reviews(product_id, query, await viewer_id(request))
    return list_out(ReviewOut, items, **page_meta(total, query))


@bp.get("/products/<product_id:int>/reviews/summary")
async def review_summary(request: Request, product_id: int):
    return json_out(ReviewSummary, await service.summary(product_id))


@bp.get("/reviews/<review_id:int>")
async def get_review(request: Request, review_id: int):
    return json_out(ReviewDetailOut, await service.get_review(review_id, await viewer_id(request)))


@bp.post("/reviews/<review_id:int>/comments")
@require_consumer
async def add_comment(request: Request, review_id: int):
    comment = await service.add_comment(request.ctx.actor.id, review_id, parse_body(request, CommentIn))
    return json_out(CommentOut, comment, status=201)


@bp.put("/reviews/<review_id:int>/like")
@require_consumer
async def like(request: Request, review_id: int):
    return json_out(LikeOut, await service.like(request.ctx.actor.id, review_id))


@bp.delete("/reviews/<review_id:int>/like")
@require_consumer
async def unlike(request: Request, review_id: int):
    return json_out(LikeOut, await service.unlike(request.ctx.actor.id, review_id))


# --- back office ---------------------------------------------------------------------------------

@bp.get("/admin/reviews")
@require()
async def list_admin_reviews(request: Request):
    query = parse_query(request, AdminReviewQuery)
    items, total = await service.list_admin_reviews(request.ctx.actor, query)
    return list_out(AdminReviewOut, items, **page_meta(total, query))


@bp.post("/admin/reviews/<review_id:int>/reply")
@require("catalog:manage")
async def reply(request: Request, review_id: int):
    review = await service.reply(request.ctx.actor, review_id, parse_body(request, ReplyIn))
    return json_out(AdminReviewOut, review)


@bp.post("/admin/reviews/<review_id:int>/hide")
@require("catalog:audit")
async def hide(request: Request, review_id: int):
    return json_out(AdminReviewOut, await service.set_hidden(request.ctx.actor, review_id, True))


@bp.post("/admin/reviews/<review_id:int>/show")
@require("catalog:audit")
async def show(request: Request, review_id: int):
    return json_out(AdminReviewOut, await service.set_hidden(request.ctx.actor, review_id, False))
