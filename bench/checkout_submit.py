"""Checkout submit under contention: many buyers, few SKUs of limited stock, on SQLite and PostgreSQL.

    .venv/bin/python -m bench.checkout_submit [--sqlite] [--postgres [URL]] [--workers 2] [--buyers 50]
                                              [--skus 20] [--stock 200] [--seconds 15]

Without ``--sqlite`` or ``--postgres`` both run. Per database, on a throw-away database (SQLite:
var/bench/checkout.db; PostgreSQL: ``bench_checkout`` next to the admin URL, default
``BENCH_POSTGRES_ADMIN_URL`` or postgres://postgres@127.0.0.1:5432/postgres):

1. starts the service (``python -m backend``, ``--workers`` workers, migrating on start);
2. a child process bootstraps the platform admin and logs the buyers in by SMS code through the
   accounts service (the sandbox keeps codes in the memory of the process that sent them);
3. through the HTTP API: a merchant shop and its admin, ``--skus`` products of ``--stock`` each
   (submitted, approved by the platform), one address per buyer;
4. every buyer, on its own keep-alive connection, submits ``{"items": [{"sku_id": one of the SKUs,
   "quantity": 1-3}], "payment_method": "sandbox"}`` with a fresh ``Idempotency-Key`` until the time
   is up or everything is sold out (a 409 for quantity q tells every buyer that SKU has < q left);
5. checks, through the admin API, that nothing was oversold: the quantities of the 201 answers equal
   the stock taken (initial − remaining per SKU), no SKU is below zero, and the platform's order list
   holds exactly one order per 201 (with the same total quantity). PASS or FAIL; FAIL exits 1;
6. the baseline, on the same database: ``bench/insert_app.py`` (bare Sanic, one worker) doing one
   INSERT per request with the same number of connections for ``--seconds``.

Prints orders/s while stock lasts, p50/p95 of submits by answer, 201 vs 409 counts, the check, the
service/baseline ratio and, on PostgreSQL, the goal: ≥ 300 orders/s with zero oversell.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import random
import subprocess
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from bench.loadgen import Result, _connection, read_response
from bench.page_endpoint import free_port, wait_until_up
from bench.search_catalog import CACHE, PYTHON, ROOT, _admin, _with_database, bench_settings

DEFAULT_ADMIN_URL = "postgres://postgres@127.0.0.1:5432/postgres"
DATABASE = "bench_checkout"
ADMIN, MERCHANT, PASSWORD = "benchadmin", "benchshop", "Bench12345"
GOAL_ORDERS_PER_SECOND = 300
SEED = 10


# --- HTTP ---------------------------------------------------------------------------------------

class Refused(Exception):
    """The service answered a set-up or check call with something else than expected."""


class Client:
    """One keep-alive connection speaking JSON, with an optional bearer token."""

    def __init__(self, port: int, token: str | None = None) -> None:
        self.port, self.token = port, token
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def __aenter__(self) -> Client:
        self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port)
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self.writer is not None
        self.writer.close()

    async def call(self, method: str, path: str, body: object = None,
                   headers: dict[str, str] | None = None) -> tuple[int, dict]:
        assert self.reader is not None and self.writer is not None
        payload = b"" if body is None else json.dumps(body).encode()
        lines = [f"{method} {path} HTTP/1.1", f"Host: 127.0.0.1:{self.port}", "Connection: keep-alive"]
        if method != "GET":
            lines.append(f"Content-Length: {len(payload)}")
        if body is not None:
            lines.append("Content-Type: application/json")
        if self.token:
            lines.append(f"Authorization: Bearer {self.token}")
        lines += [f"{k}: {v}" for k, v in (headers or {}).items()]
        self.writer.write(("\r\n".join(lines) + "\r\n\r\n").encode() + payload)
        status, answer = await read_response(self.reader)
        return status, json.loads(answer) if answer else {}

    async def ok(self, method: str, path: str, body: object = None, expect: int = 200) -> dict:
        status, answer = await self.call(method, path, body)
        if status != expect:
            raise Refused(f"{method} {path} answered {status}, not {expect}: {answer}")
        return answer


def serve(args: list[str], env: dict[str, str], ready: str, log: str, workers: int = 0) -> subprocess.Popen:
    """Start ``python -m args`` logging to var/``log``; with ``workers``, first wait until that many
    workers say they are ready: a request reaching a worker still starting can leave it hung."""
    (ROOT / "var").mkdir(exist_ok=True)
    path = ROOT / "var" / log
    logs = open(path, "a")  # noqa: SIM115 - lives as long as the server
    start = path.stat().st_size
    process = subprocess.Popen([PYTHON, "-m", *args], env={**os.environ, "PYTHONPATH": str(ROOT), **env},
                               cwd=ROOT, stdout=logs, stderr=logs)
    try:
        deadline = time.time() + 120
        while workers and time.time() < deadline and process.poll() is None:
            with open(path, "rb") as written:
                written.seek(start)
                if written.read().count(b"Worker ready") >= workers:
                    break
            time.sleep(0.3)
        wait_until_up(ready, timeout=120)
    except SystemExit:
        process.terminate()
        raise
    return process


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


# --- set-up -------------------------------------------------------------------------------------

def phone_of(number: int) -> str:
    return f"13{number:05d}7531"  # 11 digits; never ends in 0000 (the SMS sandbox's timeout number)


async def _accounts(url: str, buyers: int) -> dict:
    """In a child process: the platform admin as the install command makes it, and the buyers logged
    in by SMS code through the accounts service (the codes stay in this process's sandbox outbox)."""
    from tortoise.context import TortoiseContext

    from backend.accounts import service as accounts
    from backend.accounts.schemas import SmsLoginIn
    from backend.app import create_app
    from backend.core.db import tortoise_config
    from backend.core.runtime import runtime

    settings = bench_settings(url).model_copy(update={"redis_url": ""})  # its rate limits stay in here
    async with TortoiseContext() as ctx:
        await ctx.init(config=tortoise_config(settings))
        create_app(settings, with_database=False, name="bench_accounts")  # installs the runtime adapters
        logging.getLogger("backend.sms").setLevel(logging.WARNING)  # not a line per code sent
        await accounts.bootstrap_admin(ADMIN, "压测管理员", PASSWORD)
        tokens = []
        for number in range(buyers):
            phone, ip = phone_of(number), f"10.9.{number // 250}.{number % 250 + 1}"
            await accounts.send_code(phone, "login", ip)
            code = runtime().sms.last_to(phone).params["code"]
            tokens.append((await accounts.login_by_sms(SmsLoginIn(phone=phone, code=code), ip))["token"])
    return {"tokens": tokens}


def buyer_tokens(url: str, buyers: int) -> list[str]:
    done = subprocess.run([PYTHON, "-m", "bench.checkout_submit", "--internal", url, "--buyers", str(buyers)],
                          cwd=ROOT, stdout=subprocess.PIPE, check=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])["tokens"]


