"""Publication dates as the store compares them: ISO ``YYYY-MM-DD``."""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

from rasd.errors import RasdError

ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def iso_date(value: str | None) -> str | None:
    """The calendar date of a publication time (ISO 8601 or RFC 2822, as in news feeds), else None."""
    if not value:
        return None
    value = value.strip()
    found = ISO_DATE.match(value)
    if found:
        return _valid(*map(int, found.groups()))
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def parse_bound(value: str | None, name: str) -> str | None:
    """A user's ``--since``/``--until`` date, checked: ``YYYY-MM-DD`` (or ``YYYY-MM``, ``YYYY``)."""
    if value is None:
        return None
    for fmt, width in (("%Y-%m-%d", 10), ("%Y-%m", 7), ("%Y", 4)):
        try:
            datetime.strptime(value, fmt)
        except ValueError:
            continue
        if len(value) == width:
            return value
    raise RasdError(f"{name} {value!r}: expected a date YYYY-MM-DD (or YYYY-MM, YYYY)")
