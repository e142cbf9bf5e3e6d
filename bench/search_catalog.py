"""Product search and detail at catalog scale, on SQLite and PostgreSQL, beside a naive LIKE scan.

    .venv/bin/python -m bench.search_catalog [--skus 100000] [--db sqlite|postgres|both] [--requests 300]
                                             [--concurrency 8] [--fresh]

Generates ``--skus`` SKUs (about a quarter as many SPUs) of real-looking Chinese products
(``backend.demo_catalog``): the demo's taxonomy through the service, products and SKUs in bulk,
all on sale, then ``search.rebuild()``. The built database is kept between runs, keyed by the
data version and the SKU count (SQLite under var/bench/, PostgreSQL as ``bench_catalog_…`` next
to ``BENCH_POSTGRES_ADMIN_URL``, default postgres://postgres@127.0.0.1:5432/postgres, named with
``BENCH_POSTGRES_DB_PREFIX``, default bench_catalog); ``--fresh`` builds it again.

Then it starts the service (one worker) on the database and sends ``--requests`` requests per
scenario with ``--concurrency`` keep-alive connections, keywords drawn from the generated vocabulary:

  keyword              /search/products?keyword=保温
  keyword+2 filters    … &category_id= or &brand_id=, a price range, facets=1
  category by sales    /search/products?category_id=…&sort=sales
  product detail       /products/<id>

and, in the same run, the naive scan over titles on the same data — ``SELECT id FROM catalog_product
WHERE title LIKE '%kw%' … ORDER BY sales LIMIT 20`` plus its ``COUNT`` — straight on the database
(no HTTP), next to the search service called in-process the same way. Prints requests/s, p50/p95
per scenario and database and the LIKE scan's ratio. Goal: PostgreSQL p95 < 50 ms for keyword + two
filters with facets at 100,000 SKUs. Measures only, asserts nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import subprocess
import sys
import time
import urllib.request
import zlib
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlencode, urlsplit, urlunsplit

from bench.loadgen import Result, read_response
from bench.page_endpoint import free_port, wait_until_up

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
CACHE = ROOT / "var" / "bench"
DATA_VERSION = 2  # raise when the loader below writes different data
BATCH = 1000
SEED = 7
# two-character words of the titles, brands, origins, a few longer words and pinyin
KEYWORDS = ["保温", "苹果", "面膜", "手机", "坚果", "洗衣", "大米", "跑步", "羽绒", "积木", "精华", "充电", "面霜",
            "奶粉", "炒锅", "车厘子", "脐橙", "空气炸锅", "电饭煲", "连衣裙", "华为", "小米", "九阳", "美的",
            "三只松鼠", "欧莱雅", "李宁", "新疆", "山东", "加厚", "便携", "大容量", "家用", "网红", "baowen",
            "shouji", "mianmo", "kongqizhaguo", "jianguo", "保温杯 480ml", "华为 充电器", "有机奶粉"]
PRICE_BANDS = [(0, 5000), (2000, 10000), (5000, 30000), (10000, 80000), (30000, 300000)]  # fen


def data_key(skus: int) -> str:
    source = b"".join((ROOT / "backend" / name).read_bytes() for name in ("demo_catalog.py", "demo.py"))
    return f"v{DATA_VERSION}_{zlib.crc32(source) & 0xFFFF:04x}_{skus}"


def bench_settings(url: str):
    from backend.core.config import Settings

    return Settings(database_url=url, storage_local_dir=str(CACHE / "media"), jobs_enabled=False, workers=1)


# --- loading ------------------------------------------------------------------------------------

async def _load(url: str, skus: int) -> dict[str, float]:
    """Migrate, seed the taxonomy through the service, products and SKUs in bulk, index."""
    from tortoise.connection import get_connection
    from tortoise.context import TortoiseContext

    from backend import demo, demo_catalog
    from backend.app import create_app, prepare_database
    from backend.catalog import service as catalog
    from backend.catalog.models import Product, Sku
    from backend.catalog.schemas import AttributeQuery
    from backend.catalog.service.products import DEFAULT_UNIT
    from backend.core.db import PRIMARY, tortoise_config, transaction
    from backend.core.jobs import now
    from backend.search import service as search
    from backend.shops import service as shops
    from backend.shops.schemas import ShopIn

    settings = bench_settings(url)
    started = time.perf_counter()
    await prepare_database(settings)
    async with TortoiseContext() as ctx:
        await ctx.init(config=tortoise_config(settings))
        create_app(settings, with_database=False, name="bench_loader")  # installs the runtime adapters
        shop_ids = [(await shops.create_shop(ShopIn(kind=kind, name=name, self_operated=own))).id
                    for kind, name, own, *_ in demo.SHOPS]
        await demo._seed_catalog()
        categories = {n["name"]: n["id"] for n in demo._flatten(await catalog.category_tree())}
        brands = {b.name: b.id for b in await catalog.list_brands()}
        attributes = {a.name: a for a in (await catalog.list_attributes(AttributeQuery(page_size=100)))[0]}
        migrated = time.perf_counter()

        rng = random.Random(SEED)
        moment = now()
        products: list[Product] = []
        rows: list[Sku] = []
        written = spus = 0

        async def flush() -> None:
            async with transaction():
                await Product.bulk_create(products, batch_size=BATCH)
                await Sku.bulk_create(rows, batch_size=BATCH * 4)
            products.clear()
            rows.clear()

        for number, sample in enumerate(demo_catalog.generate(skus, seed=SEED), start=1):
            product_id, shop_id = number, shop_ids[demo._shop_for(sample)]
            enabled = sample.skus
            cheapest = min(enabled, key=lambda s: s["price"])
            chosen = demo._attributes(sample, attributes)  # the demo's indexed attribute values
            units = sample.units or [{"name": DEFAULT_UNIT, "factor": 1}]  # as the service writes them
            image = f"/media/demo/{demo._generated_image(sample.category)}.png"
            products.append(Product(
                id=product_id, shop_id=shop_id, category_id=categories[sample.category],
                brand_id=brands.get(sample.brand or ""), title=sample.title, image=image, images=[image],
                description=f"<p>{sample.title}</p><p>产地直供，品质保障。</p>",
                params=demo._params(sample.category, sample), attributes=chosen,
                service_promise=demo_catalog.SERVICE_PROMISE[: 2 + number % 3], specs=sample.specs,
                units=units, freight=0 if number % 4 else 800, price=cheapest["price"],
                price_max=max(s["price"] for s in enabled), original_price=cheapest["original_price"],
                stock=sum(s["stock"] for s in enabled), sales=rng.randint(0, 50), padded_sales=sample.padded_sales,
                tags=sample.tags, status="on_sale", sort=rng.choice((0,) * 9 + (rng.randint(1, 1000),)),
                created_at=moment - timedelta(minutes=rng.randint(0, 180 * 24 * 60))))
            for position, sku in enumerate(sample.skus):
                prices = sku["unit_prices"] or [sku["price"] * unit["factor"] for unit in units]
                rows.append(Sku(product_id=product_id, shop_id=shop_id, spec_values=sku["spec_values"],
                                code=sku["code"], price=sku["price"], original_price=sku["original_price"],
                                unit_prices=prices, stock=sku["stock"], position=position))
            written += len(sample.skus)
            spus = number
            if len(products) >= BATCH:
                await flush()
            if written >= skus:
                break
        await flush()
        connection = get_connection(PRIMARY)
        if settings.is_postgres:  # ids were given: move the sequences past them
            for table in ("catalog_product", "catalog_sku"):
                await connection.execute_query(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT MAX(id) FROM {table}))")
        loaded = time.perf_counter()
        listed = await search.rebuild()
        indexed = time.perf_counter()
        if settings.is_postgres:  # what autovacuum does soon after: empties the GIN pending list, plans see stats
            await connection.execute_script("VACUUM ANALYZE")
        else:
            await connection.execute_script("PRAGMA wal_checkpoint(TRUNCATE)")
    return {"spus": spus, "skus": written, "listed": listed, "migrate": migrated - started,
            "load": loaded - migrated, "index": indexed - loaded, "analyze": time.perf_counter() - indexed}


def child(mode: str, url: str, **options: int) -> dict:
    """Load or time in a fresh process: aerich and Sanic keep per-process state (one app name, one
    dialect) that a second database in the same process would trip over. JSON on the last line."""
    flags = [item for key, value in options.items() for item in (f"--{key}", str(value))]
    done = subprocess.run([PYTHON, "-m", "bench.search_catalog", "--internal", mode, url, *flags], cwd=ROOT,
                          stdout=subprocess.PIPE, check=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _report_load(name: str, timings: dict[str, float]) -> None:
    print(f"{name}: built {timings['spus']:,} SPUs / {timings['skus']:,} SKUs ({timings['listed']:,} indexed) — "
          f"migrate + taxonomy {timings['migrate']:.1f} s, products + SKUs {timings['load']:.1f} s, "
          f"search rebuild {timings['index']:.1f} s, finish {timings['analyze']:.1f} s")


def prepare_sqlite(skus: int, fresh: bool) -> str:
    path = CACHE / f"search_catalog_{data_key(skus)}.db"
    suffix = "?busy_timeout=5000&synchronous=NORMAL"
    if path.exists() and not fresh:
        print(f"sqlite: cached database {path.relative_to(ROOT)}")
        return f"sqlite://{path}{suffix}"
    loading = path.with_name(path.name + ".loading")
    for stale in (path, loading):
        for extra in ("", "-wal", "-shm"):
            Path(f"{stale}{extra}").unlink(missing_ok=True)
    CACHE.mkdir(parents=True, exist_ok=True)
    _report_load("sqlite", child("load", f"sqlite://{loading}{suffix}", skus=skus))
    for extra in ("-wal", "-shm"):
        if Path(f"{loading}{extra}").exists():
            os.replace(f"{loading}{extra}", f"{path}{extra}")
    os.replace(loading, path)
    return f"sqlite://{path}{suffix}"


def _with_database(url: str, name: str) -> str:
    return urlunsplit(urlsplit(url)._replace(path=f"/{name}"))


async def _admin(admin_url: str, *statements: str) -> list:
    import asyncpg

    connection = await asyncpg.connect(admin_url, timeout=10)
    try:
        return [await connection.fetch(statement) for statement in statements]
    finally:
        await connection.close()


def prepare_postgres(admin_url: str, skus: int, fresh: bool) -> str:
    # BENCH_POSTGRES_DB_PREFIX keeps one engineer's bench database apart from another's on a shared server
    name = f"{os.environ.get('BENCH_POSTGRES_DB_PREFIX', 'bench_catalog')}_{data_key(skus)}"
    loading = f"{name}_loading"
    exists = asyncio.run(_admin(admin_url, f"SELECT 1 FROM pg_database WHERE datname = '{name}'"))[0]
    if exists and not fresh:
        print(f"postgres: cached database {name}")
        return _with_database(admin_url, name)
    asyncio.run(_admin(admin_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)',
                       f'DROP DATABASE IF EXISTS "{loading}" WITH (FORCE)', f'CREATE DATABASE "{loading}"'))
    _report_load("postgres", child("load", _with_database(admin_url, loading), skus=skus))
    asyncio.run(_admin(admin_url, f'ALTER DATABASE "{loading}" RENAME TO "{name}"'))
    return _with_database(admin_url, name)


# --- requests -----------------------------------------------------------------------------------

TOTAL = re.compile(rb'"total":\s*(\d+)')


async def fire(name: str, port: int, paths: list[str], concurrency: int) -> tuple[Result, list[int]]:
    """Every path once, over ``concurrency`` keep-alive connections; latencies and the totals found."""
    result, totals, queue = Result(name), [], list(reversed(paths))

    async def connection() -> None:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        try:
            while queue:
                path = queue.pop()
                started = time.perf_counter()
                writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: keep-alive\r\n\r\n"
                             .encode())
                status, body = await read_response(reader)
                result.latencies.append(time.perf_counter() - started)
                result.requests += 1
                result.statuses[status] = result.statuses.get(status, 0) + 1
                if "/search/" in path and (match := TOTAL.search(body[-200:]) or TOTAL.search(body)):
                    totals.append(int(match.group(1)))
        finally:
            writer.close()

    started = time.perf_counter()
    await asyncio.gather(*(connection() for _ in range(concurrency)))
    result.seconds = time.perf_counter() - started
    return result, totals


async def timed(name: str, calls: list, concurrency: int) -> Result:
    """Await each zero-argument coroutine factory once, ``concurrency`` at a time, in-process."""
    result, queue = Result(name), list(reversed(calls))

    async def worker() -> None:
        while queue:
            call = queue.pop()
            started = time.perf_counter()
            await call()
            result.latencies.append(time.perf_counter() - started)
            result.requests += 1

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    result.seconds = time.perf_counter() - started
    return result


def _get(port: int, path: str) -> dict:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=30) as response:
        return json.loads(response.read())


def scenarios(port: int, requests: int, spus: int) -> dict[str, list[str]]:
    """The paths of each scenario. The filtered one drills down as a shopper would: into one of the
    keyword's category or brand facets, with a price band."""
    search = "/api/v1/search/products?"
    tree = _get(port, "/api/v1/categories/tree")["items"]
    flat = [n for top in tree for n in (top, *top["children"], *(c for s in top["children"] for c in s["children"]))]
    facets = {word: _get(port, search + urlencode({"keyword": word, "facets": 1}))["facets"] for word in KEYWORDS}
    rng = random.Random(11)
    keyword, filtered, listing, detail = [], [], [], []
    for number in range(requests):
        word = rng.choice(KEYWORDS)
        keyword.append(search + urlencode({"keyword": word}))
        low, high = rng.choice(PRICE_BANDS)
        kind = ("categories", "category_id") if number % 2 else ("brands", "brand_id")
        options = facets[word][kind[0]] or facets[word]["categories"]
        if options is facets[word]["categories"]:
            kind = ("categories", "category_id")
        second = {kind[1]: rng.choice(options)["id"]} if options else {"category_id": rng.choice(flat)["id"]}
        filtered.append(search + urlencode({"keyword": word, **second, "price_min": low, "price_max": high,
                                            "facets": 1}))
        listing.append(search + urlencode({"category_id": rng.choice(flat)["id"], "sort": "sales"}))
        detail.append(f"/api/v1/products/{rng.randint(1, spus)}")
    return {"keyword": keyword, "keyword + 2 filters, facets": filtered, "category by sales": listing,
            "product detail": detail}


