"""The text layer as pipeline stages: normalise, find the structure, segment."""

from __future__ import annotations

from rasd.doc import Document
from rasd.text.normalize import norm_text
from rasd.text.segment import split_sentences, tokenize
from rasd.text.structure import find_structure


class NormalizeStage:
    """Sets ``doc.norm``: the normalised text with its offset map."""

    name = "normalize"
    requires: tuple[str, ...] = ()
    provides: tuple[str, ...] = ("norm",)

    def __call__(self, doc: Document) -> Document:
        doc.norm = norm_text(doc.text)
        return doc


class StructureStage:
    """Paragraphs, headings, hashtags, the source line and the dateline."""

    name = "structure"
    requires: tuple[str, ...] = ("norm",)
    provides: tuple[str, ...] = ("paragraphs", "headings", "hashtags", "source_line", "dateline")

    def __call__(self, doc: Document) -> Document:
        found = find_structure(doc.text)
        doc.paragraphs = found.paragraphs
        doc.headings = found.headings
        doc.hashtags = found.hashtags
        doc.source_line = found.source_line
        doc.dateline = found.dateline
        return doc


class SegmentStage:
    """Sentences (headings whole; source line and dateline left out), tokens and clitic-split words."""

    name = "segment"
    requires: tuple[str, ...] = ("norm", "paragraphs", "headings")
    provides: tuple[str, ...] = ("sentences", "tokens", "words")

    def __call__(self, doc: Document) -> Document:
        doc.sentences = split_sentences(
            doc.text, doc.paragraphs, doc.headings, skip=(doc.source_line,), dateline=doc.dateline
        )
        doc.tokens, doc.words = tokenize(doc.text)
        return doc
