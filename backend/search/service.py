"""Product search (SEARCH-1 to -6): tokens in a full-text index, filters and sorts on a copy;
history, hot searches and suggestions from the search log.

The catalog announces changed products (``catalog.changed`` with ``product_ids``); search copies
what it filters and sorts by into ``SearchDocument`` and the product's tokens into the database's
full-text table, behind ``SearchIndex`` so a dedicated engine can take over later (DESIGN.md).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from datetime import timedelta
from typing import Any, Protocol

from tortoise.connection import get_connection
from tortoise.expressions import Q
from tortoise.functions import Count, Max, Sum

from backend.catalog import service as catalog
from backend.core import events
from backend.core.db import PRIMARY, transaction
from backend.core.jobs import now
from backend.core.runtime import runtime
from backend.search.models import SearchDocument, SearchLog
from backend.search.schemas import SearchQuery
from backend.search.tokenize import CJK_RUN, index_tokens, lead_word, normalize_keyword, pinyin_keys, query_tokens
from backend.settings import service as settings
from backend.settings.schemas import SearchSettings

log = logging.getLogger("backend.search")
REBUILD_BATCH = 500


class SearchIndex(Protocol):
    """Where a product's tokens live and how a query's tokens (all of them) are matched."""

    async def upsert(self, rows: list[tuple[int, list[str]]]) -> None: ...

    async def remove(self, product_ids: list[int]) -> None: ...

    def match(self, tokens: list[str], placeholder: Callable[[Any], str]) -> str:
        """SQL of a subquery ``(pid, score)``, higher score = more relevant; values via ``placeholder``."""
        ...


def _in(ids: list[int], placeholder: Callable[[Any], str]) -> str:
    return ", ".join(placeholder(i) for i in ids)


class Fts5Index:
    """SQLite: an FTS5 table with the default tokenizer over space-separated tokens; rowid = product id."""

    async def upsert(self, rows: list[tuple[int, list[str]]]) -> None:
        if not rows:
            return
        await self.remove([product_id for product_id, _ in rows])
        await get_connection(PRIMARY).execute_many(
            'INSERT INTO "search_product_fts" (rowid, product_id, tokens) VALUES (?, ?, ?)',
            [[product_id, product_id, " ".join(tokens)] for product_id, tokens in rows])

    async def remove(self, product_ids: list[int]) -> None:
        if product_ids:
            marks = ", ".join("?" for _ in product_ids)
            await get_connection(PRIMARY).execute_query(
                f'DELETE FROM "search_product_fts" WHERE rowid IN ({marks})', list(product_ids))

    def match(self, tokens: list[str], placeholder: Callable[[Any], str]) -> str:
        # every token an FTS5 string ("..." with " doubled): implicit AND, never query syntax
        expression = " ".join('"' + token.replace('"', '""') + '"' for token in tokens)
        return (f'SELECT rowid AS pid, -bm25("search_product_fts") AS score FROM "search_product_fts" '
                f'WHERE "search_product_fts" MATCH {placeholder(expression)}')


class TsvectorIndex:
    """PostgreSQL: a ``tsvector`` of the tokens as they are (no parser) with a GIN index.

    Rank normalisation 1 (by document length) makes a short, close title outrank a long one that
    merely mentions the keyword, as FTS5's bm25 does on SQLite.
    """

    async def upsert(self, rows: list[tuple[int, list[str]]]) -> None:
        if not rows:
            return
        await get_connection(PRIMARY).execute_many(
            'INSERT INTO "search_product_index" (product_id, tokens) VALUES ($1, array_to_tsvector($2::text[])) '
            'ON CONFLICT (product_id) DO UPDATE SET tokens = EXCLUDED.tokens',
            [[product_id, tokens] for product_id, tokens in rows])

    async def remove(self, product_ids: list[int]) -> None:
        if product_ids:
            await get_connection(PRIMARY).execute_query(
                'DELETE FROM "search_product_index" WHERE product_id = ANY($1::bigint[])', [list(product_ids)])

    def match(self, tokens: list[str], placeholder: Callable[[Any], str]) -> str:
        # each token a quoted lexeme (' doubled, \\ escaped) joined by &: all must match
        quoted = " & ".join("'" + token.replace("\\", "\\\\").replace("'", "''") + "'" for token in tokens)
        query = f"to_tsquery('simple', {placeholder(quoted)})"
        return (f'SELECT product_id AS pid, ts_rank(tokens, {query}, 1) AS score FROM "search_product_index" '
                f'WHERE tokens @@ {query}')


def _is_postgres() -> bool:
    return get_connection(PRIMARY).capabilities.dialect == "postgres"


def search_index() -> SearchIndex:
    return TsvectorIndex() if _is_postgres() else Fts5Index()


def _document(row: dict[str, Any]) -> SearchDocument:
    lead = lead_word(row["title"])
    full, initials = pinyin_keys(lead)
    return SearchDocument(product_id=row["id"], shop_id=row["shop_id"], category_id=row["category_id"],
                          brand_id=row["brand_id"], price=row["price"], stock=row["stock"], sales=row["sales"],
                          created_at=row["created_at"], lead=lead, lead_pinyin=full[:120],
                          lead_initials=initials[:20])


def _text(row: dict[str, Any]) -> str:
    return " ".join([row["title"], row["subtitle"], row["brand"], row["category"], *row["tags"]])


async def reindex_products(product_ids: list[int]) -> None:
    """Bring these products' index entries up to date: on-sale ones (re)indexed, the rest removed."""
    if product_ids:
        await _index(await catalog.products_for_index(list(product_ids)), set(product_ids))


