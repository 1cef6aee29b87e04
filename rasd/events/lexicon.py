"""Build the trigger lexicon from the PETRARCH Arabic dictionaries, the CAMEO→PLOVER table and the audit file.

The compiled lexicon is plain data (``resources/events/triggers.json``): folded word forms and short phrases
mapped to entries ``[plover_type, cameo, mode, lemma, origin]``. The audit file
(``resources/events/audit.tsv``) is the hand-checked part: it overrides the dictionaries' codes for the
frequent triggers, removes triggers that mislead, and adds the nouns news uses for events.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import product
from pathlib import Path
from typing import TypeVar

from rasd.errors import InputError
from rasd.events.forms import bare, fold, stem_key

T = TypeVar("T")

RESOURCES = Path(__file__).resolve().parents[1] / "resources" / "events"
AUDIT_PATH = RESOURCES / "audit.tsv"
LEXICON_PATH = RESOURCES / "triggers.json"
# the audit's type for a word, a phrase, or a verb whose object makes it, no event (احتل المركز الأول: ranks first)
NO_EVENT = "NONE"
DETECTED_TYPES = ("ASSAULT", "PROTEST")  # the types a trained detector decides (``rasd train events``)
PLOVER_TYPES = [
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
]
_CODE = re.compile(r"\[(\d{2,4})\]")


@dataclass(frozen=True, slots=True)
class Entry:
    """What a trigger means: a PLOVER type, its CAMEO code and mode, the lemma it came from."""

    type: str
    cameo: str | None
    mode: str | None
    lemma: str
    origin: str  # audit | cameo | verbs | pattern
    pos: str = "verb"  # verb | noun: where its actors are looked for

    def to_list(self) -> list[str | None]:
        return [self.type, self.cameo, self.mode, self.lemma, self.origin, self.pos]


def read_plover_table(path: Path) -> dict[str, tuple[str, str | None]]:
    """CAMEO code → (PLOVER type, mode) from CAMEO2PLOVER-2021.txt."""
    table: dict[str, tuple[str, str | None]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{2,4}):\s*([A-Z]+)\s*,([^,#]*)", line)
        if m and m.group(2) in PLOVER_TYPES:
            table[m.group(1)] = (m.group(2), m.group(3).strip() or None)
    return table


def plover_of(code: str, table: dict[str, tuple[str, str | None]]) -> tuple[str, str | None] | None:
    """The PLOVER type and mode of a CAMEO code, falling back to its parent codes; 02x appeals are requests."""
    for k in range(len(code), 1, -1):
        if code[:k] in table:
            return table[code[:k]]
    if code.startswith("02"):
        return ("REQUEST", None)
    return None


def conjugate(lemma: str) -> set[str]:
    """Unvocalised past, present and passive forms of a folded verb lemma (no clitics)."""
    stem = lemma[1:] if lemma.startswith("ا") and len(lemma) > 3 else lemma
    forms = {lemma + s for s in ("", "ت", "وا", "ا", "تا", "ن", "نا", "تم")}
    forms |= {p + stem + s for p in "يتن" for s in ("", "ون", "ان", "وا", "ين")}
    if len(lemma) == 4 and lemma[1] == "ا":  # form III: هاجم → هوجم
        forms |= {lemma[0] + "و" + lemma[2:] + s for s in ("", "ت", "وا")}
    return {f for f in forms if len(f) >= 3}


OBJECT_PRONOUNS = ("ه", "ها", "هم", "هما", "هن", "كم")


def with_object_pronouns(lemma: str, forms: set[str]) -> set[str]:
    """Verb forms with an attached object pronoun (هاجمتهم, استهدفوها, يقتلونهم). The bare lemma takes no
    ``ه``: طالبه, قاتله are also the folded nouns طالبة, قاتلة; the lexicon keeps those forms apart
    (``LexiconBuilder.pronominal``), read only where the text writes ه and not ة."""
    out: set[str] = set()
    for form in forms:
        stem = form[:-1] if form.endswith("وا") else form  # هاجموا + هم → هاجموهم
        out.update(stem + p for p in OBJECT_PRONOUNS if not (p == "ه" and form == lemma))
    return out


def _verb_parts(raw: str) -> tuple[str, tuple[str, ...]]:
    """A dictionary verb key → (folded verb, following words): ``هجم+على`` → ("هجم", ("على",))."""
    words = [fold(w) for w in re.split(r"[+_\s]+", raw.strip()) if w]
    return words[0], tuple(words[1:])


class LexiconBuilder:
    """Collects forms and phrases with their entries; later sources never override the audit."""

    def __init__(self, table: dict[str, tuple[str, str | None]]) -> None:
        self.table = table
        self.forms: dict[str, Entry] = {}
        self.phrases: dict[str, Entry] = {}
        self.patterns: dict[str, dict[str, Entry]] = {}
        self.blocked: set[str] = set()
        self.audited: set[str] = set()
        self.pronominal: dict[str, Entry] = {}  # ``with_object_pronouns``' one exception: lemma + ه (قتله)

    def entry(self, code: str, lemma: str, origin: str) -> Entry | None:
        plover = plover_of(code, self.table)
        return Entry(plover[0], code, plover[1], lemma, origin) if plover else None

    def add_forms(self, forms: set[str], entry: Entry, *, override: bool = False) -> None:
        """Add word forms; ``override`` marks the audit's own forms, which drops never remove."""
        for form in forms:
            if not override and (form in self.blocked or form in self.audited):
                continue
            self.forms[form] = entry
            if override:
                self.audited.add(form)

    def add_phrase(self, words: tuple[str, ...], entry: Entry, *, override: bool = False) -> None:
        key = " ".join(bare(w) for w in words)
        if override or key not in self.phrases:
            self.phrases[key] = entry

    def add_verb(self, raw: str, entry: Entry) -> None:
        """A dictionary verb (``هجم`` or ``هجم+على``) with all its forms, unless the audit drops it."""
        verb, rest = _verb_parts(raw)
        if verb in self.blocked:
            return
        if rest:
            for form in conjugate(verb):
                self.add_phrase((form, *rest), entry)
        else:
            self.add_forms(conjugate(verb), entry)

    def add_audited_verb(self, raw: str, entry: Entry, excluded: set[str], listed: set[str]) -> None:
        """An audited verb: its forms (with object pronouns) and ``listed`` ones the conjugation misses (يدين of
        أدان), or, when written with its object (``اطلق+نار``, alternatives split by ``/``), each of them right
        before the object and with the object among the next few words (``أطلق مسلحون النار``), which wins over
        the verb's other readings."""
        verb, rest = _verb_parts(raw)
        conjugated = conjugate(verb) - excluded
        forms = conjugated | listed
        if not rest:
            self.add_forms(forms | with_object_pronouns(verb, conjugated), entry, override=True)
            # not a form V verb's (تعاونه: his cooperation, the verbal noun's letters), nor a detected type's: with
            # قتله، اختطفه … the ASSAULT detector cross-validated lower (F1 0.675 against 0.697)
            if verb in conjugated and not verb.startswith("ت") and entry.type not in DETECTED_TYPES:
                self.pronominal[verb + "ه"] = entry
            return
        for objects in product(*(word.split("/") for word in rest)):
            for form in forms:
                self.add_phrase((form, *objects), entry, override=True)
                if len(objects) == 1:
                    self.patterns.setdefault(form, {})[stem_key(objects[0])] = entry

    def compiled(self) -> dict:
        entries: list[Entry] = []
        index: dict[Entry, int] = {}

        def ref(e: Entry) -> int:
            if e not in index:
                index[e] = len(entries)
                entries.append(e)
            return index[e]

        forms = {k: ref(v) for k, v in sorted(self.forms.items())}
        phrases = {k: ref(v) for k, v in sorted(self.phrases.items())}
        patterns = {k: {w: ref(e) for w, e in sorted(v.items())} for k, v in sorted(self.patterns.items())}
        pronominal = {k: ref(v) for k, v in sorted(self.pronominal.items()) if k not in self.forms}
        return {
            "entries": [e.to_list() for e in entries],
            "forms": forms,
            "phrases": phrases,
            "patterns": patterns,
            "pronominal": pronominal,
        }


