"""Hand-made analysed documents for the store tests: the annotations are written here, not predicted."""

from __future__ import annotations

import re
from pathlib import Path

from rasd.doc import Actor, Document, Entity, Event, Location, Meta, Quote, Sentence, Span, Speaker
from rasd.store import open_writer
from rasd.store.writer import store_document


def find(text: str, surface: str, after: int = 0) -> Span:
    start = text.index(surface, after)
    return Span(start, start + len(surface), surface)


def sentences(text: str) -> list[Sentence]:
    return [Sentence(m.start(), m.end()) for m in re.finditer(r"[^.!؟\n]+[.!؟]?", text) if m.group().strip()]


def article_1() -> Document:
    text = (
        "قال وزير الخارجية الفرنسي جان إيف لودريان إن المفاوضات في جنيف ستستأنف الأسبوع المقبل. "
        "وأضاف لودريان أن الحل السياسي هو الطريق الوحيد."
    )
    doc = Document(text, id="fr-1", meta=Meta(title="لودريان: المفاوضات تستأنف", source="france24",
                                               published="2018-02-20"))
    doc.sentences = sentences(text)
    s = find(text, "جان إيف لودريان")
    s2 = find(text, "لودريان", s.end)
    geneva = find(text, "جنيف")
    doc.entities = [
        Entity(s.start, s.end, s.text, "PER", "جان إيف لودريان", "per-ledrian"),
        Entity(s2.start, s2.end, s2.text, "PER", "جان إيف لودريان", "per-ledrian"),
        Entity(geneva.start, geneva.end, geneva.text, "LOC", "جنيف", "loc-geneva"),
    ]
    content = find(text, "المفاوضات في جنيف ستستأنف الأسبوع المقبل")
    content2 = find(text, "الحل السياسي هو الطريق الوحيد")
    doc.quotes = [
        Quote(content, "indirect", Speaker(s.start, s.end, s.text, "جان إيف لودريان"), find(text, "قال")),
        Quote(content2, "indirect", Speaker(s2.start, s2.end, s2.text, "جان إيف لودريان"), find(text, "وأضاف"),
              speaker_role="وزير الخارجية"),
    ]
    trigger = find(text, "قال")
    doc.events = [Event("CONSULT", trigger, 0, cameo="040",
                        source=Actor(s.start, s.end, s.text, "جان إيف لودريان", "FRAGOV"),
                        location=Location(geneva.start, geneva.end, geneva.text, "CH", 46.2, 6.15),
                        date="2018-02-20")]
    return doc


def article_2() -> Document:
    text = (
        "رحب المبعوث الأممي ستيفان دي ميستورا بالمفاوضات المباشرة بين الوفدين. "
        "وقال دي ميستورا: «لا نتوقع انفراجة سريعة، لكن والمفاوضاتُ مستمرة»."
    )
    doc = Document(text, id="ar-2", meta=Meta(title="دي ميستورا يرحب", source="alarabia", published="2018-02-25"))
    doc.sentences = sentences(text)
    full = find(text, "ستيفان دي ميستورا")
    short = find(text, "دي ميستورا", full.end)
    doc.entities = [
        Entity(full.start, full.end, full.text, "PER", "ستيفان دي ميستورا", "per-demistura"),
        Entity(short.start, short.end, short.text, "PER", "ستيفان دي ميستورا", "per-demistura"),
    ]
    content = find(text, "لا نتوقع انفراجة سريعة، لكن والمفاوضاتُ مستمرة")
    doc.quotes = [Quote(content, "direct", Speaker(short.start, short.end, short.text, "ستيفان دي ميستورا"),
                        find(text, "وقال"))]
    return doc


def article_3() -> Document:
    text = "هاجم مسلحون مركزا أمنيا في حمص يوم السبت. والمفاوضات متوقفة منذ أسبوع."
    doc = Document(text, id="sky-3", meta=Meta(title="هجوم في حمص", source="skynews", published="2018-03-04"))
    doc.sentences = sentences(text)
    homs = find(text, "حمص")
    doc.entities = [Entity(homs.start, homs.end, homs.text, "LOC", "حمص", "loc-homs")]
    gunmen, target = find(text, "مسلحون"), find(text, "مركزا أمنيا")
    doc.events = [Event("ASSAULT", find(text, "هاجم"), 0, cameo="190", mode="firearms",
                        source=Actor(gunmen.start, gunmen.end, gunmen.text, "مسلحون", "UAF"),
                        target=Actor(target.start, target.end, target.text, "مركز أمني", "SYRCOP"),
                        location=Location(homs.start, homs.end, homs.text, "SY", 34.73, 36.72),
                        date="2018-03-03")]
    return doc


def article_4() -> Document:
    text = "تظاهر مئات الطلاب في تونس احتجاجا على ارتفاع الأسعار."
    doc = Document(text, id="tn-4", meta=Meta(title="مظاهرة طلابية", source="jawharafm", published="2018-01-10"))
    doc.sentences = sentences(text)
    tunis, students = find(text, "تونس"), find(text, "الطلاب")
    doc.entities = [Entity(tunis.start, tunis.end, tunis.text, "LOC", "تونس", "loc-tunis")]
    doc.events = [Event("PROTEST", find(text, "تظاهر"), 0, cameo="141",
                        source=Actor(students.start, students.end, students.text, "طلاب", "TUNEDU"),
                        location=Location(tunis.start, tunis.end, tunis.text, "TN", 36.8, 10.18))]
    return doc


ARTICLES = (article_1, article_2, article_3, article_4)


def build_db(path: Path) -> list[Document]:
    """A database holding the four articles; returns them."""
    docs = [make() for make in ARTICLES]
    conn = open_writer(path)
    for doc in docs:
        assert store_document(conn, doc, origin=f"samples:{doc.id}")
    conn.close()
    return docs
