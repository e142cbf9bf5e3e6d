"""A stand-alone job worker process for the exactly-once test: runs due jobs until none are left.

Each executed job appends "<job id> <pid>" to the file named in the job's payload (O_APPEND writes
of one short line are atomic), so the test can count executions across processes.
"""

import asyncio
import os
import sys

from tortoise.context import TortoiseContext

from backend.core.config import Settings
from backend.core.db import tortoise_config
from backend.core.jobs import JobRunner, job


@job("test.record")
async def record(payload: dict) -> None:
    await asyncio.sleep(0.001)
    with open(payload["log"], "a") as log:  # noqa: ASYNC230 - one short append
        log.write(f"{payload['n']} {os.getpid()}\n")


async def main(database_url: str) -> None:
    async with TortoiseContext() as ctx:
        await ctx.init(config=tortoise_config(Settings(database_url=database_url)))
        runner = JobRunner(batch=5)
        idle = 0
        while idle < 3:
            idle = idle + 1 if await runner.run_due() == 0 else 0
            await asyncio.sleep(0.05)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1]))