@dataclass
class Shop:
    platform: str
    merchant: str
    product_of: dict[int, int] = field(default_factory=dict)  # SKU id → product id


async def set_up(port: int, tokens: list[str], skus: int, stock: int) -> Shop:
    """Shop, staff, products and addresses through the API, as the back office and the buyers do."""
    async with Client(port) as client:
        platform = (await client.ok("POST", "/api/v1/staff/auth/login",
                                    {"username": ADMIN, "password": PASSWORD}))["token"]
        client.token = platform
        shop = await client.ok("POST", "/api/v1/admin/shops",
                               {"kind": "merchant", "name": "压测好物", "self_operated": False}, expect=201)
        await client.ok("POST", "/api/v1/admin/staff", {
            "username": MERCHANT, "name": "压测好物", "password": PASSWORD, "role_code": "merchant_admin",
            "shop_id": shop["id"]}, expect=201)
        client.token = None
        merchant = (await client.ok("POST", "/api/v1/staff/auth/login",
                                    {"username": MERCHANT, "password": PASSWORD}))["token"]
        result = Shop(platform, merchant)
        for number in range(1, skus + 1):
            client.token = merchant
            product = await client.ok("POST", "/api/v1/admin/products", {
                "title": f"限量保温杯 {number} 号", "price": 1990 + number * 100, "stock": stock, "submit": True},
                expect=201)
            if product["status"] == "pending":
                client.token = platform
                product = await client.ok("POST", f"/api/v1/admin/products/{product['id']}/approve")
            result.product_of[product["skus"][0]["id"]] = product["id"]
    address = {"name": "王小明", "phone": "13800138000", "province": "浙江省", "city": "杭州市",
               "district": "西湖区", "detail": "文三路 90 号"}

    async def add_address(token: str) -> None:
        async with Client(port, token) as buyer:
            await buyer.ok("POST", "/api/v1/me/addresses", address, expect=201)

    await asyncio.gather(*(add_address(token) for token in tokens))
    return result


