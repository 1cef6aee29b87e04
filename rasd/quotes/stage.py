"""The quotes stage of the pipeline."""

from __future__ import annotations

from rasd.doc import Document
from rasd.quotes.cues import load_lexicon
from rasd.quotes.extract import extract_quotes


class QuoteStage:
    """Adds ``doc.quotes``.

    It needs only ``doc.text``; it uses ``doc.entities`` (canonical names from the NER name chains) and
    ``doc.hashtags`` when earlier stages provided them, so it runs after the NER stage.
    """

    name = "quotes"
    requires: tuple[str, ...] = ()
    provides: tuple[str, ...] = ("quotes",)

    def __init__(self) -> None:
        self.lexicon = load_lexicon()

    def __call__(self, doc: Document) -> Document:
        doc.quotes = extract_quotes(doc, self.lexicon)
        return doc
