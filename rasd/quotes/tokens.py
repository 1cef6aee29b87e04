"""The token view quote finding works on: words with their normalised form, punctuation, quotation marks, breaks.

Words split at underscores so that a hashtag ``#دي_ميستورا`` reads as the words of the name; every token keeps
its raw offsets into ``Document.text``.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from rasd.text.normalize import normalize

WORD, QUOTE, PUNCT, BREAK = "w", "q", "p", "n"
QUOTE_MARKS = frozenset('"“”„‟«»″‶〝〞＂')
SENTENCE_END = frozenset(".؟?!؛;…")
CLAUSE_PUNCT = frozenset("،,")
_TOKEN = regex.compile(r"(?P<word>[\p{L}\p{M}\p{N}]+)|(?P<brk>\n\s*)|[^\s\p{L}\p{M}\p{N}_]")


@dataclass(slots=True)
class Tok:
    """A token: raw span, normalised form and its kind (w word, q quotation mark, p punctuation, n line break)."""

    start: int
    end: int
    norm: str
    kind: str


def tokenize(text: str) -> list[Tok]:
    """Tokens of ``text`` in order, with raw offsets."""
    tokens: list[Tok] = []
    for match in _TOKEN.finditer(text):
        raw = match.group()
        if match.group("brk"):
            tokens.append(Tok(match.start(), match.start() + 1, "\n", BREAK))
        elif raw in QUOTE_MARKS:
            tokens.append(Tok(match.start(), match.end(), '"', QUOTE))
        elif match.group("word"):
            norm = normalize(raw)
            if norm:
                tokens.append(Tok(match.start(), match.end(), norm, WORD))
        else:
            tokens.append(Tok(match.start(), match.end(), raw, PUNCT))
    return tokens


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
