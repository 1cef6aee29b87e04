"""Sentences, tokens and clitic-split words, all with raw offsets.

Sentences
    Split at ``. ؟ ? ! ؛ …`` (and runs of them) and at line breaks, except:
    a period between digits (3.5) or glued to a Latin letter or digit (example.com, U.S);
    a period after a single letter standing alone (أ. د. م.), other than an era after a year (1591 م.، 206 ق. م.),
    or after a known abbreviation (``rasd/resources/text/abbreviations.txt``); any mark inside a quotation that
    continues.
    Quotation marks are tracked by direction: « opens and » closes; the symmetric and mismatched marks
    (" “ ” „ ‟ ″) open after a space or an opening sign and close before a space or punctuation, as in
    ``بـ”جنيف 4″`` or ``“…”``. A direct quotation of several sentences is therefore one sentence; when
    a quotation ends with the sentence (``… المحاولات.”``) the closing mark belongs to that sentence.
    A quotation that is never closed does not swallow the paragraph: once no quotation mark follows, the
    marks split again. A heading is a sentence of its own; the source line and the dateline belong to no
    sentence.

Tokens
    URLs, e-mail addresses and hashtags whole; numbers with their separators (3.5, 106,78, 0،5, 19:23, 1/2);
    Arabic words with their diacritics, tatweel and joiners but without digits (``بـ``, ``دولياً``; ``و2018`` is
    و + 2018, ``لـCNN`` is لـ + CNN); other words with their digits (MBC4); every other character that is not a
    space or an invisible control on its own, except runs of periods or hyphens.

Words
    Each token gives one word or more: Arabic words are split into clitics (`rasd.text.clitics`); a hashtag
    gives the words of its parts (``#النظام_السوري`` → ال + نظام, ال + سوري), its ``#`` and ``_`` give none;
    every other token is one word.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from itertools import accumulate

from rasd.doc import Paragraph, Sentence, Span
from rasd.memo import Memo, look_up_all
from rasd.text.clitics import split_bounds, split_raw, stem_lexicon
from rasd.text.layers import Piece, TokenInfo, TokenLayer, WordLayer
from rasd.text.normalize import light_normalize, normalize, normalize_each
from rasd.text.structure import HASHTAG_PATTERN

# Separators: white space and invisible controls; a zero-width (non-)joiner inside a word stays with it.
_SEPARATOR_CHARS = (
    " \t\n\r\f\v\x1c\x1d\x1e\x1f\x85\u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff"
    + "".join(chr(c) for c in range(0x2000, 0x2010))
    + "".join(chr(c) for c in range(0x202A, 0x202F))
    + "".join(chr(c) for c in range(0x2066, 0x206A))
)
_SEPARATORS = re.escape(_SEPARATOR_CHARS)
# A text is cut into parts: a token and the separators after it (only a text that starts with separators has
# a part without a token). Words come first, as most tokens are words; URLs and e-mail addresses need a
# slower pattern, used only when a text may have one.
# Arabic words: letters, diacritics, tatweel and joiners, no digits (و106 is و + 106); other words may mix
# letters and digits (MBC4, G20).
ARABIC_WORD_CHARS = (
    "\u0610-\u061a\u0620-\u065f\u066e-\u06d3\u06d5-\u06ef\u06fa-\u06ff\u0750-\u077f\u08a0-\u08ff"
    "\ufb50-\ufd3d\ufd50-\ufdfb\ufe70-\ufefc\u200c\u200d"
)
_COMMON_TOKENS = (
    rf"[{ARABIC_WORD_CHARS}]+"
    r"|[^\W\d_]\w*"
    r"|\d+(?:[.,،٫٬:/]\d+)*"
    rf"|{HASHTAG_PATTERN}"
    r"|\.{2,}|-{2,}"
    r"|."
)
_LINKS = (
    r"(?:https?://|www\.)[^\s\"“”«»<>]*[^\s\"“”«».,;:!?،؛)\]<>']"
    r"|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
)
_PARTS = re.compile(rf"(?:{_COMMON_TOKENS})[{_SEPARATORS}]*", re.DOTALL)
_PARTS_WITH_LINKS = re.compile(rf"(?:{_LINKS}|{_COMMON_TOKENS})[{_SEPARATORS}]*", re.DOTALL)
_ARABIC_START = re.compile(f"[{ARABIC_WORD_CHARS}]")
# A quotation mark or a run of terminal marks; a mark may carry the terminal run right after it (``”.``). One
# leading character class keeps the scan fast.
_TERMINALS = ".!?؟؛…"
_EVENT = re.compile(f'[{_TERMINALS}"“”«»„‟″][{_TERMINALS}]*')
_QUOTES = frozenset('"“”«»„‟″')
_QUOTE_MARK = re.compile('["“”«»„‟″]')
_TERMINAL_RUN = re.compile(f"[{_TERMINALS}][{_TERMINALS}]*")
_SPACES = " \t\u00a0\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_OPENING_CONTEXT = frozenset("([{«:،,؛-–—ـ/") | _QUOTES
_CLOSING_CONTEXT = frozenset(".,،:;؛!?؟)]}»…-–—") | _QUOTES
_CLOSERS = ")]}"
_CONTENT = re.compile(r"[^\W_]")
_TRIM = _SPACES + "\n\r"
DATELINE_END = re.compile(r"[\s:：\-–—]*")


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    """Normalised words that a period does not end a sentence after (besides single letters)."""
    text = resources.files("rasd.resources").joinpath("text/abbreviations.txt").read_text(encoding="utf-8")
    return frozenset(normalize(w).lower() for w in text.split() if not w.startswith("#"))


# -- sentences -------------------------------------------------------------------------------------------


def period_continues(text: str, pos: int, lo: int, hi: int) -> bool:
    """True when the single period at ``pos`` does not end a sentence."""
    after = text[pos + 1] if pos + 1 < hi else " "
    if after.isdigit() or (after.isascii() and after.isalpha()):
        return True
    before = text[pos - 1] if pos > lo else " "
    if not before.isalpha():
        return False
    if pos - 1 == lo or not text[pos - 2].isalnum():
        return not _ends_era(text, pos - 1, lo)  # a single letter standing alone: أ. د. م.
    if not (before.isascii() or before == "ـ"):
        return False  # listed abbreviations are Latin or end in tatweel
    start = pos - 1
    while start > lo and text[start - 1].isalpha() and text[start - 1].isascii() == before.isascii():
        start -= 1  # a Latin abbreviation after a proclitic (وDr.) is read alone
    return _NORMS[text[start:pos]].lower() in abbreviations()


def _ends_era(text: str, at: int, lo: int) -> bool:
    """Is the letter at ``at`` the era closing a year (1591 م، 1441 ه، 206 ق. م)?"""
    if text[at] not in "مه":
        return False
    before = text[max(lo, at - 8) : at].rstrip()  # the year or "ق." just before
    return before[-1:].isdigit() or (before.endswith(".") and before[:-1].rstrip().endswith("ق"))


def _closes(text: str, pos: int, lo: int, hi: int, depth: int) -> bool:
    """Does the quotation mark at ``pos`` close a quotation (else it opens one)?"""
    char = text[pos]
    if char in "«»":
        return char == "»"
    before = text[pos - 1] if pos > lo else " "
    after = text[pos + 1] if pos + 1 < hi else " "
    opening = before.isspace() or before in _OPENING_CONTEXT
    closing = after.isspace() or after in _CLOSING_CONTEXT
    if opening != closing:
        return closing
    return depth > 0


def _closing_mark_follows(text: str, pos: int, hi: int) -> bool:
    """Is the next non-space character a quotation mark that closes?"""
    while pos < hi and text[pos] in _SPACES:
        pos += 1
    return pos < hi and text[pos] in _QUOTES and _closes(text, pos, 0, hi, 1)


def _emit(text: str, start: int, end: int, out: list[Sentence]) -> None:
    """Append ``text[start:end]`` as a sentence, trimmed, when it has a letter or a digit."""
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    if start < end and (text[start].isalnum() or _CONTENT.search(text, start, end)):
        out.append(Sentence(start, end))


def split_block(text: str, lo: int, hi: int, out: list[Sentence]) -> None:
    """Append the sentences of ``text[lo:hi]`` (one paragraph, no line break inside) to ``out``."""
    if _QUOTE_MARK.search(text, lo, hi) is None:
        _split_unquoted(text, lo, hi, out)
        return
    first = len(out)
    start = lo  # where the sentence being read begins
    events = _events(text, lo, hi)
    last_quote = _last_quote(events)
    depth = 0
    ends_with_quote = False  # a terminal inside a quotation that its closing mark ends
    for index, (pos, end) in enumerate(events):
        if end == 0:  # a quotation mark
            if not _closes(text, pos, lo, hi, depth):
                depth += 1
                continue
            depth = max(0, depth - 1)
            if pos == start and len(out) > first and out[-1].end == pos:
                out[-1].end = start = pos + 1  # a closing mark right after a cut ends the sentence before it
            elif ends_with_quote and depth == 0:
                ends_with_quote = False
                cut = _after_closers(text, pos + 1, hi)
                _emit(text, start, cut, out)
                start = cut
            continue
        if end - pos == 1 and text[pos] == "." and period_continues(text, pos, lo, hi):
            continue
        if depth:
            if _closing_mark_follows(text, end, hi):
                ends_with_quote = True
                continue
            if index < last_quote:
                continue  # the quotation goes on
            depth = 0  # never closed: stop treating the rest as quoted
        cut = _after_closers(text, end, hi)
        _emit(text, start, cut, out)
        start = cut
    _emit(text, start, hi, out)


def _split_unquoted(text: str, lo: int, hi: int, out: list[Sentence]) -> None:
    """`split_block` of a paragraph without quotation marks: every run of terminal marks may cut."""
    start = lo
    for match in _TERMINAL_RUN.finditer(text, lo, hi):
        pos, end = match.span()
        if end - pos == 1 and text[pos] == "." and period_continues(text, pos, lo, hi):
            continue
        cut = _after_closers(text, end, hi)
        _emit(text, start, cut, out)
        start = cut
    _emit(text, start, hi, out)


def _events(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Quotation marks as (position, 0) and runs of terminal marks as (start, end), in order."""
    events = []
    for match in _EVENT.finditer(text, lo, hi):
        pos, end = match.span()
        if text[pos] in _QUOTES:
            events.append((pos, 0))
            pos += 1
        if end > pos:
            events.append((pos, end))
    return events


