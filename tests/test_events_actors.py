"""Actor dictionaries (dated codes, agents, countries) and the gazetteer."""

from __future__ import annotations

import gzip
import json
from collections import Counter
from pathlib import Path

import pytest

from rasd.errors import InputError
from rasd.events.actors import code_on, default_actors
from rasd.events.forms import actor_keys, fold, key_candidates, phrase_key, possessive_keys
from rasd.events.geo import (
    NewsWords,
    capital_ids,
    default_gazetteer,
    news_words,
    place_key,
    read_aliases,
)


def codes(phrase: str) -> list[tuple[str, str | None]]:
    words = phrase.split()
    found = default_actors().match([list(actor_keys(fold(w))) for w in words])
    return [(" ".join(words[m.first : m.last + 1]), m.role or code_on(m.codes, 20170226)) for m in found]


def test_dated_codes_follow_the_article_date() -> None:
    [match] = default_actors().match([key_candidates(w) for w in ("نوري", "المالكي")])
    assert code_on(match.codes, 20120101) == "IRQGOV"  # prime minister 2010-12 to 2014-09
    assert code_on(match.codes, 20150101) == "IRQELI"
    assert code_on((("IGO", 20140701, 0), ("ITAGOV", 20111129, 20130428)), 20170226) == "IGO"
    assert code_on((), 20170226) is None
    # an office that ended before the article leaves its holder the country, not the office
    assert code_on((("ITAGOV", 20111129, 20130428),), 20170226) == "ITA"
    assert code_on((("ITAGOV", 20111129, 20130428),), 20120101) == "ITAGOV"


def test_a_phrase_headed_by_an_agent_noun_adds_its_role_to_a_bare_country() -> None:
    assert codes("القوات الاميركية") == [("القوات الاميركية", "USAMIL")]
    assert codes("الحكومة الفرنسية") == [("الحكومة الفرنسية", "FRAGOV")]


def test_a_country_adjective_means_the_country_first() -> None:
    assert codes("مصري") == [("مصري", "EGY")]
    assert codes("سوري") == [("سوري", "SYR")]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("مسلحون", [("مسلحون", "UAF")]),
        # a leader alone leads a state
        ("الزعيم", [("الزعيم", "GOV")]),
        # a place's residents are civilians
        ("أهالي", [("أهالي", "CVL")]),
        ("السكان", [("السكان", "CVL")]),
        ("المسلحين", [("المسلحين", "UAF")]),
        ("روسيا", [("روسيا", "RUS")]),
        ("قوات الأمن العراقية", [("قوات الأمن العراقية", "IRQCOP")]),
        ("ستيفان دي ميستورا", [("ستيفان دي ميستورا", "IGO")]),
        # audited: the dictionary's first undated code of القاعدة is IGO, of كتائب الأقصى a state military
        ("تنظيم القاعدة", [("تنظيم القاعدة", "IMGREB")]),
        ("القاعدة", [("القاعدة", "IMGREB")]),
        ("كتائب شهداء الأقصى", [("كتائب شهداء الأقصى", "PSEREB")]),
        ("تنظيم الدولة الإسلامية", [("تنظيم الدولة الإسلامية", "IMGREB")]),
        ("تنظيم الدولة", [("تنظيم الدولة", "IMGREB")]),
        ("داعش", [("داعش", "IMGREB")]),
        ("الأمم المتحدة", [("الأمم المتحدة", "IGO")]),
        ("الجمهورية الإسلامية", [("الجمهورية الإسلامية", "IRNGOV")]),
        # audited: the agents file lists رئيس first as a company's head (BUS)
        ("الرئيس", [("الرئيس", "GOV")]),
    ],
)
def test_actor_and_agent_codes(phrase: str, expected: list[tuple[str, str]]) -> None:
    assert codes(phrase) == expected


def test_a_proclitic_the_dictionaries_write_apart_is_joined_to_its_word_again() -> None:
    # the actor dictionary writes بان كي مون as ب_أن_كي_مون_, the agents متحدث_ب_اسم_معارضة
    [ban] = default_actors().match([list(actor_keys(fold(w))) for w in ("بان", "كي", "مون")])
    assert (ban.first, ban.last, code_on(ban.codes, 20120101), code_on(ban.codes, 20050101)) == (0, 2, "IGO", "KORGOV")
    assert codes("أحمد بن بلا") == [("أحمد بن بلا", "DZA")]
    assert codes("المتحدث باسم المعارضة") == [("المتحدث باسم المعارضة", "OPP")]


