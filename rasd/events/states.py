"""Nouns of a standing state, an agreement (اتفاق، اتفاقية) or sanctions (عقوبات), are events only where a word
that brings the state about governs them: reaching, concluding or announcing an agreement (توصل الطرفان إلى اتفاق،
أبرمت الحكومة اتفاقا، إعلان اتفاق), imposing or tightening sanctions (فرضت واشنطن عقوبات، تشديد العقوبات).
Elsewhere the noun names one that stands already (انسحاب الولايات المتحدة من الاتفاق النووي، العقوبات الأميركية على
إيران), which is no event of the article's.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from rasd.events.cues import CLAUSE_MARKS
from rasd.events.forms import bare, fold, variants
from rasd.events.lexicon import conjugate


def _words(verbs: str, nouns: str) -> frozenset[str]:
    """The folded forms of the verbs (conjugated) and of the verbal nouns."""
    forms: set[str] = set()
    for verb in verbs.split():
        forms |= conjugate(fold(verb))
    return frozenset(forms | {fold(n) for n in nouns.split()})


BRINGING_ABOUT = {
    "اتفاق": _words("توصل أبرم عقد أعلن وافق صادق أقر أنجز", "توصل إبرام عقد إعلان موافقة مصادقة إقرار إنجاز"),
    "عقوبات": _words("فرض شدد وسع مدد جدد أعلن أقر", "فرض تشديد توسيع تمديد تجديد إعلان إقرار"),
}
STATE_NOUNS = {bare(fold(lemma)) for lemma in BRINGING_ABOUT}
_REACH = 4  # words from the word that brings the state about to its noun, in one clause (توصلت الأطراف إلى اتفاق)


def state_noun(lemma: str) -> bool:
    """Whether a noun trigger's lemma names a standing state."""
    return bare(fold(lemma)) in STATE_NOUNS


def brought_about(words: Sequence[str], noun_at: int, lemma: str, events_at: Collection[int] = ()) -> int | None:
    """The position of the word before the state noun at ``noun_at`` that brings the state about, if one does; a
    clause mark or another event's word (``events_at``) between ends the search (إعلان ترامب الانسحاب من الاتفاق:
    he announced the withdrawal)."""
    bringing = BRINGING_ABOUT[bare(fold(lemma))]
    for i in range(noun_at - 1, max(-1, noun_at - 1 - _REACH), -1):
        if words[i] in CLAUSE_MARKS or i in events_at:
            return None
        if not bringing.isdisjoint(variants(words[i])):  # the word or a reading without its proclitics
            return i
    return None