def _last_quote(events: list[tuple[int, int]]) -> int:
    """The index of the last quotation mark among ``events`` (-1 when there is none)."""
    for index in range(len(events) - 1, -1, -1):
        if not events[index][1]:
            return index
    return -1


def _after_closers(text: str, pos: int, hi: int) -> int:
    while pos < hi and text[pos] in _CLOSERS:
        pos += 1
    return pos


def split_sentences(
    text: str,
    paragraphs: Iterable[Paragraph] | None = None,
    headings: Iterable[Span] = (),
    skip: Iterable[Span | None] = (),
    dateline: Span | None = None,
) -> list[Sentence]:
    """Sentences of ``text``: each heading whole, other paragraphs split; ``skip`` spans give none."""
    if paragraphs is None:
        from rasd.text.structure import paragraphs as find_paragraphs

        paragraphs = find_paragraphs(text)
    heading_starts = {h.start for h in headings}
    skipped = {s.start for s in skip if s is not None}
    out: list[Sentence] = []
    for para in paragraphs:
        if para.start in skipped:
            continue
        if para.start in heading_starts:
            out.append(Sentence(para.start, para.end))
            continue
        start = para.start
        if dateline is not None and para.start <= dateline.start < para.end:
            start = DATELINE_END.match(text, dateline.end).end()
        split_block(text, start, para.end, out)
    return out


