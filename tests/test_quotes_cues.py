"""The cue lexicon: generated forms, gender and number, prefixes, blocked forms, noun cues, bad lines."""

from __future__ import annotations

import pytest

from rasd.quotes.cues import load_lexicon, parse_lexicon
from rasd.text.normalize import normalize


@pytest.fixture(scope="module")
def lex():
    return load_lexicon()


@pytest.mark.parametrize(
    ("word", "lemma", "gender", "plural"),
    [
        ("قال", "قال", "m", False),
        ("قالت", "قال", "f", False),
        ("قالوا", "قال", "m", True),
        ("قلنا", "قال", "", True),
        ("يقول", "قال", "m", False),
        ("تقول", "قال", "f", False),
        ("يقولون", "قال", "m", True),
        ("أضافت", "أضاف", "f", False),
        ("مضيفا", "أضاف", "m", False),
        ("مضيفاً", "أضاف", "m", False),
        ("مضيفة", "أضاف", "f", False),
        ("مؤكدين", "أكد", "m", True),
        ("قائلا", "قال", "m", False),
        ("دعت", "دعا", "f", False),
        ("دعوا", "دعا", "m", True),
        ("يدعون", "دعا", "m", True),
        ("نفت", "نفى", "f", False),
        ("ينفون", "نفى", "m", True),
        ("رأت", "رأى", "f", False),
        ("مشيرة", "أشار", "f", False),
        ("تابعت", "تابع", "f", False),
        ("أوضحت", "أوضح", "f", False),
        ("مبينا", "بين", "m", False),
        ("وبين", "بين", "m", False),
        ("بينت", "بين", "f", False),
        ("بينوا", "بين", "m", True),
    ],
)
def test_generated_forms(lex, word, lemma, gender, plural):
    form = lex.lookup(normalize(word))
    assert form is not None, word
    assert form.lemma == normalize(lemma)
    assert (form.gender, form.plural) == (gender, plural)


@pytest.mark.parametrize("word", ["وقال", "فقالت", "وأضاف", "وتابعت", "سيقول", "وستقول", "ويقول"])
def test_attached_conjunction_and_future(lex, word):
    assert lex.lookup(normalize(word)) is not None


@pytest.mark.parametrize("word", ["قالب", "سقال", "المتحدث", "بين", "بيننا", "وبيننا", "ذكري", "وزير", "سأل"])
def test_non_cues(lex, word):
    assert lex.lookup(normalize(word)) is None


def test_participles_are_participles(lex):
    assert lex.lookup(normalize("مضيفا")).kind == "participle"
    assert lex.lookup(normalize("وأضاف")).kind == "verb"


def test_introducers_for_calls(lex):
    assert "الي" in lex.lookup(normalize("ودعا")).introducers
    assert normalize("بضرورة") in lex.lookup(normalize("طالب")).introducers
    assert lex.lookup(normalize("قال")).introducers == ()


def test_blocked_impersonal_forms(lex):
    assert lex.is_blocked(normalize("ويذكر"))
    assert lex.is_blocked(normalize("يشار"))
    assert not lex.is_blocked(normalize("وقال"))


def test_noun_cues(lex):
    assert ("نقلا", "عن") in lex.noun_phrases["نقلا"]
    assert ("بحسب",) in lex.noun_phrases["بحسب"]
    assert "وفقا" in lex.noun_phrases


@pytest.mark.parametrize(
    "word", ["قال", "وأضافت", "مضيفا", "بحسب", "وبحسب", "لبحسب", "نقلا", "وفقا", "الرئيس", "في", "."]
)
def test_a_cue_can_start_only_where_may_start_says(lex, word):
    norm = normalize(word)
    may = lex.lookup(norm) is not None or lex.opens_phrase(norm)
    assert lex.may_start(norm) is may
    assert may is (word not in ("الرئيس", "في", "."))


def test_bad_line_is_named():
    with pytest.raises(ValueError, match=r"cues:2: expected"):
        parse_lexicon(["verb\tقال\tيقول\tقائل\t-", "verb\tقال"], "cues")


def test_first_verb_keeps_a_shared_spelling():
    lex = parse_lexicon(["verb\tقال\tيقول\tقائل\t-", "verb\tقال\tيقيل\t-\t-"])
    assert lex.lookup("يقول").lemma == "قال"


def test_a_form_listed_as_joined_is_a_cue_only_with_a_conjunction():
    lex = parse_lexicon(["verb\tبين\t-\tمبين\t-", "joined\tبين"])
    assert lex.lookup("بين") is None
    assert lex.lookup("وبين").lemma == "بين"
    assert lex.lookup("بينت").lemma == "بين"


def test_a_generated_spelling_listed_as_other_is_never_a_cue():
    lex = parse_lexicon(["verb\tبين\t-\tمبين\t-", "other\tبيننا"])
    assert lex.lookup("بيننا") is None
    assert lex.lookup("وبيننا") is None
    assert lex.lookup("بينوا") is not None


def test_a_noun_of_saying_is_a_cue_of_its_own_kind():
    lex = parse_lexicon(["verb\tقال\tيقول\tقائل\t-", "saying\tبالقول"])
    form = lex.lookup(normalize("وبالقول"))
    assert form is not None and form.kind == "saying"
    assert lex.lookup(normalize("بالقول")).kind == "saying"


@pytest.mark.parametrize(
    ("raw", "first"),
    [
        ("أعتقد", True),  # I believe: the hamza of the first person present
        ("وأعتبر", True),
        ("اعتقد", False),  # he believed: the past's hamzat wasl
        ("أعلن", False),  # he announced, or I announce: the past reads first
        ("قلت", True),  # I said, or you said: no third person
        ("نؤكد", True),
        ("قالت", False),
    ],
)
def test_first_and_second_person_cues(lex, raw, first):
    norm = normalize(raw)
    assert lex.first_person(norm, raw, lex.lookup(norm)) is first
