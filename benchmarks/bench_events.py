"""Event coding speed: the events stage alone and the whole default pipeline, in articles/s on one core.

Usage: python benchmarks/bench_events.py [--articles N]
Reads the first N articles of ../shared/data/news/ant-multisource.jsonl.gz, runs every stage before the
events stage, then times the events stage alone on the same documents, then the whole pipeline from raw text.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rasd.doc import Meta
from rasd.pipeline import Pipeline, RawDocument
from rasd.stages import default_stages

NEWS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "news" / "ant-multisource.jsonl.gz"


def read_news(path: Path, limit: int) -> list[RawDocument]:
    out = []
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            out.append(RawDocument(record["text"], id=record["id"], meta=Meta(published=record.get("published"))))
            if len(out) == limit:
                break
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500, help="how many news articles")
    args = parser.parse_args()
    records = read_news(NEWS, args.articles)

    stages = default_stages()
    events = next(s for s in stages if s.name == "events")
    before = Pipeline([s for s in stages if s.name != "events"])
    # load the resources outside the timing: a sentence the detectors are asked about
    events(before.analyze(RawDocument("هاجم مسلحون دورية للجيش في الموصل أمس.")))
    docs = [before.analyze(r) for r in records]

    cpu = time.process_time()
    coded = sum(len(events(doc).events) for doc in docs)
    stage_cpu = time.process_time() - cpu

    pipeline = Pipeline(stages)
    cpu, wall = time.process_time(), time.perf_counter()
    for record in records:
        pipeline.analyze(record)
    total_cpu, total_wall = time.process_time() - cpu, time.perf_counter() - wall

    words = sum(len(r.text.split()) for r in records)
    print(f"articles          {len(records)} ({words:,} words), {coded} events coded")
    print(f"events stage      {len(records) / stage_cpu:,.0f} articles/s CPU ({stage_cpu:.2f} s)")
    print(f"all stages        {len(records) / total_cpu:,.0f} articles/s CPU, {len(records) / total_wall:,.0f} wall")


if __name__ == "__main__":
    main()
