"""``python -m backend``: run the service with several workers (``python -m backend demo`` seeds)."""

from __future__ import annotations

import asyncio
import sys
from functools import partial

from sanic import Sanic
from sanic.worker.loader import AppLoader

from backend.app import create_app
from backend.core.config import load_settings


def serve(factory=create_app) -> None:
    """Serve the app ``factory(settings)`` builds in every worker (bench/profiled_service.py wraps it)."""
    settings = load_settings()
    loader = AppLoader(factory=partial(factory, settings))
    app = loader.load()
    app.prepare(host=settings.host, port=settings.port, workers=settings.workers,
                debug=settings.debug, access_log=False, motd=False)
    Sanic.serve(primary=app, app_loader=loader)


def migrate(args: list[str]) -> None:
    from backend.app import prepare_database
    from backend.core.migrations import make

    if args[:1] == ["make"]:
        make(args[1] if len(args) > 1 else "update")
    else:
        print(asyncio.run(prepare_database(load_settings())) or "up to date")


def search_rebuild() -> None:
    """Index every product again (after a restore, or a tokenizer change)."""
    from tortoise.context import TortoiseContext

    from backend.core.db import tortoise_config
    from backend.search import service as search

    async def run() -> int:
        settings = load_settings()
        async with TortoiseContext() as ctx:
            await ctx.init(config=tortoise_config(settings), _enable_global_fallback=True)
            return await search.rebuild()

    print(f"indexed {asyncio.run(run())} products")


def reconcile() -> None:
    """对账 (FIN-10): check the ledger against the payments and orders; exit 1 on any difference."""
    from tortoise.context import TortoiseContext

    from backend.core.db import tortoise_config
    from backend.finance import service as finance

    async def run() -> finance.Report:
        settings = load_settings()
        async with TortoiseContext() as ctx:
            await ctx.init(config=tortoise_config(settings), _enable_global_fallback=True)
            return await finance.reconcile()

    report = asyncio.run(run())
    print(report.text())
    raise SystemExit(0 if report.clean else 1)


def main() -> None:
    command = sys.argv[1] if len(sys.argv) > 1 else "serve"
    if command == "serve":
        serve()
    elif command == "demo":
        from backend.demo import main as demo_main

        demo_main()
    elif command == "migrate":
        migrate(sys.argv[2:])
    elif command == "search-rebuild":
        search_rebuild()
    elif command == "reconcile":
        reconcile()
    else:
        raise SystemExit("usage: python -m backend [serve|demo|migrate [make NAME|apply]|search-rebuild|reconcile]")


if __name__ == "__main__":
    main()
