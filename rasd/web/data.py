"""The queries the pages need beyond those of ``rasd.store``, built from the store's own helpers.

Searches with entity and event-type filters, an entity by id, the entities seen with one, the store identities
of an article's mentions, and the aggregates of the events page (counts per day and type, places).
"""

from __future__ import annotations

import sqlite3
from dataclasses import asdict, dataclass
from typing import Any

from rasd.store import queries, search
from rasd.store.compact import unpack
from rasd.store.queries import LIKE, Filter, contains
from rasd.store.records import DocumentRecord
from rasd.store.terms import QueryError
from rasd.text.normalize import normalize
from rasd.web.render import TITLE_CHARS, fallback_title

__all__ = ["QueryError"]

ENTITY_DOCS = ("d.id IN (SELECT m.doc FROM mentions m WHERE m.entity IN "
               f"(SELECT n.id FROM entities n WHERE n.canonical_norm {LIKE}))")
TYPE_DOCS = "d.id IN (SELECT e.doc FROM events e WHERE e.type = ?)"


@dataclass(slots=True)
class Filters:
    """The search page's filters (checked before they reach the queries here)."""

    source: str | None = None
    since: str | None = None
    until: str | None = None
    entity: str | None = None
    type: str | None = None


@dataclass(slots=True)
class EventFilters:
    """The events page's filters (checked before they reach the queries here): the keyword arguments of
    ``queries.events`` and ``queries.event_filter``, by the same names."""

    type: str | None = None
    actor: str | None = None
    place: str | None = None
    since: str | None = None
    until: str | None = None


def _documents_with(filters: Filters) -> Filter:
    """The articles that name the entity and tell of an event of the type, as the filters ask."""
    where = Filter()
    if filters.entity:
        where.add(ENTITY_DOCS, contains(filters.entity))
    if filters.type:
        where.add(TYPE_DOCS, filters.type)
    return where


def _snippet_parts(hit: search.SearchHit) -> list[dict[str, Any]]:
    """The snippet cut into plain and matching pieces, for the page to mark the matches."""
    parts, at = [], 0
    for start, end in hit.snippet_matches():
        if start < at:  # overlaps the match before
            continue
        parts.append({"text": hit.snippet[at:start], "match": False})
        parts.append({"text": hit.snippet[start:end], "match": True})
        at = end
    parts.append({"text": hit.snippet[at:], "match": False})
    return [p for p in parts if p["text"]]


def _hit(hit: search.SearchHit) -> dict[str, Any]:
    return {**asdict(hit), "snippet_parts": _snippet_parts(hit)}


def _listed(record: DocumentRecord) -> search.SearchHit:
    """An article listed without a query: its opening as the snippet, nothing marked."""
    piece, start = search.snippet(record.text, [])
    return search.SearchHit(record.doc_id, record.title, record.source, record.published, 0.0, piece, start, [])


def search_documents(conn: sqlite3.Connection, q: str | None, filters: Filters, limit: int,
                     offset: int) -> tuple[int, list[dict[str, Any]]]:
    """Articles matching ``q`` (ranked as the store's search ranks them) or, without a query, all articles
    (newest first), filtered."""
    scope = {"source": filters.source, "since": filters.since, "until": filters.until}
    where = _documents_with(filters)
    if q:
        page = search.search(conn, q, **scope, where=where, limit=limit, offset=offset)
        return page.total, with_display_titles(conn, [_hit(hit) for hit in page.items])
    listed = queries.documents(conn, **scope, where=where, limit=limit, offset=offset)
    return listed.total, with_display_titles(conn, [_hit(_listed(record)) for record in listed.items])


def search_quotes(conn: sqlite3.Connection, q: str | None, filters: Filters, limit: int,
                  offset: int) -> tuple[int, list[dict[str, Any]]]:
    """Quotes whose content matches ``q`` (all quotes without one), newest first; ``entity`` filters speakers."""
    where = Filter()
    if filters.entity:
        where.add(f"q.speaker_norm {LIKE}", contains(filters.entity))
    if filters.type:
        where.add(TYPE_DOCS, filters.type)
    page = queries.quotes(conn, about=q, source=filters.source, since=filters.since, until=filters.until,
                          where=where, limit=limit, offset=offset)
    return page.total, with_display_titles(conn, with_speaker_ids(conn, [asdict(r) for r in page.items]))