async def reindex_product(product_id: int) -> None:
    await reindex_products([product_id])


async def _index(rows: list[dict[str, Any]], asked: set[int]) -> None:
    listed = [row for row in rows if row["status"] == "on_sale"]
    gone = sorted(asked - {row["id"] for row in listed})
    index = search_index()
    async with transaction():
        if gone:
            await index.remove(gone)
            await SearchDocument.filter(product_id__in=gone).delete()
        if listed:
            ids = [row["id"] for row in listed]
            await SearchDocument.filter(product_id__in=ids).delete()
            await SearchDocument.bulk_create([_document(row) for row in listed])
            await index.upsert([(row["id"], index_tokens(_text(row))) for row in listed])


@events.subscribe("catalog.changed")
async def _on_catalog_changed(payload: dict[str, Any]) -> None:
    await reindex_products(payload.get("product_ids") or [])


async def rebuild() -> int:
    """Index every product from scratch, in batches; returns how many are listed."""
    async with transaction():
        table = "search_product_index" if _is_postgres() else "search_product_fts"
        await get_connection(PRIMARY).execute_script(f'DELETE FROM "{table}"')
        await SearchDocument.all().delete()
    after_id, listed = 0, 0
    while rows := await catalog.products_for_index(after_id=after_id, limit=REBUILD_BATCH):
        await _index(rows, {row["id"] for row in rows})
        listed += sum(1 for row in rows if row["status"] == "on_sale")
        after_id = rows[-1]["id"]
    log.info("search index rebuilt: %d products", listed)
    return listed


SORTS = {
    "sales": "d.sales DESC, d.product_id DESC",
    "price_asc": "d.price ASC, d.product_id ASC",
    "price_desc": "d.price DESC, d.product_id DESC",
    "newest": "d.created_at DESC, d.product_id DESC",
}


async def search(query: SearchQuery, user_id: int | None = None) -> dict[str, Any]:
    """One page of on-sale product cards: four statements (five with a category) and a log row."""
    values: list[Any] = []
    postgres = _is_postgres()

    def placeholder(value: Any) -> str:
        values.append(value)
        return f"${len(values)}" if postgres else "?"

    tokens = query_tokens(query.keyword) if query.keyword else []
    if query.keyword and not tokens:  # only punctuation or operators: nothing can match
        return await _logged(query, user_id, [], 0)
    joins = f" JOIN ({search_index().match(tokens, placeholder)}) m ON m.pid = d.product_id" if tokens else ""
    where = []
    if query.category_id:
        category_ids = await catalog.category_and_descendants(query.category_id)
        where.append(f"d.category_id IN ({_in(category_ids, placeholder)})")
    if query.brand_id:
        where.append(f"d.brand_id = {placeholder(query.brand_id)}")
    if query.price_min is not None:
        where.append(f"d.price >= {placeholder(query.price_min)}")
    if query.price_max is not None:
        where.append(f"d.price <= {placeholder(query.price_max)}")
    if query.in_stock:
        where.append("d.stock > 0")
    body = f'FROM "search_document" d{joins}' + (f" WHERE {' AND '.join(where)}" if where else "")
    count_values = list(values)
    order = SORTS[query.sort] if query.sort != "composite" else ("m.score DESC, " if tokens else "") + SORTS["sales"]
    page_sql = (f"SELECT d.product_id AS id {body} ORDER BY {order} "
                f"LIMIT {placeholder(query.page_size)} OFFSET {placeholder(query.offset)}")
    connection = get_connection(PRIMARY)
    _, counted = await connection.execute_query(f"SELECT COUNT(*) AS n {body}", count_values)
    total = int(counted[0]["n"])
    ids = [int(row["id"]) for row in (await connection.execute_query(page_sql, values))[1]] if total else []
    cards = await catalog.cards_by_ids(ids)
    return await _logged(query, user_id, [cards[i] for i in ids if i in cards], total)


