"""Throughput and memory of the text layer (normalise + structure + segment) over a news corpus.

    python benchmarks/bench_text.py [--limit N] [--corpus PATH]

Prints, for one process: articles/s and tokens/s in wall-clock and CPU time (CPU time is what one core
delivers, whatever else the machine is running), the same when every Token and Word object is also built
(the layers build them on first read), and for ``Pipeline.pipe(n_process=2)``; then the peak resident memory
of this process and of its workers.
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from rasd.doc import Document  # noqa: E402
from rasd.pipeline import Pipeline  # noqa: E402
from rasd.text.clitics import stem_lexicon  # noqa: E402
from rasd.text.stages import NormalizeStage, SegmentStage, StructureStage  # noqa: E402

DEFAULT_CORPUS = REPO.parent / "shared" / "data" / "news" / "ant-multisource.jsonl.gz"


def read_texts(path: Path, limit: int | None) -> list[str]:
    texts = []
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            texts.append(json.loads(line)["text"])
            if limit is not None and len(texts) >= limit:
                break
    return texts


def text_pipeline() -> Pipeline:
    return Pipeline([NormalizeStage(), StructureStage(), SegmentStage()])


def timed(
    label: str, texts: list[str], run: Callable[[list[str]], int], load_cpu: float | None = None, cpu_too: bool = True
) -> None:
    """Run and print the rates; CPU time counts this process only, so it is left out for worker pools.

    With ``load_cpu`` (the CPU time of loading the resources) the CPU rate with the load counted is printed too.
    """
    wall, cpu = time.perf_counter(), time.process_time()
    tokens = run(texts)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    line = f"{label:<36} {len(texts) / wall:>8,.0f} articles/s {tokens / wall:>11,.0f} tokens/s (wall)"
    if cpu_too:
        line += f"   {len(texts) / cpu:>8,.0f} articles/s {tokens / cpu:>11,.0f} tokens/s (CPU)"
    if load_cpu is not None:
        line += f"   {len(texts) / (cpu + load_cpu):>8,.0f} articles/s (CPU, with the load)"
    print(line)


def one_process(pipeline: Pipeline, materialise: bool) -> Callable[[list[str]], int]:
    def run(texts: list[str]) -> int:
        count = 0
        for doc in pipeline.pipe(texts):  # as `rasd analyze` runs a batch
            if not isinstance(doc, Document):
                raise SystemExit(f"failed: {doc}")
            count += len(doc.tokens)
            if materialise:
                list(doc.tokens)
                list(doc.words)
        return count

    return run


def two_processes(pipeline: Pipeline) -> Callable[[list[str]], int]:
    def run(texts: list[str]) -> int:
        count = 0
        for doc in pipeline.pipe(texts, n_process=2, batch_size=256):
            if not isinstance(doc, Document):
                raise SystemExit(f"failed: {doc}")
            count += len(doc.tokens)
        return count

    return run


def loop_ns() -> float:
    """Nanoseconds per iteration of an empty Python loop: how fast this core is right now."""
    items = list(range(100_000))
    best = float("inf")
    for _ in range(5):
        start = time.process_time()
        for _item in items:
            pass
        best = min(best, time.process_time() - start)
    return best / len(items) * 1e9


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="a JSONL(.gz) corpus with `text`")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    args = parser.parse_args()
    if not args.corpus.exists():
        print(f"{args.corpus}: not found (the shared data beside the repo)", file=sys.stderr)
        return 2
    texts = read_texts(args.corpus, args.limit)
    wall, cpu = time.perf_counter(), time.process_time()
    stem_lexicon()
    pipeline = text_pipeline()
    load_wall, load_cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(f"{len(texts):,} articles, {sum(map(len, texts)):,} characters from {args.corpus.name}")
    print(f"stem lexicon (counts, flags and shipped splits) loaded in {load_wall:.2f} s ({load_cpu:.2f} s CPU)")
    timed("1 process, first pass (cold caches)", texts, one_process(pipeline, materialise=False), load_cpu)
    timed("1 process, second pass", texts, one_process(pipeline, materialise=False))
    timed("1 process, all Token/Word objects", texts, one_process(pipeline, materialise=True))
    timed("Pipeline.pipe(n_process=2)", texts, two_processes(text_pipeline()), cpu_too=False)
    print(f"machine check: a bare Python loop takes {loop_ns():.1f} ns an iteration here (busy machines are slower)")
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak memory: {own:,.0f} MiB this process, {workers:,.0f} MiB largest worker")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
