"""Product search (SEARCH-1, -5, -6): tokens in a full-text index, filters and sorts on a copy.

The catalog announces changed products (``catalog.changed`` with ``product_ids``); search copies
what it filters and sorts by into ``SearchDocument`` and the product's tokens into the database's
full-text table, behind ``SearchIndex`` so a dedicated engine can take over later (DESIGN.md).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Protocol

from tortoise.connection import get_connection

from backend.catalog import service as catalog
from backend.core import events
from backend.core.db import PRIMARY, transaction
from backend.search.models import SearchDocument, SearchLog
from backend.search.schemas import SearchQuery
from backend.search.tokenize import index_tokens, query_tokens

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
            await SearchDocument.bulk_create([
                SearchDocument(product_id=row["id"], shop_id=row["shop_id"], category_id=row["category_id"],
                               brand_id=row["brand_id"], price=row["price"], stock=row["stock"],
                               sales=row["sales"], created_at=row["created_at"])
                for row in listed])
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
        await SearchLog.create(keyword=query.keyword, user_id=user_id, result_count=total)
    return {"items": items, "total": total, "page": query.page, "page_size": query.page_size}
