"""Name chains: partial mentions join the fullest name; people who share a family name stay apart."""

from __future__ import annotations

from rasd.ner.chains import Mention, entity_id, link
from rasd.text.normalize import normalize


def mention(name: str, label: str = "PER", pos: int = 0, hashtag: bool = False) -> Mention:
    return Mention(pos, pos + len(name), label, tuple(normalize(name).split()), name, hashtag=hashtag)


def chain(*items: Mention) -> list[tuple[str, str]]:
    return [(m.canonical, m.entity_id) for m in link(list(items))]


def test_partial_mentions_join_the_full_name():
    out = chain(mention("ستيفان دي ميستورا", pos=0), mention("دي ميستورا", pos=50), mention("ميستورا", pos=90))
    assert {c for c, _ in out} == {"ستيفان دي ميستورا"}
    assert len({i for _, i in out}) == 1


def test_a_short_mention_before_the_full_one_joins_it_too():
    out = chain(mention("حسون", pos=0), mention("فاتح حسون", pos=40), mention("حسون", pos=80))
    assert [c for c, _ in out] == ["فاتح حسون"] * 3


def test_two_people_sharing_a_family_name_stay_distinct():
    out = chain(mention("نصر الحريري", pos=0), mention("رفيق الحريري", pos=100))
    assert out[0][0] == "نصر الحريري" and out[1][0] == "رفيق الحريري"
    assert out[0][1] != out[1][1]


def test_a_bare_family_name_goes_to_the_nearest_earlier_full_name():
    out = chain(
        mention("نصر الحريري", pos=0),
        mention("الحريري", pos=30),
        mention("رفيق الحريري", pos=60),
        mention("الحريري", pos=90),
    )
    assert [c for c, _ in out] == ["نصر الحريري", "نصر الحريري", "رفيق الحريري", "رفيق الحريري"]


def test_a_bare_name_joins_the_person_not_a_relative_named_by_them():
    out = chain(mention("تشاريتي لي", pos=0), mention("ابن تشاريتي", pos=40), mention("تشاريتي", pos=80))
    assert [c for c, _ in out] == ["تشاريتي لي", "ابن تشاريتي", "تشاريتي لي"]
    # with no other name, the relative's name is all there is to join
    assert [c for c, _ in chain(mention("ابن خلدون", pos=0), mention("خلدون", pos=40))] == ["ابن خلدون"] * 2


def test_a_bare_family_name_before_any_full_name_takes_the_nearest_following_one():
    out = chain(mention("الحريري", pos=0), mention("سعد الحريري", pos=30), mention("بهاء الحريري", pos=90))
    assert out[0][0] == "سعد الحريري"


def test_hashtag_names_count_and_plain_text_is_preferred_as_canonical():
    out = chain(mention("دي ميستورا", pos=0, hashtag=True), mention("ستيفان دي ميستورا", pos=20))
    assert [c for c, _ in out] == ["ستيفان دي ميستورا"] * 2
    alone = chain(mention("بسمة قضماني", pos=0, hashtag=True), mention("قضماني", pos=40))
    assert [c for c, _ in alone] == ["بسمة قضماني"] * 2


def test_one_word_of_an_organisation_does_not_join_it():
    out = chain(mention("الأمم المتحدة", "ORG", 0), mention("الأمم", "ORG", 30))
    assert out[1][0] == "الأمم"
    two = chain(mention("الهيئة العليا للمفاوضات", "ORG", 0), mention("الهيئة العليا", "ORG", 40))
    assert two[1][0] == "الهيئة العليا للمفاوضات"


def test_labels_are_kept_apart_and_harmonised_by_majority():
    out = link([mention("جنيف", "LOC", 0), mention("جنيف", "ORG", 10), mention("جنيف", "LOC", 20)])
    assert {m.label for m in out} == {"LOC"}
    assert len({m.entity_id for m in out}) == 1


def test_entity_ids_are_stable_across_articles_and_spellings():
    assert entity_id("PER", "فاتح حسون") == entity_id("PER", "فاتح  حسون")
    assert entity_id("ORG", "الأمم المتحدة") == entity_id("ORG", "الامم المتحده")
    assert entity_id("PER", "جنيف") != entity_id("LOC", "جنيف")
    first = chain(mention("فاتح حسون", pos=0))[0][1]
    second = chain(mention("حسون", pos=0), mention("فاتح حسون", pos=10))[0][1]
    assert first == second


def test_a_name_as_written_is_preferred_to_one_a_preposition_is_fused_with():
    fused = Mention(0, 9, "MISC", ("المونديال",), "للمونديال")  # لل: the ل cannot be cut off the text
    out = chain(fused, mention("المونديال", "MISC", 30), mention("مونديال روسيا", "MISC", 60))
    assert [c for c, _ in out] == ["المونديال", "المونديال", "مونديال روسيا"]
    assert out[0][1] == out[1][1]
    # with no other mention the fused one names it, the article written out, so that its id is the name's
    [(name, identity)] = chain(Mention(0, 9, "MISC", ("المونديال",), "للمونديال"))
    assert (name, identity) == ("المونديال", out[0][1])
    assert chain(Mention(0, 13, "ORG", ("الامم", "المتحده"), "للأمم المتحدة"))[0][0] == "الأمم المتحدة"
