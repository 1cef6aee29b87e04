"""Trained sentence detectors: does this sentence report an event of a given type?

A detector is a logistic regression over sparse binary features (words, word pairs, the triggers found
and the cue words around them). It is stored as plain weights, so prediction needs no numerical library.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

from rasd.errors import InputError
from rasd.events.cues import cues_before, sentence_cues
from rasd.events.forms import bare
from rasd.events.lexicon import RESOURCES
from rasd.events.triggers import TriggerHit

DETECTORS_PATH = RESOURCES / "detectors.json"
_REFERENCE_DAY = date(2000, 1, 1)  # any day: only whether a date is stated matters
CASUALTY = frozenset(
    ["قتيل", "قتلي", "قتلاه", "جريح", "جرحي", "مصرع", "مصرعه", "مصرعهم", "اصابه", "اصابات", "مصابين", "جثث", "جثه"]
)


def features(words: list[str], hits: list[TriggerHit], event_type: str) -> set[str]:
    """The binary features of one sentence for a detector of ``event_type``."""
    bares = [bare(w) for w in words]
    feats = {"bias"}
    feats.update("w:" + b for b in bares if len(b) > 1)
    feats.update(f"b:{a}_{b}" for a, b in pairwise(bares))
    feats.update("s:" + c for c in sentence_cues(words))
    own = [h for h in hits if h.entry.type == event_type]
    feats.update("t:" + h.entry.type for h in hits)
    feats.update("tl:" + bare(h.entry.lemma) for h in own)
    for h in own:
        feats.add("p:" + h.entry.pos)
        if h.entry.pos == "verb":
            feats.add("v:present" if h.form[:1] in "يتن" and len(h.form) > 3 else "v:past")
        cues = cues_before(words, h.first)
        feats.update("c:" + c for c in cues)
        if not cues:
            feats.add("c:plain")
        if h.first < 3:
            feats.add("c:early")
    feats.add(f"n:{min(len(own), 3)}")
    feats.add(f"len:{min(len(words) // 10, 5)}")
    if any(b in CASUALTY for b in bares):
        feats.add("casualty")
    if any(w.isdigit() for w in words):
        feats.add("number")
    feats.update(_place_and_time(words))
    return feats


def _place_and_time(words: list[str]) -> set[str]:
    """Whether the sentence names a place and a date (a report of something that happened)."""
    from rasd.events.dates import find_date
    from rasd.events.geo import default_gazetteer, place_candidates

    feats = {"g:" + m.place.kind for m in default_gazetteer().match([place_candidates(w) for w in words])}
    if find_date(words, _REFERENCE_DAY):
        feats.add("date")
    return feats


@dataclass(slots=True)
class Detector:
    """One event type's weights and decision threshold."""

    event_type: str
    weights: dict[str, float]
    threshold: float

    def probability(self, feats: set[str]) -> float:
        z = sum(self.weights.get(f, 0.0) for f in feats)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def detects(self, feats: set[str]) -> bool:
        return self.probability(feats) >= self.threshold


def load_detectors(path: Path = DETECTORS_PATH) -> dict[str, Detector]:
    """The shipped detectors by event type."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return {t: Detector(t, d["weights"], d["threshold"]) for t, d in data["detectors"].items()}
    except (OSError, ValueError, KeyError) as exc:
        raise InputError(
            str(path), f"cannot read the event detectors ({exc}); rebuild them with `rasd train events`"
        ) from exc


@lru_cache(maxsize=1)
def default_detectors() -> dict[str, Detector]:
    """The shipped detectors, read once per process."""
    return load_detectors()
