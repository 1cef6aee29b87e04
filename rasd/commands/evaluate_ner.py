"""`rasd evaluate ner [FILE.conll | --dev]`: exact-match entity P/R/F1 per type and micro-averaged."""

from __future__ import annotations

import argparse
from pathlib import Path

from rasd.errors import InputError
from rasd.ner.conll import read_conll
from rasd.ner.evaluate import format_scores, score
from rasd.ner.paths import SHARED_DATA
from rasd.ner.tagger import default_tagger
from rasd.ner.train import anercorp_split


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", nargs="?", metavar="FILE.conll", help="gold `token TAG` lines (ANERcorp tags)")
    parser.add_argument(
        "--dev", action="store_true", help="score the dev split: the last tenth of ../shared/data ANERcorp train"
    )
    parser.add_argument("--data", type=Path, default=SHARED_DATA, help="the shared data directory (for --dev)")


def run(args: argparse.Namespace) -> int:
    if args.dev == bool(args.file):
        raise InputError("rasd evaluate ner", "give either a FILE.conll or --dev")
    sentences = anercorp_split(args.data)[1] if args.dev else read_conll(args.file)
    if not sentences:
        raise InputError(args.file or "dev", "no sentences")
    if not sentences[0].tags:
        raise InputError(args.file or "dev", "no gold tag column to score against")
    tagger = default_tagger()
    predicted = tagger.tag_sentences([(s.tokens, None) for s in sentences])
    print(format_scores(score([s.tags for s in sentences], predicted)))
    return 0
