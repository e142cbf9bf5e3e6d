"""Test harness: every test gets a fresh database migrated by the committed migrations.

TEST_DATABASE_URL selects the database (SQLite by default; CI also runs PostgreSQL) and
TEST_REDIS_URL the cache (in-process by default). A configured server that is unreachable fails
the run: it is never skipped.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from sanic import Sanic
from tortoise import Tortoise
from tortoise.context import TortoiseContext

from backend.app import create_app, prepare_database
from backend.core.config import Settings
from backend.core.db import tortoise_config

TEST_DATABASE_URL = os.environ.get("TEST_DATABASE_URL", "")
TEST_REDIS_URL = os.environ.get("TEST_REDIS_URL", "")
IS_POSTGRES = TEST_DATABASE_URL.startswith(("postgres://", "postgresql://"))
Sanic.test_mode = True


def make_settings(tmp_path: Path, database_url: str, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "database_url": database_url,
        "redis_url": TEST_REDIS_URL,
        "password_time_cost": 1,
        "password_memory_kib": 1024,
        "jobs_enabled": False,
        "migrate_on_start": False,
        "storage_local_dir": str(tmp_path / "media"),
        "admin_dist": str(tmp_path / "no-admin"),
        "h5_dist": str(tmp_path / "no-h5"),
        "secret_key": "test-secret",
    }
    values.update(overrides)
    return Settings(**values)


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Migrate once per session: a SQLite file to copy per test, or the PostgreSQL database."""
    if IS_POSTGRES:
        asyncio.run(_reset_postgres(TEST_DATABASE_URL))
        asyncio.run(prepare_database(Settings(database_url=TEST_DATABASE_URL)))
        return TEST_DATABASE_URL
    path = tmp_path_factory.mktemp("template") / "template.db"
    asyncio.run(prepare_database(Settings(database_url=f"sqlite://{path}")))
    return str(path)


async def _reset_postgres(url: str) -> None:
    async with TortoiseContext() as ctx:
        await ctx.init(db_url=url, modules={"models": ["aerich.models"]})
        database = url.rsplit("/", 1)[1].split("?")[0]
        await ctx.connections.get("default").execute_script(
            "DROP SCHEMA public CASCADE; CREATE SCHEMA public; "
            # a throw-away database: durability buys nothing here and costs most of the run
            f'ALTER DATABASE "{database}" SET synchronous_commit TO off;'
        )