# -- tokens and words ------------------------------------------------------------------------------------


_CACHE_SIZE = 500_000  # entries per cache; a full cache starts afresh
_NORMS: Memo[str, str] = Memo(normalize, _CACHE_SIZE)  # string → normal form
# part (a token and the separators after it) → (token length, normal form, word pieces); the parts of a text are
# looked up in C, and the new ones analysed together by `_learn`
_TOKEN_INFO: dict[str, TokenInfo] = {}
_TOKENS: dict[str, TokenInfo] = {}  # token → its info, shared by the parts that hold it


def _learn(parts: list[str]) -> None:
    """Add ``parts`` to `_TOKEN_INFO`. The normal and light forms of all new tokens come from one pass each
    (`normalize_each`)."""
    for cache in (_TOKEN_INFO, _TOKENS):
        if len(cache) + len(parts) > _CACHE_SIZE:
            cache.clear()
    tokens = [part.rstrip(_SEPARATOR_CHARS) for part in parts]
    new = [token for token in dict.fromkeys(tokens) if token not in _TOKENS]
    if new:
        norms, lights = normalize_each(new), normalize_each(new, light=True)
        _TOKENS.update(zip(new, map(_token_info, new, norms, lights), strict=True))
    _TOKEN_INFO.update(zip(parts, map(_TOKENS.__getitem__, tokens), strict=True))


