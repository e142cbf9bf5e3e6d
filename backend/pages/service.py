"""Pages: drafts and immutable revisions for the decorator, cached resolved documents for shells."""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from datetime import UTC, datetime
from typing import Any

from tortoise.exceptions import IntegrityError

from backend.core import events
from backend.core.auth import Actor
from backend.core.db import primary, transaction
from backend.core.errors import Conflict, Forbidden, Invalid, NotFound
from backend.core.http import compact_json, etag_of
from backend.core.pagination import paginate
from backend.core.runtime import runtime
from backend.core.tenancy import get_scoped, scoped
from backend.pages.catalogue import load_catalogue
from backend.pages.errors import PageError
from backend.pages.models import Page, PageRevision
from backend.pages.resolvers import resolve_sections
from backend.pages.schemas import DraftIn, PageIn, PageListQuery, StorefrontQuery
from backend.pages.validation import validate_document
from backend.settings import service as settings_service
from backend.settings.schemas import PageSettings, SearchSettings

DATA_VERSION_KEY = "pages:data-version"
SHOP_KINDS = {"shop_home", "custom", "campaign"}
PLATFORM_KINDS = {"platform_home", "category", "b2b_home", "custom", "campaign"}
BODY_TTL = 300
PREVIEW_SECONDS = 30 * 60


def owner_of(shop_id: int | None) -> str:
    return "platform" if shop_id is None else f"shop:{shop_id}"


def empty_document(kind: str, title: str) -> dict[str, Any]:
    return {"schema_version": 1, "page": {"kind": kind, "title": title, "style": {}}, "sections": {}, "order": []}


# --- back office ----------------------------------------------------------------------------------

async def list_pages(actor: Actor, query: PageListQuery) -> tuple[list[Page], int]:
    return await paginate(scoped(Page.all(), actor).order_by("shop_id", "key", "site"), query)


async def get_page_for(actor: Actor, page_id: int) -> Page:
    return await get_scoped(Page.all(), actor, page_id, PageError.page_not_found, "页面不存在")


async def detail(page: Page) -> dict[str, Any]:
    revisions = {r.id: r for r in await PageRevision.filter(
        id__in=[i for i in (page.draft_revision_id, page.published_revision_id) if i])}
    published = revisions.get(page.published_revision_id)
    return {
        **_summary(page),
        "document": revisions[page.draft_revision_id].document,
        "published_document": published.document if published else None,
    }


def _summary(page: Page) -> dict[str, Any]:
    return {"id": page.id, "key": page.key, "kind": page.kind, "title": page.title, "site": page.site,
            "shop_id": page.shop_id, "published_revision": page.published_revision_id,
            "draft_revision": page.draft_revision_id, "updated_at": page.updated_at}


def summaries(pages: list[Page]) -> list[dict[str, Any]]:
    return [_summary(p) for p in pages]


async def _allowed_hosts() -> list[str]:
    return (await settings_service.read(runtime().cache, PageSettings, "pages")).url_allow_hosts


async def _checked(document: dict[str, Any]) -> dict[str, Any]:
    problems = validate_document(document, load_catalogue(), await _allowed_hosts())
    if problems:
        raise Invalid(PageError.layout_invalid, "页面内容有误，请检查标红的组件", problems)
    return document


async def _new_revision(page_id: int, kind: str, document: dict[str, Any], actor: Actor) -> PageRevision:
    latest = await PageRevision.filter(page_id=page_id).order_by("-number").first()
    return await PageRevision.create(page_id=page_id, number=(latest.number + 1) if latest else 1,
                                     kind=kind, document=document, created_by=actor.label())


async def create_page(actor: Actor, data: PageIn) -> Page:
    allowed = PLATFORM_KINDS if actor.is_platform else SHOP_KINDS
    if data.kind not in allowed:
        raise Invalid(PageError.page_kind_not_allowed, "不能创建这种页面", {"kind": "页面类型不可用"})
    document = empty_document(data.kind, data.title)
    if data.template:
        template = load_catalogue().templates.get(data.template)
        if template is None:
            raise Invalid(PageError.template_not_found, "模板不存在", {"template": "模板不存在"})
        document = {**json.loads(json.dumps(template)), "page": {**template["page"], "kind": data.kind,
                                                                   "title": data.title}}
    await _checked(document)
    try:
        async with transaction():
            page = await Page.create(shop_id=actor.shop_id, owner=owner_of(actor.shop_id), key=data.key,
                                     site=data.site, kind=data.kind, title=data.title)
            revision = await _new_revision(page.id, "draft", document, actor)
            await Page.filter(id=page.id).update(draft_revision_id=revision.id)
    except IntegrityError:
        raise Conflict(PageError.page_key_taken, "页面标识已被使用", {"key": "页面标识已被使用"}) from None
    page.draft_revision_id = revision.id
    return page


