"""The application factory: one Sanic app per worker, wired from settings."""

from __future__ import annotations

import asyncio
import gc
import logging
from pathlib import Path

from sanic import Request, Sanic
from sanic.response import file as file_response
from sanic_ext import Extend
from sanic_ext.extensions.openapi.extension import OpenAPIExtension
from tortoise.connection import get_connection

from backend.accounts import service as accounts
from backend.accounts.api import blueprints as account_blueprints
from backend.aftersales import service as aftersales
from backend.aftersales.api import bp as aftersales_bp
from backend.cart.api import bp as cart_bp
from backend.catalog.api import bp as catalog_bp
from backend.checkout.api import bp as checkout_bp
from backend.core import http
from backend.core.auth import set_resolver
from backend.core.cache import build_cache
from backend.core.config import Settings, load_settings
from backend.core.db import tortoise_config
from backend.core.jobs import JobRunner
from backend.core.passwords import Passwords
from backend.core.runtime import Runtime, install_runtime
from backend.coupons import service as coupons
from backend.coupons.api import bp as coupons_bp
from backend.finance.api import bp as finance_bp
from backend.fulfillment import service as fulfillment
from backend.fulfillment.api import bp as fulfillment_bp
from backend.integrations.logistics import build_logistics
from backend.integrations.payments import build_payment_providers
from backend.integrations.push import build_push
from backend.integrations.sms import build_sms
from backend.integrations.storage import LocalStorage, build_storage
from backend.integrations.wechat import build_wechat
from backend.media.api import bp as media_bp
from backend.members.api import bp as members_bp
from backend.messaging.api import blueprints as messaging_blueprints
from backend.messaging.hub import hub as chat_hub
from backend.orders import service as orders
from backend.orders.api import bp as orders_bp
from backend.pages.api import blueprints as page_blueprints
from backend.payments.api import bp as payments_bp
from backend.pricing.api import bp as pricing_bp
from backend.promotions.api import bp as promotions_bp
from backend.reviews.api import bp as reviews_bp
from backend.search.api import bp as search_bp
from backend.search.tokenize import warm_up as warm_up_search
from backend.settings.api import bp as settings_bp
from backend.shops.api import bp as shops_bp

log = logging.getLogger("backend")
# CPython's default thresholds (700, 10, 10) make a worker that holds thousands of WebSockets run
# full collections over every object they keep alive, again and again: at 2,000 chat sockets
# (bench/chat_fanout.py) 10 s of a worker's 14 s of CPU went to the collector, in pauses of up to
# 1.3 s. Objects built at start-up are frozen out of collection and young objects collected less often.
GC_THRESHOLDS = (50_000, 20, 100)
BLUEPRINTS = (*account_blueprints, *page_blueprints, members_bp, shops_bp, settings_bp, catalog_bp,
              reviews_bp, search_bp, *messaging_blueprints, cart_bp, checkout_bp, orders_bp,
              payments_bp, fulfillment_bp, aftersales_bp, media_bp, finance_bp, pricing_bp, coupons_bp, promotions_bp)


async def ensure_required_data() -> None:
    """The rows every install needs: built-in roles and the common carriers (idempotent)."""
    await accounts.ensure_builtin_roles()
    await fulfillment.ensure_carriers()


async def prepare_database(settings: Settings) -> list[str]:
    """Migrate the primary and make sure the data every install needs exists."""
    from backend.core.migrations import apply_migrations

    return await apply_migrations(settings, after=ensure_required_data)


def build_runtime(settings: Settings) -> Runtime:
    return Runtime(
        settings=settings,
        cache=build_cache(settings.redis_url),
        sms=build_sms(settings),
        wechat=build_wechat(settings),
        storage=build_storage(settings),
        passwords=Passwords(settings.password_time_cost, settings.password_memory_kib),
        payments=build_payment_providers(settings),
        logistics=build_logistics(settings),
        push=build_push(settings),
    )


def create_app(settings: Settings | None = None, *, with_database: bool = True, name: str = "shop") -> Sanic:
    """Build the app. Tests pass ``with_database=False`` and own the ORM lifecycle themselves."""
    settings = settings or load_settings()
    app = Sanic(name)
    # Only sanic-ext's OpenAPI: its injection, HTTP and logging extensions cost ~40% of the
    # requests/s of a small endpoint (bench/page_endpoint.py) and nothing here uses them.
    app.config.AUTO_EXTEND = False
    app.config.FALLBACK_ERROR_FORMAT = "json"
    app.config.REQUEST_MAX_SIZE = 20 * 1024 * 1024
    app.config.OAS_TITLE = "商城平台 API"
    app.config.OAS_VERSION = "v1"
    app.config.OAS_URL_PREFIX = "/api/docs"
    app.config.OAS_UI_DEFAULT = "swagger"
    Extend(app, extensions=[OpenAPIExtension], built_in_extensions=False)
    app.ctx.settings = settings
    app.ctx.runtime = build_runtime(settings)
    app.ctx.cache = app.ctx.runtime.cache
    install_runtime(app.ctx.runtime)
    set_resolver(accounts.resolve_token)

    http.configure_logging(settings.debug)
    http.install(app)
    for blueprint in BLUEPRINTS:
        app.blueprint(blueprint)
    _serve_front_ends(app, settings)
    _health(app)
    app.after_server_start(_settle_garbage_collection)
    app.after_server_start(lambda app: chat_hub.start(settings.redis_url))  # WebSocket fan-out across workers
    app.before_server_stop(lambda app: chat_hub.stop())
    if with_database:
        _database(app, settings)
    return app


