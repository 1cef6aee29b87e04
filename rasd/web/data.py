"""The queries the pages need beyond those of ``rasd.store``, built from the store's own helpers.

Searches with entity and event-type filters, an entity by id, the entities seen with one, the store identities
of an article's mentions, and the aggregates of the events page (counts per day and type, places).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict, dataclass
from typing import Any

from rasd.store import queries, search
from rasd.store.compact import unpack
from rasd.store.queries import LIKE, Filter, clamp, contains, paged
from rasd.store.records import EntityRecord
from rasd.store.terms import QueryError, match_expression
from rasd.text.normalize import normalize
from rasd.web.render import TITLE_CHARS, fallback_title

__all__ = ["QueryError"]

ENTITY_DOCS = ("d.id IN (SELECT m.doc FROM mentions m WHERE m.entity IN "
               f"(SELECT n.id FROM entities n WHERE n.canonical_norm {LIKE}))")
TYPE_DOCS = "d.id IN (SELECT e.doc FROM events e WHERE e.type = ?)"
LIST_SELECT = "SELECT d.doc_id, d.title, d.source, d.published, 0.0 AS score, d.text FROM documents d"


@dataclass(slots=True)
class Filters:
    """The search page's filters, already checked."""

    source: str | None = None
    since: str | None = None
    until: str | None = None
    entity: str | None = None
    event_type: str | None = None


@dataclass(slots=True)
class EventFilters:
    """The events page's filters, already checked (the same meaning as ``queries.events``)."""

    event_type: str | None = None
    actor: str | None = None
    place: str | None = None
    since: str | None = None
    until: str | None = None


def _document_filter(filters: Filters, where: Filter) -> Filter:
    if filters.source:
        where.add("d.source = ?", filters.source)
    where.dates("d.published_date", filters.since, filters.until)
    if filters.entity:
        where.add(ENTITY_DOCS, contains(filters.entity))
    if filters.event_type:
        where.add(TYPE_DOCS, filters.event_type)
    return where


def _snippet_parts(hit: search.SearchHit) -> list[dict[str, Any]]:
    """The snippet cut into plain and matching pieces, for the page to mark the matches."""
    parts, at = [], hit.snippet_start
    end = hit.snippet_start + len(hit.snippet)
    for m_start, m_end in hit.matches:
        if m_start < at or m_end > end:
            continue
        parts.append({"text": hit.snippet[at - hit.snippet_start:m_start - hit.snippet_start], "match": False})
        parts.append({"text": hit.snippet[m_start - hit.snippet_start:m_end - hit.snippet_start], "match": True})
        at = m_end
    parts.append({"text": hit.snippet[at - hit.snippet_start:], "match": False})
    return [p for p in parts if p["text"]]


def _hit(hit: search.SearchHit) -> dict[str, Any]:
    return {**asdict(hit), "snippet_parts": _snippet_parts(hit)}


def _hits(rows: Any, q: str | None) -> list[dict[str, Any]]:
    """Search hits, with snippets, for rows of (doc_id, title, source, published, score, text)."""
    matcher = search.Matcher(q) if q else None
    items = []
    for doc_id, title, source, published, score, text in rows:
        spans = matcher.spans(text) if matcher else []
        piece, start = search.snippet(text, spans)
        items.append(_hit(search.SearchHit(doc_id, title, source, published, score, piece, start, spans)))
    return items


def search_documents(conn: sqlite3.Connection, q: str | None, filters: Filters, limit: int,
                     offset: int) -> tuple[int, list[dict[str, Any]]]:
    """Articles matching ``q`` (best first) or, without a query, all articles (newest first), filtered."""
    if q and not filters.entity and not filters.event_type:
        page = search.search(conn, q, source=filters.source, since=filters.since, until=filters.until,
                             limit=limit, offset=offset)
        return page.total, with_display_titles(conn, [_hit(hit) for hit in page.items])
    where = Filter()
    if q:
        where.add("documents_fts MATCH ?", match_expression(q))
    _document_filter(filters, where)
    limit, offset = clamp(limit, offset)
    if q:
        # The store's ranking (bm25, title weighted) of the matching documents that pass the filters.
        ranked = ("SELECT documents_fts.rowid AS id, bm25(documents_fts, 2.0, 1.0) AS score FROM documents_fts "
                  f"JOIN documents d ON d.id = documents_fts.rowid{where.where()}")
        rows = conn.execute(
            f"SELECT d.doc_id, d.title, d.source, d.published, h.score, d.text FROM ({ranked} ORDER BY score "
            "LIMIT ? OFFSET ?) h JOIN documents d ON d.id = h.id ORDER BY h.score", [*where.params, limit, offset])
        total = conn.execute(f"SELECT count(*) FROM ({ranked})", where.params).fetchone()[0]
    else:
        rows = conn.execute(f"{LIST_SELECT}{where.where()} ORDER BY d.published_date DESC, d.id LIMIT ? OFFSET ?",
                            [*where.params, limit, offset])
        total = conn.execute(f"SELECT count(*) FROM documents d{where.where()}", where.params).fetchone()[0]
    return total, with_display_titles(conn, _hits(rows.fetchall(), q))


