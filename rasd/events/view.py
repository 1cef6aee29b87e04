"""The per-sentence view the event coder works on: tokens, their folded forms, the triggers found."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress, count
from operator import methodcaller

from rasd.doc import Document, Token
from rasd.events.forms import fold
from rasd.events.triggers import TriggerHit, TriggerLexicon
from rasd.pipeline import Pipeline, Stage
from rasd.text.normalize import WORD_MARKS

_HASHTAG_WORD = re.compile(r"[^#_\s]+")
_TRAILING_MARKS = re.compile(f"[{WORD_MARKS}\u0640]+$")  # diacritics and tatweel after a word's last letter
_HA = ("ه", "ھ", "ہ")  # the Arabic letter and the forms it is folded from


Cell = tuple[int, int, str, str]  # a token's start, end, text and normal form


@dataclass(frozen=True, slots=True)
class _Columns:
    """A document's tokens as columns (starts, ends, norms; the norm is the text when a token has none); a
    token's text is the document's text between its start and end."""

    text: str
    starts: list[int]
    ends: list[int]
    norms: list[str]

    @classmethod
    def of(cls, doc: Document) -> _Columns:
        """Read from the token layer's columns when it has them (no Token objects made)."""
        tokens, text = doc.tokens, doc.text
        if isinstance(getattr(type(tokens), "norms", None), property):
            starts: list[int] = list(tokens.starts)  # type: ignore[attr-defined]
            ends: list[int] = tokens.ends  # type: ignore[attr-defined]
            norms: list[str] = tokens.norms  # type: ignore[attr-defined]
        else:
            starts, ends, norms = [t.start for t in tokens], [t.end for t in tokens], [t.norm for t in tokens]
        if not all(norms):
            norms = [n or text[s:e] for n, s, e in zip(norms, starts, ends, strict=True)]
        return cls(text, starts, ends, norms)

    def cells(self, first: int, last: int) -> list[Cell]:
        starts, ends, text = self.starts[first:last], self.ends[first:last], self.text
        texts = [text[s:e] for s, e in zip(starts, ends, strict=True)]
        return list(zip(starts, ends, texts, self.norms[first:last], strict=True))


@dataclass(slots=True)
class SentenceView:
    """One sentence's folded words and trigger hits; its ``cells`` (one per token) and tokens are made on first
    use, since most sentences report no event."""

    index: int
    start: int
    end: int
    words: list[str]
    hits: list[TriggerHit] = field(default_factory=list)
    _cells: list[Cell] | None = None
    _source: tuple[_Columns, int, int] | None = None  # the columns and token range the cells are read from
    _tokens: list[Token] | None = None

    @property
    def cells(self) -> list[Cell]:
        if self._cells is None:
            columns, first, last = self._source or (_Columns("", [], [], []), 0, 0)
            self._cells = columns.cells(first, last)
        return self._cells

    @property
    def tokens(self) -> list[Token]:
        if self._tokens is None:
            self._tokens = [Token(*cell) for cell in self.cells]
        return self._tokens


def sentence_views(doc: Document, lexicon: TriggerLexicon, *, whole: bool = False) -> list[SentenceView]:
    """A view per sentence (or one for the whole text when ``whole``), in text order."""
    bounds = [(0, len(doc.text))] if whole or not doc.sentences else [(s.start, s.end) for s in doc.sentences]
    columns = _Columns.of(doc)
    starts, ends = columns.starts, columns.ends
    folded = list(map(fold, columns.norms))
    match, text = lexicon.match, doc.text
    tails = lexicon.pronominal_tails
    # the tokens that may be a verb with its object pronoun ه (``TriggerLexicon.pronominal``) and are written so
    ha = [
        k
        for k in compress(count(), map(methodcaller("endswith", "ه"), folded))
        if folded[k].endswith(tails) and _ha(text[starts[k] : ends[k]])
    ]
    views: list[SentenceView] = []
    for index, (start, end) in enumerate(bounds):
        first = bisect_left(starts, start)
        last = max(first, bisect_right(ends, end))
        if text.find("#", start, end) >= 0 or text.find("_", start, end) >= 0:  # hashtags are read as their words
            cells: list[Cell] = []
            for cell in columns.cells(first, last):
                cells.extend(_pieces(cell[0], cell[2]) if "#" in cell[2] or "_" in cell[2] else [cell])
            words = [fold(c[3]) for c in cells]
            with_ha = [k for k, (w, c) in enumerate(zip(words, cells, strict=True)) if w.endswith(tails) and _ha(c[2])]
            views.append(SentenceView(index, start, end, words, match(words, with_ha), _cells=cells))
        else:
            words = folded[first:last]
            with_ha = [k - first for k in ha[bisect_left(ha, first) : bisect_left(ha, last)]]
            hits = match(words, with_ha)
            views.append(SentenceView(index, start, end, words, hits, _source=(columns, first, last)))
    return views


def _ha(raw: str) -> bool:
    """Whether a word is written with a final ه (قتله: killed him), not ة (قتلة: killers), which fold alike."""
    return _TRAILING_MARKS.sub("", raw).endswith(_HA)


def _pieces(start: int, text: str) -> list[Cell]:
    """A hashtag token (``#النظام_السوري``) as its words, each with its own offsets."""
    return [(start + m.start(), start + m.end(), m.group(), m.group()) for m in _HASHTAG_WORD.finditer(text)]


def text_layer_stages() -> list[Stage]:
    """The default stages up to the one that provides tokens and sentences."""
    from rasd.stages import default_stages

    chosen: list[Stage] = []
    provided: set[str] = set()
    for stage in default_stages():
        chosen.append(stage)
        provided.update(stage.provides)
        if {"tokens", "sentences"} <= provided:
            return chosen
    raise RuntimeError("the default pipeline has no stage that provides tokens and sentences")


@lru_cache(maxsize=1)
def _text_pipeline() -> Pipeline:
    return Pipeline(text_layer_stages())


def tokenize(text: str) -> Document:
    """A document with the text layer only (sentences, tokens): what detectors are trained on."""
    return _text_pipeline().analyze(text)
