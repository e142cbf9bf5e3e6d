"""The chat WebSocket against a real server: two Sanic workers fanning out through Redis.

One server per module (``python -m backend`` with WORKERS=2, SQLite and REDIS_URL db 9, demo data
loaded through ``python -m backend demo``); clients speak the wire protocol with ``websockets``.
"""

from __future__ import annotations

import asyncio
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import httpx
import pytest
import redis
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed

ROOT = Path(__file__).resolve().parents[2]
REDIS_URL = os.environ.get("CHAT_WS_REDIS_URL", "redis://127.0.0.1:6379/9")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(url: str, server: subprocess.Popen, timeout: float = 40) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        if server.poll() is not None:
            raise RuntimeError("the chat server exited during start-up")
        try:
            urllib.request.urlopen(url, timeout=5).read()
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"server at {url} did not come up")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    redis.Redis.from_url(REDIS_URL).flushdb()  # rate-limit counters of an earlier run
    folder = tmp_path_factory.mktemp("chat-server")
    port = free_port()
    env = {**os.environ, "DATABASE_URL": f"sqlite://{folder / 'chat.db'}", "STORAGE_LOCAL_DIR": str(folder / "media"),
           "WORKERS": "2", "REDIS_URL": REDIS_URL, "JOBS_ENABLED": "false", "PORT": str(port),
           "PASSWORD_TIME_COST": "1", "PASSWORD_MEMORY_KIB": "1024", "SANIC_GRACEFUL_SHUTDOWN_TIMEOUT": "1",
           "ADMIN_DIST": str(folder / "none"), "H5_DIST": str(folder / "none"), "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, "-m", "backend", "demo"], env=env, check=True, cwd=ROOT,
                   stdout=subprocess.DEVNULL)
    log = open(folder / "server.log", "w")  # noqa: SIM115 - lives as long as the server
    process = subprocess.Popen([sys.executable, "-m", "backend"], env=env, cwd=ROOT, stdout=log, stderr=log)
    try:
        wait_until_up(f"http://127.0.0.1:{port}/healthz", process)
        yield f"127.0.0.1:{port}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


class Client:
    """HTTP for set-up (the door users use), WebSockets for the conversation."""

    def __init__(self, address: str) -> None:
        self.address = address
        self.http = httpx.AsyncClient(base_url=f"http://{address}", timeout=10)

    async def consumer(self, phone: str = "13912340001") -> str:
        response = await self.http.post("/api/v1/auth/login/password", json={"phone": phone, "password": "Demo12345"})
        assert response.status_code == 200, response.text
        return response.json()["token"]

    async def staff(self, username: str, password: str) -> dict:
        response = await self.http.post("/api/v1/staff/auth/login", json={"username": username, "password": password})
        assert response.status_code == 200, response.text
        return response.json()

    async def call(self, method: str, path: str, token: str, **kw) -> httpx.Response:
        return await self.http.request(method, path, headers={"Authorization": f"Bearer {token}"}, **kw)

    async def socket(self, token: str):
        ws = await connect(f"ws://{self.address}/api/v1/chat/ws?token={token}")
        hello = await expect(ws, "hello")
        return ws, hello["pid"]


async def expect(ws, kind: str) -> dict:
    """The next frame of this type within 5 s (frames of other types in between are skipped)."""
    async with asyncio.timeout(5):
        while True:
            frame = json.loads(await ws.recv())
            if frame["type"] == kind:
                return frame


async def send(ws, conversation_id: int, text: str, client_id: str) -> dict:
    await ws.send(json.dumps({"type": "send", "conversation_id": conversation_id, "client_id": client_id,
                              "kind": "text", "body": {"text": text}}))
    return await expect(ws, "ack")


@pytest.fixture
async def client(server):
    c = Client(server)
    yield c
    await c.http.aclose()


@pytest.fixture
async def chat(client):
    """A demo shopper with an open conversation with the self-operated shop, and its agent."""
    shopper = await client.consumer()
    agent = await client.staff("ziying", "Shop12345")
    shop_id = agent["staff"]["shop"]["id"]
    opened = await client.call("POST", "/api/v1/chat/conversations", shopper, json={"shop_id": shop_id})
    assert opened.status_code in (200, 201), opened.text
    return {"shopper": shopper, "agent": agent["token"], "conversation": opened.json()["id"]}


async def sockets_on_different_workers(client: Client, shopper: str, agent: str, within: float = 30.0):
    """Open connections until the shopper and the agent are served by different worker processes.

    Tries for a while: /healthz answers once one worker is up, the second may still be starting.
    """
    opened = []
    deadline = time.monotonic() + within
    try:
        customer, customer_pid = await client.socket(shopper)
        while time.monotonic() < deadline:
            ws, pid = await client.socket(agent)
            if pid != customer_pid:
                return customer, ws, customer_pid, pid
            opened.append(ws)
            await asyncio.sleep(0.05)
        raise AssertionError(f"every connection landed on worker {customer_pid}")
    finally:
        for ws in opened:
            await ws.close()


