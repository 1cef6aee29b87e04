"""The text layer on real articles: the seed and news from several outlets, checked by reading them.

Each article is read from ../shared/data by id (the test is skipped when the data is absent).
"""

from __future__ import annotations

import time

import pytest
from helpers import DATA_DIR, articles_by_id, iter_news

from rasd.doc import Document
from rasd.pipeline import Pipeline
from rasd.text.stages import NormalizeStage, SegmentStage, StructureStage

TEXT_LAYER = Pipeline([NormalizeStage(), StructureStage(), SegmentStage()])
SAUDI = DATA_DIR / "news" / "saudinewsnet.jsonl.gz"
JAWHARA = DATA_DIR / "news" / "ant-jawharafm.jsonl.gz"


def analyze(text: str) -> Document:
    return TEXT_LAYER.analyze(text)


def sentence_texts(doc: Document) -> list[str]:
    return [doc.text[s.start : s.end] for s in doc.sentences]


def assert_starts(doc: Document, starts: list[str]) -> None:
    """Sentence by sentence, each begins with the expected words."""
    found = sentence_texts(doc)
    assert len(found) == len(starts), found
    for sentence, start in zip(found, starts, strict=True):
        assert sentence.startswith(start), (sentence, start)


def assert_consistent(doc: Document) -> None:
    text = doc.text
    for layer in (doc.paragraphs, doc.headings, doc.hashtags, doc.tokens, doc.words):
        assert all(text[s.start : s.end] == s.text for s in layer)
    assert all(0 <= s.start < s.end <= len(text) for s in doc.sentences)
    assert all(a.end <= b.start for a, b in zip(doc.sentences, doc.sentences[1:], strict=False))


# -- the seed --------------------------------------------------------------------------------------------

SEED_SENTENCE_STARTS = [
    "اعتبر مبعوث الأمم المتحدة",
    "واقتحم مسلحون",
    "ورد النظام",
    "وقال دي ميستورا في بيان",
    "واجتمع دي ميستورا",
    "لا انفراجة سريعة في المحادثات",
    "وقال دي ميستورا إنه",
    "في سياق متصل",
    "وأدانت المعارضة",
    "وقال نصر الحريري",
    "وأضاف أن النظام",
    "النظام يصفي مطلوبين دولياً",
    "ووجه العقيد فاتح حسون",
    "وقال حسون إن المنطقة",
    "وأضاف أن أي عملية",
    "وأوضح أن الجماعات",
    "وقال حسون إنه يعتبر",
    "وأضاف أن ما حدث",
]


def test_seed_headings_hashtags_source(seed_text: str) -> None:
    doc = analyze(seed_text)
    assert [h.text for h in doc.headings] == ["لا انفراجة سريعة في المحادثات", "النظام يصفي مطلوبين دولياً"]
    assert [(h.text, h.name) for h in doc.hashtags] == [
        ("#دي_ميستورا", "دي ميستورا"),
        ("#النظام_السوري", "النظام السوري"),
        ("#جنيف", "جنيف"),
        ("#بسمة_قضماني", "بسمة قضماني"),
        ("#المعارضة_السورية", "المعارضة السورية"),
        ("#حمص", "حمص"),
    ]
    assert doc.source_line is not None and doc.source_line.text == "العربية نت"
    assert doc.dateline is None
    assert_consistent(doc)


def test_seed_sentences(seed_text: str) -> None:
    doc = analyze(seed_text)
    assert_starts(doc, SEED_SENTENCE_STARTS)
    sentences = sentence_texts(doc)
    assert sentences[0].endswith("اختصاراً بـ”جنيف 4″.")  # no split inside the quoted name
    assert sentences[3].endswith("عدم السماح بنجاح تلك المحاولات”.")  # a two-sentence quotation kept whole
    assert sentences[9].endswith("فهذا واضح من الكلام”.")
    assert all("العربية نت" not in s for s in sentences)
    hashtag_sentence = next(s for s in sentences if "#دي_ميستورا" in s)
    assert hashtag_sentence.startswith("اعتبر")  # a hashtag stays in its sentence


def test_seed_words(seed_text: str) -> None:
    doc = analyze(seed_text)
    words = {(w.text, w.kind) for w in doc.words}
    assert {("و", "prefix"), ("قال", "stem"), ("بـ", "prefix"), ("ميستورا", "stem")} <= words
    assert ("ستيفان", "stem") in words and ("حسون", "stem") in words  # names stay whole


# -- other outlets ---------------------------------------------------------------------------------------


def test_alarabiya_hashtags_and_straight_quotes() -> None:
    record = articles_by_id(["AL-culture-1-20180218"])["AL-culture-1-20180218"]
    doc = analyze(record["text"])
    assert [h.name for h in doc.hashtags] == ["عاصي الحلاني", "إليسا", "أحلام", "حماقي"]
    assert doc.headings == [] and doc.source_line is None
    assert_starts(
        doc, ["يبدو أن الصراع", "وشهدت حلقة السبت", "ذلك الأمر حدث", "غير أن إليسا", "عاصي الحلاني", "ووصل الأمر"]
    )
    assert sentence_texts(doc)[0].endswith('شاشة "MBC مصر".')
    assert_consistent(doc)


