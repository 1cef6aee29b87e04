"""`rasd train WHAT ...`: rebuild a shipped model from ../shared/data, deterministically."""

from __future__ import annotations

import argparse

from rasd.commands import register_group

MODELS: dict[str, tuple[str, str]] = {
    # name: (module exposing add_arguments/run, one-line help)
    "ner": ("rasd.commands.train_ner", "the named-entity tagger (CRF, clusters, gazetteer)"),
    "events": ("rasd.events.train", "the event lexicon, actor dictionaries, gazetteer and detectors"),
    "clitics": ("rasd.text.train_clitics", "the stem lexicon of the clitic splitter (from news corpora)"),
}


def register(subparsers: argparse._SubParsersAction) -> None:
    register_group(subparsers, "train", "rebuild a shipped model from its training data", MODELS)
