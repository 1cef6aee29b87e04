"""The ``ner`` pipeline stage: tag each sentence's tokens, read hashtags as names, chain the mentions."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from operator import add, itemgetter
from typing import Any, cast

from rasd.doc import Document, Entity, Hashtag, Token
from rasd.ner.chains import Mention, link
from rasd.ner.context import spans
from rasd.ner.features import TokenPieces, layer_proclitics
from rasd.ner.groups import known_groups
from rasd.ner.institutions import institution_names, national_institutions, whole_countries
from rasd.ner.labels import DOC_LABEL
from rasd.ner.repairs import SON_OF
from rasd.ner.tagger import TaggedText, Tagger, default_tagger
from rasd.text.clitics import stem_lexicon
from rasd.text.normalize import normalize

# Gazetteer kinds that give a label to a hashtag the tagger left alone, in order of trust.
HASHTAG_LABELS = (("trPERS", "PER"), ("trORG", "ORG"), ("COUNTRY", "LOC"), ("CITY", "LOC"), ("trLOC", "LOC"))


# one unit as the columns of a Sentence hold it: text, normal form, start, end, word pieces, hashtag
Unit = tuple[str, str, int, int, TokenPieces, Hashtag | None]


@dataclass(slots=True)
class Sentence:
    """What the tagger sees of one sentence, as columns: per unit (a document token, or one word of a hashtag's
    name) its text, normal form, offsets and word pieces from the text layer (``()`` where there are none)."""

    texts: list[str]
    norms: list[str]
    starts: Sequence[int]
    ends: Sequence[int]
    pieces: list[TokenPieces]
    hashtags: list[Hashtag | None] | None = None  # each unit's hashtag, if any unit has one

    def hashtag(self, i: int) -> Hashtag | None:
        return self.hashtags[i] if self.hashtags else None


def _token_columns(tokens: Sequence[Token]) -> tuple[list[str], Sequence[int], list[int], list[str], list[TokenPieces]]:
    """Texts, starts, ends, normal forms and word pieces of the tokens (read from the text layer's columns when
    it has them, which spares making a Token object per token; a plain list of tokens has no pieces)."""
    if all(hasattr(type(tokens), column) for column in ("texts", "starts", "norms", "infos")):
        layer = cast(Any, tokens)
        texts = layer.texts
        ends = list(map(add, layer.starts, map(len, texts)))
        return texts, layer.starts, ends, layer.norms, list(map(itemgetter(2), layer.infos))
    columns = [t.text for t in tokens], [t.start for t in tokens], [t.end for t in tokens], [t.norm for t in tokens]
    return *columns, [()] * len(tokens)


def _words(tag: Hashtag) -> list[Unit]:
    """The units of a hashtag's name: the tag without '#', '_' read as a space."""
    units: list[Unit] = []
    offset = tag.start + 1
    for word in tag.name.split(" "):
        if word:
            units.append((word, normalize(word), offset, offset + len(word), (), tag))
        offset += len(word) + 1
    return units


# proclitics that stand before a person's name more rarely than a name begins with their letter (فالس، كيلي، كوفي)
NAME_INITIALS = frozenset("فك")
LIST_MARKS = frozenset("،,)")  # what stands before the next name in a list of people
WRITTEN_WHOLE = 5  # news occurrences of a whole form (the stem lexicon's count) that make it a word of its own


def _whole_names(mentions: list[Mention]) -> list[Mention]:
    """Person mentions with the letter the clitic splitter cut off read back into the name — a ف or ك when the news
    writes the whole form as a word (فالس، كيلي سادلر، كوفي عنان; not كمحمد, three times against محمد's 6,789),
    or any letter that leaves two letters or fewer but بن (ليو هي; not لبن سحيم) — unless the article names the
    person without it elsewhere, which shows it a proclitic (كنادين لبكي … نادين لبكي، فروحاني … روحاني)."""
    alone = {m.words[0] for m in mentions if m.label == "PER" and not m.proclitics}
    for m in mentions:
        cut = m.proclitics
        if m.label != "PER" or not cut or m.words[0] in alone:
            continue
        written = cut in NAME_INITIALS and stem_lexicon().count(normalize(cut) + m.words[0]) >= WRITTEN_WHOLE
        if written or (len(m.words[0]) <= 2 and m.words[0] not in SON_OF):
            m.start -= len(cut)
            m.words = (normalize(cut) + m.words[0], *m.words[1:])
            m.name, m.proclitics = cut + m.name, ""
    return mentions


