"""Print a page of store records as a rich table, JSON or CSV; shared by the query commands."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from rasd.render import justify
from rasd.store.export import write_csv
from rasd.store.queries import Page

FORMATS = ("table", "json", "csv")
SHORT_COLUMNS = {"date", "published", "kind", "label", "mentions", "articles"}  # never wrapped
# A table column: header, and how to get the cell from a record.
TableColumn = tuple[str, Callable[[Any], Any]]


def add_db_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", required=True, type=Path, metavar="FILE", help="the database (from `rasd ingest`)")


def add_format_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=FORMATS, default="table",
                        help="table for reading (default), json or csv for other programs")


def add_page_arguments(parser: argparse.ArgumentParser, *, limit: int = 20, limit_flags: Sequence[str] = ("--limit",)
                       ) -> None:
    parser.add_argument(*limit_flags, dest="limit", type=whole_number(0), default=limit, metavar="N",
                        help=f"how many to show (default {limit})")
    parser.add_argument("--offset", type=whole_number(0), default=0, metavar="N",
                        help="skip the first N (for paging)")


def print_page(page: Page, record_type: type, fmt: str, title: str, table_columns: Sequence[TableColumn]) -> None:
    """Write the page to standard output; for a table, say on standard error which slice of how many it is."""
    utf8_stdout()
    if fmt == "json":
        data = {"total": page.total, "limit": page.limit, "offset": page.offset,
                "items": [asdict(item) for item in page.items]}
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif fmt == "csv":
        write_csv(page.items, record_type, sys.stdout)
    else:
        table = Table(title=title, title_justify="left")
        for header, _ in table_columns:
            table.add_column(header, overflow="fold", no_wrap=header in SHORT_COLUMNS)
        for item in page.items:
            table.add_row(*(cell(get(item)) for _, get in table_columns))
        Console(highlight=False, emoji=False, markup=False).print(table)
        sys.stdout.flush()
        shown = f"{page.offset + 1}–{page.offset + len(page.items)}" if page.items else "none"
        print(f"{shown} of {page.total}", file=sys.stderr)


def cell(value: Any) -> Text:
    """A table cell: Arabic right-aligned, missing values as a dash."""
    if isinstance(value, Text):
        return value
    if value is None or value == "":
        return Text("—", style="dim")
    if isinstance(value, list):
        value = " | ".join(map(str, value))
    text = str(value)
    return Text(text, justify=justify(text))


def utf8_stdout() -> None:
    """Write standard output as UTF-8 whatever the locale says (Arabic must not fail on a narrower encoding)."""
    if (sys.stdout.encoding or "").lower().replace("-", "") != "utf8" and hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")


def whole_number(minimum: int) -> Callable[[str], int]:
    """An argparse type: a whole number no smaller than ``minimum``."""
    wanted = "a positive whole number" if minimum == 1 else f"a whole number of at least {minimum}"

    def parse(value: str) -> int:
        try:
            number = int(value)
        except ValueError:
            number = minimum - 1
        if number < minimum:
            raise argparse.ArgumentTypeError(f"{value!r} is not {wanted}")
        return number

    return parse
