"""The data of every page, computed once: the HTML page and its ``.json`` twin both call these functions."""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote as quote_path
from urllib.parse import urlencode

import rasd
from rasd.errors import RasdError
from rasd.events.lexicon import PLOVER_TYPES as PLOVER_TYPE_LIST
from rasd.store.dates import parse_bound
from rasd.web import data

MAX_LIMIT = 100
MAX_OFFSET = 100_000
MAX_ANALYSE_CHARS = 500_000
EVENTS_ON_ENTITY_PAGE = 50
ENTITY_QUOTES_PER_PAGE = 50
SEARCH_PER_PAGE = 20
EVENTS_PER_PAGE = 50
COMPANIONS = 15  # entities listed as seen together with one
PLOVER_TYPES = tuple(PLOVER_TYPE_LIST)


# One analysis at a time: the shared pipeline's stages are not promised to be thread-safe, and analysis holds
# the interpreter lock anyway.
_ANALYSIS = threading.Lock()


class NotFound(RasdError):
    """No article or entity with that id."""


class BadRequest(RasdError):
    """A parameter the pages cannot use, named with what is wrong."""


@dataclass(slots=True)
class SearchParams(data.Filters):
    """The search request as given: the words, the filters (not yet checked) and the page."""

    q: str | None = None
    limit: int = SEARCH_PER_PAGE
    offset: int = 0


@dataclass(slots=True)
class EventParams(data.EventFilters):
    """The events request as given: the filters (not yet checked) and the page."""

    limit: int = EVENTS_PER_PAGE
    offset: int = 0


