"""Reports of an attack carried out: a past verb of carrying out, or ``رد/قام بـ`` + its verbal noun, governing an
attack noun (وجهت القوات ضربات جوية، شنت الطائرات غارات، ورد الجيش بتوجيه ضربات جوية).

The construction states that the attack took place, whatever the words around it; negation, modality, the future
or a condition before the verb, and questions and conditional sentences, still block it, and so does a relative
pronoun before the verb (التي نفذت الهجوم: a description of an attack told elsewhere, not its report).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from rasd.events.cues import CLAUSE_MARKS, cues_before, sentence_cues
from rasd.events.forms import among, fold, past_forms
from rasd.events.rolewords import RELATIVE_PRONOUNS
from rasd.events.triggers import TriggerHit

# Finite past forms only: the bare شن is as often the verbal noun (خيار شن هجوم) as the verb.
CARRIED_OUT = frozenset(
    fold(w) for w in ("شنت", "شنوا", "شنتا", "نفذ", "نفذت", "نفذوا", "نفذا", "نفذتا", "وجه", "وجهت", "وجهوا", "وجهتا")
)
# The verbal nouns after ب, and the verbs of responding or undertaking whose manner they give (رد بـ، قام بـ).
BY_CARRYING = frozenset(fold(w) for w in ("بشن", "بتنفيذ", "بتوجيه"))
UNDERTAKEN = past_forms("قام", "رد")
_GAP = 4  # words from the verb to the noun, in one clause (وجهت القوات الأمريكية عدة ضربات)
_SUBJECT = 3  # words allowed between رد/قام and بتوجيه (ورد النظام بتوجيه)
BLOCKING = frozenset({"question", "conditional"})
RELATIVE = RELATIVE_PRONOUNS | {fold("من")}  # من قام بتنفيذ الهجوم: who did it, not that it happened
TYPES = frozenset({"ASSAULT"})  # the event types whose nouns these verbs carry out


def carried_out(words: Sequence[str], hits: Sequence[TriggerHit], event_type: str) -> bool:
    """Whether a noun trigger of ``event_type`` is the object of a carrying-out construction that asserts it."""
    if event_type not in TYPES:
        return False
    nouns = [h for h in hits if h.entry.type == event_type and h.entry.pos != "verb"]
    if not nouns or BLOCKING & sentence_cues(list(words)):
        return False
    return any(not cues_before(list(words), j) for hit in nouns for j in carriers(words, hit))


def carriers(words: Sequence[str], hit: TriggerHit) -> Iterator[int]:
    """Where a verb of carrying out (or رد/قام بـ + its verbal noun) governing a noun trigger stands, nearest first,
    within its clause: its subject is the act's doer."""
    for j in range(hit.first - 1, max(-1, hit.first - _GAP - 1), -1):
        if words[j] in CLAUSE_MARKS:
            return
        if _carrying(words, j):
            yield j


def after_relative(words: Sequence[str], j: int) -> bool:
    """Whether a relative pronoun (or من) stands right before the verb at ``j``: its act is described, not
    reported (التي نفذت الهجوم، المظاهرة التي خرجت)."""
    return j > 0 and words[j - 1] in RELATIVE


def _carrying(words: Sequence[str], j: int) -> bool:
    if among(words[j], CARRIED_OUT):
        return not after_relative(words, j)
    return among(words[j], BY_CARRYING) and any(among(w, UNDERTAKEN) for w in words[max(0, j - _SUBJECT) : j])
