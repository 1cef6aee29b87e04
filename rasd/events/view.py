"""The per-sentence view the event coder works on: tokens, their folded forms, the triggers found."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from rasd.doc import Document, Token
from rasd.events.forms import fold
from rasd.events.triggers import TriggerHit, TriggerLexicon
from rasd.pipeline import Pipeline, Stage

_HASHTAG_WORD = re.compile(r"[^#_\s]+")


@dataclass(slots=True)
class SentenceView:
    """One sentence's tokens, folded words and trigger hits; ``cells`` are (start, end, text, norm) per token."""

    index: int
    start: int
    end: int
    cells: list[tuple[int, int, str, str]]
    words: list[str]
    hits: list[TriggerHit] = field(default_factory=list)
    _tokens: list[Token] | None = None

    @property
    def tokens(self) -> list[Token]:
        """The sentence's tokens as objects, made on first use (most sentences report no event)."""
        if self._tokens is None:
            self._tokens = [Token(*cell) for cell in self.cells]
        return self._tokens


def _columns(tokens: Sequence[Token]) -> tuple[list[int], list[int], list[str], list[str]]:
    """Starts, ends, texts and norms of the tokens, read from the layer's columns when it has them."""
    if hasattr(tokens, "texts") and hasattr(tokens, "norms"):
        return tokens.starts, tokens.ends, tokens.texts, tokens.norms  # type: ignore[attr-defined]
    return [t.start for t in tokens], [t.end for t in tokens], [t.text for t in tokens], [t.norm for t in tokens]


def sentence_views(doc: Document, lexicon: TriggerLexicon, *, whole: bool = False) -> list[SentenceView]:
    """A view per sentence (or one for the whole text when ``whole``), in text order."""
    bounds = [(0, len(doc.text))] if whole or not doc.sentences else [(s.start, s.end) for s in doc.sentences]
    starts, ends, texts, norms = _columns(doc.tokens)
    views: list[SentenceView] = []
    for index, (start, end) in enumerate(bounds):
        first, last = bisect_left(starts, start), bisect_right(ends, end)
        cells: list[tuple[int, int, str, str]] = []
        for i in range(first, max(first, last)):
            text = texts[i]
            if "#" in text or "_" in text:
                cells.extend(_pieces(starts[i], text))
            else:
                cells.append((starts[i], ends[i], text, norms[i] or text))
        words = [fold(c[3]) for c in cells]
        views.append(SentenceView(index, start, end, cells, words, lexicon.match(words)))
    return views


def _pieces(start: int, text: str) -> list[tuple[int, int, str, str]]:
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
