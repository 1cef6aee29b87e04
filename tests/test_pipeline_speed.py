"""Speed gate for the whole default pipeline (all stages), in articles per CPU second on one core.

`python benchmarks/bench_events.py` measures the figure for the record (1,000 articles across the corpus,
caches empty at the start). This gate times a smaller sample of the same kind after the pipeline has read as many
other articles, so that its word caches hold the common words as they do a few hundred articles into any batch:
the rate of a batch's first articles, every word new, moves with the host far more than the steady rate does.
"""

from __future__ import annotations

import time
from itertools import islice

from helpers import iter_news

from rasd.doc import Document
from rasd.pipeline import Pipeline, RawDocument

SAMPLE = 250
EVERY = 120  # every 120th article: a spread over the corpus and its article lengths
FLOOR = 70  # articles per CPU second; about 90 on a busy 2-core machine (with cold caches the floor was 60)


def sample(offset: int) -> list[RawDocument]:
    """``SAMPLE`` articles spread over the corpus, starting at article ``offset``."""
    news = islice(iter_news(), offset, offset + SAMPLE * EVERY, EVERY)
    return [RawDocument(r["text"], id=r["id"]) for r in news]


def test_whole_pipeline_speed_floor() -> None:
    timed, other = sample(0), sample(EVERY // 2)  # the two samples share no article
    pipeline = Pipeline()
    assert all(isinstance(d, Document) for d in pipeline.pipe(other))  # models loaded, common words cached
    start = time.process_time()
    docs = list(pipeline.pipe(timed))
    rate = len(timed) / max(time.process_time() - start, 1e-9)
    assert all(isinstance(d, Document) for d in docs)
    assert rate >= FLOOR, f"all stages at {rate:.0f} articles/s, floor {FLOOR}"
