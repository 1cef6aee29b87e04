"""Segmentation: sentences, tokens and clitic-split words, on hand-written texts."""

from __future__ import annotations

import pickle

import pytest

import rasd
from rasd.text.clitics import split_light, split_token
from rasd.text.segment import split_sentences, tokenize


def sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


# -- sentences -------------------------------------------------------------------------------------------


def test_terminal_marks_split() -> None:
    text = "وصل الوفد. هل بدأت المحادثات؟ نعم! وقال: انتهى؛ ثم غادر… وعاد"
    assert sentences(text) == ["وصل الوفد.", "هل بدأت المحادثات؟", "نعم!", "وقال: انتهى؛", "ثم غادر…", "وعاد"]


def test_line_breaks_split() -> None:
    assert sentences("السطر الأول بلا نقطة\nالسطر الثاني") == ["السطر الأول بلا نقطة", "السطر الثاني"]


def test_decimals_and_thousands_do_not_split() -> None:
    text = "ارتفع المؤشر 3.5 بالمئة إلى 106,78 نقطة و1.2556 دولار. ثم تراجع."
    assert sentences(text) == ["ارتفع المؤشر 3.5 بالمئة إلى 106,78 نقطة و1.2556 دولار.", "ثم تراجع."]


def test_eastern_digit_decimals_do_not_split() -> None:
    assert len(sentences("بلغ النمو ٣.٥ في المئة هذا العام.")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "قال د. أحمد زويل إن العلم مفتاح التقدم.",
        "وصل أ. محمد علي إلى القاعة.",
        "وأضاف أ. د. م. أحمد حسن أن المشروع اكتمل.",
        "He met Dr. Smith in the U.S. yesterday.",
        "زوروا www.example.com للمزيد.",
    ],
)
def test_abbreviations_and_addresses_do_not_split(text: str) -> None:
    assert sentences(text) == [text]


@pytest.mark.parametrize("year", ["1990م.", "1990 م.", "1441 ه.", "206 ق. م."])
def test_the_era_after_a_year_ends_a_sentence(year: str) -> None:
    assert len(sentences(f"وقعت المعركة سنة {year} وبعدها تغير كل شيء.")) == 2


def test_quoted_name_with_a_prime_keeps_together() -> None:
    text = "المعروف اختصاراً بـ”جنيف 4″. واقتحم مسلحون مقرين."
    assert sentences(text) == ["المعروف اختصاراً بـ”جنيف 4″.", "واقتحم مسلحون مقرين."]


@pytest.mark.parametrize(
    ("opening", "closing"),
    [("“", "”"), ("«", "»"), ('"', '"'), ("”", "″"), ("„", "“")],
)
def test_a_direct_quotation_of_several_sentences_is_one_sentence(opening: str, closing: str) -> None:
    quote = f"{opening}ندين كل الأعمال. وإذا كانت الحادثة كذلك فهذا واضح{closing}"
    text = f"وقال الحريري: {quote}. وأضاف أن النظام يحاول."
    assert sentences(text) == [f"وقال الحريري: {quote}.", "وأضاف أن النظام يحاول."]


def test_a_quotation_ending_with_its_sentence_keeps_its_closing_mark() -> None:
    text = 'وقال البيان إن "النمو قوي. بيد أنه متفاوت." وأضاف البيان أن الحوار ضروري.'
    assert sentences(text) == ['وقال البيان إن "النمو قوي. بيد أنه متفاوت."', "وأضاف البيان أن الحوار ضروري."]


def test_an_unclosed_quotation_does_not_swallow_the_paragraph() -> None:
    text = "قال المتحدث «إن الوضع صعب. وأكد أن الحل قريب. وختم بالدعاء."
    assert len(sentences(text)) == 3


def test_a_long_quotation_on_one_line_is_one_sentence_and_its_end_splits_again() -> None:
    # each period inside looks ahead for a closing mark: this stays linear in the length of the paragraph
    inner = "ندين كل الأعمال. " * 20_000 + "وهذا واضح"
    text = f"قال المتحدث «{inner}» ثم غادر. وأضاف أن الحل قريب."
    assert sentences(text) == [f"قال المتحدث «{inner}» ثم غادر.", "وأضاف أن الحل قريب."]
    unclosed = sentences(f"قال المتحدث «{inner}")
    assert len(unclosed) == 20_001 and unclosed[0] == "قال المتحدث «ندين كل الأعمال."


def test_headings_are_sentences_and_source_line_and_dateline_are_not() -> None:
    text = (
        "دمشق - رويترز: قال المرصد إن الاشتباكات تواصلت طوال الليل في الريف الشرقي للمدينة.\n"
        "تصعيد جديد\n"
        "وأضاف المرصد أن القصف طال عدة قرى وأوقع ضحايا بين المدنيين وفق مصادر محلية متطابقة.\n"
        "(رويترز)"
    )
    doc = rasd.analyze(text)
    assert [doc.text[s.start : s.end] for s in doc.sentences] == [
        "قال المرصد إن الاشتباكات تواصلت طوال الليل في الريف الشرقي للمدينة.",
        "تصعيد جديد",
        "وأضاف المرصد أن القصف طال عدة قرى وأوقع ضحايا بين المدنيين وفق مصادر محلية متطابقة.",
    ]


