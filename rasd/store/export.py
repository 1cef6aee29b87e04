"""Write records of the store to files: JSONL, CSV, tab-separated (the flat event-file layout), Parquet."""

from __future__ import annotations

import csv
import os
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import asdict, astuple
from itertools import islice
from pathlib import Path
from typing import Any, TextIO

from rasd.io.writers import dump
from rasd.store.db import StoreError
from rasd.store.queries import iter_documents, iter_records
from rasd.store.records import RECORDS, columns

FORMATS = ("jsonl", "csv", "tsv", "parquet")
WHAT = tuple(RECORDS)
LIST_SEPARATOR = "|"
PARQUET_BATCH = 2000


def cell(value: Any) -> str:
    """One value as a CSV cell: None empty, lists joined by ``|``."""
    if value is None:
        return ""
    if isinstance(value, list):
        return LIST_SEPARATOR.join(str(v) for v in value)
    return str(value)


def write_csv(records: Iterable[Any], record_type: type, out: TextIO) -> int:
    """CSV with a header row; returns the number of rows."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([name for name, _ in columns(record_type)])
    n = 0
    for record in records:
        writer.writerow([cell(v) for v in astuple(record)])
        n += 1
    return n


def write_tsv(records: Iterable[Any], record_type: type, out: TextIO) -> int:
    """Tab-separated with a header row, as event files are: no quoting, whitespace inside a cell made one space."""
    out.write("\t".join(name for name, _ in columns(record_type)) + "\n")
    n = 0
    for record in records:
        out.write("\t".join(" ".join(cell(v).split()) for v in astuple(record)) + "\n")
        n += 1
    return n


def write_jsonl(items: Iterable[dict[str, Any]], out: TextIO) -> int:
    n = 0
    for item in items:
        out.write(dump(item) + "\n")
        n += 1
    return n


def arrow_schema(record_type: type):
    """The Parquet schema of a record type."""
    import pyarrow as pa

    kinds = {"string": pa.string(), "int": pa.int64(), "float": pa.float64(), "list": pa.list_(pa.string())}
    return pa.schema([(name, kinds[kind]) for name, kind in columns(record_type)])


def write_parquet(records: Iterable[Any], record_type: type, path: Path) -> int:
    """Parquet in row groups of a bounded size (memory stays flat whatever the corpus size)."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise StoreError("Parquet needs pyarrow: pip install 'rasd[parquet]'") from None
    schema = arrow_schema(record_type)
    names = schema.names
    n = 0
    it = iter(records)
    with pq.ParquetWriter(path, schema) as writer:
        while batch := list(islice(it, PARQUET_BATCH)):
            rows = [astuple(r) for r in batch]
            writer.write_table(pa.table({name: [row[i] for row in rows] for i, name in enumerate(names)},
                                        schema=schema))
            n += len(batch)
    return n


def export(conn: sqlite3.Connection, what: str, fmt: str, output: Path | None, stdout: TextIO) -> int:
    """Write every record of ``what`` in ``fmt`` to ``output`` (stdout when None); returns the number written.

    Documents in JSONL are whole ``rasd.document/1`` objects; every other combination writes the flat records.
    A file is written under a temporary name and renamed when complete."""
    if what not in RECORDS:
        raise StoreError(f"cannot export {what!r}: choose one of {', '.join(WHAT)}")
    if fmt not in FORMATS:
        raise StoreError(f"unknown export format {fmt!r}: choose one of {', '.join(FORMATS)}")
    if fmt == "parquet" and output is None:
        raise StoreError("Parquet is binary: give --output FILE")
    record_type = RECORDS[what]
    if output is None:
        return _write(conn, what, fmt, record_type, stdout)
    partial = output.with_name(output.name + ".partial")
    try:
        if fmt == "parquet":
            n = write_parquet(iter_records(conn, what), record_type, partial)
        else:
            with open(partial, "w", encoding="utf-8", newline="") as out:
                n = _write(conn, what, fmt, record_type, out)
        os.replace(partial, output)
    except OSError as exc:
        raise StoreError(f"{output}: cannot write: {exc.strerror or exc}") from None
    finally:
        partial.unlink(missing_ok=True)
    return n


def _write(conn: sqlite3.Connection, what: str, fmt: str, record_type: type, out: TextIO) -> int:
    if fmt == "jsonl":
        items: Iterator[dict[str, Any]] = (
            iter_documents(conn) if what == "documents" else (asdict(r) for r in iter_records(conn, what))
        )
        return write_jsonl(items, out)
    write = write_tsv if fmt == "tsv" else write_csv
    return write(iter_records(conn, what), record_type, out)
