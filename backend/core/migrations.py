"""Aerich migrations, one folder per database (STACK.md): apply at start, generate both at once.

    python -m backend migrate make NAME   # write a migration for SQLite and PostgreSQL
    python -m backend migrate             # apply pending ones to DATABASE_URL
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from collections.abc import Awaitable, Callable
from pathlib import Path

from aerich import Command
from tortoise.context import TortoiseContext

from backend.core.config import ROOT, Settings
from backend.core.db import tortoise_config

MIGRATIONS = ROOT / "migrations"
# Offline generation needs a URL of the right dialect, never a server.
DIALECT_URLS = {"sqlite": "sqlite://:memory:", "postgres": "postgres://postgres@127.0.0.1:5432/offline"}


def folder_for(settings: Settings) -> Path:
    return MIGRATIONS / ("postgres" if settings.is_postgres else "sqlite")


def _config_for(url: str) -> dict:
    settings = Settings(database_url=url)
    config = tortoise_config(settings)
    if not settings.is_postgres:
        config["connections"]["default"]["engine"] = "tortoise.backends.sqlite"
    return config


async def apply_migrations(settings: Settings, after: Callable[[], Awaitable[None]] | None = None) -> list[str]:
    """Apply pending migrations to the primary; ``after`` runs in the same ORM context (seed data)."""
    if not settings.is_postgres:
        path = settings.database_url.split("://", 1)[1].split("?", 1)[0]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
    config = tortoise_config(settings.model_copy(update={"database_url": settings.database_url}))
    config.pop("routers", None)
    config["connections"] = {"default": config["connections"]["default"]}
    command = Command(tortoise_config=config, app="models", location=str(folder_for(settings)))
    async with TortoiseContext():  # isolated: the caller may hold (or later open) its own ORM context
        await command.init()
        applied = await command.upgrade(run_in_transaction=True)
        if after is not None:
            await after()
    return applied


async def pending_changes(dialect: str) -> str | None:
    """Generate a throw-away migration against a copy of ``dialect``'s folder; None when in sync."""
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / dialect
        shutil.copytree(MIGRATIONS / dialect, copy)
        command = Command(_config_for(DIALECT_URLS[dialect]), app="models", location=str(copy))
        async with TortoiseContext():
            await command.init(offline=True)
            name = await command.migrate("drift", offline=True)
        if not name:
            return None
        return next(copy.glob(f"models/*{name}*")).read_text()


async def make_one(dialect: str, name: str) -> str:
    location = MIGRATIONS / dialect
    command = Command(_config_for(DIALECT_URLS[dialect]), app="models", location=str(location))
    async with TortoiseContext():
        if not (location / "models").exists():
            await command.init_migrations(safe=True)
            return "initial migration"
        await command.init(offline=True)
        return await command.migrate(name, offline=True) or "no changes"


def make(name: str) -> None:
    """One process per dialect: aerich keeps class-level state that would leak SQLite DDL into PostgreSQL's."""
    for dialect in DIALECT_URLS:
        subprocess.run([sys.executable, "-c", f"import asyncio; from backend.core.migrations import make_one; "
                        f"print('{dialect}:', asyncio.run(make_one({dialect!r}, {name!r})))"], check=True)
