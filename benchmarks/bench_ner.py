"""NER speed: model load time, tagging throughput (tokens/s on one core, feature extraction included) and the
``ner`` stage's time per news article.

Usage: python benchmarks/bench_ner.py [--sentences N] [--articles M]
Tags the first N sentences of ANERcorp's train side from ../shared/data as one text, starting with an empty
feature cache (so the figure includes computing the features of every new word), then again with the cache
filled (what a long run over news mostly meets: words seen before). Then runs the ``ner`` stage, with a fresh
tagger, over the first M articles of the news corpus (the text layer run beforehand, not timed), cold and warm.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rasd.ner.paths import RESOURCES, SHARED_DATA
from rasd.ner.train import anercorp_split
from rasd.text.normalize import normalize


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=4000, help="how many sentences to tag")
    parser.add_argument("--articles", type=int, default=500, help="how many news articles to run the stage on")
    args = parser.parse_args()

    from rasd.ner.tagger import Tagger

    began, cpu = time.perf_counter(), time.process_time()
    tagger = Tagger(RESOURCES)
    load, load_cpu = time.perf_counter() - began, time.process_time() - cpu

    train, dev = anercorp_split(SHARED_DATA)
    batch = [s.tokens for s in (train + dev)[: args.sentences]]
    tokens = sum(len(s) for s in batch)
    norms = [[normalize(t) for t in s] for s in batch]  # documents arrive with their tokens normalised

    sentences = list(zip(batch, norms, strict=True))
    began, cpu = time.perf_counter(), time.process_time()
    tagger.tag_sentences(sentences)  # with the second pass over nearby sentences
    elapsed, elapsed_cpu = time.perf_counter() - began, time.process_time() - cpu
    cpu = time.process_time()
    tagger.tag_sentences(sentences)
    warm_cpu = time.process_time() - cpu
    size = sum(p.stat().st_size for p in RESOURCES.iterdir() if p.is_file())
    # CPU time is what one core spends; wall time also counts waiting for a core on a busy machine.
    print(f"model load        {load_cpu:.3f} s CPU, {load:.3f} s wall")
    print(f"tagging           {tokens / elapsed_cpu:,.0f} tokens/s CPU, {tokens / elapsed:,.0f} tokens/s wall")
    print(f"                  ({tokens} tokens in {len(batch)} sentences, one process, one thread)")
    print(f"tagging again     {tokens / warm_cpu:,.0f} tokens/s CPU (every word's features cached)")
    print(f"resources on disk {size / 1e6:.1f} MB")
    if args.articles:
        stage_times(args.articles)


def stage_times(count: int) -> None:
    """CPU time of the ``ner`` stage per article, from empty caches and again."""
    from rasd.doc import Document
    from rasd.ner.features import split_proclitics
    from rasd.ner.stage import NerStage
    from rasd.ner.tagger import Tagger
    from rasd.pipeline import Pipeline
    from rasd.text.stages import NormalizeStage, SegmentStage, StructureStage

    text_layer = Pipeline([NormalizeStage(), StructureStage(), SegmentStage()])
    docs = []
    with gzip.open(SHARED_DATA / "news" / "ant-multisource.jsonl.gz", "rt", encoding="utf-8") as lines:
        for line in lines:
            docs.append(text_layer(Document(text=json.loads(line)["text"])))
            if len(docs) == count:
                break
    stage = NerStage(Tagger(RESOURCES))
    split_proclitics.cache_clear()  # filled by the tagging above
    for label in ("ner stage, cold", "ner stage, warm"):
        cpu = time.process_time()
        for doc in docs:
            stage(doc)
        spent = time.process_time() - cpu
        print(f"{label:<17} {spent / len(docs) * 1000:.2f} ms/article CPU ({len(docs)} news articles)")


if __name__ == "__main__":
    main()
