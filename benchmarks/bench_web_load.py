"""Load on the web pages: concurrent clients on search and article pages of `rasd serve`, on loopback only.

    python benchmarks/bench_web_load.py --db news.db            # a database made by `rasd ingest`
    python benchmarks/bench_web_load.py --articles 200          # or one built here from the seed + news articles

Starts `rasd serve` on 127.0.0.1 at a free port, runs ``--clients`` clients (each sends its next request as soon
as the last one is answered) for ``--seconds`` seconds or ``--max-requests`` requests, whichever comes first,
then prints latency percentiles and the error count. The aim: p99 < 100 ms and no errors with 50 clients.
Pages the server has made before come from its cache (``cached``); ``--cold`` makes every page afresh.
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import itertools
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from urllib.parse import quote

import httpx

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"
SEED = DATA / "seed" / "000_439f3d4a599b349f.txt"
NEWS = DATA / "news" / "ant-multisource.jsonl.gz"
HOST = "127.0.0.1"  # loopback only: this benchmark never sends traffic anywhere else
REQUEST_TIMEOUT_S = 30
QUERIES = ("المفاوضات", "حمص", "الأمم المتحدة", "الرئيس", "النظام", "وزير الخارجية", "الحكومة", "مجلس الأمن",
           "الانتخابات", "الاقتصاد", "ترامب", "سوريا OR العراق", '"الأمم المتحدة"', "مسلح*")


def build_db(path: Path, articles: int) -> None:
    """The seed plus the first ``articles`` news articles, through the real ingest."""
    from rasd.io.readers import read_path, record_from_fields, with_default_published
    from rasd.store.ingest import ingest

    def news():
        with gzip.open(NEWS, "rt", encoding="utf-8") as lines:
            for line_no, line in zip(range(articles), lines, strict=False):
                yield record_from_fields(json.loads(line), f"{NEWS}:{line_no + 1}")

    records = itertools.chain(with_default_published(read_path(SEED), "2017-02-26"), news())
    started = time.perf_counter()
    report = ingest(path, records)
    print(f"built {path}: {report.added} articles in {time.perf_counter() - started:.1f} s", file=sys.stderr)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def start_server(db: Path, port: int) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    server = subprocess.Popen([sys.executable, "-m", "rasd", "serve", "--db", str(db), "--host", HOST,
                               "--port", str(port)], env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"rasd serve exited with status {server.returncode}")
        try:
            if httpx.get(f"http://{HOST}:{port}/search.json", timeout=2).status_code == 200:
                return server
        except httpx.TransportError:
            time.sleep(0.2)
    server.terminate()
    raise SystemExit("rasd serve did not start within 60 s")


def targets(base: str, limit: int = 200) -> list[tuple[str, str]]:
    """(kind, url) pairs: search pages for the queries, and article pages of stored articles."""
    ids = [hit["doc_id"] for hit in httpx.get(f"{base}/search.json", params={"limit": 100}).json()["articles"]["items"]]
    out = [("search", f"/search?q={q}") for q in QUERIES] + [("article", f"/article/{i}") for i in ids[:limit]]
    random.Random(0).shuffle(out)  # every client meets both kinds
    return out


class Connection:
    """One keep-alive HTTP/1.1 connection to the server: a minimal client, so that the load generator, which
    shares the machine with the server, spends as little CPU as it can (a full client costs several times more)."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, path: str) -> tuple[int, dict[str, str]]:
        """GET ``path``; the status and headers (the body is read and dropped)."""
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(HOST, self.port)
        target = quote(path, safe="/?=&%*:\"")
        self.writer.write(f"GET {target} HTTP/1.1\r\nHost: {HOST}:{self.port}\r\n\r\n".encode("ascii"))
        head = await self.reader.readuntil(b"\r\n\r\n")
        status_line, *lines = head.decode("latin-1").split("\r\n")
        headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines if line)}
        if "content-length" not in headers:
            raise ConnectionError("response without Content-Length")
        await self.reader.readexactly(int(headers["content-length"]))
        return int(status_line.split()[1]), headers

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            self.writer = None