def start_server(url: str) -> tuple[subprocess.Popen, int]:
    port = free_port()
    env = {**os.environ, "DATABASE_URL": url, "STORAGE_LOCAL_DIR": str(CACHE / "media"), "WORKERS": "1",
           "JOBS_ENABLED": "false", "PORT": str(port), "PYTHONPATH": str(ROOT)}
    logs = open(ROOT / "var" / "bench-search-server.log", "a")  # noqa: SIM115 - lives as long as the server
    server = subprocess.Popen([PYTHON, "-m", "backend"], env=env, cwd=ROOT, stdout=logs, stderr=logs)
    wait_until_up(f"http://127.0.0.1:{port}/healthz", timeout=120)
    return server, port


async def _baselines(url: str, requests: int, concurrency: int) -> dict[str, dict]:
    """The naive LIKE scan and the search service, both in-process on the same keywords."""
    from tortoise.connection import get_connection
    from tortoise.context import TortoiseContext

    from backend.app import create_app
    from backend.core.db import PRIMARY, tortoise_config
    from backend.search import service as search
    from backend.search.schemas import SearchQuery

    settings = bench_settings(url)
    rng = random.Random(11)
    words = [rng.choice(KEYWORDS) for _ in range(requests)]
    mark = ("$1", "$2") if settings.is_postgres else ("?", "?")
    listed = "status = 'on_sale' AND is_deleted = " + ("false" if settings.is_postgres else "0")
    count = f"SELECT COUNT(*) AS n FROM catalog_product WHERE title LIKE {mark[0]} AND {listed}"
    page = (f"SELECT id FROM catalog_product WHERE title LIKE {mark[0]} AND {listed} "
            f"ORDER BY sales + padded_sales DESC, id DESC LIMIT 20")
    async with TortoiseContext() as ctx:
        await ctx.init(config=tortoise_config(settings))
        create_app(settings, with_database=False, name="bench_baseline")
        connection = get_connection(PRIMARY)

        def like(word: str):
            async def call() -> None:
                pattern = f"%{word}%"
                await connection.execute_query(count, [pattern])
                await connection.execute_query(page, [pattern])
            return call

        def searched(word: str):
            async def call() -> None:
                await search.search(SearchQuery(keyword=word))
            return call

        for word in KEYWORDS:  # warm both
            await like(word)()
            await searched(word)()
        return {"like": vars(await timed("LIKE '%kw%' + COUNT", [like(w) for w in words], concurrency)),
                "service": vars(await timed("search.search(keyword), in-process", [searched(w) for w in words],
                                            concurrency))}


