"""Write one analysed document and all its annotations in a single transaction."""

from __future__ import annotations

import hashlib
import sqlite3
from collections import Counter
from datetime import UTC, datetime

from rasd.doc import Document, Entity
from rasd.store.compact import pack
from rasd.store.dates import iso_date
from rasd.store.db import StoreError
from rasd.store.terms import index_text
from rasd.store.transaction import transaction
from rasd.text.normalize import normalize


def content_hash(text: str) -> str:
    """The key that makes ingest idempotent: SHA-256 of the article text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def is_stored(conn: sqlite3.Connection, digest: str) -> bool:
    return conn.execute("SELECT 1 FROM documents WHERE content_hash = ?", (digest,)).fetchone() is not None


def entity_key(entity: Entity) -> str:
    """The cross-article identity of a mention: its entity id, else label and normalised canonical name."""
    return entity.entity_id or f"{entity.label}:{normalize(entity.canonical or entity.text)}"


def entity_mentions(doc: Document) -> dict[str, list[Entity]]:
    """The document's mentions grouped by identity (``entity_key``), in order of first mention."""
    by_key: dict[str, list[Entity]] = {}
    for mention in doc.entities:
        by_key.setdefault(entity_key(mention), []).append(mention)
    return by_key


def given_name(mentions: list[Entity]) -> tuple[str, str]:
    """The label and canonical name one document gives an identity: its first mention's label, and that
    mention's canonical name, else the text the identity is mentioned by most often."""
    first = mentions[0]
    return first.label, first.canonical or Counter(m.text for m in mentions).most_common(1)[0][0]


def store_document(conn: sqlite3.Connection, doc: Document, *, digest: str | None = None, origin: str = "") -> bool:
    """Store ``doc`` atomically; False when its text is already stored (nothing is written then)."""
    digest = digest or content_hash(doc.text)
    with transaction(conn):
        row_id = _insert_document(conn, doc, digest, origin)
        if row_id is None:
            return False  # nothing was written
        _insert_sentences(conn, row_id, doc)
        _insert_entities(conn, row_id, doc)
        _insert_quotes(conn, row_id, doc)
        _insert_events(conn, row_id, doc)
    return True


def _insert_document(conn: sqlite3.Connection, doc: Document, digest: str, origin: str) -> int | None:
    meta = doc.meta
    try:
        row = conn.execute(
            "INSERT INTO documents (doc_id, content_hash, title, source, published, published_date, url, origin, "
            "text, doc_json, n_sentences, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (content_hash) DO NOTHING RETURNING id",
            (doc.id, digest, meta.title, meta.source, meta.published, iso_date(meta.published), meta.url, origin,
             doc.text, pack(doc), len(doc.sentences),
             datetime.now(UTC).isoformat(timespec="seconds")),
        ).fetchone()
    except sqlite3.IntegrityError as exc:
        raise StoreError(f"id {doc.id!r} is already stored for a different text") from exc
    if row is None:
        return None
    conn.execute(
        "INSERT INTO documents_fts (rowid, title, body) VALUES (?, ?, ?)",
        (row[0], index_text(meta.title or ""), index_text(doc.text)),
    )
    return row[0]


def _insert_sentences(conn: sqlite3.Connection, row_id: int, doc: Document) -> None:
    conn.executemany(
        'INSERT INTO sentences (doc, idx, start, "end") VALUES (?, ?, ?, ?)',
        [(row_id, i, s.start, s.end) for i, s in enumerate(doc.sentences)],
    )


