"""Normalisation for matching, with an offset map back to the original text.

The folding, applied character by character (one table, built once):

- Arabic diacritics (harakat, tanwin, shadda, sukun, superscript alef, Quranic marks) and tatweel: removed;
- alef variants أ إ آ ٱ → ا; alef maqsura ى → ي; ta marbuta ة → ه at the end of a word only;
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
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

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
    + ["\u06E7", "\u06E8"]
    + [chr(c) for c in range(0x06EA, 0x06EE)]
    + [chr(c) for c in range(0x08D3, 0x0900) if unicodedata.category(chr(c)) == "Mn"]
)
_TATWEEL = "\u0640"
_CONTROLS = (
    "\u00AD\u061C\u180E\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\uFEFF"
)
_LETTERS = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي"}
_DOUBLE_QUOTES = '"“”„‟«»″‶〃＂〝〞〟❝❞⹂'
_SINGLE_QUOTES = "'‘’‚‛‹›′‵＇❛❜"
_DIGITS = "٠١٢٣٤٥٦٧٨٩" + "۰۱۲۳۴۵۶۷۸۹"


def _own_folds() -> dict[str, str]:
    """The project's own rules, which apply before NFKC."""
    folds = {c: "" for c in (*_DIACRITICS, _TATWEEL, *_CONTROLS)}
    folds.update(_LETTERS)
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
    """The translate table (only characters that change) and a regex class of those that change length."""
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
    return table, "".join(re.escape(c) for c in resized)


_TABLE, _RESIZED_CLASS = _build_table()
_LIGHT_FOLDS = {c: f for c, f in _OWN.items() if c not in _LETTERS}
# The same folding without the letter rules (hamza forms, alef maqsura, ta marbuta kept): for lexicons
# where those letters tell words apart, such as the clitic splitter's.
_LIGHT_TABLE = {
    code: _fold_char(chr(code), _LIGHT_FOLDS)
    for code in _TABLE
    if _fold_char(chr(code), _LIGHT_FOLDS) != chr(code)
}
_RESIZED = re.compile(f"[{_RESIZED_CLASS}]+")
_FINAL_TA = re.compile(r"ة(?![^\W\d_])")


def normalize(text: str) -> str:
    """The normalised form of a word, a name or a whole text (no offsets)."""
    folded = text.translate(_TABLE)
    return _FINAL_TA.sub("ه", folded) if "ة" in folded else folded


def light_normalize(text: str) -> str:
    """Diacritics, tatweel, controls, digits, quote marks and NFKC folded; letters kept as written."""
    return text.translate(_LIGHT_TABLE)


@dataclass(slots=True)
class NormText:
    """A normalised text and, for every normalised index, the original index it came from.

    ``offsets`` has ``len(text) + 1`` entries; the last is ``len(original)``.
    """

    text: str
    offsets: array
    original_length: int

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original span ``[start, end)`` that the normalised span ``[start, end)`` came from."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span [{start}, {end}) is outside the normalised text of length {len(self.text)}")
        if start == end:
            raw = self.offsets[start]
            return raw, raw
        return self.offsets[start], self.offsets[end - 1] + 1

    def original_index(self, index: int) -> int:
        """The original index of one normalised index (``len(text)`` maps to the original's end)."""
        return self.offsets[index]

    def norm_index(self, raw_index: int) -> int:
        """The first normalised index whose original index is at or after ``raw_index``."""
        return bisect_left(self.offsets, raw_index)


def norm_text(text: str) -> NormText:
    """Normalise ``text`` and keep the way back to it.

    Only characters that are removed or expand change the map, so it is built from the runs between them.
    """
    norm = normalize(text)
    if len(norm) == len(text) and not _RESIZED.search(text):
        return NormText(norm, _identity(len(text)), len(text))
    offsets = array("l")
    pos = 0  # original index of the next character not yet mapped
    for match in _RESIZED.finditer(text):
        offsets.extend(range(pos, match.start()))
        for index in range(match.start(), match.end()):
            offsets.extend([index] * len(_TABLE[ord(text[index])]))
        pos = match.end()
    offsets.extend(range(pos, len(text) + 1))
    return NormText(norm, offsets, len(text))


@lru_cache(maxsize=8)
def _identity_template(size: int) -> array:
    return array("l", range(size + 1))


def _identity(length: int) -> array:
    """The identity map for a text of ``length`` characters (copied from a cached template)."""
    size = 1 << max(10, (length + 1).bit_length())
    return _identity_template(size)[: length + 1]

