"""rasd on Spark (local[2]): the same records as one machine, bad records kept in an errors table."""

from __future__ import annotations

import gzip
import json
import os
import shutil
from dataclasses import asdict
from itertools import islice
from pathlib import Path
from typing import Any

import pytest
from helpers import iter_news

pytest.importorskip("pyspark", reason="needs the spark extra: pip install 'rasd[spark]'")
if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
    pytest.skip("needs Java 17 for Spark (no java on PATH, no JAVA_HOME)", allow_module_level=True)

import pandas as pd
import pyarrow.dataset as ds
from pyspark.sql import SparkSession

from rasd import records
from rasd import spark as job
from rasd.cli import main
from rasd.doc import Document
from rasd.pipeline import Pipeline
from rasd.spark_load import load_parquet
from rasd.store.db import open_reader
from rasd.store.queries import iter_records
from rasd.store.records import RECORDS, columns

N_ARTICLES = 200
STRIDE = 157  # spreads the sample over the corpus's five sources
LOCAL = {"spark.ui.enabled": "false", "spark.sql.shuffle.partitions": "4"}


@pytest.fixture(scope="module")
def spark_module():
    """local[2] for the module; a session stopped by the CLI test is simply made again by getOrCreate."""
    yield
    active = SparkSession.getActiveSession()
    if active is not None:
        active.stop()


@pytest.fixture
def spark(spark_module) -> SparkSession:
    return job.session("local[2]", LOCAL)


def table(directory: Path, name: str) -> list[dict[str, Any]]:
    return ds.dataset(directory / name, format="parquet").to_table().to_pylist()


def key(row: dict[str, Any]) -> str:
    return json.dumps(row, ensure_ascii=False, sort_keys=True)


def as_rows(items: list[Any]) -> list[dict[str, Any]]:
    return sorted((asdict(item) for item in items), key=key)


def write_jsonl(path: Path, items: list[dict[str, Any] | str]) -> Path:
    lines = [item if isinstance(item, str) else json.dumps(item, ensure_ascii=False) for item in items]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def news_run(spark_module, tmp_path_factory) -> tuple[Path, Path, list[Document], set[str]]:
    """200 articles analysed by `rasd spark run`'s job and by `rasd analyze`: (input, Spark output, the documents
    `rasd analyze` wrote, the ids of the records it reported as failed)."""
    work = tmp_path_factory.mktemp("spark-news")
    sample = list(islice(islice(iter_news(), 0, None, STRIDE), N_ARTICLES))
    source = write_jsonl(work / "news.jsonl", sample)
    job.run(job.session("local[2]", LOCAL), str(source), str(work / "out"))
    analysed = work / "analysed.jsonl"
    status = main(["analyze", str(source), "--format", "jsonl", "--n-process", "2", "--output", str(analysed)])
    local = [Document.from_dict(json.loads(line)) for line in analysed.read_text(encoding="utf-8").splitlines()]
    failed = {item["id"] for item in sample} - {doc.id for doc in local}
    assert status == (1 if failed else 0)
    return source, work / "out", local, failed


def test_spark_output_equals_rasd_analyze_record_for_record(news_run) -> None:
    source, out, local, failed = news_run
    spark_docs = {row["doc_id"]: json.loads(row["json"]) for row in table(out, "documents_json")}
    assert spark_docs == {doc.id: doc.to_dict() for doc in local}
    origin = f"file:{source}"
    assert sorted(table(out, "documents"), key=key) == as_rows([records.document_record(d, origin) for d in local])
    assert sorted(table(out, "quotes"), key=key) == as_rows([q for d in local for q in records.quote_records(d)])
    assert sorted(table(out, "events"), key=key) == as_rows([e for d in local for e in records.event_records(d)])
    assert sorted(table(out, "entities"), key=key) == as_rows(records.entity_records(local))
    assert {r["doc_id"] for r in table(out, "errors")} == failed
    assert len(local) >= N_ARTICLES // 2, f"the pipeline failed on {len(failed)} articles: {sorted(failed)}"
    provided = {name for stage in Pipeline().stages for name in stage.provides}
    for kind in ("entities", "quotes", "events"):
        if kind in provided:  # the comparison is not vacuous for what the pipeline finds
            assert any(getattr(d, kind) for d in local), f"no {kind} in {N_ARTICLES} articles"