def measure(name: str, url: str, requests: int, concurrency: int) -> list[tuple]:
    server, port = start_server(url)
    try:
        spus = int(_get(port, "/api/v1/search/products?page_size=1")["total"])
        plans = scenarios(port, requests, spus)
        warm = [path for paths in plans.values() for path in paths[:15]]
        asyncio.run(fire("warm-up", port, warm, concurrency))
        rows = []
        for scenario, paths in plans.items():
            result, totals = asyncio.run(fire(scenario, port, paths, concurrency))
            rows.append((name, scenario, result, totals))
            print(f"  {name}: {result.line()}")
        keyword_p50 = rows[0][2].percentile(0.5)
    finally:
        server.terminate()
        server.wait(timeout=20)
    baselines = {key: Result(**value) for key, value in
                 child("baseline", url, requests=requests, concurrency=concurrency).items()}
    for result in baselines.values():
        print(f"  {name}: {result.line()}")
    rows.append((name, baselines["service"].name, baselines["service"], []))
    rows.append((name, baselines["like"].name, baselines["like"], []))
    like, service = baselines["like"].percentile(0.5), baselines["service"].percentile(0.5)
    rows.append((name, f"ratio LIKE p50 / search p50: {like / keyword_p50:.2f}× over HTTP, "
                       f"{like / service:.2f}× in-process", None, []))
    return rows


