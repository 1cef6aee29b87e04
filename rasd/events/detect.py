"""Trained sentence detectors: does this sentence report an event of a given type?

A detector is a logistic regression over sparse binary features (words, word pairs, the triggers found,
the cue words around them and the word clusters of their neighbours) and the mean word vectors around the
triggers (`rasd.events.vectors`), either in the same model or in a second one whose probability is averaged
with the first's. It is stored as plain weights and a word table, so prediction needs no numerical library.
"""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from itertools import pairwise, repeat
from pathlib import Path

from rasd.errors import InputError
from rasd.events.carrying import carried_out
from rasd.events.crowds import crowd_out
from rasd.events.cues import cues_before, sentence_cues
from rasd.events.forms import bare, present_tense
from rasd.events.lexicon import RESOURCES
from rasd.events.triggers import TriggerHit
from rasd.events.vectors import VectorTable, load_tables
from rasd.ner.clusters import load_clusters

DETECTORS_PATH = RESOURCES / "detectors.json"
# Word clusters learnt from the unlabelled news by the NER stage; the middle granularity (256) generalises the
# few hundred labelled sentences to words never seen in them.
CLUSTERS_PATH = RESOURCES.parent / "ner" / "clusters.json.gz"
_CLUSTER_LEVEL = 1
_CONTEXT = 3
_REFERENCE_DAY = date(2000, 1, 1)  # any day: only whether a date is stated matters
CONTEXT_FEATURES = ("k:", "x")  # the trigger's lemma with tense and cues; clusters of the words around it
PLACE_FEATURES = ("g:", "date")
CASUALTY = frozenset(
    ["قتيل", "قتلي", "قتلاه", "جريح", "جرحي", "مصرع", "مصرعه", "مصرعهم", "اصابه", "اصابات", "مصابين", "جثث", "جثه"]
)


def features(
    words: list[str], hits: list[TriggerHit], event_type: str, *, context: bool = True, place: bool = True
) -> set[str]:
    """The binary features of one sentence for a detector of ``event_type``; the trigger context and the
    place-and-date families only when asked for (a detector without weights for them skips their cost)."""
    bares = list(map(bare, words))
    feats = {"bias"}
    feats.update("w:" + b for b in bares if len(b) > 1)
    feats.update(f"b:{a}_{b}" for a, b in pairwise(bares))
    feats.update("s:" + c for c in sentence_cues(words))
    own = [h for h in hits if h.entry.type == event_type]
    feats.update("t:" + h.entry.type for h in hits)
    feats.update("tl:" + bare(h.entry.lemma) for h in own)
    for h in own:
        feats.add("p:" + h.entry.pos)
        tense = ""
        if h.entry.pos == "verb":
            tense = "present" if present_tense(h.form) else "past"
            feats.add("v:" + tense)
        cues = cues_before(words, h.first)
        feats.update("c:" + c for c in cues)
        if not cues:
            feats.add("c:plain")
        if h.first < 3:
            feats.add("c:early")
        if context:
            feats.update(_trigger_context(words, bares, h, tense, cues))
    feats.add(f"n:{min(len(own), 3)}")
    feats.add(f"len:{min(len(words) // 10, 5)}")
    if any(b in CASUALTY for b in bares):
        feats.add("casualty")
    if any(w.isdigit() for w in words):
        feats.add("number")
    if place:
        feats.update(_place_and_time(words))
    return feats


def _trigger_context(words: list[str], bares: list[str], hit: TriggerHit, tense: str, cues: set[str]) -> set[str]:
    """The trigger's lemma with its part of speech, tense and cues, and the clusters of the words ±3 around it."""
    lemma = bare(hit.entry.lemma)
    feats = {f"k:{lemma}:{hit.entry.pos}:{tense}", f"k:{lemma}:" + ",".join(sorted(cues))}
    clusters = word_clusters()
    for offset in range(1, _CONTEXT + 1):
        for j, side in ((hit.first - offset, -offset), (hit.last + offset, offset)):
            if 0 <= j < len(words):
                ids = clusters.get(words[j]) or clusters.get(bares[j])
                if ids:
                    feats.add(f"x{side}:{ids[_CLUSTER_LEVEL]}")
    return feats


