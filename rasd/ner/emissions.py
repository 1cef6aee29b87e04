"""The CRF's per-token label scores, added up from cached sums of feature groups instead of feature strings.

A token's features (rasd.ner.features) fall into groups that each depend on little: its own features on the
token alone, what it sees of a neighbour on that neighbour and the offset, the conjunctions with the token
before it on a pair of small values (a cluster id and a shape, a cue kind and a cluster id) and on the two
stems, the gazetteer features on a token's marks. The weights of each group are summed once, when the group is
first met, and kept; a text's scores are then a few array operations. They are the same weights crfsuite
adds, in another order, so the best paths agree except where two paths score within rounding of each other.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from itertools import compress, pairwise, repeat

import numpy as np

from rasd.ner.crf import CrfModel
from rasd.ner.features import (
    AFTER,
    BEFORE,
    OFFSETS,
    FeatureExtractor,
    TokenInfo,
    bigram_feature,
    cluster_shape_feature,
    cue_cluster_feature,
    cue_features,
    gazetteer_features,
    neighbour_features,
    padding_feature,
)

# a text: consecutive sentences as (tokens, normal forms)
Texts = list[tuple[list[str], list[str]]]
# what stands in the first row of the token table, the one a missing neighbour points to
PADDING = TokenInfo(own=[], norm="", stem="", cluster="-", fine="-", cue="", coarse="-", shape="")


class _Sums:
    """Feature groups waiting to have their weights summed in one numpy call."""

    def __init__(self, model: CrfModel, state: np.ndarray) -> None:
        self.attributes = model.attributes
        self.state = state
        self.zero = len(state) - 1  # an all-zero row, so that no group is empty
        self.rows: list[int] = []
        self.starts: list[int] = []

    def add(self, features: list[str]) -> None:
        self.add_rows(list(map(self.attributes.get, features, repeat(self.zero, len(features)))))  # unknown: zero

    def add_rows(self, rows: list[int]) -> None:
        """A group given by the model's rows of its features."""
        self.starts.append(len(self.rows))
        self.rows.append(self.zero)
        self.rows += rows

    def take(self) -> np.ndarray:
        """The sums of the groups added, in order; empties the queue."""
        out = np.add.reduceat(self.state[self.rows], self.starts, axis=0)
        self.rows, self.starts = [], []
        return out


def _grow(array: np.ndarray, size: int) -> np.ndarray:
    """``array`` with room for at least ``size`` rows (doubling), zeros in the new rows."""
    if size <= len(array):
        return array
    grown = np.zeros((max(size, 2 * len(array)), *array.shape[1:]), dtype=array.dtype)
    grown[: len(array)] = array
    return grown


class _Grid:
    """Score vectors of a feature made of two values, for every pair of values met so far; each value gets a
    code when first met (the pairs it makes with the values known then are summed at that moment)."""

    def __init__(self, feature: Callable[[str, str], str], sums: _Sums, labels: int) -> None:
        self.feature = feature
        self.sums = sums
        self.firsts: dict[str, int] = {}
        self.seconds: dict[str, int] = {}
        self.table = np.zeros((8, 8, labels))

    def first(self, value: str) -> int:
        code = self.firsts.get(value)
        if code is None:
            code = self.firsts[value] = len(self.firsts)
            self._fit()
            if self.seconds:
                for other in self.seconds:
                    self.sums.add([self.feature(value, other)])
                self.table[code, : len(self.seconds)] = self.sums.take()
        return code

    def second(self, value: str) -> int:
        code = self.seconds.get(value)
        if code is None:
            code = self.seconds[value] = len(self.seconds)
            self._fit()
            if self.firsts:
                for other in self.firsts:
                    self.sums.add([self.feature(other, value)])
                self.table[: len(self.firsts), code] = self.sums.take()
        return code

    def _fit(self) -> None:
        rows, columns, labels = self.table.shape
        if len(self.firsts) > rows or len(self.seconds) > columns:
            grown = np.zeros((max(len(self.firsts), 2 * rows), max(len(self.seconds), 2 * columns), labels))
            grown[:rows, :columns] = self.table
            self.table = grown