def test_a_proclitic_does_not_hide_an_actor_but_a_name_keeps_its_first_letter() -> None:
    assert codes("لروسيا") == [("لروسيا", "RUS")]
    assert codes("ستيفان دي ميستورا")[0][0] == "ستيفان دي ميستورا"  # س is not read as a future prefix


def place(word: str) -> tuple[str, str] | None:
    found = default_gazetteer().match(word.split())
    return (found[0].place.country, found[0].place.kind) if found else None


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("حمص", ("SY", "city")),
        ("بحمص", ("SY", "city")),
        ("جنيف", ("CH", "city")),
        ("تل أبيب", ("IL", "city")),
        ("سوريا", ("SY", "country")),
        ("الولايات المتحدة", ("US", "country")),
        ("القاهرة", ("EG", "city")),
        # big cities anywhere under the names the news uses for them, and the audited aliases
        ("بموسكو", ("RU", "city")),
        ("نيويورك", ("US", "city")),
        ("بروكسل", ("BE", "city")),
        ("واشنطن", ("US", "city")),
        ("كابول", ("AF", "city")),
        ("الدوحة", ("QA", "city")),
        ("بريطانيا", ("GB", "country")),
        ("أميركا", ("US", "country")),
        ("بومباي", ("IN", "city")),
    ],
)
def test_places(word: str, expected: tuple[str, str]) -> None:
    assert place(word) == expected


@pytest.mark.parametrize(
    "word",
    [
        *("كان", "حول", "اليوم", "المالية", "السوري", "المدينة", "بأن", "وقف", "سيول", "سان", "ريم"),
        # words that begin with ب (that he, without, simple, Bashar), nouns often after في (palace, camp, his house)
        *("بأنه", "بلا", "بسيط", "بشار", "قصر", "معسكر", "منزله"),
        # a measure, a crossing, safety; Florida is no Cuban town in the news
        *("كيل", "عبور", "أمان", "فلوريدا"),
        "سيرا",  # walking (سيرا على الأقدام), no Brazilian city
    ],
)
def test_everyday_words_and_adjectives_are_not_places(word: str) -> None:
    assert place(word) is None


def test_place_aliases_name_a_country_or_a_city_and_a_bad_row_names_its_line(tmp_path: Path) -> None:
    countries = [{"cca2": "GB", "latlng": [54.0, -2.0]}]
    cities = {"4140963": {"countrycode": "US", "latitude": 38.9, "longitude": -77.0, "population": 689545}}
    good = tmp_path / "aliases.tsv"
    good.write_text("# comment\nبريطانيا\tGB\nواشنطن\t4140963\n", encoding="utf-8")
    aliases = read_aliases(good, countries, cities)
    assert aliases["بريطانيا"][0] == "GB" and aliases["بريطانيا"][3] == "country"
    assert aliases["واشنطن"][:1] == ["US"] and aliases["واشنطن"][3] == "city"
    bad = tmp_path / "bad.tsv"
    bad.write_text("بريطانيا\tGB\nفرنسا\tFRANCE\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.tsv:2"):
        read_aliases(bad, countries, cities)


def test_news_words_count_a_word_as_placed_only_after_a_word_of_place(tmp_path: Path) -> None:
    news = tmp_path / "news.jsonl.gz"
    with gzip.open(news, "wt", encoding="utf-8") as out:
        out.write(json.dumps({"text": "وقال بأنه في حمص، وقال بأنه سيزور حمص."}, ensure_ascii=False) + "\n")
    sample = news_words(news)
    assert (sample.counts["بانه"], sample.placed["بانه"]) == (2, 0)  # its ب is no preposition before a place
    assert (sample.counts["حمص"], sample.placed["حمص"]) == (2, 1)


def test_a_citys_other_name_is_taken_when_the_news_names_a_place_so() -> None:
    counts = Counter({"نيودلهي": 12, "ريم": 40, "سان": 500, "لوم": 47})
    placed = Counter({"نيودلهي": 5, "ريم": 0, "سان": 100, "لوم": 2})
    sample = NewsWords(counts, placed)
    assert sample.named_as_place("نيودلهي") and sample.named_as_place("لوس انجلس")
    assert not any(sample.named_as_place(w) for w in ("ريم", "سان", "لوم"))


def test_a_name_used_often_but_seldom_as_a_place_is_mostly_a_word() -> None:
    counts = Counter({"بحري": 98, "درعا": 40, "ليفربول": 908, "بونه": 3})
    placed = Counter({"بحري": 0, "درعا": 25, "ليفربول": 67, "بونه": 0})
    sample = NewsWords(counts, placed)
    assert sample.mostly_word("بحري") and sample.mostly_word("ليفربول")
    assert not sample.mostly_word("درعا")  # named after في in most of its uses
    assert not sample.mostly_word("بونه")  # too rare to tell


