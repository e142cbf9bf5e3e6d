from sanic import Blueprint, Request

from backend.catalog import service as catalog
from backend.core.auth import require_consumer, shopper_id
from backend.core.http import json_out, list_out, no_content, parse_query
from backend.promotions import service as promotions
from backend.search import service
from backend.search.schemas import HotSearches, KeywordList, SearchPage, SearchQuery, SuggestQuery
from backend.shops import service as shops
from backend.shops.schemas import ShopCardOut, ShopSearchQuery

bp = Blueprint("search", url_prefix="/api/v1")


@bp.get("/search/products")
async def search_products(request: Request):
    """Public product search; a signed-in shopper's keyword is logged under their id."""
    query = parse_query(request, SearchQuery)
    user_id = await shopper_id(request)
    page = await service.search(query, user_id=user_id)
    await promotions.mark_cards(page["items"])
    await catalog.price_cards_for(page["items"], user_id)  # the buyer's own prices, never shared
    return json_out(SearchPage, page)


@bp.get("/search/shops")
async def search_shops(request: Request):
    """Public: open shops whose name holds the keyword."""
    query = parse_query(request, ShopSearchQuery)
    found, total = await shops.search_shops(query.keyword, query)
    return list_out(ShopCardOut, found, total=total, page=query.page, page_size=query.page_size)


@bp.get("/search/history")
@require_consumer
async def search_history(request: Request):
    """The shopper's last ten distinct keywords, newest first."""
    return json_out(KeywordList, {"items": await service.history(request.ctx.actor.id)})


@bp.delete("/search/history")
@require_consumer
async def clear_search_history(request: Request):
    await service.clear_history(request.ctx.actor.id)
    return no_content()


@bp.get("/search/hot")
async def hot_searches(request: Request):
    """Public: preset words and the week's hot searches."""
    return json_out(HotSearches, await service.hot())


@bp.get("/search/suggest")
async def suggest(request: Request):
    """Public: suggestions for what has been typed so far."""
    query = parse_query(request, SuggestQuery)
    return json_out(KeywordList, {"items": await service.suggest(query.keyword)})
