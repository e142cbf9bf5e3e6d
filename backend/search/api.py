from sanic import Blueprint, Request

from backend.core.auth import current_actor
from backend.core.http import json_out, parse_query
from backend.search import service
from backend.search.schemas import SearchPage, SearchQuery

bp = Blueprint("search", url_prefix="/api/v1")


@bp.get("/search/products")
async def search_products(request: Request):
    """Public product search; a signed-in shopper's keyword is logged under their id."""
    query = parse_query(request, SearchQuery)
    actor = await current_actor(request)
    user_id = actor.id if actor is not None and actor.kind == "consumer" else None
    return json_out(SearchPage, await service.search(query, user_id=user_id))
