"""The corpus store: ingest throughput and memory, search latency, database size.

    python benchmarks/bench_store.py                 # all 31.5k articles of ant-multisource, 2 processes
    python benchmarks/bench_store.py --limit 3000    # a quick run

Ingests ``../shared/data/news/ant-multisource.jsonl.gz`` through the readers and the default pipeline into a
fresh database (as `rasd ingest --n-process N` does), printing articles/s, wall time and the memory of the
ingest process and its workers every 10k articles (it should stay flat as the corpus grows); then the latency
of 100 searches drawn from the corpus titles (p50, p99; the aim is p99 < 50 ms) and the database size per
1k articles.
"""

from __future__ import annotations

import argparse
import gzip
import json
import multiprocessing
import os
import statistics
import sys
import tempfile
import time
from contextlib import closing
from itertools import islice
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from rasd.io.readers import read_path  # noqa: E402
from rasd.store import open_reader  # noqa: E402
from rasd.store.ingest import ingest  # noqa: E402
from rasd.store.search import search  # noqa: E402
from rasd.store.terms import WORD, key  # noqa: E402
from rasd.text.normalize import normalize  # noqa: E402

NEWS = REPO.parent / "shared" / "data" / "news" / "ant-multisource.jsonl.gz"
MEMORY_EVERY = 10_000
N_QUERIES = 100


def rss_mb(pid: int | str = "self") -> float:
    """Resident memory of a process, in MB (0 when it has gone)."""
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def peak_mb() -> float:
    with open("/proc/self/status") as fh:
        return next(int(line.split()[1]) / 1024 for line in fh if line.startswith("VmHWM:"))


def run_ingest(db: Path, limit: int | None, n_process: int) -> int:
    samples: list[tuple[int, float, float, float]] = []
    done = 0
    started = time.perf_counter()

    def on_record(outcome: str, error: object) -> None:
        nonlocal done
        done += 1
        if done % MEMORY_EVERY == 0:
            workers = sum(rss_mb(p.pid) for p in multiprocessing.active_children())
            samples.append((done, rss_mb(), workers, time.perf_counter() - started))
            print(f"  {done:>6,} articles: main {samples[-1][1]:.0f} MB, workers {workers:.0f} MB, "
                  f"{done / samples[-1][3]:.0f} articles/s so far", flush=True)

    records = islice(read_path(NEWS), limit)
    report = ingest(db, records, n_process=n_process, on_record=on_record)
    wall = time.perf_counter() - started
    print(f"ingest: {report.seen:,} records ({report.added:,} added, {report.duplicates:,} duplicates, "
          f"{report.failed:,} failed) on {n_process} process(es) in {wall:.1f} s = {report.seen / wall:.0f} "
          f"articles/s; peak memory of the main process {peak_mb():.0f} MB")
    if len(samples) >= 2:
        (n1, m1, w1, _), (n2, m2, w2, _) = samples[0], samples[-1]
        print(f"memory at {n1:,} vs {n2:,} articles: main {m1:.0f} → {m2:.0f} MB, workers {w1:.0f} → {w2:.0f} MB")
    return report.added


def queries_from_titles(limit: int | None) -> list[str]:
    """100 queries drawn from article titles: single words, pairs, phrases, an OR and a prefix, in turn."""
    titles = []
    with gzip.open(NEWS, "rt", encoding="utf-8") as lines:
        for line in islice(lines, limit):
            titles.append(json.loads(line).get("title") or "")
    step = max(1, len(titles) // N_QUERIES)
    out = []
    for i, title in enumerate(titles[::step][:N_QUERIES]):
        words = [w for w in WORD.findall(title) if len(w) > 3] or ["الحكومة"]
        a, b = words[0], words[min(1, len(words) - 1)]
        out.append([a, f"{a} {b}", f'"{a} {b}"', f"{a} OR {b}", f"{key(normalize(a))[:4]}*"][i % 5])
    return out


def run_searches(db: Path, queries: list[str]) -> None:
    with closing(open_reader(db)) as conn:
        search(conn, "الحكومة")  # warm the page cache once
        wall, cpu, hits = [], [], []
        for q in queries:
            t, c = time.perf_counter(), time.process_time()
            page = search(conn, q, limit=20)
            wall.append((time.perf_counter() - t) * 1000)
            cpu.append((time.process_time() - c) * 1000)
            hits.append(page.total)
    print(f"search: {len(queries)} queries (top 20 with snippets, and the total count): "
          f"wall p50 {percentile(wall, 50):.1f} ms, p99 {percentile(wall, 99):.1f} ms; "
          f"CPU p50 {percentile(cpu, 50):.1f} ms, p99 {percentile(cpu, 99):.1f} ms; "
          f"median hits {statistics.median(hits):.0f}, most {max(hits):,}")


def percentile(values: list[float], p: int) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(len(ordered) * p / 100) - 1)]


def report_size(db: Path, added: int) -> None:
    with closing(open_reader(db)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = sum(p.stat().st_size for p in db.parent.glob(db.name + "*")) / 1e6
    print(f"database: {size:.1f} MB for {added:,} articles = {size / max(added, 1) * 1000:.1f} MB per 1k articles")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, help="only the first N articles")
    parser.add_argument("--n-process", type=int, default=2)
    parser.add_argument("--db", type=Path, help="database file to create (default: a temporary one)")
    parser.add_argument("--reuse", action="store_true",
                        help="measure search and size on the existing --db (made by an earlier run), no ingest")
    args = parser.parse_args()
    if not NEWS.exists():
        print(f"needs {NEWS}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "bench.db"
        if db.exists() != args.reuse:
            print(f"{db}: " + ("exists: give a new file" if db.exists() else "no such database"), file=sys.stderr)
            return 2
        print(f"rasd store benchmark: {NEWS.name}, limit {args.limit or 'none'}, {os.cpu_count()} CPUs")
        if args.reuse:
            with closing(open_reader(db)) as conn:
                added = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        else:
            added = run_ingest(db, args.limit, args.n_process)
        run_searches(db, queries_from_titles(args.limit))
        report_size(db, added)
    return 0


if __name__ == "__main__":
    sys.exit(main())
