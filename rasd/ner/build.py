"""Rebuild the shipped NER resources from ../shared/data: clusters, gazetteer, CRF model, dev scores."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from rasd.evaluate import Score
from rasd.ner.clusters import build_clusters, load_clusters, news_texts, save_clusters
from rasd.ner.evaluate import score
from rasd.ner.gazetteer import Gazetteer, save_gazetteer
from rasd.ner.sources import static_entries
from rasd.ner.tagger import CLUSTERS, GAZETTEER, MODEL, Tagger
from rasd.ner.train import CrfParams, anercorp_split, jackknifed_features, name_entries, train_crf, with_names

METRICS = "metrics.json"


@dataclass(slots=True)
class BuildOptions:
    data: Path
    out: Path
    reuse_clusters: bool = False
    params: CrfParams = field(default_factory=CrfParams)


def build(options: BuildOptions, say: Callable[[str], None] = lambda _: None) -> dict[str, object]:
    """Write model, clusters and gazetteer into ``options.out``; returns the dev scores written to metrics.json."""
    began = time.perf_counter()
    out = options.out
    out.mkdir(parents=True, exist_ok=True)
    train, dev = anercorp_split(options.data)
    if not (options.reuse_clusters and (out / CLUSTERS).exists()):
        say("word clusters from ../shared/data/news …")
        news = sorted((options.data / "news").glob("*.jsonl.gz"))
        save_clusters(build_clusters(news_texts(news)), out / CLUSTERS)
    clusters = load_clusters(out / CLUSTERS)
    say("gazetteer …")
    static = Gazetteer(static_entries(options.data))
    save_gazetteer(with_names(static, name_entries(train)), out / GAZETTEER)
    say(f"CRF on {len(train)} sentences …")
    features = jackknifed_features(train, static, clusters)
    train_crf(features, [s.tags for s in train], options.params, out / MODEL)
    tagger = Tagger(out)
    scores = score([s.tags for s in dev], tagger.tag_sentences([(s.tokens, None) for s in dev]))
    metrics: dict[str, object] = {
        "dev_sentences": len(dev),
        "train_sentences": len(train),
        "params": options.params.as_dict(),
        "dev": {k: _rounded(v) for k, v in scores.items()},
    }
    (out / METRICS).write_text(json.dumps(metrics, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    say(f"done in {time.perf_counter() - began:.0f} s")
    return metrics


def _rounded(s: Score) -> dict[str, float]:
    return {"p": round(s.precision, 4), "r": round(s.recall, 4), "f1": round(s.f1, 4)}
