"""Quotes, events, entities and documents asked of a database: filters, paging and totals."""

from __future__ import annotations

from contextlib import closing

import pytest
from store_samples import build_db

from rasd.doc import Document, Entity, Meta
from rasd.errors import RasdError
from rasd.store import open_reader, open_writer, queries
from rasd.store.terms import QueryError
from rasd.store.writer import store_document


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("queries") / "c.db"
    build_db(path)
    with closing(open_reader(path)) as conn:
        yield conn


def test_quotes_by_speaker_match_inside_the_normalised_name(db):
    page = queries.quotes(db, speaker="ميستورا")
    assert [(q.doc_id, q.kind, q.speaker) for q in page.items] == [("ar-2", "direct", "دي ميستورا")]
    assert page.items[0].speaker_canonical == "ستيفان دي ميستورا"
    assert page.items[0].date == "2018-02-25"
    assert queries.quotes(db, speaker="لودريان").total == 2
    assert queries.quotes(db, speaker="لوديان").total == 0
    assert queries.quotes(db, speaker="ستيفان ميستورا").total == 0  # the words in their order
    with pytest.raises(QueryError):
        queries.quotes(db, speaker="%")
    assert queries.quotes(db).total == 3


def test_quotes_about_a_subject_search_the_content(db):
    assert [q.doc_id for q in queries.quotes(db, about="المفاوضات").items] == ["ar-2", "fr-1"]
    assert [q.quote for q in queries.quotes(db, about="الحل السياسي").items] == [1]
    assert queries.quotes(db, about="المفاوضات", speaker="لودريان").total == 1


def test_quote_records_locate_the_content(db):
    q = queries.quotes(db, speaker="لودريان").items[-1]
    text = queries.get_document(db, q.doc_id).document.text
    assert text[q.content_start : q.content_end] == q.content
    assert q.sentence == 1 and q.cue == "وأضاف" and q.speaker_role == "وزير الخارجية"


def test_events_filters(db):
    assert [e.event_type for e in queries.events(db).items] == ["ASSAULT", "CONSULT", "PROTEST"]
    assault = queries.events(db, type="assault").items
    assert len(assault) == 1
    e = assault[0]
    assert (e.source, e.source_code, e.target, e.target_code, e.place, e.country) == (
        "مسلحون", "UAF", "مركز أمني", "SYRCOP", "حمص", "SY")
    assert e.sentence_text == "هاجم مسلحون مركزا أمنيا في حمص يوم السبت."
    assert e.date == "2018-03-03"
    assert [e.doc_id for e in queries.events(db, type="19").items] == ["sky-3"]
    assert [e.doc_id for e in queries.events(db, actor="لودريان").items] == ["fr-1"]
    assert [e.doc_id for e in queries.events(db, actor="syrcop").items] == ["sky-3"]
    assert [e.doc_id for e in queries.events(db, place="sy").items] == ["sky-3"]
    assert [e.doc_id for e in queries.events(db, place="تونس").items] == ["tn-4"]


def test_event_dates_fall_back_to_publication(db):
    protest = queries.events(db, type="PROTEST").items[0]
    assert protest.date == "2018-01-10"  # the text gives no date: the article's
    assert [e.doc_id for e in queries.events(db, since="2018-02-01", until="2018-02-28").items] == ["fr-1"]
    assert [e.doc_id for e in queries.events(db, since="2018-03").items] == ["sky-3"]
    with pytest.raises(RasdError, match="expected a date"):
        queries.events(db, since="last week")


def test_entities_top_and_label(db):
    page = queries.entities(db, limit=2)
    assert page.total == 5
    assert [e.canonical for e in page.items] == ["جان إيف لودريان", "ستيفان دي ميستورا"]
    assert page.items[1].aliases == ["دي ميستورا", "ستيفان دي ميستورا"]
    assert page.items[1].mentions == 2 and page.items[1].documents == 1
    assert [e.canonical for e in queries.entities(db, label="loc").items] == ["جنيف", "حمص", "تونس"]
    assert [e.entity_id for e in queries.entities(db, name="ميستورا").items] == ["per-demistura"]


def test_paging_is_stable_and_totals_are_whole(db):
    pages = [queries.quotes(db, limit=1, offset=i) for i in range(4)]
    assert [p.total for p in pages] == [3, 3, 3, 3]
    assert [len(p.items) for p in pages] == [1, 1, 1, 0]
    assert len({(p.items[0].doc_id, p.items[0].quote) for p in pages[:3]}) == 3
    assert queries.documents(db, limit=10_000).limit == queries.MAX_LIMIT


def test_documents_listing(db):
    page = queries.documents(db, source="alarabia")
    assert [(d.doc_id, d.sentences, d.entities, d.quotes, d.events) for d in page.items] == [("ar-2", 2, 2, 1, 0)]
    assert [d.doc_id for d in queries.documents(db).items] == ["sky-3", "ar-2", "fr-1", "tn-4"]
    assert queries.documents(db, doc_id="fr-1").items[0].content_hash


def test_an_identity_shows_the_name_most_articles_give(tmp_path):
    conn = open_writer(tmp_path / "c.db")

    def mention(text, doc_id, canonical):
        doc = Document(text, id=doc_id, meta=Meta())
        doc.entities = [Entity(0, 5, text[:5], "PER", canonical, "per-x")]
        store_document(conn, doc)

    mention("سلمان زار", "a", "سلمان بن عبدالعزيز")
    mention("سلمان قال", "b", "الملك سلمان")
    mention("سلمان رحب", "c", "الملك سلمان")
    entity = queries.entities(conn).items[0]
    assert (entity.canonical, entity.mentions, entity.documents) == ("الملك سلمان", 3, 3)
    assert queries.entities(conn, name="الملك").total == 1

