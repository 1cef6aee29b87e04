"""Name chains within an article, canonical names, and entity ids that hold across articles.

The rule:

1. Mentions with the same words get one label: the most frequent among them (the earliest on a tie).
2. A mention is *maximal* when its words are not a contiguous part of a longer mention of the same label
   (``دي ميستورا`` is part of ``ستيفان دي ميستورا``; ``نصر الحريري`` and ``رفيق الحريري`` are both maximal).
   Each distinct maximal name is one entity; two full names that share a family name stay two entities.
3. Every other mention joins the maximal names that contain it. Persons join on any contiguous part (a family
   name, a first name); organisations and places only on parts of two or more words, since one word of an
   organisation's name (الأمم) is rarely the organisation.
   If several maximal names contain it (a bare ``الحريري`` after both ``نصر الحريري`` and ``رفيق الحريري``), it
   joins the one mentioned nearest before it in the text, or, when none comes before, the nearest after it; a
   relative named by them (``ابن تشاريتي``, her son) only when no other name contains it.
4. The canonical name is the text of the entity's first maximal mention (a hashtag's readable name when only a
   hashtag has it; when only mentions with a preposition fused with the article have it, للمونديال, the name with
   the article written out, المونديال);
   ``entity_id`` hashes the label with the normalised canonical name, so the same name with the same label has
   the same id in every article.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass

from rasd.memo import Memo
from rasd.text.normalize import normalize


@dataclass(slots=True)
class Mention:
    """A found name: raw offsets, label, its normalised words and its readable name."""

    start: int
    end: int
    label: str
    words: tuple[str, ...]
    name: str
    hashtag: bool = False
    canonical: str = ""
    entity_id: str = ""
    proclitics: str = ""  # the letters the clitic splitter cut off its first token, as written (ل of لترامب)


def entity_id(label: str, canonical: str) -> str:
    """A stable id: the first 16 hex digits of SHA-1 over the label and the normalised name."""
    key = f"{label}\t{' '.join(normalize(canonical).split())}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


# the ids of the names met, by ``(label, canonical name)``: the same names come back article after article
ENTITY_IDS: Memo[tuple[str, str], str] = Memo(lambda named: entity_id(*named), 100_000)


def _containers(names: set[tuple[str, ...]]) -> dict[tuple[str, ...], set[tuple[str, ...]]]:
    """For every proper contiguous part of a name, the names that contain it (names are a few words long,
    so this is linear in the number of names, where comparing every pair would be quadratic)."""
    out: dict[tuple[str, ...], set[tuple[str, ...]]] = defaultdict(set)
    for whole in names:
        size = len(whole)
        for n in range(1, size):
            for i in range(size - n + 1):
                out[whole[i : i + n]].add(whole)
    return out


# words naming a relative by whom they belong to (ابن تشاريتي، زوجة ترامب), normalised
RELATIVES = frozenset(["ابن", "بنت", "ابنه", "زوجه", "زوج", "نجل", "شقيق", "شقيقه", "والد", "والده"])


def _relative_of(whole: tuple[str, ...], part: tuple[str, ...]) -> bool:
    """Whether a name is a relative's word before ``part`` (ابن + تشاريتي): another person than the one named."""
    return len(whole) == len(part) + 1 and whole[0] in RELATIVES and whole[1:] == part


def _may_join(label: str, part: tuple[str, ...]) -> bool:
    return label == "PER" or len(part) >= 2


def _harmonise_labels(mentions: list[Mention]) -> None:
    by_words: dict[tuple[str, ...], list[Mention]] = defaultdict(list)
    for m in mentions:
        by_words[m.words].append(m)
    for group in by_words.values():
        labels = [m.label for m in group]
        if labels.count(labels[0]) == len(labels):  # one label already (a single mention, most names)
            continue
        counts = Counter(labels)
        best = max(counts.values())
        label = next(m.label for m in group if counts[m.label] == best)
        for m in group:
            m.label = label


def link(mentions: list[Mention]) -> list[Mention]:
    """Set ``canonical`` and ``entity_id`` on mentions given in text order; returns them."""
    _harmonise_labels(mentions)
    names_by_label: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for m in mentions:
        names_by_label[m.label].add(m.words)
    containers = {label: _containers(names) for label, names in names_by_label.items()}
    maximal = {(label, words) for label, names in names_by_label.items() for words in names
               if words not in containers[label]}
    target: list[tuple[str, tuple[str, ...]]] = []
    for i, m in enumerate(mentions):
        if (m.label, m.words) in maximal:
            target.append((m.label, m.words))
            continue
        candidates = sorted(w for w in containers[m.label].get(m.words, ()) if (m.label, w) in maximal)
        named = [w for w in candidates if not _relative_of(w, m.words)]
        candidates = named or candidates  # تشاريتي: تشاريتي لي rather than ابن تشاريتي, her son
        if not candidates or not _may_join(m.label, m.words):
            target.append((m.label, m.words))
        else:
            target.append((m.label, _nearest(mentions, i, candidates)))
    canonical: dict[tuple[str, tuple[str, ...]], str] = {}
    ranks: dict[tuple[str, tuple[str, ...]], tuple[bool, bool]] = {}
    for m, key in zip(mentions, target, strict=True):
        rank = _rank(m)
        if (m.label, m.words) == key and (key not in canonical or rank < ranks[key]):
            canonical[key], ranks[key] = _with_article(m), rank
    for m, key in zip(mentions, target, strict=True):
        m.canonical = canonical.get(key, m.name)
        m.entity_id = ENTITY_IDS[m.label, m.canonical]
    return mentions


def _rank(mention: Mention) -> tuple[bool, bool]:
    """How a mention's text does as the canonical name, lower first: plain text before a hashtag's name, a name
    as written before one a preposition is fused with (للمونديال, whose ل cannot be cut off: المونديال)."""
    first = mention.name.split(maxsplit=1)[0] if mention.name else ""
    return mention.hashtag, normalize(first) != mention.words[0]


def _with_article(mention: Mention) -> str:
    """A mention's text, the article written out where a preposition is fused with it (للأمم المتحدة → الأمم
    المتحدة: the ل of لل cannot be cut off the text, but the name has the article)."""
    name = mention.name
    fused = name.startswith("لل") and mention.words[0].startswith("ال")
    return "ا" + name[1:] if fused and normalize(name.split(maxsplit=1)[0]) != mention.words[0] else name


def _nearest(mentions: list[Mention], index: int, candidates: list[tuple[str, ...]]) -> tuple[str, ...]:
    """The candidate name mentioned nearest before ``index``, else nearest after it."""
    wanted = set(candidates)
    label = mentions[index].label
    for j in range(index - 1, -1, -1):
        if mentions[j].label == label and mentions[j].words in wanted:
            return mentions[j].words
    for j in range(index + 1, len(mentions)):
        if mentions[j].label == label and mentions[j].words in wanted:
            return mentions[j].words
    return min(candidates)
