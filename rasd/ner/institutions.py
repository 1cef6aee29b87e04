"""Repairs for documents only: descriptive institution names, institutions in construct closed by a country's
adjective, and countries' whole names. The CoNLL output leaves them out, as ANERcorp annotates such names otherwise.
"""

from __future__ import annotations

from itertools import compress

from rasd.ner.features import CUES
from rasd.ner.gazetteer import Gazetteer
from rasd.ner.repairs import relabelled
from rasd.text.normalize import normalize

# Organisation heads too generic to start a descriptive name on their own (الحكومة المغربية لتعزيز …).
GENERIC_HEADS = frozenset(
    ["الحكومه", "الاداره", "المنتخب", "المجموعه", "السلطه", "الجماعه", "القوات", "الجيش", "المكتب", "المركز"]
)


# Definite organisation heads that may start one: the cue words' and a few that head such names only (المرصد السوري
# لحقوق الإنسان), kept out of the cue words, which are tagger features.
HEADS = (frozenset(w for w, kind in CUES.items() if kind == "ORGHEAD" and w.startswith("ال")) - GENERIC_HEADS) | {
    normalize(w) for w in ["المرصد", "المنتدى"]
}
# Construct heads (وزارة الخارجية الأمريكية): the indefinite organisation heads, less the generic ones and those
# that head other things too (دار الباشا, a house; لواء, also a general's rank)
_NOT_CONSTRUCT_HEADS = "حكومة إدارة منتخب مجموعة سلطة جماعة قوات جيش مكتب مركز دار لواء"
CONSTRUCT_HEADS = frozenset(w for w, kind in CUES.items() if kind == "ORGHEAD" and not w.startswith("ال")) - {
    normalize(w) for w in _NOT_CONSTRUCT_HEADS.split()
}


def _country_adjective(stem: str, adjectives: frozenset[str]) -> bool:
    """Whether a stem is a country's adjective, masculine or feminine (السعودي، الامريكيه)."""
    return stem in adjectives or (stem.endswith("ه") and stem[:-1] in adjectives)


def national_institutions(
    stems: list[str], norms: list[str], tags: list[str], adjectives: frozenset[str]
) -> list[str]:
    """Tag untagged institution names in construct that a country's adjective closes: an indefinite organisation
    head, a definite noun and up to two definite adjectives, the last a country's (وزارة الخارجية الأمريكية، وكالة
    الأنباء الفرنسية، مجلس الوزراء السعودي، هيئة الإذاعة البريطانية). Without that adjective the construct may be a
    generic body (مجلس الإدارة، لجنة التحقيق), and a word opening with و adds another body (وزارة المالية والحكومة
    المصرية). ``norms``: the tokens normalised, ``adjectives``: from ``country_adjectives``."""
    out = tags
    n = len(stems)
    for i in compress(range(n - 2), map(CONSTRUCT_HEADS.__contains__, stems)):
        if not stems[i + 1].startswith("ال") or len(stems[i + 1]) < 4:
            continue
        end = next(
            (j + 1 for j in range(i + 2, min(n, i + 4)) if _country_adjective(stems[j], adjectives)), None
        )
        if (
            end
            and all(t == "O" for t in out[i:end])
            and all(s.startswith("ال") for s in stems[i + 1 : end])
            and not any(w.startswith("و") for w in norms[i + 1 : end])
        ):
            out = relabelled(tags, out, i, end, "ORG")
    return out


# Definite words that follow a name without being part of it: relative pronouns, "affiliated", days, normalised
_NOT_NAME_WORDS = "الذي التي الذين التابع التابعه اليوم الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت الاحد"
NOT_NAME_WORDS = frozenset(_NOT_NAME_WORDS.split())


def _goes_on(norm: str) -> bool:
    """Whether a word after a descriptive name's ل-complement may be part of it (للحقوق الاقتصادية)."""
    return norm.startswith("ال") and len(norm) > 3 and norm not in NOT_NAME_WORDS


def whole_countries(norms: list[str], stems: list[str], tags: list[str], countries: Gazetteer) -> list[str]:
    """A country's name of two words or more that the tagger tagged a place in part (جنوب | السودان، جنوب |
    أفريقيا, as ANERcorp's annotators often cut them) is one place, the whole name. ``countries``: those names
    (``RepairLists.countries``)."""
    out = tags
    if "B-LOC" not in tags:
        return out
    for start, length, _ in countries.matches(norms, stems, [len(norms)]):
        end = start + length
        if out[start:end] == ["B-LOC"] + ["I-LOC"] * (length - 1):
            continue
        inside = {tag[2:] for tag in out[start:end] if tag != "O"}
        if inside == {"LOC"} and not out[start].startswith("I-") and (end == len(out) or out[end] != "I-LOC"):
            out = relabelled(tags, out, start, end, "LOC")
    return out


# how a feminine head's adjective ends, normalised (العليا، الكبرى، الوطنية)
FEMININE_ENDINGS = ("ه", "ا", "ي")


def institution_names(stems: list[str], norms: list[str], tags: list[str]) -> list[str]:
    """Tag untagged descriptive institution names: a definite organisation head, one or two definite
    adjectives (in the feminine after a feminine head), a ل-complement and up to two definite words after it
    (الهيئة العليا للمفاوضات، المجلس الوطني للأبحاث، الاتحاد الدولي لكرة القدم). ``stems``: each token's stem
    (``Lexicon.stem``).

    Used for documents only: ANERcorp annotates such names inconsistently (over its train side 36 % of the
    spans this rule finds are gold ORG exactly), so the CoNLL output leaves them to the tagger; so is
    ``national_institutions``.
    """
    out = list(tags)
    n = len(norms)
    for i in compress(range(n), map(HEADS.__contains__, stems)):
        feminine = stems[i].endswith("ه")
        j = i + 1
        while j < n and j - i <= 2 and norms[j].startswith("ال") and norms[j] not in NOT_NAME_WORDS:
            if feminine and not norms[j].endswith(FEMININE_ENDINGS):
                break  # ودعت المنظمة الدول الأعضاء للتشاور: a noun, the verb's object, no adjective of the head
            j += 1
        if j == i + 1 or j >= n:
            continue
        if norms[j].startswith("لل") and len(norms[j]) > 4:
            j += 1
        elif norms[j].startswith("ل") and j + 1 < n and norms[j + 1].startswith("ال") and len(norms[j]) > 3:
            j += 2
        else:
            continue
        end = j
        while end < n and end - j < 2 and _goes_on(norms[end]):
            end += 1
        if all(t == "O" for t in out[i:end]):
            out[i:end] = ["B-ORG"] + ["I-ORG"] * (end - i - 1)
    return out
