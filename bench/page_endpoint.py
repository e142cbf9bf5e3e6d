"""Storefront page endpoint vs a bare Sanic JSON endpoint, measured side by side in one run.

    .venv/bin/python -m bench.page_endpoint [--seconds 8] [--connections 32] [--rounds 3]

Starts the service (one worker, SQLite, demo data in a temporary folder) and the bare app (one
worker), then alternates rounds: bare JSON, the platform home page with its full cached body, and
the same page revalidated with If-None-Match (304). Prints requests/s, p50/p99 and each page
variant's share of the bare endpoint's requests/s (goal: cached page ≥ 60%).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from bench.loadgen import Result, median, run

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(url: str, timeout: float = 60) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            urllib.request.urlopen(url, timeout=10).read()
            return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"server at {url} did not come up")


def start_servers(folder: Path) -> tuple[list[subprocess.Popen], int, int]:
    env = {**os.environ, "DATABASE_URL": f"sqlite://{folder / 'bench.db'}", "STORAGE_LOCAL_DIR": str(folder / "media"),
           "WORKERS": "1", "JOBS_ENABLED": "false", "PYTHONPATH": str(ROOT)}
    subprocess.run([PYTHON, "-m", "backend", "demo"], env=env, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    app_port, bare_port = free_port(), free_port()
    logs = open(ROOT / "var" / "bench-servers.log", "w")  # noqa: SIM115 - lives as long as the servers
    servers = [
        subprocess.Popen([PYTHON, "-m", "backend"], env={**env, "PORT": str(app_port)}, cwd=ROOT,
                         stdout=logs, stderr=logs),
        subprocess.Popen([PYTHON, "bench/bare_app.py", str(bare_port)], cwd=ROOT, stdout=logs, stderr=logs),
    ]
    wait_until_up(f"http://127.0.0.1:{app_port}/healthz")
    wait_until_up(f"http://127.0.0.1:{bare_port}/bare")
    return servers, app_port, bare_port


async def measure(app_port: int, bare_port: int, seconds: float, connections: int, rounds: int) -> None:
    with urllib.request.urlopen(f"http://127.0.0.1:{app_port}/api/v1/pages/home?channel=h5") as response:
        etag, size = response.headers["ETag"], len(response.read())
    print(f"platform home: {size} bytes of JSON, ETag {etag}")
    page = "/api/v1/pages/home?channel=h5"
    variants = {
        "bare Sanic JSON (baseline)": (bare_port, "/bare", {}),
        "page, cached body (200)": (app_port, page, {}),
        "page, ETag revalidation (304)": (app_port, page, {"If-None-Match": etag}),
    }
    results: dict[str, list[Result]] = {name: [] for name in variants}
    for round_number in range(1, rounds + 1):
        for name, (port, path, headers) in variants.items():
            result = await run(name, "127.0.0.1", port, path, headers=headers, connections=connections,
                               seconds=seconds)
            results[name].append(result)
            print(f"round {round_number}: {result.line()}")
    baseline = median([r.rps for r in results["bare Sanic JSON (baseline)"]])
    print("\nmedian over rounds")
    for name, runs in results.items():
        rps = median([r.rps for r in runs])
        p99 = median([r.percentile(0.99) for r in runs])
        print(f"  {name:<34} {rps:>8.0f} req/s  p99 {p99:6.2f} ms  {rps / baseline:6.1%} of bare")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=8)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        servers, app_port, bare_port = start_servers(Path(tmp))
        try:
            asyncio.run(measure(app_port, bare_port, args.seconds, args.connections, args.rounds))
        finally:
            for server in servers:
                server.terminate()
                server.wait(timeout=10)


if __name__ == "__main__":
    main()