def test_output_columns_are_the_store_export_columns(news_run) -> None:
    out = news_run[1]
    for name in job.RECORD_TABLES:
        schema = ds.dataset(out / name, format="parquet").schema
        assert schema.names == [c for c, _ in columns(RECORDS[name])]


def test_loading_the_output_gives_the_store_the_same_records(news_run, tmp_path) -> None:
    _, out, local, failed = news_run
    db = tmp_path / "corpus.db"
    first = load_parquet(db, out)
    assert (first.added, first.duplicates, first.failed) == (len(local), 0, len(failed))
    again = load_parquet(db, out)
    assert (again.added, again.duplicates, again.failed) == (0, len(local), len(failed))
    conn = open_reader(db)
    try:
        for name in ("documents", "quotes", "events"):
            assert as_rows(list(iter_records(conn, name))) == sorted(table(out, name), key=key), name
        # Label and canonical name of an identity are those of the first document stored, in the store.
        stored = {e.entity_id: (e.aliases, e.mentions, e.documents) for e in iter_records(conn, "entities")}
    finally:
        conn.close()
    assert stored == {r["entity_id"]: (r["aliases"], r["mentions"], r["documents"]) for r in table(out, "entities")}


def test_ingest_from_parquet_command(news_run, tmp_path, capsys) -> None:
    _, out, local, failed = news_run
    db = tmp_path / "corpus.db"
    expected = 1 if failed else 0
    assert main(["ingest", "--from-parquet", str(out), "--db", str(db), "--quiet"]) == expected
    assert f"added {len(local)}, skipped 0 already stored, failed {len(failed)}" in capsys.readouterr().err
    assert main(["ingest", "--from-parquet", str(out), "--db", str(db), "--quiet"]) == expected
    assert f"added 0, skipped {len(local)} already stored" in capsys.readouterr().err
    assert main(["ingest", "--from-parquet", str(tmp_path), "--db", str(db), "--quiet"]) == 2
    assert capsys.readouterr().err.strip() == (
        f"rasd: error: {tmp_path}: no documents_json table: not an output of `rasd spark run`"
    )


BROKEN_LINES = [
    {"id": "good-1", "text": "قال المتحدث باسم الأمم المتحدة إن المحادثات ستستأنف في جنيف.", "published": "2017-02-26"},
    "{this is not json",
    "[1, 2, 3]",
    {"id": "no-text", "title": "عنوان"},
    {"id": "empty", "text": "   "},
    {"id": "number", "text": 42},
    {"id": "good-2", "text": "أعلنت وزارة الخارجية الروسية أن الوفد سيصل إلى موسكو غدا."},
]


def test_a_directory_of_article_files(spark, tmp_path) -> None:
    articles = tmp_path / "articles"
    (articles / "2017").mkdir(parents=True)
    (articles / "2017" / "a.txt").write_text(BROKEN_LINES[0]["text"], encoding="utf-8")
    (articles / "b.txt.gz").write_bytes(gzip.compress(BROKEN_LINES[-1]["text"].encode("utf-8")))
    (articles / "empty.txt").write_text("\n", encoding="utf-8")
    (articles / "bad.jsonl.gz").write_bytes(b"not gzip at all")
    write_jsonl(articles / "more.jsonl", [BROKEN_LINES[0], "{oops"])
    (articles / "notes.md").write_text("not an article", encoding="utf-8")
    summary = job.run(spark, str(articles), str(tmp_path / "out"))
    assert summary.input_format == "files"
    docs = table(tmp_path / "out", "documents")
    assert sorted(Path(r["origin"]).name for r in docs) == ["a.txt", "b.txt.gz", "more.jsonl:1"]
    errors = {Path(r["origin"]).name: r["reason"] for r in table(tmp_path / "out", "errors")}
    assert errors == {"empty.txt": "empty document", "bad.jsonl.gz": "not a valid gzip file",
                      "more.jsonl:2": errors["more.jsonl:2"]}
    assert errors["more.jsonl:2"].startswith("invalid JSON:")


