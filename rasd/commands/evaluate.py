"""`rasd evaluate WHAT ...`: score rasd against gold data."""

from __future__ import annotations

import argparse

from rasd.commands import register_group

TASKS: dict[str, tuple[str, str]] = {
    # name: (module exposing add_arguments/run, one-line help)
}


def register(subparsers: argparse._SubParsersAction) -> None:
    register_group(subparsers, "evaluate", "score rasd against gold data", TASKS)