async def _settle_garbage_collection(app: Sanic) -> None:
    gc.collect()
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)


def _health(app: Sanic) -> None:
    @app.get("/healthz")
    async def healthz(request: Request):
        checks = {}
        try:
            await get_connection("default").execute_query("SELECT 1")
            checks["database"] = "ok"
        except Exception as exc:  # report, do not raise: this is what load balancers poll
            checks["database"] = f"error: {exc.__class__.__name__}"
        try:
            await request.app.ctx.cache.set("healthz", 1, ttl=5)
            checks["cache"] = "ok"
        except Exception as exc:
            checks["cache"] = f"error: {exc.__class__.__name__}"
        healthy = all(v == "ok" for v in checks.values())
        return http.json_response({"status": "ok" if healthy else "degraded", "checks": checks},
                                  status=200 if healthy else 503)


def _serve_front_ends(app: Sanic, settings: Settings) -> None:
    """Serve built single-page apps with a fallback to index.html for client-side routes."""
    for prefix, folder in (("/admin", settings.admin_dist), ("/h5", settings.h5_dist)):
        index = Path(folder) / "index.html"
        if not index.is_file():
            continue
        app.static(f"{prefix}/assets", Path(folder) / "assets", name=f"{prefix[1:]}_assets")
        _spa_route(app, prefix, index)
    storage = app.ctx.runtime.storage
    if isinstance(storage, LocalStorage):
        Path(settings.storage_local_dir).mkdir(parents=True, exist_ok=True)
        app.static(settings.storage_public_url, settings.storage_local_dir, name="media")


def _spa_route(app: Sanic, prefix: str, index: Path) -> None:
    async def spa(request: Request, path: str = ""):
        candidate = (index.parent / path).resolve()
        if path and candidate.is_file() and index.parent.resolve() in candidate.parents:
            return await file_response(candidate)
        return await file_response(index, headers={"Cache-Control": "no-cache"})

    app.add_route(spa, prefix, name=f"{prefix[1:]}_index")  # also answers "/admin/"
    app.add_route(spa, f"{prefix}/<path:path>", name=f"{prefix[1:]}_spa")


def _database(app: Sanic, settings: Settings) -> None:
    from tortoise.contrib.sanic import register_tortoise

    register_tortoise(app, config=tortoise_config(settings))
    app.ctx.ready = False  # requests get 503 until every start-up hook below has run

    @app.main_process_start
    async def migrate(app: Sanic) -> None:
        if settings.migrate_on_start:
            await prepare_database(settings)

    @app.after_server_start
    async def load_search_dictionary(app: Sanic) -> None:
        """jieba's dictionary takes ~0.6 s to load: once per worker at start, not on a first search."""
        await asyncio.get_running_loop().run_in_executor(None, warm_up_search)

    @app.after_server_start
    async def flush_access_log(app: Sanic) -> None:
        app.ctx.log_stop = asyncio.Event()
        app.ctx.log_task = asyncio.create_task(http.access_lines.flush_every(1.0, app.ctx.log_stop))

    @app.before_server_stop
    async def stop_access_log(app: Sanic) -> None:
        app.ctx.log_stop.set()
        await app.ctx.log_task

    @app.after_server_start
    async def start_jobs(app: Sanic) -> None:
        if not settings.jobs_enabled:
            return
        await orders.schedule_sweep()
        await aftersales.schedule_sweep()
        await coupons.schedule_sweep()
        app.ctx.jobs_stop = asyncio.Event()
        runner = JobRunner(batch=settings.jobs_batch, lease_seconds=settings.jobs_lease_seconds)
        app.ctx.jobs_task = asyncio.create_task(runner.serve(app.ctx.jobs_stop, settings.jobs_poll_seconds))

    @app.after_server_start
    async def open_for_requests(app: Sanic) -> None:  # registered last: runs after the hooks above
        app.ctx.ready = True

    @app.before_server_stop
    async def stop_jobs(app: Sanic) -> None:
        if getattr(app.ctx, "jobs_stop", None):
            app.ctx.jobs_stop.set()
            await app.ctx.jobs_task
        await app.ctx.cache.close()