# --- the run ------------------------------------------------------------------------------------

@dataclass
class Run:
    ordered: Result = field(default_factory=lambda: Result("201 order placed"))
    refused: Result = field(default_factory=lambda: Result("409 sold out / too little left"))
    submits: Result = field(default_factory=lambda: Result("every submit"))
    sold: int = 0  # units in 201 answers
    codes: dict[str, int] = field(default_factory=dict)  # error codes of non-201 answers
    last_order: float = 0.0  # seconds after the start
    sold_out: bool = False


async def buy(port: int, tokens: list[str], sku_ids: list[int], seconds: float, seed: int) -> Run:
    """Every buyer submits on its own connection until the time is up or nothing is left."""
    run, rng = Run(), random.Random(seed)
    most = dict.fromkeys(sku_ids, 3)  # what a submit may still ask of each SKU: a 409 for q caps it at q - 1

    async def buyer(token: str) -> None:
        async with Client(port, token) as client:
            while time.perf_counter() < until:
                left = [sku for sku, cap in most.items() if cap > 0]
                if not left:
                    return
                sku = rng.choice(left)
                quantity = rng.randint(1, most[sku])
                body = {"items": [{"sku_id": sku, "quantity": quantity}], "payment_method": "sandbox"}
                sent = time.perf_counter()
                status, answer = await client.call("POST", "/api/v1/checkout/submit", body,
                                                   {"Idempotency-Key": str(uuid.uuid4())})
                answered = time.perf_counter()
                bucket = run.ordered if status == 201 else run.refused if status == 409 else None
                for result in (run.submits, bucket):
                    if result is not None:
                        result.latencies.append(answered - sent)
                        result.requests += 1
                run.submits.statuses[status] = run.submits.statuses.get(status, 0) + 1
                if status == 201:
                    run.sold += quantity
                    run.last_order = max(run.last_order, answered - started)
                    continue
                code = str(answer.get("error", {}).get("code", status))
                run.codes[code] = run.codes.get(code, 0) + 1
                if status == 409:
                    most[sku] = min(most[sku], quantity - 1)
                else:
                    run.submits.errors += 1

    started = time.perf_counter()
    until = started + seconds
    await asyncio.gather(*(buyer(token) for token in tokens))
    run.submits.seconds = time.perf_counter() - started
    run.sold_out = not any(most.values())
    for result in (run.ordered, run.refused):
        result.seconds = run.submits.seconds
    return run


async def warm_up(port: int, tokens: list[str], sku_ids: list[int]) -> None:
    """One preview per buyer: connections, token look-ups and quote paths warm, no stock taken."""
    async def preview(token: str, sku: int) -> None:
        async with Client(port, token) as client:
            await client.ok("POST", "/api/v1/checkout/preview", {"items": [{"sku_id": sku, "quantity": 1}]})

    await asyncio.gather(*(preview(token, sku_ids[n % len(sku_ids)]) for n, token in enumerate(tokens)))


