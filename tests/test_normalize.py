"""Normalisation: the folding rules, the offset map, and its properties."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.text.normalize import light_normalize, norm_text, normalize, normalize_each

# -- folding rules ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("دولياً", "دوليا"),  # tanwin
        ("مُحَمَّدٌ", "محمد"),  # harakat and shadda
        ("الرَّحْمَٰن", "الرحمن"),  # sukun and superscript alef
        ("قــــال", "قال"),  # tatweel
        ("أحمد إبراهيم آمال ٱلله", "احمد ابراهيم امال الله"),  # alef variants
        ("على مستشفى", "علي مستشفي"),  # alef maqsura
        ("مدرسة جميلة", "مدرسه جميله"),  # ta marbuta at the end of a word
        ("٢٠١٧ و۱۳۹۶", "2017 و1396"),  # Arabic-Indic and Persian digits
        ("\u200fمرحبا\u200e \u202bب\u202cك\u2067م\u2069\ufeff", "مرحبا بكم"),  # bidi controls and BOM
        ("لا\u200cزم\u200d", "لازم"),  # zero-width (non-)joiners
        ("ﻻ ﷲ ﺍﻟﺴﻼﻡ", "لا الله السلام"),  # presentation forms through NFKC
        ("a\u00a0b", "a b"),  # no-break space
        ("وزیر الخارجیۀ کان ھنا", "وزير الخارجيه كان هنا"),  # Persian yeh, heh with yeh, keheh, heh doachashmee
        ("ۍ ڪ ہ ۂ", "ي ك ه ه"),  # Pashto yeh, swash kaf, Urdu heh goal and heh goal with hamza
    ],
)
def test_folding(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


def test_ta_marbuta_folds_only_at_word_end() -> None:
    assert normalize("#بسمة_قضماني") == "#بسمه_قضماني"
    assert normalize("المدينةالمنورة") == "المدينةالمنوره"  # glued words: only the final one folds


@pytest.mark.parametrize("mark", ['"', "“", "”", "„", "‟", "«", "»", "″", "‶", "〃", "＂"])
def test_double_quote_marks_become_one(mark: str) -> None:
    assert normalize(f"{mark}جنيف 4{mark}") == '"جنيف 4"'


@pytest.mark.parametrize("mark", ["'", "‘", "’", "‚", "‛", "‹", "›", "′"])
def test_single_quote_marks_become_one(mark: str) -> None:
    assert normalize(mark) == "'"


def test_mismatched_quotes_of_the_seed() -> None:
    assert normalize("بـ”جنيف 4″.") == 'ب"جنيف 4".'


def test_light_form_keeps_letters() -> None:
    assert light_normalize("إِلَى الـمدرسةِ ٣") == "إلى المدرسة 3"


def test_persian_letters_fold_in_the_light_form_too() -> None:
    assert light_normalize("الرئیس یکشف") == "الرئيس يكشف"
    assert light_normalize("على") == "على"  # the Arabic letters themselves stay as written


def test_persian_letters_keep_the_offsets() -> None:
    text = "قال الرئیس الإیراني: ک" * 10
    norm = norm_text(text)
    assert norm.text == normalize(text)
    assert list(norm.offsets) == list(range(len(text) + 1))


def test_long_texts_take_the_same_folding_as_short_ones() -> None:
    word = "أَحمدُ ـ إلى “مدرسة” ٣ \u200f یکھ"
    assert normalize(word * 20) == normalize(word) * 20
    assert normalize("ﻻ" + word * 20) == "لا" + normalize(word) * 20


# -- offset map ------------------------------------------------------------------------------------------


def test_offsets_skip_removed_characters() -> None:
    raw = "دولياً قال"
    norm = norm_text(raw)
    assert norm.text == "دوليا قال"
    assert list(norm.offsets) == [0, 1, 2, 3, 4, 6, 7, 8, 9, 10]
    assert norm.to_original(0, 5) == (0, 5)  # the tanwin after the span is not part of it
    assert norm.to_original(6, 9) == (7, 10)


def test_expansions_map_every_character_to_the_source() -> None:
    raw = "قال ﷲ"
    norm = norm_text(raw)
    assert norm.text == "قال الله"
    assert list(norm.offsets) == [0, 1, 2, 3, 4, 4, 4, 4, 5]
    assert norm.to_original(4, 8) == (4, 5)


def test_a_removed_character_before_an_expansion() -> None:
    norm = norm_text("000\u0670ﻻ")  # superscript alef (removed), then lam-alef (two letters)
    assert norm.text == "000لا"
    assert list(norm.offsets) == [0, 1, 2, 4, 4, 5]


def test_identity_when_nothing_changes_length() -> None:
    raw = "أعلنت الحكومة ١٢ قرارا"
    norm = norm_text(raw)
    assert list(norm.offsets) == list(range(len(raw) + 1))


def test_norm_index_inverts_the_map() -> None:
    raw = "مُحَمَّد قال"
    norm = norm_text(raw)
    start = raw.index("قال")
    assert norm.text[norm.norm_index(start) :] == "قال"


def test_spans_outside_are_refused() -> None:
    with pytest.raises(ValueError, match="outside"):
        norm_text("abc").to_original(2, 5)


# -- properties ------------------------------------------------------------------------------------------

ALPHABET = (
    "ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئىةٱ"
    "یۍکڪھہۀۂ"  # Persian and Urdu letter forms
    "\u064b\u064c\u064e\u0650\u0651\u0652\u0670\u0640\u06d6"  # diacritics, tatweel, a Quranic mark
    "٠١٢٣٤٥٦٧٨٩۰۴۵"
    "\"“”„«»″'‘’ .،؛؟!:-\n"
    "\u200c\u200d\u200e\u200f\u202b\u202c\u2067\u2069\ufeff\u00a0"  # joiners, bidi controls, BOM, NBSP
    "ﻻﷲﺍﻟﺴ…ﬁ²ｱ\U0001d400"  # characters that NFKC changes, some into several
    "abcXYZ019"
)
ARABIC_TEXT = st.text(alphabet=st.sampled_from(list(ALPHABET)), max_size=160)


@settings(max_examples=300, deadline=None)
@given(ARABIC_TEXT)
def test_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once
    assert norm_text(once).text == once


@settings(max_examples=300, deadline=None)
@given(ARABIC_TEXT)
def test_map_has_one_entry_per_character_and_an_end(text: str) -> None:
    norm = norm_text(text)
    offsets = list(norm.offsets)
    assert norm.text == normalize(text)
    assert len(offsets) == len(norm.text) + 1
    assert offsets[-1] == len(text)
    assert all(0 <= o < len(text) for o in offsets[:-1])
    assert offsets == sorted(offsets)
    assert [norm.original_index(i) for i in range(len(norm.text) + 1)] == offsets


@settings(max_examples=300, deadline=None)
@given(ARABIC_TEXT, st.data())
def test_spans_round_trip(text: str, data: st.DataObject) -> None:
    """A normalised span maps to a raw span that normalises back to it.

    Spans that cut one expanded character (ﷲ → الله) cannot come back whole, and a span ending in ة right
    before a letter normalises differently alone (its ة becomes word-final): both are left out.
    """
    norm = norm_text(text)
    offsets = list(norm.offsets)
    start = data.draw(st.integers(0, len(norm.text)))
    end = data.draw(st.integers(start, len(norm.text)))
    cuts_expansion = any(0 < i < len(norm.text) and offsets[i - 1] == offsets[i] for i in (start, end))
    ends_before_letter = end < len(norm.text) and norm.text[end - 1 : end] == "ة" and norm.text[end].isalpha()
    if cuts_expansion or ends_before_letter:
        return
    raw_start, raw_end = norm.to_original(start, end)
    assert 0 <= raw_start <= raw_end <= len(text)
    assert normalize(text[raw_start:raw_end]) == norm.text[start:end]


@settings(max_examples=300, deadline=None)
@given(st.lists(ARABIC_TEXT.map(lambda t: t[:40]), min_size=2, max_size=8))
def test_folding_is_the_same_in_pieces_and_whole(pieces: list[str]) -> None:
    """Normalising text in space-separated pieces (short: the table) or whole (long: the fast path) agrees."""
    assert normalize(" ".join(pieces)) == " ".join(normalize(p) for p in pieces)


@settings(max_examples=300, deadline=None)
@given(st.lists(ARABIC_TEXT.map(lambda t: t.replace("\n", " ")[:40]), min_size=2, max_size=8))
def test_folding_of_lines_joined_is_the_folding_of_each(pieces: list[str]) -> None:
    """The segmenter folds new tokens joined by line breaks in one pass: the same as folding each."""
    joined = "\n".join(pieces)
    assert normalize(joined).split("\n") == [normalize(p) for p in pieces]
    assert light_normalize(joined).split("\n") == [light_normalize(p) for p in pieces]


def test_normalize_each_gives_each_words_own_form_in_one_pass() -> None:
    words = ["مدينةٌ", "الإمارات", "أُمَّة", "ـــقال", "٢٠١٨", "«جنيف»", "حمص"]
    assert normalize_each(words) == [normalize(w) for w in words]
    assert normalize_each(words, light=True) == [light_normalize(w) for w in words]
    assert normalize_each([]) == []