class Emissions:
    """Scores every label at every token of a text, with the weights of a crfsuite model."""

    def __init__(self, model: CrfModel, features: FeatureExtractor, cache_size: int = 100_000) -> None:
        self.model = model
        self.features = features
        self.cache_size = cache_size
        self.labels = len(model.labels)
        self.state = np.vstack([model.state, np.zeros((1, self.labels))])
        self.sums = _Sums(model, self.state)
        self.values = self._values()
        # the same rows by ``(name, value)``, the way a token's own features are kept
        self.pairs = {(name, value): row for name, values in self.values.items() for value, row in values.items()}
        self.bias = model.attributes.get("bias", self.sums.zero)
        self.bigrams = self._bigrams()
        self.families = self._families()
        self._reset()

    def _families(self) -> list[list[tuple[dict[str, int], str]]]:
        """Per offset, what a token shows of itself to the token that far away, as families of features that
        each spell one of its values after a fixed prefix: ``(value -> row, name of the value)``. Read off the
        feature functions by giving them a token whose every value is its own name behind a marker; a cue
        feature is left out when there is no cue, and the model has no row for an empty cue either."""
        marker = "\x00"
        named = TokenInfo(own=[], **{f.name: marker + f.name for f in fields(TokenInfo) if f.name != "own"})
        out = []
        for d in OFFSETS:
            spelled = neighbour_features(named, d) + (cue_features(named, d) if d < 0 else [])
            parts = [feature.split(marker) for feature in spelled]
            out.append([(self.values.get(prefix, {}), name) for prefix, name in parts])
        return out

    def _values(self) -> dict[str, dict[str, int]]:
        """The model's attributes as tables: name up to its first ``=`` (``w=``, ``pre2=`` …) -> value -> row.
        A feature ``name + value`` whose name holds no other ``=`` has the row ``values[name][value]``."""
        out: dict[str, dict[str, int]] = {}
        for attribute, row in self.model.attributes.items():
            prefix, equals, value = attribute.partition("=")
            out.setdefault(prefix + equals, {})[value] = row
        return out

    def _bigrams(self) -> dict[tuple[str, str], tuple[int, int]]:
        """``(first stem, second stem)`` -> rows of the model's two bigram features for them (the zero row for
        one it lacks). Each attribute is read back into the stems that spell it, at every ``|`` it holds."""
        out: dict[tuple[str, str], list[int]] = {}
        for side, slot in ((BEFORE, 0), (AFTER, 1)):
            prefix = bigram_feature(side, "", "")[:-1]
            for attribute, row in self.model.attributes.items():
                if not attribute.startswith(prefix):
                    continue
                rest = attribute[len(prefix) :]
                for cut, ch in enumerate(rest):
                    if ch == "|":
                        pair = (rest[:cut], rest[cut + 1 :])
                        if bigram_feature(side, *pair) == attribute:
                            out.setdefault(pair, [self.sums.zero, self.sums.zero])[slot] = row
        return {pair: (a, b) for pair, (a, b) in out.items()}

    def _reset(self) -> None:
        """Forget every cached sum (the cache is bounded); the first row stands for a missing neighbour."""
        self.ids: dict[tuple[str, str], int] = {}
        self.infos: list[TokenInfo] = [PADDING]
        # per token: own features (with the bias), then as seen from each offset
        self.table = np.zeros((1024, 1 + len(OFFSETS), self.labels))
        self.table[0, 1:] = [self.model.scores([padding_feature(d)]) for d in OFFSETS]
        self.codes = np.zeros((1024, 4), dtype=np.intp)  # per token: its values' codes in the two grids
        self.cluster_shape = _Grid(cluster_shape_feature, self.sums, self.labels)
        self.cue_cluster = _Grid(cue_cluster_feature, self.sums, self.labels)
        self.marks: dict[tuple[str, ...], int] = {}
        self.mark_table = np.zeros((16, 3, self.labels))  # own, as seen from the next token, from the previous

    def __call__(self, sentences: Texts) -> tuple[np.ndarray, list[list[TokenInfo]]]:
        """Scores ``(tokens, labels)`` for all tokens of the sentences in order, and each sentence's token infos."""
        if len(self.infos) > self.cache_size:
            self._reset()
        ids, infos = self._token_ids(sentences)
        n = len(ids)
        if not n:
            return np.zeros((0, self.labels)), infos
        lengths = np.fromiter(map(len, infos), dtype=np.intp, count=len(infos))
        index = np.asarray(ids, dtype=np.intp)
        position = np.arange(n) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        after = np.repeat(lengths, lengths) - position - 1  # tokens after this one in its sentence
        offsets = np.asarray(OFFSETS)
        inside = (position[:, None] + offsets >= 0) & (offsets <= after[:, None])
        seen = np.where(inside, index[np.clip(np.arange(n)[:, None] + offsets, 0, n - 1)], 0)
        width = 1 + len(OFFSETS)
        rows = np.concatenate([index[:, None] * width, seen * width + np.arange(1, width)], axis=1)
        scores = self.table.reshape(-1, self.labels)[rows].sum(axis=1)
        second = np.flatnonzero(position)  # tokens with a token before them
        if len(second):
            before, this = self.codes[index[second - 1]], self.codes[index[second]]
            scores[second] += self.cluster_shape.table[before[:, 0], this[:, 1]]
            scores[second] += self.cue_cluster.table[before[:, 2], this[:, 3]]
            self._add_bigrams(scores, [info.stem for sentence in infos for info in sentence], second)
        self._add_marks(scores, sentences, infos)
        return scores, infos

    def _token_ids(self, sentences: Texts) -> tuple[list[int], list[list[TokenInfo]]]:
        """A row per token, new tokens' feature groups summed and stored; and each sentence's token infos."""
        known, all_infos = self.ids, self.infos
        first = len(all_infos)
        ids: list[int] = []
        infos: list[list[TokenInfo]] = []
        for tokens, norms in sentences:
            keys = list(zip(tokens, norms, strict=True))
            sentence_ids = list(map(known.get, keys))
            if None in sentence_ids:  # new tokens (maybe twice in the sentence)
                for i, key in enumerate(keys):
                    if sentence_ids[i] is None:
                        row = known.get(key)
                        sentence_ids[i] = self._new_token(key) if row is None else row
            ids += sentence_ids  # type: ignore[arg-type]
            infos.append(list(map(all_infos.__getitem__, sentence_ids)))  # type: ignore[arg-type]
        if len(all_infos) > first:
            self._store(first)
        return ids, infos

    def _new_token(self, key: tuple[str, str]) -> int:
        i = self.ids[key] = len(self.infos)
        self.infos.append(self.features.token_info(*key))
        return i

    def _store(self, first: int) -> None:
        """Sum and store the feature groups and value codes of the tokens from ``first`` on."""
        new = self.infos[first:]
        end = first + len(new)
        self.table = _grow(self.table, end)
        pair, zero = self.pairs.get, self.sums.zero
        for info in new:
            self.sums.add_rows([self.bias, *map(pair, info.own, repeat(zero, len(info.own)))])
        self.table[first:end, 0] = self.sums.take()
        for k, families in enumerate(self.families, start=1):
            rows = [list(map(values.get, [getattr(i, field) for i in new], repeat(zero))) for values, field in families]
            self.table[first:end, k] = self.state[rows].sum(axis=0)
        self.codes = _grow(self.codes, end)
        grids = self.cluster_shape, self.cue_cluster
        self.codes[first:end] = [
            (grids[0].first(i.cluster), grids[0].second(i.shape), grids[1].first(i.cue), grids[1].second(i.cluster))
            for i in new
        ]

    def _add_bigrams(self, scores: np.ndarray, stems: list[str], second: np.ndarray) -> None:
        """The stem bigram features, for the few adjacent pairs the model has weights for (``second``: the
        tokens that have a token before them in their sentence)."""
        found = list(map(self.bigrams.get, pairwise(stems)))  # pairs across sentences are dropped below
        at = np.fromiter(compress(range(1, len(stems)), found), dtype=np.intp)
        at = at[np.isin(at, second, assume_unique=True)]
        if len(at):
            before, after = np.asarray([found[t - 1] for t in at.tolist()], dtype=np.intp).T
            scores[at] += self.state[before]  # a token appears once in each of these index arrays
            scores[at - 1] += self.state[after]

    def _add_marks(self, scores: np.ndarray, sentences: Texts, infos: list[list[TokenInfo]]) -> None:
        """The gazetteer features: a token's own marks and those of the tokens next to it."""
        known = self.marks
        first = len(known)
        found: list[tuple[int, int, bool, bool]] = []  # (row of marks, token, has a previous, has a next)
        start = 0
        for (_, norms), sentence in zip(sentences, infos, strict=True):
            n = len(sentence)
            sentence_marks = self.features.marks(norms, sentence)
            for i in compress(range(n), sentence_marks):
                marks = sentence_marks[i]
                if marks:
                    key = tuple(marks)
                    m = known.get(key)
                    if m is None:
                        m = known[key] = len(known)
                        self.sums.add(gazetteer_features(marks))
                        self.sums.add(gazetteer_features(marks, -1))
                        self.sums.add(gazetteer_features(marks, 1))
                    found.append((m, start + i, i > 0, i + 1 < n))
            start += n
        if len(known) > first:
            self.mark_table = _grow(self.mark_table, len(known))
            self.mark_table[first : len(known)] = self.sums.take().reshape(-1, 3, self.labels)
        if not found:
            return
        rows = self.mark_table
        m, t, has_previous, has_next = (np.asarray(column) for column in zip(*found, strict=True))
        scores[t] += rows[m, 0]  # a token appears once in each of these index arrays
        scores[t[has_next] + 1] += rows[m[has_next], 1]
        scores[t[has_previous] - 1] += rows[m[has_previous], 2]
