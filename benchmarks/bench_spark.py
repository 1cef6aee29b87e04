"""rasd on Spark against one machine: articles/s for `rasd spark run` on local[2] and `rasd ingest --n-process 2`.

    python benchmarks/bench_spark.py                # 5,000 articles of ant-multisource
    python benchmarks/bench_spark.py --n 500        # a quick run

Both read the same JSONL file (every k-th article of ``../shared/data/news/ant-multisource.jsonl.gz``, so that
all five sources are in it). Printed: Spark's start-up time (JVM and context), the Spark job's wall time and
articles/s with and without start-up, the ingest's, and where the time goes: the pipeline itself (one
process, on a sub-sample), turning documents into output rows, and what is left for Spark (Python workers,
Arrow transfer, shuffles, Parquet writes).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from rasd import spark as job  # noqa: E402
from rasd.doc import Document  # noqa: E402
from rasd.io.readers import read_path  # noqa: E402
from rasd.pipeline import Pipeline, RawDocument  # noqa: E402

NEWS = REPO.parent / "shared" / "data" / "news" / "ant-multisource.jsonl.gz"
CORPUS_SIZE = 31_523
PROFILE_SAMPLE = 200


def write_sample(path: Path, n: int) -> None:
    stride = max(1, CORPUS_SIZE // n)
    with gzip.open(NEWS, "rt", encoding="utf-8") as lines, path.open("w", encoding="utf-8") as out:
        for line in islice(islice(lines, 0, None, stride), n):
            out.write(line if line.endswith("\n") else line + "\n")


def time_spark(source: Path, out: Path, master: str) -> tuple[float, float, job.RunSummary]:
    started = time.perf_counter()
    session = job.session(master, {"spark.ui.enabled": "false"})
    session.range(1).count()  # the first job starts the executors' JVM side
    start_up = time.perf_counter() - started
    started = time.perf_counter()
    try:
        summary = job.run(session, str(source), str(out))
    finally:
        session.stop()
    return start_up, time.perf_counter() - started, summary


def time_ingest(source: Path, db: Path, n_process: int) -> float:
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "rasd", "ingest", str(source), "--db", str(db), "--n-process",
                           str(n_process), "--quiet"], cwd=REPO, capture_output=True, text=True)
    if done.returncode not in (0, 1):  # 1: some records failed, reported like the Spark job's errors
        sys.exit(f"rasd ingest failed: {done.stderr.strip()}")
    print(done.stderr.strip().splitlines()[-1])
    return time.perf_counter() - started


def profile(source: Path) -> tuple[float, float, float]:
    """Seconds per article in one process: building the pipeline (once), analysing, flattening into rows."""
    records = [r for r in islice(read_path(source), PROFILE_SAMPLE) if isinstance(r, RawDocument)]
    started = time.perf_counter()
    pipeline = Pipeline()
    load = time.perf_counter() - started
    started = time.perf_counter()
    docs = [d for d in pipeline.pipe(records) if isinstance(d, Document)]
    analyse = (time.perf_counter() - started) / len(records)
    started = time.perf_counter()
    for doc in docs:
        list(job.result_rows(doc, str(source)))
    flatten = (time.perf_counter() - started) / len(docs)
    return load, analyse, flatten


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=5000, help="articles (default: 5000)")
    parser.add_argument("--master", default="local[2]", help="Spark master (default: local[2])")
    parser.add_argument("--n-process", type=int, default=2, help="ingest processes (default: 2)")
    args = parser.parse_args()
    print(f"load average at start: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (figures scale with it)")
    with tempfile.TemporaryDirectory(prefix="rasd-bench-spark-") as tmp:
        work = Path(tmp)
        source = work / "news.jsonl"
        write_sample(source, args.n)
        load, analyse, flatten = profile(source)
        print(f"one process: pipeline built in {load:.1f} s, {1 / analyse:.1f} articles/s analysis, "
              f"{flatten * 1000:.2f} ms/article to flatten into output rows", flush=True)
        start_up, spark_run, summary = time_spark(source, work / "out", args.master)
        docs = summary.rows["documents"]
        print(f"spark {args.master}: {args.n} articles ({docs} analysed, {summary.rows['errors']} errors, "
              f"{summary.partitions} partitions): start-up {start_up:.1f} s, job {spark_run:.1f} s, "
              f"{args.n / spark_run:.1f} articles/s ({args.n / (spark_run + start_up):.1f} with start-up); "
              f"analysis job {summary.seconds['analysis']:.1f} s, writing tables {summary.seconds['writing']:.1f} s",
              flush=True)
        ingest = time_ingest(source, work / "corpus.db", args.n_process)
        print(f"rasd ingest --n-process {args.n_process}: {ingest:.1f} s, {args.n / ingest:.1f} articles/s "
              "(process start, pipeline build and SQLite writes included)")
    cores = int(args.master[6:-1]) if args.master.startswith("local[") and args.master[6:-1].isdigit() else 2
    analysis, flattening = args.n * analyse / cores, args.n * flatten / cores
    overhead = summary.seconds["analysis"] - analysis - flattening
    print(f"where Spark's time goes: the pipeline {analysis:.1f} s on {cores} cores, flattening into rows "
          f"{flattening:.1f} s, the rest of the analysis job {overhead:.1f} s (reading, Python workers and a pipeline "
          f"each, Arrow transfer, caching), writing the tables {summary.seconds['writing']:.1f} s (JSON to columns, "
          f"the entity shuffle, Parquet); start-up {start_up:.1f} s before all that")
    print(f"load average at the end: {os.getloadavg()[0]:.1f}")
    print(json.dumps({"n": args.n, "spark_start_up_s": round(start_up, 2), "spark_job_s": round(spark_run, 2),
                      "ingest_s": round(ingest, 2), "analysis_s_per_article": round(analyse, 5)}))


if __name__ == "__main__":
    main()
