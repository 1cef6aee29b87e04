"""`rasd spark run INPUT OUTPUT`: the pipeline on Apache Spark, Parquet tables out (needs `rasd[spark]`, Java 17).

INPUT is JSONL, Parquet or a directory of article files, on any path Spark reads (local, hdfs://, s3a://).
OUTPUT receives the Parquet tables documents, quotes, events, entities, errors and documents_json; load them
into a database with `rasd ingest --from-parquet OUTPUT --db FILE`.

Exit status: 0 when every record was analysed, 1 when some records went to the errors table, 2 for a usage
error or when Spark cannot start or read the input.
"""

from __future__ import annotations

import argparse
import sys
import time

from rasd.commands import require_extra
from rasd.commands.listing import whole_number
from rasd.errors import RasdError

EXIT_OK, EXIT_RECORD_ERRORS = 0, 1


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("spark", help="run the pipeline on Apache Spark")
    group = parser.add_subparsers(dest="spark_command", metavar="WHAT", required=True)
    run_parser = group.add_parser(
        "run", help="analyse INPUT on Spark, write Parquet tables to OUTPUT",
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter,
    )  # fmt: skip
    run_parser.add_argument("input", metavar="INPUT", help="JSONL, Parquet or a directory of article files")
    run_parser.add_argument("output", metavar="OUTPUT", help="directory for the Parquet tables")
    run_parser.add_argument("--master", default="local[2]", help="Spark master URL (default: local[2])")
    run_parser.add_argument("--format", default="auto", choices=("auto", "jsonl", "parquet", "files"),
                            help="input format (default: from the path's name or a local directory's files)")
    run_parser.add_argument("--partitions", type=whole_number(1), metavar="N",
                            help="tasks sharing the analysis (default: twice the cluster's cores)")
    run_parser.add_argument("--overwrite", action="store_true", help="replace tables already in OUTPUT")
    run_parser.add_argument("--conf", action="append", default=[], metavar="KEY=VALUE",
                            help="a Spark setting, e.g. spark.executor.memory=4g (repeatable)")
    run_parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    pyspark_errors = require_extra("pyspark.errors", "spark")
    job = require_extra("rasd.spark", "spark")
    conf = dict(_setting(item) for item in args.conf)
    started = time.perf_counter()
    try:
        session = job.session(args.master, conf)
    except Exception as exc:  # the JVM did not start: no Java, a bad master URL, a bad setting
        raise RasdError(f"cannot start Spark at {args.master} (is Java 17 installed?): {_first_line(exc)}") from None
    try:
        summary = job.run(session, args.input, args.output, fmt=args.format, partitions=args.partitions,
                          mode="overwrite" if args.overwrite else "errorifexists")
    except pyspark_errors.PySparkException as exc:
        raise RasdError(f"{args.input} → {args.output}: {_first_line(exc)}") from None
    finally:
        session.stop()
    tables = ", ".join(f"{name} {count}" for name, count in summary.rows.items() if name != "documents_json")
    print(f"rasd: spark: {args.input} ({summary.input_format}, {summary.partitions} partitions) → {args.output}: "
          f"{tables} in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    errors = summary.rows.get("errors", 0)
    if errors:
        print(f"rasd: {errors} record(s) failed: see the errors table in {args.output}", file=sys.stderr)
    return EXIT_RECORD_ERRORS if errors else EXIT_OK


def _setting(item: str) -> tuple[str, str]:
    key, sep, value = item.partition("=")
    if not sep or not key:
        raise RasdError(f"--conf {item!r}: expected KEY=VALUE")
    return key, value


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
