"""Words that change what a trigger asserts: negation, modality and the future, questions, conditionals."""

from __future__ import annotations

from rasd.events.forms import fold

NEGATION = frozenset(
    fold(w)
    for w in ["لم", "لن", "لا", "ما", "ليس", "ليست", "عدم", "دون", "نفى", "نفت", "ينفي", "تنفي", "نفي", "نفوا", "بدون"]
)
MODALITY = frozenset(
    fold(w)
    for w in [
        "قد",
        "يمكن",
        "يمكنه",
        "يمكنها",
        "ربما",
        "سوف",
        "يحتمل",
        "محتمل",
        "احتمال",
        "يجب",
        "ينبغي",
        "حاول",
        "يحاول",
        "تحاول",
        "محاوله",
        "سعى",
        "يسعى",
        "تسعى",
    ]
)
CONDITIONAL = frozenset(fold(w) for w in ["اذا", "إذا", "لو", "لولا", "حال"])  # إن folds into أن (that)
CUE_WORDS = NEGATION | MODALITY | CONDITIONAL
MAY = fold("قد")
QUESTION = frozenset(fold(w) for w in ["هل", "ماذا", "لماذا", "كيف", "متى", "أين", "اين"])
QUESTION_MARKS = frozenset("?؟")
QUOTES = frozenset(('"', "'"))
HISTORY = frozenset(fold(w) for w in ["ذكرى", "ذكري", "عام", "منذ", "تاريخ", "التاريخ", "سنوات", "الماضي"])
_WINDOW = 3
CONJUNCTIONS = frozenset("وف")
CLAUSE_MARKS = frozenset("،,؛;:.!?؟\"")


def cues_before(words: list[str], index: int) -> set[str]:
    """Cue classes among the few words before position ``index`` in its clause (and a future prefix on the word
    itself): in ``لن تتدخل، ودعا إلى`` the negation belongs to the clause before the comma."""
    found: set[str] = set()
    window = words[max(0, index - _WINDOW) : index]
    breaks = [k for k, w in enumerate(window) if w in CLAUSE_MARKS]
    for w in window[breaks[-1] + 1 :] if breaks else window:
        w = _without_conjunction(w)
        if w in NEGATION:
            found.add("neg")
        elif w in MODALITY:
            found.add("modal")
        elif w in CONDITIONAL:
            found.add("cond")
    word = words[index] if index < len(words) else ""
    readings = (word, word[1:]) if word[:1] in CONJUNCTIONS else (word,)  # سيهاجم، وستشارك
    if any(w.startswith(("سي", "ست", "سن")) and len(w) > 4 for w in readings):
        found.add("future")
    return found


def _without_conjunction(word: str) -> str:
    """A cue word without the و or ف it may open with (ولم، فلن، ولا), else the word; not قد: وقد opens a report
    of what happened (وقد تعهدت إيران), its past verb mostly not told apart from a present one by its letters."""
    if word[:1] in CONJUNCTIONS and word[1:] in CUE_WORDS and word[1:] != MAY:
        return word[1:]
    return word


def sentence_cues(words: list[str]) -> set[str]:
    """Cue classes that hold for the whole sentence."""
    found: set[str] = set()
    if not QUESTION_MARKS.isdisjoint(words) or (words and words[0] in QUESTION):
        found.add("question")
    if not CONDITIONAL.isdisjoint(words):
        found.add("conditional")
    if not QUOTES.isdisjoint(words):
        found.add("quoted")
    return found
