"""`rasd ner --conll FILE`: tag a CoNLL file, printing `token GOLD PRED` (or `token PRED`) lines."""

from __future__ import annotations

import argparse
import sys

from rasd.ner.conll import format_conll, read_conll
from rasd.ner.tagger import default_tagger


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("ner", help="tag named entities in a CoNLL file (BIO with PERS/ORG/LOC/MISC)")
    parser.add_argument("--conll", metavar="FILE", required=True, help="`token [TAG]` lines, blank between sentences")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    sentences = read_conll(args.conll)
    tagger = default_tagger()
    out = sys.stdout
    tagged = tagger.tag_sentences([(s.tokens, None) for s in sentences])
    for i, (sentence, predicted) in enumerate(zip(sentences, tagged, strict=True)):
        gold = sentence.tags or [None] * len(predicted)
        rows = [[t, g, p] if g else [t, p] for t, g, p in zip(sentence.tokens, gold, predicted, strict=True)]
        if i:
            out.write("\n")
        out.write(format_conll(rows))
    return 0