def test_parquet_input_and_format_detection(spark, tmp_path) -> None:
    rows = [{"id": "p1", "text": BROKEN_LINES[0]["text"], "published": "2017-02-26"}, {"id": "p2", "text": None}]
    (tmp_path / "in").mkdir()
    pd.DataFrame(rows).to_parquet(tmp_path / "in" / "part-0.parquet")
    assert job.detect_format(str(tmp_path / "in")) == "parquet"
    summary = job.run(spark, str(tmp_path / "in"), str(tmp_path / "out"))
    assert (summary.input_format, summary.rows["documents"], summary.rows["errors"]) == ("parquet", 1, 1)
    (doc,) = table(tmp_path / "out", "documents")
    assert (doc["doc_id"], doc["published"]) == ("p1", "2017-02-26")


def test_analysis_failure_is_an_error_row(monkeypatch) -> None:
    class Failing:
        name, requires, provides = "failing", (), ()

        def __call__(self, doc: Document) -> Document:
            raise RuntimeError("stage broke")

    monkeypatch.setattr(job, "_pipeline", Pipeline([Failing()]))
    batch = pd.DataFrame({"origin": ["x.jsonl"], "record": ['{"id": "a", "text": "نص"}'], "error": [None]})
    (out,) = list(job.analyze_partition(iter([batch])))
    assert out.to_dict("records") == [{
        "table": "errors", "doc_id": "a", "origin": "x.jsonl",
        "row": json.dumps({"origin": "x.jsonl", "doc_id": "a", "reason": "analysis failed: RuntimeError: stage broke"},
                          ensure_ascii=False),
    }]  # fmt: skip


def test_cli_bad_conf_is_a_one_line_error(capsys) -> None:
    assert main(["spark", "run", "in", "out", "--conf", "no-equals-sign"]) == 2
    assert capsys.readouterr().err.strip() == "rasd: error: --conf 'no-equals-sign': expected KEY=VALUE"


def test_broken_records_go_to_the_errors_table_and_the_cli_reports_them(spark, tmp_path, capsys) -> None:
    """Last in the module: the command stops the session when it is done."""
    source = write_jsonl(tmp_path / "broken.jsonl", BROKEN_LINES)
    out = tmp_path / "out"
    assert main(["spark", "run", str(source), str(out), "--partitions", "2"]) == 1
    err = capsys.readouterr().err
    assert "documents 2," in err and "errors 5" in err and "5 record(s) failed" in err
    assert sorted(r["doc_id"] for r in table(out, "documents")) == ["good-1", "good-2"]
    errors = table(out, "errors")
    reasons = {r["doc_id"]: r["reason"] for r in errors}
    assert reasons["no-text"] == 'no "text" field'
    assert reasons["empty"] == "empty document"
    assert reasons["number"] == '"text" must be a string, not int'
    unnamed = sorted(r["reason"] for r in errors if r["doc_id"] is None)
    assert unnamed[0] == "expected a JSON object, got list" and unnamed[1].startswith("invalid JSON:")
    assert {r["origin"] for r in errors} == {f"file:{source}"}
    assert main(["spark", "run", str(source), str(out)]) == 2
    message = capsys.readouterr().err.strip().splitlines()[-1]
    tables = ", ".join(job.TABLES)
    assert message == f"rasd: error: {out}: already holds {tables}: choose another output or overwrite it"