async def _truncate_postgres() -> None:
    """Empty every table but aerich's (raw ones too, e.g. search indexes); DELETE beats TRUNCATE here."""
    conn = Tortoise.get_connection("default")
    rows = await conn.execute_query_dict("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
    tables = [row["tablename"] for row in rows if row["tablename"] != "aerich"]
    deletes = "".join(f'DELETE FROM "{table}";' for table in tables)
    # foreign keys are checked by triggers, which replica mode skips: no ordering by dependency
    await conn.execute_script(f"SET session_replication_role = replica;{deletes}"
                              "SET session_replication_role = DEFAULT;")
    from backend.app import ensure_required_data

    await ensure_required_data()


@pytest.fixture
def settings(tmp_path: Path, migrated_template: str) -> Settings:
    if IS_POSTGRES:
        return make_settings(tmp_path, migrated_template)
    database = tmp_path / "test.db"
    shutil.copy(migrated_template, database)
    return make_settings(tmp_path, f"sqlite://{database}")


@pytest.fixture
async def db(settings: Settings) -> AsyncIterator[TortoiseContext]:
    async with TortoiseContext() as ctx:
        await ctx.init(config=tortoise_config(settings), _enable_global_fallback=True)
        if IS_POSTGRES:
            await _truncate_postgres()
        yield ctx


@pytest.fixture
async def app(settings: Settings, db: TortoiseContext) -> AsyncIterator[Sanic]:
    application = create_app(settings, with_database=False, name=f"shop_{uuid.uuid4().hex[:8]}")
    # the sandbox gateway's notifications reach this very app in-process (no socket, no patching)
    application.ctx.runtime.payments["sandbox"].transport = httpx.ASGITransport(app=application)
    if settings.redis_url:
        await application.ctx.cache.redis.flushdb()
    yield application
    await application.ctx.cache.close()


@pytest.fixture
async def api(app: Sanic) -> AsyncIterator[Api]:
    client = Api(app)
    yield client
    await client.close()


class Response:
    def __init__(self, raw: httpx.Response) -> None:
        self.raw = raw
        self.status: int = raw.status_code
        self.headers = raw.headers
        self.body: bytes = raw.content
        self.text: str = raw.text
        self.json: Any = raw.json() if raw.content and "json" in raw.headers.get("content-type", "") else None

    @property
    def error_code(self) -> str | None:
        return (self.json or {}).get("error", {}).get("code")

    @property
    def fields(self) -> dict[str, str]:
        return (self.json or {}).get("error", {}).get("fields", {})

    def __repr__(self) -> str:
        return f"<Response {self.status} {self.json!r}>"


class Api:
    """The door users use: HTTP against the app, with an optional bearer token.

    The app starts once and every request goes through ASGI on one client. (Sanic's own test
    client rebuilds the router and runs the start-up and shut-down events around every request,
    which cost a third of a second a request once the app had a few hundred routes.)
    """

    def __init__(self, app: Sanic) -> None:
        self.app = app
        self._platform_token: str | None = None
        self._client: httpx.AsyncClient | None = None

    async def _started(self) -> httpx.AsyncClient:
        if self._client is None:
            _ = self.app.asgi_client  # makes the app an ASGI app, as Sanic's test client does
            self.app.router.reset()
            self.app.signal_router.reset()
            await self.app._startup()
            await self.app._server_event("init", "before")
            await self.app._server_event("init", "after")
            transport = httpx.ASGITransport(app=self.app, client=("mockserver", 1234))
            self._client = httpx.AsyncClient(transport=transport, base_url="http://mockserver:1234")
        return self._client

    async def close(self) -> None:
        if self._client is not None:
            await self._client.aclose()
            await self.app._server_event("shutdown", "before")
            await self.app._server_event("shutdown", "after")

    async def call(self, method: str, path: str, *, token: str | None = None,
                   headers: dict[str, str] | None = None, **kwargs: Any) -> Response:
        headers = dict(headers or {})
        if token:
            headers["Authorization"] = f"Bearer {token}"
        client = await self._started()
        return Response(await client.request(method.upper(), path, headers=headers, **kwargs))

    async def get(self, path: str, **kw: Any) -> Response:
        return await self.call("get", path, **kw)

    async def post(self, path: str, **kw: Any) -> Response:
        return await self.call("post", path, **kw)

    async def put(self, path: str, **kw: Any) -> Response:
        return await self.call("put", path, **kw)

    async def patch(self, path: str, **kw: Any) -> Response:
        return await self.call("patch", path, **kw)

    async def delete(self, path: str, **kw: Any) -> Response:
        return await self.call("delete", path, **kw)

    async def socket(self, path: str) -> Socket:
        """A WebSocket opened on the app in-process (ASGI), e.g. ``/api/v1/chat/ws?token=…``."""
        await self._started()
        socket = Socket(self.app, path)
        await socket.open()
        return socket

    # --- journeys every suite needs ---------------------------------------------------------

    def last_sms_code(self, phone: str) -> str:
        return self.app.ctx.runtime.sms.last_to(phone).params["code"]

    async def sms_code(self, phone: str, purpose: str = "login") -> str:
        response = await self.post("/api/v1/auth/sms-codes", json={"phone": phone, "purpose": purpose})
        assert response.status == 201, response
        return self.last_sms_code(phone)

    async def consumer(self, phone: str = "13912345678") -> str:
        """Log a shopper in by SMS code (registering them) and return their token."""
        code = await self.sms_code(phone, "login")
        response = await self.post("/api/v1/auth/login/sms", json={"phone": phone, "code": code})
        assert response.status == 200, response
        return response.json["token"]

    async def merchant(self, admin_token: str, name: str, *, self_operated: bool = False,
                       username: str | None = None) -> tuple[int, str]:
        """A merchant shop with its admin account, set up as the platform does; (shop id, admin token)."""
        shop = await self.post("/api/v1/admin/shops", token=admin_token,
                               json={"kind": "merchant", "name": name, "self_operated": self_operated})
        assert shop.status == 201, shop
        username = username or f"m{shop.json['id']}admin"
        staff = await self.post("/api/v1/admin/staff", token=admin_token, json={
            "username": username, "name": name, "password": "Shop12345", "role_code": "merchant_admin",
            "shop_id": shop.json["id"]})
        assert staff.status == 201, staff
        return shop.json["id"], await self.staff(username, "Shop12345")

    async def product(self, token: str, title: str, price: int, **fields: Any) -> dict[str, Any]:
        """A product on sale: the merchant submits it and the platform approves it; its edit view."""
        response = await self.post("/api/v1/admin/products", token=token,
                                   json={"title": title, "price": price, "stock": 100, "submit": True, **fields})
        assert response.status == 201, response
        if response.json["status"] == "pending":
            response = await self.post(f"/api/v1/admin/products/{response.json['id']}/approve",
                                       token=await self.platform())
            assert response.status == 200, response
        return response.json

    async def platform(self) -> str:
        """A platform super-admin's token (the same account as the ``admin_token`` fixture's)."""
        if self._platform_token is None:
            from backend.accounts import service as accounts

            await accounts.bootstrap_admin("admin", "平台管理员", "Admin12345")
            self._platform_token = await self.staff("admin", "Admin12345")
        return self._platform_token

    async def set_sku(self, token: str, product_id: int, **changes: Any) -> dict[str, Any]:
        """Change the first SKU's price or stock (a product without specs has just that one)."""
        current = await self.get(f"/api/v1/admin/products/{product_id}", token=token)
        response = await self.patch(f"/api/v1/admin/products/{product_id}/skus", token=token,
                                    json={"items": [{"id": current.json["skus"][0]["id"], **changes}]})
        assert response.status == 200, response
        return response.json

    async def edit_product(self, token: str, product_id: int, **changes: Any) -> Response:
        """Rewrite a product as the edit page does: what it has now, with ``changes``."""
        current = (await self.get(f"/api/v1/admin/products/{product_id}", token=token)).json
        written = {name: current[name] for name in (
            "title", "subtitle", "category_id", "brand_id", "images", "video", "description", "tags",
            "service_promise", "freight", "shipping_template_id", "sort", "params", "attributes", "specs",
            "units")}
        written["skus"] = [{k: v for k, v in sku.items() if k != "id"} for sku in current["skus"]]
        return await self.put(f"/api/v1/admin/products/{product_id}", token=token, json={**written, **changes})

    async def shelve(self, token: str, product_id: int, event: str = "off_shelf") -> dict[str, Any]:
        response = await self.post(f"/api/v1/admin/products/{product_id}/{event}", token=token)
        assert response.status == 200, response
        return response.json

    # --- trade ------------------------------------------------------------------------------------

    async def address(self, token: str, province: str = "浙江省", **fields: Any) -> dict[str, Any]:
        body = {"name": "王小明", "phone": "13800138000", "province": province, "city": "杭州市",
                "district": "西湖区", "detail": "文三路 90 号", **fields}
        response = await self.post("/api/v1/me/addresses", token=token, json=body)
        assert response.status == 201, response
        return response.json

    async def checkout(self, token: str, items: list[dict[str, int]], *, key: str | None = None,
                       **body: Any) -> Response:
        """Submit a checkout with a fresh idempotency key (or ``key``)."""
        headers = {"Idempotency-Key": key or uuid.uuid4().hex}
        return await self.post("/api/v1/checkout/submit", token=token, headers=headers,
                               json={"items": items, "payment_method": "sandbox", **body})

    async def order(self, token: str, items: list[dict[str, int]], **body: Any) -> dict[str, Any]:
        """Place orders and answer the submit's body ``{"payment", "orders"}``."""
        response = await self.checkout(token, items, **body)
        assert response.status == 201, response
        return response.json

    async def pay(self, token: str, payment_no: str, outcome: str = "success") -> dict[str, Any]:
        """Pay through the sandbox wallet; its signed notification reaches the notify endpoint."""
        started = await self.post(f"/api/v1/payments/{payment_no}/pay", token=token,
                                  json={"method": "sandbox", "channel": "h5"})
        assert started.status == 200, started
        confirmed = await self.post(f"/api/v1/payments/sandbox/{payment_no}/confirm", token=token,
                                    json={"outcome": outcome})
        assert confirmed.status == 202, confirmed
        await self.run_jobs(after=timedelta(seconds=5))
        return (await self.get(f"/api/v1/payments/{payment_no}", token=token)).json

    async def run_jobs(self, after: timedelta = timedelta()) -> int:
        """Run the durable jobs due ``after`` from now, as a worker would once that time comes."""
        from backend.core import jobs

        moment = jobs.now() + after
        original = jobs.now
        jobs.now = lambda: moment
        try:
            return await jobs.JobRunner().run_due()
        finally:
            jobs.now = original

    # --- coupons ----------------------------------------------------------------------------------

    async def coupon_template(self, token: str, **fields: Any) -> dict[str, Any]:
        """A coupon template issued by the staff of ``token`` (满100减10, 7 days from claiming, 100 of
        them, claimable for a week from now, unless ``fields`` say otherwise)."""
        body = {"title": "满100减10", "threshold": 10000, "off": 1000, "valid_days": 7, "total": 100,
                "claim_ends_at": in_days(7), **fields}
        response = await self.post("/api/v1/admin/coupon-templates", token=token, json=body)
        assert response.status == 201, response
        return response.json

    async def coupon(self, shopper: str, staff_token: str, **fields: Any) -> dict[str, Any]:
        """A coupon the shopper claimed from a new template of the staff of ``staff_token``."""
        template = await self.coupon_template(staff_token, **fields)
        response = await self.post("/api/v1/coupons/claim", token=shopper, json={"template_id": template["id"]})
        assert response.status == 201, response
        return response.json

    async def staff(self, username: str, password: str) -> str:
        response = await self.post("/api/v1/staff/auth/login", json={"username": username, "password": password})
        assert response.status == 200, response
        return response.json["token"]


class Socket:
    """The client end of an in-process WebSocket: JSON text frames in and out, 5 s per wait."""

    def __init__(self, app: Sanic, path: str) -> None:
        raw_path, _, query = path.partition("?")
        self.scope = {"type": "websocket", "asgi": {"version": "3.0"}, "http_version": "1.1", "scheme": "ws",
                      "path": raw_path, "raw_path": raw_path.encode(), "query_string": query.encode(),
                      "headers": [(b"host", b"mockserver:1234")], "client": ("mockserver", 1234),
                      "server": ("mockserver", 1234), "subprotocols": []}
        self.app = app
        self.to_app: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
        self.from_app: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
        self.task: asyncio.Task | None = None

    async def open(self) -> None:
        await self.to_app.put({"type": "websocket.connect"})
        self.task = asyncio.create_task(self.app(self.scope, self.to_app.get, self.from_app.put))
        accepted = await self._next()
        assert accepted["type"] == "websocket.accept", accepted

    async def _next(self) -> dict[str, Any]:
        async with asyncio.timeout(5):
            return await self.from_app.get()

    async def send(self, frame: dict[str, Any]) -> None:
        await self.to_app.put({"type": "websocket.receive", "text": json.dumps(frame)})

    async def expect(self, *kinds: str) -> dict[str, Any]:
        """The next frame of one of these types (frames of other types in between are skipped)."""
        while True:
            message = await self._next()
            if message["type"] == "websocket.send":
                frame = json.loads(message["text"])
                if frame["type"] in kinds:
                    return frame

    async def close(self) -> None:
        await self.to_app.put({"type": "websocket.disconnect", "code": 1000})
        if self.task is not None:
            async with asyncio.timeout(5):
                await self.task


def in_days(days: float) -> str:
    """An ISO 8601 time ``days`` from now, as clients send times."""
    return (datetime.now(UTC) + timedelta(days=days)).isoformat()


class CouponClock:
    """The coupons context's clock moved forward (validity, claim windows, expiry)."""

    def __init__(self) -> None:
        self.offset = timedelta()

    def travel(self, delta: timedelta) -> None:
        self.offset += delta


@pytest.fixture
def coupon_clock(monkeypatch: pytest.MonkeyPatch) -> CouponClock:
    from backend.coupons.service import _shared

    clock, real = CouponClock(), _shared.now
    monkeypatch.setattr(_shared, "now", lambda: real() + clock.offset)
    return clock


@pytest.fixture
async def admin_token(api: Api) -> str:
    """A platform super-admin (平台超级管理员), created the way the install command does."""
    return await api.platform()


async def wait_sms_cooldown() -> None:
    """Suites that send several codes to one phone set RATE_LIMIT_SMS_INTERVAL_SECONDS to 1: wait it out."""
    await asyncio.sleep(1.05)


class QueryCounter:
    def __init__(self) -> None:
        self.statements: list[str] = []

    @property
    def count(self) -> int:
        return len(self.statements)


@pytest.fixture
def count_queries(monkeypatch: pytest.MonkeyPatch, db: TortoiseContext):
    """``with count_queries() as counter:`` counts SQL statements sent on the primary.

    Statements inside a transaction count too: they run on a transaction wrapper class, which on
    SQLite does not inherit from the connection's own class, so every client class that defines
    one of the methods is wrapped (BEGIN and COMMIT are not counted).
    """
    from contextlib import contextmanager

    from tortoise.backends.base.client import BaseDBAsyncClient

    def client_classes(base: type) -> list[type]:
        return [base, *(c for sub in base.__subclasses__() for c in client_classes(sub))]

    @contextmanager
    def counting():
        counter = QueryCounter()
        for client_class in set(client_classes(BaseDBAsyncClient)):
            for name in ("execute_query", "execute_query_dict", "execute_insert", "execute_many"):
                original = vars(client_class).get(name)
                if original is None:
                    continue

                def wrapper(self, query, *args, _original=original, **kwargs):
                    counter.statements.append(query)
                    return _original(self, query, *args, **kwargs)

                monkeypatch.setattr(client_class, name, wrapper)
        try:
            yield counter
        finally:
            monkeypatch.undo()

    return counting


class Seller:
    """A merchant shop with its admin token, selling products made the way the merchant makes them."""

    def __init__(self, api: Api, shop_id: int, token: str) -> None:
        self.api, self.shop_id, self.token = api, shop_id, token
        self.product_of: dict[int, int] = {}  # SKU id → product id

    async def sku(self, title: str = "保温杯", price: int = 1990, stock: int = 100, **fields: Any) -> int:
        """A product on sale with one SKU; answers the SKU id."""
        product = await self.api.product(self.token, title, price, **fields)
        if stock != 100:
            await self.api.set_sku(self.token, product["id"], stock=stock)
        self.product_of[product["skus"][0]["id"]] = product["id"]
        return product["skus"][0]["id"]

    async def product(self, sku_id: int) -> dict[str, Any]:
        """The product of a SKU as the merchant's edit page shows it."""
        response = await self.api.get(f"/api/v1/admin/products/{self.product_of[sku_id]}", token=self.token)
        return response.json

    async def stock(self, sku_id: int) -> int:
        return next(sku["stock"] for sku in (await self.product(sku_id))["skus"] if sku["id"] == sku_id)


@pytest.fixture
async def buyer(api: Api) -> str:
    """A shopper with a delivery address in 浙江省, ready to check out; their token."""
    token = await api.consumer("13900003333")
    await api.address(token)
    return token


@pytest.fixture
async def seller(api: Api, admin_token: str) -> Seller:
    shop_id, token = await api.merchant(admin_token, "优选好物")
    return Seller(api, shop_id, token)


@pytest.fixture
async def other_seller(api: Api, admin_token: str) -> Seller:
    shop_id, token = await api.merchant(admin_token, "鲜果农场")
    return Seller(api, shop_id, token)