def _insert_entities(conn: sqlite3.Connection, row_id: int, doc: Document) -> None:
    for ekey, mentions in entity_mentions(doc).items():
        label, canonical = given_name(mentions)
        entity = conn.execute(
            "INSERT INTO entities (entity_id, label, canonical, canonical_norm, mentions, documents) "
            "VALUES (?, ?, ?, ?, ?, 1) ON CONFLICT (entity_id) DO UPDATE SET "
            "mentions = mentions + excluded.mentions, documents = documents + 1 RETURNING id",
            (ekey, label, canonical, normalize(canonical), len(mentions)),
        ).fetchone()[0]
        _vote_name(conn, entity, label, canonical)
        conn.executemany(
            "INSERT OR IGNORE INTO aliases (entity, alias) VALUES (?, ?)",
            [(entity, alias) for alias in {m.text for m in mentions}],
        )
        conn.executemany(
            'INSERT INTO mentions (doc, entity, start, "end", text, sentence) VALUES (?, ?, ?, ?, ?, ?)',
            [(row_id, entity, m.start, m.end, m.text, doc.sentence_index(m.start)) for m in mentions],
        )


def _vote_name(conn: sqlite3.Connection, entity: int, label: str, canonical: str) -> None:
    """Count this document's label and name for the identity; the entity shows those most documents give (ties:
    the first in sorted order), so the result does not depend on the order articles were stored in."""
    conn.execute(
        "INSERT INTO entity_names (entity, label, canonical, documents) VALUES (?, ?, ?, 1) "
        "ON CONFLICT (entity, label, canonical) DO UPDATE SET documents = documents + 1",
        (entity, label, canonical),
    )
    label, canonical = conn.execute(
        "SELECT label, canonical FROM entity_names WHERE entity = ? ORDER BY documents DESC, label, canonical LIMIT 1",
        (entity,),
    ).fetchone()
    conn.execute(
        "UPDATE entities SET label = ?, canonical = ?, canonical_norm = ? "
        "WHERE id = ? AND (label, canonical) != (?, ?)",
        (label, canonical, normalize(canonical), entity, label, canonical),
    )


def _insert_quotes(conn: sqlite3.Connection, row_id: int, doc: Document) -> None:
    for i, q in enumerate(doc.quotes):
        speaker, cue = q.speaker, q.cue
        name = (speaker.canonical or speaker.text) if speaker else None
        quote_id = conn.execute(
            "INSERT INTO quotes (doc, idx, kind, content_start, content_end, speaker_start, speaker_end, "
            "speaker, speaker_canonical, speaker_norm, speaker_role, cue_start, cue_end, cue, sentence) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            (row_id, i, q.kind, q.content.start, q.content.end,
             speaker.start if speaker else None, speaker.end if speaker else None, speaker.text if speaker else None,
             name, normalize(name) if name else None, q.speaker_role,
             cue.start if cue else None, cue.end if cue else None, cue.text if cue else None,
             doc.sentence_index(q.content.start)),
        ).fetchone()[0]
        conn.execute("INSERT INTO quotes_fts (rowid, content) VALUES (?, ?)", (quote_id, index_text(q.content.text)))
        if name:
            conn.execute("INSERT INTO speakers_fts (rowid, name) VALUES (?, ?)", (quote_id, normalize(name)))


def _insert_events(conn: sqlite3.Connection, row_id: int, doc: Document) -> None:
    for i, e in enumerate(doc.events):
        loc = e.location
        event_id = conn.execute(
            "INSERT INTO events (doc, idx, type, cameo, mode, trigger_start, trigger_end, trigger, sentence, date, "
            "place, place_norm, place_start, place_end, country, lat, lon) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            (row_id, i, e.type, e.cameo, e.mode, e.trigger.start, e.trigger.end, e.trigger.text, e.sentence,
             e.date, loc.text if loc else None, normalize(loc.text) if loc else None,
             loc.start if loc else None, loc.end if loc else None,
             loc.country if loc else None, loc.lat if loc else None, loc.lon if loc else None),
        ).fetchone()[0]
        conn.executemany(
            'INSERT INTO actors (event, role, start, "end", text, canonical, norm, actor_code) '
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(event_id, role, a.start, a.end, a.text, a.canonical or a.text, normalize(a.canonical or a.text),
              a.actor_code) for role, a in (("source", e.source), ("target", e.target)) if a is not None],
        )
