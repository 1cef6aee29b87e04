"""The second pass over nearby sentences and the document-only tag repairs."""

from __future__ import annotations

from rasd.ner.context import institution_names, join_touching, propagate
from rasd.text.normalize import normalize


def test_a_name_found_once_is_found_again_nearby():
    words = [["قال", "فاتح", "حسون"], ["واضاف", "حسون"], ["منظمه", "الصحه", "العالميه"], ["ان", "الصحه", "العالميه"]]
    tags = [["O", "B-PERS", "I-PERS"], ["O", "O"], ["B-ORG", "I-ORG", "I-ORG"], ["O", "O", "O"]]
    out = propagate(words, tags)
    assert out[1] == ["O", "B-PERS"]  # a family name of a full name
    assert out[3] == ["O", "O", "O"]  # a part of an organisation's name is not a name
    assert propagate(words, tags, window=0)[1] == ["O", "O"]


def test_the_most_frequent_type_wins():
    words = [["جنيف"], ["جنيف"], ["جنيف"], ["في", "جنيف"]]
    tags = [["B-LOC"], ["B-LOC"], ["B-ORG"], ["O", "O"]]
    out = propagate(words, tags)
    assert out[3] == ["O", "B-LOC"]
    assert out[2] == ["B-LOC"]  # the odd one out takes the type the name has most often nearby
    tie = propagate([["جنيف"], ["جنيف"]], [["B-LOC"], ["B-ORG"]])
    assert tie == [["B-LOC"], ["B-ORG"]]  # no majority: both stay


def test_touching_person_names_are_one_name():
    assert join_touching(["O", "B-PERS", "B-PERS", "O", "B-PERS"]) == ["O", "B-PERS", "I-PERS", "O", "B-PERS"]
    assert join_touching(["B-LOC", "B-LOC"]) == ["B-LOC", "B-LOC"]


def tagged(text: str, tags: list[str] | None = None) -> list[str]:
    tokens = text.split()
    return institution_names(tokens, [normalize(t) for t in tokens], tags or ["O"] * len(tokens))


def test_descriptive_institution_names():
    assert tagged("عضو الهيئة العليا للمفاوضات في") == ["O", "B-ORG", "I-ORG", "I-ORG", "O"]
    assert tagged("قرر الاتحاد الدولي لكرة القدم أمس") == ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"]
    assert tagged("وأعلنت اللجنة الدولية للصليب الأحمر أن") == ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"]


def test_no_institution_without_an_adjective_or_a_complement_or_with_a_generic_head():
    assert tagged("دعت اللجنة للاجتماع") == ["O"] * 3
    assert tagged("في الهيئة العليا أمس") == ["O"] * 4
    assert tagged("الحكومة المغربية لتعزيز البنية") == ["O"] * 4
    already = ["O", "B-ORG", "I-ORG", "O", "O"]
    assert tagged("عضو الهيئة العليا للمفاوضات في", already) == already