def test_cnn_dateline_and_quotes() -> None:
    record = articles_by_id(["CN-economy-1-20180213"])["CN-economy-1-20180213"]
    doc = analyze(record["text"])
    assert doc.dateline is not None and doc.dateline.text == "دبي، الإمارات العربية المتحدة (CNN)"
    assert doc.headings == [] and doc.source_line is None
    sentences = sentence_texts(doc)
    assert len(sentences) == 10
    assert sentences[0].startswith("سيحصل عشاق السينما")  # the dateline is not part of the first sentence
    assert sentences[4].endswith('"لاستكشاف مجموعة من الفرص التجارية للتعاون".')
    assert_consistent(doc)


def test_france24_heading_and_agency_line() -> None:
    record = articles_by_id(["FR-internationalNews-2045-20180628"])["FR-internationalNews-2045-20180628"]
    doc = analyze(record["text"])
    assert [h.text for h in doc.headings] == ["استنكار على شبكات التواصل الاجتماعي"]
    assert doc.source_line is not None and doc.source_line.text == "فرانس24/ أ ف ب"
    assert_starts(
        doc,
        [
            "أعلنت وزارة الإعلام",
            "ورفضت الرفاعي هذه الاتهامات، مؤكدة أنها",
            "فتحت السلطات",
            "وكانت الصحافية",
            "استنكار على شبكات",
            "وأثارت مشاهد",
            "وإثر ذلك",
            "ورفضت الرفاعي هذه الاتهامات، مؤكدة عبر",
            "وبحسب الموقع",
        ],
    )
    assert_consistent(doc)


def test_bbc_headings_between_paragraphs() -> None:
    record = articles_by_id(["BB-economy-235-20180823"])["BB-economy-235-20180823"]
    doc = analyze(record["text"])
    assert [h.text for h in doc.headings] == [
        'إخلاء الآلاف من جنوب كاليفورنيا بسبب "النيران المقدسة"',
        "نيوزيلندا تمنع بيع المنازل للأجانب",
    ]
    assert len(doc.sentences) == 10
    assert "3.9" in {t.text for t in doc.tokens} and "1.6" in {t.text for t in doc.tokens}
    assert_consistent(doc)


def test_skynews_decimals_and_a_quoted_pair_of_sentences() -> None:
    records = articles_by_id(["SK-economy-10-20180216", "SK-economy-1034-20180722"])
    prices = analyze(records["SK-economy-10-20180216"]["text"])
    assert len(prices.sentences) == 7
    assert {"88.253", "105.545", "1.2556", "2.4"} <= {t.text for t in prices.tokens}
    statement = analyze(records["SK-economy-1034-20180722"]["text"])
    sentences = sentence_texts(statement)
    assert len(sentences) == 4
    assert sentences[1].startswith("وقال البيان الختامي إن") and sentences[1].endswith('في الآونة الأخيرة."')
    assert_consistent(prices)
    assert_consistent(statement)


def test_saudi_press_guillemets_and_bracketed_agency() -> None:
    records = articles_by_id(["2015-07-21-6", "2015-07-23-1232"], SAUDI)
    kerry = analyze(records["2015-07-21-6"]["text"])
    sentences = sentence_texts(kerry)
    assert sentences[:5] == [
        sentences[0],
        sentences[1],
        sentences[2],
        "غير أن كيري أكد في الوقت نفسه أن إيران لا تزال عدوًا للولايات المتحدة.",
        "وقال «ما زلنا أعداء.. لسنا حلفاء أو أصدقاء».",
    ]
    assert sentences[2].endswith("في أقرب فرصة ممكنة».")
    caption = analyze(records["2015-07-23-1232"]["text"])
    assert caption.source_line is not None and caption.source_line.text == "(رويترز)"
    assert len(caption.sentences) == 1
    assert_consistent(kerry)
    assert_consistent(caption)


def test_jawhara_agency_line_and_comma_decimals() -> None:
    records = articles_by_id(["JA-economy-225-20150827", "JA-internationalNews-941-20140906"], JAWHARA)
    dinar = analyze(records["JA-economy-225-20150827"]["text"])
    assert dinar.source_line is not None and dinar.source_line.text == "-وات-"
    assert len(dinar.sentences) == 3
    assert {"0،5", "5،6", "4،7"} <= {t.text for t in dinar.tokens}
    libya = analyze(records["JA-internationalNews-941-20140906"]["text"])
    assert libya.source_line is not None and libya.source_line.text == "-رويترز-"
    assert_starts(libya, ["اندلعت اليوم السبت", "ويحاول مسلحون", "وقالت مصادر عسكرية", "وقال عاملون"])


# -- speed gate ------------------------------------------------------------------------------------------

SPEED_SAMPLE = 300
SPEED_FLOOR = 1000  # articles per CPU second; the benchmark measures about twice that on a busy machine


def test_text_layer_speed_floor() -> None:
    """A regression gate: the text layer keeps well above the floor on a sample of news (CPU time)."""
    texts = []
    for record in iter_news():
        texts.append(record["text"])
        if len(texts) == SPEED_SAMPLE:
            break
    for text in texts:  # warm the lexicon and the per-word caches once, as a long run does
        analyze(text)
    best = 0.0
    for _ in range(3):
        start = time.process_time()
        for text in texts:
            analyze(text)
        best = max(best, len(texts) / max(time.process_time() - start, 1e-9))
    assert best >= SPEED_FLOOR, f"text layer at {best:.0f} articles/s, floor {SPEED_FLOOR}"


@pytest.mark.slow
def test_every_article_of_a_corpus_is_consistent() -> None:
    """The whole multi-source corpus goes through with every span quoting the text."""
    for record in iter_news():
        assert_consistent(analyze(record["text"]))
