"""What the promotions suites share: activities written as the back office writes them, and times
relative to now (an activity's phase follows the clock)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

ADMIN = "/api/v1/admin/activities"
RULES = {
    "full_reduction": {"tiers": [{"threshold": 30_000, "off": 3_000}]},
    "full_discount": {"basis": "count", "tiers": [{"threshold": 2, "percent": 90}]},
    "package_price": {"count": 3, "price": 9_900},
}
HOUR = 3600


def at(seconds: float) -> str:
    """A moment ``seconds`` from now (negative: ago), as the back office sends it."""
    return (datetime.now(UTC) + timedelta(seconds=seconds)).isoformat()


def activity_body(kind: str = "full_reduction", *, starts: float = -60, ends: float = HOUR,
                  **fields: Any) -> dict[str, Any]:
    """A running activity of ``kind`` over the whole shop unless ``fields`` say otherwise."""
    return {"kind": kind, "title": f"店庆{kind}", "rules": RULES.get(kind), "starts_at": at(starts),
            "ends_at": at(ends), **fields}


async def create_activity(api, token: str, kind: str = "full_reduction", **fields: Any) -> dict[str, Any]:
    response = await api.post(ADMIN, token=token, json=activity_body(kind, **fields))
    assert response.status == 201, response
    return response.json


async def gift_activity(api, token: str, gift_sku: int, threshold: int = 19_900, quantity: int = 1,
                        **fields: Any) -> dict[str, Any]:
    rules = {"tiers": [{"threshold": threshold, "gift_sku_id": gift_sku, "gift_quantity": quantity}]}
    return await create_activity(api, token, "full_gift", rules=rules, **fields)


def shown(marks: list[dict]) -> list[dict]:
    """A card's marks as the shopper reads them (the activity a mark links to is checked on its own)."""
    return [{key: value for key, value in mark.items() if key != "activity_id"} for mark in marks]
