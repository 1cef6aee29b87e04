"""The per-sentence view the event coder works on: tokens, their folded forms, the triggers found."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from rasd.doc import Document, Token
from rasd.events.forms import fold
from rasd.events.triggers import TriggerHit, TriggerLexicon
from rasd.pipeline import Pipeline, Stage

_HASHTAG_WORD = re.compile(r"[^#_\s]+")


@dataclass(slots=True)
class SentenceView:
    """One sentence's tokens (document objects), folded words and trigger hits."""

    index: int
    start: int
    end: int
    tokens: list[Token]
    words: list[str]
    hits: list[TriggerHit] = field(default_factory=list)


def sentence_views(doc: Document, lexicon: TriggerLexicon, *, whole: bool = False) -> list[SentenceView]:
    """A view per sentence (or one for the whole text when ``whole``), in text order."""
    bounds = [(0, len(doc.text))] if whole or not doc.sentences else [(s.start, s.end) for s in doc.sentences]
    views: list[SentenceView] = []
    tokens = doc.tokens
    t = 0
    for index, (start, end) in enumerate(bounds):
        while t < len(tokens) and tokens[t].start < start:
            t += 1
        first = t
        while t < len(tokens) and tokens[t].end <= end:
            t += 1
        chosen = [piece for tok in tokens[first:t] for piece in _pieces(tok)]
        words = [fold(tok.norm or tok.text) for tok in chosen]
        views.append(SentenceView(index, start, end, chosen, words, lexicon.match(words)))
    return views


def _pieces(token: Token) -> list[Token]:
    """A hashtag token (``#النظام_السوري``) as its words, each with its own offsets; other tokens as they are."""
    if "#" not in token.text and "_" not in token.text:
        return [token]
    return [
        Token(token.start + m.start(), token.start + m.end(), m.group(), fold(m.group()))
        for m in _HASHTAG_WORD.finditer(token.text)
    ]


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

