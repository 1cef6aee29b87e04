"""The ``ner`` pipeline stage: tag each sentence's tokens, read hashtags as names, chain the mentions."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, cast

from rasd.doc import Document, Entity, Hashtag, Token
from rasd.ner.chains import Mention, link
from rasd.ner.context import institution_names, join_touching, spans
from rasd.ner.features import split_proclitics
from rasd.ner.labels import DOC_LABEL
from rasd.ner.tagger import Tagger, default_tagger
from rasd.text.normalize import normalize

# Gazetteer kinds that give a label to a hashtag the tagger left alone, in order of trust.
HASHTAG_LABELS = (("trPERS", "PER"), ("trORG", "ORG"), ("COUNTRY", "LOC"), ("CITY", "LOC"), ("trLOC", "LOC"))


@dataclass(slots=True)
class Unit:
    """What the tagger sees as one token: a document token, or one word of a hashtag's name."""

    start: int
    end: int
    text: str
    norm: str
    hashtag: Hashtag | None = None


def _token_columns(tokens: Sequence[Token]) -> tuple[list[str], list[int], list[int], list[str]]:
    """Texts, starts, ends and normal forms of the tokens (read from the text layer's columns when it has
    them, which spares making a Token object per token)."""
    if all(hasattr(type(tokens), column) for column in ("texts", "starts", "ends", "norms")):
        layer = cast(Any, tokens)
        return layer.texts, layer.starts, layer.ends, layer.norms
    return [t.text for t in tokens], [t.start for t in tokens], [t.end for t in tokens], [t.norm for t in tokens]


def _without_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Mentions in text order; of two that overlap (two names tagged inside one hashtag) the first is kept."""
    kept: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if not kept or m.start >= kept[-1].end:
            kept.append(m)
    return kept


def _covered_hashtag_starts(sentences: list[list[Unit]], mentions: list[Mention]) -> set[int]:
    """Start offsets of the hashtags that lie at or after some mention's start and before its end."""
    starts = sorted({u.hashtag.start for units in sentences for u in units if u.hashtag is not None})
    covered: set[int] = set()
    for m in mentions:
        i = bisect_left(starts, m.start)
        while i < len(starts) and starts[i] < m.end:
            covered.add(starts[i])
            i += 1
    return covered


class NerStage:
    """Entities with labels PER / ORG / LOC / MISC, canonical names and entity ids."""

    name = "ner"
    requires: tuple[str, ...] = ("norm", "hashtags", "sentences", "tokens")
    provides: tuple[str, ...] = ("entities",)

    def __init__(self, tagger: Tagger | None = None) -> None:
        self._tagger = tagger

    @property
    def tagger(self) -> Tagger:
        if self._tagger is None:
            self._tagger = default_tagger()
        return self._tagger

    def __call__(self, doc: Document) -> Document:
        sentences = self._sentence_units(doc)
        texts = [([u.text for u in units], [u.norm for u in units]) for units in sentences]
        tagged, stems = self.tagger.tag_text(texts)
        mentions: list[Mention] = []
        for units, (_, norms), tags, sentence_stems in zip(sentences, texts, tagged, stems, strict=True):
            found = spans(institution_names(sentence_stems, norms, join_touching(tags)))
            mentions += [self._mention(units[a:b], DOC_LABEL[kind]) for a, b, kind in found]
        mentions += self._untagged_hashtags(sentences, mentions)
        mentions = _without_overlaps(mentions)
        doc.entities = [
            Entity(m.start, m.end, doc.text[m.start : m.end], m.label, m.canonical, m.entity_id) for m in link(mentions)
        ]
        return doc

    def _sentence_units(self, doc: Document) -> list[list[Unit]]:
        """Each sentence's tokens, a hashtag token replaced by the words of its name."""
        tags_at = {h.start: h for h in doc.hashtags}
        texts, starts, ends, norms = _token_columns(doc.tokens)
        out: list[list[Unit]] = []
        t = 0
        for sentence in doc.sentences:
            t = bisect_left(starts, sentence.start, t)
            end = bisect_right(ends, sentence.end, t)  # tokens do not overlap: their ends are in order too
            if not tags_at or not any(starts[i] in tags_at for i in range(t, end)):
                units = list(map(Unit, starts[t:end], ends[t:end], texts[t:end], norms[t:end]))
            else:
                units = []
                for i in range(t, end):
                    tag = tags_at.get(starts[i])
                    if tag is not None and tag.end == ends[i]:
                        units += self._hashtag_units(tag)
                    else:
                        units.append(Unit(starts[i], ends[i], texts[i], norms[i]))
            t = end
            if units:
                out.append(units)
        return out

    @staticmethod
    def _hashtag_units(tag: Hashtag) -> list[Unit]:
        units = []
        offset = tag.start + 1  # the name is the tag without '#', '_' read as a space
        for word in tag.name.split(" "):
            if word:
                units.append(Unit(offset, offset + len(word), word, normalize(word), tag))
            offset += len(word) + 1
        return units

    def _mention(self, units: list[Unit], label: str) -> Mention:
        first = units[0]
        _, head, cut = split_proclitics(first.text) if first.hashtag is None else ("", first.norm, 0)
        start, end = first.start + cut, units[-1].end
        tags = [u.hashtag for u in units if u.hashtag is not None]
        if tags:
            start, end = min(start, tags[0].start), max(end, tags[-1].end)
        words = (head, *(u.norm for u in units[1:]))
        name = " ".join([first.text[cut:], *(u.text for u in units[1:])])
        whole_tag = len(tags) == len(units) and tags[0] is tags[-1]
        return Mention(start, end, label, words, name, hashtag=whole_tag)

    def _untagged_hashtags(self, sentences: list[list[Unit]], mentions: list[Mention]) -> list[Mention]:
        """Hashtags no mention covers: editors tag names, so each is labelled, when it can be, like a mention of
        the same name in the article, else by the gazetteer, else by the type the tagger found most likely."""
        covered = _covered_hashtag_starts(sentences, mentions)
        by_words = {m.words: m.label for m in mentions}
        gazetteer = self.tagger.features.lexicon.gazetteer
        out = []
        for units in sentences:
            for index, unit in enumerate(units):
                tag = unit.hashtag
                if tag is None or unit.start != tag.start + 1 or tag.start in covered:
                    continue
                end = index
                while end < len(units) and units[end].hashtag is tag:  # a hashtag's words are contiguous
                    end += 1
                words = tuple(u.norm for u in units[index:end])
                kinds = gazetteer.kinds_of(words)
                label = by_words.get(words) or next((lab for kind, lab in HASHTAG_LABELS if kind in kinds), None)
                if label is None:
                    kind = self.tagger.likely_kind([u.text for u in units], [u.norm for u in units], index)
                    label = DOC_LABEL[kind] if kind else None
                if label:
                    out.append(Mention(tag.start, tag.end, label, words, tag.name, hashtag=True))
        return out