def _clean(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def _dates(since: str | None, until: str | None) -> tuple[str | None, str | None]:
    try:
        since, until = parse_bound(_clean(since), "since"), parse_bound(_clean(until), "until")
    except RasdError as exc:
        raise BadRequest(str(exc)) from exc
    if since and until and since > until:
        raise BadRequest(f"since {since} is after until {until}")
    return since, until


def _event_type(value: str | None) -> str | None:
    value = _clean(value)
    if value is None:
        return None
    if value.upper() not in PLOVER_TYPES:
        raise BadRequest(f"type {value!r}: not a PLOVER event type (one of {', '.join(PLOVER_TYPES)})")
    return value.upper()


def query_string(query: dict[str, Any], offset: int = 0) -> str:
    """The URL query of a page: its set parameters, and the offset unless it is 0."""
    return urlencode({k: v for k, v in {**query, "offset": offset or None}.items() if v not in (None, "")})


def pages(path: str, query: dict[str, Any], total: int, limit: int, offset: int) -> dict[str, Any]:
    """Paging figures and the links to the previous and next pages (other parameters kept)."""
    def url(new_offset: int) -> str:
        params = query_string(query, new_offset)
        return f"{path}?{params}" if params else path

    return {
        "total": total, "limit": limit, "offset": offset,
        "first": min(offset + 1, total), "last": min(offset + limit, total),
        "prev_url": url(max(0, offset - limit)) if offset > 0 else None,
        "next_url": url(offset + limit) if offset + limit < total else None,
    }


def search(conn: sqlite3.Connection, params: SearchParams) -> dict[str, Any]:
    """Articles and quotes matching a full-text query and filters, a page of each."""
    since, until = _dates(params.since, params.until)
    filters = data.Filters(source=_clean(params.source), since=since, until=until, entity=_clean(params.entity),
                           type=_event_type(params.type))
    q = _clean(params.q)
    try:
        articles_total, articles = data.search_documents(conn, q, filters, params.limit, params.offset)
        quotes_total, quotes = data.search_quotes(conn, q, filters, params.limit, params.offset)
    except data.QueryError as exc:
        raise BadRequest(str(exc)) from exc
    query = {"q": q, "source": filters.source, "since": since, "until": until, "entity": filters.entity,
             "type": filters.type, "limit": params.limit if params.limit != SEARCH_PER_PAGE else None}
    return {
        "query": {**query, "limit": params.limit, "offset": params.offset},
        "query_string": query_string(query, params.offset),
        "articles": {"total": articles_total, "items": articles,
                     "pages": pages("/search", query, articles_total, params.limit, params.offset)},
        "quotes": {"total": quotes_total, "items": quotes,
                   "pages": pages("/search", query, quotes_total, params.limit, params.offset)},
    }


def filter_choices(conn: sqlite3.Connection) -> dict[str, Any]:
    """What the search form offers in its drop-down lists."""
    return {"sources": data.sources(conn), "types": PLOVER_TYPES}


def article(conn: sqlite3.Connection, doc_id: str) -> dict[str, Any]:
    """One stored article as ``rasd.document/1``, with its entities linked to their corpus-wide identities."""
    document = data.get_document(conn, doc_id)
    if document is None:
        raise NotFound(f"no article with id {doc_id!r}")
    identities = data.mention_identities(conn, doc_id)
    for ent in document.get("entities") or []:
        ent["entity_id"] = identities.get((ent["start"], ent["end"]), ent.get("entity_id") or "")
    shown = _article_data(document)
    # A speaker that is no entity of this article may still be one of the corpus: link it by its name.
    for i, quote in enumerate(document.get("quotes") or []):
        if shown["speaker_entities"][i] is None and quote.get("speaker"):
            name = quote["speaker"].get("canonical") or quote["speaker"]["text"]
            shown["speaker_entities"][i] = data.entity_id_for(conn, name)
    return shown


def analyse(text: str, meta: dict[str, Any]) -> dict[str, Any]:
    """Analyse a text without storing it; the same data as a stored article."""
    if not text or not text.strip():
        raise BadRequest("no text to analyse: paste a text or choose a file")
    if len(text) > MAX_ANALYSE_CHARS:
        raise BadRequest(f"the text has {len(text)} characters; the limit is {MAX_ANALYSE_CHARS}")
    if meta.get("published"):
        _dates(meta["published"], None)
    with _ANALYSIS:
        document = rasd.analyze(text, meta=meta).to_dict()
    return _article_data(document)


def decode_upload(filename: str, content: bytes) -> str:
    """An uploaded file's text (UTF-8, with or without a byte-order mark)."""
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BadRequest(f"{filename}: not UTF-8 text (byte {exc.start} cannot be decoded)") from exc


def _article_data(document: dict[str, Any]) -> dict[str, Any]:
    """The document plus what its page shows beside the text: entity groups, quote speakers, event sentences."""
    text = document["text"]
    entities = document.get("entities") or []
    groups: dict[str, dict[str, Any]] = {}
    for i, ent in enumerate(entities):
        name = ent.get("canonical") or ent["text"]
        group = groups.setdefault(ent.get("entity_id") or f"{ent['label']}:{name}", {
            "entity_id": ent.get("entity_id") or "", "label": ent["label"], "canonical": name, "count": 0, "ann": []})
        group["count"] += 1
        group["ann"].append(f"e{i}")
    sentences = document.get("sentences") or []
    return {
        "document": document,
        "entities": sorted(groups.values(), key=lambda g: (-g["count"], g["canonical"])),
        "speaker_entities": [_speaker_entity(q, entities) for q in document.get("quotes") or []],
        "event_sentences": [text[sentences[ev["sentence"]]["start"]:sentences[ev["sentence"]]["end"]]
                            if ev.get("sentence") is not None and 0 <= ev["sentence"] < len(sentences) else None
                            for ev in document.get("events") or []],
    }


def _speaker_entity(quote: dict[str, Any], entities: list[dict[str, Any]]) -> str | None:
    """The identity of the entity that the speaker span overlaps, if any."""
    speaker = quote.get("speaker")
    if not speaker or speaker.get("start") is None:
        return None
    for ent in entities:
        if ent["start"] < speaker["end"] and speaker["start"] < ent["end"] and ent.get("entity_id"):
            return ent["entity_id"]
    return None


def entity(conn: sqlite3.Connection, entity_id: str, limit: int, offset: int) -> dict[str, Any]:
    """A person, organisation or place: aliases, quotes over time, events, the entities seen with it."""
    found = data.get_entity(conn, entity_id)
    if found is None:
        raise NotFound(f"no entity with id {entity_id!r}")
    quotes_total, quotes = data.quotes_by(conn, found["canonical"], limit, offset)
    events_total, events = data.events_of(conn, found["canonical"], EVENTS_ON_ENTITY_PAGE)
    path = f"/entity/{quote_path(entity_id)}"
    query = {"limit": limit if limit != ENTITY_QUOTES_PER_PAGE else None}
    return {
        "entity": found,
        "quotes": {"total": quotes_total, "items": quotes, "pages": pages(path, query, quotes_total, limit, offset)},
        "events": {"total": events_total, "items": events},
        "cooccurring": data.cooccurring(conn, entity_id, COMPANIONS),
    }


def events(conn: sqlite3.Connection, params: EventParams) -> dict[str, Any]:
    """Events matching the filters: a page of rows, counts per day and type, and places with coordinates."""
    since, until = _dates(params.since, params.until)
    filters = data.EventFilters(type=_event_type(params.type), actor=_clean(params.actor),
                                place=_clean(params.place), since=since, until=until)
    total, rows = data.find_events(conn, filters, params.limit, params.offset)
    query = {"type": filters.type, "actor": filters.actor, "place": filters.place, "since": since,
             "until": until, "limit": params.limit if params.limit != EVENTS_PER_PAGE else None}
    return {
        "query": {**query, "limit": params.limit, "offset": params.offset},
        "query_string": query_string(query, params.offset),
        "events": {"total": total, "items": rows, "pages": pages("/events", query, total, params.limit, params.offset)},
        "timeline": data.event_counts(conn, filters),
        "places": data.event_places(conn, filters),
    }


def describe_validation(errors: list[dict[str, Any]] | Any) -> str:
    """One readable line for FastAPI's validation errors: which parameter, and what is wrong with it."""
    parts = []
    for err in errors:
        loc = [str(p) for p in err.get("loc", ()) if p not in ("query", "path", "body", "header")]
        name = ".".join(loc) or "request"
        given = err.get("input")
        shown = f" (got {_shorten(str(given))!r})" if isinstance(given, str | int) else ""
        parts.append(f"{name}: {err.get('msg', 'invalid value')}{shown}")
    return "bad parameter " + "; ".join(parts) if parts else "bad request"


def _shorten(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


def api_routes(openapi: dict[str, Any]) -> dict[str, Any]:
    """The routes of the OpenAPI description, for the docs page."""
    routes = []
    for path, methods in openapi.get("paths", {}).items():
        for method, op in methods.items():
            params = [{"name": p["name"], "where": p["in"], "required": p.get("required", False)}
                      for p in op.get("parameters", [])]
            if "requestBody" in op:
                params.append({"name": "body", "where": "body", "required": op["requestBody"].get("required", False)})
            routes.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                           "parameters": params})
    info = openapi.get("info", {})
    return {"title": info.get("title", ""), "version": info.get("version", ""), "routes": routes}


