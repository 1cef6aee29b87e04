"""Load the output of `rasd spark run` into the store, as idempotently as any ingest.

The ``documents_json`` table holds every analysed document whole (``rasd.document/1``); each is stored
with the store's own writer, and one whose text is already stored is skipped. Rows of the ``errors`` table
are reported as failed records, so that what the cluster could not analyse is not lost on the way.
Needs pyarrow only (the ``parquet`` extra), not Spark.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from rasd.doc import Document
from rasd.errors import InputError
from rasd.pipeline import RecordError
from rasd.store.db import open_writer
from rasd.store.ingest import DUPLICATE, FAILED, IngestReport, OnRecord, counting, store_noted
from rasd.store.writer import content_hash, is_stored

DOCUMENTS_JSON, ERRORS = "documents_json", "errors"
BATCH_ROWS = 256


def load_parquet(db_path: str | Path, directory: str | Path, *, on_record: OnRecord | None = None) -> IngestReport:
    """Store every document of a Spark output directory; report its errors table as failed records."""
    directory = Path(directory)
    documents = directory / DOCUMENTS_JSON
    if not documents.is_dir():
        raise InputError(str(directory), f"no {DOCUMENTS_JSON} table: not an output of `rasd spark run`")
    report = IngestReport()
    note = counting(report, on_record)
    for error in _errors(directory / ERRORS):
        note(FAILED, error)
    conn = open_writer(db_path)
    try:
        for doc_id, origin, text in _rows(documents, ["doc_id", "origin", "json"]):
            try:
                doc = Document.from_dict(json.loads(text))
            except (ValueError, KeyError, TypeError) as exc:
                note(FAILED, RecordError(origin or doc_id, f"unreadable document in {documents}: {exc}", doc_id))
                continue
            digest = content_hash(doc.text)
            if is_stored(conn, digest):
                note(DUPLICATE)
            else:
                store_noted(conn, doc, note, digest=digest, origin=origin or "")
    finally:
        conn.close()
    return report


def _errors(table: Path) -> Iterator[RecordError]:
    if table.is_dir():
        for origin, doc_id, reason in _rows(table, ["origin", "doc_id", "reason"]):
            yield RecordError(origin or "<record>", reason, doc_id or "")


def _rows(table: Path, names: list[str]) -> Iterator[tuple]:
    """The rows of a Parquet table directory, a batch at a time, in the order its files are named."""
    try:
        import pyarrow.dataset as ds
    except ImportError as exc:
        raise InputError(str(table), "reading Parquet needs pyarrow: pip install 'rasd[parquet]'") from exc
    try:
        dataset = ds.dataset(table, format="parquet")
        for batch in dataset.to_batches(columns=names, batch_size=BATCH_ROWS):
            yield from zip(*(batch.column(n).to_pylist() for n in names), strict=True)
    except (OSError, ValueError) as exc:  # pyarrow's errors for unreadable files and missing columns
        raise InputError(str(table), f"not a readable Parquet table: {exc}") from None
