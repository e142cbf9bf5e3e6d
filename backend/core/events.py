"""In-process domain events: a context announces what happened, reacting contexts subscribe.

Handlers run in order, in the publisher's task. A reaction that must survive a crash enqueues
a durable job (backend.core.jobs) from its handler, inside the publisher's transaction.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Awaitable, Callable
from typing import Any

Handler = Callable[[dict[str, Any]], Awaitable[None]]
_subscribers: dict[str, list[Handler]] = defaultdict(list)
log = logging.getLogger("backend.events")


def subscribe(event: str) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        if handler not in _subscribers[event]:
            _subscribers[event].append(handler)
        return handler

    return register


async def publish(event: str, **payload: Any) -> None:
    for handler in list(_subscribers.get(event, ())):
        await handler(payload)
    log.debug("event %s handled by %d subscribers", event, len(_subscribers.get(event, ())))


def unsubscribe(event: str, handler: Handler) -> None:
    """Remove one handler (tests that listen for a moment)."""
    if handler in _subscribers.get(event, ()):
        _subscribers[event].remove(handler)


def unsubscribe_all(event: str) -> None:
    _subscribers.pop(event, None)
