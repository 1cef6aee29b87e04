"""The flat records of documents, quotes, events and entities: one dataclass each, defined once.

Query functions return them, and exports (CSV, TSV, Parquet) and the distributed job write their fields as
columns, in this order, with the kinds ``columns()`` gives.
"""

from __future__ import annotations

import types
import typing
from dataclasses import dataclass, fields


@dataclass(slots=True)
class DocumentRecord:
    doc_id: str
    content_hash: str
    title: str | None
    source: str | None
    published: str | None
    url: str | None
    origin: str | None
    sentences: int
    entities: int
    quotes: int
    events: int
    text: str


@dataclass(slots=True)
class QuoteRecord:
    doc_id: str
    quote: int  # index of the quote in its document
    date: str | None  # publication date of the article
    source: str | None
    kind: str
    speaker: str | None
    speaker_canonical: str | None
    speaker_role: str | None
    cue: str | None
    content: str
    content_start: int
    content_end: int
    sentence: int | None


@dataclass(slots=True)
class EventRecord:
    """The flat layout of the Phoenix/ICEWS event files, plus the PLOVER type, mode and the evidence.

    ``date`` is the event's own date when the text gives it, else the article's publication date."""

    date: str | None
    source: str | None
    source_code: str | None
    event_code: str | None  # CAMEO
    event_type: str  # PLOVER
    mode: str | None
    target: str | None
    target_code: str | None
    place: str | None
    country: str | None
    lat: float | None
    lon: float | None
    doc_id: str
    sentence: int | None
    trigger: str
    sentence_text: str | None


@dataclass(slots=True)
class EntityRecord:
    entity_id: str
    label: str
    canonical: str
    aliases: list[str]
    mentions: int
    documents: int


RECORDS: dict[str, type] = {
    "documents": DocumentRecord,
    "quotes": QuoteRecord,
    "events": EventRecord,
    "entities": EntityRecord,
}


def columns(record: type) -> list[tuple[str, str]]:
    """``(name, kind)`` of a record's fields, kind one of string, int, float, list."""
    hints = typing.get_type_hints(record)
    return [(f.name, _kind(hints[f.name])) for f in fields(record)]


def _kind(hint: object) -> str:
    args = [a for a in typing.get_args(hint) if a is not type(None)] if isinstance(hint, types.UnionType) else [hint]
    base = typing.get_origin(args[0]) or args[0]
    return {int: "int", float: "float", list: "list"}.get(base, "string")