def table(rows: list[tuple], concurrency: int) -> None:
    print(f"\n{'db':<9}{'scenario':<38}{'req':>6}{'req/s':>9}{'p50 ms':>9}{'p95 ms':>9}  "
          f"{'statuses':<14}{'results (min/median/max)'}")
    for db, scenario, result, totals in rows:
        if result is None:
            print(f"{db:<9}{scenario}")
            continue
        ordered = sorted(totals)
        found = f"{ordered[0]}/{ordered[len(ordered) // 2]}/{ordered[-1]}" if ordered else ""
        statuses = ",".join(f"{k}×{v}" for k, v in sorted(result.statuses.items()))
        print(f"{db:<9}{scenario:<38}{result.requests:>6}{result.rps:>9.1f}{result.percentile(0.5):>9.1f}"
              f"{result.percentile(0.95):>9.1f}  {statuses:<14}{found}")
    print(f"(concurrency {concurrency}; service: one worker; LIKE and in-process search: no HTTP, same "
          f"keywords; ratio > 1: the index is faster; {os.cpu_count()} CPUs, load average now "
          f"{os.getloadavg()[0]:.1f}: figures are only comparable on a quiet machine)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--skus", type=int, default=100_000)
    parser.add_argument("--db", choices=("sqlite", "postgres", "both"), default="both")
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--fresh", action="store_true", help="build the database again even if cached")
    parser.add_argument("--internal", nargs=2, metavar=("MODE", "URL"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.internal:
        mode, url = args.internal
        work = _load(url, args.skus) if mode == "load" else _baselines(url, args.requests, args.concurrency)
        print(json.dumps(asyncio.run(work)))
        return
    admin = os.environ.get("BENCH_POSTGRES_ADMIN_URL", "postgres://postgres@127.0.0.1:5432/postgres")
    rows: list[tuple] = []
    if args.db in ("sqlite", "both"):
        url = prepare_sqlite(args.skus, args.fresh)
        rows += measure("sqlite", url, args.requests, args.concurrency)
    if args.db in ("postgres", "both"):
        url = prepare_postgres(admin, args.skus, args.fresh)
        rows += measure("postgres", url, args.requests, args.concurrency)
    table(rows, args.concurrency)


if __name__ == "__main__":
    main()
