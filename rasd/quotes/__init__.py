"""Who said what: statements (direct, indirect, mixed) with their cue, content and resolved speaker.

``extract_quotes(doc)`` finds them; ``QuoteStage`` runs it in the pipeline; ``rasd evaluate quotes GOLD.json``
scores it against hand-annotated articles (format in ``rasd.quotes.gold``).
"""

from rasd.quotes.extract import extract_quotes
from rasd.quotes.stage import QuoteStage

__all__ = ["QuoteStage", "extract_quotes"]