def read_audit(path: Path) -> list[dict[str, str]]:
    """Rows of the audit file: kind, lemma, type, cameo, mode, forms (``-`` for none)."""
    rows = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.rstrip("\n").split("\t")
            if len(cells) < 5:
                raise InputError(f"{path}:{n}", f"expected 5 or 6 tab-separated cells, got {len(cells)}")
            kind, lemma, ptype, cameo, mode = (c.strip() for c in cells[:5])
            forms = cells[5].strip() if len(cells) > 5 else ""
            if kind not in ("verb", "noun", "phrase", "drop"):
                raise InputError(f"{path}:{n}", f"unknown kind {kind!r}")
            if (
                kind != "drop"
                and ptype not in PLOVER_TYPES
                and not (ptype == NO_EVENT and (kind != "verb" or "+" in lemma))
            ):
                raise InputError(f"{path}:{n}", f"unknown PLOVER type {ptype!r}")
            rows.append({"kind": kind, "lemma": lemma, "type": ptype, "cameo": cameo, "mode": mode, "forms": forms})
    return rows


def noun_forms(noun: str) -> set[str]:
    """A folded noun with its accusative, dual and sound plural endings. A noun in ة (folded ه) takes them after ت
    and has no accusative alef (غارة: غارتان، غارات), which would spell another word (مسيرها, "its journey", is no
    مسيرة); a plural in ات takes none."""
    if noun.endswith("ات"):
        forms = {noun}
    elif noun.endswith("ه"):
        base = noun[:-1]
        forms = {noun, base + "ات", base + "تين", base + "تان"}
    else:
        forms = {noun, noun + "ا", noun + "ات", noun + "ين", noun + "ان"}
    return {f for f in forms if len(f) >= 3}