def test_the_shipped_gazetteer_keeps_no_town_the_news_uses_as_a_word() -> None:
    from rasd.events.geo import default_gazetteer

    def place_of(word: str) -> str | None:
        found = default_gazetteer().match([word])
        return found[0].place.country if found else None

    assert [place_of(w) for w in ("ساري", "مرسي", "سانتوس", "كروية")] == [None] * 4
    assert [place_of(w) for w in ("درعا", "حمص", "أثينا", "ميونخ")] == ["SY", "SY", "GR", "DE"]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("جنود", [("جنود", "MIL")]),
        ("الجنود", [("الجنود", "MIL")]),
        ("مسلحي", [("مسلحي", "UAF")]),
        ("رجال الأمن", [("رجال الأمن", "COP")]),
        ("قوات مكافحة الشغب", [("قوات مكافحة الشغب", "COP")]),
        ("المتمردين", [("المتمردين", "REB")]),
        ("انتحاريا", [("انتحاريا", "UAF")]),
        ("استشهادي", [("استشهادي", "UAF")]),
        ("مسلحين مجهولين", [("مسلحين مجهولين", "UAF")]),
        ("20 شخصا", [("شخصا", "CVL")]),
        ("ثلاثة أشخاص", [("أشخاص", "CVL")]),
        ("طائرة بدون طيار", [("طائرة بدون طيار", "MIL")]),
        ("طائرات حربية", [("طائرات حربية", "MIL")]),
        ("الطائرات", [("الطائرات", "MIL")]),
        ("طائرة استطلاع", [("طائرة استطلاع", "SPY")]),
        ("مقاتلين", [("مقاتلين", "UAF")]),
        ("الطيران الحربي", [("الطيران الحربي", "MIL")]),
        ("طلبة الجامعات", [("طلبة الجامعات", "EDU")]),
        ("الطلب الروسي", [("الروسي", "RUS")]),  # a request (طلب) is nobody, though طلبة keys so
        ("الفدائيين", [("الفدائيين", "UAF")]),
    ],
)
def test_audited_agents_reach_broken_plurals_and_construct_forms(phrase: str, expected: list) -> None:
    assert codes(phrase) == expected


def test_an_audited_row_without_a_code_is_refused(tmp_path) -> None:
    from rasd.errors import InputError
    from rasd.events.actors import read_audited

    path = tmp_path / "agents.tsv"
    path.write_text("# agents\nجنود\tMIL\nضباط\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"agents\.tsv:3: an audited agent needs a name"):
        read_audited(path, "an audited agent")
    path.write_text("جنود\tMIL\nالحرس الثوري\tIRNMIL\n", encoding="utf-8")
    assert read_audited(path, "an audited agent") == {"جنود": "MIL", "حرس ثوري": "IRNMIL"}
    path.write_text("جنود\tMIL\t20180101-\n", encoding="utf-8")
    with pytest.raises(InputError, match="takes no dates"):
        read_audited(path, "an audited agent")


def test_audited_actors_carry_their_terms(tmp_path: Path) -> None:
    from rasd.events.actors import read_audited_actors

    path = tmp_path / "actors.tsv"
    path.write_text("# leaders\nترامب\tUSA\nترامب\tUSAGOV\t20170120-20210120\nباشينيان\tARMOPP\t-20180508\n", "utf-8")
    assert read_audited_actors(path) == {
        "ترامب": [["USA", 0, 0], ["USAGOV", 20170120, 20210120]],
        "باشينيان": [["ARMOPP", 0, 20180508]],
    }
    path.write_text("ترامب\tUSAGOV\t2017-01-20\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"actors\.tsv:1: .*YYYYMMDD"):
        read_audited_actors(path)


@pytest.mark.parametrize(
    "phrase",
    [
        *("العالم", "مشيرا", "الفريق", "عقب", "مالي", "الطائفة", "عبوة ناسفة", "مصدر", "صاروخا", "للنيل", "ساد"),
        *("القانون", "ملايين", "الأوضاع", "المشرف", "صدامات", "تجمع", "نادرة", "ورق", "الذهبية", "عُرف"),
        "بألا",
        "العمادي",  # a family name, no Iraqi town
        "الشرق الأوسط",  # the region, not the newspaper
        "تبني",  # claiming (بعد تبني داعش الهجوم), not an adoptive group
    ],
)
def test_everyday_words_the_dictionaries_list_are_no_actors(phrase: str) -> None:
    assert codes(phrase) == []


def test_a_phrase_beginning_with_a_dropped_word_keeps_its_code() -> None:
    assert codes("قطاع غزة") == [("قطاع غزة", codes("غزة")[0][1])]


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("جنوده", [("جنوده", "MIL")]),
        ("قواتها", [("قواتها", "MIL")]),
        ("جنودنا", [("جنودنا", "MIL")]),
        ("ومسلحيهم", [("ومسلحيهم", "UAF")]),
    ],
)
def test_an_agent_noun_is_read_through_a_possessive_pronoun(word: str, expected: list) -> None:
    assert codes(word) == expected


