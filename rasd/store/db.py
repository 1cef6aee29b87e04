"""Connections to the corpus database: one writer, any number of read-only readers."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from rasd.errors import RasdError
from rasd.store.schema import LATEST_VERSION, migrate, schema_version


class StoreError(RasdError):
    """A database that cannot be opened or used, named with what is wrong."""


BUSY_TIMEOUT_MS = 30_000


def open_writer(path: str | Path) -> sqlite3.Connection:
    """Open (creating if needed) the database for writing: WAL, foreign keys, schema migrated to the latest."""
    path = Path(path)
    if path.is_dir():
        raise StoreError(f"{path}: is a directory, expected a database file")
    if not path.parent.exists():
        raise StoreError(f"{path}: directory {path.parent} does not exist")
    try:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        _configure(conn)
        conn.execute("PRAGMA synchronous=NORMAL")
        migrate(conn)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: not a usable rasd database ({exc})") from exc
    return conn


def open_reader(path: str | Path) -> sqlite3.Connection:
    """Open an existing database read-only; readers never block the writer (WAL)."""
    path = Path(path)
    if not path.is_file():
        raise StoreError(f"{path}: no such database (create it with `rasd ingest ... --db {path}`)")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000,
                               isolation_level=None, check_same_thread=False)
        _configure(conn)
        version = schema_version(conn)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: not a usable rasd database ({exc})") from exc
    if version == 0:
        raise StoreError(f"{path}: not a rasd database (no schema_migrations table)")
    if version != LATEST_VERSION:
        advice = f"; bring it up to date with `rasd ingest --db {path}`" if version < LATEST_VERSION else ""
        raise StoreError(f"{path}: schema version {version}, this rasd reads {LATEST_VERSION}{advice}")
    return conn


def _configure(conn: sqlite3.Connection) -> None:
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
