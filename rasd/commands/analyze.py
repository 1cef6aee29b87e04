"""`rasd analyze [FILE|-]`: analyse articles and write `rasd.document/1` records.

Exit status: 0 when every record was analysed, 1 when some records failed (each reported on
standard error as ``rasd: PATH[:LINE]: problem``; the others are written), 2 for a usage error or an
input that cannot be opened at all.
"""

from __future__ import annotations

import argparse
import sys
from contextlib import ExitStack
from typing import TextIO

from rasd.commands.listing import utf8_stdout, whole_number
from rasd.errors import RasdError
from rasd.io.readers import STDIN, open_input, parse_date, with_default_published
from rasd.io.writers import FORMATS, open_writer
from rasd.pipeline import Pipeline, RecordError

EXIT_OK, EXIT_RECORD_ERRORS, EXIT_USAGE = 0, 1, 2


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "analyze",
        help="analyse articles: text, HTML, JSONL, CSV, a directory, .gz, or - for standard input",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("file", nargs="?", default=STDIN, metavar="FILE|-", help="input (default: standard input)")
    parser.add_argument(
        "--published",
        type=_date_argument,
        metavar="YYYY-MM-DD",
        help="publication date, for records that do not carry their own",
    )
    parser.add_argument(
        "--format",
        choices=FORMATS,
        help="output format (default: json for one article, jsonl for a JSONL/CSV file or a directory)",
    )
    parser.add_argument("--n-process", type=whole_number(1), default=1, metavar="N", help="worker processes")
    parser.add_argument("--output", "-o", metavar="FILE", help="write here instead of standard output")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.file == STDIN and sys.stdin.isatty():
        raise RasdError("no input: give a FILE, or pipe an article into standard input")
    source = open_input(args.file)
    records = with_default_published(source.records, args.published) if args.published else source.records
    fmt = args.format or ("jsonl" if source.is_batch else "json")
    failed = 0
    with ExitStack() as stack:
        stream = _output(args.output, stack)
        writer = open_writer(fmt, stream, batch=source.is_batch)
        for result in Pipeline().pipe(records, n_process=args.n_process):
            if isinstance(result, RecordError):
                failed += 1
                print(f"rasd: {result}", file=sys.stderr, flush=True)
            else:
                writer.write(result)
        writer.close()
    if failed and source.is_batch:
        print(f"rasd: {failed} record(s) failed", file=sys.stderr)
    return EXIT_RECORD_ERRORS if failed else EXIT_OK


def _output(path: str | None, stack: ExitStack) -> TextIO:
    if path is None:
        utf8_stdout()
        return sys.stdout
    try:
        return stack.enter_context(open(path, "w", encoding="utf-8"))
    except OSError as exc:
        raise RasdError(f"{path}: cannot write: {exc.strerror or exc}") from None


def _date_argument(value: str) -> str:
    try:
        return parse_date(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date in the form YYYY-MM-DD") from None
