"""Dense detector features: word vectors learnt from the unlabelled news, averaged around a sentence's triggers.

Four means per sentence (the words ±3 and ±5 around the triggers of the type, the trigger words, the whole
sentence) of the PPMI-SVD vectors `rasd.ner.clusters` computes before clustering. The detector is linear in these
means, so each word's contribution is one number per mean: training turns the weights into a word table and the
events stage adds up table entries (no vectors, no numerical library at run time).
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

from rasd.events.forms import bare, fold
from rasd.events.lexicon import RESOURCES
from rasd.events.triggers import TriggerHit

VECTORS_PATH = RESOURCES / "vectors.json.gz"
WINDOWS = (3, 5)
GROUPS = ("±3", "±5", "trigger", "sentence")
VOCABULARY = 50_000  # the most frequent news words that keep a table entry
SCALE = 0.1  # standardised means count this much next to a binary feature (a stronger prior on them)
_DIGITS = 4


def positions(words: Sequence[str], hits: Iterable[TriggerHit], event_type: str) -> list[list[int]]:
    """Word positions of each group in ``GROUPS``, for the triggers of ``event_type``."""
    own = [h for h in hits if h.entry.type == event_type]
    inside = {i for h in own for i in range(h.first, h.last + 1)}
    groups: list[list[int]] = []
    for n in WINDOWS:
        around = set()
        for h in own:
            around.update(range(max(0, h.first - n), h.first))
            around.update(range(h.last + 1, min(len(words), h.last + 1 + n)))
        groups.append(sorted(around - inside))
    groups.append(sorted(inside))
    groups.append(list(range(len(words))))
    return groups


T = TypeVar("T")


def lookup(table: Mapping[str, T], word: str) -> T | None:
    """A sentence's (folded) word in a table of words: as it is, else without proclitics and article."""
    found = table.get(word)
    return found if found is not None else table.get(bare(word))


def table_keys(vocabulary: Sequence[str]) -> dict[str, int]:
    """Folded word → the row of its most frequent spelling, for the first ``VOCABULARY`` words."""
    keys: dict[str, int] = {}
    for row, word in enumerate(vocabulary[:VOCABULARY]):
        keys.setdefault(word, row)
        keys.setdefault(fold(word), row)
    return keys


@dataclass(slots=True)
class VectorTable:
    """Per word, its contribution to each group's mean (already weighted), for one detector."""

    entries: dict[str, tuple[float, ...]]

    def score(self, words: Sequence[str], hits: Iterable[TriggerHit], event_type: str) -> float:
        """The dense part of the detector's logit: per group, the mean of its known words' entries."""
        found = [lookup(self.entries, w) for w in words]
        total = 0.0
        for g, group in enumerate(positions(words, hits, event_type)):
            values = [e[g] for i in group if (e := found[i]) is not None]
            if values:
                total += sum(values) / len(values)
        return total


def save_tables(tables: dict[str, VectorTable], path: Path = VECTORS_PATH) -> None:
    """Write ``{type: {word: [entry per group]}}`` as a byte-stable gzip JSON file."""
    body = json.dumps(
        {t: {w: [round(x, _DIGITS) for x in e] for w, e in table.entries.items()} for t, table in tables.items()},
        ensure_ascii=False,
        separators=(",", ":"),
    )
    with open(path, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as out:
        out.write(body.encode("utf-8"))


@lru_cache(maxsize=1)
def load_tables(path: Path = VECTORS_PATH) -> dict[str, VectorTable]:
    """The shipped tables by event type; empty when the file is absent (detectors then use no dense part)."""
    if not path.exists():
        return {}
    data = json.loads(gzip.decompress(path.read_bytes()))
    return {t: VectorTable({w: tuple(e) for w, e in entries.items()}) for t, entries in data.items()}


@dataclass(slots=True)
class Standardised:
    """Each sentence's group means, standardised and scaled (rows × groups·dimensions), and how."""

    matrix: object  # np.ndarray
    mean: object
    spread: object
    scale: float = SCALE


def group_means(
    sentences: Sequence[tuple[Sequence[str], Sequence[TriggerHit]]],
    event_type: str,
    vocabulary: Sequence[str],
    vectors,  # np.ndarray, one row per vocabulary word
    scale: float = SCALE,
) -> Standardised:
    """The dense features of labelled sentences (words, trigger hits), for training, standardised and
    multiplied by ``scale``."""
    import numpy as np

    keys = table_keys(vocabulary)
    dims = vectors.shape[1]
    rows = np.zeros((len(sentences), len(GROUPS) * dims))
    for r, (words, hits) in enumerate(sentences):
        known = [lookup(keys, w) for w in words]
        for g, group in enumerate(positions(words, hits, event_type)):
            ids = [known[i] for i in group if known[i] is not None]
            if ids:
                rows[r, g * dims : (g + 1) * dims] = vectors[ids].mean(axis=0)
    mean, spread = rows.mean(axis=0), rows.std(axis=0)
    spread = np.where(spread > 0, spread, 1.0)
    return Standardised((rows - mean) / spread * scale, mean, spread, scale)


def fold_weights(
    weights: dict[str, float], dense: Standardised, vocabulary: Sequence[str], vectors
) -> tuple[dict[str, float], VectorTable]:
    """Sparse weights (the dense columns' constant part moved into the bias) and the word table of a model
    trained on ``dense``; its logit on any sentence is the same as the trained model's."""
    import numpy as np

    from rasd.events.learn import DENSE_PREFIX, dense_name

    dims = vectors.shape[1]
    w = np.array([weights.get(dense_name(j), 0.0) for j in range(len(GROUPS) * dims)]) * dense.scale / dense.spread
    sparse = {f: x for f, x in weights.items() if not f.startswith(DENSE_PREFIX)}
    sparse["bias"] = round(sparse.get("bias", 0.0) - float(w @ dense.mean), 4)
    per_word = vectors[: min(VOCABULARY, len(vocabulary))] @ w.reshape(len(GROUPS), dims).T
    entries: dict[str, tuple[float, ...]] = {}
    for key, row in table_keys(vocabulary).items():
        entries[key] = tuple(float(x) for x in per_word[row])
    return sparse, VectorTable(entries)
