"""WebSocket fan-out: who is connected here, and how a frame reaches connections in other workers.

Every connection registers under recipient keys (``user:<id>``, ``staff:<id>``, ``desk:<shop id or
"platform">`` for agents). ``publish`` delivers to this process's connections at once. With
``REDIS_URL`` set, it also queues the frame for one shared pub/sub channel that every worker (on
every host) subscribes to; each other worker delivers to the matching connections it holds. The
caller never waits for Redis: one pump task per worker sends whatever has queued up in one
pipelined round trip, in publishing order. Pub/sub is fire-and-forget: a client that was not
connected catches up with a ``resume`` frame from the stored history.

An envelope on the channel carries the frames of one ``publish_many`` call (a batch of stored
messages): one line of JSON (the publishing hub, and per frame its keys and excluded connection)
followed by one line per frame, its JSON text, which receivers pass on without parsing it again
(``dumps`` escapes every newline inside a frame).
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
PUMP_BATCH = 500


Route = tuple[list[str], str, str | None]  # (recipient keys, frame JSON text, excluded connection id)


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


async def _sent(connection: Connection, text: str) -> bool:
    try:
        async with asyncio.timeout(SEND_TIMEOUT):
            await connection.socket.send(text)
        return True
    except Exception:  # closed, or too slow: it catches up with resume
        return False


class Hub:
    def __init__(self) -> None:
        self.local: dict[str, set[Connection]] = defaultdict(set)
        self.redis: Redis | None = None
        self.channel = CHANNEL
        self.id = uuid.uuid4().hex
        self._outbox: asyncio.Queue[str] = asyncio.Queue()
        self._listener: asyncio.Task | None = None
        self._pumper: asyncio.Task | None = None

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

    async def deliver(self, keys: list[str], text: str, exclude: str | None = None) -> int:
        """Send frame ``text`` to this process's connections under ``keys``; a slow or dead socket is skipped."""
        targets = {c for key in keys for c in self.local.get(key, ()) if c.id != exclude}
        if len(targets) == 1:  # the usual case: one peer, no task per send
            return int(await _sent(targets.pop(), text))
        results = await asyncio.gather(*(_sent(c, text) for c in targets))
        return sum(results)

    # --- across processes ------------------------------------------------------------------

    async def publish(self, keys: list[str], frame: dict[str, Any], exclude: str | None = None) -> None:
        await self.publish_many([(keys, dumps(frame), exclude)])

    async def publish_many(self, routes: list[Route]) -> None:
        """Send frames in order: queued for the other workers as one envelope, then delivered here."""
        if not routes:
            return
        if self.redis is not None:  # queued first: other workers never wait for a slow socket here
            header = json.dumps({"hub": self.id, "routes": [[keys, exclude] for keys, _, exclude in routes]},
                                separators=(",", ":"))
            self._outbox.put_nowait("\n".join([header, *(text for _, text, _ in routes)]))
        await self.deliver_many(routes)

    async def deliver_many(self, routes: list[Route]) -> None:
        for keys, text, exclude in routes:
            await self.deliver(keys, text, exclude)

    async def _pump(self) -> None:
        """Send queued envelopes to Redis, all that are waiting in one pipeline."""
        assert self.redis is not None
        while True:
            batch = [await self._outbox.get()]
            while not self._outbox.empty() and len(batch) < PUMP_BATCH:
                batch.append(self._outbox.get_nowait())
            try:
                async with self.redis.pipeline(transaction=False) as pipe:
                    for envelope in batch:
                        pipe.publish(self.channel, envelope)
                    await pipe.execute()
            except Exception:  # stored already: the other side catches up with resume/history
                log.warning("chat hub could not publish %d frames", len(batch), exc_info=True)

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
        self._pumper = asyncio.create_task(self._pump())
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
                    header, *texts = message["data"].split("\n")
                    envelope = json.loads(header)
                    if envelope["hub"] != self.id:  # the publishing worker delivered its own already
                        routes = zip(envelope["routes"], texts, strict=True)
                        await self.deliver_many([(keys, text, exclude) for (keys, exclude), text in routes])
                except Exception:  # one bad envelope must not stop delivery
                    log.exception("chat hub could not deliver an envelope")
        finally:
            with contextlib.suppress(Exception):
                await pubsub.aclose()

    async def stop(self) -> None:
        for task in (self._listener, self._pumper):
            if task is not None:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await task
        self._listener = self._pumper = None
        if self.redis is not None:
            await self.redis.aclose()
            self.redis = None


hub = Hub()
