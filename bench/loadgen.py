"""A small keep-alive HTTP/1.1 load generator on asyncio: N connections, fixed duration, latencies.

Good enough to compare two endpoints side by side in one run on the same machine; not a
replacement for wrk. Every connection sends one request, reads the whole response, repeats.
"""

from __future__ import annotations

import asyncio
import statistics
import time
from dataclasses import dataclass, field


@dataclass
class Result:
    name: str
    requests: int = 0
    errors: int = 0
    statuses: dict[int, int] = field(default_factory=dict)
    latencies: list[float] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    def percentile(self, p: float) -> float:
        if not self.latencies:
            return 0.0
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(len(ordered) * p))] * 1000

    def line(self) -> str:
        return (f"{self.name:<38} {self.rps:>9.0f} req/s   p50 {self.percentile(0.5):6.2f} ms   "
                f"p99 {self.percentile(0.99):6.2f} ms   statuses {dict(sorted(self.statuses.items()))}"
                f"{'   errors ' + str(self.errors) if self.errors else ''}")


async def read_response(reader: asyncio.StreamReader) -> tuple[int, bytes]:
    """One HTTP/1.1 response off a keep-alive connection: (status, body)."""
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    length = 0
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":", 1)[1])
    return status, await reader.readexactly(length) if length else b""


async def _connection(host: str, port: int, request: bytes, until: float, result: Result) -> None:
    reader, writer = await asyncio.open_connection(host, port)
    try:
        while time.perf_counter() < until:
            started = time.perf_counter()
            writer.write(request)
            try:
                status, _ = await read_response(reader)
            except (asyncio.IncompleteReadError, ConnectionError):
                result.errors += 1
                return
            result.latencies.append(time.perf_counter() - started)
            result.requests += 1
            result.statuses[status] = result.statuses.get(status, 0) + 1
    finally:
        writer.close()


async def run(name: str, host: str, port: int, path: str, *, headers: dict[str, str] | None = None,
              connections: int = 32, seconds: float = 8.0) -> Result:
    lines = [f"GET {path} HTTP/1.1", f"Host: {host}:{port}", "Connection: keep-alive"]
    lines += [f"{k}: {v}" for k, v in (headers or {}).items()]
    request = ("\r\n".join(lines) + "\r\n\r\n").encode()
    result = Result(name)
    started = time.perf_counter()
    until = started + seconds
    await asyncio.gather(*(_connection(host, port, request, until, result) for _ in range(connections)))
    result.seconds = time.perf_counter() - started
    return result


def median(values: list[float]) -> float:
    return statistics.median(values) if values else 0.0
