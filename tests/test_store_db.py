"""The database file: schema migrations, connections, and documents stored and read back whole."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest
from store_samples import article_1, article_2, build_db

from rasd.store import StoreError, open_reader, open_writer, queries
from rasd.store.compact import pack, unpack
from rasd.store.schema import LATEST_VERSION, MIGRATIONS, migrate
from rasd.store.transaction import snapshot
from rasd.store.writer import store_document


def test_migrations_are_recorded_and_applied_once(tmp_path):
    db = tmp_path / "c.db"
    conn = open_writer(db)
    rows = conn.execute("SELECT version, name FROM schema_migrations ORDER BY version").fetchall()
    assert [tuple(r) for r in rows] == [(v, name) for v, name, _ in MIGRATIONS]
    assert migrate(conn) == []  # nothing left to apply
    conn.close()
    with closing(open_writer(db)) as again:
        assert again.execute("SELECT count(*) FROM schema_migrations").fetchone()[0] == len(MIGRATIONS)


def test_an_older_database_is_migrated_and_its_rows_indexed(tmp_path):
    db = tmp_path / "c.db"
    build_db(db)
    with closing(sqlite3.connect(db)) as old:  # as a database written before migration 2 was
        old.execute("DROP TABLE speakers_fts")
        old.execute("DELETE FROM schema_migrations WHERE version = 2")
        old.commit()
    with pytest.raises(StoreError, match="schema version 1"):
        open_reader(db)
    with closing(open_writer(db)) as conn:
        assert conn.execute("SELECT max(version) FROM schema_migrations").fetchone()[0] == LATEST_VERSION
        assert [q.doc_id for q in queries.quotes(conn, speaker="دي ميستورا").items] == ["ar-2"]


def test_writer_uses_wal_and_foreign_keys(tmp_path):
    with closing(open_writer(tmp_path / "c.db")) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("INSERT INTO sentences (doc, idx, start, \"end\") VALUES (999, 0, 0, 1)")


def test_reader_is_read_only(tmp_path):
    build_db(tmp_path / "c.db")
    with closing(open_reader(tmp_path / "c.db")) as conn:
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 4
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            conn.execute("DELETE FROM documents")


def test_reader_refuses_what_is_not_a_rasd_database(tmp_path):
    with pytest.raises(StoreError, match="no such database"):
        open_reader(tmp_path / "missing.db")
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match="not a usable rasd database"):
        open_reader(junk)
    with pytest.raises(StoreError, match="not a usable rasd database"):
        open_writer(junk)
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(StoreError, match="not a rasd database"):
        open_reader(other)


def test_reader_refuses_a_newer_schema(tmp_path):
    db = tmp_path / "c.db"
    with closing(open_writer(db)) as conn:
        conn.execute("INSERT INTO schema_migrations VALUES (?, 'from the future', '')", (LATEST_VERSION + 1,))
    with pytest.raises(StoreError, match="schema version"):
        open_reader(db)


def test_documents_round_trip_whole(tmp_path):
    docs = build_db(tmp_path / "c.db")
    with closing(open_reader(tmp_path / "c.db")) as conn:
        for doc in docs:
            stored = queries.get_document(conn, doc.id)
            assert stored is not None
            assert stored.document.to_dict() == doc.to_dict()
            assert stored.origin == f"samples:{doc.id}"
        assert queries.get_document(conn, "no-such-id") is None
        exported = list(queries.iter_documents(conn))
    assert exported == [doc.to_dict() for doc in docs]
    assert list(exported[0])[:3] == ["schema", "id", "text"]


def test_annotation_rows_quote_the_text(tmp_path):
    build_db(tmp_path / "c.db")
    with closing(open_reader(tmp_path / "c.db")) as conn:
        assert queries.counts(conn) == {"documents": 4, "sentences": 7, "entities": 5, "mentions": 7, "quotes": 3,
                                        "events": 3, "actors": 4}
        for table, start, end, text in (("mentions", "start", '"end"', "text"),
                                        ("quotes", "cue_start", "cue_end", "cue"),
                                        ("quotes", "speaker_start", "speaker_end", "speaker"),
                                        ("events", "trigger_start", "trigger_end", "trigger")):
            bad = conn.execute(
                f"SELECT count(*) FROM {table} t JOIN documents d ON d.id = t.doc "
                f"WHERE substr(d.text, t.{start} + 1, t.{end} - t.{start}) != t.{text}"
            ).fetchone()[0]
            assert bad == 0, table
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_a_reader_snapshot_keeps_its_view_while_the_writer_commits(tmp_path):
    path = tmp_path / "c.db"
    with closing(open_writer(path)) as writer:
        store_document(writer, article_1())
        with closing(open_reader(path)) as reader:
            with snapshot(reader):
                assert queries.documents(reader).total == 1
                store_document(writer, article_2())
                page = queries.documents(reader)
                assert (page.total, len(page.items)) == (1, 1)
                assert reader.execute("SELECT count(*) FROM documents").fetchone()[0] == 1
            assert not reader.in_transaction
            assert queries.documents(reader).total == 2


def test_same_text_is_stored_once(tmp_path):
    conn = open_writer(tmp_path / "c.db")
    assert store_document(conn, article_1())
    assert not store_document(conn, article_1())
    renamed = article_1()
    renamed.id = "another-id"
    assert not store_document(conn, renamed)  # keyed by the content, not the id
    assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 1
    row = conn.execute("SELECT mentions, documents FROM entities WHERE entity_id = 'per-ledrian'").fetchone()
    assert tuple(row) == (2, 1)


def test_an_id_reused_for_another_text_is_refused_and_nothing_is_written(tmp_path):
    conn = open_writer(tmp_path / "c.db")
    store_document(conn, article_1())
    clash = article_1()
    clash.text = clash.text.replace("المقبل", "القادم")
    with pytest.raises(StoreError, match="already stored for a different text"):
        store_document(conn, clash)
    assert queries.counts(conn)["documents"] == 1
    assert queries.counts(conn)["mentions"] == 3  # the failed document left no rows behind


def test_stored_json_keeps_span_texts_out_and_puts_them_back(tmp_path):
    doc = article_1()
    stored = pack(doc)
    assert doc.text not in stored and "المفاوضات في جنيف" not in stored
    assert unpack(stored, doc.text) == doc.to_dict()
    odd = article_1()
    odd.quotes[0].cue.text = "قال:"  # not text[start:end]: kept as it is
    assert unpack(pack(odd), odd.text) == odd.to_dict()