async def _logged(query: SearchQuery, user_id: int | None, items: list[dict], total: int) -> dict[str, Any]:
    if query.keyword:
        term = normalize_keyword(query.keyword)
        full, initials = pinyin_keys(term)
        await SearchLog.create(keyword=query.keyword, user_id=user_id, result_count=total, term=term,
                               term_pinyin=full[:300], term_initials=initials[:50])
    return {"items": items, "total": total, "page": query.page, "page_size": query.page_size}


# --- history, hot searches, suggestions (SEARCH-2, -3, -4) --------------------------------------

HISTORY_SIZE = 10
HOT_SIZE = 10
HOT_WINDOW = timedelta(days=7)
HOT_CACHE_KEY = "search:hot"
HOT_CACHE_TTL = 60
SUGGEST_SIZE = 10
SUGGEST_WINDOW = timedelta(days=30)


async def history(user_id: int) -> list[str]:
    """A shopper's last distinct keywords (normalised), newest first; cleared ones are hidden."""
    return await (SearchLog.filter(user_id=user_id, history_hidden=False).exclude(term="")
                  .annotate(last=Max("id")).group_by("term").order_by("-last")
                  .limit(HISTORY_SIZE).values_list("term", flat=True))


async def clear_history(user_id: int) -> None:
    """Hide a shopper's history; the searches still count for hot searches and analytics."""
    await SearchLog.filter(user_id=user_id, history_hidden=False).update(history_hidden=True)


async def hot() -> dict[str, list[str]]:
    """Operators' preset words (搜索预置词) and the week's most searched keywords that found something.

    The hot list is counted at most once a minute (runtime cache); ties go to the most recent search.
    """
    preset = (await settings.read(runtime().cache, SearchSettings, "search")).preset_words
    words = await runtime().cache.get(HOT_CACHE_KEY)
    if words is None:
        words = await (SearchLog.filter(result_count__gt=0, created_at__gte=now() - HOT_WINDOW).exclude(term="")
                       .annotate(n=Count("id"), last=Max("id")).group_by("term")
                       .order_by("-n", "-last").limit(HOT_SIZE).values_list("term", flat=True))
        await runtime().cache.set(HOT_CACHE_KEY, list(words), ttl=HOT_CACHE_TTL)
    return {"preset": list(preset), "hot": list(words)}


def _prefix_filter(prefix: str, field: str) -> Q:
    """Starts with the typed text; Latin input also by pinyin (「baow」) and initials (「bw」)."""
    condition = Q(**{f"{field}__startswith": prefix})
    if re.search(r"[a-z]", prefix):
        full, _ = pinyin_keys(prefix)
        condition |= Q(**{f"{field}_pinyin__startswith": full})
        if not CJK_RUN.search(prefix):
            condition |= Q(**{f"{field}_initials__startswith": full})
    return condition


async def suggest(keyword: str) -> list[str]:
    """Suggestions while typing (联想词): searched keywords and titles' leading words by prefix.

    Two statements whatever the data: the month's searches that found something, counted per
    keyword, and listed products' leading words with their sales. Ranked by search volume, then
    sales, then the word.
    """
    prefix = normalize_keyword(keyword)
    if not prefix:
        return []
    searched = await (SearchLog.filter(_prefix_filter(prefix, "term"), result_count__gt=0,
                                       created_at__gte=now() - SUGGEST_WINDOW)
                      .annotate(n=Count("id")).group_by("term").order_by("-n", "term")
                      .limit(SUGGEST_SIZE).values_list("term", "n"))
    sold = await (SearchDocument.filter(_prefix_filter(prefix, "lead")).exclude(lead="")
                  .annotate(n=Sum("sales")).group_by("lead").order_by("-n", "lead")
                  .limit(SUGGEST_SIZE).values_list("lead", "n"))
    volume = {term: int(n) for term, n in searched}
    sales = {lead: int(n or 0) for lead, n in sold}
    words = set(volume) | set(sales)
    ranked = sorted(words, key=lambda w: (-volume.get(w, 0), -sales.get(w, 0), w))
    return ranked[:SUGGEST_SIZE]
