"""The default pipeline: which stages run, in which order."""

from __future__ import annotations

from rasd.pipeline import Stage


def default_stages() -> list[Stage]:
    """The stages `rasd analyze` runs, text layer first."""
    from rasd.events.stage import EventStage
    from rasd.ner.stage import NerStage
    from rasd.quotes.stage import QuoteStage
    from rasd.text.stages import NormalizeStage, SegmentStage, StructureStage

    return [NormalizeStage(), StructureStage(), SegmentStage(), NerStage(), QuoteStage(), EventStage()]
