"""rasd (رصد): structured, evidence-linked records from Arabic news.

>>> import rasd
>>> doc = rasd.analyze("قال المتحدث إن الاجتماع انتهى.")
>>> doc.to_dict()["schema"]
'rasd.document/1'
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from rasd.doc import Document, Meta
from rasd.pipeline import Pipeline, RawDocument, RecordError

__version__ = "0.1.0"
__all__ = ["Document", "Meta", "Pipeline", "RawDocument", "RecordError", "__version__", "analyze"]


@lru_cache(maxsize=1)
def _default_pipeline() -> Pipeline:
    return Pipeline()


def analyze(text: str, *, published: str | None = None, meta: dict[str, Any] | None = None) -> Document:
    """Analyse one article with the default pipeline."""
    info = Meta.from_dict(dict(meta or {}))
    if published is not None:
        info.published = published
    return _default_pipeline().analyze(RawDocument(text, id=str((meta or {}).get("id") or ""), meta=info))
