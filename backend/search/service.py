"""Product search (SEARCH-1 to -6): tokens in a full-text index, filters and sorts on a copy;
history, hot searches and suggestions from the search log.

The catalog announces changed products (``catalog.changed`` with ``product_ids``); search copies
what it filters and sorts by into ``SearchDocument`` and the product's tokens into the database's
full-text table, behind ``SearchIndex`` so a dedicated engine can take over later (DESIGN.md).
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Callable
from datetime import timedelta
from typing import Any, Protocol

from tortoise.connection import get_connection
from tortoise.expressions import Case, F, Q, When
from tortoise.functions import Count, Max, Sum

from backend.catalog import service as catalog
from backend.core import events
from backend.core.db import PRIMARY, transaction
from backend.core.jobs import now
from backend.core.runtime import runtime
from backend.search.models import SearchDocument, SearchFacet, SearchLog
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
        """SQL of a subquery ``(pid, score)``, higher score = more relevant; values via ``placeholder``.
        A search runs it once, as the ``WITH`` of the one statement that counts, pages and facets."""
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


NEW_FOR = timedelta(days=30)


def popularity(sales: int, sort: int, age: timedelta) -> float:
    """The composite sort's factor besides text relevance (SEARCH-5), at least 1:

    1 + log10(1 + sales incl. padding) / 2  (10 sold → +0.5, 1,000 → +1.5)
      + min(sort number, 1000) / 1000       (operators' 排序值: larger is earlier, up to +1)
      + 0.3 when listed in the last 30 days (new products get a start)

    With a keyword the composite order is relevance × popularity; without one, popularity alone.
    """
    return 1 + math.log10(1 + max(sales, 0)) / 2 + min(max(sort, 0), 1000) / 1000 + (0.3 if age < NEW_FOR else 0)


def _document(row: dict[str, Any]) -> SearchDocument:
    lead = lead_word(row["title"])
    full, initials = pinyin_keys(lead)
    return SearchDocument(product_id=row["id"], shop_id=row["shop_id"], category_id=row["category_id"],
                          brand_id=row["brand_id"], price=row["price"], stock=row["stock"], sales=row["sales"],
                          created_at=row["created_at"], lead=lead, lead_pinyin=full[:120],
                          lead_initials=initials[:20],
                          boost=popularity(row["sales"], row["sort"], now() - row["created_at"]))


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
            await SearchFacet.filter(product_id__in=gone).delete()
        if listed:
            ids = [row["id"] for row in listed]
            await SearchDocument.filter(product_id__in=ids).delete()
            await SearchFacet.filter(product_id__in=ids).delete()
            await SearchDocument.bulk_create([_document(row) for row in listed])
            await SearchFacet.bulk_create([SearchFacet(product_id=row["id"], facet=facet[:150])
                                           for row in listed for facet in dict.fromkeys(row["facets"])])
            await index.upsert([(row["id"], index_tokens(_text(row))) for row in listed])


@events.subscribe("catalog.stock_moved")
async def _on_stock_moved(payload: dict[str, Any]) -> None:
    """A sale: the listed copies of stock and sales follow (the in-stock filter, the sales sort), in one
    statement however many products the order holds."""
    taken: dict[int, int] = payload["products"]
    if not taken:
        return

    def moved(column: str, sign: int) -> Case:
        whens = [When(product_id=product_id, then=F(column) + sign * units) for product_id, units in taken.items()]
        return Case(*whens, default=F(column))

    await SearchDocument.filter(product_id__in=list(taken)).update(stock=moved("stock", -1), sales=moved("sales", 1))


@events.subscribe("catalog.changed")
async def _on_catalog_changed(payload: dict[str, Any]) -> None:
    await reindex_products(payload.get("product_ids") or [])


async def rebuild() -> int:
    """Index every product from scratch, in batches; returns how many are listed."""
    async with transaction():
        table = "search_product_index" if _is_postgres() else "search_product_fts"
        await get_connection(PRIMARY).execute_script(f'DELETE FROM "{table}"')
        await SearchDocument.all().delete()
        await SearchFacet.all().delete()
    after_id, listed = 0, 0
    while rows := await catalog.products_for_index(after_id=after_id, limit=REBUILD_BATCH):
        await _index(rows, {row["id"] for row in rows})
        listed += sum(1 for row in rows if row["status"] == "on_sale")
        after_id = rows[-1]["id"]
    if _is_postgres():
        await _settle_postgres_index()
    log.info("search index rebuilt: %d products", listed)
    return listed


async def _settle_postgres_index() -> None:
    """After a bulk load, merge GIN's pending list and refresh statistics: until autovacuum does,
    every query scans the pending entries and the planner prefers a sequential scan (measured by
    bench/search_catalog.py: a count took 9.7 ms before, 0.9 ms after)."""
    connection = get_connection(PRIMARY)
    await connection.execute_query("SELECT gin_clean_pending_list('idx_search_product_index_tokens'::regclass)")
    for table in ("search_product_index", "search_document", "search_facet"):
        await connection.execute_script(f'ANALYZE "{table}"')


SORTS = {
    "sales": "d.sales DESC, d.product_id DESC",
    "price_asc": "d.price ASC, d.product_id ASC",
    "price_desc": "d.price DESC, d.product_id DESC",
    "newest": "d.created_at DESC, d.product_id DESC",
}


class _Sql:
    """Positional values for one statement, with the placeholder style of the database."""

    def __init__(self, postgres: bool) -> None:
        self.postgres = postgres
        self.values: list[Any] = []

    def __call__(self, value: Any) -> str:
        self.values.append(value)
        return f"${len(self.values)}" if self.postgres else "?"


Clause = Callable[[_Sql], str]


def _has_facet(facets: list[str]) -> Clause:
    return lambda sql: (f'd.product_id IN (SELECT f.product_id FROM "search_facet" f '
                        f"WHERE f.facet IN ({_in(facets, sql)}))")


DOCUMENTS = '"search_document"'
# With a keyword, the statement's documents are the matches joined once to their documents, with
# the match's score: every part (count, page, facets) filters those few rows instead of joining
# the whole table to the matches again.
MATCHED = ("md", "m AS ({match}), md AS (SELECT d.product_id, d.category_id, d.brand_id, d.price, d.stock, "
                 'd.sales, d.created_at, d.boost, m.score FROM "search_document" d JOIN m ON m.pid = d.product_id)')


def _clauses(query: SearchQuery, category_ids: list[int]) -> dict[str, Clause]:
    """Each filter's condition by name (so a facet can be counted without its own filter);
    placeholders are drawn when a statement is written. The keyword is the documents' source."""
    clauses: dict[str, Clause] = {}
    if category_ids:
        clauses["category"] = lambda sql: f"d.category_id IN ({_in(category_ids, sql)})"
    if query.brand_id:
        clauses["brand"] = lambda sql: f"d.brand_id = {sql(query.brand_id)}"
    if query.price_min is not None:
        clauses["price_min"] = lambda sql: f"d.price >= {sql(query.price_min)}"
    if query.price_max is not None:
        clauses["price_max"] = lambda sql: f"d.price <= {sql(query.price_max)}"
    if query.in_stock:
        clauses["in_stock"] = lambda sql: "d.stock > 0"
    for position, tag in enumerate(query.tag_list):
        clauses[f"tag{position}"] = _has_facet([f"tag:{tag}"])
    for attribute_id, values in query.attribute_filters.items():
        clauses[f"attr{attribute_id}"] = _has_facet([f"attr:{attribute_id}:{value}" for value in values])
    return clauses


def _matching(clauses: dict[str, Clause], sql: _Sql, source: str, *, without: str = "", extra: str = "") -> str:
    """``FROM <source> d WHERE …`` of the documents every clause but ``without`` admits."""
    where = [clause(sql) for name, clause in clauses.items() if name != without] + ([extra] if extra else [])
    return f"FROM {source} d" + (f" WHERE {' AND '.join(where)}" if where else "")


async def _rows(statement: str, sql: _Sql) -> list[dict]:
    return (await get_connection(PRIMARY).execute_query(statement, sql.values))[1]


async def search(query: SearchQuery, user_id: int | None = None) -> dict[str, Any]:
    """One page of on-sale product cards in one statement for the count, the page and the facets
    (the full-text match runs once inside it), one more with a category, two for the cards, up to
    three for the facets' names and a log row, whatever the page size."""
    tokens = query_tokens(query.keyword) if query.keyword else []
    if query.keyword and not tokens:  # only punctuation or operators: nothing can match
        return await _logged(query, user_id, [], 0)
    category_ids = await catalog.category_and_descendants(query.category_id) if query.category_id else []
    clauses = _clauses(query, category_ids)
    parts = await _listing(query, tokens, clauses)
    total = parts["total"][0][1] if parts["total"] else 0
    ids = [int(key) for key, _ in parts["page"]]
    cards = await catalog.cards_by_ids(ids)
    facets = (await _facets(parts, clauses) if total else _NO_FACETS) if query.facets else None
    return await _logged(query, user_id, [cards[i] for i in ids if i in cards], total, facets)


_NO_FACETS: dict[str, list] = {"categories": [], "brands": [], "tags": [], "attributes": []}
FACET_LIMIT = 30  # categories and brands offered as filters, most matches first


async def _listing(query: SearchQuery, tokens: list[str], clauses: dict[str, Clause]) -> dict[str, list]:
    """Count, page and (with ``facets``) the facet counts as the parts of one ``UNION ALL``
    statement: rows ``(part, k, n, pos)`` grouped by part, each part in its ``pos`` order.

    Measured by bench/search_catalog.py on PostgreSQL at 100,000 SKUs (keyword + two filters with
    facets): a statement per part, each carrying the keyword's matches as bound arrays, cost a
    round trip and a re-read of the matches each; one statement sharing a ``WITH m`` does not."""
    sql = _Sql(_is_postgres())
    source, head = (MATCHED[0], f"WITH {MATCHED[1].format(match=search_index().match(tokens, sql))} ") \
        if tokens else (DOCUMENTS, "")
    parts = [f"SELECT 'total' AS part, '' AS k, COUNT(*) AS n, 0 AS pos {_matching(clauses, sql, source)}",
             _page_part(query, clauses, sql, source, bool(tokens))]
    if query.facets:
        parts += _facet_parts(clauses, sql, source)
    statement = head + " UNION ALL ".join(f"SELECT * FROM ({part}) p{i}" for i, part in enumerate(parts))
    grouped: dict[str, list] = {"total": [], "page": []}
    for row in sorted(await _rows(statement, sql), key=lambda row: int(row["pos"])):
        grouped.setdefault(row["part"], []).append((row["k"], int(row["n"])))
    return grouped


def _page_part(query: SearchQuery, clauses: dict[str, Clause], sql: _Sql, source: str, keyword: bool) -> str:
    body = _matching(clauses, sql, source)
    if query.sort == "composite":  # relevance × popularity with a keyword, popularity alone without
        order = ("d.score * d.boost DESC, " if keyword else "d.boost DESC, ") + SORTS["sales"]
    else:
        order = SORTS[query.sort]
    limits = f"LIMIT {sql(query.page_size)} OFFSET {sql(query.offset)}"
    return (f"SELECT 'page' AS part, CAST(d.product_id AS TEXT) AS k, 0 AS n, ROW_NUMBER() OVER (ORDER BY {order}) "
            f"AS pos {body} ORDER BY {order} {limits}")


def _facet_parts(clauses: dict[str, Clause], sql: _Sql, source: str) -> list[str]:
    """Counts for each filter (SEARCH-6), most first (ties by key, so the order is stable).
    Categories, brands and each attribute are counted over
    the matches of every other filter, so a shopper can switch a brand or add a second material
    (values of one attribute are alternatives); tags, which must all match, over the current
    matches. One part more for each attribute being filtered on."""

    def grouped(part: str, column: str, own_filter: str) -> str:
        body = _matching(clauses, sql, source, without=own_filter, extra=f"d.{column} IS NOT NULL")
        return (f"SELECT '{part}' AS part, CAST(d.{column} AS TEXT) AS k, COUNT(*) AS n, "
                f"ROW_NUMBER() OVER (ORDER BY COUNT(*) DESC, d.{column}) AS pos {body} GROUP BY d.{column} "
                f"ORDER BY COUNT(*) DESC, d.{column} LIMIT {FACET_LIMIT}")

    def keyed(part: str, without: str = "", prefix: str = "") -> str:
        only = f"f.facet LIKE {sql(prefix + '%')} AND " if prefix else ""
        return (f"SELECT '{part}' AS part, f.facet AS k, COUNT(*) AS n, "
                f"ROW_NUMBER() OVER (ORDER BY COUNT(*) DESC, f.facet) "
                f'AS pos FROM "search_facet" f WHERE {only}f.product_id IN '
                f"(SELECT d.product_id {_matching(clauses, sql, source, without=without)}) GROUP BY f.facet")

    filtered = [name for name in clauses if name.startswith("attr")]
    return [grouped("categories", "category_id", "category"), grouped("brands", "brand_id", "brand"),
            keyed("facets"), *(keyed(name, without=name, prefix=f"attr:{name[4:]}:") for name in filtered)]


async def _facets(parts: dict[str, list], clauses: dict[str, Clause]) -> dict[str, list]:
    """The facet parts of the statement, named (at most three statements for the names)."""
    categories = {int(k): n for k, n in parts.get("categories", [])}
    brands = {int(k): n for k, n in parts.get("brands", [])}
    filtered = [name for name in clauses if name.startswith("attr")]
    counted = [(k, n) for k, n in parts.get("facets", [])
               if not any(k.startswith(f"attr:{name[4:]}:") for name in filtered)]
    for name in filtered:
        counted += parts.get(name, [])
    values: dict[int, list[dict]] = {}
    for key, count in counted:
        if key.startswith("attr:"):
            _, attribute_id, value = key.split(":", 2)
            values.setdefault(int(attribute_id), []).append({"value": value, "count": count})
    names = await catalog.facet_names(set(categories), set(brands), set(values))
    return {
        "categories": [{"id": k, "name": names["categories"][k], "count": n}
                       for k, n in categories.items() if k in names["categories"]],
        "brands": [{"id": k, "name": names["brands"][k], "count": n}
                   for k, n in brands.items() if k in names["brands"]],
        "tags": [{"name": k[4:], "count": n} for k, n in counted if k.startswith("tag:")],
        "attributes": [{"id": k, "name": names["attributes"][k], "values": v}
                       for k, v in values.items() if k in names["attributes"]],
    }


async def _logged(query: SearchQuery, user_id: int | None, items: list[dict], total: int,
                  facets: dict | None = None) -> dict[str, Any]:
    if query.keyword:
        term = normalize_keyword(query.keyword)
        full, initials = pinyin_keys(term)
        await SearchLog.create(keyword=query.keyword, user_id=user_id, result_count=total, term=term,
                               term_pinyin=full[:300], term_initials=initials[:50])
    return {"items": items, "total": total, "page": query.page, "page_size": query.page_size, "facets": facets}


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
