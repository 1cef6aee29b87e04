"""A person's name the tagger ran into an organisation's, parted from it (رئيس هيئة الرياضة السعودية تركي آل الشيخ:
the body, then its head).

Arabic writes an office's holder right after the body's name, and the tagger, which has seen the body far more often
than the person, may run the body's name on over theirs. The name of an organisation does not go on from a word with
the article to one without it (a construct's head has no article; what follows a definite word is an adjective or a
phrase with a preposition) except after a title that names a foundation after a person (جامعة الملك سعود). Where it
does, the rest is a person's when it opens with a given name of the gazetteer and has two words or more, or with a
word and آل or بن (تركي آل الشيخ), or the CRF itself gives a person a fair chance of beginning there.
"""

from __future__ import annotations

from collections.abc import Callable

from rasd.ner.context import spans
from rasd.ner.features import CUES
from rasd.ner.gazetteer import Gazetteer
from rasd.ner.repairs import LETTER_NAMES, trailing_particles
from rasd.text.normalize import normalize

# titles after which a name is that of the foundation called after a person (جامعة الملك سعود، مستشفى الأمير سلطان)
_NAMING_TITLE_WORDS = "الملك الملكة الأمير الأميرة الشيخ الشيخة الإمام السلطان"
NAMING_TITLES = frozenset(normalize(w) for w in _NAMING_TITLE_WORDS.split())
# the words between a given name and a family's or a father's, normalised (آل، بن، ابن)
LINEAGE = frozenset(["ال", "بن", "ابن"])
# the CRF's chance of a person's name beginning at a word inside an organisation's name that makes the rest one
PERSON_CHANCE = 0.15


def _definite(stem: str) -> bool:
    """Whether a stem has the article before a word of three letters or more (not البي of البي بي سي)."""
    return stem.startswith("ال") and len(stem) > 4


def _person_start(words: list[str], stems: list[str], a: int, b: int, gazetteer: Gazetteer) -> int | None:
    """The first word of ``[a, b)`` without the article right after one with it, not after a naming title, that may
    begin a name (past في of وزير الصحة في حكومة الحوثيين طه المتوكل): a word with no proclitic of three letters or
    more, or a given name of two that is no letter's name (طه; not البرلمان لصالح …, السيسي لبي بي سي، القناة بي بي
    سي)."""
    for k in range(a + 1, b):
        before, stem = stems[k - 1], stems[k]
        if _definite(before) and before not in NAMING_TITLES and stem.isalpha() and not stem.startswith("ال"):
            given = len(stem) == 2 and words[k] not in LETTER_NAMES and "FIRST" in gazetteer.kinds_of((stem,))
            long_enough = len(stem) > 2 or given
            if long_enough and normalize(words[k]) == stem:
                return k
    return None


def _names_body(stems: list[str], a: int, k: int, gazetteer: Gazetteer) -> bool:
    """Whether the words ``[a, k)`` before a person's name name a body: not when they open with a title (الحارس روي
    باتريسيو), and a single word only when it heads organisations' names or the gazetteer knows it (الحوثي، الرياض;
    not البرازيليان مارسيلو)."""
    first = CUES.get(stems[a])
    if first == "TITLE":
        return False
    return k - a > 1 or first == "ORGHEAD" or bool(gazetteer.kinds_of((stems[a],)))


def persons_in_organisations(
    tags: list[str],
    words: list[str],
    stems: list[str],
    gazetteer: Gazetteer,
    person_chance: Callable[[int], float],
) -> list[str]:
    """One sentence's tags with each person's name that an organisation's name runs into tagged a person, and the
    words before it an organisation when they name one (``words``: the tokens, ``stems``: their stems,
    ``person_chance(k)``: the CRF's chance of B-PERS at k)."""
    out = tags
    for a, b, kind in spans(tags):
        k = _person_start(words, stems, a, b, gazetteer) if kind == "ORG" else None
        if k is None:
            continue
        given_name = b - k > 1 and "FIRST" in gazetteer.kinds_of((stems[k],))
        lineage = b - k > 2 and stems[k + 1] in LINEAGE  # تركي آل الشيخ، محمد بن سلمان
        if not (given_name or lineage) and person_chance(k) < PERSON_CHANCE:
            continue
        out = list(out) if out is tags else out
        out[k:b] = ["B-PERS"] + ["I-PERS"] * (b - k - 1)
        if not _names_body(stems, a, k, gazetteer):
            out[a:k] = ["O"] * (k - a)
    return out if out is tags else trailing_particles(out, words)  # the person's name ends as any does
