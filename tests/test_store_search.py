"""Arabic full-text search: inflected forms found, query syntax and SQL metacharacters harmless."""

from __future__ import annotations

from contextlib import closing

import pytest
from store_samples import build_db

from rasd.doc import Document, Meta
from rasd.store import open_reader, open_writer
from rasd.store import search as search_module
from rasd.store.queries import Filter
from rasd.store.search import search
from rasd.store.terms import QueryError, index_text, match_expression, variants, words
from rasd.store.writer import store_document


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("search") / "c.db"
    build_db(path)
    with closing(open_reader(path)) as conn:
        yield conn


def ids(conn, query, **kw):
    return sorted(h.doc_id for h in search(conn, query, **kw).items)


@pytest.mark.parametrize("form", ["والمفاوضات", "المفاوضاتُ", "بالمفاوضات", "المفاوضات", "للمفاوضات", "فالمفاوضات"])
def test_clitic_and_diacritic_forms_share_one_key(form):
    assert index_text(form) == "مفاوضات"
    assert variants(words(form)[0]) == ["مفاوضات"]


def test_a_word_finds_its_inflected_forms(db):
    # fr-1 has المفاوضات, ar-2 بالمفاوضات and والمفاوضاتُ, sky-3 والمفاوضات; tn-4 none.
    assert ids(db, "المفاوضات") == ["ar-2", "fr-1", "sky-3"]
    assert ids(db, "مفاوضات") == ["ar-2", "fr-1", "sky-3"]
    assert ids(db, "والمفاوضات") == ["ar-2", "fr-1", "sky-3"]


def test_word_with_a_root_letter_like_a_clitic_is_found_in_all_its_forms(tmp_path):
    conn = open_writer(tmp_path / "c.db")
    texts = {"a": "التقى وزير الدفاع نظيره.", "b": "وصل الوزير إلى بيروت.", "c": "رحب بوزير الخارجية.",
             "d": "ولبنان بلد صغير.", "e": "زار للبنان وفد.", "f": "لا علاقة لهذا النص."}
    for doc_id, text in texts.items():
        store_document(conn, Document(text, id=doc_id))
    assert ids(conn, "وزير") == ["a", "b", "c"]
    assert ids(conn, "الوزير") == ["a", "b", "c"]
    assert ids(conn, "لبنان") == ["d", "e"]


def test_title_matches_and_ranks_first(db):
    hits = search(db, "حمص").items
    assert [h.doc_id for h in hits] == ["sky-3"]
    assert hits[0].score < 0  # bm25: lower is better


def test_words_are_all_required_unless_or(db):
    assert ids(db, "المفاوضات جنيف") == ["fr-1"]
    assert ids(db, "جنيف OR تونس") == ["fr-1", "tn-4"]
    assert ids(db, "حمص OR") == ["sky-3"]


def test_phrase_and_prefix(db):
    assert ids(db, '"الحل السياسي"') == ["fr-1"]
    assert ids(db, '"السياسي الحل"') == []
    assert ids(db, "انفراج*") == ["ar-2"]


def test_filters_and_paging(db):
    assert ids(db, "المفاوضات", source="alarabia") == ["ar-2"]
    assert ids(db, "المفاوضات", since="2018-02-21") == ["ar-2", "sky-3"]
    assert ids(db, "المفاوضات", until="2018-02") == ["ar-2", "fr-1"]
    first = search(db, "المفاوضات", limit=2)
    rest = search(db, "المفاوضات", limit=2, offset=2)
    assert (first.total, rest.total, len(first.items), len(rest.items)) == (3, 3, 2, 1)
    assert {h.doc_id for h in first.items} | {h.doc_id for h in rest.items} == {"ar-2", "fr-1", "sky-3"}


