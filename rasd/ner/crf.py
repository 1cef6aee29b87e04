"""Inference with a crfsuite model's own weights, read straight from its binary file.

crfsuite scores a sequence by summing, per token, the weights of its attributes for each label, then runs
Viterbi over those scores and the label-to-label transition weights. This module reads the exact (double)
weights from the model file and does the same arithmetic with numpy, so a caller can add up the weights of
feature groups it has seen before instead of handing crfsuite fresh strings for every token. The file layout
is crfsuite's ``crf1d`` model (a header, a ``FEAT`` chunk of ``(type, source, target, weight)`` records, and
``CQDB`` string tables for labels and attributes); all numbers are little-endian.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from rasd.errors import RasdError

HEADER = struct.Struct("<4sI4sIIIIIIIII")
CQDB_HEADER = struct.Struct("<4sIIIII")
FEATURE = np.dtype([("type", "<u4"), ("source", "<u4"), ("target", "<u4"), ("weight", "<f8")])
STATE, TRANSITION = 0, 1
CHUNK = 512  # sequences decoded together (bounds the padded arrays when tagging a whole corpus)


def _strings(data: bytes, base: int) -> list[str]:
    """The strings of a CQDB chunk at ``base``, in id order (each record: id, size, bytes ending in NUL)."""
    chunk, _, _, _, count, backward = CQDB_HEADER.unpack_from(data, base)
    if chunk != b"CQDB":
        raise ValueError("no string table where the header points")
    out = []
    for offset in struct.unpack_from(f"<{count}I", data, base + backward):
        _, size = struct.unpack_from("<II", data, base + offset)
        start = base + offset + 8
        out.append(data[start : start + size - 1].decode("utf-8"))
    return out


@dataclass(frozen=True, slots=True)
class CrfModel:
    """A linear-chain CRF: labels, per-attribute state weights and label-to-label transition weights."""

    labels: list[str]
    attributes: dict[str, int]  # attribute -> its row in ``state``
    state: np.ndarray  # (attributes, labels)
    transition: np.ndarray  # (labels, labels), from -> to

    @classmethod
    def read(cls, path: Path) -> CrfModel:
        """Read a model file written by crfsuite."""
        data = path.read_bytes()
        try:
            magic, _, kind, _, _, n_labels, n_attrs, at_features, at_labels, at_attrs, _, _ = HEADER.unpack_from(data)
            if magic != b"lCRF" or kind != b"FOMC":
                raise ValueError("not a crfsuite CRF model")
            chunk, _, count = struct.unpack_from("<4sII", data, at_features)
            if chunk != b"FEAT":
                raise ValueError("no feature table where the header points")
            features = np.frombuffer(data, dtype=FEATURE, count=count, offset=at_features + 12)
            labels, attributes = _strings(data, at_labels), _strings(data, at_attrs)
        except (struct.error, ValueError, UnicodeDecodeError) as error:
            raise RasdError(f"{path}: unreadable CRF model ({error})") from None
        if len(labels) != n_labels or len(attributes) != n_attrs:
            raise RasdError(f"{path}: unreadable CRF model (string tables do not match the header)")
        state = np.zeros((n_attrs, n_labels))
        transition = np.zeros((n_labels, n_labels))
        for table, kind in ((state, STATE), (transition, TRANSITION)):
            chosen = features[features["type"] == kind]
            table[chosen["source"], chosen["target"]] = chosen["weight"]
        return cls(labels, {a: i for i, a in enumerate(attributes)}, state, transition)

    def scores(self, attributes: Iterable[str]) -> np.ndarray:
        """The summed state weights of some attributes, one per label (attributes the model lacks add 0)."""
        rows = [row for row in map(self.attributes.get, attributes) if row is not None]
        return self.state[rows].sum(axis=0)

    def viterbi(self, emission: np.ndarray, lengths: list[int]) -> list[int]:
        """The best label ids for consecutive sequences whose token scores are the rows of ``emission``.

        Sequences advance together, longest first, so the number of numpy calls is set by the longest one, not
        by the number of tokens. Ties go to the lower label id at every step, as in crfsuite.
        """
        out = [0] * len(emission)
        size = np.asarray(lengths, dtype=np.intp)
        order = np.argsort(-size, kind="stable")
        starts = (np.cumsum(size) - size)[order]
        size = size[order]
        for chunk in range(0, int(np.count_nonzero(size)), CHUNK):
            part = slice(chunk, min(chunk + CHUNK, len(size)))
            self._viterbi(emission, starts[part], size[part][size[part] > 0], out)
        return out

    def _viterbi(self, emission: np.ndarray, starts: np.ndarray, size: np.ndarray, out: list[int]) -> None:
        """Viterbi over sequences sorted longest first; writes their label ids into ``out``."""
        starts = starts[: len(size)]
        steps, width = int(size[0]), len(size)
        active = np.searchsorted(-size, -np.arange(steps), side="left").tolist()  # sequences longer than t
        at = starts[None, :] + np.minimum(np.arange(steps)[:, None], size[None, :] - 1)  # [step, sequence]: token
        scores = emission[at]
        labels = len(self.labels)
        back = np.empty((steps, width, labels), dtype=np.intp)
        score = scores[0].copy()
        incoming = self.transition.T[None, :, :].copy()  # [_, to, from]
        flat = np.arange(width * labels) * labels  # where each (sequence, to) row starts in a step's candidates
        for t in range(1, steps):
            k = active[t]
            candidates = score[:k, None, :] + incoming  # [sequence, to, from]
            best_from = back[t, :k]
            candidates.argmax(axis=2, out=best_from)
            best = candidates.reshape(-1)[flat[: k * labels] + best_from.reshape(-1)].reshape(k, labels)
            np.add(best, scores[t, :k], out=score[:k])
        ends = score.argmax(axis=1).tolist()
        for s, (start, n, label) in enumerate(zip(starts.tolist(), size.tolist(), ends, strict=True)):
            pointers = back[:n, s].tolist()  # following them in plain Python is cheaper than a numpy call per step
            for t in range(n - 1, 0, -1):
                out[start + t] = label
                label = pointers[t][label]
            out[start] = label

    def marginals_at(self, emission: np.ndarray, index: int) -> np.ndarray:
        """The probability of each label at position ``index`` of one sequence (forward-backward)."""
        weights = np.exp(emission - emission.max(axis=1, keepdims=True))  # a factor per position cancels out
        transition = np.exp(self.transition)
        alpha = weights[0] / weights[0].sum()
        for t in range(1, index + 1):
            alpha = (alpha @ transition) * weights[t]
            alpha /= alpha.sum()
        beta = np.ones(len(self.labels))
        for t in range(len(emission) - 1, index, -1):
            beta = transition @ (weights[t] * beta)
            beta /= beta.sum()
        joint = alpha * beta
        return joint / joint.sum()
