"""The questions analysts ask of the store, as functions: paged (limit/offset) and with total counts.

Every value from a caller reaches SQL as a bound parameter; names and places are matched on normalised text.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from rasd.doc import Document
from rasd.store.compact import unpack
from rasd.store.dates import parse_bound
from rasd.store.records import DocumentRecord, EntityRecord, EventRecord, QuoteRecord
from rasd.store.terms import match_expression, name_expression
from rasd.store.transaction import snapshot
from rasd.text.normalize import normalize

T = TypeVar("T")
MAX_LIMIT = 1000


@dataclass(slots=True)
class Page(Generic[T]):
    """One page of results and how many there are in all."""

    items: list[T]
    total: int
    limit: int
    offset: int


@dataclass(slots=True)
class Filter:
    """SQL conditions joined by AND, with their parameters in order."""

    clauses: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)

    def add(self, clause: str, *params: Any) -> None:
        self.clauses.append(clause)
        self.params.extend(params)

    def dates(self, column: str, since: str | None, until: str | None) -> None:
        since, until = parse_bound(since, "--since"), parse_bound(until, "--until")
        if since:
            self.add(f"{column} >= ?", since)
        if until:
            # "~" sorts after every digit and "-": a partial date (2018-02) includes the whole month.
            self.add(f"{column} <= ?", until + "~")

    def extend(self, other: Filter | None) -> None:
        """Add the conditions of ``other`` (a caller's own, for instance), when there is one."""
        if other is not None:
            self.clauses += other.clauses
            self.params += other.params

    def where(self) -> str:
        return " WHERE " + " AND ".join(self.clauses) if self.clauses else ""


def contains(text: str) -> str:
    """A LIKE pattern for 'contains the normalised text', with LIKE's own characters escaped."""
    escaped = normalize(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


LIKE = "LIKE ? ESCAPE '\\'"

DOCUMENT_SELECT = """
SELECT d.doc_id, d.content_hash, d.title, d.source, d.published, d.url, d.origin, d.n_sentences,
  (SELECT count(*) FROM mentions m WHERE m.doc = d.id), (SELECT count(*) FROM quotes q WHERE q.doc = d.id),
  (SELECT count(*) FROM events e WHERE e.doc = d.id), d.text
FROM documents d"""

QUOTE_SELECT = """
SELECT d.doc_id, q.idx, d.published_date, d.source, q.kind, q.speaker, q.speaker_canonical, q.speaker_role, q.cue,
  substr(d.text, q.content_start + 1, q.content_end - q.content_start), q.content_start, q.content_end, q.sentence
FROM quotes q JOIN documents d ON d.id = q.doc"""

EVENT_DATE = "coalesce(e.date, d.published_date)"
EVENT_SELECT = f"""
SELECT {EVENT_DATE}, s.canonical, s.actor_code, e.cameo, e.type, e.mode, t.canonical, t.actor_code,
  e.place, e.country, e.lat, e.lon, d.doc_id, e.sentence, e.trigger,
  substr(d.text, se.start + 1, se."end" - se.start)
FROM events e JOIN documents d ON d.id = e.doc
  LEFT JOIN actors s ON s.event = e.id AND s.role = 'source'
  LEFT JOIN actors t ON t.event = e.id AND t.role = 'target'
  LEFT JOIN sentences se ON se.doc = e.doc AND se.idx = e.sentence"""

ENTITY_SELECT = """
SELECT n.entity_id, n.label, n.canonical,
  (SELECT json_group_array(a.alias) FROM aliases a WHERE a.entity = n.id), n.mentions, n.documents
FROM entities n"""


def _document(row: sqlite3.Row) -> DocumentRecord:
    return DocumentRecord(*row)


def _quote(row: sqlite3.Row) -> QuoteRecord:
    return QuoteRecord(*row)


def _event(row: sqlite3.Row) -> EventRecord:
    return EventRecord(*row)


def _entity(row: sqlite3.Row) -> EntityRecord:
    values = list(row)
    values[3] = sorted(json.loads(values[3]))
    return EntityRecord(*values)


def clamp(limit: int, offset: int) -> tuple[int, int]:
    """A page size within 0..MAX_LIMIT and an offset of at least 0."""
    return max(0, min(limit, MAX_LIMIT)), max(0, offset)


def paged(conn: sqlite3.Connection, select: str, count_from: str, where: Filter, order: str,
          make: Callable[[sqlite3.Row], T], limit: int, offset: int) -> Page[T]:
    """One page of ``select``'s rows and the count of all of them, read from one snapshot."""
    limit, offset = clamp(limit, offset)
    with snapshot(conn):
        rows = conn.execute(f"{select}{where.where()} ORDER BY {order} LIMIT ? OFFSET ?",
                            [*where.params, limit, offset])
        items = [make(r) for r in rows]
        total = conn.execute(f"SELECT count(*) FROM {count_from}{where.where()}", where.params).fetchone()[0]
    return Page(items, total, limit, offset)


def document_filter(*, source: str | None = None, since: str | None = None, until: str | None = None) -> Filter:
    """Conditions on the article (alias ``d``): its source, and its publication date within the bounds."""
    where = Filter()
    if source:
        where.add("d.source = ?", source)
    where.dates("d.published_date", since, until)
    return where


def documents(conn: sqlite3.Connection, *, doc_id: str | None = None, source: str | None = None,
              since: str | None = None, until: str | None = None, where: Filter | None = None, limit: int = 20,
              offset: int = 0) -> Page[DocumentRecord]:
    """Stored documents, newest first; ``where`` adds conditions of the caller's own (alias ``d``)."""
    extra, where = where, document_filter(source=source, since=since, until=until)
    if doc_id:
        where.add("d.doc_id = ?", doc_id)
    where.extend(extra)
    return paged(conn, DOCUMENT_SELECT, "documents d", where, "d.published_date DESC, d.id", _document, limit, offset)


def quotes(conn: sqlite3.Connection, *, speaker: str | None = None, about: str | None = None,
           source: str | None = None, since: str | None = None, until: str | None = None, where: Filter | None = None,
           limit: int = 20, offset: int = 0) -> Page[QuoteRecord]:
    """Quotes, newest first; ``speaker`` matches the words of the speaker's name (``ميستورا`` finds ``ستيفان دي
    ميستورا``), ``about`` searches the content as `search` does, ``source`` is the article's source; ``where``
    adds conditions of the caller's own (aliases ``q`` and ``d``)."""
    extra, where = where, Filter()
    if speaker:
        where.add("q.id IN (SELECT rowid FROM speakers_fts WHERE speakers_fts MATCH ?)", name_expression(speaker))
    if about:
        where.add("q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)", match_expression(about))
    where.extend(document_filter(source=source, since=since, until=until))
    where.extend(extra)
    return paged(conn, QUOTE_SELECT, "quotes q JOIN documents d ON d.id = q.doc", where,
                 "d.published_date DESC, d.id, q.idx", _quote, limit, offset)


def events(conn: sqlite3.Connection, *, type: str | None = None, actor: str | None = None, place: str | None = None,
           since: str | None = None, until: str | None = None, limit: int = 20, offset: int = 0) -> Page[EventRecord]:
    """Events, newest first, that pass `event_filter`."""
    where = event_filter(type=type, actor=actor, place=place, since=since, until=until)
    return paged(conn, EVENT_SELECT, "events e JOIN documents d ON d.id = e.doc", where,
                 f"{EVENT_DATE} DESC, d.id, e.idx", _event, limit, offset)


def event_filter(*, type: str | None = None, actor: str | None = None, place: str | None = None,
                 since: str | None = None, until: str | None = None) -> Filter:
    """The conditions of `events` (aliases ``e`` for events, ``d`` for their documents), for other questions over
    the same rows. ``type`` is a PLOVER type or a CAMEO code prefix (``19``); ``actor`` matches a source or target
    name or actor code; ``place`` a place name or a country code; the dates bound the event's date."""
    where = Filter()
    if type:
        if type.isdigit():
            where.add("e.cameo LIKE ?", type + "%")
        else:
            where.add("e.type = ?", type.upper())
    if actor:
        where.add(f"EXISTS (SELECT 1 FROM actors a WHERE a.event = e.id AND (a.norm {LIKE} OR a.actor_code = ?))",
                  contains(actor), actor.upper())
    if place:
        where.add(f"(e.place_norm {LIKE} OR e.country = ?)", contains(place), place.upper())
    where.dates(EVENT_DATE, since, until)
    return where


def entities(conn: sqlite3.Connection, *, label: str | None = None, name: str | None = None,
             limit: int = 20, offset: int = 0) -> Page[EntityRecord]:
    """Entities, most mentioned first; ``name`` matches inside the canonical name."""
    where = Filter()
    if label:
        where.add("n.label = ?", label.upper())
    if name:
        where.add(f"n.canonical_norm {LIKE}", contains(name))
    return paged(conn, ENTITY_SELECT, "entities n", where, "n.mentions DESC, n.id", _entity, limit, offset)


def get_entity(conn: sqlite3.Connection, entity_id: str) -> EntityRecord | None:
    """The entity stored under ``entity_id``, or None."""
    row = conn.execute(f"{ENTITY_SELECT} WHERE n.entity_id = ?", (entity_id,)).fetchone()
    return None if row is None else _entity(row)


@dataclass(slots=True)
class StoredDocument:
    """A document as stored, with what the store knows about it."""

    document: Document
    content_hash: str
    origin: str | None
    ingested_at: str


def get_document(conn: sqlite3.Connection, doc_id: str) -> StoredDocument | None:
    """The full document (``rasd.document/1``) stored under ``doc_id``, or None."""
    row = conn.execute(
        "SELECT text, doc_json, content_hash, origin, ingested_at FROM documents WHERE doc_id = ?", (doc_id,)
    ).fetchone()
    if row is None:
        return None
    data = unpack(row["doc_json"], row["text"])
    return StoredDocument(Document.from_dict(data), row["content_hash"], row["origin"], row["ingested_at"])


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    """How many rows each table holds."""
    tables = ("documents", "sentences", "entities", "mentions", "quotes", "events", "actors")
    return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def iter_records(conn: sqlite3.Connection, what: str) -> Iterator[Any]:
    """Every record of a kind (documents, quotes, events, entities), streamed in a stable order."""
    select, order, make = {
        "documents": (DOCUMENT_SELECT, "d.id", _document),
        "quotes": (QUOTE_SELECT, "q.id", _quote),
        "events": (EVENT_SELECT, "e.id", _event),
        "entities": (ENTITY_SELECT, "n.mentions DESC, n.id", _entity),
    }[what]
    for row in conn.execute(f"{select} ORDER BY {order}"):
        yield make(row)


def iter_documents(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    """Every stored document as its ``rasd.document/1`` object, in ingest order."""
    for text, doc_json in conn.execute("SELECT text, doc_json FROM documents ORDER BY id"):
        yield unpack(doc_json, text)

