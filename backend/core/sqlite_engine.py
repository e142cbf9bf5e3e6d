"""SQLite engine whose transactions begin with ``BEGIN IMMEDIATE``.

Tortoise starts transactions with a deferred ``BEGIN``; when two worker processes both read and
then write, the second one's lock upgrade fails at once with "database is locked" instead of
waiting for ``busy_timeout``. Taking the write lock at ``BEGIN`` makes concurrent writers queue.
This subclasses private Tortoise classes, so pyproject pins Tortoise's minor version and
tests/core/test_db.py proves the behaviour.
"""

from __future__ import annotations

import sqlite3

from tortoise.backends.base.client import NestedTransactionContext, TransactionContext
from tortoise.backends.sqlite.client import (
    SqliteClient,
    SqliteTransactionContext,
    SqliteTransactionWrapper,
)
from tortoise.exceptions import TransactionManagementError


class ImmediateTransactionWrapper(SqliteTransactionWrapper):
    def _in_transaction(self) -> TransactionContext:
        return NestedTransactionContext(ImmediateTransactionWrapper(self))

    async def begin(self) -> None:
        try:
            if self._connection.in_transaction:  # one sqlite3 opened implicitly; asking costs no thread hop
                await self._connection.commit()
            await self._connection.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:  # pragma: no cover - surfaced as Tortoise's error
            raise TransactionManagementError(exc) from exc


class ImmediateSqliteClient(SqliteClient):
    def _in_transaction(self) -> TransactionContext:
        return SqliteTransactionContext(ImmediateTransactionWrapper(self), self._lock)


client_class = ImmediateSqliteClient
