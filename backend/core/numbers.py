"""Business numbers (order, payment, refund numbers) people read aloud and type into a search box.

``P2611251830071234567890``: a letter, the UTC time to the second, then ten random digits from
``secrets``. Unique across workers and hosts without coordination (a collision needs two numbers
in the same second to draw the same 10^10 digits; the unique index is the last word), sortable by
time, and not sequential, so no one can walk another buyer's orders.
"""

from __future__ import annotations

import secrets
from datetime import UTC, datetime


def business_no(prefix: str, moment: datetime | None = None) -> str:
    stamp = (moment or datetime.now(UTC)).strftime("%y%m%d%H%M%S")
    return f"{prefix}{stamp}{secrets.randbelow(10**10):010d}"
