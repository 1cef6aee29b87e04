"""The token view quote finding works on: words with their normalised form, punctuation, quotation marks, breaks.

Words split at underscores so that a hashtag ``#دي_ميستورا`` reads as the words of the name; every token keeps
its raw offsets into ``Document.text``.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import accumulate

import regex

from rasd.memo import look_up_all
from rasd.text.normalize import normalize_each
from rasd.text.segment import period_continues

WORD, QUOTE, PUNCT, BREAK = "w", "q", "p", "n"
QUOTE_MARKS = frozenset('"“”„‟«»″‶〝〞＂')
ALI = "علي_"  # the name: underscores never occur inside a token, so it cannot clash with a word
SENTENCE_END = frozenset(".؟?!…")  # a semicolon (؛) joins clauses: "…؛ حسب ما أعلن المصدر" ends one statement
CLAUSE_PUNCT = frozenset("،,")
# a time or score written with a colon (9:30، 2:1) is one token: its colon introduces nothing
_TOKEN = regex.compile(r"\p{N}+(?::\p{N}+)+|[\p{L}\p{M}\p{N}]+|\n\s*|[^\s\p{L}\p{M}\p{N}_]")
_SPLIT = regex.compile(f"({_TOKEN.pattern})")  # the text as gap, token, gap, token, …, gap
_WORD_CHAR = regex.compile(r"[\p{L}\p{M}\p{N}]")


@dataclass(slots=True)
class Tok:
    """A token: raw span, normalised form and its kind (w word, q quotation mark, p punctuation, n line break)."""

    start: int
    end: int
    norm: str
    kind: str


def _is_word(raw: str) -> bool:
    """Whether a token's raw text is a word (tokens other than words and line breaks are one character long)."""
    return raw[0] != "\n" and (len(raw) > 1 or _WORD_CHAR.match(raw) is not None)


def _word_form(raw: str, norm: str) -> tuple[str, str, int]:
    """(normalised form, kind, length) of a word whose normal form is ``norm`` (empty when it normalises to
    nothing)."""
    if norm == "علي" and "ى" not in raw:
        norm = ALI  # the name علي, not the preposition على (both normalise to علي)
    return norm, WORD, len(raw)


def _other_form(raw: str) -> tuple[str, str, int]:
    """(normalised form, kind, length) of a token other than a word; a line break token is one character long (the
    spaces after it are not part of it)."""
    if raw[0] == "\n":
        return "\n", BREAK, 1
    return ('"', QUOTE, 1) if raw in QUOTE_MARKS else (raw, PUNCT, 1)


FORMS_KEPT = 200_000  # tokens remembered; a full table starts afresh
_forms: dict[str, tuple[str, str, int]] = {}  # raw token → (normalised form, kind, length)


def _learn(new: list[str]) -> None:
    """Add the tokens ``new`` to `_forms`; the normal forms of the new words come from one pass
    (`normalize_each`)."""
    if len(_forms) + len(new) > FORMS_KEPT:
        _forms.clear()
    words = [raw for raw in new if _is_word(raw)]
    _forms.update(zip(words, map(_word_form, words, normalize_each(words)), strict=True))
    _forms.update((raw, _other_form(raw)) for raw in new if raw not in _forms)


def tokenize(text: str) -> list[Tok]:
    """Tokens of ``text`` in order, with raw offsets."""
    pieces = _SPLIT.split(text)
    raws = pieces[1::2]
    forms = look_up_all(_forms, raws, _learn)
    starts = list(accumulate(map(len, pieces)))[::2]  # each token starts where the gap before it ends
    tokens = [Tok(start, start + size, norm, kind) for (norm, kind, size), start in zip(forms, starts, strict=False)]
    return _with_abbreviations(text, tokens) if "." in text else [tok for tok in tokens if tok.norm]


def _with_abbreviations(text: str, tokens: list[Tok]) -> list[Tok]:
    """The tokens with the period of an abbreviation or an initial (د. محمد، جون ف. كينيدي، Dr.) made part of
    its word, as it ends no sentence; tokens that normalise to nothing left out."""
    out: list[Tok] = []
    for tok in tokens:
        if not tok.norm:
            continue
        word = out[-1] if out else None
        if (
            tok.norm == "."
            and word is not None
            and word.kind == WORD
            and word.end == tok.start
            and text[tok.start - 1].isalpha()
            and period_continues(text, tok.start, 0, len(text))
        ):
            word.end, word.norm = tok.end, word.norm + "."
            continue
        out.append(tok)
    return out


def close_dateline(tokens: list[Tok], end: int) -> None:
    """Make the mark closing a dateline that ends at offset ``end`` (أتلانتا (CNN) –، لندن:) a break: the words
    after it open the article, and no statement runs back into the place and agency."""
    after = next((tok for tok in tokens if tok.start >= end), None)
    if after is not None and after.kind == PUNCT:
        after.kind, after.norm = BREAK, "\n"


def kinds_of(tokens: list[Tok]) -> str:
    """The tokens' kinds as one string, a character a token: tokens of one kind are found with ``str.find``."""
    return "".join([tok.kind for tok in tokens])


def positions(kinds: str, kind: str) -> list[int]:
    """Indices of the tokens of ``kind`` (``kinds`` from `kinds_of`), in order."""
    found = []
    at = kinds.find(kind)
    while at != -1:
        found.append(at)
        at = kinds.find(kind, at + 1)
    return found


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