@pytest.mark.parametrize(("word", "key"), [("جنوده", "جنود"), ("بقواتها", "قو")])  # قوات's key is قو
def test_possessive_keys_read_a_word_without_its_pronoun(word: str, key: str) -> None:
    assert key in possessive_keys(word)


@pytest.mark.parametrize("word", ["سوريا", "منه"])  # no pronoun (a name ending in ا); under three letters left
def test_possessive_keys_of_a_word_without_a_pronoun_are_none(word: str) -> None:
    assert possessive_keys(word) == ()


def test_a_singular_in_ta_marbuta_with_a_pronoun_is_no_agent() -> None:
    assert codes("قوته") == []  # its strength (زلزال قوته 5.6 درجة), not its force


@pytest.mark.parametrize(
    ("code", "country", "expected"),
    [
        ("GOV", "TH", "THAGOV"),
        ("CVL", "IQ", "IRQCVL"),
        ("USAMIL", "IQ", "USAMIL"),  # a country of its own
        ("IGO", "CH", "IGO"),  # an actor of no country
        ("IMGREBRAD", "IQ", "IMGREBRAD"),
        ("GOV", None, "GOV"),
        (None, "IQ", None),
    ],
)
def test_a_role_alone_takes_the_country_of_the_place(
    code: str | None, country: str | None, expected: str | None
) -> None:
    assert default_actors().placed(code, country) == expected


def test_capitals_are_found_by_their_letters_within_their_country() -> None:
    countries = [
        {"cca2": "US", "capital_en": "Washington D.C."},
        {"cca2": "YE", "capital_en": "Sana'a"},
        {"cca2": "AQ", "capital_en": None},
    ]
    cities = {
        "1": {"geonameid": 1, "name": "Washington", "countrycode": "US", "population": 600_000},
        "2": {"geonameid": 2, "name": "Washington", "countrycode": "GB", "population": 50_000},  # another country's
        "3": {"geonameid": 3, "name": "Sanaa", "countrycode": "YE", "population": 1_900_000},
    }
    assert capital_ids(countries, cities) == {"1", "3"}
    gazetteer = default_gazetteer()
    assert gazetteer.places[place_key("موسكو")].capital
    assert not gazetteer.places[place_key("حلب")].capital


def test_a_country_code_that_is_also_a_role_is_read_as_the_role() -> None:
    actors = default_actors()
    assert "MUS" not in actors.countries  # Mauritius's code is CAMEO's Muslim
    assert {"SYR", "USA", "MRT"} <= actors.countries


def test_an_institutions_code_does_not_lapse() -> None:
    # the dictionary dates السلطات السورية 2001-2009; news names the authorities so in 2018
    assert codes("السلطات السورية") == [("السلطات السورية", "SYRGOV")]
    # a person's titled name keeps the dates of the office
    actor = default_actors().actors[phrase_key("الأمير بندر")]
    assert code_on(actor, 20170226) == "SAU"


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("الحشد الشعبي", [("الحشد الشعبي", "IRQMIL")]),  # not الحشد, a crowd
        ("الجيش السوري الحر", [("الجيش السوري الحر", "SYRREB")]),  # not the state's army
        ("جبهة النصرة", [("جبهة النصرة", "IMGREB")]),
        ("الدولة العبرية", [("الدولة العبرية", "ISRGOV")]),  # not الدولة, a government of the place
        ("قصر الإليزيه", [("قصر الإليزيه", "FRAGOV")]),
        ("البحرين", [("البحرين", "BHR")]),  # its key without the article is not البحر's
        ("البحر", []),
        ("الفلبينية", [("الفلبينية", "PHL")]),  # the adjective of a name ending as a plural would
        ("والبحرين", [("والبحرين", "BHR")]),
    ],
)
def test_actors_the_dictionary_lacks_or_misreads(phrase: str, expected: list[tuple[str, str | None]]) -> None:
    assert codes(phrase) == expected


def test_a_name_the_dictionary_writes_after_wa_is_read_as_wa_and_the_name() -> None:
    from rasd.events.forms import proclitic_length

    [match] = default_actors().match([list(actor_keys(fold("وكندا")))])
    assert code_on(match.codes, 20180101) == "CAN" and proclitic_length(fold("وكندا"), match.head) == 1