def test_mixed_latin_and_bidi_marks() -> None:
    text = "\u200fأعلنت شركة \u202aApple Inc.\u202c عن هاتف جديد. وقال \u200eTim Cook\u200e إنه الأفضل."
    assert sentences(text) == [
        "أعلنت شركة \u202aApple Inc.\u202c عن هاتف جديد.",
        "وقال \u200eTim Cook\u200e إنه الأفضل.",
    ]


# -- tokens ----------------------------------------------------------------------------------------------


def token_texts(text: str) -> list[str]:
    return [t.text for t in tokenize(text)[0]]


def test_punctuation_splits_from_words() -> None:
    assert token_texts("قال: «نعم»، ثم (غادر)!") == ["قال", ":", "«", "نعم", "»", "،", "ثم", "(", "غادر", ")", "!"]


def test_numbers_urls_hashtags_and_latin_stay_whole() -> None:
    text = "بلغ 3.5 و106,78 و١٢٫٥ عند 19:23 في https://example.com/a?b=1. راسلوا info@example.org #دي_ميستورا MBC4"
    assert token_texts(text) == [
        "بلغ", "3.5", "و", "106,78", "و", "١٢٫٥", "عند", "19:23", "في", "https://example.com/a?b=1", ".",
        "راسلوا", "info@example.org", "#دي_ميستورا", "MBC4",
    ]  # fmt: skip


def test_diacritics_tatweel_and_joiners_stay_inside_words() -> None:
    assert token_texts("دوليـــاً بـ”جنيف مُحَمَّد لـCNN") == ["دوليـــاً", "بـ", "”", "جنيف", "مُحَمَّد", "لـ", "CNN"]


def test_invisible_controls_separate_like_spaces() -> None:
    text = "\u200fقال\u200f \u202bالوزير\u202c"
    assert token_texts(text) == ["قال", "الوزير"]


def test_tokens_carry_offsets_and_norms() -> None:
    text = "أعلنت الحكومةُ ٣ قرارات"
    tokens = list(tokenize(text)[0])
    assert all(text[t.start : t.end] == t.text for t in tokens)
    assert [t.norm for t in tokens] == ["اعلنت", "الحكومه", "3", "قرارات"]


def test_layers_behave_as_sequences_and_pickle() -> None:
    tokens, words = tokenize("وقال الرئيس.")
    assert len(tokens) == 3 and tokens[-1].text == "." and [t.text for t in tokens[:2]] == ["وقال", "الرئيس"]
    assert tokens == list(tokens)
    again = pickle.loads(pickle.dumps((tokens, words)))
    assert again[0] == tokens and list(again[1]) == list(words)


# -- words -----------------------------------------------------------------------------------------------


def pieces(token: str) -> list[tuple[str, str]]:
    out = []
    pos = 0
    for piece in split_token(token):
        out.append((token[pos : pos + piece.length], piece.kind))
        pos += piece.length
    return out


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ("وقال", [("و", "prefix"), ("قال", "stem")]),
        ("والحكومة", [("و", "prefix"), ("ال", "prefix"), ("حكومة", "stem")]),
        ("للحكومة", [("ل", "prefix"), ("ل", "prefix"), ("حكومة", "stem")]),
        ("وبالتالي", [("و", "prefix"), ("ب", "prefix"), ("ال", "prefix"), ("تالي", "stem")]),
        ("سيتم", [("س", "prefix"), ("يتم", "stem")]),
        ("حكومته", [("حكومت", "stem"), ("ه", "suffix")]),
        ("ومنهم", [("و", "prefix"), ("من", "stem"), ("هم", "suffix")]),
        ("لها", [("ل", "prefix"), ("ها", "suffix")]),
        ("وإلى", [("و", "prefix"), ("إلى", "stem")]),
        ("بـ", [("بـ", "prefix")]),
        ("لـ", [("لـ", "prefix")]),
        ("والمعارضةِ", [("و", "prefix"), ("ال", "prefix"), ("معارضةِ", "stem")]),
    ],
)
def test_clitics_split(token: str, expected: list[tuple[str, str]]) -> None:
    assert pieces(token) == expected


@pytest.mark.parametrize(
    "token",
    ["فرانكفورت", "بريطانيا", "والي", "كمال", "فيصل", "سوريا", "لبنان", "كان", "لكن", "الله", "بين", "وزير", "سوري"],
)
def test_names_and_lexical_words_are_not_mangled(token: str) -> None:
    assert pieces(token) == [(token, "stem")]


def test_stem_forms_restore_ta_marbuta_and_hamza() -> None:
    assert [p.form for p in split_light("حكومته")] == ["حكومة", "ه"]
    assert [p.form for p in split_light("أبنائه")] == ["أبناء", "ه"]


def test_words_of_a_text() -> None:
    text = "وقال #النظام_السوري للصحافيين"
    words = list(tokenize(text)[1])
    assert [(w.text, w.kind, w.token) for w in words] == [
        ("و", "prefix", 0),
        ("قال", "stem", 0),
        ("ال", "prefix", 1),
        ("نظام", "stem", 1),
        ("ال", "prefix", 1),
        ("سوري", "stem", 1),
        ("ل", "prefix", 2),
        ("ل", "prefix", 2),
        ("صحافيين", "stem", 2),
    ]
    assert all(text[w.start : w.end] == w.text for w in words)
    assert [w.norm for w in words][-2] == "ال"
