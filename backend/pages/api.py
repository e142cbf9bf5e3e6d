"""Pages endpoints: the decorator's back office and the shells' storefront reads."""

import json

from sanic import Blueprint, Request
from sanic.response import HTTPResponse

from backend.catalog import service as catalog
from backend.core.auth import require, shopper_id
from backend.core.http import (
    compact_json,
    etag_matches,
    etag_of,
    json_out,
    json_response,
    list_out,
    parse_body,
    parse_query,
)
from backend.pages import service
from backend.pages.catalogue import load_catalogue
from backend.pages.schemas import (
    DraftIn,
    PageDetail,
    PageIn,
    PageListQuery,
    PageSummary,
    RevisionOut,
    RollbackIn,
    StorefrontQuery,
)
from backend.promotions import service as promotions

admin_bp = Blueprint("pages_admin", url_prefix="/api/v1/admin")
CARD_KEY = '"price_kind"'  # every product card carries it (catalog's ProductCard)
storefront_bp = Blueprint("pages", url_prefix="/api/v1")
blueprints = (admin_bp, storefront_bp)


# --- decorator -----------------------------------------------------------------------------------

@admin_bp.get("/layouts/catalogue")
@require("pages:manage")
async def catalogue(request: Request):
    return json_response(load_catalogue().public())


@admin_bp.get("/pages")
@require("pages:manage")
async def list_pages(request: Request):
    query = parse_query(request, PageListQuery)
    pages, total = await service.list_pages(request.ctx.actor, query)
    return list_out(PageSummary, service.summaries(pages), total=total, page=query.page,
                    page_size=query.page_size)


@admin_bp.post("/pages")
@require("pages:manage")
async def create_page(request: Request):
    page = await service.create_page(request.ctx.actor, parse_body(request, PageIn))
    return json_out(PageDetail, await service.detail(page), status=201)


@admin_bp.get("/pages/<page_id:int>")
@require("pages:manage")
async def get_page(request: Request, page_id: int):
    page = await service.get_page_for(request.ctx.actor, page_id)
    return json_out(PageDetail, await service.detail(page))


@admin_bp.put("/pages/<page_id:int>/draft")
@require("pages:manage")
async def save_draft(request: Request, page_id: int):
    page = await service.save_draft(request.ctx.actor, page_id, parse_body(request, DraftIn))
    return json_out(PageDetail, await service.detail(page))


@admin_bp.post("/pages/<page_id:int>/publish")
@require("pages:manage")
async def publish(request: Request, page_id: int):
    page = await service.publish(request.ctx.actor, page_id)
    return json_out(PageDetail, await service.detail(page))


@admin_bp.get("/pages/<page_id:int>/revisions")
@require("pages:manage")
async def revisions(request: Request, page_id: int):
    return list_out(RevisionOut, await service.revisions(request.ctx.actor, page_id))


@admin_bp.post("/pages/<page_id:int>/rollback")
@require("pages:manage")
async def rollback(request: Request, page_id: int):
    data = parse_body(request, RollbackIn)
    page = await service.rollback(request.ctx.actor, page_id, data.revision_id)
    return json_out(PageDetail, await service.detail(page))


@admin_bp.post("/pages/<page_id:int>/preview")
@require("pages:manage")
async def preview(request: Request, page_id: int):
    return json_response(await service.preview_link(request.ctx.actor, page_id), status=201)


# --- storefront ----------------------------------------------------------------------------------

async def _page(request: Request, owner: str, key: str) -> HTTPResponse:
    """The cached page, then what no cache may hold on top of it: promotion marks on its cards,
    which follow the clock (SEARCH-7), and the signed-in buyer's own card prices (客户秘价). A body
    they change gets the ETag of what is sent; a personalised one is private, so no cache hands
    it to anyone else."""
    query = parse_query(request, StorefrontQuery)
    shopper = await shopper_id(request)
    body, etag = await service.storefront_page(owner, key, query, request.headers.get("x-shell-components"))
    headers = {"Cache-Control": "no-store" if query.preview else "no-cache",
               "Vary": "X-Shell-Components, Authorization"}
    if CARD_KEY in body:  # a page without product cards is sent as cached
        body, etag = await promotions.marked_json(body, etag)
        if shopper is not None:
            document = json.loads(body)
            if await catalog.price_cards_for(document, shopper):
                body = compact_json(document)
                etag = etag_of(body)
                headers["Cache-Control"] = "private, no-cache"
    if etag:
        headers["ETag"] = etag
    if etag_matches(etag, request.headers.get("if-none-match")):
        return HTTPResponse(status=304, headers=headers)
    return HTTPResponse(body, status=200, headers=headers, content_type="application/json")


async def _section(section: dict, request: Request) -> HTTPResponse:
    await promotions.mark_cards(section)
    await catalog.price_cards_for(section, await shopper_id(request))
    return json_response(section)


@storefront_bp.get("/pages/<key:str>")
async def platform_page(request: Request, key: str):
    return await _page(request, "platform", key)


@storefront_bp.get("/shops/<shop_id:int>/page")
async def shop_home(request: Request, shop_id: int):
    return await _page(request, service.owner_of(shop_id), "home")


@storefront_bp.get("/shops/<shop_id:int>/pages/<key:str>")
async def shop_page(request: Request, shop_id: int, key: str):
    return await _page(request, service.owner_of(shop_id), key)


@storefront_bp.get("/pages/<key:str>/sections/<section_id:str>")
async def platform_section(request: Request, key: str, section_id: str):
    query = parse_query(request, StorefrontQuery)
    return await _section(await service.section_data("platform", key, section_id, query), request)


@storefront_bp.get("/shops/<shop_id:int>/pages/<key:str>/sections/<section_id:str>")
async def shop_section(request: Request, shop_id: int, key: str, section_id: str):
    query = parse_query(request, StorefrontQuery)
    return await _section(await service.section_data(service.owner_of(shop_id), key, section_id, query), request)
