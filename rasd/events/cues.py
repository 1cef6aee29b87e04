"""Words that change what a trigger asserts: negation, modality and the future, questions, conditionals."""

from __future__ import annotations

from rasd.events.forms import among, conjunction_readings, fold, present_tense

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
MAY = fold("قد")
# the modal words that still are after و or ف; not وقد, which opens a report of what happened (وقد تعهدت إيران),
# its past verb mostly not told apart from a present one by its letters
MODAL_AFTER_CONJUNCTION = MODALITY - {MAY}
QUESTION = frozenset(fold(w) for w in ["هل", "ماذا", "لماذا", "كيف", "متى", "أين", "اين"])
QUESTION_MARKS = frozenset("?؟")
QUOTES = frozenset(('"', "'"))
HISTORY = frozenset(fold(w) for w in ["ذكرى", "ذكري", "عام", "منذ", "تاريخ", "التاريخ", "سنوات", "الماضي"])
_WINDOW = 3
CLAUSE_MARKS = frozenset("،,؛;:.!?؟\"")


def cues_before(words: list[str], index: int) -> set[str]:
    """Cue classes among the few words before position ``index`` in its clause (and a future prefix on the word
    itself): in ``لن تتدخل، ودعا إلى`` the negation belongs to the clause before the comma."""
    found: set[str] = set()
    start = max(0, index - _WINDOW)
    window = words[start:index]
    breaks = [k for k, w in enumerate(window) if w in CLAUSE_MARKS]
    for k in range(breaks[-1] + 1 if breaks else 0, len(window)):
        w = window[k]
        if among(w, NEGATION):  # ولم، فلن، ولا as well
            found.add("neg")
        elif (w == MAY and _before_present(words, start + k + 1)) or among(w, MODAL_AFTER_CONJUNCTION):
            found.add("modal")
        elif among(w, CONDITIONAL):
            found.add("cond")
    word = words[index] if index < len(words) else ""
    if any(w.startswith(("سي", "ست", "سن")) and len(w) > 4 for w in conjunction_readings(word)):
        found.add("future")  # سيهاجم، وستشارك
    return found


def _before_present(words: list[str], at: int) -> bool:
    """Whether the word at ``at`` may be a present verb: قد before one is "may" (قد يهاجم، قد تكون); before a verb
    that can only be past it reports what happened (وكانت القوات قد قتلت، قد تم)."""
    return at < len(words) and present_tense(words[at])


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
