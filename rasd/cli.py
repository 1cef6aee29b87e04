"""The `rasd` command: a thin layer over the library; the only place that prints.

Each sub-command lives in its own module under ``rasd.commands`` and exposes
``register(subparsers)``, which adds its parser and sets ``run`` to a function
``run(args) -> int`` returning the exit status.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from rasd import __version__
from rasd.errors import RasdError

COMMAND_MODULES = (
    "rasd.commands.analyze",
    "rasd.commands.train",
    "rasd.commands.evaluate",
    "rasd.commands.ner",
    "rasd.commands.serve",
    "rasd.commands.ingest",
    "rasd.commands.query",
    "rasd.commands.export",
    "rasd.commands.spark",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rasd", description="rasd (رصد): who said what, who did what to whom, and who is who in Arabic news."
    )
    parser.add_argument("--version", action="version", version=f"rasd {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args.run(args) or 0)
    except RasdError as exc:
        print(f"rasd: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("rasd: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader of our output went away (e.g. `| head`): stop quietly.
        sys.stderr.close()
        return 0
    except Exception as exc:  # a user sees one line, a developer can ask for the trace
        if os.environ.get("RASD_DEBUG"):
            raise
        print(f"rasd: internal error: {type(exc).__name__}: {exc} (set RASD_DEBUG=1 for details)", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
