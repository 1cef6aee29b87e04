"""The store commands: search, quotes, events, entities, show, export — formats, errors, exit status."""

from __future__ import annotations

import csv
import io
import json
import shlex
from pathlib import Path

import pytest
from store_samples import build_db

from rasd.cli import build_parser, main


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "c.db"
    build_db(path)
    return str(path)


def run(capsys, *argv):
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_search_json_and_table(db, capsys):
    status, out, err = run(capsys, "search", "بالمفاوضات", "--db", db, "--format", "json", "--limit", "2")
    assert status == 0
    data = json.loads(out)
    assert data["total"] == 3 and data["limit"] == 2 and len(data["items"]) == 2
    assert {"doc_id", "snippet", "matches", "score"} <= data["items"][0].keys()
    status, out, err = run(capsys, "search", "حمص", "--db", db)
    assert status == 0 and "sky-3" in out and "هجوم في حمص" in out
    assert "1–1 of 1" in err


def test_quotes_csv(db, capsys):
    status, out, _ = run(capsys, "quotes", "--speaker", "لودريان", "--about", "السياسي", "--db", db, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert status == 0
    assert [(r["doc_id"], r["quote"], r["content"]) for r in rows] == [("fr-1", "1", "الحل السياسي هو الطريق الوحيد")]


def test_events_and_entities(db, capsys):
    status, out, _ = run(capsys, "events", "--type", "ASSAULT", "--place", "حمص", "--db", db, "--format", "json")
    assert status == 0 and [e["source_code"] for e in json.loads(out)["items"]] == ["UAF"]
    status, out, _ = run(capsys, "entities", "--label", "per", "--top", "1", "--db", db, "--format", "json")
    data = json.loads(out)
    assert status == 0 and data["total"] == 2 and [e["entity_id"] for e in data["items"]] == ["per-ledrian"]
    status, out, _ = run(capsys, "entities", "--db", db)
    assert status == 0 and "ميستورا" in out and "LOC" in out


def test_show_formats(db, capsys):
    status, out, _ = run(capsys, "show", "sky-3", "--db", db, "--format", "json")
    assert status == 0 and json.loads(out)["events"][0]["type"] == "ASSAULT"
    status, out, _ = run(capsys, "show", "sky-3", "--db", db)
    assert status == 0 and "هاجم مسلحون" in out and "content hash" in out
    status, out, _ = run(capsys, "show", "sky-3", "--db", db, "--format", "csv")
    assert status == 0 and next(csv.DictReader(io.StringIO(out)))["events"] == "1"


def test_export_to_file(db, capsys, tmp_path):
    target = tmp_path / "events.tsv"
    status, _, err = run(capsys, "export", "--db", db, "--what", "events", "--format", "tsv", "--output", str(target))
    assert status == 0 and "wrote 3 events" in err
    assert target.read_text(encoding="utf-8").count("\n") == 4


@pytest.mark.parametrize("argv, message", [
    (["search", "المفاوضات", "--db", "missing.db"], "no such database"),
    (["search", "*", "--db", "{db}"], "nothing to search for"),
    (["events", "--since", "yesterday", "--db", "{db}"], "expected a date"),
    (["show", "nope", "--db", "{db}"], "no document with id 'nope'"),
    (["export", "--db", "{db}", "--what", "events", "--format", "parquet"], "give --output"),
])
def test_errors_are_one_line(db, capsys, argv, message):
    status, _, err = run(capsys, *[a.format(db=db) for a in argv])
    assert status == 2
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


def test_ingest_without_input_creates_or_migrates_the_database(capsys, tmp_path):
    db = tmp_path / "new.db"
    status, _, err = run(capsys, "ingest", "--db", str(db))
    assert status == 0 and "schema at version" in err
    status, out, _ = run(capsys, "search", "أي", "--db", str(db), "--format", "json")
    assert status == 0 and json.loads(out)["total"] == 0


def test_readme_store_commands_parse():
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    store = readme.split("\n## Store: ingest, search, query, export\n", 1)[1].split("\n## ", 1)[0]
    commands = [line for line in store.split("```sh\n", 1)[1].split("```", 1)[0].splitlines() if line.strip()]
    assert {shlex.split(c)[1] for c in commands} == {"ingest", "search", "quotes", "events", "entities", "show",
                                                     "export"}
    parser = build_parser()
    for command in commands:
        args = parser.parse_args(shlex.split(command)[1:])
        assert callable(args.run), command