def apply_audit(builder: LexiconBuilder, rows: list[dict[str, str]]) -> None:
    """Add the audited triggers; a ``drop`` row blocks dictionary readings only, never the audit's own entries
    (a verb row lists the forms it leaves out with a leading ``-``)."""
    for row in rows:
        if row["kind"] == "drop":  # the listed forms only, or every form of the verb
            lemma = fold(row["lemma"])
            listed = {fold(f) for f in row["forms"].split()} if row["forms"] not in ("", "-") else set()
            builder.blocked |= listed or conjugate(lemma) | {lemma}
    for row in rows:
        if row["kind"] == "drop":
            continue
        lemma = fold(row["lemma"])
        cameo = row["cameo"] if row["cameo"] not in ("", "-") else None
        mode = row["mode"] if row["mode"] not in ("", "-") else None
        entry = Entry(row["type"], cameo, mode, row["lemma"], "audit", "verb" if row["kind"] == "verb" else "noun")
        listed = row["forms"].split() if row["forms"] not in ("", "-") else []
        extra = {fold(f) for f in listed if not f.startswith("-")}
        if row["kind"] == "verb":
            builder.add_audited_verb(row["lemma"], entry, {fold(f[1:]) for f in listed if f.startswith("-")}, extra)
        elif row["kind"] == "noun":
            forms = set()
            for noun in {lemma, *extra}:
                forms |= noun_forms(noun)
            builder.add_forms(forms, entry, override=True)
        else:
            first, *rest = lemma.split()
            for form in noun_forms(first):
                builder.add_phrase((form, *rest), entry, override=True)