async def save_draft(actor: Actor, page_id: int, data: DraftIn) -> Page:
    page = await get_page_for(actor, page_id)
    document = await _checked(data.document)
    base = data.base_revision if data.base_revision is not None else page.draft_revision_id
    async with transaction():
        revision = await _new_revision(page.id, "draft", document, actor)
        moved = await Page.filter(id=page.id, draft_revision_id=base).update(
            draft_revision_id=revision.id, title=document["page"].get("title") or page.title)
        if not moved:
            raise Conflict(PageError.draft_conflict, "草稿已被他人保存，请刷新后再编辑")
    return await Page.get(id=page.id)


async def publish(actor: Actor, page_id: int) -> Page:
    page = await get_page_for(actor, page_id)
    draft = await PageRevision.get(id=page.draft_revision_id)
    await _checked(draft.document)  # the catalogue or allow-list may have changed since saving
    async with transaction():
        revision = await _new_revision(page.id, "published", draft.document, actor)
        await _move_pointer(page, revision.id)
    return await Page.get(id=page.id)


async def _move_pointer(page: Page, revision_id: int) -> None:
    moved = await Page.filter(id=page.id, published_revision_id=page.published_revision_id).update(
        published_revision_id=revision_id)
    if not moved:
        raise Conflict(PageError.draft_conflict, "页面刚被他人发布，请刷新后重试")
    await _forget_pointers(page.owner, page.key)


async def revisions(actor: Actor, page_id: int) -> list[PageRevision]:
    page = await get_page_for(actor, page_id)
    return await PageRevision.filter(page_id=page.id).order_by("-number")


async def rollback(actor: Actor, page_id: int, revision_id: int) -> Page:
    page = await get_page_for(actor, page_id)
    revision = await PageRevision.get_or_none(id=revision_id, page_id=page.id, kind="published")
    if revision is None:
        raise NotFound(PageError.revision_not_found, "该版本不存在或未发布过")
    async with transaction():
        await _move_pointer(page, revision.id)
    return await Page.get(id=page.id)


def _sign(payload: str) -> str:
    key = runtime().settings.secret_key.encode()
    return hmac.new(key, f"page-preview:{payload}".encode(), hashlib.sha256).hexdigest()[:32]


async def preview_link(actor: Actor, page_id: int) -> dict[str, Any]:
    page = await get_page_for(actor, page_id)
    expires = int(time.time()) + PREVIEW_SECONDS
    token = f"{page.id}.{expires}.{_sign(f'{page.id}.{expires}')}"
    if page.shop_id is None:
        path = f"/page/{page.key}"
    else:
        path = f"/shop/{page.shop_id}" + ("" if page.key == "home" else f"/page/{page.key}")
    base = runtime().settings.public_base_url.rstrip("/")
    return {"token": token, "expires_at": datetime.fromtimestamp(expires, UTC).isoformat(),
            "h5_url": f"{base}/h5{path}?preview={token}"}


def _preview_page_id(token: str) -> int:
    try:
        page_id, expires, signature = token.split(".")
        valid = hmac.compare_digest(signature, _sign(f"{page_id}.{expires}")) and int(expires) > time.time()
    except ValueError:
        valid = False
    if not valid:
        raise Forbidden(PageError.preview_token_invalid, "预览链接无效或已过期")
    return int(page_id)


# --- storefront -----------------------------------------------------------------------------------

def parse_capabilities(header: str | None) -> dict[str, int] | None:
    """``X-Shell-Components: banner:1,product_grid:2`` → ``{"banner": 1, "product_grid": 2}``."""
    if not header:
        return None
    caps = {}
    for item in header.split(",")[:200]:
        name, _, version = item.strip().partition(":")
        if name and version.isdigit():
            caps[name] = int(version)
    return caps


def _pointers_key(owner: str, key: str) -> str:
    return f"page:ptrs:{owner}:{key}"


async def _forget_pointers(owner: str, key: str) -> None:
    """Forget the published pointers of ``owner``/``key`` (every city site) after a publish."""
    await runtime().cache.delete(_pointers_key(owner, key))