def _without_conjunction(mentions: list[Mention], names: frozenset[str], text: str) -> list[Mention]:
    """Person mentions in a list of people without the conjunction و the clitic splitter left on a name it does not
    know as a word (هوساوي وعلي البليهي، كريستو وجان كلود، (ويغان الإنجليزي) وسام مرسي): cut where the rest is a
    person's name word of the gazetteer (``names``) of three letters or more and the whole is none, right after
    another person's name, a comma or a closing bracket (not الفرنسي وسام بن يدر, يستقبل وسام الحسن)."""
    ends = {m.end for m in mentions if m.label == "PER"}
    for m in mentions:
        first = m.words[0]
        if m.label != "PER" or first[:1] != "و" or len(first) < 4 or first in names or first[1:] not in names:
            continue
        before = text[: m.start].rstrip()
        if before[-1:] in LIST_MARKS or len(before) in ends:
            m.start += 1
            m.words = (first[1:], *m.words[1:])
            m.name, m.proclitics = m.name[1:], m.proclitics + m.name[0]
    return mentions


def _addressees(mentions: list[Mention], text: str) -> list[Mention]:
    """Person mentions that end in ل on another person's family name parted from it (قال كيم لترمب, with دونالد ترمب
    named in the article: Kim, to Trump): the name before it is one person, the family name after ل another."""
    family = {m.words[-1] for m in mentions if m.label == "PER" and len(m.words) > 1}
    out: list[Mention] = []
    for m in mentions:
        last = m.name.rsplit(" ", 1)[-1]
        addressed = m.words[-1][1:] if m.words[-1][:1] == "ل" else ""
        if m.label != "PER" or m.hashtag or len(m.words) < 2 or addressed not in family or addressed == m.words[0]:
            out.append(m)
            continue
        cut = m.end - len(last)
        out.append(replace(m, end=len(text[:cut].rstrip()), words=m.words[:-1], name=m.name[: -len(last)].rstrip()))
        out.append(Mention(cut + 1, m.end, "PER", (addressed,), last[1:], proclitics=last[0]))
    return out


