"""A second pass over nearby sentences: a name tagged once is tagged again where the tagger missed it.

Within ``window`` sentences either side, every name the tagger found (its words, the first without
proclitics) and, for a person's name of two or more words, its last word (a family name: ``حسون`` after
``فاتح حسون``) is looked for among untagged tokens, longest first, and tagged with the type it was most often
given. On the ANERcorp dev split this adds about two points of micro-F1, mostly recall on organisations.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from rasd.ner.evaluate import bio_spans

WINDOW = 20
MIN_FAMILY_NAME = 3


def _names(words: list[str], tags: list[str]) -> list[tuple[tuple[str, ...], str]]:
    out = []
    for a, b, kind in bio_spans(tags):
        out.append((tuple(words[a:b]), kind))
        if kind == "PERS" and b - a > 1 and len(words[b - 1]) >= MIN_FAMILY_NAME:
            out.append(((words[b - 1],), kind))
    return out


def propagate(words: list[list[str]], tags: list[list[str]], window: int = WINDOW) -> list[list[str]]:
    """New tag lists for sentences of ``words`` (proclitic-free normalised forms) tagged ``tags``."""
    found = [_names(w, t) for w, t in zip(words, tags, strict=True)]
    out = [list(t) for t in tags]
    for i, (sentence, sentence_tags) in enumerate(zip(words, out, strict=True)):
        kinds: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
        for j in range(max(0, i - window), min(len(words), i + window + 1)):
            for name, kind in found[j]:
                kinds[name][kind] += 1
        if kinds:
            _tag_untagged(sentence, sentence_tags, kinds)
    return out


def _tag_untagged(words: list[str], tags: list[str], kinds: dict[tuple[str, ...], Counter[str]]) -> None:
    longest = max(len(name) for name in kinds)
    a = 0
    while a < len(words):
        for length in range(min(longest, len(words) - a), 0, -1):
            name = tuple(words[a : a + length])
            if name in kinds and all(t == "O" for t in tags[a : a + length]):
                kind = kinds[name].most_common(1)[0][0]
                tags[a : a + length] = ["B-" + kind] + ["I-" + kind] * (length - 1)
                a += length
                break
        else:
            a += 1