@events.subscribe("catalog.changed")
@events.subscribe("settings.changed")
@events.subscribe("coupons.changed")
async def _data_changed(payload: dict[str, Any]) -> None:
    """Shown data changed (prices, stock, hot words, coupons …): every page's ETag must change."""
    await runtime().cache.incr(DATA_VERSION_KEY, ttl=30 * 86400)


async def _live_pointer(owner: str, key: str, site: str) -> dict[str, Any]:
    """Which revision a shell sees: the city-site variant if published, else the base page."""
    cache = runtime().cache
    pointers = await cache.get(_pointers_key(owner, key))
    if pointers is None:  # read the primary: a lagging replica would be cached for BODY_TTL
        rows = await Page.filter(owner=owner, key=key, published_revision_id__isnull=False).using_db(primary())
        pointers = {p.site: {"page_id": p.id, "revision_id": p.published_revision_id, "shop_id": p.shop_id,
                             "kind": p.kind} for p in rows}
        await cache.set(_pointers_key(owner, key), pointers, ttl=BODY_TTL)
    pointer = pointers.get(site) or pointers.get("")
    if pointer is None:
        raise NotFound(PageError.page_not_found, "页面不存在或尚未发布")
    return pointer


async def storefront_page(owner: str, key: str, query: StorefrontQuery,
                          caps_header: str | None) -> tuple[str, str | None]:
    """(body JSON, ETag) for a shell; drafts only through a signed preview link, which no cache
    keeps (no ETag)."""
    caps = parse_capabilities(caps_header)
    if query.preview:
        page = await Page.get_or_none(id=_preview_page_id(query.preview), owner=owner, key=key)
        if page is None:
            raise NotFound(PageError.page_not_found, "页面不存在")
        revision = await PageRevision.get(id=page.draft_revision_id)
        body = await _resolved(revision, page.kind, page.shop_id, key, query.channel, caps)
        return compact_json(body), None
    pointer = await _live_pointer(owner, key, query.site)
    cache = runtime().cache
    data_version = await cache.get(DATA_VERSION_KEY) or 0
    fingerprint = f"{pointer['revision_id']}|{query.channel}|{sorted((caps or {}).items())}|{data_version}"
    etag = etag_of(fingerprint)
    body = await cache.get(f"page:body:{etag}")
    if body is None:
        revision = await PageRevision.get(id=pointer["revision_id"]).using_db(primary())
        resolved = await _resolved(revision, pointer["kind"], pointer["shop_id"], key, query.channel, caps)
        body = compact_json(resolved)
        await cache.set(f"page:body:{etag}", body, ttl=BODY_TTL)
    return body, etag


def _visible(section: dict[str, Any], channel: str, caps: dict[str, int] | None) -> bool:
    if section.get("channels") and channel not in section["channels"]:
        return False
    return caps is None or caps.get(section["type"], 0) >= section["v"]


async def _resolved(revision: PageRevision, kind: str, shop_id: int | None, key: str, channel: str,
                    caps: dict[str, int] | None) -> dict[str, Any]:
    document = revision.document
    shown = {sid: document["sections"][sid] for sid in document["order"]
             if sid in document["sections"] and _visible(document["sections"][sid], channel, caps)}
    hot_words = (await settings_service.read(runtime().cache, SearchSettings, "search")).preset_words
    data = await resolve_sections(shown, {"shop_id": shop_id, "hot_words": hot_words})
    return {
        "key": key, "kind": kind, "revision": revision.id, "schema_version": document["schema_version"],
        "page": document["page"], "order": list(shown),
        "sections": {sid: {**section, "action": section.get("action"), "data": data.get(sid)}
                     for sid, section in shown.items()},
    }


async def section_data(owner: str, key: str, section_id: str, query: StorefrontQuery) -> dict[str, Any]:
    """A ``lazy`` section's data, fetched once the shell scrolls near it."""
    pointer = await _live_pointer(owner, key, query.site)
    revision = await PageRevision.get(id=pointer["revision_id"]).using_db(primary())
    section = revision.document["sections"].get(section_id)
    if section is None or not _visible(section, query.channel, None):
        raise NotFound(PageError.section_not_found, "组件不存在")
    hot_words = (await settings_service.read(runtime().cache, SearchSettings, "search")).preset_words
    data = await resolve_sections({section_id: {**section, "lazy": False}},
                                  {"shop_id": pointer["shop_id"], "hot_words": hot_words})
    return {"id": section_id, "data": data.get(section_id)}
