"""Nouns of a standing state, an agreement (اتفاق، اتفاقية) or sanctions (عقوبات), are events only where a word
that brings the state about governs them: reaching, concluding, signing or announcing an agreement (توصل الطرفان
إلى اتفاق، أبرمت الحكومة اتفاقا، إعلان اتفاق), imposing or tightening sanctions (فرضت واشنطن عقوبات، تشديد
العقوبات). Elsewhere the noun names one that stands already (انسحاب الولايات المتحدة من الاتفاق النووي، العقوبات
الأميركية على إيران), which is no event of the article's.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from rasd.events.cues import CLAUSE_MARKS
from rasd.events.forms import bare, fold, read_as
from rasd.events.lexicon import conjugate
from rasd.events.rolewords import ABOUT, PREPOSITIONS, RELATIVE_PRONOUNS


def _words(verbs: str, nouns: str) -> frozenset[str]:
    """The folded forms of the verbs (conjugated) and of the verbal nouns, bare or with a pronoun (توصله)."""
    forms: set[str] = set()
    for verb in verbs.split():
        forms |= conjugate(fold(verb))
    for noun in map(fold, nouns.split()):
        forms |= {noun + pronoun for pronoun in ("", "ه", "ها", "هم", "هما")}
    return frozenset(forms)


BRINGING_ABOUT = {
    # تم الاتفاق، جرى الاتفاق: the noun is the verbal noun of agreeing, and it was done
    "اتفاق": _words(
        "توصل أبرم وقع عقد أعلن وافق صادق أقر أنجز تم جرى", "توصل إبرام توقيع عقد إعلان موافقة مصادقة إقرار إنجاز"
    ),
    "عقوبات": _words("فرض شدد وسع مدد جدد أعلن أقر", "فرض تشديد توسيع تمديد تجديد إعلان إقرار"),
}
STATE_NOUNS = {bare(fold(lemma)) for lemma in BRINGING_ABOUT}
_REACH = 5  # words from the word that brings the state about to its noun (فرض الرئيس الأمريكي دونالد ترامب عقوبات)
# the prepositions a word that brings a state about takes before its noun (توصلوا إلى اتفاق، وافق على، الإعلان عن); any
# other governs the noun for another word (انسحابها من الاتفاق)
THROUGH = frozenset(fold(w) for w in ("إلى", "على", "عن"))
OTHER_PREPOSITIONS = PREPOSITIONS - THROUGH | ABOUT  # إعلان ترامب قراره بشأن الاتفاق


def state_noun(lemma: str) -> bool:
    """Whether a noun trigger's lemma names a standing state."""
    return bare(fold(lemma)) in STATE_NOUNS


def brought_about(words: Sequence[str], noun_at: int, lemma: str, events_at: Collection[int] = ()) -> int | None:
    """The position of the word before the state noun at ``noun_at`` that brings the state about, if one does; a
    clause mark, another event's word (``events_at``) or another preposition between ends the search (إعلان ترامب
    الانسحاب من الاتفاق: he announced the withdrawal)."""
    bringing = BRINGING_ABOUT[bare(fold(lemma))]
    for i in range(noun_at - 1, max(-1, noun_at - 1 - _REACH), -1):
        if read_as(words[i], bringing):  # the word or a reading without its proclitics
            return None if i and words[i - 1] in RELATIVE_PRONOUNS else i  # الذين وقعوا على الاتفاق: who they are
        if words[i] in CLAUSE_MARKS or words[i] in OTHER_PREPOSITIONS or i in events_at:
            return None
    return None
