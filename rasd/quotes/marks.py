"""Pairing quotation marks, including mismatched and misused ones.

Arabic news mixes “…”, ”…″, «…», "…" and leaves marks unbalanced. Each mark's role is read from its shape
in the original text: an *opener* has a space (or a one-letter clitic such as بـ) before it and a word after it,
a *closer* the reverse; anything else is ambiguous and takes whichever role the state needs. Guillemets are
always explicit. A quotation left open at a line break goes on into the next paragraph when that paragraph
starts with a new opening mark (the usual convention) or holds more closers than openers; otherwise it ends at
the break.
"""

from __future__ import annotations

from dataclasses import dataclass

from rasd.quotes.tokens import BREAK, QUOTE, Tok

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


def _paragraph_ahead(tokens: list[Tok], i: int) -> list[int]:
    """Indices of the quotation marks in the paragraph that starts after token ``i``."""
    marks = []
    for j in range(i + 1, len(tokens)):
        if tokens[j].kind == BREAK:
            break
        if tokens[j].kind == QUOTE:
            marks.append(j)
    return marks


def pair_quotations(text: str, tokens: list[Tok]) -> list[Quotation]:
    """The outermost quotations of the text, in order."""
    roles = {i: mark_role(text, t) for i, t in enumerate(tokens) if t.kind == QUOTE}
    quotations: list[Quotation] = []
    opened: int | None = None
    depth = 0
    skip: set[int] = set()
    order = sorted(roles)
    for position, i in enumerate(order):
        if i in skip:
            continue
        if opened is not None and _broken_by_paragraph(tokens, roles, opened, i, skip):
            quotations.append(Quotation(opened, _next_break(tokens, opened)))
            opened, depth = None, 0
        if i in skip:
            continue
        role = roles[i]
        if opened is None:
            if role == CLOSE and not _closer_opens(tokens, roles, order, position):
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
        quotations.append(Quotation(opened, _next_break(tokens, opened)))
    return quotations


def _closer_opens(tokens: list[Tok], roles: dict[int, str], order: list[int], position: int) -> bool:
    """A closer-shaped mark with nothing open opens a quotation when the next mark of its paragraph can close."""
    if position + 1 >= len(order):
        return False
    here, after = order[position], order[position + 1]
    if any(tokens[k].kind == BREAK for k in range(here, after)):
        return False
    return roles[after] != OPEN


def _next_break(tokens: list[Tok], i: int) -> int:
    for j in range(i + 1, len(tokens)):
        if tokens[j].kind == BREAK:
            return j
    return len(tokens)


def _broken_by_paragraph(tokens: list[Tok], roles: dict[int, str], opened: int, i: int, skip: set[int]) -> bool:
    """Whether the quotation opened at ``opened`` ended at a line break before mark ``i``.

    A continuation mark opening the next paragraph is added to ``skip``.
    """
    for j in range(opened + 1, i):
        if tokens[j].kind != BREAK:
            continue
        ahead = _paragraph_ahead(tokens, j)
        if ahead and ahead[0] == j + 1 and roles[ahead[0]] == OPEN:
            skip.add(ahead[0])
            continue
        closers = sum(1 for k in ahead if roles[k] == CLOSE)
        openers = sum(1 for k in ahead if roles[k] == OPEN)
        if closers > openers:
            continue
        return True
    return False
