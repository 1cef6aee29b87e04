"""Idempotent, resumable ingest: records in, analysed documents stored, each atomically.

Records whose text is already stored are skipped *before* analysis, so a rerun after an interruption
goes quickly through what is done and resumes where the store stopped. Only the calling process writes.
"""

from __future__ import annotations

import gzip
import sqlite3
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import chain
from pathlib import Path

from rasd.doc import Document
from rasd.pipeline import Pipeline, RawDocument, RecordError
from rasd.store.db import StoreError, open_writer
from rasd.store.writer import content_hash, is_stored, store_document

ADDED, DUPLICATE, FAILED = "added", "duplicate", "failed"


@dataclass(slots=True)
class IngestReport:
    added: int = 0
    duplicates: int = 0
    failed: int = 0

    @property
    def seen(self) -> int:
        return self.added + self.duplicates + self.failed

    def count(self, outcome: str) -> None:
        """Count one record's outcome (ADDED, DUPLICATE or FAILED)."""
        if outcome == ADDED:
            self.added += 1
        elif outcome == DUPLICATE:
            self.duplicates += 1
        else:
            self.failed += 1


# Called once per input record with its outcome, and the error when it failed.
OnRecord = Callable[[str, RecordError | None], None]
# Notes one record's outcome, with its error when it failed.
Note = Callable[..., None]


def counting(report: IngestReport, on_record: OnRecord | None) -> Note:
    """``note(outcome, error=None)``: count the outcome in ``report``, then pass it on to ``on_record``."""

    def note(outcome: str, error: RecordError | None = None) -> None:
        report.count(outcome)
        if on_record is not None:
            on_record(outcome, error)

    return note


def store_noted(conn: sqlite3.Connection, doc: Document, note: Note, *, digest: str, origin: str) -> None:
    """Store one analysed document and note whether it was added, already there, or refused by the store."""
    try:
        added = store_document(conn, doc, digest=digest, origin=origin)
    except StoreError as exc:
        note(FAILED, RecordError(origin or doc.id, str(exc), doc.id))
    else:
        note(ADDED if added else DUPLICATE)


def ingest(
    db_path: str | Path,
    records: Iterable[RawDocument | RecordError],
    *,
    pipeline: Pipeline | None = None,
    n_process: int = 1,
    on_record: OnRecord | None = None,
) -> IngestReport:
    """Analyse and store every new record; duplicates (same text) and failures are counted, not stored."""
    report = IngestReport()
    note = counting(report, on_record)
    conn = open_writer(db_path)
    try:
        pipeline = pipeline or Pipeline()
        pending: deque[tuple[str, str]] = deque()  # (hash, origin) of records under analysis, in input order

        def fresh() -> Iterator[RawDocument]:
            for record in records:
                if isinstance(record, RecordError):
                    note(FAILED, record)
                    continue
                digest = content_hash(record.text)
                if is_stored(conn, digest):
                    note(DUPLICATE)
                    continue
                pending.append((digest, record.origin))
                yield record

        for result in pipeline.pipe(fresh(), n_process=n_process):
            digest, origin = pending.popleft()
            if isinstance(result, RecordError):
                note(FAILED, result)
            else:
                store_noted(conn, result, note, digest=digest, origin=origin)
    finally:
        conn.close()
    return report


def read_paths(paths: Iterable[str]) -> Iterator[RawDocument | RecordError]:
    """Every record of every input, through the readers (files, directories, .gz, ``-`` for stdin)."""
    from rasd.io.readers import read_path

    return chain.from_iterable(read_path(p) for p in paths)


LINE_FORMATS = (".jsonl", ".ndjson", ".csv", ".tsv")


def estimate_records(paths: Iterable[str]) -> int | None:
    """A quick count of the records in the inputs (lines of line-based files, files of directories), for
    progress and ETA; None when it cannot be known without reading them (stdin)."""
    total = 0
    for name in paths:
        if name == "-":
            return None
        path = Path(name)
        if path.is_dir():
            total += sum(1 for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
        elif path.is_file():
            total += _count_file(path)
    return total


def _count_file(path: Path) -> int:
    suffixes = [s.lower() for s in path.suffixes]
    compressed = bool(suffixes) and suffixes[-1] == ".gz"
    kind = suffixes[-2 if compressed else -1] if len(suffixes) > int(compressed) else ""
    if kind not in LINE_FORMATS:
        return 1
    opener = gzip.open if compressed else open
    lines = 0
    try:
        with opener(path, "rb") as fh:
            while chunk := fh.read(1 << 20):
                lines += chunk.count(b"\n")
    except OSError:
        return 1
    return max(1, lines - 1) if kind in (".csv", ".tsv") else lines