def search_quotes(conn: sqlite3.Connection, q: str | None, filters: Filters, limit: int,
                  offset: int) -> tuple[int, list[dict[str, Any]]]:
    """Quotes whose content matches ``q`` (all quotes without one), newest first; ``entity`` filters speakers."""
    where = Filter()
    if q:
        where.add("q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)", match_expression(q))
    if filters.source:
        where.add("d.source = ?", filters.source)
    where.dates("d.published_date", filters.since, filters.until)
    if filters.entity:
        where.add(f"q.speaker_norm {LIKE}", contains(filters.entity))
    if filters.event_type:
        where.add(TYPE_DOCS, filters.event_type)
    page = paged(conn, queries.QUOTE_SELECT, "quotes q JOIN documents d ON d.id = q.doc", where,
                 "d.published_date DESC, d.id, q.idx", lambda row: asdict(queries.QuoteRecord(*row)), limit, offset)
    return page.total, with_display_titles(conn, with_speaker_ids(conn, page.items))


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
    row = conn.execute(f"{queries.ENTITY_SELECT} WHERE n.entity_id = ?", (entity_id,)).fetchone()
    if row is None:
        return None
    values = list(row)
    values[3] = sorted(json.loads(values[3]))
    return asdict(EntityRecord(*values))


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
    page = queries.events(conn, type=filters.event_type, actor=filters.actor, place=filters.place,
                          since=filters.since, until=filters.until, limit=limit, offset=offset)
    return page.total, with_display_titles(conn, [asdict(r) for r in page.items])


def _event_filter(filters: EventFilters) -> Filter:
    # The conditions of queries.events, for the aggregates over the same rows.
    where = Filter()
    if filters.event_type:
        where.add("e.type = ?", filters.event_type)
    if filters.actor:
        where.add(f"EXISTS (SELECT 1 FROM actors a WHERE a.event = e.id AND (a.norm {LIKE} OR a.actor_code = ?))",
                  contains(filters.actor), filters.actor.upper())
    if filters.place:
        where.add(f"(e.place_norm {LIKE} OR e.country = ?)", contains(filters.place), filters.place.upper())
    where.dates(queries.EVENT_DATE, filters.since, filters.until)
    return where


def event_counts(conn: sqlite3.Connection, filters: EventFilters) -> list[dict[str, Any]]:
    """How many matching events there are per day and type (events without a date are left out)."""
    where = _event_filter(filters)
    where.add(f"{queries.EVENT_DATE} IS NOT NULL")
    rows = conn.execute(
        f"SELECT substr({queries.EVENT_DATE}, 1, 10) AS day, e.type, count(*) FROM events e "
        f"JOIN documents d ON d.id = e.doc{where.where()} GROUP BY day, e.type ORDER BY day", where.params)
    return [{"date": day, "type": kind, "count": n} for day, kind, n in rows]


def event_places(conn: sqlite3.Connection, filters: EventFilters, top: int = 200) -> list[dict[str, Any]]:
    """The places of matching events that have coordinates, with how many events each."""
    where = _event_filter(filters)
    where.add("e.lat IS NOT NULL AND e.lon IS NOT NULL")
    rows = conn.execute(
        f"SELECT e.place, e.country, e.lat, e.lon, count(*) AS n FROM events e JOIN documents d ON d.id = e.doc"
        f"{where.where()} GROUP BY e.lat, e.lon ORDER BY n DESC LIMIT ?", [*where.params, top])
    return [{"place": p, "country": c, "lat": lat, "lon": lon, "count": n} for p, c, lat, lon, n in rows]
