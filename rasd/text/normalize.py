"""Normalisation for matching, with an offset map back to the original text.

The folding, applied character by character (one table, built once):

- Arabic diacritics (harakat, tanwin, shadda, sukun, superscript alef, Quranic marks) and tatweel: removed;
- alef variants أ إ آ ٱ → ا; alef maqsura ى → ي; ta marbuta ة → ه at the end of a word only;
- Persian and Urdu letters that some Arabic news is typed with: yeh ی ۍ → ي, keheh ک ڪ → ك, heh ھ ہ ۀ ۂ → ه
  (one letter for one, so the offsets do not move);
- Arabic-Indic and Persian digits → ASCII digits;
- quotation marks and primes: every double mark (" “ ” „ ‟ « » ″ 〃 ＂ …) → ``"`` and every single mark
  (' ‘ ’ ‚ ‛ ‹ › ′ ＇ …) → ``'``; whether a mark opens or closes is read from the original text, where it is kept;
- zero-width and bidi control characters (ZWJ, ZWNJ, LRM, RLM, LRE…PDF, LRI…PDI, BOM, soft hyphen): removed;
- NFKC for everything else that has a compatibility form (presentation forms ﻻ → لا, ﷲ → الله, NBSP → space,
  … → ...): one character may become several, each mapped to the same original index.

The original text is never changed: `norm_text` returns a `NormText` whose ``offsets`` give, for every
normalised index, the index of the original character it came from, plus an end sentinel ``len(original)``.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field

DOUBLE_QUOTE = '"'
# Characters that sit inside an Arabic word without being letters: harakat, Quranic marks, ZWNJ/ZWJ.
WORD_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u200c\u200d"
SINGLE_QUOTE = "'"

_DIACRITICS = (
    [chr(c) for c in range(0x064B, 0x0660)]  # harakat, tanwin, shadda, sukun, hamza marks
    + ["\u0670"]  # superscript alef
    + [chr(c) for c in range(0x0610, 0x061B)]  # honorific and Quranic signs above/below
    + [chr(c) for c in range(0x06D6, 0x06DD)]
    + [chr(c) for c in range(0x06DF, 0x06E5)]
    + ["\u06e7", "\u06e8"]
    + [chr(c) for c in range(0x06EA, 0x06EE)]
    + [chr(c) for c in range(0x08D3, 0x0900) if unicodedata.category(chr(c)) == "Mn"]
)
_TATWEEL = "\u0640"
_CONTROLS = (
    "\u00ad\u061c\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"
)
_LETTERS = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي"}
# Persian and Urdu letter forms: the same Arabic letter in another keyboard's code point, folded in both forms
_VARIANTS = {"ی": "ي", "ۍ": "ي", "ک": "ك", "ڪ": "ك", "ھ": "ه", "ہ": "ه", "ۀ": "ه", "ۂ": "ه"}
_DOUBLE_QUOTES = '"“”„‟«»″‶〃＂〝〞〟❝❞⹂'
_SINGLE_QUOTES = "'‘’‚‛‹›′‵＇❛❜"
_DIGITS = "٠١٢٣٤٥٦٧٨٩" + "۰۱۲۳۴۵۶۷۸۹"
_SPACES = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"


def _own_folds() -> dict[str, str]:
    """The project's own rules, which apply before NFKC."""
    folds = {c: "" for c in (*_DIACRITICS, _TATWEEL, *_CONTROLS)}
    folds.update(_LETTERS)
    folds.update(_VARIANTS)
    folds.update({c: DOUBLE_QUOTE for c in _DOUBLE_QUOTES})
    folds.update({c: SINGLE_QUOTE for c in _SINGLE_QUOTES})
    folds.update({c: str(i % 10) for i, c in enumerate(_DIGITS)})
    return folds


_OWN = _own_folds()


def _fold_char(char: str, folds: dict[str, str], depth: int = 0) -> str:
    """The full folding of one character: own rules first, then NFKC, folded again until it is stable."""
    if char in folds:
        return folds[char]
    nfkc = unicodedata.normalize("NFKC", char)
    if nfkc == char or depth > 3:
        return char
    return "".join(_fold_char(c, folds, depth + 1) for c in nfkc)


_LAST_COMPATIBILITY_CHAR = 0x2FA1F  # NFKC changes nothing beyond the CJK compatibility supplement


def _build_table() -> tuple[dict[int, str], str]:
    """The translate table (only characters that change) and the characters that change length."""
    table: dict[int, str] = {}
    resized: list[str] = []
    for code in range(_LAST_COMPATIBILITY_CHAR + 1):
        if 0xD800 <= code <= 0xDFFF:
            continue
        char = chr(code)
        if char not in _OWN and unicodedata.is_normalized("NFKC", char):
            continue
        folded = _fold_char(char, _OWN)
        if folded != char:
            table[code] = folded
            if len(folded) != 1:
                resized.append(char)
    return table, "".join(resized)


