"""The chat WebSocket against real servers: two service processes fanning out through Redis (ARCH-5).

Two ``python -m backend`` processes on two ports (one worker each) share one database (a SQLite file,
or a fresh PostgreSQL database next to TEST_DATABASE_URL) and one Redis (TEST_REDIS_URL, else
CHAT_WS_REDIS_URL, else db 9 on loopback): a shopper on one and an agent on the other is exactly
two workers on two hosts behind a load balancer. Demo data comes from ``python -m backend demo``;
clients speak the wire protocol with ``websockets``. A Redis that cannot be reached fails the run.
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

import asyncpg
import httpx
import pytest
import redis
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed

ROOT = Path(__file__).resolve().parents[2]
REDIS_URL = (os.environ.get("TEST_REDIS_URL") or os.environ.get("CHAT_WS_REDIS_URL")
             or "redis://127.0.0.1:6379/9")
TEST_DATABASE_URL = os.environ.get("TEST_DATABASE_URL", "")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(url: str, server: subprocess.Popen, timeout: float = 60) -> None:
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


async def _fresh_postgres(url: str) -> str:
    """An empty database beside the suite's own (which the in-process tests keep emptying)."""
    base, _, name = url.partition("?")[0].rpartition("/")
    database = f"{name}_ws"
    admin = await asyncpg.connect(f"{base}/postgres")
    try:
        await admin.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        await admin.execute(f'CREATE DATABASE "{database}"')
    finally:
        await admin.close()
    return f"{base}/{database}"


@pytest.fixture(scope="module")
def servers(tmp_path_factory):
    """Two service processes on one database and one Redis: (address A, address B)."""
    redis.Redis.from_url(REDIS_URL).flushdb()  # rate-limit counters of an earlier run; fails without Redis
    folder = tmp_path_factory.mktemp("chat-servers")
    if TEST_DATABASE_URL.startswith(("postgres://", "postgresql://")):
        database_url = asyncio.run(_fresh_postgres(TEST_DATABASE_URL))
    else:
        database_url = f"sqlite://{folder / 'chat.db'}?busy_timeout=5000"
    env = {**os.environ, "DATABASE_URL": database_url, "STORAGE_LOCAL_DIR": str(folder / "media"),
           "WORKERS": "1", "REDIS_URL": REDIS_URL, "JOBS_ENABLED": "false", "MIGRATE_ON_START": "false",
           "PASSWORD_TIME_COST": "1", "PASSWORD_MEMORY_KIB": "1024", "SANIC_GRACEFUL_SHUTDOWN_TIMEOUT": "1",
           "ADMIN_DIST": str(folder / "none"), "H5_DIST": str(folder / "none"), "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, "-m", "backend", "demo"], env=env, check=True, cwd=ROOT,
                   stdout=subprocess.DEVNULL)  # migrates once, then seeds
    log = open(folder / "servers.log", "w")  # noqa: SIM115 - lives as long as the servers
    ports = [free_port(), free_port()]
    processes = [subprocess.Popen([sys.executable, "-m", "backend"], env={**env, "PORT": str(port)}, cwd=ROOT,
                                  stdout=log, stderr=log) for port in ports]
    try:
        for port, process in zip(ports, processes, strict=True):
            wait_until_up(f"http://127.0.0.1:{port}/healthz", process)
        yield tuple(f"127.0.0.1:{port}" for port in ports)
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
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
async def client(servers):
    c = Client(servers[0])
    yield c
    await c.http.aclose()


@pytest.fixture
async def other_client(servers):
    """The same API on the other process."""
    c = Client(servers[1])
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


@pytest.mark.feature("ARCH-5")
@pytest.mark.feature("MSG-1")
async def test_shopper_and_agent_on_different_processes_talk_both_ways_read_and_resume(client, other_client, chat):
    customer, customer_pid = await client.socket(chat["shopper"])
    agent_ws, agent_pid = await other_client.socket(chat["agent"])
    assert customer_pid != agent_pid
    conversation = chat["conversation"]

    ack = await send(customer, conversation, "你好，橙子什么时候发货？", "c-1")
    assert ack["client_id"] == "c-1" and ack["message"]["id"]
    seen = await expect(agent_ws, "message")  # waiting: every agent of the shop is told
    assert seen["message"]["id"] == ack["message"]["id"]
    assert seen["message"]["body"] == {"text": "你好，橙子什么时候发货？"}

    accepted = await other_client.call("POST", f"/api/v1/admin/chat/conversations/{conversation}/accept",
                                       chat["agent"])
    assert accepted.status_code == 200, accepted.text
    notice = await expect(customer, "message")
    assert notice["message"]["sender_kind"] == "system"

    reply = await send(agent_ws, conversation, "今天下午发出", "a-1")
    delivered = await expect(customer, "message")
    assert delivered["message"]["id"] == reply["message"]["id"]
    assert delivered["message"]["sender_kind"] == "staff"

    # read receipts cross the processes both ways
    await customer.send(json.dumps({"type": "read", "conversation_id": conversation}))
    receipt = await expect(agent_ws, "read")
    assert receipt == {"type": "read", "conversation_id": conversation, "reader": "consumer",
                       "last_message_id": reply["message"]["id"]}
    await agent_ws.send(json.dumps({"type": "read", "conversation_id": conversation}))
    while (await expect(customer, "read"))["reader"] != "staff":  # its own receipt first (other devices sync)
        pass

    # the shopper drops off; the agent keeps talking; the shopper reconnects to the other process and resumes
    last_seen = delivered["message"]["id"]
    await customer.close()
    missed = [(await send(agent_ws, conversation, f"补充{n}", f"a-missed-{n}"))["message"]["id"] for n in range(2)]
    back, back_pid = await other_client.socket(chat["shopper"])
    assert back_pid == agent_pid
    await back.send(json.dumps({"type": "resume", "conversation_id": conversation, "after_id": last_seen}))
    history = await expect(back, "history")
    assert [m["id"] for m in history["messages"]] == missed and history["more"] is False
    unread = await other_client.call("GET", "/api/v1/chat/unread", chat["shopper"])
    assert unread.json()["total"] == 2  # the two it missed; read before the drop

    # a message sent again with the same client_id after a reconnect is stored once
    again = await send(back, conversation, "收到，谢谢", "c-2")
    assert (await expect(agent_ws, "message"))["message"]["id"] == again["message"]["id"]
    assert (await send(back, conversation, "收到，谢谢", "c-2"))["message"]["id"] == again["message"]["id"]
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
