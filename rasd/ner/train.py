"""Training data, the jackknifed name lists, and CRF training for the shipped tagger.

Dev split: the last tenth of ``anercorp/train.conll`` by sentences. Names seen in training become gazetteer
entries (``trPERS`` … for whole names, ``FIRST`` / ``LAST`` for the first and last word of a person's name);
while training they are built out of fold, so that each sentence only sees names harvested from the other
folds, as unseen text will at run time.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pycrfsuite

from rasd.ner.conll import Sentence, read_conll
from rasd.ner.evaluate import bio_spans
from rasd.ner.features import FeatureExtractor, Lexicon
from rasd.ner.gazetteer import Gazetteer
from rasd.ner.labels import map_tags
from rasd.text.normalize import normalize

DEV_FRACTION = 0.1
FOLDS = 5


@dataclass(slots=True)
class CrfParams:
    """python-crfsuite training settings."""

    c1: float = 0.05
    c2: float = 0.05
    max_iterations: int = 150

    def as_dict(self) -> dict[str, object]:
        return {
            "c1": self.c1,
            "c2": self.c2,
            "max_iterations": self.max_iterations,
            "feature.possible_transitions": True,
        }


def anercorp_split(data: Path) -> tuple[list[Sentence], list[Sentence]]:
    """ANERcorp's train side split into (train, dev): dev is its last tenth by sentences."""
    sentences = read_conll(data / "ner" / "anercorp" / "train.conll", lenient=True)
    cut = len(sentences) - round(len(sentences) * DEV_FRACTION)
    return sentences[:cut], sentences[cut:]


EXTRA_CORPORA: dict[str, tuple[str, ...]] = {
    "aqmar": ("ner/aqmar/train.txt", "ner/aqmar/dev.txt", "ner/aqmar/test.txt"),
    "wikifane": ("ner/wikifane/wikifane.conll",),
    "wojood": ("ner/wojood-sample/train.txt", "ner/wojood-sample/val.txt", "ner/wojood-sample/test.txt"),
}


def extra_corpus(data: Path, name: str) -> list[Sentence]:
    """Another corpus with its labels mapped to ANERcorp's (label_map.json)."""
    out: list[Sentence] = []
    for rel in EXTRA_CORPORA[name]:
        for s in read_conll(data / rel, lenient=True):
            out.append(Sentence(s.tokens, map_tags(s.tags, name)))
    return out


def name_entries(sentences: Iterable[Sentence]) -> Iterator[tuple[str, tuple[str, ...]]]:
    """Gazetteer entries from the gold entities of some sentences."""
    for s in sentences:
        for start, end, kind in bio_spans(s.tags):
            words = (Lexicon.stem(s.tokens[start]), *(normalize(t) for t in s.tokens[start + 1 : end]))
            yield "tr" + kind, words
            if kind == "PERS" and len(words) > 1:
                yield "FIRST", words[:1]
                yield "LAST", words[-1:]


def with_names(static: Gazetteer, entries: Iterable[tuple[str, tuple[str, ...]]]) -> Gazetteer:
    gazetteer = Gazetteer(static.entries())
    for kind, words in entries:
        gazetteer.add(kind, words)
    return gazetteer


def jackknifed_features(
    sentences: list[Sentence], static: Gazetteer, clusters: dict[str, str], folds: int = FOLDS
) -> list[list[list[str]]]:
    """Features of every sentence, each fold's computed with names harvested from the other folds only."""
    fold_of = [i * folds // len(sentences) for i in range(len(sentences))]
    out: list[list[list[str]]] = []
    for k in range(folds):
        others = [s for s, f in zip(sentences, fold_of, strict=True) if f != k]
        extractor = FeatureExtractor(Lexicon(clusters, with_names(static, name_entries(others))))
        for s, f in zip(sentences, fold_of, strict=True):
            if f == k:
                out.append(extractor.sentence(s.tokens, [normalize(t) for t in s.tokens]))
    return out


def train_crf(features: list[list[list[str]]], tags: list[list[str]], params: CrfParams, model: Path) -> None:
    """Fit a CRF and write it to ``model``."""
    trainer = pycrfsuite.Trainer(verbose=False)
    for x, y in zip(features, tags, strict=True):
        trainer.append(x, y)
    trainer.set_params(params.as_dict())
    trainer.train(str(model))