_TABLE, _RESIZED_CHARS = _build_table()
_LIGHT_FOLDS = {c: f for c, f in _OWN.items() if c not in _LETTERS}
# The same folding without the letter rules (hamza forms, alef maqsura, ta marbuta kept): for lexicons
# where those letters tell words apart, such as the clitic splitter's.
_LIGHT_TABLE = {
    code: _fold_char(chr(code), _LIGHT_FOLDS) for code in _TABLE if _fold_char(chr(code), _LIGHT_FOLDS) != chr(code)
}
_FINAL_TA = re.compile(r"ة(?![^\W\d_])")
_TA_BEFORE_LETTER = re.compile(r"ة(?=[^\W\d_])")


def _char_class(chars: Iterable[str]) -> str:
    """A regex character class body matching exactly ``chars`` (as ranges of consecutive code points)."""
    ranges: list[list[int]] = []
    for code in sorted(map(ord, chars)):
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in ranges)


def _chars_pattern(chars: Iterable[str], run: bool = False) -> re.Pattern[str]:
    """A pattern for one (or a run of) ``chars``."""
    one = f"[{_char_class(chars)}]"
    # ``[x][x]*`` rather than ``[x]+``: a pattern that starts with a class is searched by a fast scan for it
    return re.compile(one + one + "*" if run else one)


# The fast path for long texts: str.translate looks every character up in a dict, so instead one regex scan
# finds the runs of characters to remove or map one to one (diacritics, controls, quotes, digits, spaces) and
# of the rest that the table folds; only those runs go through the table, and the folded letters go through
# str.replace. Texts with characters that fold otherwise (presentation forms, ligatures, ellipsis …) take the
# table whole.
_VARIANT_PAIRS = tuple(_VARIANTS.items())
_LETTER_PAIRS = (*_LETTERS.items(), *_VARIANT_PAIRS)
_REMOVED = [chr(k) for k, v in _TABLE.items() if not v]
_MAPPED = [c for c in (*_DOUBLE_QUOTES, *_SINGLE_QUOTES, *_DIGITS, *_SPACES) if _TABLE.get(ord(c), c) != c]
_OTHER = [chr(k) for k in _TABLE if chr(k) not in {*_REMOVED, *_MAPPED, *_LETTERS, *_VARIANTS}]
assert all(ord(c) <= 0xFFFF for c in (*_REMOVED, *_MAPPED))
_RESIZED_RUN = _chars_pattern(_RESIZED_CHARS, run=True)
_REMOVED_RUN = _chars_pattern(_REMOVED, run=True)
# A class of BMP characters alone compiles to a bitmap; one with astral characters is searched range by
# range, and an alternation of both loses the fast scan: so the astral ones apart.
_OTHER_BMP = _chars_pattern(c for c in _OTHER if ord(c) <= 0xFFFF)
_OTHER_ASTRAL = _chars_pattern(c for c in _OTHER if ord(c) > 0xFFFF)
_SPECIAL_RUN = _chars_pattern([*_REMOVED, *_MAPPED, *(c for c in _OTHER if ord(c) <= 0xFFFF)], run=True)
_SHORT = 64


def _special_runs(text: str) -> tuple[list[re.Match[str]], bool]:
    """The runs of characters the table folds (letters aside), and whether any of them (or an astral character)
    folds otherwise than by removal or one-to-one mapping."""
    runs = list(_SPECIAL_RUN.finditer(text))
    if runs and _OTHER_BMP.search("".join(run.group() for run in runs)) is not None:
        return runs, True
    # only a string with astral characters is longer in UTF-16 than it has characters
    astral = len(text.encode("utf-16-le", "surrogatepass")) > 2 * len(text)
    return runs, astral and _OTHER_ASTRAL.search(text) is not None


def _fold_runs(text: str, runs: list[re.Match[str]], table: dict[int, str]) -> str:
    """``text`` with the ``runs`` folded by ``table``."""
    if not runs:
        return text
    pieces = []
    pos = 0
    for run in runs:
        pieces.append(text[pos : run.start()])
        pieces.append(run.group().translate(table))
        pos = run.end()
    pieces.append(text[pos:])
    return "".join(pieces)


def _fold(text: str, *, light: bool = False) -> str:
    """``text.translate(_TABLE)`` (or `_LIGHT_TABLE` when ``light``), faster on long texts.

    The light table removes and maps the same characters as the full one and differs only in the letters it keeps.
    """
    table, pairs = (_LIGHT_TABLE, _VARIANT_PAIRS) if light else (_TABLE, _LETTER_PAIRS)
    if len(text) < _SHORT:
        return text.translate(table)
    runs, other = _special_runs(text)
    return text.translate(table) if other else _replace_letters(_fold_runs(text, runs, table), pairs)


