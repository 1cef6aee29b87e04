"""Reports of a crowd that took to the streets: a past verb of demonstrating, gathering or going out with a crowd
right after it (خرج آلاف المتظاهرين، تظاهر المئات، احتشد المتظاهرون، تجمع 500 متظاهر), going out or breaking
out with a protest noun (خرجت مظاهرة، اندلعت احتجاجات), a past verb of marching whose subject is protesters
(نزل آلاف المتظاهرين إلى الشوارع، توجه المتظاهرون إلى السفارة), or قام with a protest noun after ب (قام متظاهرون
بالاحتجاج).

As with the carrying-out construction (`rasd.events.carrying`), the construction states that the protest took
place, whatever the words around it; negation, modality, the future or a condition before the verb, questions and
conditional sentences, and a relative pronoun before the verb still block it.
"""

from __future__ import annotations

from collections.abc import Sequence

from rasd.events.carrying import BLOCKING, after_relative
from rasd.events.cues import CLAUSE_MARKS, cues_before, sentence_cues
from rasd.events.forms import among, fold, past_forms, read_as
from rasd.events.triggers import TriggerHit

# verbs whose subject demonstrated, and those whose subject may be a protest (خرجت مظاهرة، اندلعت احتجاجات)
DEMONSTRATING = past_forms("خرج", "تجمع", "احتشد", "اعتصم", "تظاهر", "احتج")
BREAKING_OUT = past_forms("خرج", "اندلع")
# verbs of going somewhere, a protest only with protesters as their subject (توجه is also "address": توجه كلمة)
MARCHING = past_forms("نزل", "توجه", "سار", "زحف", "تدفق", "تقاطر")
UNDERTOOK = past_forms("قام")  # قام … بالاحتجاج
CROWD_VERBS = DEMONSTRATING | BREAKING_OUT | MARCHING | UNDERTOOK
_PROTESTER_WORDS = "متظاهرون متظاهرين متظاهر المتظاهرون المتظاهرين محتجون محتجين المحتجون المحتجين"
_NUMBER_WORDS = "آلاف الآلاف مئات المئات عشرات العشرات حشود الحشود ألوف ألف مليون مليوني"
PROTESTERS = frozenset(fold(w) for w in _PROTESTER_WORDS.split())
CROWDS = PROTESTERS | frozenset(fold(w) for w in _NUMBER_WORDS.split())
OF = fold("من")  # عشرات الآلاف من المتظاهرين
REACH = 3  # words after the verb where its crowd or protest stands, in one clause
# words after a verb read for a marching verb's protesters (توجه عشرات الآلاف من المتظاهرين) and for قام's protest
# noun (قام متظاهرون في ضواحي نابولي بالاحتجاج), in one clause
CLAUSE_REACH = 5
TYPES = frozenset({"PROTEST"})


def crowd_out(words: Sequence[str], hits: Sequence[TriggerHit], event_type: str) -> bool:
    """Whether a sentence with a trigger of ``event_type`` states that a crowd took to the streets."""
    if event_type not in TYPES:
        return False
    protests = {i for h in hits if h.entry.type == event_type for i in range(h.first, h.last + 1)}
    if not protests or BLOCKING & sentence_cues(list(words)):
        return False
    return any(_asserts(words, j, protests) for j, word in enumerate(words) if among(word, CROWD_VERBS))


def _asserts(words: Sequence[str], j: int, protests: set[int]) -> bool:
    """Whether the verb at ``j`` has a crowd, or (a verb of breaking out) a protest trigger, right after it, protesters
    as the subject of a verb of marching, or (قام) a protest noun after ب within its clause; and nothing before it
    that makes its act unreal or a description."""
    if after_relative(words, j) or cues_before(list(words), j):
        return False
    after: list[int] = []
    for k in range(j + 1, min(len(words), j + 1 + CLAUSE_REACH)):
        if words[k] in CLAUSE_MARKS:
            break
        after.append(k)
    near = after[:REACH]
    if among(words[j], DEMONSTRATING) and any(_counts_crowd(words[k]) for k in near):
        return True
    if among(words[j], BREAKING_OUT) and any(k in protests for k in near):
        return True
    if among(words[j], MARCHING) and _protesters_first(words, after):
        return True
    return among(words[j], UNDERTOOK) and any(k in protests and words[k].startswith("ب") for k in after)


def _counts_crowd(word: str) -> bool:
    """Whether a word names or counts a crowd (المتظاهرون، آلاف، 500)."""
    return read_as(word, CROWDS) or word[:1].isdigit()


def _protesters_first(words: Sequence[str], after: list[int]) -> bool:
    """Whether protesters open the words after a verb, behind at most a count (عشرات الآلاف من المتظاهرين): its
    subject, and not the object's complement (توجه كلمة أمام المحتجين)."""
    for k in after:
        if read_as(words[k], PROTESTERS):
            return True
        if not (_counts_crowd(words[k]) or words[k] == OF):
            return False
    return False
