"""Exports: JSONL, CSV, the flat tab-separated event layout, Parquet — one column list for all."""

from __future__ import annotations

import csv
import io
import json
from contextlib import closing

import pytest
from store_samples import build_db

from rasd.store import StoreError, open_reader
from rasd.store.export import export
from rasd.store.records import EventRecord, columns


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("export") / "c.db"
    docs = build_db(path)
    with closing(open_reader(path)) as conn:
        yield conn, docs


def test_documents_jsonl_are_whole_documents(db):
    conn, docs = db
    out = io.StringIO()
    assert export(conn, "documents", "jsonl", None, out) == 4
    assert [json.loads(line) for line in out.getvalue().splitlines()] == [d.to_dict() for d in docs]


def test_events_tsv_is_the_flat_event_layout(db):
    conn, _ = db
    out = io.StringIO()
    assert export(conn, "events", "tsv", None, out) == 3
    lines = out.getvalue().splitlines()
    header = lines[0].split("\t")
    assert header[:12] == ["date", "source", "source_code", "event_code", "event_type", "mode", "target",
                           "target_code", "place", "country", "lat", "lon"]
    assert header == [name for name, _ in columns(EventRecord)]
    rows = [dict(zip(header, line.split("\t"), strict=True)) for line in lines[1:]]
    assault = next(r for r in rows if r["event_type"] == "ASSAULT")
    assert (assault["date"], assault["source_code"], assault["event_code"], assault["target_code"],
            assault["country"], assault["lat"], assault["doc_id"], assault["sentence"]) == (
        "2018-03-03", "UAF", "190", "SYRCOP", "SY", "34.73", "sky-3", "0")
    assert next(r for r in rows if r["event_type"] == "PROTEST")["target"] == ""


def test_csv_of_every_kind_has_the_record_columns(db, tmp_path):
    conn, _ = db
    for what, n in (("documents", 4), ("quotes", 3), ("events", 3), ("entities", 5)):
        path = tmp_path / f"{what}.csv"
        assert export(conn, what, "csv", path, io.StringIO()) == n
        with open(path, encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
        assert len(rows) == n
        assert not (tmp_path / f"{what}.csv.partial").exists()
    with open(tmp_path / "entities.csv", encoding="utf-8", newline="") as fh:
        top = next(csv.DictReader(fh))
    assert top["aliases"] == "جان إيف لودريان|لودريان"


def test_parquet_keeps_types(db, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    conn, _ = db
    assert export(conn, "events", "parquet", tmp_path / "e.parquet", io.StringIO()) == 3
    table = pq.read_table(tmp_path / "e.parquet")
    assert table.column_names == [name for name, _ in columns(EventRecord)]
    assert str(table.schema.field("lat").type) == "double"
    assert str(table.schema.field("sentence").type) == "int64"
    assert sorted(table.column("event_type").to_pylist()) == ["ASSAULT", "CONSULT", "PROTEST"]
    export(conn, "entities", "parquet", tmp_path / "n.parquet", io.StringIO())
    aliases = pq.read_table(tmp_path / "n.parquet").column("aliases").to_pylist()
    assert ["جان إيف لودريان", "لودريان"] in aliases


def test_bad_requests_are_clear_errors(db, tmp_path):
    conn, _ = db
    with pytest.raises(StoreError, match="give --output"):
        export(conn, "events", "parquet", None, io.StringIO())
    with pytest.raises(StoreError, match="cannot write"):
        export(conn, "events", "csv", tmp_path / "no" / "such" / "dir.csv", io.StringIO())
