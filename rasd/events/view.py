"""The per-sentence view the event coder works on: tokens, their folded forms, the triggers found."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from rasd.doc import Document, Token
from rasd.events.forms import fold
from rasd.events.triggers import TriggerHit, TriggerLexicon
from rasd.pipeline import Pipeline, Stage


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
        chosen = tokens[first:t]
        words = [fold(tok.norm or tok.text) for tok in chosen]
        views.append(SentenceView(index, start, end, chosen, words, lexicon.match(words)))
    return views


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


TokenizeFn = Callable[[str], Document]
