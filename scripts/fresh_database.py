"""CI helper: create a fresh PostgreSQL database (printing its URL), drop it, or check Redis.

    fresh_database.py ADMIN_URL                  → prints postgres://…/shop_test_<random>
    fresh_database.py --drop ADMIN_URL DB_URL
    fresh_database.py --check-redis REDIS_URL
Exits non-zero with a clear message when the server cannot be reached.
"""

import asyncio
import secrets
import sys
from urllib.parse import urlsplit, urlunsplit

import asyncpg
import redis


def with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{name}"))


async def create(admin_url: str) -> str:
    name = f"shop_test_{secrets.token_hex(4)}"
    connection = await asyncpg.connect(admin_url, timeout=10)
    try:
        await connection.execute(f'CREATE DATABASE "{name}"')
    finally:
        await connection.close()
    return with_database(admin_url, name)


async def drop(admin_url: str, database_url: str) -> None:
    name = urlsplit(database_url).path.lstrip("/")
    if not name.startswith("shop_test_"):
        raise SystemExit(f"refusing to drop {name!r}: not a test database")
    connection = await asyncpg.connect(admin_url, timeout=10)
    try:
        await connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await connection.close()


def check_redis(url: str) -> None:
    redis.Redis.from_url(url, socket_connect_timeout=5).ping()


def main() -> None:
    args = sys.argv[1:]
    try:
        if args[:1] == ["--drop"]:
            asyncio.run(drop(args[1], args[2]))
        elif args[:1] == ["--check-redis"]:
            check_redis(args[1])
        else:
            print(asyncio.run(create(args[0])))
    except (OSError, asyncpg.PostgresError, redis.RedisError) as exc:
        raise SystemExit(f"cannot reach the test server ({exc.__class__.__name__}: {exc})") from exc


if __name__ == "__main__":
    main()
