"""Speed gate for the whole default pipeline (all stages), in articles per CPU second on one core.

`python benchmarks/bench_events.py` measures the figure for the record (1,000 articles across the corpus,
caches empty at the start); this gate runs a smaller sample of the same kind so that a slowdown fails the suite.
"""

from __future__ import annotations

import time
from itertools import islice

from helpers import iter_news

from rasd.doc import Document
from rasd.pipeline import Pipeline, RawDocument

SAMPLE = 250
EVERY = 120  # every 120th article: a spread over the corpus and its article lengths
FLOOR = 60  # articles per CPU second; the benchmark measures about 100 or more on a busy 2-core machine


def test_whole_pipeline_speed_floor() -> None:
    records = [RawDocument(r["text"], id=r["id"]) for r in islice(iter_news(), 0, SAMPLE * EVERY, EVERY)]
    pipeline = Pipeline()
    pipeline.analyze("هاجم مسلحون دورية للجيش في الموصل أمس.")  # load the models outside the timing
    start = time.process_time()
    docs = list(pipeline.pipe(records))
    rate = len(records) / max(time.process_time() - start, 1e-9)
    assert all(isinstance(d, Document) for d in docs)
    assert rate >= FLOOR, f"all stages at {rate:.0f} articles/s, floor {FLOOR}"
