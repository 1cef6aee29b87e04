"""The cue lexicon: reporting verbs in every person, gender, number and tense, participles and noun cues.

The lexicon (``resources/quotes/cues.tsv``) lists each verb once by its past and present third person
masculine singular and its active participle; the forms are generated here and keyed by their normalised
spelling. Matching strips one attached conjunction (و/ف) and the future prefix س.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rasd.memo import Memo
from rasd.text.normalize import normalize

LEXICON = Path(__file__).resolve().parents[1] / "resources" / "quotes" / "cues.tsv"
CONJUNCTIONS = ("و", "ف")
FORMS_KEPT = 200_000  # lookups remembered before the memo starts again


@dataclass(frozen=True, slots=True)
class CueForm:
    """One surface form of a cue."""

    lemma: str  # the past 3ms (verbs) or the cue itself (nouns)
    kind: str  # verb | participle | saying | noun
    gender: str = ""  # m | f | "" (unknown or first/second person)
    plural: bool = False
    introducers: tuple[str, ...] = ()  # normalised words that may open call/demand content


@dataclass(slots=True)
class Lexicon:
    """Forms by normalised spelling, multi-word noun cues by their first word, blocked forms, and forms that are
    cues only with a conjunction attached."""

    forms: dict[str, CueForm]
    noun_phrases: dict[str, list[tuple[str, ...]]]
    blocked: frozenset[str]
    joined_only: frozenset[str] = frozenset()
    # past forms a first person present shares once normalised (اعتقد he believed, أعتقد I believe): the text
    # tells the first person by its hamza
    spelled_first_person: frozenset[str] = frozenset()
    # the cue a normalised token spells, allowing one conjunction and the future prefix (each word looked up once)
    lookup: Callable[[str], CueForm | None] = field(init=False, repr=False, compare=False)
    # whether a cue may start at a normalised token: a form, or perhaps a noun cue (see opens_phrase)
    may_start: Callable[[str], bool] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.lookup = Memo(self._lookup, FORMS_KEPT).__getitem__
        self.may_start = Memo(self._may_start, FORMS_KEPT).__getitem__

    def opens_phrase(self, norm: str) -> bool:
        """Whether a noun cue may start at the word: its first word, perhaps after a one-letter prefix."""
        return norm in self.noun_phrases or norm[1:] in self.noun_phrases

    def _may_start(self, norm: str) -> bool:
        return self.opens_phrase(norm) or self.lookup(norm) is not None

    def _lookup(self, norm: str) -> CueForm | None:
        if norm in self.joined_only:
            return None
        form = self.forms.get(norm)
        if form is not None:
            return form
        rest = norm[1:] if norm[:1] in CONJUNCTIONS and len(norm) > 3 else norm
        form = self.forms.get(rest)
        if form is None and rest[:1] == "س" and len(rest) > 3:
            form = self.forms.get(rest[1:])
            return form if form is not None and form.kind == "verb" and rest[1:2] in "يت" else None
        return form

    def first_person(self, norm: str, raw: str, form: CueForm) -> bool:
        """Whether a verb cue is in the first or second person (أعتقد، قلت، نؤكد), whose speaker no word around
        it names; ``raw``: the word as written, whose hamza tells أعتقد from اعتقد."""
        if form.kind != "verb":
            return False
        if not form.gender:
            return True
        rest = norm[1:] if norm[:1] in CONJUNCTIONS and norm[1:] in self.spelled_first_person else norm
        return rest in self.spelled_first_person and raw[len(norm) - len(rest) :].startswith("أ")

    def is_blocked(self, norm: str) -> bool:
        rest = norm[1:] if norm[:1] in CONJUNCTIONS and norm[1:] in self.blocked else norm
        return rest in self.blocked


def _past_forms(past: str) -> dict[str, tuple[str, bool]]:
    """Past tense forms -> (gender, plural)."""
    forms = {past: ("m", False), past + "ا": ("m", False), past + "نا": ("", True)}
    if past[-1] in "اي":  # defective: دعا → دعت، دعوا
        base = past[:-1]
        forms.update({base + "ت": ("f", False), base + "تا": ("f", False), base + "وا": ("m", True)})
        forms[base + ("وت" if past[-1] == "ا" else "يت")] = ("", False)
        return forms
    forms.update(
        {past + "ت": ("f", False), past + "تا": ("f", False), past + "وا": ("m", True), past + "ن": ("f", True)}
    )
    if len(past) == 3 and past[1] == "ا":  # hollow: قال → قلت، قلنا، قلن
        short = past[0] + past[2]
        forms.update({short + "ت": ("", False), short + "نا": ("", True), short + "ن": ("f", True)})
    return forms


def _present_forms(present: str) -> dict[str, tuple[str, bool]]:
    """Present tense forms (from the 3ms with ي) -> (gender, plural)."""
    stem = present[1:]
    if present[-1] == "و":
        plural = present + "ن"
    elif present[-1] == "ي":
        plural = present[:-1] + "ون"
    else:
        plural = present + "ون"
    return {
        present: ("m", False),
        "ت" + stem: ("f", False),
        plural: ("m", True),
        "ت" + plural[1:]: ("", True),
        present + "ان": ("m", False),
        "ت" + stem + "ان": ("f", False),
        "ن" + stem: ("", True),
        "ا" + stem: ("", False),
    }


def _participle_forms(participle: str) -> dict[str, tuple[str, bool]]:
    """Participle forms as a circumstantial accusative (مضيفا، مضيفة، مضيفين …) -> (gender, plural).

    The bare and nominative forms (مضيف، مطالب، مؤكدون) are left out: they are mostly nouns and adjectives
    (a host, demands, certain).
    """
    return {
        participle + "ا": ("m", False),
        participle + "ه": ("f", False),
        participle + "ين": ("m", True),
        participle + "تين": ("f", True),
        participle + "ات": ("f", True),
    }


def _add(
    forms: dict[str, CueForm],
    generated: dict[str, tuple[str, bool]],
    lemma: str,
    kind: str,
    introducers: tuple[str, ...],
) -> None:
    for spelling, (gender, plural) in generated.items():
        # the first verb listed keeps a spelling two verbs share
        forms.setdefault(spelling, CueForm(lemma, kind, gender, plural, introducers))


def parse_lexicon(lines: list[str], origin: str = "cues") -> Lexicon:
    """Build the lexicon from its TSV lines; raises ValueError naming the bad line."""
    forms: dict[str, CueForm] = {}
    noun_phrases: dict[str, list[tuple[str, ...]]] = {}
    blocked: set[str] = set()
    joined_only: set[str] = set()
    others: set[str] = set()
    spelled_first_person: set[str] = set()
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        raw = line.rstrip("\n").split("\t")
        cells = [normalize(c.strip()) for c in raw]
        kind = cells[0]
        if kind == "verb" and len(cells) == 5:
            past, present, participle, intro = cells[1:]
            introducers = () if intro == "-" else tuple(intro.split())
            lemma = past if past != "-" else participle
            if past != "-":
                _add(forms, _past_forms(past), lemma, "verb", introducers)
            if present != "-":
                _add(forms, _present_forms(present), lemma, "verb", introducers)
                if "ا" + present[1:] == past and raw[1].strip().startswith("ا"):
                    spelled_first_person.add(past)  # a past with hamzat wasl (اعتقد), not أعلن: both أعلن
            if participle != "-":
                _add(forms, _participle_forms(participle), lemma, "participle", introducers)
        elif kind == "noun" and len(cells) == 2:
            words = tuple(cells[1].split())
            noun_phrases.setdefault(words[0], []).append(words)
        elif kind == "saying" and len(cells) == 2:
            forms.setdefault(cells[1], CueForm(cells[1], "saying"))
        elif kind == "block" and len(cells) == 2:
            blocked.add(cells[1])
        elif kind == "joined" and len(cells) == 2:
            joined_only.add(cells[1])
        elif kind == "other" and len(cells) == 2:
            others.add(cells[1])
        else:
            raise ValueError(
                f"{origin}:{number}: expected 'verb' with 4 fields,"
                " 'noun', 'saying', 'block', 'joined' or 'other' with 1"
            )
    for spelling in others:
        forms.pop(spelling, None)
    for phrases in noun_phrases.values():
        phrases.sort(key=len, reverse=True)
    return Lexicon(forms, noun_phrases, frozenset(blocked), frozenset(joined_only), frozenset(spelled_first_person))


@lru_cache(maxsize=1)
def load_lexicon(path: Path = LEXICON) -> Lexicon:
    """The shipped cue lexicon (read once)."""
    return parse_lexicon(path.read_text(encoding="utf-8").splitlines(), str(path))
