"""A person's name the tagger ran into an organisation's is parted from it (rasd.ner.embedded)."""

from __future__ import annotations

import pytest

from rasd.ner.embedded import persons_in_organisations
from rasd.ner.evaluate import bio_spans
from rasd.ner.features import Lexicon
from rasd.ner.gazetteer import Gazetteer
from rasd.ner.tagger import default_tagger
from rasd.text.normalize import normalize

GIVEN_NAMES = Gazetteer(
    [("FIRST", (w,)) for w in ("تركي", "روي", "سعود", "طه", "بي")] + [("ACTOR", ("الحوثي",)), ("ACTOR", ("الحوثيين",))]
)


def _parted(sentence: str, tags: str, chance: float = 0.0) -> str:
    """The tags (space-separated) after the parting, the CRF's chance of a person taken as ``chance`` everywhere."""
    words = sentence.split()
    stems = [normalize(Lexicon.stem(w)) for w in words]
    return " ".join(persons_in_organisations(tags.split(), words, stems, GIVEN_NAMES, lambda k: chance))


def test_a_given_name_after_a_definite_word_begins_a_person():
    sentence = "رئيس هيئة الرياضة السعودية تركي آل الشيخ"
    tags = "O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG"
    assert _parted(sentence, tags) == "O B-ORG I-ORG I-ORG B-PERS I-PERS I-PERS"


def test_a_known_body_of_one_word_stays_an_organisation():
    assert _parted("القيادي الحوثي تركي الريامي", "O B-ORG I-ORG I-ORG") == "O B-ORG B-PERS I-PERS"


def test_a_title_or_an_unknown_word_before_the_person_is_no_body():
    assert _parted("بين أيدي الحارس روي باتريسيو", "O O B-ORG I-ORG I-ORG") == "O O O B-PERS I-PERS"
    assert _parted("البرازيليان روي كارلوس", "B-ORG I-ORG I-ORG") == "O B-PERS I-PERS"


def test_a_word_before_al_or_bin_begins_a_person():
    sentence = "رئيس الهيئة العامة للرياضة فهد آل الشيخ"  # فهد: no given name of the gazetteer here
    assert _parted(sentence, "O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG") == "O B-ORG I-ORG I-ORG B-PERS I-PERS I-PERS"
    assert _parted("جامعة الإمام محمد بن سعود", "B-ORG I-ORG I-ORG I-ORG I-ORG") == "B-ORG I-ORG I-ORG I-ORG I-ORG"


def test_a_given_name_of_two_letters_begins_a_person_but_a_letter_s_name_does_not():
    sentence = "قال وزير الصحة في حكومة الحوثيين طه المتوكل للصحافيين"
    tags = "O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG I-ORG I-ORG"
    # past في; an office opens the words before (no body), and whom he told is no part of the name
    assert _parted(sentence, tags) == "O O O O O O B-PERS I-PERS O"
    assert _parted("القناة بي بي سي", "B-ORG I-ORG I-ORG I-ORG") == "B-ORG I-ORG I-ORG I-ORG"


def test_one_word_after_the_body_needs_the_tagger_s_chance():
    assert _parted("مجلس المعهد تركي", "B-ORG I-ORG I-ORG") == "B-ORG I-ORG I-ORG"
    assert _parted("مجلس المعهد تركي", "B-ORG I-ORG I-ORG", chance=0.2) == "B-ORG I-ORG B-PERS"
    assert _parted("مجلس المعهد يان", "B-ORG I-ORG I-ORG", chance=0.1) == "B-ORG I-ORG I-ORG"


@pytest.mark.parametrize(
    ("sentence", "tags"),
    [
        ("افتتحت جامعة الملك سعود مبنى", "O B-ORG I-ORG I-ORG O"),  # a foundation named after a person
        ("صوت البرلمان لصالح تركي آل الشيخ", "O B-ORG I-ORG I-ORG I-ORG I-ORG"),  # a proclitic: no name begins
        ("وزارة الخارجية السعودية", "B-ORG I-ORG I-ORG"),  # the article throughout
        ("نقلت الوكالة تركي آل الشيخ", "O B-LOC I-LOC I-LOC I-LOC"),  # only organisations' names are parted
    ],
)
def test_names_left_whole(sentence, tags):
    assert _parted(sentence, tags, chance=0.9) == tags


@pytest.mark.parametrize(
    ("sentence", "body", "person"),
    [
        ("كلف الملك الخبير الاقتصادي بالبنك الدولي عمر الرزاز بتشكيل الحكومة الجديدة .", "البنك الدولي", "عمر الرزاز"),
        ("وقال رئيس حزب القوات سمير جعجع إن الحكومة لن تتشكل قريبا .", "حزب القوات", "سمير جعجع"),
        ("والتقى مدير مجلس المعهد يان الياسون وزير الخارجية .", "المعهد", "يان الياسون"),
    ],
)
def test_the_shipped_tagger_parts_a_person_from_a_body(sentence, body, person):
    words = sentence.split()
    tags = default_tagger().tag_sentences([(words, None)])[0]
    found = {(" ".join(words[a:b]), kind) for a, b, kind in bio_spans(tags)}
    assert (person, "PERS") in found
    assert any(kind == "ORG" and name.endswith(body) for name, kind in found)
