"""Pairing quotation marks, including mismatched and misused ones.

Arabic news mixes “…”, ”…″, «…», "…" and leaves marks unbalanced. Each mark's role is read from its shape
in the original text: an *opener* has a space (or a one-letter clitic such as بـ) before it and a word after it,
a *closer* the reverse; anything else is ambiguous and takes whichever role the state needs. Guillemets are
always explicit. A quotation left open at a line break goes on into the next paragraph when that paragraph
starts with a new opening mark (the usual convention) or holds more closers than openers; otherwise it ends at
the break.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from rasd.quotes.tokens import BREAK, QUOTE, Tok, kinds_of, positions

OPEN, CLOSE, EITHER = "open", "close", "either"
_CLITICS = frozenset("بلوفك")
_OPEN_PUNCT = frozenset("([{:")


@dataclass(frozen=True, slots=True)
class Quotation:
    """Token indices of the opening mark and of the closing mark (or of the line break that ended it)."""

    open: int
    close: int


def _is_word_char(char: str) -> bool:
    return char.isalnum() or "\u064b" <= char <= "\u065f"


def mark_role(text: str, tok: Tok) -> str:
    """OPEN, CLOSE or EITHER, from the characters around the mark."""
    mark = text[tok.start]
    if mark == "«":
        return OPEN
    if mark == "»":
        return CLOSE
    before = text[tok.start - 1] if tok.start > 0 else " "
    after = text[tok.end] if tok.end < len(text) else " "
    word_before = _is_word_char(before) or before == "\u0640"
    if word_before:
        # a one-letter clitic (بـ"…", ل"…") or a tatweel right before the mark reads as a space
        head = text[max(0, tok.start - 3) : tok.start].replace("\u0640", "")
        if head and head[-1] in _CLITICS and (len(head) == 1 or not _is_word_char(head[-2])):
            word_before = False
    if before in _OPEN_PUNCT:
        word_before = False
    word_after = _is_word_char(after)
    if not word_before and word_after:
        return OPEN
    if word_before and not word_after:
        return CLOSE
    return EITHER


class _Breaks:
    """The line breaks and the quotation marks among the tokens (token indices, in order)."""

    def __init__(self, kinds: str) -> None:
        self.size = len(kinds)
        self.at = positions(kinds, BREAK)
        self.marks = positions(kinds, QUOTE)

    def between(self, lo: int, hi: int) -> list[int]:
        """The breaks at token indices in [lo, hi)."""
        return self.at[bisect_left(self.at, lo) : bisect_left(self.at, hi)]

    def next(self, i: int) -> int:
        """The first break after token ``i`` (the number of tokens when there is none)."""
        k = bisect_right(self.at, i)
        return self.at[k] if k < len(self.at) else self.size

    def paragraph_ahead(self, i: int) -> list[int]:
        """Indices of the quotation marks in the paragraph that starts after token ``i``."""
        return self.marks[bisect_right(self.marks, i) : bisect_left(self.marks, self.next(i))]


def pair_quotations(text: str, tokens: list[Tok], kinds: str | None = None) -> list[Quotation]:
    """The outermost quotations of the text, in order (``kinds``: the tokens' `kinds_of`, when already known)."""
    breaks = _Breaks(kinds_of(tokens) if kinds is None else kinds)
    roles = {i: mark_role(text, tokens[i]) for i in breaks.marks}
    quotations: list[Quotation] = []
    opened: int | None = None
    depth = 0
    skip: set[int] = set()
    order = sorted(roles)
    for position, i in enumerate(order):
        if i in skip:
            continue
        if opened is not None and _broken_by_paragraph(breaks, roles, opened, i, skip):
            quotations.append(Quotation(opened, breaks.next(opened)))
            opened, depth = None, 0
        if i in skip:
            continue
        role = roles[i]
        if opened is None:
            if role == CLOSE and not _closer_opens(breaks, roles, order, position):
                continue  # a stray closing mark
            opened, depth = i, 1
        elif role == OPEN:
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                quotations.append(Quotation(opened, i))
                opened = None
    if opened is not None:
        quotations.append(Quotation(opened, breaks.next(opened)))
    return quotations


def _closer_opens(breaks: _Breaks, roles: dict[int, str], order: list[int], position: int) -> bool:
    """A closer-shaped mark with nothing open opens a quotation when the next mark of its paragraph can close."""
    if position + 1 >= len(order):
        return False
    here, after = order[position], order[position + 1]
    if breaks.between(here, after):
        return False
    return roles[after] != OPEN


def _broken_by_paragraph(breaks: _Breaks, roles: dict[int, str], opened: int, i: int, skip: set[int]) -> bool:
    """Whether the quotation opened at ``opened`` ended at a line break before mark ``i``.

    A continuation mark opening the next paragraph is added to ``skip``.
    """
    for j in breaks.between(opened + 1, i):
        ahead = breaks.paragraph_ahead(j)
        if ahead and ahead[0] == j + 1 and roles[ahead[0]] == OPEN:
            skip.add(ahead[0])
            continue
        closers = sum(1 for k in ahead if roles[k] == CLOSE)
        openers = sum(1 for k in ahead if roles[k] == OPEN)
        if closers > openers:
            continue
        return True
    return False
