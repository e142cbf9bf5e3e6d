"""One resolver per source kind, each resolving every section of its kind on a page in one go.

Layouts store ids and queries, never prices: cards come from the catalog at request time.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from backend.catalog import service as catalog
from backend.catalog.schemas import ProductQuery
from backend.coupons import service as coupons
from backend.shops import service as shops

Sources = dict[str, dict[str, Any]]  # section id → its source
Resolver = Callable[[Sources, dict[str, Any]], Awaitable[dict[str, Any]]]


async def product_ids(sources: Sources, context: dict[str, Any]) -> dict[str, Any]:
    wanted = [i for source in sources.values() for i in source.get("ids", [])]
    cards = await catalog.cards_by_ids(wanted, context.get("shop_id"))
    return {sid: {"items": [cards[i] for i in s.get("ids", []) if i in cards]} for sid, s in sources.items()}


async def product_query(sources: Sources, context: dict[str, Any]) -> dict[str, Any]:
    resolved = {}
    for sid, source in sources.items():
        fields = {k: source[k] for k in ("category_id", "brand_id", "tag", "sort", "limit") if k in source}
        query = ProductQuery(**fields, shop_id=context.get("shop_id"))
        resolved[sid] = {"items": await catalog.query_cards(query)}
    return resolved


def _sorted_by(sort: str) -> Resolver:
    async def resolve(sources: Sources, context: dict[str, Any]) -> dict[str, Any]:
        resolved = {}
        for sid, source in sources.items():
            query = ProductQuery(sort=sort, limit=source.get("limit", 10), shop_id=context.get("shop_id"))
            cards = await catalog.query_cards(query)
            if sort == "sales":
                cards = [{**card, "rank": rank} for rank, card in enumerate(cards, start=1)]
            resolved[sid] = {"items": cards}
        return resolved

    return resolve


async def category_tree(sources: Sources, context: dict[str, Any]) -> dict[str, Any]:
    tree = await catalog.category_tree()
    resolved = {}
    for sid, source in sources.items():
        nodes = tree
        if parent := source.get("parent_id"):
            nodes = next((n["children"] for n in _walk(tree) if n["id"] == parent), [])
        resolved[sid] = {"items": nodes[: source.get("limit", len(nodes))]}
    return resolved


def _walk(nodes: list[dict]) -> list[dict]:
    flat = []
    for node in nodes:
        flat.append(node)
        flat.extend(_walk(node["children"]))
    return flat


async def shop_cards(sources: Sources, context: dict[str, Any]) -> dict[str, Any]:
    ids = {i for s in sources.values() for i in (s.get("ids") or [])}
    if context.get("shop_id"):
        ids.add(context["shop_id"])
    rows = await shops.shops_by_id(ids)

    def card(shop_id: int) -> dict[str, Any] | None:
        shop = rows.get(shop_id)
        if shop is None or shop.status != "active":
            return None
        return {"id": shop.id, "name": shop.name, "logo": shop.logo, "self_operated": shop.self_operated,
                "intro": shop.intro}

    resolved = {}
    for sid, source in sources.items():
        chosen = source.get("ids") or ([context["shop_id"]] if context.get("shop_id") else [])
        resolved[sid] = {"items": [c for c in map(card, chosen) if c]}
    return resolved


async def hot_words(sources: Sources, context: dict[str, Any]) -> dict[str, Any]:
    words = context["hot_words"]
    return {sid: {"items": words[: s.get("limit", 10)]} for sid, s in sources.items()}


async def coupon_ids(sources: Sources, context: dict[str, Any]) -> dict[str, Any]:
    wanted = [i for source in sources.values() for i in source.get("ids", [])]
    tickets = await coupons.page_coupons(wanted, context.get("shop_id"))
    return {sid: {"items": [tickets[i] for i in s.get("ids", []) if i in tickets]} for sid, s in sources.items()}


def _not_yet(empty: dict[str, Any]) -> Resolver:
    """Sources whose contexts arrive with later issues (group buys, stores, flash sales) show nothing yet."""

    async def resolve(sources: Sources, context: dict[str, Any]) -> dict[str, Any]:
        return {sid: dict(empty) for sid in sources}

    return resolve


RESOLVERS: dict[str, Resolver] = {
    "product_ids": product_ids,
    "product_query": product_query,
    "newest": _sorted_by("newest"),
    "ranking": _sorted_by("sales"),
    "category_tree": category_tree,
    "shops": shop_cards,
    "hot_words": hot_words,
    "coupon_ids": coupon_ids,
    "group_buy": _not_yet({"items": []}),
    "stores": _not_yet({"items": []}),
    "flash_sale": _not_yet({"slot": None, "items": []}),
}


async def resolve_sections(sections: dict[str, dict[str, Any]], context: dict[str, Any]) -> dict[str, Any]:
    """Data for every non-lazy sourced section, grouped so each kind is resolved once."""
    by_kind: dict[str, Sources] = {}
    for sid, section in sections.items():
        source = section.get("source")
        if source and not section.get("lazy"):
            by_kind.setdefault(source["kind"], {})[sid] = source
    data: dict[str, Any] = {}
    for kind, sources in by_kind.items():
        data.update(await RESOLVERS[kind](sources, context))
    return data
