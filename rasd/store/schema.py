"""The database schema as ordered migrations; each applied one is recorded in ``schema_migrations``.

A migration is never edited once released: a change to the schema is a new migration appended to
``MIGRATIONS``. Offsets (``start``, ``end``) are Python ``str`` indices into ``documents.text``.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

from rasd.store.transaction import transaction

INITIAL = """
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL UNIQUE,
    title TEXT,
    source TEXT,
    published TEXT,
    published_date TEXT,
    url TEXT,
    origin TEXT,
    text TEXT NOT NULL,
    doc_json TEXT NOT NULL,
    n_sentences INTEGER NOT NULL DEFAULT 0,
    ingested_at TEXT NOT NULL
);
CREATE INDEX documents_published ON documents(published_date);
CREATE INDEX documents_source ON documents(source);

CREATE TABLE sentences (
    doc INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    PRIMARY KEY (doc, idx)
) WITHOUT ROWID;

CREATE TABLE entities (
    id INTEGER PRIMARY KEY,
    entity_id TEXT NOT NULL UNIQUE,
    label TEXT NOT NULL,
    canonical TEXT NOT NULL,
    canonical_norm TEXT NOT NULL,
    mentions INTEGER NOT NULL DEFAULT 0,
    documents INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX entities_label_mentions ON entities(label, mentions);
CREATE INDEX entities_mentions ON entities(mentions);

-- How many documents give an identity each (label, canonical name): the entity row shows the most given one.
CREATE TABLE entity_names (
    entity INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    label TEXT NOT NULL,
    canonical TEXT NOT NULL,
    documents INTEGER NOT NULL,
    PRIMARY KEY (entity, label, canonical)
) WITHOUT ROWID;

CREATE TABLE aliases (
    entity INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    PRIMARY KEY (entity, alias)
) WITHOUT ROWID;

CREATE TABLE mentions (
    id INTEGER PRIMARY KEY,
    doc INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    entity INTEGER NOT NULL REFERENCES entities(id),
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    sentence INTEGER
);
CREATE INDEX mentions_doc ON mentions(doc);
CREATE INDEX mentions_entity ON mentions(entity);

CREATE TABLE quotes (
    id INTEGER PRIMARY KEY,
    doc INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    kind TEXT NOT NULL,
    content_start INTEGER NOT NULL,
    content_end INTEGER NOT NULL,
    speaker_start INTEGER,
    speaker_end INTEGER,
    speaker TEXT,
    speaker_canonical TEXT,
    speaker_norm TEXT,
    speaker_role TEXT,
    cue_start INTEGER,
    cue_end INTEGER,
    cue TEXT,
    sentence INTEGER,
    UNIQUE (doc, idx)
);

CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    doc INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    type TEXT NOT NULL,
    cameo TEXT,
    mode TEXT,
    trigger_start INTEGER NOT NULL,
    trigger_end INTEGER NOT NULL,
    trigger TEXT NOT NULL,
    sentence INTEGER,
    date TEXT,
    place TEXT,
    place_norm TEXT,
    place_start INTEGER,
    place_end INTEGER,
    country TEXT,
    lat REAL,
    lon REAL,
    UNIQUE (doc, idx)
);
CREATE INDEX events_type_date ON events(type, date);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_country ON events(country);

CREATE TABLE actors (
    event INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('source', 'target')),
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    canonical TEXT NOT NULL,
    norm TEXT NOT NULL,
    actor_code TEXT,
    PRIMARY KEY (event, role)
) WITHOUT ROWID;
CREATE INDEX actors_code ON actors(actor_code);

-- Names and places are matched with LIKE '%…%' on their normalised form (*_norm): a scan, no index helps.
-- Full-text indexes hold search keys (see rasd.store.terms), not the text itself.
CREATE VIRTUAL TABLE documents_fts USING fts5(title, body, content='', tokenize='unicode61 remove_diacritics 0');
CREATE VIRTUAL TABLE quotes_fts USING fts5(content, content='', tokenize='unicode61 remove_diacritics 0');
"""

# Speakers found by the words of their name (a scan with LIKE over every quote was too slow on large corpora).
SPEAKERS = """
CREATE VIRTUAL TABLE speakers_fts USING fts5(name, content='', tokenize='unicode61 remove_diacritics 0');
INSERT INTO speakers_fts (rowid, name) SELECT id, speaker_norm FROM quotes WHERE speaker_norm IS NOT NULL;
"""

MIGRATIONS: list[tuple[int, str, str]] = [
    (1, "documents, sentences, entities, mentions, quotes, events, actors, full-text indexes", INITIAL),
    (2, "full-text index of speaker names", SPEAKERS),
]
LATEST_VERSION = MIGRATIONS[-1][0]


def schema_version(conn: sqlite3.Connection) -> int:
    """The highest applied migration, 0 for a database rasd has never written."""
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"
    ).fetchone()
    if not exists:
        return 0
    return conn.execute("SELECT coalesce(max(version), 0) FROM schema_migrations").fetchone()[0]


def migrate(conn: sqlite3.Connection) -> list[int]:
    """Apply the migrations the database lacks, each in its own transaction; return their versions."""
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations "
        "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )
    applied = []
    for version, name, sql in MIGRATIONS:
        with transaction(conn):  # another writer may be migrating: check under the lock
            if version <= schema_version(conn):
                continue
            # executescript would commit first; run statement by statement inside the transaction.
            for statement in _statements(sql):
                conn.execute(statement)
            conn.execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                (version, name, datetime.now(UTC).isoformat(timespec="seconds")),
            )
        applied.append(version)
    return applied


def _statements(sql: str) -> list[str]:
    """Split a migration into statements (migrations hold no ``;`` inside literals or triggers)."""
    lines = [line for line in sql.splitlines() if not line.lstrip().startswith("--")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]