def test_matches_are_spans_of_the_original_text(db):
    hit = next(h for h in search(db, "المفاوضات").items if h.doc_id == "ar-2")
    assert len(hit.matches) == 2
    stored = db.execute("SELECT text FROM documents WHERE doc_id = 'ar-2'").fetchone()[0]
    assert [stored[s:e] for s, e in hit.matches] == ["بالمفاوضات", "والمفاوضاتُ"]
    assert stored[hit.snippet_start:].startswith(hit.snippet)


NASTY = ['"', '""', "*", "OR", "AND", "NOT", "NEAR(", "(", ")", "^", ":", "title:حمص", "'; DROP TABLE documents; --",
         '"; DROP TABLE documents; --', "المفاوضات' OR '1'='1", 'حمص" OR "a', "%", "_", "\\", "حمص*)", "- -", "{}"]


@pytest.mark.parametrize("query", NASTY)
def test_metacharacters_neither_crash_nor_inject(db, query):
    try:
        page = search(db, query)
    except QueryError:
        return  # nothing searchable in it: a clear error, not a crash
    assert page.total == len(page.items) or page.total > len(page.items)
    assert db.execute("SELECT count(*) FROM documents").fetchone()[0] == 4


def test_injection_attempts_search_for_their_words(db):
    assert ids(db, "'; DROP TABLE documents; --") == []
    assert ids(db, "حمص' OR '1'='1") == ["sky-3"]  # حمص, or the word 1 twice: not every row
    assert ids(db, "title:حمص") == []  # no column filters from users: "title" is a word like any other


def test_expression_quotes_every_term():
    expr = match_expression('حمص NEAR(x) "a b" c*')
    for token in ("NEAR", "x", "c"):
        assert f'"{token}' in expr or f'"{token.lower()}' in expr
    assert expr.count('"') % 2 == 0
    with pytest.raises(QueryError):
        match_expression("* () OR -")


def test_meta_has_no_effect_on_matching(tmp_path):
    conn = open_writer(tmp_path / "c.db")
    store_document(conn, Document("نص قصير", id="x", meta=Meta(source="حمص")))
    assert ids(conn, "حمص") == []


def test_callers_add_their_own_conditions(db):
    events_of_type = Filter()
    events_of_type.add("d.id IN (SELECT e.doc FROM events e WHERE e.type = ?)", "ASSAULT")
    page = search(db, "المفاوضات", where=events_of_type)
    assert ([h.doc_id for h in page.items], page.total) == (["sky-3"], 1)


def test_large_result_sets_rank_the_newest_window_then_list_the_rest(tmp_path, monkeypatch):
    monkeypatch.setattr(search_module, "RANK_WINDOW", 4)
    conn = open_writer(tmp_path / "c.db")
    for i in range(10):
        text = "المفاوضات " * (1 + i % 3) + f"نص رقم {i} عن موضوع آخر تماما وطويل بعض الشيء."
        store_document(conn, Document(text, id=f"d{i}"))
    everything = search(conn, "المفاوضات", limit=100)
    assert everything.total == 10
    ids = [h.doc_id for h in everything.items]
    assert sorted(ids[:4]) == ["d6", "d7", "d8", "d9"]  # the newest four, ranked
    assert [h.score for h in everything.items[:4]] == sorted(h.score for h in everything.items[:4])
    assert ids[4:] == ["d5", "d4", "d3", "d2", "d1", "d0"] and {h.score for h in everything.items[4:]} == {None}
    paged = [h.doc_id for offset in range(0, 10, 3) for h in search(conn, "المفاوضات", limit=3, offset=offset).items]
    assert paged == ids


def test_latin_words_match_whatever_their_case(tmp_path):
    conn = open_writer(tmp_path / "c.db")
    store_document(conn, Document("قال Donald TRUMP إن الاتفاق انتهى.", id="t"))
    hit = search(conn, "trump").items[0]
    assert [hit.snippet[s - hit.snippet_start : e - hit.snippet_start] for s, e in hit.matches] == ["TRUMP"]
