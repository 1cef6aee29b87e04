"""Ingest into a real database file: idempotent, resumable after SIGKILL, readable while it runs."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

from rasd.pipeline import Pipeline, RawDocument
from rasd.store import open_reader, queries
from rasd.store.ingest import estimate_records, ingest, read_paths
from rasd.store.search import search
from rasd.store.transaction import snapshot

REPO = Path(__file__).resolve().parents[1]
SUBJECTS = ["وزير الخارجية", "المتحدث باسم الحكومة", "رئيس الوزراء", "المبعوث الأممي", "قائد الشرطة"]
VERBS = ["قال", "أكد", "أعلن", "أوضح"]
TOPICS = ["المفاوضات ستستأنف قريبا", "الوضع الأمني مستقر", "الاتفاق سيوقع الأسبوع المقبل", "الانتخابات في موعدها"]
PLACES = ["دمشق", "بيروت", "عمان", "القاهرة", "تونس", "بغداد"]


def article(i: int) -> dict[str, str]:
    """A distinct short article for record ``i``."""
    s, v = SUBJECTS[i % len(SUBJECTS)], VERBS[i % len(VERBS)]
    t, p = TOPICS[i % len(TOPICS)], PLACES[i % len(PLACES)]
    text = f"{v} {s} في {p} إن {t}. وأضاف أن اللقاء رقم {i} عقد أمس في {p}.\nوتابع: «لا تراجع عن الحوار»."
    return {"id": f"n{i}", "title": f"خبر {i} من {p}", "published": f"2018-0{1 + i % 9}-1{i % 10}", "text": text}


def write_jsonl(path: Path, records: list[dict | str]) -> Path:
    with open(path, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n")
    return path


def count(db: Path, table: str = "documents") -> int:
    try:
        with closing(open_reader(db)) as conn:
            return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    except Exception:  # not created yet
        return 0


def start_ingest(*args: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen([sys.executable, "-m", "rasd", "ingest", "--quiet", *args], cwd=REPO, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def assert_consistent(db: Path, n: int) -> None:
    """Exactly n documents, each once, all their rows there, and the index in step."""
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("SELECT count(*), count(DISTINCT doc_id), count(DISTINCT content_hash) FROM documents"
                            ).fetchone() == (n, n, n)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM documents d WHERE n_sentences != "
                            "(SELECT count(*) FROM sentences s WHERE s.doc = d.id)").fetchone()[0] == 0
        indexed = conn.execute("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'لقاء'").fetchone()[0]
        assert indexed == n


def test_same_input_twice_stores_each_article_once(tmp_path):
    records = [article(i) for i in range(30)]
    source = write_jsonl(tmp_path / "a.jsonl", [*records, records[3], "{broken json", {"title": "no text"}])
    db = tmp_path / "c.db"
    failures = []
    first = ingest(db, read_paths([str(source)]), on_record=lambda outcome, err: err and failures.append(str(err)))
    assert (first.added, first.duplicates, first.failed) == (30, 1, 2)
    assert failures[0].startswith(f"{source}:32") and failures[1].startswith(f"{source}:33")
    again = ingest(db, read_paths([str(source)]))
    assert (again.added, again.duplicates, again.failed) == (0, 31, 2)
    assert_consistent(db, 30)
    with closing(open_reader(db)) as conn:
        assert search(conn, "اللقاء").total == 30
        assert queries.get_document(conn, "n7").document.text == records[7]["text"]
        assert queries.get_document(conn, "n7").origin == f"{source}:8"


def test_stored_records_are_not_analysed_again(tmp_path):
    db = tmp_path / "c.db"
    records = [RawDocument(article(i)["text"], id=f"n{i}") for i in range(10)]
    ingest(db, records[:6])
    analysed = []

    class Spy:
        name, requires, provides = "spy", (), ("spy",)

        def __call__(self, doc):
            analysed.append(doc.id)
            return doc

    report = ingest(db, records, pipeline=Pipeline([*Pipeline().stages, Spy()]))
    assert analysed == ["n6", "n7", "n8", "n9"]
    assert (report.added, report.duplicates) == (4, 6)


def test_analysis_in_two_processes_keeps_every_record(tmp_path):
    db = tmp_path / "c.db"
    source = write_jsonl(tmp_path / "a.jsonl", [article(i) for i in range(40)])
    report = ingest(db, read_paths([str(source)]), n_process=2)
    assert report.added == 40
    with closing(open_reader(db)) as conn:
        for i in (0, 17, 39):
            stored = queries.get_document(conn, f"n{i}")
            assert stored.document.text == article(i)["text"] and stored.origin == f"{source}:{i + 1}"


def test_estimate_counts_records_cheaply(tmp_path):
    source = write_jsonl(tmp_path / "a.jsonl", [article(i) for i in range(12)])
    folder = tmp_path / "dir"
    folder.mkdir()
    for i in range(3):
        (folder / f"{i}.txt").write_text(article(i)["text"], encoding="utf-8")
    assert estimate_records([str(source), str(folder)]) == 15
    assert estimate_records(["-"]) is None


def test_cli_reports_bad_records_and_a_summary(tmp_path):
    source = write_jsonl(tmp_path / "a.jsonl", [article(1), "not json", article(2), article(1)])
    folder = tmp_path / "dir"
    folder.mkdir()
    (folder / "x.txt").write_text(article(5)["text"], encoding="utf-8")
    (folder / "empty.txt").write_text("  \n", encoding="utf-8")
    db = tmp_path / "c.db"
    proc = start_ingest(str(source), str(folder), "--db", str(db))
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 1, err
    assert f"{source}:2" in err and "empty.txt" in err and "Traceback" not in err
    assert "added 3, skipped 1 already stored, failed 2" in err
    missing = start_ingest(str(tmp_path / "nope.jsonl"), "--db", str(db))
    _, err = missing.communicate(timeout=60)
    assert missing.returncode == 2 and "nope.jsonl: no such file or directory" in err


def test_sigkill_mid_way_then_rerun_loses_and_duplicates_nothing(tmp_path):
    n = 600
    source = write_jsonl(tmp_path / "a.jsonl", [article(i) for i in range(n)])
    db = tmp_path / "c.db"
    proc = start_ingest(str(source), "--db", str(db))
    deadline = time.monotonic() + 120
    while count(db) < 100 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    assert proc.poll() is None, "ingest finished before it could be interrupted"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    stored = count(db)
    assert 100 <= stored < n
    rerun = start_ingest(str(source), "--db", str(db))
    _, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err
    assert f"added {n - stored}, skipped {stored} already stored, failed 0" in err
    assert_consistent(db, n)


def test_readers_query_while_ingest_writes(tmp_path):
    n = 400
    source = write_jsonl(tmp_path / "a.jsonl", [article(i) for i in range(n)])
    db = tmp_path / "c.db"
    proc = start_ingest(str(source), "--db", str(db))
    seen, polls = [], 0
    while proc.poll() is None:
        if db.exists() and count(db, "schema_migrations"):
            with closing(open_reader(db)) as conn, snapshot(conn):
                total = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
                hits = search(conn, "المفاوضات", limit=5).total
                assert hits <= total
                assert queries.quotes(conn, limit=5).total >= 0
                seen.append(total)
            polls += 1
        time.sleep(0.02)
    _, err = proc.communicate()
    assert proc.returncode == 0, err
    assert seen == sorted(seen), "a reader saw the count go down"
    assert polls >= 3 and any(0 < s < n for s in seen), "no read happened during the ingest"
    assert count(db) == n


def test_database_path_errors_are_clear(tmp_path):
    proc = start_ingest(str(write_jsonl(tmp_path / "a.jsonl", [article(0)])), "--db", str(tmp_path / "no" / "c.db"))
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 2 and "does not exist" in err and "Traceback" not in err
