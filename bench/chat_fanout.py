"""Chat fan-out: N WebSocket clients in shopper/agent pairs on loopback, beside a bare relay baseline.

    .venv/bin/python -m bench.chat_fanout [--connections 2000] [--seconds 60] [--workers 2]
                                          [--redis redis://127.0.0.1:6379/15] [--postgres [ADMIN_URL]]
                                          [--database bench_chat] [--interval 1.05] [--grace 5] [--profile]

1. starts the service (``python -m backend``, ``--workers`` workers, Redis pub/sub between them, a
   fresh SQLite file under var/bench/ or, with ``--postgres``, a fresh ``--database`` database);
2. a child process sets up through the services: one merchant shop, N/2 shoppers and N/2 agents
   (role 客服), one conversation per pair with the shopper's first message, accepted by its agent;
3. every client opens its WebSocket (``/api/v1/chat/ws?token=…``) and, once all have their
   ``hello`` (the server says it once the socket is registered for delivery),
   sends a text message every ``--interval`` seconds (random phase; under the 10 per 10 s limit)
   for ``--seconds``; its peer records when the message arrives;
4. after ``--grace`` seconds for the last deliveries: messages/s delivered, p50/p99 delivery
   latency (send call → peer received), acked messages never delivered (lost), error frames, and
   p50/p99 of send call → ack (the message is stored: storage alone, without the fan-out);
5. the baseline, same client load: ``bench/ws_relay.py``, a bare ``websockets`` relay in one process
   (ack + forward, no storage, no auth).

``--profile`` runs each worker under cProfile (``bench/profiled_service.py``).

The client runs in this one process. The CPU time of the client and of the server (the service's
processes; the relay's) during the load is printed: on a small or shared machine the load
generator and other work compete with the service, so read a run's latencies beside its baseline
and the CPU it took (PostgreSQL's and Redis's own processes are not counted; a busier service
writes bigger batches, so CPU per message falls a little under load). Goal at 2,000 connections:
0 lost, p99 < 100 ms. The defaults are the README's embedded defaults (SQLite, ``WORKERS=2``)
plus Redis between the workers.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import random
import resource
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

import redis
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake

from bench.checkout_submit import phone_of, serve, stop
from bench.page_endpoint import free_port
from bench.search_catalog import CACHE, PYTHON, ROOT, _admin, _with_database, bench_settings

DEFAULT_REDIS = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/15")
DEFAULT_ADMIN_URL = "postgres://postgres@127.0.0.1:5432/postgres"
DATABASE = "bench_chat"
ADMIN, PASSWORD = "benchchatadmin", "Bench12345"
GOAL_P99_MS = 100


# --- set-up (in a child process, through the services) ---------------------------------------------

async def _pairs(url: str, pairs: int) -> dict:
    from tortoise.context import TortoiseContext

    from backend.accounts import service as accounts
    from backend.accounts.schemas import SmsLoginIn, StaffIn
    from backend.accounts.service.tokens import issue_token
    from backend.app import create_app
    from backend.core.db import tortoise_config
    from backend.core.runtime import runtime
    from backend.messaging import service as chat
    from backend.messaging.schemas import MessageIn
    from backend.shops import service as shops
    from backend.shops.schemas import ShopIn

    settings = bench_settings(url).model_copy(update={"redis_url": "", "password_time_cost": 1,
                                                       "password_memory_kib": 1024})
    async with TortoiseContext() as ctx:
        await ctx.init(config=tortoise_config(settings), _enable_global_fallback=True)
        create_app(settings, with_database=False, name="bench_chat_setup")
        logging.getLogger("backend.sms").setLevel(logging.WARNING)
        admin = await accounts.bootstrap_admin(ADMIN, "压测管理员", PASSWORD)
        platform = await accounts.resolve_token((await issue_token("staff", admin.id, "admin"))[0])
        shop = await shops.create_shop(ShopIn(kind="merchant", name="压测客服店"))
        result = []
        for number in range(pairs):
            phone, ip = phone_of(number), f"10.8.{number // 250}.{number % 250 + 1}"
            await accounts.send_code(phone, "login", ip)
            code = runtime().sms.last_to(phone).params["code"]
            shopper_token = (await accounts.login_by_sms(SmsLoginIn(phone=phone, code=code), ip))["token"]
            staff = await accounts.create_staff(platform, StaffIn(
                username=f"benchkefu{number}", name=f"客服{number}", password=PASSWORD, role_code="cs_agent",
                shop_id=shop.id))
            agent_token = (await issue_token("staff", staff["id"], "admin"))[0]
            shopper, agent = await accounts.resolve_token(shopper_token), await accounts.resolve_token(agent_token)
            conversation, _ = await chat.open_conversation(shopper, shop.id)
            await chat.send(shopper, MessageIn(conversation_id=conversation.id, kind="text", body={"text": "开始"}))
            await chat.accept(agent, conversation.id)
            result.append([shopper_token, agent_token, conversation.id])
    return {"pairs": result}


def set_up(url: str, pairs: int) -> list[list]:
    done = subprocess.run([PYTHON, "-m", "bench.chat_fanout", "--internal", url, "--connections", str(pairs * 2)],
                          cwd=ROOT, stdout=subprocess.PIPE, check=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])["pairs"]


# --- the clients ------------------------------------------------------------------------------------

@dataclass
class Tally:
    name: str
    sent: int = 0
    acked: int = 0
    delivered: int = 0
    connect_failures: int = 0
    errors: dict[str, int] = field(default_factory=dict)
    latencies: list[float] = field(default_factory=list)  # send → the peer has the message
    ack_latencies: list[float] = field(default_factory=list)  # send → ack (stored): storage, not fan-out
    pending: dict[str, list] = field(default_factory=dict)  # client_id → [sent at, acked], until delivered
    unacked: dict[str, float] = field(default_factory=dict)  # client_id → sent at, until acked
    seconds: float = 0.0

    @property
    def lost(self) -> int:
        return sum(1 for _, acked in self.pending.values() if acked)

    @property
    def unanswered(self) -> int:
        return sum(1 for _, acked in self.pending.values() if not acked)

    def percentile(self, p: float, latencies: list[float] | None = None) -> float:
        ordered = sorted(self.latencies if latencies is None else latencies)
        if not ordered:
            return 0.0
        return ordered[min(len(ordered) - 1, int(len(ordered) * p))] * 1000


class Connected:
    """Counts clients that finished connecting (or gave up); ``all`` is set once every one has."""

    def __init__(self, expected: int) -> None:
        self.left, self.all = expected, asyncio.Event()
        if not expected:
            self.all.set()

    def one(self) -> None:
        self.left -= 1
        if self.left <= 0:
            self.all.set()


async def _client(url: str, me: str, conversation_id: int, tally: Tally, start: asyncio.Event,
                  window: dict, interval: float, connected: Connected) -> None:
    ws = None
    for attempt in range(5):
        try:
            ws = await connect(url, open_timeout=60, ping_interval=None, max_queue=None)
            # the server registers a socket for delivery after checking its token, then says hello:
            # a peer sending before that would count a message to a not-yet-listening client as lost
            await asyncio.wait_for(ws.recv(), 60)
            break
        except (OSError, InvalidHandshake, TimeoutError, ConnectionClosed):
            await asyncio.sleep(0.5 * (attempt + 1))
    if ws is None:
        tally.connect_failures += 1
        connected.one()
        return

    async def receive() -> None:
        try:
            async for raw in ws:
                frame = json.loads(raw)
                kind = frame.get("type")
                if kind == "message":
                    entry = tally.pending.pop(frame["message"].get("client_id") or "", None)
                    if entry is not None:
                        tally.latencies.append(time.perf_counter() - entry[0])
                        tally.delivered += 1
                elif kind == "ack":  # the peer may have the message already: acks are timed on their own
                    tally.acked += 1
                    sent_at = tally.unacked.pop(frame["client_id"], None)
                    if sent_at is not None:
                        tally.ack_latencies.append(time.perf_counter() - sent_at)
                    entry = tally.pending.get(frame["client_id"])
                    if entry is not None:
                        entry[1] = True
                elif kind == "error":
                    tally.errors[frame["code"]] = tally.errors.get(frame["code"], 0) + 1
                    tally.pending.pop(frame.get("client_id") or "", None)
                    tally.unacked.pop(frame.get("client_id") or "", None)
        except ConnectionClosed:
            pass

    receiver = asyncio.create_task(receive())
    connected.one()
    await start.wait()
    await asyncio.sleep(random.uniform(0, interval))
    sequence = 0
    try:
        while time.perf_counter() < window["until"]:
            client_id = f"{me}-{sequence}"
            sent_at = time.perf_counter()
            tally.pending[client_id], tally.unacked[client_id] = [sent_at, False], sent_at
            await ws.send(json.dumps({"type": "send", "conversation_id": conversation_id, "client_id": client_id,
                                      "kind": "text", "body": {"text": f"压测消息 {client_id}"}}))
            tally.sent += 1
            sequence += 1
            await asyncio.sleep(interval)
        await asyncio.sleep(window["grace"])
    except ConnectionClosed:
        pass
    finally:
        await ws.close()
        await asyncio.wait_for(receiver, 10)


async def load(name: str, urls: list[tuple[str, str, int]], seconds: float, interval: float, grace: float) -> Tally:
    """``urls``: (me, URL, conversation id) per connection; connect all, then send for ``seconds``."""
    tally, start, connected = Tally(name), asyncio.Event(), Connected(len(urls))
    window = {"until": 0.0, "grace": grace}
    tasks = []
    for n, (me, url, conversation_id) in enumerate(urls):
        tasks.append(asyncio.create_task(_client(url, me, conversation_id, tally, start, window, interval, connected)))
        if n % 100 == 99:
            await asyncio.sleep(0.2)  # a ramp, not a SYN flood
    await connected.all.wait()
    began = time.perf_counter()
    window["until"] = began + seconds
    start.set()
    await asyncio.gather(*tasks)
    tally.seconds = seconds
    return tally


def service_urls(port: int, pairs: list[list]) -> list[tuple[str, str, int]]:
    base = f"ws://127.0.0.1:{port}/api/v1/chat/ws?token="
    urls = []
    for n, (shopper, agent, conversation_id) in enumerate(pairs):
        urls += [(f"c{n}", base + shopper, conversation_id), (f"a{n}", base + agent, conversation_id)]
    return urls


def relay_urls(port: int, pairs: int) -> list[tuple[str, str, int]]:
    urls = []
    for n in range(pairs):
        urls += [(f"c{n}", f"ws://127.0.0.1:{port}/?me=c{n}&peer=a{n}", n + 1),
                 (f"a{n}", f"ws://127.0.0.1:{port}/?me=a{n}&peer=c{n}", n + 1)]
    return urls


# --- the run -----------------------------------------------------------------------------------------

def fresh_database(args: argparse.Namespace) -> str:
    if args.postgres:
        asyncio.run(_admin(args.postgres, f'DROP DATABASE IF EXISTS "{args.database}" WITH (FORCE)',
                           f'CREATE DATABASE "{args.database}"'))
        return _with_database(args.postgres, args.database)
    path = CACHE / "chat.db"
    CACHE.mkdir(parents=True, exist_ok=True)
    for extra in ("", "-wal", "-shm"):
        Path(f"{path}{extra}").unlink(missing_ok=True)
    return f"sqlite://{path}?busy_timeout=5000&synchronous=NORMAL"


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def tree_cpu_seconds(root: int) -> float:
    """CPU time (user + system) of a process and every process below it, from /proc (Linux)."""
    parents, times = {}, {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # exited meanwhile
            continue
        pid = int(stat.parent.name)
        parents[pid], times[pid] = int(fields[1]), int(fields[11]) + int(fields[12])
    tree, grew = {root}, True
    while grew:
        below = {pid for pid, parent in parents.items() if parent in tree} - tree
        tree, grew = tree | below, bool(below)
    return sum(times.get(pid, 0) for pid in tree) / os.sysconf("SC_CLK_TCK")


def report(tally: Tally, cpu: float, server_cpu: float) -> None:
    rate = tally.delivered / tally.seconds if tally.seconds else 0.0
    print(f"  {tally.name:<44}{rate:>9.1f}{tally.percentile(0.5):>9.1f}{tally.percentile(0.99):>9.1f}"
          f"{tally.sent:>8}{tally.delivered:>10}{tally.lost:>6}{tally.unanswered:>8}"
          f"{tally.percentile(0.5, tally.ack_latencies):>9.1f}{tally.percentile(0.99, tally.ack_latencies):>9.1f}"
          f"   CPU s: client {cpu:.1f}, server {server_cpu:.1f}"
          f"{'   errors ' + str(tally.errors) if tally.errors else ''}"
          f"{'   connect failures ' + str(tally.connect_failures) if tally.connect_failures else ''}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--connections", type=int, default=2000, help="even: shopper/agent pairs")
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--redis", default=DEFAULT_REDIS, help="pub/sub between the workers")
    parser.add_argument("--postgres", nargs="?", metavar="ADMIN_URL",
                        const=os.environ.get("BENCH_POSTGRES_ADMIN_URL", DEFAULT_ADMIN_URL))
    parser.add_argument("--database", default=os.environ.get("BENCH_CHAT_DATABASE", DATABASE),
                        help="the PostgreSQL database to drop and create (one per engineer sharing a server)")
    parser.add_argument("--interval", type=float, default=1.05, help="seconds between one client's messages")
    parser.add_argument("--grace", type=float, default=5.0, help="seconds to wait for the last deliveries")
    parser.add_argument("--profile", action="store_true",
                        help="run each worker under cProfile (bench/profiled_service.py): var/bench/profile-*.prof")
    parser.add_argument("--internal", metavar="URL", help=argparse.SUPPRESS)
    args = parser.parse_args()
    pairs = args.connections // 2
    if args.internal:
        print(json.dumps(asyncio.run(_pairs(args.internal, pairs))))
        return
    url = fresh_database(args)
    port = free_port()
    env = {"DATABASE_URL": url, "WORKERS": str(args.workers), "JOBS_ENABLED": "false", "PORT": str(port),
           "REDIS_URL": args.redis, "STORAGE_LOCAL_DIR": str(CACHE / "media"), "PASSWORD_TIME_COST": "1",
           "PASSWORD_MEMORY_KIB": "1024"}
    redis.Redis.from_url(args.redis).flushdb()  # rate-limit windows of an earlier run
    service = serve(["bench.profiled_service" if args.profile else "backend"], env,
                    f"http://127.0.0.1:{port}/healthz", "bench-chat-server.log", workers=args.workers)
    try:
        started = time.perf_counter()
        conversations = set_up(url, pairs)
        print(f"{'postgres' if args.postgres else 'sqlite'}: {pairs} pairs set up in "
              f"{time.perf_counter() - started:.1f} s; service with {args.workers} workers, Redis {args.redis}")
        before, server_before = cpu_seconds(), tree_cpu_seconds(service.pid)
        served = asyncio.run(load("service (store, then fan out)", service_urls(port, conversations),
                                  args.seconds, args.interval, args.grace))
        served_cpu, served_server_cpu = cpu_seconds() - before, tree_cpu_seconds(service.pid) - server_before
    finally:
        stop(service)
    relay_port = free_port()
    relay = subprocess.Popen([PYTHON, str(ROOT / "bench" / "ws_relay.py"), str(relay_port)], cwd=ROOT,
                             stdout=subprocess.PIPE, text=True)
    try:
        assert relay.stdout is not None
        relay.stdout.readline()  # "relay ready"
        before, server_before = cpu_seconds(), tree_cpu_seconds(relay.pid)
        bare = asyncio.run(load("baseline: bare websockets relay, 1 process", relay_urls(relay_port, pairs),
                                args.seconds, args.interval, args.grace))
        bare_cpu, bare_server_cpu = cpu_seconds() - before, tree_cpu_seconds(relay.pid) - server_before
    finally:
        stop(relay)
    print(f"\n== {args.connections} connections ({pairs} pairs), one message per {args.interval} s per client, "
          f"{args.seconds:.0f} s + {args.grace:.0f} s grace")
    print(f"  {'':<44}{'msg/s':>9}{'p50 ms':>9}{'p99 ms':>9}{'sent':>8}{'delivered':>10}{'lost':>6}{'no ack':>8}"
          f"{'ack p50':>9}{'ack p99':>9}")
    report(served, served_cpu, served_server_cpu)
    report(bare, bare_cpu, bare_server_cpu)
    met = served.lost == 0 and served.percentile(0.99) < GOAL_P99_MS and not served.connect_failures
    print(f"  goal (0 lost, p99 < {GOAL_P99_MS} ms at 2,000 connections): {'met' if met else 'not met'} at "
          f"{args.connections} connections")
    print(f"\n({os.cpu_count()} CPUs, load average now {os.getloadavg()[0]:.1f}: the clients share the machine "
          f"with the service; compare with the baseline of the same run)")


if __name__ == "__main__":
    main()
