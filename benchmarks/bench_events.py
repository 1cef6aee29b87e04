"""Event coding speed: the whole default pipeline and the events stage alone, in articles/s on one core.

Usage: python benchmarks/bench_events.py [--articles N] [--every K]
Takes every K-th article of ../shared/data/news/ant-multisource.jsonl.gz (so the sample spreads over the
corpus and its article lengths), times the whole pipeline from raw text with empty caches and prints the peak
memory after it, then times the events stage alone on the same documents.
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rasd.doc import Document, Meta
from rasd.pipeline import Pipeline, RawDocument
from rasd.stages import default_stages

NEWS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "news" / "ant-multisource.jsonl.gz"


def read_news(path: Path, limit: int, every: int) -> list[RawDocument]:
    """Every ``every``-th article of the corpus, at most ``limit`` of them."""
    out = []
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for n, line in enumerate(lines):
            if n % every:
                continue
            record = json.loads(line)
            out.append(RawDocument(record["text"], id=record["id"], meta=Meta(published=record.get("published"))))
            if len(out) == limit:
                break
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000, help="how many news articles")
    parser.add_argument("--every", type=int, default=31, help="take every N-th article (31: across the corpus)")
    args = parser.parse_args()
    records = read_news(NEWS, args.articles, args.every)

    stages = default_stages()
    pipeline = Pipeline(stages)
    # load every resource outside the timing: a sentence the detectors are asked about
    pipeline.analyze(RawDocument("هاجم مسلحون دورية للجيش في الموصل أمس."))
    coded = 0
    cpu, wall = time.process_time(), time.perf_counter()
    for doc in pipeline.pipe(records):  # as `rasd analyze` streams a batch; caches start empty
        if isinstance(doc, Document):
            coded += len(doc.events)
    total_cpu, total_wall = time.process_time() - cpu, time.perf_counter() - wall
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux

    events = next(s for s in stages if s.name == "events")
    docs = list(Pipeline([s for s in stages if s is not events]).pipe(records))
    cpu = time.process_time()
    for doc in docs:
        if isinstance(doc, Document):
            events(doc)
    stage_cpu = time.process_time() - cpu

    chars = sum(len(r.text) for r in records)
    print(f"articles          {len(records)} (every {args.every}th, {chars / len(records):,.0f} characters each)")
    print(f"all stages        {len(records) / total_cpu:,.0f} articles/s CPU, {len(records) / total_wall:,.0f} wall")
    print(f"peak memory       {peak_mb:,.0f} MB (the articles read, models and caches after the whole pipeline)")
    print(f"events stage      {len(records) / stage_cpu:,.0f} articles/s CPU ({stage_cpu:.2f} s), {coded} events coded")


if __name__ == "__main__":
    main()
