"""Durable jobs: stored with the change that needs them, run once, retried, reclaimed, shared."""

import asyncio
import subprocess
import sys
from collections import Counter
from datetime import timedelta

import pytest
from tortoise.context import TortoiseContext

from backend.core import jobs
from backend.core.db import tortoise_config, transaction
from backend.core.models import Job
from tests.core import job_worker  # noqa: F401  registers test.record

RUNS: Counter = Counter()


@jobs.job("test.count")
async def count(payload: dict) -> None:
    RUNS[payload["n"]] += 1


@jobs.job("test.explode")
async def explode(payload: dict) -> None:
    raise RuntimeError("boom")


@pytest.fixture(autouse=True)
def fresh_counter():
    RUNS.clear()


class TestEnqueue:
    async def test_job_rolls_back_with_the_transaction_that_wrote_it(self, db):
        with pytest.raises(RuntimeError):
            async with transaction():
                await jobs.enqueue("test.count", {"n": 1})
                raise RuntimeError("the business change failed")
        assert await Job.all().count() == 0

    async def test_same_key_enqueues_once(self, db):
        first = await jobs.enqueue("test.count", {"n": 1}, key="order:1:cancel")
        second = await jobs.enqueue("test.count", {"n": 1}, key="order:1:cancel")
        assert first.id == second.id
        assert await Job.all().count() == 1

    async def test_unknown_job_name_is_refused(self, db):
        with pytest.raises(LookupError):
            await jobs.enqueue("nobody.handles.this")


class TestRunner:
    async def test_due_job_runs_once_and_is_marked_done(self, db):
        await jobs.enqueue("test.count", {"n": 7})
        runner = jobs.JobRunner()
        assert await runner.run_due() == 1
        assert await runner.run_due() == 0
        assert RUNS == {7: 1}
        assert (await Job.get()).status == "done"

    async def test_job_waits_until_it_is_due(self, db):
        await jobs.enqueue("test.count", {"n": 1}, delay=timedelta(minutes=30))
        assert await jobs.JobRunner().run_due() == 0
        assert RUNS == {}

    async def test_failed_job_is_retried_later_then_given_up(self, db):
        await jobs.enqueue("test.explode", max_attempts=2)
        runner = jobs.JobRunner()
        await runner.run_due()
        row = await Job.get()
        assert (row.status, row.attempts) == ("pending", 1)
        assert row.due_at > jobs.now() and "boom" in row.last_error
        await Job.filter(id=row.id).update(due_at=jobs.now())  # the backoff has elapsed
        await runner.run_due()
        row = await Job.get()
        assert (row.status, row.attempts) == ("failed", 2)

    async def test_job_of_a_crashed_worker_is_reclaimed_after_its_lease(self, db):
        await jobs.enqueue("test.count", {"n": 3})
        crashed = jobs.JobRunner(lease_seconds=0)
        assert len(await crashed.claim()) == 1  # claimed, then the worker died before running it
        await asyncio.sleep(0.01)
        assert await jobs.JobRunner().run_due() == 1
        assert RUNS == {3: 1}

    async def test_concurrent_runners_run_each_job_exactly_once(self, db):
        for n in range(40):
            await jobs.enqueue("test.count", {"n": n})
        runners = [jobs.JobRunner(batch=3) for _ in range(4)]
        await asyncio.gather(*(r.run_due() for r in runners))
        assert {n: 1 for n in range(40)} == RUNS

    async def test_jobs_survive_a_restart(self, db, settings):
        await jobs.enqueue("test.count", {"n": 5})
        await db.close_connections()
        async with TortoiseContext() as restarted:
            await restarted.init(config=tortoise_config(settings))
            assert await jobs.JobRunner().run_due() == 1
        assert RUNS == {5: 1}


class TestSeveralProcesses:
    async def test_two_worker_processes_run_each_job_exactly_once(self, db, settings, tmp_path):
        log = tmp_path / "runs.log"
        for n in range(120):
            await jobs.enqueue("test.record", {"n": n, "log": str(log)})
        workers = [
            await asyncio.create_subprocess_exec(
                sys.executable, "-m", "tests.core.job_worker", settings.database_url,
                stderr=subprocess.PIPE,
            )
            for _ in range(2)
        ]
        results = await asyncio.gather(*(w.communicate() for w in workers))
        assert [w.returncode for w in workers] == [0, 0], results
        lines = log.read_text().split()
        runs = Counter(lines[0::2])
        assert runs == {str(n): 1 for n in range(120)}
        assert len(set(lines[1::2])) == 2, "both processes should have taken a share"
        assert await Job.filter(status="done").count() == 120
