"""`rasd evaluate WHAT ...`: score rasd against gold data."""

from __future__ import annotations

import argparse

from rasd.commands import register_group

TASKS: dict[str, tuple[str, str]] = {
    # name: (module exposing add_arguments/run, one-line help)
    "events": ("rasd.events.evaluate", "events: per-type P/R/F1 and actor-span overlap against a GSR file"),
    "quotes": ("rasd.quotes.evaluate", "quote precision, recall and speaker accuracy against a gold file"),
    "ner": ("rasd.commands.evaluate_ner", "named entities: exact-match P/R/F1 per type and micro"),
}


def register(subparsers: argparse._SubParsersAction) -> None:
    register_group(subparsers, "evaluate", "score rasd against gold data", TASKS)