def _token_info(token: str, norm: str, light: str) -> TokenInfo:
    return len(token), norm, word_pieces(token, norm, light) if token else ()


def word_pieces(token: str, norm: str | None = None, light: str | None = None) -> tuple[Piece, ...]:
    """The words of one token as (start, end, norm, kind) relative to it; ``norm`` and ``light`` are its normal
    and light normal forms when known."""
    if token[0] == "#" and len(token) > 1:
        out: list[Piece] = []
        offset = 1
        for part in token[1:].split("_"):
            out.extend((offset + s, offset + e, n, k) for s, e, n, k in word_pieces(part))
            offset += len(part) + 1
        return tuple(out)
    if norm is None:
        norm = _NORMS[token]
    if light is None:
        light = light_normalize(token)
    # a form of the lexicon with nothing folded away: its shipped split, without building pieces
    code = stem_lexicon().splits.get(light) if len(light) == len(token) else None
    if code == "":
        return ((0, len(token), norm, "stem"),)
    if code is not None:
        return tuple([(start, end, _NORMS[form], kind) for start, end, form, kind in split_bounds(light, code)])
    if not _ARABIC_START.match(token):
        return ((0, len(token), norm, "stem"),)
    pieces = split_raw(token, light)
    if len(pieces) == 1:  # most tokens: the token's own normal form serves
        return ((0, len(token), norm, pieces[0].kind),)
    out = []
    pos = 0
    for piece in pieces:
        end = pos + piece.length
        out.append((pos, end, _NORMS[piece.form], piece.kind))
        pos = end
    return tuple(out)


def tokenize(text: str) -> tuple[TokenLayer, WordLayer]:
    """Tokens of the whole text and their words, as column layers."""
    links = "@" in text or "://" in text or "www." in text
    parts = (_PARTS_WITH_LINKS if links else _PARTS).findall(text)
    starts = array("i", accumulate(map(len, parts), initial=0))  # 4 bytes a token, not a pointer and an int
    infos = look_up_all(_TOKEN_INFO, parts, _learn)
    if infos and not infos[0][0]:  # the text starts with separators
        del parts[0], starts[0], infos[0]
    starts.pop()
    tokens = TokenLayer(parts, starts, infos)
    return tokens, WordLayer(tokens)