@pytest.mark.feature("ARCH-5")
@pytest.mark.feature("MSG-1")
async def test_shopper_and_agent_on_different_workers_talk_both_ways_and_resume(client, chat):
    customer, agent_ws, customer_pid, agent_pid = await sockets_on_different_workers(
        client, chat["shopper"], chat["agent"])
    assert customer_pid != agent_pid
    conversation = chat["conversation"]

    ack = await send(customer, conversation, "你好，橙子什么时候发货？", "c-1")
    assert ack["client_id"] == "c-1" and ack["message"]["id"]
    seen = await expect(agent_ws, "message")  # waiting: every agent of the shop is told
    assert seen["message"]["id"] == ack["message"]["id"]
    assert seen["message"]["body"] == {"text": "你好，橙子什么时候发货？"}

    accepted = await client.call("POST", f"/api/v1/admin/chat/conversations/{conversation}/accept", chat["agent"])
    assert accepted.status_code == 200, accepted.text
    notice = await expect(customer, "message")
    assert notice["message"]["sender_kind"] == "system"

    reply = await send(agent_ws, conversation, "今天下午发出", "a-1")
    delivered = await expect(customer, "message")
    assert delivered["message"]["id"] == reply["message"]["id"]
    assert delivered["message"]["sender_kind"] == "staff"

    # the shopper drops off; the agent keeps talking; the reconnecting shopper resumes
    last_seen = delivered["message"]["id"]
    await customer.close()
    missed = [(await send(agent_ws, conversation, f"补充{n}", f"a-missed-{n}"))["message"]["id"] for n in range(2)]
    back, _ = await client.socket(chat["shopper"])
    await back.send(json.dumps({"type": "resume", "conversation_id": conversation, "after_id": last_seen}))
    history = await expect(back, "history")
    assert [m["id"] for m in history["messages"]] == missed

    # and the reconnected shopper still reaches the agent on the other worker
    again = await send(back, conversation, "收到，谢谢", "c-2")
    assert (await expect(agent_ws, "message"))["message"]["id"] == again["message"]["id"]
    await back.close()
    await agent_ws.close()


@pytest.mark.feature("MSG-1")
async def test_the_same_client_id_twice_stores_one_message(client, chat):
    ws, _ = await client.socket(chat["shopper"])
    first = await send(ws, chat["conversation"], "只存一次", "dup-1")
    second = await send(ws, chat["conversation"], "只存一次", "dup-1")
    assert first["message"]["id"] == second["message"]["id"]
    history = await client.call("GET", f"/api/v1/chat/conversations/{chat['conversation']}/messages",
                                chat["shopper"], params={"after_id": first["message"]["id"] - 1})
    assert [m["client_id"] for m in history.json()["items"]].count("dup-1") == 1
    await ws.close()


@pytest.mark.feature("MSG-1")
async def test_a_bad_token_closes_with_4401_before_anything_else(client):
    ws = await connect(f"ws://{client.address}/api/v1/chat/ws?token=not-a-token")
    with pytest.raises(ConnectionClosed) as closed:
        await ws.recv()
    assert closed.value.rcvd.code == 4401


@pytest.mark.feature("MSG-1")
async def test_bad_frames_get_an_error_and_the_connection_stays_open(client, chat):
    ws, _ = await client.socket(chat["shopper"])
    for raw in ("not json", json.dumps({"type": "dance"}), json.dumps([1, 2]),
                json.dumps({"type": "send", "conversation_id": "x"})):
        await ws.send(raw)
        assert (await expect(ws, "error"))["code"] == "bad_frame"
    await ws.send(json.dumps({"type": "send", "conversation_id": chat["conversation"], "client_id": "long",
                              "kind": "text", "body": {"text": "字" * 2001}}))
    refused = await expect(ws, "error")
    assert refused["code"] == "invalid_message" and refused["client_id"] == "long"
    await ws.send(json.dumps({"type": "resume", "conversation_id": 999999, "after_id": 0}))
    assert (await expect(ws, "error"))["code"] == "conversation_not_found"
    await ws.send(json.dumps({"type": "ping"}))
    assert (await expect(ws, "pong")) == {"type": "pong"}
    await ws.close()


@pytest.mark.feature("MSG-1")
async def test_more_than_ten_messages_in_ten_seconds_are_rate_limited(client, chat):
    ws, _ = await client.socket(chat["shopper"])
    for n in range(10):
        await send(ws, chat["conversation"], f"第{n}条", f"burst-{n}")
    await ws.send(json.dumps({"type": "send", "conversation_id": chat["conversation"], "client_id": "burst-10",
                              "kind": "text", "body": {"text": "第10条"}}))
    limited = await expect(ws, "error")
    assert limited["code"] == "rate_limited" and limited["client_id"] == "burst-10"
    await ws.close()