def clusters_digest() -> str:
    """SHA-1 of the clusters file the detectors were trained with (cluster ids change when it is rebuilt)."""
    return hashlib.sha1(CLUSTERS_PATH.read_bytes()).hexdigest() if CLUSTERS_PATH.exists() else ""


@lru_cache(maxsize=1)
def word_clusters() -> dict[str, list[str]]:
    """Folded word → its cluster ids (coarse to fine); empty when the NER resources are absent."""
    return {w: ids.split() for w, ids in load_clusters(CLUSTERS_PATH).items()}


def _place_and_time(words: list[str]) -> set[str]:
    """Whether the sentence names a place and a date (a report of something that happened)."""
    from rasd.events.dates import find_date
    from rasd.events.geo import default_gazetteer

    feats = {"g:" + m.place.kind for m in default_gazetteer().match(words)}
    if find_date(words, _REFERENCE_DAY):
        feats.add("date")
    return feats


@dataclass(slots=True)
class Detector:
    """One event type's weights and decision threshold."""

    event_type: str
    weights: dict[str, float]
    threshold: float
    vectors: VectorTable | None = None  # the word-vector means' part of a logit, when trained with them
    dense_bias: float | None = None  # set when that part is a model of its own, averaged with the sparse one
    context: bool = field(init=False)  # whether it weighs the trigger context
    place: bool = field(init=False)  # whether it weighs a named place and date

    def __post_init__(self) -> None:
        self.context = any(f.startswith(CONTEXT_FEATURES) for f in self.weights)
        self.place = any(f.startswith(PLACE_FEATURES) for f in self.weights)

    def features(self, words: list[str], hits: list[TriggerHit]) -> set[str]:
        """The sentence's features this detector weighs (at least)."""
        return features(words, hits, self.event_type, context=self.context, place=self.place)

    def probability(self, words: list[str], hits: list[TriggerHit]) -> float:
        # summed exactly: a set's order, which the hash seed sets, must not move the last bits of a logit
        z = math.fsum(map(self.weights.get, self.features(words, hits), repeat(0.0)))
        if self.vectors is None:
            return _sigmoid(z)
        dense = self.vectors.score(words, hits, self.event_type)
        if self.dense_bias is None:
            return _sigmoid(z + dense)
        return (_sigmoid(z) + _sigmoid(self.dense_bias + dense)) / 2

    def detects(self, words: list[str], hits: list[TriggerHit]) -> bool:
        return self.probability(words, hits) >= self.threshold


def asserted(words: list[str], hits: list[TriggerHit], event_type: str) -> bool:
    """Whether a construction states that an event of the type took place, whatever its detector says: an attack
    carried out (`rasd.events.carrying`), a crowd that took to the streets (`rasd.events.crowds`)."""
    return carried_out(words, hits, event_type) or crowd_out(words, hits, event_type)


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


JOINT, SEPARATE = "joint", "separate"  # how a detector uses the word-vector means (`vectors` in detectors.json)


def load_detectors(path: Path = DETECTORS_PATH) -> dict[str, Detector]:
    """The shipped detectors by event type."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        tables = load_tables() if any(d.get("vectors") for d in data["detectors"].values()) else {}
        return {
            t: Detector(
                t,
                d["weights"],
                d["threshold"],
                tables[t] if d.get("vectors") else None,
                d["dense_bias"] if d.get("vectors") == SEPARATE else None,
            )
            for t, d in data["detectors"].items()
        }
    except (OSError, ValueError, KeyError) as exc:
        raise InputError(
            str(path), f"cannot read the event detectors ({exc}); rebuild them with `rasd train events`"
        ) from exc


@lru_cache(maxsize=1)
def default_detectors() -> dict[str, Detector]:
    """The shipped detectors, read once per process."""
    return load_detectors()
