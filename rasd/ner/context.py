"""A second pass over nearby sentences: a name tagged once is tagged again where the tagger missed it.

Within ``window`` sentences either side, every name the tagger found (its words, the first without
proclitics) and, for a person's name of two or more words, its last word (a family name: ``حسون`` after
``فاتح حسون``) is looked for among untagged tokens, longest first, and tagged with the type it was most often
given; and a name tagged with a type other than the one it has most often nearby takes that type. On the
ANERcorp dev split this adds about two points of micro-F1, mostly recall on organisations. The repairs of one
sentence's tags that follow it are in ``rasd.ner.repairs``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from itertools import compress

from rasd.memo import Memo
from rasd.ner.evaluate import bio_spans
from rasd.text.normalize import normalize

WINDOW = 20
MIN_FAMILY_NAME = 3
# the entities of each run of tags not ``O`` met, as ``bio_spans`` reads them: few runs differ (B-LOC, B-PERS I-PERS …)
RUN_SPANS: Memo[tuple[str, ...], list[tuple[int, int, str]]] = Memo(bio_spans, 10_000)


def spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """``bio_spans(tags)``, read run by run of tokens that are not ``O`` (an ``O`` ends any entity, so the runs
    are independent), which spares going through every tag of the mostly untagged sentences."""
    if tags.count("O") == len(tags):
        return []
    tagged = list(compress(range(len(tags)), map("O".__ne__, tags)))
    out: list[tuple[int, int, str]] = []
    start = tagged[0]
    for previous, i in zip(tagged, [*tagged[1:], -1], strict=True):
        if i != previous + 1:
            out += [(start + a, start + b, kind) for a, b, kind in RUN_SPANS[tuple(tags[start : previous + 1])]]
            start = i
    return out


# Ordinals that end a ruler's name (الحسن الثاني، خايمي الأول), normalised: no family name to look for alone
ORDINALS = frozenset(
    normalize(w) for w in ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"]
)


def _names(words: list[str], found: list[tuple[int, int, str]]) -> list[tuple[tuple[str, ...], str]]:
    """The names of a sentence's entities ``found`` (and the family names of persons)."""
    out = []
    for a, b, kind in found:
        out.append((tuple(words[a:b]), kind))
        if kind == "PERS" and b - a > 1 and len(words[b - 1]) >= MIN_FAMILY_NAME and words[b - 1] not in ORDINALS:
            out.append(((words[b - 1],), kind))
    return out


class _Nearby:
    """Where each name was found and with which type, to count its types over any run of sentences."""

    def __init__(self, found: list[list[tuple[tuple[str, ...], str]]]) -> None:
        self.where: dict[tuple[str, ...], list[int]] = defaultdict(list)  # sentence indices, ascending
        self.kinds: dict[tuple[str, ...], list[str]] = defaultdict(list)  # the type found at each of them
        lengths: dict[str, set[int]] = defaultdict(set)
        for i, names in enumerate(found):
            for name, kind in names:
                self.where[name].append(i)
                self.kinds[name].append(kind)
                lengths[name[0]].add(len(name))
        # by first word, the lengths of the names that start with it, longest first
        self.lengths = {word: sorted(sizes, reverse=True) for word, sizes in lengths.items()}
        # the names found with more than one type (only these may have another type most often nearby)
        self.mixed = {name for name, kinds in self.kinds.items() if kinds.count(kinds[0]) != len(kinds)}

    def counts(self, name: tuple[str, ...], first: int, last: int) -> dict[str, int]:
        """How often ``name`` has each type in sentences ``first`` to ``last``, types in order of appearance."""
        where = self.where.get(name)
        if not where:
            return {}
        out: dict[str, int] = {}
        for kind in self.kinds[name][bisect_left(where, first) : bisect_right(where, last)]:
            out[kind] = out.get(kind, 0) + 1
        return out


def _most_frequent(counts: dict[str, int]) -> str:
    """The most frequent type; of equally frequent ones, the one that appeared first."""
    return max(counts, key=counts.__getitem__)


def propagate(words: list[list[str]], tags: list[list[str]], window: int = WINDOW) -> list[list[str]]:
    """New tag lists for sentences of ``words`` (proclitic-free normalised forms) tagged ``tags``.

    Then, in a second sweep, a name tagged with a type that is not its most frequent one nearby takes that one.
    """
    out = [list(t) for t in tags]
    last = len(words) - 1
    found = [spans(t) for t in tags]
    nearby = _Nearby([_names(w, f) for w, f in zip(words, found, strict=True)])
    changed = False
    for i, (sentence, sentence_tags) in enumerate(zip(words, out, strict=True)):
        if _tag_untagged(sentence, sentence_tags, nearby, max(0, i - window), min(last, i + window)):
            found[i] = spans(sentence_tags)
            changed = True
    if changed:
        nearby = _Nearby([_names(w, f) for w, f in zip(words, found, strict=True)])
    for i, (sentence, sentence_tags, sentence_found) in enumerate(zip(words, out, found, strict=True)):
        for a, b, kind in sentence_found:
            name = tuple(sentence[a:b])
            if name not in nearby.mixed:  # found with this one type wherever it was found
                continue
            counts = nearby.counts(name, max(0, i - window), min(last, i + window))
            best = _most_frequent(counts)
            if best != kind and counts[best] > counts.get(kind, 0):
                sentence_tags[a:b] = ["B-" + best] + ["I-" + best] * (b - a - 1)
    return out


def _tag_untagged(words: list[str], tags: list[str], nearby: _Nearby, first: int, last: int) -> bool:
    """Tag untagged runs of words that are a name found in sentences ``first`` to ``last``, longest first;
    whether any was."""
    lengths = nearby.lengths
    a = 0  # the words before ``a`` are read
    for i in compress(range(len(words)), map(lengths.__contains__, words)):  # words that begin some name
        if i < a:
            continue
        for length in lengths[words[i]]:
            if length > len(words) - i or tags[i : i + length].count("O") != length:
                continue
            counts = nearby.counts(tuple(words[i : i + length]), first, last)
            if counts:
                kind = _most_frequent(counts)
                tags[i : i + length] = ["B-" + kind] + ["I-" + kind] * (length - 1)
                a = i + length
                break
    return a > 0
