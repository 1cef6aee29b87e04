"""The CRF's per-token label scores, added up from cached sums of feature groups instead of feature strings.

A token's features (rasd.ner.features) fall into groups that each depend on little: its own features on the
token alone, what it sees of a neighbour on that neighbour and the offset, the conjunctions with the token
before it on a pair of small values (a cluster id and a shape, a cue kind and a cluster id) and on the two
stems, the gazetteer features on a token's marks. The weights of each group are summed once, when the group is
first met, and kept; a text's scores are then a few array operations. They are the same weights crfsuite
adds, in another order, so the best paths agree except where two paths score within rounding of each other.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from itertools import accumulate, chain, compress, pairwise, repeat
from operator import attrgetter, is_, or_

import numpy as np

from rasd.ner.crf import CrfModel
from rasd.ner.features import (
    AFTER,
    BEFORE,
    OFFSETS,
    FeatureExtractor,
    TokenInfo,
    TokenPieces,
    bigram_feature,
    cluster_shape_feature,
    cue_cluster_feature,
    cue_features,
    gazetteer_features,
    neighbour_features,
    padding_feature,
)
from rasd.ner.gazetteer import add_marks

# a text: consecutive sentences as (tokens, normal forms)
Texts = list[tuple[list[str], list[str]]]
# what begins the group of a token's own features, as ``(name, value)``: a pair no feature spells (the zero
# row), then the bias
GROUP_HEAD = ((None, None), ("bias", ""))
# what stands in the first row of the token table, the one a missing neighbour points to
PADDING = TokenInfo(own=(), norm="", stem="", cluster="-", fine="-", cue="", coarse="-", shape="")


class _Sums:
    """Feature groups waiting to have their weights summed in one numpy call."""

    def __init__(self, model: CrfModel, state: np.ndarray) -> None:
        self.attributes = model.attributes
        self.state = state
        self.zero = len(state) - 1  # an all-zero row, so that no group is empty
        self.rows: list[int] = []
        self.starts: list[int] = []

    def add(self, features: list[str]) -> None:
        """A group of features (those the model lacks count zero)."""
        self.starts.append(len(self.rows))
        self.rows.append(self.zero)
        self.rows += map(self.attributes.get, features, repeat(self.zero, len(features)))

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


def _neighbours(index: np.ndarray, lengths: list[int]) -> np.ndarray:
    """``[token, offset]``: the row of the token each of OFFSETS away in its sentence, 0 (the padding row) where
    there is none; ``index``: the rows of the tokens of consecutive sentences of ``lengths`` tokens."""
    gap = max(map(abs, OFFSETS))
    at = np.arange(len(index)) + gap * np.repeat(np.arange(1, len(lengths) + 1), lengths)  # sentences gap apart
    padded = np.zeros(len(index) + gap * (len(lengths) + 1), dtype=np.intp)
    padded[at] = index
    return padded[at[:, None] + np.asarray(OFFSETS)]


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

    def firsts_of(self, values: Sequence[str]) -> list[int]:
        """The codes of first values (new ones coded as met)."""
        codes = list(map(self.firsts.get, values))
        return codes if None not in codes else list(map(self.first, values))

    def seconds_of(self, values: Sequence[str]) -> list[int]:
        """The codes of second values (new ones coded as met)."""
        codes = list(map(self.seconds.get, values))
        return codes if None not in codes else list(map(self.second, values))

    def _fit(self) -> None:
        rows, columns, labels = self.table.shape
        if len(self.firsts) > rows or len(self.seconds) > columns:
            grown = np.zeros((max(len(self.firsts), 2 * rows), max(len(self.seconds), 2 * columns), labels))
            grown[:rows, :columns] = self.table
            self.table = grown


class Emissions:
    """Scores every label at every token of a text, with the weights of a crfsuite model.

    Up to ``cache_size`` token forms keep their sums (about 400 bytes each); the news corpus has about 400,000,
    so a stream of news seldom starts afresh, which would make every common word new again.
    """

    def __init__(self, model: CrfModel, features: FeatureExtractor, cache_size: int = 400_000) -> None:
        self.model = model
        self.features = features
        self.cache_size = cache_size
        self.labels = len(model.labels)
        self.state = np.vstack([model.state, np.zeros((1, self.labels))])
        self.sums = _Sums(model, self.state)
        self.values = self._values()
        # the same rows by ``(name, value)``, the way a token's own features are kept
        self.pairs = {(name, value): row for name, values in self.values.items() for value, row in values.items()}
        self.bigrams = self._bigrams()
        self.families = self._families()
        self.family_bounds = list(accumulate(map(len, self.families), initial=0))  # each offset's families
        self.spelled = self._spelled()
        self.gazetteer = features.lexicon.gazetteer
        self._reset()

    def _families(self) -> list[list[tuple[dict[str, int], str]]]:
        """Per offset, what a token shows of itself to the token that far away, as families of features that
        each spell one of its values after a fixed prefix: ``(value -> row, name of the value)``. Read off the
        feature functions by giving them a token whose every value is its own name behind a marker; a cue
        feature is left out when there is no cue, and the model has no row for an empty cue either."""
        marker = "\x00"
        named = TokenInfo(own=(), **{name: marker + name for name in TokenInfo._fields if name != "own"})
        out = []
        for d in OFFSETS:
            spelled = neighbour_features(named, d) + (cue_features(named, d) if d < 0 else [])
            parts = [feature.split(marker) for feature in spelled]
            out.append([(self.values.get(prefix, {}), name) for prefix, name in parts])
        return out

    def _spelled(self) -> dict[str, tuple[dict[str, tuple[int, ...]], tuple[int, ...], list[int]]]:
        """Per value a token shows (``norm``, ``cluster`` …): the rows of all the families that spell it, by value,
        so that one look-up serves them all; the rows of a value none of them has; and the places of these
        families among all offsets' families in order."""
        families = list(chain.from_iterable(self.families))
        out = {}
        for name in dict.fromkeys(name for _, name in families):
            places = [place for place, (_, spelling) in enumerate(families) if spelling == name]
            tables = [families[place][0] for place in places]
            missing = (self.sums.zero,) * len(places)
            table = {value: tuple(t.get(value, self.sums.zero) for t in tables) for value in set().union(*tables)}
            out[name] = table, missing, places
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
        self.stems = [PADDING.stem]  # per token row; its other values live on only as the sums they gave
        self.new: list[TokenInfo] = []  # tokens met in this text, until their sums are stored
        # per token: own features (with the bias), then as seen from each offset
        self.table = np.zeros((1024, 1 + len(OFFSETS), self.labels))
        self.table[0, 1:] = [self.model.scores([padding_feature(d)]) for d in OFFSETS]
        self.codes = np.zeros((1024, 4), dtype=np.intp)  # per token: its values' codes in the two grids
        # per token: whether its normal form or stem is a one-word entry of the gazetteer, and whether it begins one
        # of several words
        self.opens = np.zeros((1024, 2), dtype=bool)
        self.cluster_shape = _Grid(cluster_shape_feature, self.sums, self.labels)
        self.cue_cluster = _Grid(cue_cluster_feature, self.sums, self.labels)
        self.marks: dict[tuple[str, ...], int] = {}
        self.mark_table = np.zeros((16, 3, self.labels))  # own, as seen from the next token, from the previous

    def __call__(
        self, sentences: Texts, pieces: list[list[TokenPieces]] | None = None
    ) -> tuple[np.ndarray, list[list[str]]]:
        """Scores ``(tokens, labels)`` for all tokens of the sentences in order, and each sentence's token stems.
        ``pieces``: each sentence's tokens' word pieces from the text layer (``()`` where it has none), if known."""
        if len(self.stems) > self.cache_size:
            self._reset()
        lengths = [len(tokens) for tokens, _ in sentences]
        ends = list(accumulate(lengths))
        norms = list(chain.from_iterable(norms for _, norms in sentences))
        ids = self._token_ids(list(chain.from_iterable(tokens for tokens, _ in sentences)), norms, pieces)
        stems = list(map(self.stems.__getitem__, ids))
        n = len(ids)
        by_sentence = [stems[end - size : end] for size, end in zip(lengths, ends, strict=True)]
        if not n:
            return np.zeros((0, self.labels)), by_sentence
        index = np.asarray(ids, dtype=np.intp)
        seen = _neighbours(index, lengths)
        width = 1 + len(OFFSETS)
        rows = np.concatenate([index[:, None] * width, seen * width + np.arange(1, width)], axis=1)
        scores = np.add.reduce(self.table.reshape(-1, self.labels)[rows], axis=1)
        has_previous, has_next = seen[:, OFFSETS.index(-1)] > 0, seen[:, OFFSETS.index(1)] > 0
        second = np.flatnonzero(has_previous)
        if len(second):
            codes = self.codes[index]
            before, this = codes[second - 1], codes[second]
            scores[second] = (
                scores[second]
                + self.cluster_shape.table[before[:, 0], this[:, 1]]
                + self.cue_cluster.table[before[:, 2], this[:, 3]]
            )
            self._add_bigrams(scores, stems, has_previous)
        self._add_marks(scores, index, norms, stems, ends, has_previous, has_next)
        return scores, by_sentence

    def _token_ids(self, tokens: list[str], norms: list[str], pieces: list[list[TokenPieces]] | None) -> list[int]:
        """A row per token, new tokens' feature groups summed and stored."""
        ids = list(map(self.ids.get, zip(tokens, norms, strict=True)))
        missing = list(compress(range(len(ids)), map(is_, ids, repeat(None))))
        if missing:  # new tokens (maybe twice in the text)
            first = len(self.stems)
            flat = list(chain.from_iterable(pieces)) if pieces is not None else None
            known, new, token_info = self.ids, self.new, self.features.token_info
            for i in missing:
                key = tokens[i], norms[i]
                row = known.get(key)
                if row is None:
                    row = known[key] = first + len(new)
                    new.append(token_info(*key, flat[i] if flat else ()))
                ids[i] = row
            self.stems += map(attrgetter("stem"), new)
            self._store(first)
        return ids  # type: ignore[return-value]

    def _store(self, first: int) -> None:
        """Sum and store the feature groups and value codes of the tokens from ``first`` on."""
        new, self.new = self.new, []
        end = first + len(new)
        self.table = _grow(self.table, end)
        zero = self.sums.zero
        column = dict(zip(TokenInfo._fields, zip(*new, strict=True), strict=True))  # each value of the new tokens
        owns = column["own"]
        # each token's group: the zero row and the bias (as _Sums makes a group, for the same sums), then its own
        pairs = chain.from_iterable(map(chain, repeat(GROUP_HEAD), owns))
        own = np.fromiter(map(self.pairs.get, pairs, repeat(zero)), dtype=np.intp)
        sizes = np.fromiter(map(len, owns), dtype=np.intp, count=len(owns)) + len(GROUP_HEAD)
        self.table[first:end, 0] = np.add.reduceat(self.state[own], np.cumsum(sizes) - sizes, axis=0)
        shown: list[tuple[int, ...]] = [()] * self.family_bounds[-1]  # per family, each token's row
        for name, (table, missing, places) in self.spelled.items():
            found = zip(*map(table.get, column[name], repeat(missing)), strict=True)
            for place, rows in zip(places, found, strict=True):
                shown[place] = rows
        scores = self.state[np.array(shown, dtype=np.intp)]  # [family, token, label]
        for k, (a, b) in enumerate(pairwise(self.family_bounds), start=1):
            self.table[first:end, k] = np.add.reduce(scores[a:b], axis=0)
        self.codes = _grow(self.codes, end)
        self.opens = _grow(self.opens, end)
        for k, words in enumerate((self.gazetteer.singles, self.gazetteer.firsts)):
            known = words.__contains__
            self.opens[first:end, k] = list(map(or_, map(known, column["norm"]), map(known, column["stem"])))
        grids = self.cluster_shape, self.cue_cluster
        self.codes[first:end, 0] = grids[0].firsts_of(column["cluster"])
        self.codes[first:end, 1] = grids[0].seconds_of(column["shape"])
        self.codes[first:end, 2] = grids[1].firsts_of(column["cue"])
        self.codes[first:end, 3] = grids[1].seconds_of(column["cluster"])

    def _add_bigrams(self, scores: np.ndarray, stems: list[str], has_previous: np.ndarray) -> None:
        """The stem bigram features, for the few adjacent pairs the model has weights for (``has_previous``:
        whether each token has a token before it in its sentence)."""
        found = list(map(self.bigrams.get, pairwise(stems)))
        at = np.fromiter(compress(range(1, len(stems)), found), dtype=np.intp)
        at = at[has_previous[at]]  # pairs across sentences are dropped
        if len(at):
            before, after = np.asarray([found[t - 1] for t in at.tolist()], dtype=np.intp).T
            scores[at] += self.state[before]  # a token appears once in each of these index arrays
            scores[at - 1] += self.state[after]

    def _add_marks(
        self, scores: np.ndarray, index: np.ndarray, norms: list[str], stems: list[str], ends: list[int],
        has_previous: np.ndarray, has_next: np.ndarray,
    ) -> None:
        """The gazetteer features: a token's own marks and those of the tokens next to it (``index``: the tokens'
        rows; ``ends``: where each sentence ends; ``has_previous``, ``has_next``: whether each token has a token
        before and after it in its sentence)."""
        marks: dict[int, list[str]] = defaultdict(list)
        singles, firsts = (np.flatnonzero(column).tolist() for column in self.opens[index].T)
        for start, length, kinds in self.gazetteer.matches(norms, stems, ends, singles, firsts):
            add_marks(marks, start, length, kinds)
        if not marks:
            return
        known = self.marks
        first = len(known)
        found = []  # the row of each marked token's marks
        for token_marks in marks.values():
            key = tuple(token_marks)
            m = known.get(key)
            if m is None:
                m = known[key] = len(known)
                self.sums.add(gazetteer_features(token_marks))
                self.sums.add(gazetteer_features(token_marks, -1))
                self.sums.add(gazetteer_features(token_marks, 1))
            found.append(m)
        if len(known) > first:
            self.mark_table = _grow(self.mark_table, len(known))
            self.mark_table[first : len(known)] = self.sums.take().reshape(-1, 3, self.labels)
        rows = self.mark_table
        t = np.fromiter(marks, dtype=np.intp, count=len(marks))
        m = np.asarray(found, dtype=np.intp)
        before, after = has_previous[t], has_next[t]
        scores[t] += rows[m, 0]  # a token appears once in each of these index arrays
        scores[t[after] + 1] += rows[m[after], 1]
        scores[t[before] - 1] += rows[m[before], 2]
