"""`rasd train clitics`: rebuild the stem lexicon of the clitic splitter from news corpora.

Counts every Arabic word form (light normal form) in the corpora, keeps those seen at least ``--min-count``
times, flags each with the evidence described in `rasd.text.clitics`, and adds the split the rules give each
form with that lexicon. The output is sorted and gzipped without a timestamp, so the same corpora give the same
bytes.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from rasd.errors import InputError
from rasd.text.clitics import ARTICLE, CONJUNCTIONS, PREPOSITIONS, Lexicon, analyse_light, split_code
from rasd.text.normalize import light_normalize

DEFAULT_CORPORA = ("news/ant-multisource.jsonl.gz", "news/ant-jawharafm.jsonl.gz")
OUTPUT = Path(__file__).resolve().parents[1] / "resources" / "text" / "stems.tsv.gz"
SHARED_DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
ARABIC_WORD = re.compile(r"[\u0621-\u064a]+")
EVIDENCE_SHARE = 0.02
MIN_EVIDENCE = 2

_ARTICLE_FORMS = (ARTICLE, "وال", "فال", "بال", "كال", "لل", "وبال", "ولل")
_PREP_FORMS = (*PREPOSITIONS, *(c + p for c in CONJUNCTIONS for p in PREPOSITIONS))
FLAG_EVIDENCE = {
    "C": (*CONJUNCTIONS, *_PREP_FORMS, *_ARTICLE_FORMS),
    "P": (*_PREP_FORMS, *_ARTICLE_FORMS),
    "A": _ARTICLE_FORMS,
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data", type=Path, default=SHARED_DATA, help="the shared data folder")
    parser.add_argument("--min-count", type=int, default=3, help="keep forms seen at least this often")
    parser.add_argument("--output", type=Path, default=OUTPUT, help="where to write the lexicon")


def run(args: argparse.Namespace) -> int:
    paths = [args.data / name for name in DEFAULT_CORPORA]
    counts = count_forms(_texts(paths))
    lines = lexicon_lines(counts, args.min_count)
    header = f"# stem lexicon: {len(lines)} forms from {', '.join(DEFAULT_CORPORA)}; min count {args.min_count}\n"
    payload = (header + "".join(lines)).encode("utf-8")
    args.output.write_bytes(gzip.compress(payload, compresslevel=9, mtime=0))
    print(f"wrote {len(lines)} forms ({sum(counts.values())} words counted) to {args.output}")
    return 0


def _texts(paths: Iterable[Path]) -> Iterator[str]:
    for path in paths:
        if not path.exists():
            raise InputError(str(path), "corpus not found (pass --data with the shared data folder)")
        with gzip.open(path, "rt", encoding="utf-8") as lines:
            for line in lines:
                yield json.loads(line).get("text") or ""


def count_forms(texts: Iterable[str]) -> Counter[str]:
    """How often each Arabic word form occurs, in light normal form."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(ARABIC_WORD.findall(light_normalize(text)))
    return counts


def flags_of(word: str, counts: Counter[str]) -> str:
    """The evidence flags of one form (see rasd.text.clitics)."""
    floor = max(MIN_EVIDENCE, EVIDENCE_SHARE * counts[word])
    flags = ""
    for flag, prefixes in FLAG_EVIDENCE.items():
        # before a word starting with ل, a prefix ending in ل reads as the article (ل + لأحلام = للأحلام)
        usable = [p for p in prefixes if not (word[0] == "ل" and p[-1] == "ل")]
        if sum(counts.get(p + word, 0) for p in usable) >= floor:
            flags += flag
    return flags


def lexicon_lines(counts: Counter[str], min_count: int) -> list[str]:
    """Sorted ``form<TAB>count<TAB>flags<TAB>split`` lines of the forms seen at least ``min_count`` times; the
    split (`rasd.text.clitics.split_code`) is the one the rules give with the lexicon these lines make."""
    kept = {word: count for word, count in sorted(counts.items()) if count >= min_count}
    flags = {word: flags_of(word, counts) for word in kept}
    lex = Lexicon(kept, {word: flag for word, flag in flags.items() if flag})
    return [
        f"{word}\t{count}\t{flags[word]}\t{split_code(word, analyse_light(word, lex))}\n"
        for word, count in kept.items()
    ]
