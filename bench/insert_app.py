"""The write baseline: a bare Sanic app doing one INSERT per request, one worker.

    python -m bench.insert_app PORT DATABASE_URL

``POST /insert`` writes one row into ``bench_insert`` (created at start) and answers 201 with its
id: what one committed write costs through the same web server and database, with nothing else
(asyncpg pool of the service's size on PostgreSQL; on SQLite one aiosqlite connection in WAL mode,
one transaction at a time, as the service's SQLite client does).
"""

import asyncio
import sys
from urllib.parse import parse_qs, urlsplit

from sanic import Sanic
from sanic.response import json

from backend.core.config import Settings

PORT, URL = int(sys.argv[1]), sys.argv[2]
POSTGRES = Settings(database_url=URL).is_postgres
app = Sanic("insert")


@app.before_server_start
async def connect(app: Sanic) -> None:
    if POSTGRES:
        import asyncpg

        app.ctx.pool = await asyncpg.create_pool(URL, min_size=2, max_size=Settings().db_pool_max)
        await app.ctx.pool.execute("CREATE TABLE IF NOT EXISTS bench_insert (id BIGSERIAL PRIMARY KEY, "
                                   "payload TEXT NOT NULL, created_at TIMESTAMPTZ NOT NULL DEFAULT now())")
        return
    import aiosqlite

    parts = urlsplit(URL)
    options = {key: values[-1] for key, values in parse_qs(parts.query).items()}
    app.ctx.db = db = await aiosqlite.connect(parts.path)
    app.ctx.lock = asyncio.Lock()
    await db.execute("PRAGMA journal_mode=WAL")
    await db.execute(f"PRAGMA busy_timeout={int(options.get('busy_timeout', 5000))}")
    await db.execute(f"PRAGMA synchronous={options.get('synchronous', 'NORMAL')}")
    await db.execute("CREATE TABLE IF NOT EXISTS bench_insert (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                     "payload TEXT NOT NULL, created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP)")
    await db.commit()


@app.after_server_stop
async def disconnect(app: Sanic) -> None:
    if POSTGRES:
        await app.ctx.pool.close()
    else:
        await app.ctx.db.close()


@app.get("/ready")
async def ready(request):
    return json({"ok": True})


@app.post("/insert")
async def insert(request):
    payload = request.body.decode() or "{}"
    if POSTGRES:
        row_id = await app.ctx.pool.fetchval("INSERT INTO bench_insert (payload) VALUES ($1) RETURNING id", payload)
    else:
        async with app.ctx.lock:  # its own committed transaction, not batched with another request's
            cursor = await app.ctx.db.execute("INSERT INTO bench_insert (payload) VALUES (?)", (payload,))
            row_id = cursor.lastrowid
            await app.ctx.db.commit()
    return json({"id": row_id}, status=201)


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=PORT, single_process=True, access_log=False, motd=False)
