"""Matching keys for Arabic words: letter folding and clitic-stripped variants.

The text layer already gives each token a normalised form; ``fold`` is applied on top of it
(it is idempotent) so that lexicons built here match whatever folding the tokens carry.
"""

from __future__ import annotations

import re

_FOLD = str.maketrans(
    {
        "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ـ": None,
        "٠": "0", "١": "1", "٢": "2", "٣": "3", "٤": "4", "٥": "5", "٦": "6", "٧": "7", "٨": "8", "٩": "9",
    }
)  # fmt: skip
_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")
_CONJ = ("و", "ف")
_PREP = ("ب", "ل", "ك", "س")


def fold(text: str) -> str:
    """Fold alef/ya/ta-marbuta variants and drop diacritics and tatweel."""
    return _DIACRITICS.sub("", text).translate(_FOLD)


def variants(word: str) -> list[str]:
    """The folded word and its readings without proclitics (و ف, then ب ل ك س, then ال), longest first."""
    out = [word]
    stems = [word]
    if len(word) > 3 and word[0] in _CONJ:
        stems.append(word[1:])
    for stem in list(stems):
        if len(stem) > 3 and stem[0] in _PREP:
            stems.append(stem[1:])
        if stem.startswith("لل") and len(stem) > 4:
            stems.append(stem[2:])
    for stem in stems:
        if stem.startswith("ال") and len(stem) > 3:
            stems.append(stem[2:])
    for stem in stems[1:]:
        if stem not in out:
            out.append(stem)
    return out


def bare(word: str) -> str:
    """A word without its proclitics and article (the last, shortest variant)."""
    return variants(word)[-1]


def stem_key(word: str) -> str:
    """A coarse key for dictionary phrases written as lemmas: no article, no plural or feminine ending."""
    w = bare(fold(word))
    for suffix in ("يين", "يون", "ات", "ون", "ين", "يه", "ه"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)] + ("ي" if suffix in ("يين", "يون", "يه") else "")
            break
    return w


def phrase_key(text: str) -> str:
    """``stem_key`` of each word of a phrase (words split on spaces or underscores)."""
    return " ".join(stem_key(w) for w in re.split(r"[\s_]+", text) if w)