@dataclass
class Check:
    taken: int
    lowest: int
    orders: int
    order_units: int

    def failures(self, run: Run) -> list[str]:
        found = []
        if run.sold != self.taken:
            found.append(f"units in 201 answers {run.sold} ≠ stock taken {self.taken}")
        if self.lowest < 0:
            found.append(f"a SKU is below zero ({self.lowest})")
        if self.orders != run.ordered.requests:
            found.append(f"orders listed {self.orders} ≠ 201 answers {run.ordered.requests}")
        if self.order_units != run.sold:
            found.append(f"units in listed orders {self.order_units} ≠ units in 201 answers {run.sold}")
        return found


async def check(port: int, shop: Shop, stock: int) -> Check:
    """What the back office sees afterwards: stock per SKU (merchant), orders (platform)."""
    remaining = []
    async with Client(port, shop.merchant) as client:
        for sku_id, product_id in shop.product_of.items():
            product = await client.ok("GET", f"/api/v1/admin/products/{product_id}")
            remaining.append(next(s["stock"] for s in product["skus"] if s["id"] == sku_id))
    orders = units = 0
    async with Client(port, shop.platform) as client:
        page = 1
        while True:
            listed = await client.ok("GET", f"/api/v1/admin/orders?page={page}&page_size=100")
            orders = listed["total"]
            units += sum(row["quantity"] for row in listed["items"])
            if page * 100 >= orders or not listed["items"]:
                break
            page += 1
    return Check(taken=stock * len(remaining) - sum(remaining), lowest=min(remaining), orders=orders,
                 order_units=units)


async def baseline(port: int, connections: int, seconds: float) -> Result:
    """The insert app: ``connections`` keep-alive connections, one INSERT per request."""
    payload = json.dumps({"sku_id": 1, "quantity": 1, "note": "压测"}).encode()
    request = (f"POST /insert HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: keep-alive\r\n"
               f"Content-Type: application/json\r\nContent-Length: {len(payload)}\r\n\r\n").encode() + payload
    result = Result("bare Sanic, one INSERT per request")
    started = time.perf_counter()
    until = started + seconds
    await asyncio.gather(*(_connection("127.0.0.1", port, request, until, result) for _ in range(connections)))
    result.seconds = time.perf_counter() - started
    return result


# --- per database -------------------------------------------------------------------------------

def fresh_sqlite() -> str:
    path = CACHE / "checkout.db"
    CACHE.mkdir(parents=True, exist_ok=True)
    for extra in ("", "-wal", "-shm"):
        Path(f"{path}{extra}").unlink(missing_ok=True)
    return f"sqlite://{path}?busy_timeout=5000&synchronous=NORMAL"


def fresh_postgres(admin_url: str) -> str:
    asyncio.run(_admin(admin_url, f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)',
                       f'CREATE DATABASE "{DATABASE}"'))
    return _with_database(admin_url, DATABASE)


def measure(name: str, url: str, args: argparse.Namespace) -> tuple[Run, Check, Result]:
    port = free_port()
    env = {"DATABASE_URL": url, "WORKERS": str(args.workers), "JOBS_ENABLED": "false", "PORT": str(port),
           "STORAGE_LOCAL_DIR": str(CACHE / "media")}
    service = serve(["backend"], env, f"http://127.0.0.1:{port}/healthz", "bench-checkout-server.log",
                    workers=args.workers)
    try:
        started = time.perf_counter()
        tokens = buyer_tokens(url, args.buyers)
        shop = asyncio.run(set_up(port, tokens, args.skus, args.stock))
        sku_ids = list(shop.product_of)
        print(f"{name}: {args.buyers} buyers, {args.skus} SKUs × {args.stock} set up in "
              f"{time.perf_counter() - started:.1f} s; service with {args.workers} workers")
        asyncio.run(warm_up(port, tokens, sku_ids))
        run = asyncio.run(buy(port, tokens, sku_ids, args.seconds, SEED))
        checked = asyncio.run(check(port, shop, args.stock))
    finally:
        stop(service)
    insert_port = free_port()
    insert_app = serve(["bench.insert_app", str(insert_port), url], {}, f"http://127.0.0.1:{insert_port}/ready",
                       "bench-checkout-insert.log")
    try:
        base = asyncio.run(baseline(insert_port, args.buyers, args.seconds))
    finally:
        stop(insert_app)
    return run, checked, base


