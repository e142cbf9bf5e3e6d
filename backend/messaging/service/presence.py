"""Whether a shopper has a chat socket open on any worker: a short-lived key on the shared cache.

Set when the socket connects and on every ``ping`` frame (shells send one every 25 s), dropped when
the last socket of this process closes. A worker that dies leaves the key to expire. The WeChat
bridge asks it before sending an agent's reply to WeChat instead of the socket.
"""

from __future__ import annotations

from backend.core.runtime import runtime

TTL_SECONDS = 70


def _key(user_id: int) -> str:
    return f"chat:online:user:{user_id}"


async def seen(user_id: int) -> None:
    await runtime().cache.set(_key(user_id), 1, ttl=TTL_SECONDS)


async def gone(user_id: int) -> None:
    await runtime().cache.delete(_key(user_id))


async def connected(user_id: int) -> bool:
    return await runtime().cache.get(_key(user_id)) is not None
