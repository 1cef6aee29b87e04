"""Dates: publication dates in the corpus' formats, relative and absolute expressions."""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.events.dates import find_date, published_date
from rasd.events.forms import fold

SUNDAY = dt.date(2017, 2, 26)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2017-02-26", dt.date(2017, 2, 26)),
        ("2018-02-18T21:35:43+04:00", dt.date(2018, 2, 18)),
        ("Sun, 18 Feb 2018 21:35:43 +0400", dt.date(2018, 2, 18)),
        ("not a date", None),
        (None, None),
    ],
)
def test_published_date(value: str | None, expected: dt.date | None) -> None:
    assert published_date(value) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل ثلاثة اليوم", "2017-02-26"),
        ("وقع الهجوم أمس", "2017-02-25"),
        ("وقع الهجوم أول من أمس", "2017-02-24"),
        ("اجتمع الوفد ، السبت ، في جنيف", "2017-02-25"),
        ("اجتمع الوفد يوم الأحد الماضي", "2017-02-19"),
        ("الأسبوع الماضي", "2017-02-19"),
        ("الشهر الماضي", "2017-01"),
        ("يوم 27 ديسمبر الماضي", "2016-12-27"),
        ("في 25 مايو ( ايار ) الماضي", "2016-05-25"),
        ("في ١٥ آذار ٢٠١٨", "2018-03-15"),
        ("في 3 كانون الثاني", "2017-01-03"),
        ("لا تاريخ هنا", None),
        # a weekday after المقبل is the next one (2017-02-26 is a Sunday)
        ("يجتمع الوفد الثلاثاء المقبل", "2017-02-28"),
    ],
)
def test_find_date(text: str, expected: str | None) -> None:
    assert find_date([fold(w) for w in text.split()], SUNDAY) == expected


def test_no_publication_date_means_no_relative_date() -> None:
    assert find_date([fold("أمس")], None) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("يجتمع الوفد الثلاثاء في جنيف", "2017-02-28"),  # told in the present tense: the coming Tuesday
        ("يجتمع الوفد الأحد في جنيف", "2017-02-26"),  # today is a Sunday
        ("يجتمع الوفد الثلاثاء الماضي في جنيف", "2017-02-21"),
    ],
)
def test_a_weekday_of_an_event_told_ahead_is_the_coming_one(text: str, expected: str) -> None:
    assert find_date([fold(w) for w in text.split()], SUNDAY, ahead=True) == expected


@pytest.mark.parametrize(
    ("text", "ahead", "expected"),
    [
        # a day and month without a year: the nearest such day, a quarter ahead at most for what is told of the past
        ("هدد بفرض رسوم ابتداء من 22 مارس", False, "2017-03-22"),
        ("وقع الاتفاق في 28 يونيو", False, "2016-06-28"),
        ("يلتقي المنتخبان في 28 يونيو", True, "2017-06-28"),
        ("في 5 يناير", False, "2017-01-05"),
        # or where the word after it points: this month, the coming one, the last one
        ("في 23 مارس الحالي", False, "2017-03-23"),
        ("في 3 كانون الثاني المقبل", False, "2018-01-03"),
        ("في 20 فبراير الماضي", True, "2017-02-20"),
        # a year of any century
        ("اتفاقية أرضروم التي وقعت في 31 مايو 1847", False, "1847-05-31"),
    ],
)
def test_a_date_without_its_year_is_the_nearest_or_where_the_text_points(
    text: str, ahead: bool, expected: str
) -> None:
    assert find_date([fold(w) for w in text.split()], SUNDAY, ahead=ahead) == expected
