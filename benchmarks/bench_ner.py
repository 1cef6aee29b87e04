"""NER speed: model load time and tagging throughput (tokens/s on one core, feature extraction included).

Usage: python benchmarks/bench_ner.py [--sentences N]
Tags the first N sentences of ANERcorp's train side from ../shared/data as one text, starting with an empty
feature cache (so the figure includes computing the features of every new word), then again with the cache
filled (what a long run over news mostly meets: words seen before), and prints the figures.
"""

from __future__ import annotations

import argparse
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


if __name__ == "__main__":
    main()
