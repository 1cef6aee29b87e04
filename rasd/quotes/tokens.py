"""The token view quote finding works on: words with their normalised form, punctuation, quotation marks, breaks.

Words split at underscores so that a hashtag ``#دي_ميستورا`` reads as the words of the name; every token keeps
its raw offsets into ``Document.text``.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import accumulate

import regex

from rasd.memo import Memo
from rasd.text.normalize import normalize

WORD, QUOTE, PUNCT, BREAK = "w", "q", "p", "n"
QUOTE_MARKS = frozenset('"“”„‟«»″‶〝〞＂')
ALI = "علي_"  # the name: underscores never occur inside a token, so it cannot clash with a word
SENTENCE_END = frozenset(".؟?!…")  # a semicolon (؛) joins clauses: "…؛ حسب ما أعلن المصدر" ends one statement
CLAUSE_PUNCT = frozenset("،,")
_TOKEN = regex.compile(r"[\p{L}\p{M}\p{N}]+|\n\s*|[^\s\p{L}\p{M}\p{N}_]")
_SPLIT = regex.compile(f"({_TOKEN.pattern})")  # the text as gap, token, gap, token, …, gap
_WORD_CHAR = regex.compile(r"[\p{L}\p{M}\p{N}]")


@dataclass(slots=True)
class Tok:
    """A token: raw span, normalised form and its kind (w word, q quotation mark, p punctuation, n line break)."""

    start: int
    end: int
    norm: str
    kind: str


def _read(raw: str) -> tuple[str, str, int]:
    """(normalised form, kind, length) of a token's raw text; an empty form for a word that normalises to nothing.

    A line break token is one character long (the spaces after it are not part of it).
    """
    if raw[0] == "\n":
        return "\n", BREAK, 1
    if _WORD_CHAR.match(raw):
        norm = normalize(raw)
        if norm == "علي" and "ى" not in raw:
            norm = ALI  # the name علي, not the preposition على (both normalise to علي)
        return norm, WORD, len(raw)
    return ('"', QUOTE, 1) if raw in QUOTE_MARKS else (raw, PUNCT, 1)


_forms: Memo[str, tuple[str, str, int]] = Memo(_read, 200_000)


def tokenize(text: str) -> list[Tok]:
    """Tokens of ``text`` in order, with raw offsets."""
    pieces = _SPLIT.split(text)
    starts = list(accumulate(map(len, pieces)))[::2]  # each token starts where the gap before it ends
    return [
        Tok(start, start + size, norm, kind)
        for (norm, kind, size), start in zip(map(_forms.__getitem__, pieces[1::2]), starts, strict=False)
        if norm
    ]


def is_sentence_end(tokens: list[Tok], i: int) -> bool:
    """A line break or a sentence-final mark (not a decimal point between digits)."""
    tok = tokens[i]
    if tok.kind == BREAK:
        return True
    if tok.kind != PUNCT or tok.norm not in SENTENCE_END:
        return False
    if tok.norm == "." and i < len(tokens) - 1:
        after = tokens[i + 1]
        if after.start == tok.end and after.kind == WORD:
            return False  # 3.5, زد.دي.إف, a web address
    return True
