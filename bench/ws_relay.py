"""The chat benchmark's baseline: a bare ``websockets`` relay in one process, no storage, no auth.

    python bench/ws_relay.py PORT

Speaks just enough of the chat protocol for the same client load: a client connects to
``/?me=<key>&peer=<key>``, gets ``hello``; each ``send`` frame is answered with an ``ack`` and
forwarded to the peer's connection as a ``message`` frame. What it costs is what loopback,
the WebSocket library and JSON cost, the floor the real service is compared with.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import sys
from urllib.parse import parse_qs, urlsplit

from websockets.asyncio.server import ServerConnection, serve
from websockets.exceptions import ConnectionClosed

connections: dict[str, ServerConnection] = {}
ids = itertools.count(1)


async def relay(ws: ServerConnection) -> None:
    query = parse_qs(urlsplit(ws.request.path).query)
    me, peer = query["me"][0], query["peer"][0]
    connections[me] = ws
    try:
        await ws.send(json.dumps({"type": "hello", "pid": 0}))
        async for raw in ws:
            frame = json.loads(raw)
            if frame.get("type") != "send":
                continue
            message = {"id": next(ids), "conversation_id": frame["conversation_id"], "sender_kind": me[0],
                       "client_id": frame["client_id"], "kind": frame["kind"], "body": frame["body"]}
            await ws.send(json.dumps({"type": "ack", "client_id": frame["client_id"], "message": message}))
            target = connections.get(peer)
            if target is not None:
                with contextlib.suppress(ConnectionClosed):
                    await target.send(json.dumps({"type": "message", "message": message}))
    except ConnectionClosed:
        pass
    finally:
        if connections.get(me) is ws:
            del connections[me]


async def main(port: int) -> None:
    async with serve(relay, "127.0.0.1", port, backlog=4096, max_queue=None):
        print("relay ready", flush=True)
        await asyncio.Future()


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1])))
