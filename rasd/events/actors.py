"""Actor and agent dictionaries: who a phrase names, with dated CAMEO actor codes and role codes.

Built from PETRARCH's ``actor_dict_ar_v4.txt`` (names → codes valid between two dates) and the agents
files (nouns → roles such as ``UAF`` for مسلحون, ``MIL`` for قوات) with the audited agents of
``agents_audit.tsv`` (broken plurals and construct forms: جنود، مسلحي) and the audited names of
``actors_audit.tsv`` (الحرس الثوري), plus the country names of the gazetteer; compacted into
``resources/events/actors.json`` keyed by ``phrase_key``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rasd.errors import InputError
from rasd.events.forms import fold, name_key, phrase_key, strip_article
from rasd.events.lexicon import RESOURCES, load_resource
from rasd.events.phrases import PhraseIndex
from rasd.memo import Memo
from rasd.ner.sources import dictionary_phrase

ACTORS_PATH = RESOURCES / "actors.json"
AGENTS_AUDIT_PATH = RESOURCES / "agents_audit.tsv"
ACTORS_AUDIT_PATH = RESOURCES / "actors_audit.tsv"
MAX_WORDS = 6
# Agent nouns of the dictionaries that news mostly uses as prepositions or places (أمام "in front of").
NOT_ACTORS_PATH = RESOURCES / "not_actors.txt"
# CAMEO's actor types that belong to no country: international and non-governmental organisations, international
# militarised groups, multinationals, "international" and unidentified state actors, and the Kurds, a people of
# several states (Kurdish forces in Syria are no Syrian military).
TRANSNATIONAL = frozenset({"IGO", "NGO", "IMG", "NGM", "MNC", "INT", "UIS", "KUR"})
# names of one actor whose key a plural folds to as well (الدولة الإسلامية, the group; الدول الإسلامية, countries)
SINGULAR_NAMES = frozenset({phrase_key("الدولة الإسلامية")})
_DATED = re.compile(r"\[\s*~?([A-Z]{3,12})\s*([<>]?\d{8})?(?:-(\d{8}))?\s*\]")


def _dates(first: str | None, last: str | None) -> tuple[int, int]:
    """A validity range as YYYYMMDD ints; 0 means open. ``>D`` starts at D, ``<D`` ends at D."""
    if not first:
        return 0, 0
    if first.startswith(">"):
        return int(first[1:]), 0
    if first.startswith("<"):
        return 0, int(first[1:])
    start, end = int(first), int(last or 0)
    return start, end if end > start else 0


def read_actor_dict(path: Path) -> dict[str, list[list[int | str]]]:
    """Key → [[code, from, to], …] from the actor dictionary (a name line, then its indented code lines)."""
    actors: dict[str, list[list[int | str]]] = {}
    names: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not line[0].isspace() or "[" not in line:
            names = []
            head = line.split("[")[0].strip()
            if head:
                names.append(phrase_key(dictionary_phrase(head)))
        for m in _DATED.finditer(line):
            start, end = _dates(m.group(2), m.group(3))
            for key in names:
                entry = [m.group(1), start, end]
                if key and entry not in actors.setdefault(key, []):
                    actors[key].append(entry)
    return actors


def read_agents(*paths: Path) -> dict[str, str]:
    """Agent noun key → role code, from both agents files (``name [~ROLE]`` with Arabic before or after)."""
    agents: dict[str, str] = {}
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            m = re.search(r"\[~([A-Z]{3,9})\]?", line)
            if not m or line.startswith("#"):
                continue
            arabic = " ".join(re.findall(r"[\u0600-\u06ff_]+", line.split("#")[0]))
            key = phrase_key(dictionary_phrase(arabic))
            if key and key not in agents:
                agents[key] = m.group(1)
    return agents


def _audited_rows(path: Path, what: str) -> Iterator[tuple[str, str, tuple[int, int]]]:
    """(name key, code, (from, to)) of each row of an audited file of ``word or phrase<TAB>CODE[<TAB>FROM-TO]``
    lines, FROM and TO being YYYYMMDD days either of which may be left out (``#`` starts a comment line);
    ``what`` names a row in the error (an audited agent, an audited actor)."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        name, code, when = [*cells, "", ""][:3]
        if len(cells) > 3 or not re.fullmatch(r"[A-Z]{3,12}", code) or not phrase_key(name):
            raise InputError(f"{path}:{number}", f"{what} needs a name, a tab and a code in capitals")
        dates = (0, 0)
        if when:
            days = re.fullmatch(r"(\d{8})?-(\d{8})?", when)
            if days is None:
                raise InputError(f"{path}:{number}", f"{what}'s dates are YYYYMMDD-YYYYMMDD, either left out or not")
            dates = (int(days[1] or 0), int(days[2] or 0))
        yield phrase_key(name), code, dates


def read_audited(path: Path, what: str) -> dict[str, str]:
    """Name key → code from an audited file without dates (``_audited_rows``)."""
    out: dict[str, str] = {}
    for key, code, dates in _audited_rows(path, what):
        if dates != (0, 0):
            raise InputError(str(path), f"{what} takes no dates ({key})")
        out[key] = code
    return out


def read_audited_actors(path: Path) -> dict[str, list[list[int | str]]]:
    """Name key → its dated codes from the audited actors (``_audited_rows``): a name's rows replace the
    dictionary's codes for it together, as its own rows would."""
    out: dict[str, list[list[int | str]]] = {}
    for key, code, (start, end) in _audited_rows(path, "an audited actor"):
        out.setdefault(key, []).append([code, start, end])
    return out


def country_actors(countries: list[dict]) -> dict[str, list[list[int | str]]]:
    """Country names and their nisba adjectives (سوريا, سوري) → the country code. A one-word name is also kept
    whole, without the article only, and its adjective made from that (البحرين: بحرين، بحريني; الفلبين: فلبيني),
    where ``name_key`` would drop letters that look like a plural ending."""
    out: dict[str, list[list[int | str]]] = {}
    for c in countries:
        for name in {c.get("name_ar"), c.get("official_ar")} - {None, ""}:
            key = phrase_key(name)
            out.setdefault(key, [[c["cca3"], 0, 0]])
            if " " not in key:
                whole = strip_article(name)
                out.setdefault(whole, [[c["cca3"], 0, 0]])
                adjective = name_key(re.sub("(يا|ا|ه)$", "", whole) + "ي")
                out.setdefault(adjective, [[c["cca3"], 0, 0]])
    return out


def read_not_actors(path: Path) -> set[str]:
    """Keys of the words that are no actor alone (one word or phrase per line, ``#`` comments)."""
    lines = (line.split("#")[0].strip() for line in path.read_text(encoding="utf-8").splitlines())
    return {phrase_key(line) for line in lines if line}


def build_actors(
    petrarch: Path,
    countries: list[dict],
    audited: Path = AGENTS_AUDIT_PATH,
    not_actors: Path = NOT_ACTORS_PATH,
    audited_actors: Path = ACTORS_AUDIT_PATH,
) -> dict:
    """The compact actor resource."""
    actors = read_actor_dict(petrarch / "actor_dict_ar_v4.txt")
    for key, codes in country_actors(countries).items():  # a country's name and adjective mean it first (مصري)
        actors[key] = codes + [c for c in actors.get(key, []) if c != codes[0]]
    agents = read_agents(petrarch / "agents.all.ar_v3.txt", petrarch / "agents.all.ar.txt")
    _institutions_last(actors, agents)
    actors.update(read_audited_actors(audited_actors))
    audited_agents = read_audited(audited, "an audited agent")
    agents.update(audited_agents)
    for key in audited_agents:  # an audited agent wins over a name the actor dictionary spells the same
        actors.pop(key, None)
    for key in read_not_actors(not_actors):
        actors.pop(key, None)
        agents.pop(key, None)
    roles = set(agents.values())
    return {
        "actors": dict(sorted(actors.items())),
        "agents": dict(sorted(agents.items())),
        # a country code that is also an agent's role (MUS: Mauritius, and Muslim) is read as the role
        "countries": sorted(c["cca3"] for c in countries if c["cca3"] not in roles),
        "alpha3": {c["cca2"]: c["cca3"] for c in sorted(countries, key=lambda c: c["cca2"])},
    }


# the heads of an institution's name (جيش، حكومة، وزارة، وكالة …), which outlasts those who serve in it; titles
# (أمير، وزير، رئيس) head a person's name instead
INSTITUTIONS = frozenset(
    name_key(w) for w in ("جيش", "حكومة", "سلطات", "وزارة", "وكالة", "شركة", "منظمة", "محكمة", "مخابرات", "قوات")
)
_TITLES = frozenset(name_key(w) for w in ("أمير", "ملك", "رئيس", "وزير", "شيخ", "مستشار", "مفوض", "ممثل", "ملا"))


def _institutions_last(actors: dict[str, list[list[int | str]]], agents: dict[str, str]) -> None:
    """Undate the one code of a name that an agent noun heads, in two words (السلطات السورية، الجيش الإسرائيلي)
    or after the head of an institution (وزارة الخارجية السعودية): the dictionary dates such rows, yet news names
    the institution so after those dates, when the dated code would lapse to its country alone."""
    for key, codes in actors.items():
        words = key.split(" ")
        if len(words) < 2 or words[0] not in agents or words[0] in _TITLES or len({c[0] for c in codes}) > 1:
            continue
        if len(words) == 2 or words[0] in INSTITUTIONS:
            actors[key] = [[codes[0][0], 0, 0]]


@dataclass(frozen=True, slots=True)
class ActorMatch:
    """Tokens ``[first, last]`` of a sentence that name an actor (``codes``) or an agent (``role``)."""

    first: int
    last: int
    codes: tuple[tuple[str, int, int], ...] = ()
    role: str | None = None
    head: str = ""  # the key its first word matched
    key: str = ""  # the whole key it matched


class ActorDictionary:
    """Actor and agent phrases over a sentence's key candidates (``forms.key_candidates`` per token)."""

    def __init__(self, data: dict) -> None:
        self.actors: dict[str, list[list]] = data["actors"]
        self.agents: dict[str, str] = data["agents"]
        self.countries: frozenset[str] = frozenset(data.get("countries", ()))
        self.alpha3: dict[str, str] = data.get("alpha3", {})  # ISO 3166 alpha-2 (the gazetteer's) → CAMEO country
        self.index = PhraseIndex([*self.actors, *self.agents], MAX_WORDS)
        # one-word names whose code is a bare role (قوات: MIL), not a country or a group
        self.roles: dict[str, str] = {
            key: code
            for key, codes in self.actors.items()
            if " " not in key and (code := code_on(codes, None)) and len(code) == 3 and code not in self.countries
        }
        # the codes of a matched name, alone or as a phrase, read once per name (as many as the dictionary has)
        self._coded: Memo[tuple[str, bool], tuple[tuple[str, int, int], ...]] = Memo(
            self._codes, 2 * len(self.actors) + 1
        )

    @classmethod
    def load(cls, path: Path = ACTORS_PATH) -> ActorDictionary:
        return load_resource(cls, path, "actor dictionary")

    def code_of(self, name: str, day: int | None) -> str | None:
        """The code of a whole name (an entity's canonical form), if the dictionary has it."""
        key = phrase_key(name)
        codes = self.actors.get(key)
        return code_on(codes, day) if codes and not plural_of(key, fold(name.split()[0])) else None

    def placed(self, code: str | None, country: str | None) -> str | None:
        """A code of a role alone (GOV, COP, CVL) with the country of the event's place (``country``, alpha-2)
        before it: the government or the police a report names without a country are those of where it
        happens. A code with a country, or of an actor that belongs to none (IGO, IMG), stays as it is."""
        if not code or not country or code[:3] in self.countries or code[:3] in TRANSNATIONAL:
            return code
        prefix = self.alpha3.get(country)
        return prefix + code if prefix else code

    def match(self, candidates: list[list[str]]) -> list[ActorMatch]:
        """Actor and agent phrases, longest first, without overlap; a lone common noun is a role (مسلحون → UAF)."""
        out = []
        for first, last, key in self.index.find(candidates):
            head = key.split(" ")[0]
            if key in self.agents and (first == last or key not in self.actors):
                out.append(ActorMatch(first, last, role=self.agents[key], head=head, key=key))
            else:
                out.append(ActorMatch(first, last, codes=self._coded[key, first < last], head=head, key=key))
        return out

    def _codes(self, name: tuple[str, bool]) -> tuple[tuple[str, int, int], ...]:
        """A name's dated codes, given its key and whether it was matched as a phrase of several words; a phrase
        headed by an agent noun adds its role to a bare country code (القوات الأمريكية: USA → USAMIL, as the
        dictionary's other spelling has it)."""
        key, phrase = name
        head = key.split(" ")[0]
        role = (self.agents.get(head) or self.roles.get(head)) if phrase else None
        return tuple((c + role if role and c in self.countries else c, s, e) for c, s, e in self.actors[key])


def plural_of(key: str, first_word: str) -> bool:
    """Whether a singular name's key was matched by a plural (الدول الإسلامية, Islamic countries, is not الدولة
    الإسلامية): its first (folded) word lacks the singular's final ة."""
    return key in SINGULAR_NAMES and not first_word.endswith("ه")


def code_on(codes: Sequence[Sequence], day: int | None) -> str | None:
    """The code valid on a YYYYMMDD day: a dated code that covers it, else an undated one, else the latest begun
    before it — only its country when that one has ended (a minister who left office is still Italian)."""
    if not codes:
        return None
    if day:
        for code, start, end in codes:
            if (start or end) and (not start or start <= day) and (not end or day <= end):
                return code
    for code, start, end in codes:
        if not start and not end:
            return code
    if day:
        started = [c for c in codes if c[1] and c[1] <= day]
        if started:
            code, _, end = max(started, key=lambda c: c[1])
            return code if not end or end >= day else code[:3]
    return codes[0][0]


@lru_cache(maxsize=1)
def default_actors() -> ActorDictionary:
    """The shipped dictionary, read once per process."""
    return ActorDictionary.load()
