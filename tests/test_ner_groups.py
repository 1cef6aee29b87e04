"""Groups of the news' years the training text predates, read as organisations in documents."""

from __future__ import annotations

from test_ner_articles import analyse

from rasd.ner.features import Lexicon
from rasd.ner.groups import GROUPS_PATH, groups, known_groups
from rasd.text.normalize import normalize


def test_the_list_is_one_name_a_line_without_repeats():
    names = [line for line in GROUPS_PATH.read_text(encoding="utf-8").splitlines() if line and line[0] != "#"]
    folded = [normalize(name) for name in names]
    assert len(folded) == len(set(folded)) > 20
    assert all(name == name.strip() and "\t" not in name for name in names)
    assert len(groups().entries()) == len(names)


def tags_of(text: str, tags: list[str]) -> list[str]:
    words = text.split()
    return known_groups([normalize(w) for w in words], [Lexicon.stem(w) for w in words], tags)


def test_a_group_name_is_an_organisation_whatever_the_tagger_made_of_it():
    # untagged, with a proclitic, tagged as something else, or inside a longer name the tagger found
    assert tags_of("وتبنى داعش الهجوم", ["O", "O", "O"]) == ["O", "B-ORG", "O"]
    assert tags_of("وقاتلوا لتنظيم داعش", ["O", "O", "B-MISC"]) == ["O", "B-ORG", "I-ORG"]
    text = "قالت جماعة أنصار الله إن"
    assert tags_of(text, ["O", "B-ORG", "I-ORG", "I-ORG", "O"]) == ["O", "B-ORG", "I-ORG", "I-ORG", "O"]
    assert tags_of(text, ["O", "B-PERS", "I-PERS", "O", "O"]) == ["O", "B-ORG", "I-ORG", "I-ORG", "O"]
    # a name that is an everyday word alone is listed only with the word that makes it the group's
    assert tags_of("في القاعدة العسكرية", ["O", "O", "O"]) == ["O", "O", "O"]


def test_groups_in_an_article():
    doc = analyse(
        "وتبنى تنظيم داعش الهجوم على الكنيسة، فيما نفت حركة حماس أي علاقة لها به. "
        "واشتبكت وحدات حماية الشعب الكردية مع مقاتلي هيئة تحرير الشام قرب حلب، وقالت القاعدة الجوية إن داعش انسحب."
    )
    found = {(e.text, e.label) for e in doc.entities}
    expected = {"تنظيم داعش", "حماس", "وحدات حماية الشعب الكردية", "هيئة تحرير الشام", "داعش"}
    assert {(name, "ORG") for name in expected} <= found
    assert not any(text.startswith("القاعدة") for text, _ in found)
