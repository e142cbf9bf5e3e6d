"""Durable jobs: stored in the database with a due time, run once across workers and restarts.

``enqueue`` writes a row on the caller's connection, so inside ``transaction()`` the job commits
or rolls back with the change that needs it. Each worker runs a ``JobRunner``: it claims due rows
(``FOR UPDATE SKIP LOCKED`` on PostgreSQL, then a conditional ``UPDATE … WHERE status=…`` that only
one claimant can win on any database), runs the handler, and marks the row done, or schedules a
retry with backoff until ``max_attempts``. A claim is a lease: a worker that dies mid-job leaves
the row to be reclaimed when the lease expires, so handlers must be idempotent.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.expressions import F, Q

from backend.core.db import transaction
from backend.core.models import Job

JobHandler = Callable[[dict[str, Any]], Awaitable[None]]
HANDLERS: dict[str, JobHandler] = {}
log = logging.getLogger("backend.jobs")


def job(name: str) -> Callable[[JobHandler], JobHandler]:
    def register(handler: JobHandler) -> JobHandler:
        HANDLERS[name] = handler
        return handler

    return register


def now() -> datetime:
    return datetime.now(UTC)


async def enqueue(
    name: str,
    payload: dict[str, Any] | None = None,
    *,
    delay: timedelta | None = None,
    run_at: datetime | None = None,
    key: str | None = None,
    max_attempts: int = 8,
) -> Job:
    """Store a job. With ``key``, enqueueing the same key again returns the existing job."""
    if name not in HANDLERS:
        raise LookupError(f"no handler registered for job {name!r}")
    due = run_at or now() + (delay or timedelta())
    if key and (existing := await Job.get_or_none(key=key)):
        return existing
    try:
        async with transaction():  # a savepoint inside a caller's transaction
            return await Job.create(
                name=name, payload=payload or {}, key=key, due_at=due, max_attempts=max_attempts
            )
    except IntegrityError:
        return await Job.get(key=key)


def backoff(attempts: int) -> timedelta:
    return timedelta(seconds=min(5 * 2 ** (attempts - 1), 3600))


class JobRunner:
    def __init__(self, *, batch: int = 20, lease_seconds: int = 300, worker_id: str | None = None) -> None:
        self.batch = batch
        self.lease = timedelta(seconds=lease_seconds)
        self.worker_id = worker_id or f"{socket.gethostname()}:{os.getpid()}:{id(self):x}"

    async def claim(self) -> list[Job]:
        moment = now()
        due = Q(status="pending", due_at__lte=moment) | Q(status="running", locked_until__lt=moment)
        claimed: list[int] = []
        async with transaction():
            candidates = (
                await Job.filter(due).order_by("due_at", "id").limit(self.batch)
                .select_for_update(skip_locked=True).values("id", "status", "locked_until")
            )
            for row in candidates:
                won = await Job.filter(
                    id=row["id"], status=row["status"], locked_until=row["locked_until"]
                ).update(
                    status="running", locked_by=self.worker_id,
                    locked_until=moment + self.lease, attempts=F("attempts") + 1,
                )
                if won:
                    claimed.append(row["id"])
        return await Job.filter(id__in=claimed).order_by("due_at", "id") if claimed else []

    async def execute(self, job_row: Job) -> None:
        handler = HANDLERS.get(job_row.name)
        try:
            if handler is None:
                raise LookupError(f"no handler registered for job {job_row.name!r}")
            await handler(job_row.payload)
        except Exception as exc:  # a failing job must never stop the runner
            await self._failed(job_row, exc)
        else:
            await Job.filter(id=job_row.id, locked_by=self.worker_id, status="running").update(
                status="done", finished_at=now(), locked_until=None
            )

    async def _failed(self, job_row: Job, exc: Exception) -> None:
        log.warning("job %s #%s failed (attempt %s): %r", job_row.name, job_row.id, job_row.attempts, exc)
        final = job_row.attempts >= job_row.max_attempts
        await Job.filter(id=job_row.id, locked_by=self.worker_id, status="running").update(
            status="failed" if final else "pending",
            due_at=now() + backoff(job_row.attempts),
            locked_until=None,
            last_error=repr(exc)[:2000],
            finished_at=now() if final else None,
        )

    async def run_due(self) -> int:
        """Claim and run every due job once; return how many ran."""
        ran = 0
        while jobs := await self.claim():
            for job_row in jobs:
                await self.execute(job_row)
            ran += len(jobs)
            if len(jobs) < self.batch:
                break
        return ran

    async def serve(self, stop: asyncio.Event, poll_seconds: float) -> None:
        while not stop.is_set():
            try:
                await self.run_due()
            except Exception:  # the database may be briefly unavailable; keep polling
                log.exception("job runner poll failed")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=poll_seconds)