async def client(port: int, urls: itertools.cycle, stop_at: float, budget: list[int],
                 latencies: dict[str, list[float]], errors: list[str], cold: bool) -> None:
    connection = Connection(port)
    while time.perf_counter() < stop_at and budget[0] > 0:
        budget[0] -= 1
        kind, url = next(urls)
        if cold:  # a query parameter the pages ignore makes every URL new: each page is made afresh
            url += f"{'&' if '?' in url else '?'}n={budget[0]}"
        started = time.perf_counter()
        cache = "miss"
        try:
            status, headers = await asyncio.wait_for(connection.get(url), REQUEST_TIMEOUT_S)
            cache = headers.get("x-rasd-cache", "miss")
            if status != 200:
                errors.append(f"{url}: HTTP {status}")
        except (TimeoutError, OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError) as exc:
            errors.append(f"{url}: {type(exc).__name__}")
            connection.close()
        elapsed = time.perf_counter() - started
        latencies[kind].append(elapsed)
        latencies[f"{kind} ({'cached' if cache == 'hit' else 'rendered'})"].append(elapsed)
    connection.close()


async def run_load(port: int, urls: list[tuple[str, str]], clients: int, seconds: float,
                   max_requests: int, cold: bool) -> tuple[dict[str, list[float]], list[str], float]:
    latencies: dict[str, list[float]] = defaultdict(list)
    errors: list[str] = []
    started = time.perf_counter()
    stop_at = started + seconds
    budget = [max_requests]
    tasks = [client(port, itertools.cycle(urls[i % len(urls):] + urls[:i % len(urls)]), stop_at, budget,
                    latencies, errors, cold) for i in range(clients)]
    await asyncio.gather(*tasks)
    return latencies, errors, time.perf_counter() - started


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def report(latencies: dict[str, list[float]], errors: list[str], elapsed: float, clients: int) -> None:
    every = latencies["search"] + latencies["article"]
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"clients {clients}, {len(every)} requests in {elapsed:.1f} s ({len(every) / elapsed:.0f} requests/s), "
          f"errors {len(errors)}; machine load average {load} on {os.cpu_count()} cores")
    for kind, values in (*sorted(latencies.items()), ("all", every)):
        if values:
            print(f"  {kind:18} n={len(values):6}  p50 {percentile(values, 50) * 1000:6.1f} ms  "
                  f"p90 {percentile(values, 90) * 1000:6.1f} ms  p99 {percentile(values, 99) * 1000:6.1f} ms  "
                  f"max {max(values) * 1000:6.1f} ms  mean {statistics.fmean(values) * 1000:6.1f} ms")
    for line in sorted(set(errors))[:10]:
        print(f"  error: {line}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, help="a database made by `rasd ingest` (default: build one)")
    parser.add_argument("--articles", type=int, default=200, help="news articles in the database built here")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--max-requests", type=int, default=200_000, help="stop after this many requests")
    parser.add_argument("--cold", action="store_true",
                        help="make every request a new URL, so that no page comes from the server's cache")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db
        if db is None:
            db = Path(tmp) / "bench.db"
            build_db(db, args.articles)
        port = free_port()
        server = start_server(db, port)
        try:
            base = f"http://{HOST}:{port}"
            urls = targets(base)
            print(f"{len(urls)} pages ({sum(k == 'search' for k, _ in urls)} searches), {args.clients} clients, "
                  f"{args.seconds:.0f} s on {base}")
            latencies, errors, elapsed = asyncio.run(run_load(port, urls, args.clients, args.seconds,
                                                              args.max_requests, args.cold))
        finally:
            server.terminate()
            server.wait(timeout=20)
    report(latencies, errors, elapsed, args.clients)
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