def report(name: str, run: Run, checked: Check, base: Result, args: argparse.Namespace) -> bool:
    selling = run.last_order or run.submits.seconds
    rate = run.ordered.requests / selling if selling else 0.0
    ended = (f"sold out after {run.submits.seconds:.1f} s" if run.sold_out
             else f"time up after {run.submits.seconds:.1f} s, stock left")
    print(f"\n== {name}: {ended}; last order at {run.last_order:.1f} s")
    print(f"  {'answer':<34}{'count':>7}{'per s':>9}{'p50 ms':>9}{'p95 ms':>9}")
    for result in (run.ordered, run.refused, run.submits):
        print(f"  {result.name:<34}{result.requests:>7}{result.rps:>9.1f}{result.percentile(0.5):>9.1f}"
              f"{result.percentile(0.95):>9.1f}")
    print(f"  {base.name:<34}{base.requests:>7}{base.rps:>9.1f}{base.percentile(0.5):>9.1f}"
          f"{base.percentile(0.95):>9.1f}   statuses {dict(sorted(base.statuses.items()))}"
          f"{'  errors ' + str(base.errors) if base.errors else ''}")
    print(f"  orders/s while stock lasts: {rate:.1f} ({run.ordered.requests} orders, {run.sold} units in "
          f"{selling:.1f} s); baseline inserts/s {base.rps:.1f}; ratio service/baseline "
          f"{rate / base.rps if base.rps else 0:.2f}")
    print(f"  statuses {dict(sorted(run.submits.statuses.items()))}; refusals by code {run.codes}")
    failures = checked.failures(run)
    print(f"  check: units sold {run.sold}, stock taken {checked.taken} of {args.skus * args.stock}, "
          f"lowest SKU {checked.lowest}, orders listed {checked.orders} ({checked.order_units} units) vs "
          f"201s {run.ordered.requests}: {'PASS' if not failures else 'FAIL — ' + '; '.join(failures)}")
    if run.submits.errors:
        print(f"  note: {run.submits.errors} submits answered neither 201 nor 409 (codes above)")
    if name == "postgres":
        met = rate >= GOAL_ORDERS_PER_SECOND and not failures
        print(f"  goal (PostgreSQL ≥ {GOAL_ORDERS_PER_SECOND} orders/s, zero oversell): "
              f"{'met' if met else 'not met'} ({rate:.1f} orders/s, "
              f"{'no oversell' if not failures else 'check failed'})")
    return not failures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sqlite", action="store_true")
    parser.add_argument("--postgres", nargs="?", metavar="ADMIN_URL",
                        const=os.environ.get("BENCH_POSTGRES_ADMIN_URL", DEFAULT_ADMIN_URL),
                        help=f"an admin URL; {DATABASE} is created next to it")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--buyers", type=int, default=50)
    parser.add_argument("--skus", type=int, default=20)
    parser.add_argument("--stock", type=int, default=200, help="per SKU")
    parser.add_argument("--seconds", type=float, default=15.0)
    parser.add_argument("--internal", metavar="URL", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.internal:
        print(json.dumps(asyncio.run(_accounts(args.internal, args.buyers))))
        return
    if not args.sqlite and not args.postgres:
        args.sqlite, args.postgres = True, os.environ.get("BENCH_POSTGRES_ADMIN_URL", DEFAULT_ADMIN_URL)
    passed = True
    for name, prepare in (("sqlite", fresh_sqlite if args.sqlite else None),
                          ("postgres", (lambda: fresh_postgres(args.postgres)) if args.postgres else None)):
        if prepare is None:
            continue
        try:
            run, checked, base = measure(name, prepare(), args)
        except Refused as exc:
            raise SystemExit(f"{name}: {exc}") from None
        passed = report(name, run, checked, base, args) and passed
    print(f"\n({args.buyers} buyers, one connection each; {os.cpu_count()} CPUs, load average now "
          f"{os.getloadavg()[0]:.1f}: figures are only comparable on a quiet machine)")
    if not passed:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
