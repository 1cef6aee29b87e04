"""`rasd export --db FILE --what WHAT --format FORMAT [--output FILE]`: write the store's records out.

Documents in JSONL are whole `rasd.document/1` objects; otherwise one flat row per record, with the columns
of rasd.store.records. Events in TSV follow the layout of the Phoenix/ICEWS event files (date, source, source
code, event code, target, target code, place, country, lat, lon, doc id, sentence).
"""

from __future__ import annotations

import argparse
import sys
from contextlib import closing
from pathlib import Path

from rasd.commands.listing import add_db_argument, utf8_stdout
from rasd.store import open_reader
from rasd.store.export import FORMATS, WHAT, export


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("export", help="write documents, quotes, events or entities to a file",
                                   description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_db_argument(parser)
    parser.add_argument("--what", choices=WHAT, required=True, help="which records")
    parser.add_argument("--format", choices=FORMATS, default="jsonl", help="file format (default jsonl)")
    parser.add_argument("--output", "-o", type=Path, metavar="FILE", help="write here (default: standard output)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.output is None:
        utf8_stdout()
    with closing(open_reader(args.db)) as conn:
        n = export(conn, args.what, args.format, args.output, sys.stdout)
    if args.output is not None:
        print(f"rasd: wrote {n} {args.what} to {args.output}", file=sys.stderr)
    return 0
