"""``python -m bench.profiled_service``: the service as ``python -m backend`` runs it, each worker under cProfile.

Every worker writes ``var/bench/profile-<pid>.prof`` when it stops (``python -m pstats`` reads it).
cProfile sees the event loop's thread only: time a coroutine spends awaiting the database or Redis is
not in it, CPU spent on the loop is. ``bench/chat_fanout.py --profile`` starts the service this way.
"""

from __future__ import annotations

import cProfile
import os

from sanic import Sanic

from backend.__main__ import serve
from backend.app import create_app
from backend.core.config import Settings
from bench.search_catalog import CACHE


def profiled_app(settings: Settings) -> Sanic:
    app = create_app(settings)
    profile = cProfile.Profile()

    @app.after_server_start
    async def start_profile(app: Sanic) -> None:
        profile.enable()

    @app.before_server_stop
    async def dump_profile(app: Sanic) -> None:
        profile.disable()
        CACHE.mkdir(parents=True, exist_ok=True)
        profile.dump_stats(CACHE / f"profile-{os.getpid()}.prof")

    return app


if __name__ == "__main__":
    from bench.profiled_service import profiled_app as factory  # by module name: workers unpickle it

    serve(factory)