def _without_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Mentions in text order; of two that overlap (two names tagged inside one hashtag) the first is kept."""
    kept: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if not kept or m.start >= kept[-1].end:
            kept.append(m)
    return kept


def _covered_hashtag_starts(sentences: list[Sentence], mentions: list[Mention]) -> set[int]:
    """Start offsets of the hashtags that share a character with some mention (a mention may be a part of one:
    الصين in #واردات_الصين_من_الطاقة)."""
    ends = {h.start: h.end for s in sentences for h in s.hashtags or () if h is not None}
    starts = sorted(ends)
    covered: set[int] = set()
    for m in mentions:
        i = max(bisect_right(starts, m.start) - 1, 0)  # the last hashtag starting at or before the mention
        while i < len(starts) and starts[i] < m.end:
            if ends[starts[i]] > m.start:
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
        sentences = self._sentences(doc)
        tagged = self.tagger.tag_text([(s.texts, s.norms) for s in sentences], [s.pieces for s in sentences])
        mentions: list[Mention] = []
        for sentence, tags, sentence_stems in zip(sentences, tagged.tags, tagged.stems, strict=True):
            tags = national_institutions(sentence_stems, sentence.norms, tags, self.tagger.repair_lists.adjectives)
            tags = known_groups(sentence.norms, sentence_stems, tags)
            tags = whole_countries(sentence.norms, sentence_stems, tags, self.tagger.repair_lists.countries)
            found = spans(institution_names(sentence_stems, sentence.norms, tags))
            mentions += [self._mention(sentence, a, b, DOC_LABEL[kind]) for a, b, kind in found]
        mentions += self._untagged_hashtags(sentences, mentions, tagged)
        names = self.tagger.repair_lists.names
        mentions = _without_conjunction(_whole_names(mentions), names, doc.text)
        mentions = _without_overlaps(_addressees(mentions, doc.text))
        doc.entities = [
            Entity(m.start, m.end, doc.text[m.start : m.end], m.label, m.canonical, m.entity_id) for m in link(mentions)
        ]
        return doc

    def _sentences(self, doc: Document) -> list[Sentence]:
        """Each sentence's tokens, a hashtag token replaced by the words of its name."""
        texts, starts, ends, norms, pieces = _token_columns(doc.tokens)
        hashtags: dict[int, Hashtag] = {}  # token index -> the hashtag that is the whole token
        for tag in doc.hashtags:
            i = bisect_left(starts, tag.start)
            if i < len(starts) and starts[i] == tag.start and ends[i] == tag.end:
                hashtags[i] = tag
        where = sorted(hashtags)
        out: list[Sentence] = []
        t = 0
        for sentence in doc.sentences:
            t = bisect_left(starts, sentence.start, t)
            end = bisect_right(ends, sentence.end, t)  # tokens do not overlap: their ends are in order too
            if t == end:
                continue
            h = bisect_left(where, t)
            if h == len(where) or where[h] >= end:
                out.append(Sentence(texts[t:end], norms[t:end], starts[t:end], ends[t:end], pieces[t:end]))
            else:
                units: list[Unit] = []
                for i in range(t, end):
                    tag = hashtags.get(i)
                    units += [(texts[i], norms[i], starts[i], ends[i], pieces[i], None)] if tag is None else _words(tag)
                if units:
                    out.append(Sentence(*(list(column) for column in zip(*units, strict=True))))
            t = end
        return out

    def _mention(self, sentence: Sentence, a: int, b: int, label: str) -> Mention:
        """The mention of units ``a`` to ``b`` of a sentence."""
        text, start, end = sentence.texts[a], sentence.starts[a], sentence.ends[b - 1]
        first, last = sentence.hashtag(a), sentence.hashtag(b - 1)
        if first is not None and start == first.start + 1:  # a name from a hashtag's first word: the whole tag
            head, cut = sentence.norms[a], 0
            start = first.start
        else:  # a token, or a later word of a hashtag (#التصنيف_الائتماني_للبحرين: البحرين), has no pieces
            _, head, cut = layer_proclitics(text, sentence.pieces[a])
            start += cut
        if last is not None and last.start >= start:  # a name that takes in a hashtag's first word runs to its end
            end = max(end, last.end)
        tags = [h for h in sentence.hashtags[a:b] if h is not None] if sentence.hashtags else []
        words = (head, *sentence.norms[a + 1 : b])
        name = " ".join([text[cut:], *sentence.texts[a + 1 : b]]).replace(" .", ".")  # an initial's period
        whole_tag = len(tags) == b - a and tags[0] is tags[-1]
        return Mention(start, end, label, words, name, hashtag=whole_tag, proclitics=text[:cut])

    def _untagged_hashtags(
        self, sentences: list[Sentence], mentions: list[Mention], tagged: TaggedText
    ) -> list[Mention]:
        """Hashtags no mention covers: editors tag names, so each is labelled, when it can be, like a mention of
        the same name in the article, else by the gazetteer, else by the type the tagger found most likely
        (``tagged``: what the tagger made of the sentences)."""
        if not any(sentence.hashtags for sentence in sentences):  # most articles
            return []
        covered = _covered_hashtag_starts(sentences, mentions)
        by_words = {m.words: m.label for m in mentions}
        gazetteer = self.tagger.features.lexicon.gazetteer
        out = []
        for s, sentence in enumerate(sentences):
            units = sentence.hashtags or []
            for index, tag in enumerate(units):
                if tag is None or sentence.starts[index] != tag.start + 1 or tag.start in covered:
                    continue
                end = index
                while end < len(units) and units[end] is tag:  # a hashtag's words are contiguous
                    end += 1
                words = tuple(sentence.norms[index:end])
                kinds = gazetteer.kinds_of(words)
                label = by_words.get(words) or next((lab for kind, lab in HASHTAG_LABELS if kind in kinds), None)
                if label is None:
                    kind = self.tagger.kind_at(tagged.sentence_scores(s), index)
                    label = DOC_LABEL[kind] if kind else None
                if label:
                    out.append(Mention(tag.start, tag.end, label, words, tag.name, hashtag=True))
        return out
