"""The reference article: twelve statements (and دعا), each with the right speaker; جنيف 4 and رويترز are not."""

from __future__ import annotations

from helpers import assert_spans_consistent

import rasd
from rasd.doc import Document
from rasd.quotes.extract import extract_quotes
from rasd.text.normalize import normalize

DM, BQ, NH, FH = "ستيفان دي ميستورا", "بسمة قضماني", "نصر الحريري", "فاتح حسون"
EXPECTED = [
    (DM, "اعتبر", "الهجمات الأخيرة في حمص كانت محاولة متعمدة"),
    (DM, "وقال", "كان من المتوقع دوما"),
    (DM, "وقال", "لا يتوقع أي انفراجة سريعة"),
    (DM, "ودعا", "عدم السماح لأعمال العنف"),
    (BQ, "قالت", "الجماعات التي تؤيد المحادثات التزمت"),
    (NH, "وقال", "ندين كل الأعمال الإرهابية"),
    (NH, "وأضاف", "النظام يحاول تعطيل المفاوضات"),
    (NH, "أكد", "المعارضة لن تنسحب من المفاوضات"),
    (FH, "وقال", "المنطقة التي شهدت الهجوم آمنة للغاية"),
    (FH, "وأضاف", "أي عملية أمنية لا يمكن أن تحدث هناك"),
    (FH, "وأوضح", "الجماعات المسلحة لا يمكنها الوصول"),
    (FH, "وقال", "يعتبر ما حدث “تصفية من قبل النظام”"),
    (FH, "وأضاف", "ما حدث عملية"),
]


def check(doc: Document) -> None:
    quotes = doc.quotes
    got = [(q.speaker.canonical if q.speaker else None, q.cue.text, q.content.text) for q in quotes]
    assert len(got) == len(EXPECTED), got
    for (speaker, cue, snippet), (g_speaker, g_cue, g_content) in zip(EXPECTED, got, strict=True):
        assert normalize(g_speaker or "") == normalize(speaker), (snippet, g_speaker)
        assert g_cue == cue
        assert snippet in g_content
    for q in quotes:
        assert "جنيف 4" not in q.content.text[:10] and "رويترز" not in q.content.text
    by_speaker = {}
    for speaker, _, _ in got:
        by_speaker[speaker] = by_speaker.get(speaker, 0) + 1
    assert by_speaker == {DM: 4, BQ: 1, NH: 3, FH: 5}
    kinds = [q.kind for q in quotes]
    assert kinds[1] == "direct" and kinds[5] == "direct" and kinds[11] == "mixed"
    assert quotes[4].speaker_role == "عضو الهيئة العليا للمفاوضات"
    assert "ميستورا" in quotes[0].speaker.text and "قضماني" in quotes[4].speaker.text
    assert quotes[9].speaker.text == "حسون"  # the continuation points at the name it continues
    assert quotes[5].speaker_role == "المفاوض البارز في وفد #المعارضة_السورية"


def test_seed_quotes_alone(seed_text):
    doc = Document(text=seed_text)
    doc.quotes = extract_quotes(doc)
    check(doc)


def test_seed_quotes_in_the_pipeline(seed_text):
    doc = rasd.analyze(seed_text)
    check(doc)
    data = doc.to_dict()
    assert_spans_consistent(data)
    assert len(data["quotes"]) == 13
    assert data["quotes"][4]["speaker"]["kind"] == "person"
    assert Document.from_dict(data).quotes == doc.quotes