def _replace_letters(text: str, pairs: tuple[tuple[str, str], ...]) -> str:
    for char, folded in pairs:
        if char in text:
            text = text.replace(char, folded)
    return text


def _final_ta(folded: str) -> str:
    if "ة" not in folded:
        return folded
    # a ة before a letter is rare (words run together): without one, every ة folds
    return folded.replace("ة", "ه") if _TA_BEFORE_LETTER.search(folded) is None else _FINAL_TA.sub("ه", folded)


def normalize(text: str) -> str:
    """The normalised form of a word, a name or a whole text (no offsets)."""
    return _final_ta(_fold(text))


def light_normalize(text: str) -> str:
    """Diacritics, tatweel, controls, digits, quote marks and NFKC folded; letters kept as written."""
    return text.translate(_LIGHT_TABLE) if len(text) < _SHORT else _fold(text, light=True)


def normalize_each(words: list[str], *, light: bool = False) -> list[str]:
    """`normalize` (or `light_normalize`) of each word, in one pass over the words joined by line breaks, which no
    word holds and no folding makes or removes."""
    if not words:
        return []
    joined = "\n".join(words)
    return (light_normalize(joined) if light else normalize(joined)).split("\n")


@dataclass(slots=True)
class NormText:
    """A normalised text and the way back to the original.

    The map is kept as segments: from normalised index ``starts[k]`` on (up to the next start), a normalised
    index ``i`` comes from original index ``i + shifts[k]``. ``offsets`` spells it out on first use: for every
    normalised index the original index, plus an end sentinel ``original_length``.
    """

    text: str
    original_length: int
    starts: list[int] = field(default_factory=lambda: [0])
    shifts: list[int] = field(default_factory=lambda: [0])
    _offsets: array | None = None

    @property
    def offsets(self) -> array:
        if self._offsets is None:
            offsets = array("i")  # 4 bytes an index: texts stay far below 2**31 characters
            bounds = [*self.starts[1:], len(self.text)]
            for start, end, shift in zip(self.starts, bounds, self.shifts, strict=True):
                offsets.extend(range(start + shift, end + shift))
            offsets.append(self.original_length)
            self._offsets = offsets
        return self._offsets

    def original_index(self, index: int) -> int:
        """The original index of one normalised index (``len(text)`` maps to the original's end)."""
        if index == len(self.text):
            return self.original_length
        if not 0 <= index < len(self.text):
            raise IndexError(f"index {index} is outside the normalised text of length {len(self.text)}")
        return index + self.shifts[bisect_right(self.starts, index) - 1]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original span that the normalised span ``[start, end)`` came from."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span [{start}, {end}) is outside the normalised text of length {len(self.text)}")
        if start == end:
            raw = self.original_index(start)
            return raw, raw
        return self.original_index(start), self.original_index(end - 1) + 1

    def norm_index(self, raw_index: int) -> int:
        """The first normalised index whose original index is at or after ``raw_index``."""
        return bisect_left(self.offsets, raw_index)


def norm_text(text: str) -> NormText:
    """Normalise ``text`` and keep the way back to it.

    Only characters that are removed or expand change the map, so only they are visited.
    """
    runs, other = _special_runs(text)
    if other:
        result = NormText(_final_ta(text.translate(_TABLE)), len(text))
        _map_resized(text, result)
        return result
    result = NormText(_final_ta(_replace_letters(_fold_runs(text, runs, _TABLE), _LETTER_PAIRS)), len(text))
    delta = 0  # normalised index minus original index, for the characters not yet visited
    for run in runs:
        if len(run.group().translate(_TABLE)) == run.end() - run.start():
            continue  # mapped one to one
        for removed in _REMOVED_RUN.finditer(text, run.start(), run.end()):
            delta -= removed.end() - removed.start()
            result.starts.append(removed.end() + delta)
            result.shifts.append(-delta)
    return result


def _map_resized(text: str, result: NormText) -> None:
    """Fill in the map of ``result``, the full folding of ``text``: every removed or expanding character."""
    delta = 0
    for match in _RESIZED_RUN.finditer(text):
        for raw in range(match.start(), match.end()):
            width = len(_TABLE[ord(text[raw])])
            for extra in range(width):  # every character of an expansion maps to the one it came from
                result.starts.append(raw + delta + extra)
                result.shifts.append(-(delta + extra))
            delta += width - 1
        result.starts.append(match.end() + delta)
        result.shifts.append(-delta)