def with_display_titles(conn: sqlite3.Connection, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Add the title to show for each item's article: its own, else its opening (items carry a ``doc_id``)."""
    ids = sorted({item["doc_id"] for item in items})
    if not ids:
        return items
    marks = ",".join("?" * len(ids))
    shown = {doc_id: title or fallback_title(opening) for doc_id, title, opening in conn.execute(
        f"SELECT doc_id, title, substr(text, 1, {TITLE_CHARS * 2}) FROM documents WHERE doc_id IN ({marks})", ids)}
    for item in items:
        item["display_title"] = shown.get(item["doc_id"])
    return items


def with_speaker_ids(conn: sqlite3.Connection, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Add the entity id of each quote's speaker, when a person or organisation has exactly that name."""
    for item in items:
        name = item.get("speaker_canonical")
        item["speaker_entity_id"] = entity_id_for(conn, name) if name else None
    return items


def entity_id_for(conn: sqlite3.Connection, name: str) -> str | None:
    row = conn.execute(
        "SELECT entity_id FROM entities WHERE canonical_norm = ? AND label IN ('PER', 'ORG') "
        "ORDER BY mentions DESC LIMIT 1", (normalize(name),)).fetchone()
    return row[0] if row else None


def sources(conn: sqlite3.Connection) -> list[str]:
    """Every source name in the store."""
    return [r[0] for r in conn.execute(
        "SELECT DISTINCT source FROM documents WHERE source IS NOT NULL ORDER BY source LIMIT 200")]


def get_document(conn: sqlite3.Connection, doc_id: str) -> dict[str, Any] | None:
    """The stored ``rasd.document/1`` object, read straight from its JSON (no round trip through dataclasses)."""
    row = conn.execute("SELECT text, doc_json FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
    return None if row is None else unpack(row["doc_json"], row["text"])


def mention_identities(conn: sqlite3.Connection, doc_id: str) -> dict[tuple[int, int], str]:
    """The store's cross-article entity id of every mention of an article, by its span."""
    rows = conn.execute(
        'SELECT m.start, m."end", n.entity_id FROM mentions m JOIN entities n ON n.id = m.entity '
        "WHERE m.doc = (SELECT id FROM documents WHERE doc_id = ?)", (doc_id,))
    return {(start, end): eid for start, end, eid in rows}


def get_entity(conn: sqlite3.Connection, entity_id: str) -> dict[str, Any] | None:
    record = queries.get_entity(conn, entity_id)
    return None if record is None else asdict(record)


def quotes_by(conn: sqlite3.Connection, name: str, limit: int, offset: int) -> tuple[int, list[dict[str, Any]]]:
    """Quotes whose speaker is called ``name``, newest first."""
    page = queries.quotes(conn, speaker=name, limit=limit, offset=offset)
    return page.total, with_display_titles(conn, [asdict(r) for r in page.items])


def events_of(conn: sqlite3.Connection, name: str, limit: int) -> tuple[int, list[dict[str, Any]]]:
    """Events with ``name`` as source or target, newest first, each with the role it plays."""
    page = queries.events(conn, actor=name, limit=limit)
    key = normalize(name)
    items = []
    for record in page.items:
        item = asdict(record)
        item["role"] = "source" if key in normalize(record.source or "") else "target"
        items.append(item)
    return page.total, with_display_titles(conn, items)


def cooccurring(conn: sqlite3.Connection, entity_id: str, top: int) -> list[dict[str, Any]]:
    """The entities found in the most articles together with this one."""
    rows = conn.execute(
        "SELECT n.entity_id, n.label, n.canonical, count(DISTINCT m2.doc) AS together "
        "FROM mentions m1 JOIN mentions m2 ON m2.doc = m1.doc AND m2.entity != m1.entity "
        "JOIN entities n ON n.id = m2.entity "
        "WHERE m1.entity = (SELECT id FROM entities WHERE entity_id = ?) "
        "GROUP BY m2.entity ORDER BY together DESC, n.mentions DESC LIMIT ?", (entity_id, top))
    return [{"entity_id": r[0], "label": r[1], "canonical": r[2], "documents": r[3]} for r in rows]


def find_events(conn: sqlite3.Connection, filters: EventFilters, limit: int,
                offset: int) -> tuple[int, list[dict[str, Any]]]:
    page = queries.events(conn, **asdict(filters), limit=limit, offset=offset)
    return page.total, with_display_titles(conn, [asdict(r) for r in page.items])


def event_counts(conn: sqlite3.Connection, filters: EventFilters) -> list[dict[str, Any]]:
    """How many matching events there are per day and type (events without a date are left out)."""
    where = queries.event_filter(**asdict(filters))
    where.add(f"{queries.EVENT_DATE} IS NOT NULL")
    rows = conn.execute(
        f"SELECT substr({queries.EVENT_DATE}, 1, 10) AS day, e.type, count(*) FROM events e "
        f"JOIN documents d ON d.id = e.doc{where.where()} GROUP BY day, e.type ORDER BY day", where.params)
    return [{"date": day, "type": kind, "count": n} for day, kind, n in rows]


def event_places(conn: sqlite3.Connection, filters: EventFilters, top: int = 200) -> list[dict[str, Any]]:
    """The places of matching events that have coordinates, with how many events each."""
    where = queries.event_filter(**asdict(filters))
    where.add("e.lat IS NOT NULL AND e.lon IS NOT NULL")
    rows = conn.execute(
        f"SELECT e.place, e.country, e.lat, e.lon, count(*) AS n FROM events e JOIN documents d ON d.id = e.doc"
        f"{where.where()} GROUP BY e.lat, e.lon ORDER BY n DESC LIMIT ?", [*where.params, top])
    return [{"place": p, "country": c, "lat": lat, "lon": lon, "count": n} for p, c, lat, lon, n in rows]