def read_cameo_verbs(path: Path, builder: LexiconBuilder) -> None:
    """Add CAMEO.ar verbs that carry a code of their own and their one-word patterns.

    A block's code is given only to the block's head verb: the other verbs of a block are synonyms
    whose meaning often differs (هاجم sits in the block of قاوم, coded 124), so they need their own code.
    """
    head = ""
    block_code: str | None = None
    in_verbs = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if "VERB PATTERNS" in line:
            in_verbs = True
            continue
        if not in_verbs or not line.strip() or line[0] in "&+#":
            continue
        if line.startswith("---"):
            m = _CODE.search(line)
            block_code = m.group(1) if m else None
            head = fold(_CODE.sub("", line).strip("- ").split("[")[0].strip())
        elif line.startswith("-"):
            _add_pattern(builder, line, None)
        else:
            text = line.split("#")[0]
            m = _CODE.search(text)
            raw = _CODE.sub("", text).strip()
            code = m.group(1) if m else (block_code if fold(raw) == head else None)
            entry = builder.entry(code, raw, "cameo") if raw and code else None
            if entry:
                builder.add_verb(raw, entry)


def _add_pattern(builder: LexiconBuilder, line: str, verbs: list[str] | None) -> None:
    """``- * هجوم [193] # طلق,سدد``: after a form of طلق or سدد, the word هجوم makes the event 193.

    Only patterns whose object is one plain word are used; ``verbs`` replaces the list after ``#``
    (the conjugation file writes its patterns under the block's verb instead).
    """
    m = re.match(r"^-\s*\*\s*(.+?)\s*\[(\d{2,4})\]\s*(?:#\s*(.*))?$", line)
    if not m:
        return
    words = [w for w in re.split(r"\s+", m.group(1).strip("()* ")) if w]
    if len(words) != 1 or any(c in words[0] for c in "&{}*()") or len(stem_key(words[0])) < 3:
        return
    entry = builder.entry(m.group(2), words[0], "pattern")
    if not entry:
        return
    object_key = stem_key(words[0])
    for raw in verbs if verbs is not None else (m.group(3) or "").split(","):
        verb, rest = _verb_parts(raw)
        if rest or len(verb) < 3 or verb in builder.blocked:
            continue
        for form in conjugate(verb) - builder.blocked:
            builder.patterns.setdefault(form, {}).setdefault(object_key, entry)


def _has_root(form: str, root: str) -> bool:
    """Whether the root's letters occur in the form in order (the file has misplaced conjugations)."""
    it = iter(form)
    return all(ch in it for ch in root)


def read_conjugations(path: Path, builder: LexiconBuilder) -> None:
    """Add VERBS.DICT.AR.V1 conjugations of coded blocks, and every block's one-word patterns."""
    code: str | None = None
    root = ""
    forms: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("---"):
            m = _CODE.search(line)
            root = fold(line.strip("- ").split("[")[0].strip())
            code = m.group(1) if m else None
            forms = []
        elif line.startswith("{"):
            forms = [f for f in (fold(w) for w in line.strip("{} \n").split()) if _has_root(f, root)]
            entry = builder.entry(code, root, "verbs") if code else None
            if entry and root not in builder.blocked:
                builder.add_forms(set(forms), entry)
        elif line.startswith("-") and forms:
            _add_pattern(builder, line.replace("\t", " "), [root])


def build_lexicon(petrarch: Path, plover_table: Path, audit: Path = AUDIT_PATH) -> dict:
    """The compiled lexicon, deterministic for the same inputs."""
    for path in (petrarch / "CAMEO.ar.0.5.txt", petrarch / "VERBS.DICT.AR.V1.txt", plover_table, audit):
        if not path.is_file():
            raise InputError(str(path), "file not found")
    builder = LexiconBuilder(read_plover_table(plover_table))
    apply_audit(builder, read_audit(audit))
    read_cameo_verbs(petrarch / "CAMEO.ar.0.5.txt", builder)
    read_conjugations(petrarch / "VERBS.DICT.AR.V1.txt", builder)
    return builder.compiled()


def load_resource(build: Callable[[dict], T], path: Path, what: str) -> T:
    """Build an object from a shipped JSON resource, or raise an InputError naming it and how to rebuild it."""
    try:
        return build(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise InputError(str(path), f"cannot read the {what} ({exc}); rebuild it with `rasd train events`") from exc


def write_json(data: dict, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n", "utf-8")
