"""WebSocket fan-out: who is connected here, and how a frame reaches connections in other workers.

Every connection registers under recipient keys (``user:<id>``, ``staff:<id>``, ``desk:<shop id or
"platform">`` for agents). Without Redis, ``publish`` delivers to this process's connections. With
``REDIS_URL`` set, ``publish`` goes to one shared pub/sub channel that every worker (on every host)
subscribes to; each worker delivers to the matching connections it holds. Pub/sub is fire-and-forget:
a client that was not connected catches up with a ``resume`` frame from the stored history.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import uuid
from collections import defaultdict
from typing import Any, Protocol

from redis.asyncio import Redis
from redis.exceptions import ConnectionError as RedisConnectionError

log = logging.getLogger("backend.messaging.hub")
CHANNEL = "shop:chat:fanout"
SEND_TIMEOUT = 5.0


class Socket(Protocol):
    async def send(self, data: str) -> None: ...


def user_key(user_id: int) -> str:
    return f"user:{user_id}"


def staff_key(staff_id: int) -> str:
    return f"staff:{staff_id}"


def desk_key(shop_id: int | None) -> str:
    """Every agent of one shop (or of the platform) while a conversation waits for one."""
    return f"desk:{shop_id if shop_id is not None else 'platform'}"


def dumps(frame: dict[str, Any]) -> str:
    return json.dumps(frame, ensure_ascii=False, separators=(",", ":"), default=str)


class Connection:
    def __init__(self, socket: Socket, keys: list[str]) -> None:
        self.id = uuid.uuid4().hex
        self.socket = socket
        self.keys = keys

    async def send(self, frame: dict[str, Any]) -> None:
        await self.socket.send(dumps(frame))


class Hub:
    def __init__(self) -> None:
        self.local: dict[str, set[Connection]] = defaultdict(set)
        self.redis: Redis | None = None
        self.channel = CHANNEL
        self._listener: asyncio.Task | None = None

    # --- local connections -----------------------------------------------------------------

    def register(self, connection: Connection) -> None:
        for key in connection.keys:
            self.local[key].add(connection)

    def unregister(self, connection: Connection) -> None:
        for key in connection.keys:
            holders = self.local.get(key)
            if holders is not None:
                holders.discard(connection)
                if not holders:
                    del self.local[key]

    async def deliver(self, keys: list[str], frame: dict[str, Any], exclude: str | None = None) -> int:
        """Send to this process's connections under ``keys``; a slow or dead socket is skipped."""
        targets = {c for key in keys for c in self.local.get(key, ()) if c.id != exclude}
        if not targets:
            return 0
        text = dumps(frame)
        results = await asyncio.gather(
            *(asyncio.wait_for(c.socket.send(text), SEND_TIMEOUT) for c in targets), return_exceptions=True)
        return sum(1 for r in results if not isinstance(r, BaseException))

    # --- across processes ------------------------------------------------------------------

    async def publish(self, keys: list[str], frame: dict[str, Any], exclude: str | None = None) -> None:
        if self.redis is None:
            await self.deliver(keys, frame, exclude)
            return
        await self.redis.publish(self.channel, dumps({"keys": keys, "frame": frame, "exclude": exclude}))

    async def start(self, redis_url: str) -> None:
        """Subscribe to the shared channel (after_server_start); no URL keeps delivery in-process."""
        if not redis_url or self.redis is not None:
            return
        self.redis = Redis.from_url(redis_url, decode_responses=True)
        # pub/sub channels ignore the database number: name the channel after it, so two installs
        # (or test runs) sharing one Redis on different databases never see each other's frames
        self.channel = f"{CHANNEL}:{self.redis.connection_pool.connection_kwargs.get('db', 0)}"
        pubsub = self.redis.pubsub(ignore_subscribe_messages=True)
        await pubsub.subscribe(self.channel)
        self._listener = asyncio.create_task(self._listen(pubsub))
        log.debug("chat hub subscribed in pid %s", os.getpid())

    async def _listen(self, pubsub: Any) -> None:
        try:
            while True:
                try:
                    message = await pubsub.get_message(timeout=30.0)
                except (RedisConnectionError, OSError) as exc:  # Redis restarted: resubscribe
                    log.warning("chat hub lost Redis (%s); resubscribing", exc)
                    await asyncio.sleep(1)
                    with contextlib.suppress(Exception):
                        await pubsub.subscribe(self.channel)
                    continue
                if message is None or message.get("type") != "message":
                    continue
                try:
                    envelope = json.loads(message["data"])
                    await self.deliver(envelope["keys"], envelope["frame"], envelope.get("exclude"))
                except Exception:  # one bad envelope must not stop delivery
                    log.exception("chat hub could not deliver an envelope")
        finally:
            with contextlib.suppress(Exception):
                await pubsub.aclose()

    async def stop(self) -> None:
        if self._listener is not None:
            self._listener.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._listener
            self._listener = None
        if self.redis is not None:
            await self.redis.aclose()
            self.redis = None


hub = Hub()
