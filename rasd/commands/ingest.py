"""`rasd ingest PATH... --db FILE`: analyse articles into a corpus database, idempotently and resumably.

The same article (same text) is stored once however often it is ingested; an interrupted ingest run again
skips what is stored, without analysing it, and goes on. Exit status 0 when every record went in or was
already there, 1 when some records failed (each reported on standard error with its path and line).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, Task, TextColumn, TimeRemainingColumn
from rich.text import Text

from rasd.commands.listing import add_db_argument, whole_number
from rasd.errors import InputError, RasdError
from rasd.io.readers import STDIN
from rasd.pipeline import RecordError
from rasd.spark_load import load_parquet
from rasd.store.db import open_writer
from rasd.store.ingest import IngestReport, estimate_records, ingest, read_paths
from rasd.store.schema import LATEST_VERSION

EXIT_OK, EXIT_RECORD_ERRORS = 0, 1


class RateColumn(ProgressColumn):
    """Articles per second."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:,.0f} articles/s" if speed else "– articles/s", style="progress.data.speed")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "ingest", help="analyse articles into a corpus database (idempotent, resumable)",
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("paths", nargs="*", metavar="PATH",
                        help="text, HTML, JSONL, CSV, a directory, .gz, or - for standard input (with no input, "
                             "only create the database or bring its schema up to date)")
    parser.add_argument("--from-parquet", metavar="DIR",
                        help="instead of PATHs, load the output of `rasd spark run` (already analysed)")
    add_db_argument(parser)
    parser.add_argument("--n-process", type=whole_number(1), default=1, metavar="N", help="analysis processes")
    parser.add_argument("--quiet", action="store_true", help="no progress bar, only errors and the summary")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.paths and args.from_parquet:
        raise RasdError("give the PATHs to analyse, or --from-parquet DIR (an output of `rasd spark run`)")
    if not args.paths and not args.from_parquet:
        open_writer(args.db).close()
        print(f"rasd: {args.db}: schema at version {LATEST_VERSION}, nothing to ingest", file=sys.stderr)
        return EXIT_OK
    for path in args.paths:
        if path != STDIN and not Path(path).exists():
            raise InputError(path, "no such file or directory")
    console = Console(file=sys.stderr, highlight=False, markup=False, emoji=False)
    progress = Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), RateColumn(), TimeRemainingColumn(),
        console=console, disable=args.quiet, transient=False,
    )
    so_far = IngestReport()
    task = progress.add_task("ingest", total=None if args.from_parquet else estimate_records(args.paths))

    def on_record(outcome: str, error: RecordError | None) -> None:
        if error is not None:
            progress.console.print(f"rasd: {error}", soft_wrap=True)
        so_far.count(outcome)
        progress.update(task, advance=1, description=f"added {so_far.added} · stored before {so_far.duplicates} · "
                                                    f"failed {so_far.failed}")

    started = time.perf_counter()
    with progress:
        if args.from_parquet:
            report = load_parquet(args.db, args.from_parquet, on_record=on_record)
        else:
            report = ingest(args.db, read_paths(args.paths), n_process=args.n_process, on_record=on_record)
        progress.update(task, total=report.seen, completed=report.seen)
    elapsed = time.perf_counter() - started
    rate = report.seen / elapsed if elapsed else 0.0
    console.print(
        f"rasd: {args.db}: added {report.added}, skipped {report.duplicates} already stored, "
        f"failed {report.failed} ({elapsed:.1f} s, {rate:,.0f} articles/s)",
        soft_wrap=True,
    )
    return EXIT_RECORD_ERRORS if report.failed else EXIT_OK
