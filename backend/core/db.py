"""Tortoise configuration: the primary, optional read replicas, and the router between them."""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from typing import Any

from tortoise.backends.base.client import TransactionalDBClient
from tortoise.backends.base.config_generator import expand_db_url
from tortoise.connection import get_connection, get_connections
from tortoise.transactions import in_transaction

from backend.core.config import Settings

# Every context's models module; aerich needs its own table in the same app.
MODEL_MODULES = [
    "backend.core.models",
    "backend.accounts.models",
    "backend.shops.models",
    "backend.members.models",
    "backend.settings.models",
    "backend.catalog.models",
    "backend.pricing.models",
    "backend.pages.models",
    "backend.search.models",
    "backend.messaging.models",
    "backend.reviews.models",
    "backend.cart.models",
    "backend.orders.models",
    "backend.payments.models",
    "backend.fulfillment.models",
    "backend.aftersales.models",
    "backend.finance.models",
    "backend.coupons.models",
    "backend.promotions.models",
    "aerich.models",
]
PRIMARY = "default"
REPLICA_PREFIX = "replica_"


def connection_config(url: str, settings: Settings) -> dict[str, Any]:
    config = expand_db_url(url)
    if config["engine"] == "tortoise.backends.sqlite":
        config["engine"] = "backend.core.sqlite_engine"
        config["credentials"].setdefault("busy_timeout", "5000")
    else:
        config["credentials"].setdefault("maxsize", settings.db_pool_max)
    return config


def tortoise_config(settings: Settings) -> dict[str, Any]:
    connections = {PRIMARY: connection_config(settings.database_url, settings)}
    for index, url in enumerate(settings.replica_urls):
        connections[f"{REPLICA_PREFIX}{index}"] = connection_config(url, settings)
    config: dict[str, Any] = {
        "connections": connections,
        "apps": {"models": {"models": MODEL_MODULES, "default_connection": PRIMARY}},
        "use_tz": True,
        "timezone": "UTC",
    }
    if settings.replica_urls:
        config["routers"] = ["backend.core.db.ReadReplicaRouter"]
    return config


def transaction():
    """A transaction on the primary; with replicas configured, Tortoise needs the name spelled out."""
    return in_transaction(PRIMARY)


def inside_transaction() -> bool:
    """Whether the caller runs inside ``transaction()``: no outside calls should be made there."""
    return isinstance(get_connection(PRIMARY), TransactionalDBClient)


def primary():
    """The primary connection, for reads that must see a write made a moment ago (auth tokens)."""
    return get_connection(PRIMARY)


async def execute(sql: str, params: list[Any]) -> int:
    """Run one statement written with ``?`` placeholders on the primary (in the caller's transaction,
    if any); answers the number of rows it changed."""
    connection = get_connection(PRIMARY)
    changed, _ = await connection.execute_query(_placeholders(connection, sql), params)
    return changed


async def fetch(sql: str, params: list[Any]) -> list[dict[str, Any]]:
    """As ``execute``, answering the rows returned (a SELECT, or an INSERT/UPDATE … RETURNING)."""
    connection = get_connection(PRIMARY)
    return await connection.execute_query_dict(_placeholders(connection, sql), params)


def case_by_id(values: Mapping[int, int], sql_type: str = "INTEGER", otherwise: int | None = None,
               ) -> tuple[str, list[int]]:
    """``CASE "id" WHEN ? THEN ? … [ELSE otherwise] END`` for one statement that gives each row its own
    value, and its parameters; the cast is there because PostgreSQL cannot infer the type."""
    whens = " ".join(f"WHEN ? THEN CAST(? AS {sql_type})" for _ in values)
    default = "" if otherwise is None else f" ELSE {int(otherwise)}"
    return f'CASE "id" {whens}{default} END', [value for pair in values.items() for value in pair]


def _placeholders(connection: Any, sql: str) -> str:
    """PostgreSQL writes positional parameters as $1, $2 …"""
    if connection.capabilities.dialect != "postgres":
        return sql
    parts = sql.split("?")
    return parts[0] + "".join(f"${i}{part}" for i, part in enumerate(parts[1:], start=1))


class ReadReplicaRouter:
    """Reads go round-robin to the replicas, except inside a transaction.

    Tortoise would send a read inside ``in_transaction()`` to the replica too, where it cannot see
    the transaction's own uncommitted writes; while the primary's current connection is a
    transaction, reads stay on it. Writes always go to the primary.
    """

    def __init__(self) -> None:
        self._replicas: itertools.cycle[str] | None = None

    def db_for_read(self, model: type) -> str | None:
        if inside_transaction():
            return None
        if self._replicas is None:  # connections are not yet bound when routers are built
            names = sorted(n for n in get_connections().db_config if n.startswith(REPLICA_PREFIX))
            self._replicas = itertools.cycle(names)
        return next(self._replicas)

    def db_for_write(self, model: type) -> str | None:
        return None
