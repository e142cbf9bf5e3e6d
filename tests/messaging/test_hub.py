"""The fan-out hub: in-process delivery, and delivery across processes through Redis pub/sub."""

import asyncio
import json
import os

import pytest

from backend.messaging.hub import Connection, Hub, desk_key, staff_key, user_key

REDIS_URL = os.environ.get("CHAT_WS_REDIS_URL", "redis://127.0.0.1:6379/9")


class FakeSocket:
    def __init__(self) -> None:
        self.frames: asyncio.Queue = asyncio.Queue()

    async def send(self, data: str) -> None:
        await self.frames.put(json.loads(data))


def connect(hub: Hub, *keys: str) -> tuple[Connection, FakeSocket]:
    socket = FakeSocket()
    connection = Connection(socket, list(keys))
    hub.register(connection)
    return connection, socket


@pytest.mark.feature("MSG-1")
async def test_without_redis_frames_reach_local_connections_by_key_except_the_sender():
    hub = Hub()
    shopper, shopper_socket = connect(hub, user_key(1))
    agent, agent_socket = connect(hub, staff_key(5), desk_key(3))
    _, other_desk = connect(hub, staff_key(6), desk_key(4))
    await hub.publish([user_key(1), desk_key(3)], {"type": "message", "n": 1}, exclude=shopper.id)
    assert agent_socket.frames.get_nowait() == {"type": "message", "n": 1}
    assert shopper_socket.frames.empty() and other_desk.frames.empty()
    hub.unregister(agent)
    await hub.publish([desk_key(3)], {"type": "message", "n": 2})
    assert agent_socket.frames.empty() and hub.local.get(desk_key(3)) is None


@pytest.mark.feature("ARCH-5")
async def test_with_redis_a_frame_published_by_one_worker_reaches_another_workers_connection():
    sender, receiver = Hub(), Hub()
    await sender.start(REDIS_URL)
    await receiver.start(REDIS_URL)
    try:
        _, socket = connect(receiver, user_key(42))
        await asyncio.sleep(0.05)  # subscriptions are live once start returns; leave the listener a tick
        await sender.publish([user_key(42)], {"type": "message", "text": "跨进程"})
        assert await asyncio.wait_for(socket.frames.get(), 5) == {"type": "message", "text": "跨进程"}
    finally:
        await sender.stop()
        await receiver.stop()
