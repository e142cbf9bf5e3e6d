"""Read/write split over several databases (ARCH-1) and SQLite's write locking."""

import asyncio
import shutil
import sys
import uuid

import pytest
from tortoise.context import TortoiseContext

from backend.app import create_app
from backend.core.db import tortoise_config, transaction
from backend.shops import service as shops
from backend.shops.models import Shop
from backend.shops.schemas import ShopIn
from tests.conftest import Api, make_settings


@pytest.fixture
async def split(tmp_path, migrated_template):
    """A primary and a replica: two SQLite files that start identical and are never synced."""
    if not migrated_template.endswith(".db"):
        pytest.skip("uses two SQLite files as primary and replica; runs in the SQLite pass")
    primary, replica = tmp_path / "primary.db", tmp_path / "replica.db"
    shutil.copy(migrated_template, primary)
    settings = make_settings(tmp_path, f"sqlite://{primary}", database_replica_urls=f"sqlite://{replica}")
    from backend.accounts import service as accounts

    async with TortoiseContext() as ctx:
        await ctx.init(config=tortoise_config(make_settings(tmp_path, f"sqlite://{primary}")))
        create_app(settings, with_database=False, name=f"seed_{uuid.uuid4().hex[:6]}")
        await accounts.bootstrap_admin("admin", "平台管理员", "Admin12345")
    shutil.copy(primary, replica)  # "replicated" once: both hold the admin
    async with TortoiseContext() as ctx:
        await ctx.init(config=tortoise_config(settings), _enable_global_fallback=True)
        app = create_app(settings, with_database=False, name=f"split_{uuid.uuid4().hex[:6]}")
        yield Api(app), ctx


@pytest.mark.feature("ARCH-1")
class TestReadReplicas:
    async def test_writes_go_to_the_primary_and_reads_to_the_replica(self, split):
        api, ctx = split
        token = await api.staff("admin", "Admin12345")
        created = await api.post("/api/v1/admin/shops", token=token, json={"kind": "merchant", "name": "鲜果坊"})
        assert created.status == 201
        # The replica has not received the row yet, so the list (a read) does not show it …
        listed = await api.get("/api/v1/admin/shops", token=token)
        assert listed.json["total"] == 0
        # … until replication delivers it.
        await ctx.connections.get("replica_0").execute_query(
            "INSERT INTO shops_shop (id, kind, name, self_operated, status, contact_name, contact_phone, logo, "
            "intro, created_at, updated_at) VALUES (?, 'merchant', '鲜果坊', 0, 'active', '', '', '', '', "
            "'2026-01-01 00:00:00+00:00', '2026-01-01 00:00:00+00:00')", [created.json["id"]])
        listed = await api.get("/api/v1/admin/shops", token=token)
        assert [s["name"] for s in listed.json["items"]] == ["鲜果坊"]

    async def test_reads_inside_a_transaction_see_its_own_writes(self, split):
        async with transaction():
            shop = await shops.create_shop(ShopIn(kind="merchant", name="事务内可见"))
            assert await Shop.filter(id=shop.id).exists()
        assert not await Shop.filter(id=shop.id).exists()  # outside: the replica, not yet replicated

    async def test_a_token_issued_a_moment_ago_works_before_it_reaches_the_replica(self, split):
        api, _ = split
        token = await api.staff("admin", "Admin12345")
        me = await api.get("/api/v1/staff/me", token=token)
        assert me.status == 200 and me.json["username"] == "admin"


class TestSqliteWriteLock:
    async def test_concurrent_read_then_write_transactions_queue_instead_of_failing(self, tmp_path, migrated_template):
        """Two processes' worth of read-then-write transactions: BEGIN IMMEDIATE makes them wait."""
        if not migrated_template.endswith(".db"):
            pytest.skip("SQLite locking")
        database = tmp_path / "lock.db"
        shutil.copy(migrated_template, database)
        settings = make_settings(tmp_path, f"sqlite://{database}")
        script = (
            "import asyncio,sys\n"
            "from tortoise.context import TortoiseContext\n"
            "from backend.core.config import Settings\n"
            "from backend.core.db import tortoise_config, transaction\n"
            "from backend.shops.models import Shop\n"
            "async def main():\n"
            "    async with TortoiseContext() as ctx:\n"
            "        await ctx.init(config=tortoise_config(Settings(database_url=sys.argv[1])))\n"
            "        for i in range(40):\n"
            "            async with transaction():\n"
            "                n = await Shop.all().count()\n"
            "                await Shop.create(kind='merchant', name=f'{sys.argv[2]}-{i}-{n}')\n"
            "asyncio.run(main())\n"
        )
        procs = [
            await asyncio.create_subprocess_exec(sys.executable, "-c", script, settings.database_url, f"p{k}",
                                                 stderr=asyncio.subprocess.PIPE)
            for k in range(3)
        ]
        outputs = await asyncio.gather(*(p.communicate() for p in procs))
        assert [p.returncode for p in procs] == [0, 0, 0], [err.decode()[-500:] for _, err in outputs]
        async with TortoiseContext() as ctx:
            await ctx.init(config=tortoise_config(settings))
            assert await Shop.all().count() == 120
