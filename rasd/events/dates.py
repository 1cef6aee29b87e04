"""Dates in a sentence (اليوم، أمس، السبت، 27 ديسمبر، ١٥ آذار ٢٠١٨ …) resolved against the publication date."""

from __future__ import annotations

import datetime as dt
import email.utils
import re

from rasd.events.forms import bare, fold

_MONTHS = {
    fold(name): n
    for n, names in enumerate(
        [
            "يناير كانون_الثاني جانفي",
            "فبراير شباط فيفري",
            "مارس آذار اذار",
            "أبريل ابريل نيسان افريل",
            "مايو أيار ايار ماي",
            "يونيو حزيران جوان",
            "يوليو تموز جويلية",
            "أغسطس اغسطس آب اوت",
            "سبتمبر أيلول ايلول",
            "أكتوبر اكتوبر تشرين_الأول",
            "نوفمبر تشرين_الثاني",
            "ديسمبر كانون_الأول",
        ],
        start=1,
    )
    for name in names.split()
}
_TWO_WORD_MONTHS = {(k.split("_")[0], bare(k.split("_")[1])): v for k, v in _MONTHS.items() if "_" in k}
WEEKDAY_NAMES = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")  # Monday first, as dt
_WEEKDAYS = {fold(d): i for i, d in enumerate(WEEKDAY_NAMES)}
_WEEKDAYS.update({bare(k): v for k, v in list(_WEEKDAYS.items())})
TODAY = frozenset({fold("اليوم"), fold("الليلة")})
YESTERDAY = fold("أمس")
PAST = frozenset(bare(fold(w)) for w in ("الماضي", "الماضية", "المنصرم"))
NEXT = frozenset(bare(fold(w)) for w in ("المقبل", "المقبلة", "القادم", "القادمة"))
CURRENT = frozenset(bare(fold(w)) for w in ("الجاري", "الحالي"))  # 23 مارس الحالي: this month's
_YEAR = re.compile(r"1\d\d\d|20\d\d")  # 1847 and 2018, not a count of 500
_HORIZON = dt.timedelta(days=92)  # how far ahead a date told of the past may lie: what it plans (ابتداء من)
_WEEK, _MONTH = ("اسبوع", "الاسبوع"), ("شهر", "الشهر")
_RELATIVE_WORDS = frozenset([*TODAY, YESTERDAY, *_WEEKDAYS, *_WEEK, *_MONTH])  # what `_relative` starts from


def published_date(value: str | None) -> dt.date | None:
    """The publication date from an ISO date/time or an RFC-822 string ('Sun, 18 Feb 2018 21:35:43 +0400')."""
    if not value:
        return None
    text = value.strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        return None


def _year_of(month: int, day: int, year: int | None, published: dt.date, told: str) -> dt.date | None:
    """The date of a day and month, in ``year`` when the text gives one; else in the year ``told`` points to:
    ``past`` (الماضي) the last such day on or before publication, ``next`` (المقبل) the first on or after it,
    ``current`` (الجاري) the publication's year, ``ahead`` (a verb in the present tense) the nearest, and otherwise
    the nearest unless it lies more than ``_HORIZON`` ahead (ابتداء من 22 أيار, told on 4 May: this year's)."""
    try:
        date = dt.date(year or published.year, month, day)
    except ValueError:
        return None
    if year is not None or told == "current":
        return date
    earlier, later = _shifted(date, -1), _shifted(date, 1)
    if told == "past":
        return date if date <= published + dt.timedelta(days=1) else earlier
    if told == "next":
        return date if date >= published else later
    options = [d for d in (earlier, date, later) if d is not None]
    nearest = min(options, key=lambda d: abs((d - published).days))
    if told != "ahead" and nearest - published > _HORIZON:
        return max(d for d in options if d <= published + dt.timedelta(days=1))
    return nearest


def _told(marker: str, ahead: bool) -> str:
    """Which way the word after a date without its year points (``_year_of``)."""
    for told, words in (("past", PAST), ("next", NEXT), ("current", CURRENT)):
        if marker in words:
            return told
    return "ahead" if ahead else ""


def _shifted(date: dt.date, years: int) -> dt.date | None:
    """The same day and month ``years`` years on, None when there is none (29 February)."""
    try:
        return date.replace(year=date.year + years)
    except ValueError:
        return None


def _month_at(words: list[str], i: int) -> tuple[int, int] | None:
    """(month, words used) for a month name at position i."""
    pair = tuple(bare(w) if k else w for k, w in enumerate(words[i : i + 2]))
    if pair in _TWO_WORD_MONTHS:
        return _TWO_WORD_MONTHS[pair], 2
    word = words[i] if i < len(words) else ""
    for form in (word, bare(word)):
        if form in _MONTHS:
            return _MONTHS[form], 1
    return None


def find_date(words: list[str], published: dt.date | None, ahead: bool = False) -> str | None:
    """The first date a sentence states, as YYYY-MM-DD (YYYY-MM for 'last month'), or None. A weekday is the last
    one on or before ``published``, or with ``ahead`` (an event told in the present tense: يستقبل الرئيس الثلاثاء)
    or after المقبل the next one on or after it."""
    for i, word in enumerate(words):
        if word.isdigit() and 1 <= int(word) <= 31 and published:
            month = _month_at(words, i + 1)
            if month:
                after = i + 1 + month[1]
                while after < len(words) and not words[after].isdigit() and len(words[after]) <= 1:
                    after += 1  # '(' of '25 مايو (ايار)'
                nxt = _month_at(words, after) if after < len(words) else None
                after += nxt[1] if nxt else 0
                while after < len(words) and words[after] in ("(", ")"):
                    after += 1
                year = int(words[after]) if after < len(words) and _YEAR.fullmatch(words[after]) else None
                marker = bare(words[after]) if year is None and after < len(words) else ""
                date = _year_of(month[0], int(word), year, published, _told(marker, ahead))
                if date:
                    return date.isoformat()
        if not published or (word not in _RELATIVE_WORDS and bare(word) not in _RELATIVE_WORDS):
            continue
        relative = _relative(words, i, published, ahead)
        if relative:
            return relative
    return None


def _relative(words: list[str], i: int, published: dt.date, ahead: bool) -> str | None:
    word, base = words[i], bare(words[i])
    following = bare(words[i + 1]) if i + 1 < len(words) else ""
    if word in TODAY or base in TODAY:
        return published.isoformat()
    if base == YESTERDAY or word == YESTERDAY:
        before = bare(words[i - 1]) if i > 0 else ""
        days = 2 if before in ("اول", "من") else 1
        return (published - dt.timedelta(days=days)).isoformat()
    if base in _WEEKDAYS or word in _WEEKDAYS:
        weekday = _WEEKDAYS.get(word, _WEEKDAYS.get(base))
        if following in NEXT or (ahead and following not in PAST):
            return (published + dt.timedelta(days=(weekday - published.weekday()) % 7)).isoformat()
        back = (published.weekday() - weekday) % 7
        if following in PAST and back == 0:
            back = 7
        return (published - dt.timedelta(days=back)).isoformat()
    if base in _WEEK and following in PAST:
        return (published - dt.timedelta(days=7)).isoformat()
    if base in _MONTH and following in PAST:
        first = published.replace(day=1) - dt.timedelta(days=1)
        return first.strftime("%Y-%m")
    return None
