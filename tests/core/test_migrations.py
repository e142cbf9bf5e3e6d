"""Migrations are the only way the schema changes: models and both migration folders must agree."""

import pytest

from backend.core.migrations import pending_changes


@pytest.mark.parametrize("dialect", ["sqlite", "postgres"])
async def test_models_and_migrations_agree(dialect):
    drift = await pending_changes(dialect)
    assert drift is None, (
        f"models changed without a migration for {dialect}; run `python -m backend migrate make NAME`:\n{drift}"
    )
