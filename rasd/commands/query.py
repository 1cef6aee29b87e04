"""`rasd search`, `rasd quotes`, `rasd events`, `rasd entities`, `rasd show`: questions to a corpus database.

Each reads the database read-only (safe while `rasd ingest` writes to it) and prints a table, JSON or CSV.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from collections.abc import Callable
from contextlib import closing
from functools import partial

from rich.console import Console
from rich.text import Text

from rasd.commands.listing import (
    TableColumn,
    add_db_argument,
    add_format_argument,
    add_page_arguments,
    print_page,
    utf8_stdout,
)
from rasd.errors import RasdError
from rasd.render import justify, render
from rasd.store import open_reader, queries
from rasd.store.queries import Page
from rasd.store.records import DocumentRecord, EntityRecord, EventRecord, QuoteRecord
from rasd.store.search import SearchHit, search

SEARCH_HELP = (
    "Words are all required; OR between two words accepts either; \"a phrase\" in double quotes; word* for a "
    "prefix. A word finds its forms with و ف ب ل ك ال attached (المفاوضات finds والمفاوضات, بالمفاوضات)."
)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("search", help="full-text search of the articles", description=SEARCH_HELP)
    parser.add_argument("query", help="what to look for")
    parser.add_argument("--source", help="only articles from this source")
    _dates(parser)
    _common(parser, run_search)

    parser = subparsers.add_parser("quotes", help="who said what: quotes by speaker and subject")
    parser.add_argument("--speaker", metavar="NAME", help="speaker's name contains NAME")
    parser.add_argument("--about", metavar="QUERY", help="quote content matches QUERY (as in `rasd search`)")
    _dates(parser)
    _common(parser, run_quotes)

    parser = subparsers.add_parser("events", help="who did what to whom, where and when")
    parser.add_argument("--type", help="PLOVER type (ASSAULT, PROTEST …) or CAMEO code prefix (19)")
    parser.add_argument("--actor", metavar="NAME", help="source or target name contains NAME, or actor code")
    parser.add_argument("--place", metavar="NAME", help="place name contains NAME, or country code (SY)")
    _dates(parser)
    _common(parser, run_events)

    parser = subparsers.add_parser("entities", help="who is who: people, organisations and places, most mentioned")
    parser.add_argument("--label", choices=("PER", "ORG", "LOC", "MISC"), type=str.upper, help="only this kind")
    parser.add_argument("--name", help="canonical name contains NAME")
    _common(parser, run_entities, limit_flags=("--top", "--limit"))

    parser = subparsers.add_parser("show", help="one stored article with everything found in it")
    parser.add_argument("doc_id", metavar="DOC_ID", help="the document id")
    add_db_argument(parser)
    add_format_argument(parser)
    parser.set_defaults(run=run_show)


def _common(parser: argparse.ArgumentParser, run, **page) -> None:
    add_db_argument(parser)
    add_format_argument(parser)
    add_page_arguments(parser, **page)
    parser.set_defaults(run=run)


def _dates(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--since", metavar="YYYY-MM-DD", help="published (events: happened) on or after")
    parser.add_argument("--until", metavar="YYYY-MM-DD", help="published (events: happened) on or before")


def _print_answer(args: argparse.Namespace, ask: Callable[[sqlite3.Connection], Page], record_type: type,
                  title: str, table_columns: list[TableColumn]) -> int:
    """Ask the database one question and print the page of answers in the format asked for."""
    with closing(open_reader(args.db)) as conn:
        page = ask(conn)
    print_page(page, record_type, args.format, title, table_columns)
    return 0


def run_search(args: argparse.Namespace) -> int:
    ask = partial(search, query=args.query, source=args.source, since=args.since, until=args.until,
                  limit=args.limit, offset=args.offset)
    return _print_answer(args, ask, SearchHit, f"search: {args.query}", [
        ("doc", lambda h: h.doc_id), ("published", lambda h: h.published), ("source", lambda h: h.source),
        ("title", lambda h: h.title), ("snippet", highlighted),
    ])


def highlighted(hit: SearchHit) -> Text:
    """The snippet with the matching words in bold."""
    text = Text(hit.snippet, justify=justify(hit.snippet))
    for start, end in hit.snippet_matches():
        text.stylize("bold yellow", start, end)
    return text


def run_quotes(args: argparse.Namespace) -> int:
    ask = partial(queries.quotes, speaker=args.speaker, about=args.about, since=args.since, until=args.until,
                  limit=args.limit, offset=args.offset)
    return _print_answer(args, ask, QuoteRecord, "quotes", [
        ("date", lambda q: q.date), ("speaker", lambda q: q.speaker_canonical), ("kind", lambda q: q.kind),
        ("content", lambda q: q.content), ("doc", lambda q: q.doc_id),
    ])


def run_events(args: argparse.Namespace) -> int:
    ask = partial(queries.events, type=args.type, actor=args.actor, place=args.place, since=args.since,
                  until=args.until, limit=args.limit, offset=args.offset)
    return _print_answer(args, ask, EventRecord, "events", [
        ("date", lambda e: e.date), ("type", lambda e: " ".join(filter(None, (e.event_type, e.event_code)))),
        ("source", lambda e: e.source), ("trigger", lambda e: e.trigger), ("target", lambda e: e.target),
        ("place", lambda e: e.place), ("doc", lambda e: e.doc_id),
    ])


def run_entities(args: argparse.Namespace) -> int:
    ask = partial(queries.entities, label=args.label, name=args.name, limit=args.limit, offset=args.offset)
    return _print_answer(args, ask, EntityRecord, "entities", [
        ("canonical", lambda e: e.canonical), ("label", lambda e: e.label), ("mentions", lambda e: e.mentions),
        ("articles", lambda e: e.documents), ("aliases", lambda e: _some(e.aliases, e.canonical)),
    ])


def _some(aliases: list[str], canonical: str, shown: int = 4) -> str:
    """A few aliases other than the canonical name, and how many more there are."""
    others = [a for a in aliases if a != canonical]
    more = f" (+{len(others) - shown})" if len(others) > shown else ""
    return " | ".join(others[:shown]) + more


def run_show(args: argparse.Namespace) -> int:
    with closing(open_reader(args.db)) as conn:
        stored = queries.get_document(conn, args.doc_id)
        listing = queries.documents(conn, doc_id=args.doc_id) if args.format == "csv" else None
    if stored is None:
        raise RasdError(f"{args.db}: no document with id {args.doc_id!r}")
    utf8_stdout()
    if args.format == "json":
        json.dump(stored.document.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif args.format == "csv":
        print_page(listing, DocumentRecord, "csv", "", [])
    else:
        console = Console(highlight=False, emoji=False, markup=False)
        console.print(render(stored.document))
        console.print(f"content hash {stored.content_hash} · from {stored.origin or '—'} · stored {stored.ingested_at}",
                      style="dim")
    return 0
