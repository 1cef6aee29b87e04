"""Matching keys for Arabic words: letter folding and clitic-stripped variants.

The text layer already gives each token a normalised form; ``fold`` is applied on top of it
(it is idempotent) so that lexicons built here match whatever folding the tokens carry.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import TypeVar

from rasd.memo import Memo

T = TypeVar("T")

# diacritics (U+0610–061A, 064B–065F, 0670, 06D6–06ED) and tatweel are dropped, alef, ya and ta marbuta variants and
# Arabic-Indic digits folded, all in one pass
_FOLD = str.maketrans(
    {
        "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ـ": None,
        "٠": "0", "١": "1", "٢": "2", "٣": "3", "٤": "4", "٥": "5", "٦": "6", "٧": "7", "٨": "8", "٩": "9",
        **dict.fromkeys(map(chr, [*range(0x610, 0x61B), *range(0x64B, 0x660), 0x670, *range(0x6D6, 0x6EE)])),
    }
)  # fmt: skip
_CONJ = ("و", "ف")
_PREP = ("ب", "ل")
_PRESENT = ("ي", "ت", "ن", "ا")
_PROCLITIC_LETTERS = frozenset(_CONJ + _PREP + ("س", "ا"))  # the letters a word with a proclitic or ال begins with
_CACHE = 1 << 17  # word forms follow Zipf's law: a bounded cache serves almost every lookup


def word_memo(compute: Callable[[str], T]) -> Callable[[str], T]:
    """``compute`` memoised on its word (a ``Memo`` of ``_CACHE`` forms): a repeated word costs one dict look-up."""
    return Memo(compute, _CACHE).__getitem__


@word_memo
def fold(text: str) -> str:
    """Fold alef/ya/ta-marbuta variants and drop diacritics and tatweel."""
    return text.translate(_FOLD)


def past_forms(*stems: str) -> frozenset[str]:
    """The folded past forms of the third person (he, she, they) of each verb (قام، قامت، قاموا)."""
    return frozenset(fold(stem + end) for stem in stems for end in ("", "ت", "وا"))


@word_memo
def variants(word: str) -> tuple[str, ...]:
    """The word and its readings without proclitics (و ف, then ب ل or future س, then ال), longest first."""
    if word[:1] not in _PROCLITIC_LETTERS:  # most words: nothing to take off
        return (word,)
    out = [word]
    stems = [word]
    if len(word) > 3 and word[0] in _CONJ:
        stems.append(word[1:])
    for stem in list(stems):
        if len(stem) > 3 and (stem[0] in _PREP or (stem[0] == "س" and stem[1] in _PRESENT)):
            stems.append(stem[1:])
        if stem.startswith("لل") and len(stem) > 4:
            stems.append(stem[2:])
    for stem in stems:
        if stem.startswith("ال") and len(stem) > 3:
            stems.append(stem[2:])
    for stem in stems[1:]:
        if stem not in out:
            out.append(stem)
    return tuple(out)


def conjunction_readings(word: str) -> tuple[str, ...]:
    """The word, and the word after a leading و/ف conjunction when it has one."""
    return (word, word[1:]) if word[:1] in _CONJ else (word,)


def read_as(word: str, forms: frozenset[str]) -> bool:
    """Whether the word, or a reading of it without its proclitics or article (``variants``), is one of ``forms``."""
    return not forms.isdisjoint(variants(word))


def among(word: str, forms: frozenset[str]) -> bool:
    """Whether the word, or the word after a leading و/ف conjunction, is one of ``forms``."""
    return any(reading in forms for reading in conjunction_readings(word))


def before_noun(word: str, form: str) -> bool:
    """Whether what a reading ``form`` of ``word`` takes off its front makes it a noun: the article (الطلب, للطلب)
    or ب (بطلب), which no verb takes."""
    taken = word[: len(word) - len(form)]
    if taken[:1] in _CONJ:
        taken = taken[1:]
    return taken.startswith("ب") or taken.endswith(("ال", "لل"))


# what a past verb's ending says of its subject, as written: plural, feminine; and, read only where the verb's own
# form is known (أعلن، دعا end so), dual and feminine plural
PAST_ENDINGS = (("وا", "plural"), ("ت", "feminine"))
LEMMA_ENDINGS = (("ا", "dual"), ("ن", "feminine plural"))


def past_agreement(form: str, lemma: str = "") -> str:
    """The subject a past verb form agrees with, by its ending, or "" for the masculine singular: with the verb's
    ``lemma`` its own form is that (دعا, whose alif is the root's) and a dual or feminine plural ending is read too."""
    if lemma and form == fold(lemma):
        return ""
    endings = PAST_ENDINGS + LEMMA_ENDINGS if lemma else PAST_ENDINGS
    return next((kind for ending, kind in endings if form.endswith(ending)), "")


def present_tense(form: str, lemma: str = "") -> bool:
    """Whether a verb form (proclitics off) is imperfect: a person prefix ي ت ن before at least three letters.
    With the verb's ``lemma``, a form that begins as the lemma does is past (نفذت of نفذ, تعاونت of تعاون)."""
    if lemma and form.startswith(fold(lemma)[:2]):
        return False
    return form[:1] in "يتن" and len(form) > 3


@word_memo
def bare(word: str) -> str:
    """A word without its proclitics and article (the last, shortest variant)."""
    return variants(word)[-1]


@word_memo
def strip_article(word: str) -> str:
    """A folded word without its article (ال, or لل for ل + ال)."""
    return _article_off(fold(word))


def _article_off(w: str) -> str:
    """``strip_article`` of a word already folded."""
    if (w.startswith("لل") and len(w) > 4) or (w.startswith("ال") and len(w) > 3):
        return w[2:]
    return w


# plural and feminine endings a name key drops, each with the letters that must stay before it
_NAME_SUFFIXES = (("يين", 3), ("يون", 3), ("ات", 2), ("ون", 3), ("ين", 3), ("يه", 3), ("ه", 2), ("و", 4))
_NAME_ENDINGS = tuple(suffix for suffix, _ in _NAME_SUFFIXES)


@word_memo
def name_key(word: str) -> str:
    """A coarse key for names and dictionary phrases written as lemmas: no article, no plural or feminine ending.

    Only the article is removed (a name may begin with و ف ب ل); ``key_candidates`` adds the clitic readings.
    """
    return _folded_name_key(fold(word))


@word_memo
def _folded_name_key(w: str) -> str:
    """``name_key`` of a word already folded (as its readings and their parts are: folding is letter by letter)."""
    w = _article_off(w)
    if not w.endswith(_NAME_ENDINGS):  # most words
        return w
    for suffix, keep in _NAME_SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= keep:
            return w[: -len(suffix)] + ("ي" if suffix in ("يين", "يون", "يه") else "")
    return w


@word_memo
def stem_key(word: str) -> str:
    """``name_key`` of the word without any proclitic."""
    return _folded_name_key(bare(fold(word)))


@lru_cache(maxsize=_CACHE)
def key_candidates(word: str, key: Callable[[str], str] = name_key) -> tuple[str, ...]:
    """``key`` (``name_key`` by default) of each proclitic reading of a word, the whole word first."""
    return tuple(_distinct(map(_ON_FOLDED.get(key, key), variants(fold(word)))))


def _distinct(keys: Iterable[str]) -> list[str]:
    """The keys without repeats, in their order."""
    out: list[str] = []
    for k in keys:
        if k not in out:
            out.append(k)
    return out


# the keys whose first step is folding, as they read a word already folded (a reading of a folded word)
_ON_FOLDED: dict[Callable[[str], str], Callable[[str], str]] = {name_key: _folded_name_key, strip_article: _article_off}

# broken plurals of the words that head the dictionary's names of armed groups and parties, which it writes in the
# singular (كتيبة عز الدين القسام; news: كتائب عز الدين القسام)
_SINGULARS = {
    fold(plural): fold(singular)
    for plural, singular in (
        ("كتائب", "كتيبة"), ("سرايا", "سرية"), ("ألوية", "لواء"), ("فيالق", "فيلق"), ("جيوش", "جيش"), ("أحزاب", "حزب"),
    )
}  # fmt: skip
_CASE_ENDINGS = ("ان", "ا")  # dual nominative (انتحاريان), indefinite accusative (مسلحا، جنديا)
_POSSESSIVES = ("هما", "ها", "هم", "نا", "ه")  # folded: a final ه is also a ta marbuta, which only the raw text tells


@word_memo
def actor_keys(word: str) -> tuple[str, ...]:
    """``key_candidates`` of a word, then its readings without a dual or accusative ending (مسلحا → مسلح),
    which ``name_key`` keeps because names end so (روسيا، عمان), a key under four letters and a plural verb
    (هاجموا) excepted, then those without a possessive pronoun (``possessive_keys``); a broken plural that heads
    group names also reads as its singular (كتائب → كتيبة); last, the readings without the article alone, which
    keep a name's letters that look like an ending (البحرين: بحرين, where the sea's key is بحر)."""
    readings = variants(fold(word))
    out = list(key_candidates(word))
    out.extend(_folded_name_key(_SINGULARS[v]) for v in readings if v in _SINGULARS)
    out.extend(k for k in case_keys(word) if k not in out)
    out.extend(k for k in possessive_keys(word) if k not in out)
    out.extend(k for k in dict.fromkeys(map(_article_off, readings)) if k not in out)
    return tuple(out)


@word_memo
def case_keys(word: str) -> tuple[str, ...]:
    """``name_key`` of a word's readings without a dual or accusative ending (مسلحا → مسلح), under four letters
    and plural verbs (هاجموا) excepted."""
    return tuple(_distinct(k for v in variants(fold(word)) for k in _uncased(v)))


def _uncased(reading: str) -> list[str]:
    """``name_key`` of one folded reading without a dual or accusative ending (``case_keys``)."""
    if not reading.endswith(_CASE_ENDINGS) or reading.endswith("وا"):
        return []
    keys = (_folded_name_key(reading[: -len(ending)]) for ending in _CASE_ENDINGS if reading.endswith(ending))
    return [k for k in keys if len(k) >= 4]


@word_memo
def possessive_keys(word: str) -> tuple[str, ...]:
    """``name_key`` of a word's readings without a possessive pronoun (جنوده، قواتها، جنودنا → جنود، قوات); a stem
    under three letters is not read so. A singular in ta marbuta is not restored (قوته is "its strength" more
    often than "its force")."""
    return tuple(
        _distinct(
            _folded_name_key(v[: -len(suffix)])
            for v in variants(fold(word))
            if v.endswith(_POSSESSIVES)
            for suffix in _POSSESSIVES
            if v.endswith(suffix) and len(v) - len(suffix) >= 3
        )
    )


def proclitic_length(word: str, head: str, key: Callable[[str], str] = name_key) -> int:
    """How many letters of ``word`` stand before the reading whose ``key`` is ``head`` (لقوات, قو → 1); for names
    (``name_key``) also the reading as ``actor_keys`` reads it without a case ending (وكندا، كند → 1) or with
    only the article off (والبحرين, بحرين → 1)."""
    for v in variants(fold(word)):
        if key(v) == head or (key is name_key and (_article_off(v) == head or head in _uncased(v))):
            return len(word) - len(v)
    return 0


def phrase_key(text: str, key: Callable[[str], str] = name_key) -> str:
    """``key`` (``name_key`` by default) of each word of a phrase (words split on spaces or underscores)."""
    return " ".join(key(w) for w in re.split(r"[\s_]+", text) if w)


def after_preposition(word: str, form: str) -> bool:
    """Whether the letters before the matched form include the preposition ب or ل (للمفاوضات, بالهجوم)."""
    if not word.endswith(form) or word == form:
        return False
    prefix = word[: len(word) - len(form)]
    prefix = prefix[:-2] if prefix.endswith("ال") else prefix[:-1] if prefix.endswith("لل") else prefix
    return "ب" in prefix or "ل" in prefix


def raw_skip(raw: str, letters: int) -> int:
    """Raw characters covering the first ``letters`` folded letters (diacritics and tatweel take no letter)."""
    seen = 0
    for i, ch in enumerate(raw):
        if seen == letters:
            return i
        seen += bool(fold(ch))
    return len(raw)
