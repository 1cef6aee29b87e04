"""Actor mentions in a sentence and which of them is an event's source and target.

Mentions come from the actor and agent dictionaries and from the named entities; a noun in construct
or followed by definite adjectives is joined with what follows (قوات النظام السوري, مقاتلو المعارضة),
a title with the name after it (العقيد فاتح حسون). Roles follow Arabic word order: after a verb come its
subject then its object (VSO), a subject may also stand just before it (SVO); ``من قبل`` and ``على يد``
name the doer of a passive or a noun; a coordinated verb without a subject of its own keeps the subject
of the verb before it. Case and agreement endings are read where Arabic writes them: an indefinite accusative
(مسلحا) is no subject after its verb, an adjective agrees with its noun (مفجرون انتحاريون) where an object does not,
a number before a mention (ثلاثين متمردا) marks whom an act befell; a verb of violence with one mention and no
object reads passive.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from itertools import compress, count, islice, pairwise
from operator import itemgetter

from rasd.doc import Entity
from rasd.events.actors import TRANSNATIONAL, ActorDictionary, ActorMatch, code_on, plural_of
from rasd.events.carrying import carriers
from rasd.events.cues import CLAUSE_MARKS, QUOTES
from rasd.events.forms import (
    actor_keys,
    after_preposition,
    among,
    bare,
    case_keys,
    fold,
    key_candidates,
    name_key,
    past_agreement,
    phrase_key,
    possessive_keys,
    present_tense,
    proclitic_length,
    raw_skip,
    read_as,
    strip_article,
    variants,
)
from rasd.events.rolewords import (
    ACCORDING,
    ACCUSED,
    ACTING_NOUNS,
    AFFILIATION,
    AGAINST,
    AIMED_AT,
    ALREADY,
    APPOSED_OFFICES,
    APPOSITION_REACH,
    APPROXIMATIONS,
    ARMED,
    AROUND,
    AUXILIARIES,
    BEFALLING_NOUNS,
    BEFORE_VERBAL_NOUN,
    BODIES,
    BY,
    CHARGE_REACH,
    CHARGES,
    COMMAS,
    COMPLEMENTIZERS,
    CONDEMNING_VERBS,
    CONSTRUCT_HEADS,
    CONVICTED,
    DEATH_NOUNS,
    DEATH_REACH,
    DEMONSTRATIVES,
    DISAGREEING,
    DOER_VERBS,
    ENDINGS,
    FACING,
    FIRED,
    FROM,
    GOING_OFF,
    GOVERNORS,
    GROUP_NOUNS,
    IN,
    IN_IT,
    KANA,
    LED_BY,
    MACHINES,
    MANNER_ADJECTIVES,
    MEMBERS,
    MEN,
    MET_VERBS,
    NAME_OF,
    NOT_CHARGES,
    NP_STOPS,
    NUMERALS,
    ON,
    ONE_OF,
    PAST,
    PATIENT_NOUNS,
    PATIENT_STOPS,
    PEOPLE_PLURALS,
    PLACE_NOUNS,
    POSSESSIVE_PRONOUNS,
    PREPOSITIONS,
    QUANTITIES,
    QUELLING,
    REGIONS,
    RELATIVE_PRONOUNS,
    RELAYING,
    RELAYING_VERBS,
    REPORTING_VERBS,
    RESPONDING,
    RESULT_OPENERS,
    RESUMED,
    RESUMPTIVE,
    SEATS,
    SELF,
    SETTING,
    SHOT_BY,
    STATES,
    STATING,
    STATING_REACH,
    SUFFERING_VERBS,
    SURVIVING_VERBS,
    TIME_CLAUSES,
    TIME_NOUNS,
    TIME_UNITS,
    TIME_WORDS,
    TITLES,
    UNIT_NOUNS,
    VERB_PARTICLES,
    WEEKDAYS,
    WITH_BI,
    WITNESSING_VERBS,
)
from rasd.events.triggers import TriggerHit
from rasd.events.view import SentenceView
from rasd.text.normalize import light_normalize
from rasd.text.segment import word_pieces

SHORT_LEMMA = 4  # letters of a lemma whose alif is no hamzat wasl (أدان، أيد; not اعتقل)
AFTER_WINDOW = 10
PARTITIVE = fold("من")
# the prepositions that name the group an agent belongs to (مسلحين من حركة طالبان، ناشطا في كتائب الأقصى)
MEMBERSHIP = frozenset({PARTITIVE, fold("في")})
# one-word names that name their actor only with the article: قاعدة alone is a base, القاعدة the militant group;
# تحالف alone heads an electoral list's name (تحالف سائرون), التحالف is the military coalition; صدر is "was issued"
# (بيان صدر عن الوزارة), الصدر the Iraqi cleric
DEFINITE_NAMES = frozenset(map(phrase_key, ("القاعدة", "التحالف", "الصدر")))
# one-word names read as another word after these (شبه الجزيرة: a peninsula, not the channel; القتل العمد:
# deliberate killing, not mayors)
READ_OTHERWISE = {phrase_key("الجزيرة"): frozenset({fold("شبه")}), phrase_key("العمد"): frozenset({fold("قتل")})}
# one-word names that are also verbal nouns: فتح is Fatah, and "opening" (فتح تحقيق); see _verbal_name
VERBAL_NAMES = frozenset({phrase_key("فتح")})
# a head noun in construct is coded as what it heads (رئيس الشركة: BUS; قادة المعارضة: OPP, قادة الدول: GOV; زعيم
# الحزب: PTY), a role alone as a state's (الرئيس، الزعيم: GOV) or a force's (قادة: MIL, commanders)
HEADS = frozenset(name_key(w) for w in ("رئيس", "قائد", "قادة", "زعيم", "زعماء"))
# offices held for an organisation, which is named after them with ل (الأمين العام للأمم المتحدة، المبعوث الخاص للأمم
# المتحدة)
OFFICES = frozenset(fold(w) for w in ("أمين", "مبعوث", "موفد", "ممثل", "مندوب", "مفوض"))
DAMMA = "\u064f"
WASLA_DAMMA_REACH = 3  # the letters of a verb beginning with alif its passive's damma falls on (اُعتقل، اتُهم، استُهدف)
UNIDENTIFIED = "UAF"  # CAMEO's armed force of no known allegiance
GOVERNMENT = "GOV"
OPPOSITION, REBELS = "OPP", "REB"  # an opposition, and its armed men
PEOPLE = "KUR"  # a people of several states, named by its adjective as a nation is (قوات كردية)
BEFORE_WINDOW = 4
AFFILIATION_REACH = 8  # words of a phrase of belonging set off before a verb (، تابعة للحكومة المعترف بها،)
SET_OFF = COMMAS | QUOTES | {"-", "–", "—"}  # the marks between an antecedent and its relative pronoun
BETWEEN = fold("بين")
BETWEEN_REACH = 3  # words from an event noun to the بين that names its two sides (التعاون الدبلوماسي والعسكري بين)
TITLE_REACH = 4  # words between an office and its holder's name (وزير الأوقاف والشؤون الدينية الشيخ)
FORMER = frozenset(map(name_key, ("السابق", "الأسبق", "الراحل")))  # of past holders, any gender: السابقة، الراحلة
HOLDERS = MEN | APPOSED_OFFICES  # the words of a man or of an office that a name may follow
CLAUSE_BREAKS = frozenset(".:;!?؟؛\"'")
JUDGING_VERBS = CONDEMNING_VERBS | WITNESSING_VERBS  # verbs whose subject is no doer of the event noun after them
# words from a reporting verb's subject to the ب bringing in what it tells, quotation marks not counted (أفاد مراسل
# "العربية" بانفجار), and words that begin with ب but bring in nothing it tells (قال البنك في بيان بعد …)
TOLD_REACH = 3
NOT_TOLD = frozenset(fold(w) for w in ("بيان", "بعد", "بين", "بشأن", "بينما", "بدوره", "بدورها"))
WHAT = fold("ما")
CREDIT_REACH = 4  # words from بحسب to the last name of its teller (بحسب المتحدث باسم تلك القوات)
TELLER_LINKS = frozenset(fold(w) for w in ("اسم", "في", "من", "لدى"))  # المتحدث باسم، مصادر في الشرطة
CLAUSE_ENDS = CLAUSE_BREAKS | COMMAS | TIME_CLAUSES  # the words without which no clause ends (``_breaks``)
QUOTED_WORDS = 3  # at most so many words between two quotation marks that name something
SUFFERING_WINDOW = 10  # words back from an event noun to تعرض / نجا
NOT_NOUNS = PREPOSITIONS | NP_STOPS | TIME_WORDS  # no noun a nationality adjective can describe
INFORMANTS = frozenset(fold(w) for w in ("مصدر", "مصادر"))  # sources of news: مصادر عسكرية tell, they do not act
PARTS = frozenset(fold(w) for w in ("أحد", "إحدى", "جميع", "معظم", "أغلب", "غالبية"))  # one of, all of, most of
COUNTING = QUANTITIES | PARTS  # the words whose genitive a mention is, in their case (آلاف الإسرائيليين، أحد المحاميين)
_NISBA_ADJECTIVE = ("ي", "يه")  # the folded endings of a singular nisba adjective, masculine and feminine
NAME_PROCLITICS = frozenset("وفبل")  # the letters that may stand before a name in its word
PERFORMER = name_key("ممثل")  # a representative, or an actor of stage or screen
REPRESENTATIVE = "LEG"  # the role the agents dictionary gives ممثل
LINEAGE = frozenset(fold(w) for w in ("بن", "ابن", "بنت"))  # a name's next link: son or daughter of


@dataclass(slots=True)
class Mention:
    """Tokens ``[first, last]`` of a sentence that name one actor; ``skip`` = proclitic letters before it."""

    first: int
    last: int
    code: str | None
    canonical: str | None = None
    skip: int = 0
    counted: bool = False  # a number stands first (15 مسلحا): those whom an act befell, seldom who did it
    accusative: bool = False  # read through an indefinite accusative ending (مسلحا): no verb's subject after it
    doer: bool = False  # an agent word describing an event noun (هجوم انتحاري): who did it, never a target
    possessive: bool = False  # read through a possessive pronoun (جنوده، قواتها): the force of an actor named before
    oblique: bool = False  # a sound plural in the accusative or genitive (المتظاهرين، الأردنيين): no verb's subject
    seat: bool = False  # a capital that stands for its government (أعلنت موسكو): the subject or object of a verb


def _compose(parts: list[ActorMatch], day: int | None, countries: frozenset[str]) -> str | None:
    """One code for a chain: the country of any part, else the transnational group of one, with the role of the head
    (قوات + النظام السوري → SYRMIL, قوات + التحالف → IGOMIL); armed men of a named group are the group's (مسلحو
    حماس → PSEREB: once named, the force is no longer unidentified), and those of the opposition are rebels
    (مقاتلو المعارضة → REB: CAMEO's militarised opposition)."""
    codes = [code_on(p.codes, day) if p.codes else p.role for p in parts]
    codes = [c for c in codes if c]
    if not codes:
        return None
    owners = countries | TRANSNATIONAL
    owner = next((c[:3] for c in codes if c[:3] in countries), None) or next(
        (c[:3] for c in codes if c[:3] in TRANSNATIONAL), None
    )
    head = codes[0]
    if head == UNIDENTIFIED:
        head = next((c for c in codes[1:] if c[:3] in owners and len(c) > 3), head)
    if head == UNIDENTIFIED and any(c.endswith(OPPOSITION) for c in codes[1:]):
        head = REBELS
    if head[:3] in owners or not owner:
        return head
    return owner + head


# endings of a word that cannot stand in construct: a sound plural's nun, an indefinite accusative (اتهم مسؤولون
# حزب الله: the officials accused the party)
_NO_CONSTRUCT = ("ون", "ين", "ا")


def _joins(
    words: list[str],
    left: ActorMatch,
    right: ActorMatch,
    countries: frozenset[str],
    triggers: set[int],
    constructs: set[int],
) -> bool:
    """Whether the phrase ``right`` continues the one ending at ``left.last``.

    After an indefinite noun comes its genitive (قوات النظام, مقاتلو المعارضة) or an indefinite nationality
    (جنود إسرائيليون); after a definite one only a nisba adjective (النظام السوري); after a title, a name
    (العقيد فاتح حسون); after a force, past a word of belonging, the group it serves (قوات موالية للنظام).
    ``constructs``: where a plural in construct ending in ي stands (مقاتلي طالبان).
    """
    before, word = words[left.last], words[right.first]
    construct = left.role is not None and ((len(before) > 4 and before.endswith("و")) or left.last in constructs)
    nisba = right.first == right.last and right.head.endswith("ي")  # one word that ends as a nisba adjective
    # and is one: a nisba adjective is one word, with no و (بومبيو وولي العهد: two people)
    adjective = nisba and not proclitic_length(word, right.head)
    if right.first == left.last + 2 and words[left.last + 1] == '"':
        # a quoted name after the noun it names (مسلحو «جيش المهدي», صحيفة «نيويورك تايمز», منظمة «العفو الدولية»),
        # and the noun's nisba adjective after the name (صحيفة «الغارديان» البريطانية)
        closed = right.last + 1 < len(words) and words[right.last + 1] == '"'  # a name, not a quotation's start
        named = left.role is not None and left.first == left.last and not definite(before) and closed
        quoted = left.first > 0 and words[left.first - 1] == '"'
        return construct or named or (adjective and left.role is None and quoted)
    if right.first == left.last + 2 and words[right.first][:1] == "ل":
        return strip_article(words[left.last + 1]) in AFFILIATION  # مقاتلين تابعين لحركة طالبان: the group's men
    if right.first == left.last + 2 and words[left.last + 1] in MEMBERSHIP:
        return _member_of(left, right, countries, words[left.last + 1])
    if right.first == left.last + 2 and left.role is not None and adjective and _nationality(right, countries):
        # مقاتلات حربية إسرائيلية، طائرات حربية روسية: an agent, an adjective describing it, then its nationality
        middle = words[left.last + 1]
        described = _agree(before, middle) and _agree(middle, word)  # not هاجم مسلحون دورية بريطانية: the object
        adjective_between = not definite(middle) and middle.endswith(_NISBA_ADJECTIVE)
        return described and adjective_between and left.last + 1 not in triggers
    if right.first != left.last + 1:
        return False
    if word.startswith("لل") and right.codes and left.head in OFFICES:
        return True  # الأمين العام للأمم المتحدة: an office of the organisation
    country = right.first == right.last and code_on(right.codes, None) in countries and not right.head.endswith("ي")
    people = bare(word).endswith(PEOPLE_PLURALS)
    # a title after the article is followed by a name or an adjective, not by a common noun (اتهم الوزير المعارضة:
    # the object), nor by a country's name (زار الوزير بريطانيا) or its people (دعا الرئيس اللبنانيين)
    unnamed = definite(before) and (country or people or (_common_noun(right, countries) and not nisba))
    if ((bare(before) in TITLES and not unnamed) or construct) and not proclitic_length(word, right.head):
        # a title before a name; a plural in construct (مسلحو حماس) before its genitive, any name; not a name
        # after a preposition or و (أشاد الوزير بالمملكة المتحدة)
        return True
    if not word.startswith(("ال", "لل")) or bare(word) == word:
        if definite(before):
            return False
        # a name definite without the article is the genitive: one made so by its last word (طائرات تحالف دعم
        # الشرعية), or a country's or city's name (وزارة خارجية فرنسا), not after a preposition (السفير في جنيف:
        # where the ambassador is) and not a nisba adjective (قوات روسية: read below)
        definite_name = (right.last > right.first and definite(words[right.last])) or (
            country and bare(before) not in PREPOSITIONS
        )
        if (
            definite_name
            and not before.endswith(_NO_CONSTRUCT)
            and not proclitic_length(word, right.head)  # حماس وحزب الله: two names
            and _common_noun(left, countries)  # not a name (مادورو الولايات المتحدة: the object)
        ):
            return True
        # جنديا تركيا: a Turkish soldier, the country's name in يا read as its accusative adjective after an agent's
        accusative = left.role is not None and name_key(fold(word)) == right.head  # no proclitic (وبريطانيا)
        if not (adjective or (accusative and _adjective(words, right, countries))):
            return False
        described = _common_noun(right, countries) and _agree(before, word) and not triggers & {left.last, right.first}
        return described or _nationality(right, countries)
    # a nisba adjective is one word: الصين الولايات المتحدة are two names, though ولاي looks like one; a name
    # has no genitive (ويتهم مادورو الولايات المتحدة: its object); a masculine plural describes people, not a
    # country's name (تتهم الإمارات الحوثيين: the object)
    # a genitive, or a name after ل (معارضون للحكومة); no construct after a sound plural's nun or an accusative
    # (ودعا 40 نائبا الحكومة: the object)
    construct_end = not before.endswith(("ون", "ين")) and not _accusative_noun(words, left.last)
    genitive = not definite(before) and (word.startswith("لل") or construct_end) and _common_noun(left, countries)
    # nor a title's or a man's name, coded with his office, which a people's plural never describes (دعا الرئيس عون
    # اللبنانيين: he called on the Lebanese; a people's name is: الأكراد السوريين)
    man = not _common_noun(left, countries) and any(len(code) > len("KUR") for code, _, _ in left.codes)
    described = not (_country(left, words, countries) or bare(before) in TITLES or man)
    return genitive or (nisba and (not people or described))


def _country(match: ActorMatch, words: list[str], countries: frozenset[str]) -> bool:
    """Whether a match is one word naming a country (الإمارات، مصر، السعودية), not its people (الفلسطينيين)."""
    return (
        match.first == match.last
        and code_on(match.codes, None) in countries
        and not bare(fold(words[match.first])).endswith(("ون", "ين"))
    )


def _common_noun(match: ActorMatch, countries: frozenset[str]) -> bool:
    """Whether a match is a common noun (an agent, or a name coded first as a bare role: دولة، حكومة، حزب), not a
    name."""
    if match.role is not None:
        return True
    code = code_on(match.codes, None) or ""
    return len(code) == 3 and code not in countries and code not in TRANSNATIONAL


def _member_of(left: ActorMatch, right: ActorMatch, countries: frozenset[str], preposition: str) -> bool:
    """Whether ``left من right`` or ``left في right`` names members of a group: an agent word, then an
    organisation or a force (مسلحين من كتائب شهداء الأقصى، عناصر من جيش المهدي); never a country or city, which
    من names as a place of origin or departure (انسحاب القوات من العراق). After في, which mostly names where
    someone is (المتظاهرون في المحافظة، العمال في شركة), only a named group of a country or of none counts
    (ناشطا في كتائب الأقصى، قادة في حركة حماس), not an agent word alone."""
    if left.role is None or left.codes:
        return False
    code = code_on(right.codes, None) if right.codes else right.role
    if code is None or code in countries:
        return False
    return preposition == PARTITIVE or (bool(right.codes) and code[:3] in countries | TRANSNATIONAL)


def _chain_code(
    words: list[str], chain: list[ActorMatch], day: int | None, countries: frozenset[str]
) -> str | None:
    """A chain's code: that of the group its members, its head or an office belong to (ناشطا في كتائب الأقصى:
    PSEREB, as the brigades; رئيس الشركة: BUS; الأمين العام للأمم المتحدة: IGO), else of the whole chain, as when
    what follows the head is a country alone (رئيس مصر: EGYGOV)."""
    for i in range(1, len(chain)):
        if chain[i].first == chain[i - 1].last + 2 and words[chain[i - 1].last + 1] in MEMBERSHIP:
            code = _compose(chain[i:], day, countries)
            if code and code.endswith(OPPOSITION) and chain[0].role == UNIDENTIFIED:
                return code[: -len(OPPOSITION)] + REBELS  # مسلحون من المعارضة: its armed men, rebels
            return code
    if len(chain) > 1 and chain[0].head in HEADS | OFFICES:
        code = _compose(chain[1:], day, countries)
        if code is not None and code not in countries:
            return code
    return _compose(chain, day, countries)


def _opens_with_verb(words: list[str], hit: TriggerHit) -> bool:
    """Whether an audited verb trigger opens its clause, alone or after و/ف: read so, not as a noun of an actor."""
    if hit.entry.pos != "verb" or hit.entry.origin != "audit":
        return False
    word = words[hit.first]
    opening = hit.first == 0 or words[hit.first - 1] in CLAUSE_MARKS
    return opening or (word[:1] in "وف" and word[1:] == hit.form)


def _without_plural_tails(
    matches: list[ActorMatch], candidates: list[list[str]], words: list[str], actors: ActorDictionary
) -> list[ActorMatch]:
    """The matches with a phrase headed by a title whose last word is a plural (الرئيس اللبنانيين, read as the
    dictionary's الرئيس اللبناني; الرئيس حكومات, as رئيس حكومة) matched again as two: the plural describes no one
    man, nor is it his office; it is another actor (دعا الرئيس اللبنانيين إلى التصويت، دعا الرئيس حكومات العالم)."""
    out: list[ActorMatch] = []
    for m in matches:
        tail = bare(fold(words[m.last]))
        plural = tail.endswith(PEOPLE_PLURALS) or tail == m.key.rsplit(maxsplit=1)[-1] + "ات"
        if m.last == m.first or not plural or bare(words[m.first]) not in TITLES:
            out.append(m)
            continue
        for first, last in ((m.first, m.last - 1), (m.last, m.last)):
            part = actors.match(candidates[first : last + 1])
            out += [replace(p, first=p.first + first, last=p.last + first) for p in part]
    return out


def _indefinite_name(words: list[str], match: ActorMatch) -> bool:
    """Whether a one-word match names its actor only with the article and stands without it (قاعدة للجيش, a
    base, not القاعدة)."""
    return match.first == match.last and match.head in DEFINITE_NAMES and not definite(words[match.first])


def _read_otherwise(words: list[str], match: ActorMatch) -> bool:
    """Whether a one-word name stands after a word that makes it another word (``READ_OTHERWISE``)."""
    before = READ_OTHERWISE.get(match.key)
    return (
        before is not None
        and match.first == match.last
        and match.first > 0
        and strip_article(bare(words[match.first - 1])) in before
    )


def _verbal_name(words: list[str], match: ActorMatch) -> bool:
    """Whether a one-word name that is also a verbal noun (``VERBAL_NAMES``) is read as the noun: with the article
    (ائتلاف الفتح, an Iraqi list), or governed by a preposition and before its object (إلى فتح تحقيق، لفتح مراكز);
    as a verb's subject or alone it is Fatah (وانتقدت فتح قرار حماس، فتح وحماس)."""
    if match.first != match.last or match.key not in VERBAL_NAMES:
        return False
    word = words[match.first]
    prefix = word[: proclitic_length(word, match.head)]
    governed_by = "ب" in prefix or "ل" in prefix or (match.first > 0 and bare(words[match.first - 1]) in PREPOSITIONS)
    return definite(word) or (governed_by and _may_begin_object(words, match.last + 1))


def _as_machine(word: str, match: ActorMatch) -> ActorMatch:
    """An agent match read as the machines its feminine plural names (``MACHINES``: مقاتلات إسرائيلية, ISRMIL)."""
    if match.role is None:
        return match
    role = next((r for form, r in MACHINES.items() if bare(word).startswith(form)), None)
    return replace(match, role=role) if role else match


def _acting_noun(words: list[str], match: ActorMatch) -> bool:
    """Whether a one-word match is a verbal noun before its preposition (``ACTING_NOUNS``: القضاء على الفساد)."""
    preposition = ACTING_NOUNS.get(match.key)
    return (
        preposition is not None
        and match.first == match.last
        and match.last + 1 < len(words)
        and bare(words[match.last + 1]).startswith(preposition)
    )


def _name_through_ending(word: str, match: ActorMatch, actors: ActorDictionary) -> bool:
    """Whether a name's first word is read only without a dual or accusative ending or a possessive pronoun, which
    agent nouns and nationalities take (مسلحا، جنديا، فلسطينيا، جنوده) and names do not: كاميرا is no الكاميرون,
    مصراتة no مصر + ته."""
    return (
        match.role is None
        and match.head not in actors.roles
        and not match.head.endswith("ي")
        and (match.head in case_keys(word) or match.head in possessive_keys(word))
        and match.head not in key_candidates(word)
    )


def _without_attributes(
    words: list[str], matches: list[ActorMatch], triggers: set[int], roles: dict[str, str]
) -> list[ActorMatch]:
    """The matches without agent words that describe a noun (``_describes_noun``), one after another too (الدعم
    السياسي والعسكري); ``roles``: the one-word names the dictionary codes by a bare role (عسكري: MIL)."""
    named = {i for m in matches for i in range(m.first, m.last + 1)} | triggers
    kept = []
    for m in matches:
        if _role_word(m, roles) and _describes_noun(words, m, named):
            named.discard(m.first)  # the next adjective describes the same noun
        else:
            kept.append(m)
    return kept


def _role_word(match: ActorMatch, roles: dict[str, str]) -> bool:
    """Whether a match is an agent noun or a one-word name the dictionary codes by a bare role (عسكري: MIL)."""
    return match.role is not None or (match.first == match.last and match.key in roles)


def _describes_noun(words: list[str], match: ActorMatch, named: set[int]) -> bool:
    """Whether an agent word is a definite singular nisba adjective describing the definite noun before it, which
    names no actor and no event (الحل السياسي، العمل المدني، الرصاص الحي): an attribute, no actor; unless whom the
    thing belongs to follows (مطار التيفور العسكري التابع للنظام: the regime's military, MIL)."""
    i, word = match.first - 1, words[match.first]
    after = words[match.last + 1] if match.last + 1 < len(words) else ""
    return (
        match.first == match.last
        and strip_article(after) not in AFFILIATION
        and word.endswith(("ي", "يه"))  # a singular nisba, not a plural noun (الدبلوماسيين)
        and definite(word)
        and i >= 0
        and i not in named
        and words[i].isalpha()
        and definite(words[i])
        and bare(words[i]) not in NOT_NOUNS
    )


def _describes_informant(words: list[str], first: int) -> bool:
    """Whether the nisba adjectives from word ``first`` on describe a source of news named right before them, past
    at most one other (مصادر عسكرية، المصادر الأمنية، مصادر عسكرية أمريكية): who tells of events, no actor in them."""
    i = first - 1
    if i > 0 and words[i].endswith(_NISBA_ADJECTIVE) and definite(words[i]) == definite(words[first]):
        i -= 1
    return (
        i >= 0
        and words[first].endswith(_NISBA_ADJECTIVE)
        and strip_article(bare(words[i])) in INFORMANTS
        and definite(words[i]) == definite(words[first])
    )


def _plural_in_construct(word: str, actors: ActorDictionary) -> bool:
    """Whether a word is an agent's sound plural in construct, genitive or accusative (مقاتلي، مسلحي، متمردي):
    without its final ي it is the agent itself (مقاتل), which a nisba adjective (عسكري: عسكر) is not."""
    return len(word) > 4 and word.endswith("ي") and any(k in actors.agents for k in actor_keys(word[:-1]))


def definite(word: str) -> bool:
    """Whether a word, or a reading of it without its proclitics, carries the article (الحل، بالدعم)."""
    return any(v.startswith("ال") for v in variants(word))


def _describes_event(words: list[str], chain: list[ActorMatch], nouns: set[int], roles: dict[str, str]) -> bool:
    """Whether an agent word is an adjective of the event noun (or noun phrase) word before it (هجوم انتحاري،
    التفجير الانتحاري، ضربات عسكرية، هجوما مسلحا): it tells who did it, not to whom; a noun in construct with a
    definite agent (هجوم المسلحين) is no such case. ``nouns``: the positions of the noun triggers' words."""
    match = chain[0]
    if len(chain) > 1 or not _role_word(match, roles) or match.first - 1 not in nouns:
        return False
    if not match.head.endswith("ي") and bare(words[match.first]) not in ARMED:
        return False
    return definite(words[match.first - 1]) == definite(words[match.first])


def _nationality(match: ActorMatch, countries: frozenset[str]) -> bool:
    """Whether a match is a country's or a people's name or adjective (مصري، كردية)."""
    return any(code[:3] in countries or code == PEOPLE for code, _, _ in match.codes)


# a nisba adjective's endings, folded: singular, feminine, sound plurals, dual and accusative
_NISBA_ENDINGS = ("ي", "يه", "يون", "يين", "يان", "يا", "يات", "يتان", "يتين")


def _adjective(words: list[str], match: ActorMatch, countries: frozenset[str]) -> bool:
    """Whether a match is one indefinite nationality adjective (إسرائيلية، أمريكيون), or a country's name in يا that
    is written as its adjective in the accusative (موظفا بريطانيا، جنديا تركيا: the noun before then tells)."""
    word = words[match.first]
    return (
        match.first == match.last
        and not definite(word)
        and (match.head.endswith("ي") or (word.endswith("يا") and _accusative_noun(words, match.first - 1)))
        and bare(fold(word)).endswith(_NISBA_ENDINGS)  # not a name its key only makes look so (بومبيو)
        and _nationality(match, countries)
    )


def _role_adjective(words: list[str], match: ActorMatch, countries: frozenset[str]) -> bool:
    """Whether a match is one indefinite nisba adjective of a role (عسكرية، أمنية), which describes the noun before
    it (مواقع عسكرية تابعة لحماس، مصادر أمنية)."""
    word = words[match.first]
    code = code_on(match.codes, None) or ""
    return (
        match.first == match.last
        and not definite(word)
        and match.head.endswith("ي")
        and bare(word).endswith(_NISBA_ENDINGS)
        and len(code) == 3
        and code not in countries
    )


def _accusative_noun(words: list[str], i: int) -> bool:
    """Whether word ``i`` ends as an indefinite noun in the accusative (موظفا، جنديا), not with a pronoun (تجريها،
    منها) or a verb's plural (قتلوا)."""
    return i >= 0 and words[i].endswith("ا") and not words[i].endswith(("ها", "وا", "نا", "ما"))


def _agree(noun: str, adjective: str) -> bool:
    """Whether two indefinite words carry the same number and case ending (مفجرون انتحاريون, مهاجما انتحاريا,
    قوة إسرائيلية), or a feminine plural of things its feminine singular adjective (مروحيات عسكرية) — an adjective
    follows its noun, an object (مسلحون مدنيين) does not agree with the subject."""
    return _ending(noun) == _ending(adjective) or (noun.endswith("ات") and adjective.endswith("يه"))


def _ending(word: str) -> str:
    return next((e for e in ENDINGS if word.endswith(e)), "")


def _described_nouns(
    words: list[str], matches: list[ActorMatch], countries: frozenset[str], triggers: set[int]
) -> list[ActorMatch]:
    """Matches with a definite nationality adjective widened to the definite noun it describes when no dictionary
    names that noun (المدارس العراقية، حزب الغد المصري): the phrase is the actor, and a noun in construct before it
    joins it (طلبة المدارس العراقية)."""
    taken = {i for m in matches for i in range(m.first, m.last + 1)} | triggers
    out = []
    for m in matches:
        i = m.first - 1
        word = words[m.first]
        if (
            m.first == m.last
            and word.startswith("ال")
            and m.head.endswith("ي")
            and _nationality(m, countries)
            and i >= 0
            and i not in taken
            and words[i].startswith("ال")
            and words[i].isalpha()
            and bare(words[i]) not in NOT_NOUNS
        ):
            while _described_adjective(words, i, taken):
                i -= 1  # الرموز السياسية الفلسطينية: past the adjectives before it, the noun they describe
            m = ActorMatch(i, m.last, m.codes, m.role, name_key(words[i]))
        out.append(m)
    return out


def _described_adjective(words: list[str], i: int, taken: set[int]) -> bool:
    """Whether word ``i`` is a definite nisba adjective after a definite noun that no match or trigger holds."""
    before = words[i - 1] if i > 0 and i - 1 not in taken else ""
    return (
        fold(words[i]).endswith(_NISBA_ADJECTIVE)
        and before.startswith("ال")
        and before.isalpha()
        and bare(before) not in NOT_NOUNS
    )


def _oblique(words: list[str], first: int, last: int, match: ActorMatch, countries: frozenset[str]) -> bool:
    """Whether a mention stands in the accusative or genitive as its sound masculine plural shows: its first word a
    people's (الأردنيين) or an agent's (المتظاهرين), not a country's name that ends so (البحرين، فلسطين), or a
    people's plural describing the one word before it (القبارصة اليونانيين، الرزاز الأردنيين); not the genitive of a
    count, whose case is the count's (تظاهر عشرات المواطنين)."""
    counts = [words[i] for i in (first - 1, first) if i >= 0]
    if any(_numeral(w) or read_as(w, COUNTING) for w in counts):
        return False  # انسحب أحد المحاميين، تظاهر آلاف الإسرائيليين
    head, tail = fold(words[first]), fold(words[last])
    named = bool(match.codes) and code_on(match.codes, None) in countries
    # the ending is the plural's, not the word's own (الأمين، اليمين)
    plural = len(head) > 5 and head.endswith("ين") and not name_key(head).endswith("ين")
    return (plural and (head.endswith("يين") or not named)) or (last == first + 1 and tail.endswith("يين"))


def _counted(words: list[str], first: int) -> bool:
    """Whether a number stands before a mention, or a partitive does (30 من عناصر ميليشيات الحوثي)."""
    i = first - 1
    if i >= 0 and _numeral(words[i]):
        return True
    if i > 0 and bare(words[i]) in MEMBERS:
        i -= 1
    return i > 0 and bare(words[i]) == PARTITIVE and _numeral(words[i - 1])


def _noun_before(words: list[str], i: int, taken: set[int], agreeing: bool = True) -> bool:
    """Whether word ``i`` may be the noun an indefinite nationality describes (وحدة إسرائيلية، دورية بريطانية):
    an indefinite word that is no trigger, particle, number or title and agrees with the nationality (when
    ``agreeing``)."""
    if i < 0 or i in taken:
        return False
    word = words[i]
    return (
        word.isalpha()
        and len(word) > 2
        and not definite(word)
        and word not in PREPOSITIONS
        and word not in NP_STOPS
        and word not in NUMERALS
        and bare(word) not in TITLES
        and (not agreeing or _agree(word, words[i + 1]))
    )


def find_mentions(
    view: SentenceView, actors: ActorDictionary, entities: list[Entity], day: int | None
) -> list[Mention]:
    """Actor mentions of a sentence, in order."""
    candidates = list(map(actor_keys, view.words))
    triggers = {i for h in view.hits for i in range(h.first, h.last + 1)}
    for h in view.hits:
        if _opens_with_verb(view.words, h):
            candidates[h.first] = []  # وزار الرئيس: visited, no وزارة; طالب الرئيس: demanded, no student
    matches = [
        m
        for m in _without_plural_tails(actors.match(candidates), candidates, view.words, actors)
        if not _indefinite_name(view.words, m)
        and not plural_of(m.key, view.words[m.first])
        and not _name_through_ending(view.words[m.first], m, actors)
        and not _acting_noun(view.words, m)
        and not _verbal_name(view.words, m)
        and not _read_otherwise(view.words, m)
    ]
    matches = [_as_machine(view.words[m.first], m) for m in matches]
    named = [e for e in entities if e.label in ("PER", "ORG")]
    bounds = _token_bounds(view, named)
    person_spans = [(first, last) for e, (first, last) in zip(named, bounds, strict=True) if e.label == "PER"]
    # no person's name is the noun a nationality describes (دعا الرزاز الأردنيين: he called on the Jordanians)
    names = {i for first, last in person_spans for i in range(first, last + 1)}
    matches = _described_nouns(view.words, matches, actors.countries, triggers | names)
    matches = _without_attributes(view.words, matches, triggers, actors.roles)
    constructs = {m.last for m in matches if m.first == m.last and _plural_in_construct(view.words[m.last], actors)}
    # a person's name is joined to a title before it with the tagger's bounds (``_merge_entity``), not as the
    # dictionary's words run on (السلطات المغربية الزفزافي: no adjective ends the authorities' name)
    persons = {first for first, last in person_spans if first <= last}
    chains: list[list[ActorMatch]] = []
    for m in matches:
        joins = chains and _joins(view.words, chains[-1][-1], m, actors.countries, triggers, constructs)
        if joins and m.first not in persons:
            chains[-1].append(m)
        else:
            chains.append([m])
    nouns = {
        i
        for h in view.hits
        if h.entry.pos == "noun" or verbal_noun(view.words, h)  # التعاون العسكري: a verb's lemma read as a noun
        for i in range(h.first, h.last + 1)
    }
    taken = triggers | {i for c in chains for i in range(c[0].first, c[-1].last + 1)}
    mentions = []
    for c in chains:
        first, skip = c[0].first, proclitic_length(view.words[c[0].first], c[0].head)
        word = view.words[first]
        # read through the ending, or an audited agent listed in the accusative (شخصا)
        accusative = word.endswith("ا") and (
            c[0].head not in key_candidates(word) or (c[0].role is not None and c[0].head.endswith("ا"))
        )
        if not skip and _describes_informant(view.words, first):
            continue
        unit = False
        # a role's adjective agrees with any noun: a broken plural takes it in the feminine (مواقع عسكرية)
        role_adjective = _role_adjective(view.words, c[0], actors.countries)
        adjective = role_adjective or _adjective(view.words, c[0], actors.countries)
        if not skip and adjective and _noun_before(view.words, first - 1, taken, agreeing=not role_adjective):
            first -= 1
            while fold(view.words[first]).endswith(_NISBA_ADJECTIVE) and _noun_before(view.words, first - 1, taken):
                first -= 1  # مقاتلات حربية إسرائيلية: past the adjectives, the noun they describe
            unit = read_as(view.words[first], UNIT_NOUNS)  # وحدة is no و + حدة
        counted = not skip and _counted(view.words, first)
        code = _chain_code(view.words, c, day, actors.countries)
        if unit and code in actors.countries:  # وحدة إسرائيلية: ISR → ISRMIL
            code += "MIL"
        doer = _describes_event(view.words, c, nouns, actors.roles)
        possessive = c[0].head in possessive_keys(word) and _possessive(word, view.cells[c[0].first][2], c[0].head)
        last = c[-1].last
        if view.words[first : last + 1].count('"') % 2 and last + 1 < len(view.words) and view.words[last + 1] == '"':
            last += 1  # مسلحو «جيش المهدي»: the quotation mark that closes the name
        mentions.append(
            Mention(
                first,
                last,
                code,
                skip=skip,
                counted=counted,
                accusative=accusative,
                doer=doer,
                possessive=possessive,
                oblique=_oblique(view.words, first, last, c[0], actors.countries),
            )
        )
    people = {e.canonical or e.text for e in named if e.label == "PER"}
    for ent, (first, last) in zip(named, bounds, strict=True):
        if first > last:
            continue
        name = ent.canonical or ent.text
        start, _, raw = view.cells[first][:3]
        lead = fold(raw[: max(0, ent.start - start)])  # the proclitics before the name (لرضوان، وبومبيو)
        skip = len(lead) if set(lead) <= NAME_PROCLITICS else 0  # كرامي is no ك + رامي
        mention = Mention(first, last, actors.code_of(name, day), name, skip)
        mentions = _merge_entity(mentions, mention, view.words, people, actors.countries)
    mentions = _with_appositions(sorted(mentions, key=lambda m: m.first), view.words, people, actors.countries)
    mentions = _without_abbreviations(mentions, view.words)
    _own_countries(mentions, view.words, actors.countries)
    return mentions


def _token_bounds(view: SentenceView, entities: list[Entity]) -> list[tuple[int, int]]:
    """The first and last token of each entity in a sentence; first > last for one that covers no token."""
    if not entities:
        return []
    starts, ends = list(map(itemgetter(0), view.cells)), list(map(itemgetter(1), view.cells))
    bounds = []
    for ent in entities:
        first = bisect_right(ends, ent.start)  # the first token ending after the entity starts
        last = bisect_left(starts, ent.end) - 1  # the last token starting before it ends
        bounds.append((first, last) if first < len(ends) and last >= 0 else (1, 0))
    return bounds


def _without_abbreviations(mentions: list[Mention], words: list[str]) -> list[Mention]:
    """The mentions without those in parentheses right after another, which name it again (الاتحاد الدولي لكرة
    القدم (فيفا)، حركة المقاومة الإسلامية (حماس)); the one named first takes their code if it has none."""
    out: list[Mention] = []
    for m in mentions:
        named = out[-1] if out else None
        if (
            named is not None
            and m.first == named.last + 2
            and words[m.first - 1] == "("
            and m.last + 1 < len(words)
            and words[m.last + 1] == ")"
        ):
            named.code = named.code or m.code
            continue
        out.append(m)
    return out


def group_head(text: str, entity: Entity) -> str | None:
    """The group noun that heads an organisation's name, in the entity (جبهة النصرة) or just before it (حركة
    «حماس»، حركة طالبان with طالبان tagged), folded and without its article."""
    words = [entity.text.split()[0], *text[max(0, entity.start - 16) : entity.start].split()[-1:]]
    return next((h for h in (bare(fold(w.strip('«"“'))) for w in words) if h in GROUP_NOUNS), None)


def group_references(
    view: SentenceView,
    mentions: list[Mention],
    earlier: list[tuple[str, Entity]],
    actors: ActorDictionary,
    day: int | None,
) -> list[Mention]:
    """``mentions`` with the bare definite group nouns of the sentence added (وخطفت الحركة، فجرت الجبهة): each names
    the organisation named last before it whose name that noun heads (حركة طالبان …, then الحركة), with its code, or,
    when none was, stays a mention of its own without one. A group noun followed by a definite word is the head of
    a name (الحركة الشعبية لتحرير السودان), not a reference, unless that word begins another actor. ``earlier``: the
    article's entities up to the end of the sentence, each with the group noun that heads it if it is an
    organisation (``group_head``), in text order."""
    words = view.words
    taken = {i for m in mentions for i in range(m.first, m.last + 1)}
    starts = {m.first for m in mentions}
    added = []
    for i in compress(count(), map(GROUP_NOUNS.__contains__, map(bare, words))):  # the few group nouns
        word, head = words[i], bare(words[i])
        if i in taken or not definite(word):
            continue
        if i + 1 < len(words) and definite(words[i + 1]) and i + 1 not in starts:
            continue  # a name's head (الحركة الشعبية), not the subject before an actor (اتهمت الوكالة الحكومة)
        start = view.cells[i][0]
        named = next((e for h, e in reversed(earlier) if h == head and e.end <= start), None)
        name = (named.canonical or named.text) if named else None
        skip = proclitic_length(word, name_key(head))
        added.append(Mention(i, i, actors.code_of(name, day) if name else None, name, skip))
    return sorted(mentions + added, key=lambda m: m.first) if added else mentions


def _possessive(word: str, raw: str, head: str) -> bool:
    """Whether a word whose key ``head`` is among its ``possessive_keys`` carries a pronoun: its other readings do
    not give that key, or it ends in a ه the raw text writes as such (جنوده), not as a ta marbuta (الحكومة)."""
    return head not in key_candidates(word) or raw.endswith("ه")


def names_states(word: str) -> bool:
    """Whether a folded word is "states" (دول الحصار، الدول الغربية): several, which no one country owns."""
    return bare(word) == STATES


def _own_countries(mentions: list[Mention], words: list[str], countries: frozenset[str]) -> None:
    """A possessive agent with no country of its own (قال الجيش الأميركي إن جنوده، أعلنت إسرائيل أن قواتها) takes
    the country of the nearest actor named before it, whose force it is."""
    country = None
    for m in mentions:
        if m.possessive and country and m.code and m.code[:3] not in countries:
            m.code = country + m.code
        if m.code and m.code[:3] in countries:
            country = m.code[:3]
    # a force named by its role alone (قوة، القوات) is of the one country whose force of that role the sentence
    # names (ويبدو أن الجيش الإسرائيلي كان يرصدهم … حتى هاجمتهم قوة من وحدة المستعربين); not a government or a
    # leader, more often another country's (التقى الرئيس الأميركي الزعيم …)
    owners: dict[str, set[str]] = {}
    for m in mentions:
        if m.code and m.code[:3] in countries and len(m.code) > 3 and m.code[3:] != GOVERNMENT:
            owners.setdefault(m.code[3:], set()).add(m.code[:3])
    for m in mentions:
        one_owner = len(owners.get(m.code or "", ())) == 1 and not names_states(words[m.first])
        if m.code and m.code[:3] not in countries and one_owner:
            m.code = next(iter(owners[m.code])) + m.code


def _merge_entity(
    mentions: list[Mention], ent: Mention, words: list[str], people: set[str], countries: frozenset[str]
) -> list[Mention]:
    """Add a named entity, joined to a mention it overlaps or, for a person, to the title or office right
    before the name (وزير الخارجية الأميركي مايك بومبيو), which is no other person's name (استقبل الملك سلمان
    الرئيس التركي رجب طيب أردوغان: two men)."""
    out: list[Mention] = []
    name = ent
    person = ent.canonical in people
    # after a comma, the name as a mention around it reads it, with words the tagger left out (، آية الله علي
    # خامنئي), though not past a word with a preposition (بتصريحات روحاني: his statements)
    cover = next((m for m in mentions if m.first < ent.first and ent.last <= m.last), None)
    after_comma = cover is not None and cover.first > 0 and words[cover.first - 1] in COMMAS
    if not after_comma or any(w[:1] in "بل" for w in words[cover.first : ent.first]):
        cover = None
    whole = ent if cover is None else replace(ent, first=cover.first, skip=cover.skip)
    for m in mentions:
        overlaps = m.first <= ent.last and ent.first <= m.last
        if overlaps or (person and m.canonical not in people and _apposed(words, m, whole, countries, mentions)):
            # the name is read as the tagger found it; the first word's proclitics and a number before it stay
            lead = m if m.first <= ent.first else ent
            last = max(m.last, ent.last)
            if person and m.last + 1 == name.first and _construct_head(words, m):
                # the head's own actor, of the person's country: محامو كوهين (JUD), متمردون شيشان (RUSREB)
                code = _merged_code(m.code, ent.code, countries)
                ent = Mention(m.first, last, code, None, m.skip, counted=m.counted)
                continue
            lends = _performer(words, m) if person and m.last < name.first else m.code
            code = ent.code if person and _given_name(words, m, name) else _merged_code(ent.code, lends, countries)
            # a possessive title keeps its pronoun (رئيسها مون جيه إن: the president of the country named before)
            ent = Mention(
                lead.first, last, code, ent.canonical, lead.skip, counted=lead.counted, possessive=lead.possessive
            )
        else:
            out.append(m)
    # an office right before a titled name of its country names the same man (العاهل السعودي الملك سلمان)
    office = next((m for m in reversed(out) if m.last < ent.first), None) if person else None
    if office is not None and office.last + 1 == ent.first and _one_country(words, office, ent, countries):
        out.remove(office)
        ent = Mention(
            office.first,
            ent.last,
            ent.code,
            ent.canonical,
            office.skip,
            counted=office.counted,
            possessive=office.possessive,
        )
    out.append(ent)
    return out


def _with_appositions(
    mentions: list[Mention], words: list[str], people: set[str], countries: frozenset[str]
) -> list[Mention]:
    """The mentions with each person's name joined to the office set off by a comma after it (جاسم السعدون، رئيس
    شركة الشال، … ; خالد محسود، أحد أعضاء حركة طالبان), up to the comma that closes it: the office tells who he is
    and is no actor of its own, and a name the dictionary does not know takes its code where the office tells it
    (``_tells_holder``). Without the comma an office after a name is another man (استقبل بوتين الرئيس التركي)."""
    out: list[Mention] = []
    taken = -1  # the last word of the apposition just read, whose mentions it holds
    for i, m in enumerate(mentions):
        if m.last <= taken:
            continue
        office = _apposed_office(words, m, mentions[i + 1 :], people)
        end, closed = _apposition_end(words, office) if office is not None else (-1, False)
        if office is not None and not _listed(words, end):
            taken = end
            telling = _tells_holder(words, office)
            if closed or telling:
                inner = [n for n in mentions[i + 2 :] if n.last <= taken and not _preposition_before(words, n)]
                body = next((n for n in inner if n.first <= office.last + 2 and _has_role(n.code, countries)), None)
                held = body.code if body is not None else office.code  # المدير العام لقناة الجزيرة: QATMED
                code = _merged_code(m.code, held, countries) if telling else m.code
                m = replace(m, last=taken, code=_apposed_country(code, inner, countries))
        out.append(m)
    return out


def _has_role(code: str | None, countries: frozenset[str]) -> bool:
    """Whether an actor code names a role, with a country or without one (QATMED, EDU; not QAT)."""
    return code is not None and (len(code) > 3 or code not in countries)


def _preposition_before(words: list[str], mention: Mention) -> bool:
    """Whether a preposition written apart stands right before a mention (إلى سوريا; not بجامعة بغداد)."""
    return _introduced_by(words, mention, PREPOSITIONS, "")


def _apposed_country(code: str | None, inner: list[Mention], countries: frozenset[str]) -> str | None:
    """A role with no country takes that of a mention further in its apposition (وزير الدولة للشؤون الخارجية
    الإماراتي: AREGOV; عميد كلية الإدارة بجامعة بغداد: IRQEDU), not one after a preposition (المبعوث إلى سوريا);
    with no role the country alone is his (الناشط الحقوقي الإماراتي: ARE)."""
    country = next((n.code[:3] for n in inner if n.code and n.code[:3] in countries), None)
    if code and country and code[:3] not in countries | TRANSNATIONAL:
        return country + code
    return code or country


def _listed(words: list[str], end: int) -> bool:
    """Whether another office with و follows the comma after word ``end``: the office before it is one of a list,
    no apposition (التقى الرئيس السيسي، رئيس مجلس الوزراء، ووزير المالية)."""
    after = end + 2
    return after < len(words) and words[end + 1] in COMMAS and words[after][:1] == "و" and (
        read_as(words[after][1:], APPOSED_OFFICES)
    )


def _apposed_office(words: list[str], name: Mention, after: list[Mention], people: set[str]) -> Mention | None:
    """The mention of an office right after a person's name and a comma (maybe after أحد: one of), if any: no
    other person's name, though it may head an organisation's (عميد كلية الإدارة)."""
    if name.canonical not in people or not after:
        return None
    office = after[0]
    start = name.last + 2
    if start < len(words) and words[start] in ONE_OF:
        start += 1
    if office.first != start or words[name.last + 1] not in COMMAS:
        return None
    named_person = office.canonical in people  # an office that heads an organisation's name is one (عميد كلية …)
    return None if named_person or office.skip or not read_as(words[start], APPOSED_OFFICES) else office


def _tells_holder(words: list[str], office: Mention) -> bool:
    """Whether an apposed office's code tells who holds it: a lone office word in construct with words no mention
    reads (ايان ريتشاردز، رئيس مجلس التنسيق بين نقابات …) is the head of what the dictionaries do not know."""
    after = office.last + 1
    return office.first < office.last or after == len(words) or words[after] in COMMAS | CLAUSE_BREAKS


def _apposition_end(words: list[str], office: Mention) -> tuple[int, bool]:
    """The last word of an apposition that opens with ``office`` and whether a comma closes it there: the word
    before that comma within ``APPOSITION_REACH`` words, else the office's own last word."""
    for i in range(office.last + 1, min(len(words), office.last + 1 + APPOSITION_REACH)):
        if words[i] in COMMAS:
            return i - 1, True
        if words[i] in CLAUSE_BREAKS or words[i] in TIME_CLAUSES:
            break
    return office.last, False


def _one_country(words: list[str], office: Mention, name: Mention, countries: frozenset[str]) -> bool:
    """Whether a man's office (العاهل السعودي، ولي العهد) with no name of its own and a person's name are coded with
    the same country."""
    codes = (office.code or "", name.code or "")
    return (
        office.canonical is None
        and read_as(words[office.first], MEN)
        and codes[0][:3] == codes[1][:3]
        and codes[0][:3] in countries
    )


def _merged_code(code: str | None, other: str | None, countries: frozenset[str]) -> str | None:
    """The code of a name joined to another mention of it: the first one found, except that a role alone takes
    the country of the other (الملك + سلمان: SAUGOV, not GOV) and a country alone the other's role in it; a group
    of no country (IGO) keeps none."""
    if not code:
        return other
    if other and len(code) == 3 and code not in countries | TRANSNATIONAL and other[:3] in countries:
        return other[:3] + code
    if other and code in countries and other[:3] == code:
        return other  # a name known by its country alone takes the role of its title (رئيس الوزراء العراقي: IRQGOV)
    if other and code in countries and len(other) == 3 and other not in countries | TRANSNATIONAL:
        return code + other  # … or of a title of no country (النائب انطوان غانم: LBNLEG)
    return code


def _performer(words: list[str], title: Mention) -> str | None:
    """The code a title lends the person named right after it: a ممثل so named is an actor of stage or screen
    (الممثلة روز ماكغوان، الممثلة الفرنسية، إيمانويل سيغنر), who holds no office, and keeps only a country; a
    representative is named with whom he represents (ممثل الأمم المتحدة)."""
    code = title.code
    if code and code.endswith(REPRESENTATIVE) and name_key(words[title.first]) == PERFORMER:
        return code[: -len(REPRESENTATIVE)] or None
    return code


def _given_name(words: list[str], m: Mention, name: Mention) -> bool:
    """Whether a mention that begins a longer person's name is only that person's given name: a country's
    adjective or a role (تركي آل الشيخ, not Turkey; مسلم يعقوب البطاط, no Muslim), or a name the dictionary
    gives someone else (عباس عرقجي, not Abbas; سلمان رشدي) unless his lineage follows (سلمان بن عبدالعزيز)."""
    if m.first != name.first or m.last >= name.last or definite(words[m.first]):
        return False
    return len(m.code or "") == 3 or words[m.last + 1] not in LINEAGE


def _apposed(
    words: list[str], office: Mention, name: Mention, countries: frozenset[str], others: list[Mention]
) -> bool:
    """Whether a person's name stands in apposition to the office or title right before it, maybe set off by a
    comma (الرئيس الفرنسي، إيمانويل ماكرون،; نظيره اللبناني، جبران باسيل), which a country's name is not (في
    السعودية، خالد محمد: a list, or the end of another apposition); a name with a proclitic (وبومبيو، لرضوان) is
    no apposition, nor is an indefinite plural a title before a full name (قتل مسلحون جاسم الذهبي: the gunmen
    killed him; a lone word after it is more often its adjective read as a name: متمردون شيشان)."""
    if name.skip or office.last >= name.first:
        return False
    if name.last > name.first and _indefinite_plural(words[office.last]):
        return False
    if len(words[office.last]) > 6 and definite(words[office.last]) and fold(words[office.last]).endswith("ون"):
        return False  # يتهم المعارضون أردوغان: a definite plural names several, the name is the verb's object
    if _names_body(words, office):
        return False  # اعتقلت السلطات المغربية الزفزافي، انتقدت الحكومة اللبنانية سعد الحريري: no man's title
    gap = words[office.last + 1 : name.first]
    if 0 < len(gap) <= TITLE_REACH and _title_gap(words, office, gap) and not _any_within(others, office, name):
        return True
    if not gap and _construct_head(words, office):
        # a place's name before a person's is another actor (تتهم أنقرة غولن), an agent's noun his own (محامي دانيلز)
        return not _of_country(office.code, countries)
    # set off by a comma, maybe past a word that tells when he held the office (الوزير الإسرائيلي السابق، غونين
    # سيغيف)
    return not gap or (
        office.code is not None
        and gap[-1] in COMMAS
        and len(gap) <= 2
        and all(definite(w) and name_key(w) in FORMER for w in gap[:-1])
        and not _country_named(words, office, countries)
    )


def _of_country(code: str | None, countries: frozenset[str]) -> bool:
    """Whether an actor code names a country, alone or with a role (TUR, TURGOV)."""
    return code is not None and code[:3] in countries


def _any_within(mentions: list[Mention], left: Mention, right: Mention) -> bool:
    """Whether a mention begins between two others (التقى وزير الخارجية الأمريكي الرئيس الروسي فلاديمير بوتين)."""
    return any(left.last < m.first < right.first for m in mentions)


def _title_gap(words: list[str], office: Mention, gap: list[str]) -> bool:
    """Whether the words between a man's office and his name still describe the office: definite words or words
    with a possessive pronoun, no time (الرئيس الأمريكي السابق باراك أوباما، وزير الأوقاف والشؤون الدينية الشيخ
    يوسف ادعيس، وزير خارجيتها عادل الجبير; not الصحف البريطانية اليوم تيريزا ماي)."""
    return read_as(words[office.first], HOLDERS) and all(
        (definite(w) or _possessed(w)) and not _time_word(w) for w in gap
    )


def _possessed(word: str) -> bool:
    """Whether a word ends in a possessive pronoun of the third person plural or feminine (خارجيتها، قادتهم); a
    final ه may be a folded ta marbuta."""
    return len(word) > 4 and word.endswith(("ها", "هم", "هما"))


def _construct_head(words: list[str], mention: Mention) -> bool:
    """Whether a mention is one indefinite word with no pronoun, which before a name is in construct with it
    (محامي دانيلز: her lawyer; حكومة تيريزا ماي: her government), not the person's title (رئيسها مون، الرئيس
    ترامب)."""
    return mention.first == mention.last and not (mention.possessive or definite(words[mention.first]))


def _country_named(words: list[str], mention: Mention, countries: frozenset[str]) -> bool:
    """Whether a mention coded as a country alone is its name, not its adjective after a title (نظيره اللبناني):
    a word in no adjective's form (إسرائيل), or one alone after a preposition (في السعودية; مع المطربة الأمريكية is
    the singer)."""
    return mention.code in countries and (
        not bare(fold(words[mention.last])).endswith(_NISBA_ENDINGS)
        or (0 < mention.first == mention.last and bare(words[mention.first - 1]) in PREPOSITIONS)
    )


def _names_body(words: list[str], mention: Mention) -> bool:
    """Whether a mention names a body, no one man's title: its first word takes the article and heads an
    organisation's name (الحكومة، الجيش، المحكمة) or is a feminine sound plural or a plural of nisba adjectives
    (السلطات، الإسرائيليون), and it is no genitive of an office before it (المتحدث باسم البرلمان، مفوض الشؤون
    الاقتصادية في الاتحاد الأوروبي: the man's office)."""
    word = words[mention.first]
    if not definite(word) or governed(words, mention):
        return False
    before = words[mention.first - 1] if mention.first else ""
    if bare(before) == NAME_OF or read_as(before, HOLDERS):
        return False
    return strip_article(word) in BODIES or bare(word).endswith(("ات", *PEOPLE_PLURALS))


def _indefinite_plural(word: str) -> bool:
    """Whether a word reads as a sound plural without the article (مسلحون، مسلحين), which names several and no
    title."""
    return len(word) > 5 and fold(word).endswith(("ون", "ين")) and not definite(word)


def _breaks(words: list[str], start: int, end: int) -> bool:
    """Whether a clause ends between two positions: a stop, a conjunction of time (عندما), or a comma before a
    conjoined word (، وأعلنت), which an apposition's comma (فاتح حسون، عضو فريق المعارضة،) is not."""
    between = words[start:end]
    if CLAUSE_ENDS.isdisjoint(between):  # most stretches hold none
        return False
    return any(
        (w in CLAUSE_BREAKS and not _names_quoted(words, i)) or w in TIME_CLAUSES or _new_clause(words, i)
        for i, w in enumerate(between, start)
    )


def _names_quoted(words: list[str], i: int) -> bool:
    """Whether word ``i`` is a quotation mark around a few words (تنظيم «القاعدة»، حزب الغد «المعارض»), which
    name or set off a term, not a quotation that ends a clause."""
    if words[i] != '"':
        return False
    near = [j for j in range(max(0, i - QUOTED_WORDS - 1), min(len(words), i + QUOTED_WORDS + 2)) if j != i]
    return any(words[j] == '"' and all(w.isalnum() for w in words[min(i, j) + 1 : max(i, j)]) for j in near)


def _new_clause(words: list[str], i: int) -> bool:
    return words[i] in COMMAS and i + 1 < len(words) and words[i + 1][:1] == "و" and len(words[i + 1]) > 3


def assign_roles(
    hit: TriggerHit, view: SentenceView, mentions: list[Mention], previous: Mention | None
) -> tuple[Mention | None, Mention | None]:
    """(source, target) of a trigger among the sentence's mentions."""
    source, target = _roles(hit, view, mentions, previous)
    lemma = verb_lemma(hit)
    # with no subject named, a present verb tells a habit or the writer's own doing (نلتقي بمخرجات), no event
    told = source is not None or not present_tense(hit.form, lemma)
    if hit.entry.pos == "verb" and lemma in WITH_BI and told:
        # the object with ب comes first, past the subject, unless it is the office of a man named right after it
        # (يلتقي ترامب برئيسة حكومة إقليم إسكتلندا نيكولا ستيرجن)
        bi = _object_with_bi(view.words, hit, mentions, source)
        if bi is not None and not (target and target.canonical and 0 < target.first - bi.last <= TITLE_REACH):
            target = bi
    return source, target


def _apposed_words(words: list[str], mentions: list[Mention], lo: int, hi: int) -> int:
    """The words of the appositions (mentions that hold a comma) reaching into words ``lo`` to ``hi``, which a
    window of words around a trigger does not count (دعا مقتدى الصدر، رجل الدين الشيعي العراقي وزعيم التيار
    الصدري، رئيس الوزراء …)."""
    return sum(
        m.last - m.first
        for m in mentions
        if m.first <= hi and m.last >= lo and not COMMAS.isdisjoint(words[m.first : m.last + 1])
    )


def _in_setting(words: list[str], at: int) -> bool:
    """Whether a word of setting (بعد، خلال، إثر) governs the event noun at ``at``, right before it or over a span
    of time (استقال بعد 11 يوما من الاحتجاجات، بعد ثلاثة أسابيع من الاحتجاجات): the act told is another's."""
    i = at - 1
    if i > 0 and bare(words[i]) == PARTITIVE:
        i -= 1
        while i >= 0 and (_numeral(words[i]) or bare(words[i]) in TIME_UNITS):
            i -= 1
    return i >= 0 and read_as(words[i], SETTING)


def _object_with_bi(
    words: list[str], hit: TriggerHit, mentions: list[Mention], source: Mention | None
) -> Mention | None:
    """The object a verb takes with ب (التقى الرئيس بوزير الخارجية، رحب ترامب بأمير قطر، نددت مصر بإسرائيل): the
    mention right after the verb, or after its subject there."""
    at = source.last + 1 if source is not None and source.first > hit.last else hit.last + 1
    return next((m for m in mentions if m.first == at and m is not source and _proclitic(words, m, "ب")), None)


def _roles(
    hit: TriggerHit, view: SentenceView, mentions: list[Mention], previous: Mention | None
) -> tuple[Mention | None, Mention | None]:
    """(source, target) of a trigger as its words place them, before a verb's object with ب is looked for."""
    words = view.words
    reach = hit.last + AFTER_WINDOW + _apposed_words(words, mentions, hit.last + 1, hit.last + AFTER_WINDOW)
    after = [m for m in mentions if hit.last < m.first <= reach and not _breaks(words, hit.last, m.first)]
    doer = _doer(words, hit, mentions)
    if doer:  # passive or noun with its doer: the patient stands before the trigger or right after it
        rest = [m for m in after if m is not doer and m.first < doer.first]
        return doer, _just_before(words, hit, mentions) or _object(words, rest)
    if hit.entry.pos == "noun" or verbal_noun(words, hit):
        sides = _between(words, hit, mentions)
        if sides is not None:  # محادثات بين حفتر والسراج، التعاون العسكري بين موسكو وأنقرة: the two sides
            return sides
        sufferer = _sufferer(words, hit, mentions) if hit.entry.type in PATIENT_TYPES else None
        if sufferer is not None:  # تعرضت الثكنة لاعتداء، نجا الوزير من محاولة اغتيال: who underwent it
            return None, sufferer
        before = [m for m in mentions if m.last < hit.first and not _breaks(words, m.last, hit.first)]
        if hit.entry.type in SET_TYPES and _in_setting(words, hit.first):
            before = []  # استقال الوزير عقب احتجاجات، قتل طفلان جراء انفجار: not the minister's, not the children's
        if any(h.entry.pos == "verb" and h.last + 1 == hit.first and h.entry.type != hit.entry.type for h in view.hits):
            before = []  # استهدفت الغارة اجتماعا، رفض الاتفاق: the object of another act, not its subject's own
        if hit.entry.type in PATIENT_TYPES:
            # not those counted, nor whom an act named before befell (مقتل جنديين في انفجار عبوة)
            victims = _befallen(words, view, hit, mentions)
            before = [m for m in before if not m.counted and m.first not in victims]
        opening = _clause_start(words, hit.first)
        befalling = _one_of(hit, words, BEFALLING_NOUNS)
        before = [
            m
            for m in before
            if m.first >= opening
            and not governed(words, m)
            and not _credited(words, m)  # مقتل … بحسب الأمم المتحدة: who counted them
            and not _judges(
                words, m, JUDGING_VERBS | REPORTING_VERBS if _tells(words, hit, m, befalling) else JUDGING_VERBS
            )
            and not _suffers(words, m)
        ]
        if hit.entry.type == "PROTEST" and _quelled(words[opening : hit.first]):
            before = []  # فرقت الشرطة احتجاجات الطلاب: the police did not protest, the students did
        responder = None
        if _answered(words, opening, hit.first):  # ترد على انتقادات روحاني، ردا على هجوم: the other side's act,
            responder, before = (before[0] if before else None), []  # most often on who responds
        source = before[0] if before and hit.first - before[-1].last <= 2 * BEFORE_WINDOW else None
        source = _relayed(words, source, mentions, hit.first)
        genitive = after[0] if after and after[0].first == hit.last + 1 and not after[0].accusative else None
        if genitive is not None and definite(words[hit.last]) and not definite(words[genitive.first]):
            genitive = None  # ورشق المتظاهرين قوات الأمن: a definite noun has no genitive, nor an indefinite adjective
        if genitive is not None and hit.last > hit.first and words[hit.last] in PREPOSITIONS:
            return source, genitive  # القبض على عباس، الإفراج عن المعتقلين: the phrase's preposition names whom
        if genitive is not None and hit.entry.type in AIMED_TYPES and _proclitic(words, genitive, "ل"):
            return source, genitive  # وجهت اتهامات لإريتريا، انتقادات للحكومة: whom it is aimed at, not who
        if genitive is not None and _nominative_plural(words[genitive.first]):  # خطف مسلحون صحفيا: a verb
            return genitive, _object(words, after[1:])
        if genitive is not None and _one_of(hit, words, PATIENT_NOUNS):  # مقتل الجنود, اغتيال الرئيس: whom it befell
            patient = next((m for m in after[1:2] if m.first == genitive.last + 1 and _proclitic(words, m, "ل")), None)
            done = hit.first > 0 and words[hit.first - 1] in AUXILIARIES  # جرى اعتقال الناشطات: a passive
            if patient is not None and not done and not _one_of(hit, words, BEFALLING_NOUNS):
                return genitive, patient  # قتل قوات الأمن لرضوان: the genitive did it to whom ل names
            return source, genitive
        if source is None and genitive is not None:  # هجوم المسلحين: who did it
            source, after = genitive, after[1:]
        return source, _object(words, after) or responder
    # هاجموا, فجرا: the doer is named before the verb, or not at all; the sides an event noun names after بين are
    # none of the verb's (قتل جنديان في انفجار أعقبته اشتباكات بين الجيش والمسلحين)
    after = [m for m in after if not _sides(words, m, mentions)]
    if hit.entry.type in PATIENT_TYPES:  # قتل رجل جراء قصف القوات: the forces did the shelling, no one did them
        after = [m for m in after if not _genitive_of_event(words, view, hit, m)]
    if fold(hit.entry.lemma) in GOING_OFF:  # انفجرت الطائرة، العبوة انفجرت: what goes off is no doer
        mentions = [m for m in mentions if hit.last + 1 != m.first and m.last + 1 != hit.first]
        after = [m for m in after if m in mentions]
    death = _death_after(words, hit.first)
    if death is not None:  # لقي الجندي مصرعه: its subject met his death, at no hand it names
        subject = next((m for m in after if m.last < death and not governed(words, m)), None)
        return None, subject or _just_before(words, hit, mentions)
    marked = _subject_marked(hit.form, fold(hit.entry.lemma))
    # a partitive subject (تظاهر أمس عشرات من أعضاء الحزب) opens the clause with its quantity; in violence it is
    # whom the act befell (قتل العشرات من الجنود)
    # (not after a verb whose passive is spelled apart: هاجم العشرات من المسلحين مواقع للجيش, they attacked)
    active = _passive_spelled_apart(hit.form)
    patient = hit.entry.type in PATIENT_TYPES and not active
    quantity = _quantity_of(words, after[0]) if after and not patient else None
    partitive = quantity is not None and quantity <= _after_time(words, hit.last + 1)
    gender = _gender(hit)
    # the subject may follow a preposition with a pronoun (اعتدى عليه مسلحون، دعا إليها بعض الناشطين)
    # and, after a verb with no mention right before it, a time phrase (وتظاهر صباح الجمعة عشرات المواطنين)
    opening = hit.last + 1 + (hit.last + 1 < len(words) and words[hit.last + 1] in RESUMED)
    if not any(m.last + 1 == hit.first for m in mentions):
        opening = _after_time(words, opening)
    subject_after = (
        bool(after)
        and not marked
        and (partitive or (after[0].first <= _counted_from(words, opening) + 2 and not governed(words, after[0])))
        and not _credited(words, after[0])  # رفضت حسب وكالة الأنباء: who tells of it
        and not _in_opening_phrase(words, hit, opening, after[0])
        and not _unnamed_subject(words, opening, after[0])
        and not (after[0].accusative and not _counted_subject(words, hit, after[0], gender))
        # دعا المتظاهرين إلى التعاون: the object, the subject would be المتظاهرون; after من the ending is the genitive's
        and not (after[0].oblique and not partitive)  # تظاهر المئات من العراقيين
        and not (patient and after[0].counted)
        and not (hit.entry.type in PATIENT_TYPES and _genitive_of_object(words, hit, after[0]))
        and not (gender == "f" and strip_article(words[after[0].first]) in MEN)
        and not (gender == "m" and _feminine_object(words, hit, after[0]))
        and not _accused_object(view, hit, after[0])
    )
    # قُتل، طُعنت، أدين بتهمة القتل: its subject underwent it; the doer would be named by من قبل. هاجموا الثكنة وقتل
    # فيها جندي: the same, in an act the verb before told of, whose subject did it
    in_it = _in_it(words, hit)
    if _charged(words, hit):  # who was accused stands before the verb, or goes unnamed
        return None, _just_before(words, hit, mentions)
    if _vocalised_passive(view, hit) or _convicted(words, hit) or in_it:
        doer = previous if in_it else None
        near = max(hit.last + 3, _counted_from(words, hit.last + 1 + in_it))  # قتل فيه أكثر من 150 شخصا
        if after and after[0].first <= near and not governed(words, after[0]):
            return doer, after[0]
        named = patient_phrase(hit, view, None)
        if named is not None and named.first == hit.last + 1 + in_it:
            return doer, named  # قُتل شخصان وجُرح آخرون: a subject that is no actor's name, right after the verb
        return doer, _just_before(words, hit, mentions)
    objects = [m for m in after[1:] if not governed(words, m) and not _named_doer(words, m)]
    if after:  # not those of a clause conjoined after the subject (قتل جنديان اميركيان واصيب تسعة عراقيين)
        objects = [m for m in objects if m.first < _conjoined_clause(words, after[0].last + 1, mentions)]
    phrases = _governed_events(view)
    pronoun = RESUMPTIVE.get(words[hit.first - 1]) if hit.first > 0 else None  # after a relative pronoun
    # the antecedent taken up by a pronoun on a preposition after the verb (مقاطعة فرنسا التي دعا إليها), or on a
    # noun after a verb that does not agree with it (المشروع الذي نسقت أعماله مؤسسة …), is not its subject; one with
    # another pronoun (ألحان بليغ حمدي اللذين تعاونا معها) or after a verb that agrees (الزعيم الذي التقى نظيره) is
    raw_after = view.cells[hit.last + 1][2] if hit.last + 1 < len(words) else ""
    resumed = (
        pronoun is not None
        and raw_after.endswith(pronoun)
        and len(raw_after) > len(pronoun)
        and (words[hit.last + 1] in RESUMED or gender == DISAGREEING.get(words[hit.first - 1]))
    )
    antecedent = _antecedent(words, hit, mentions, view.hits) if pronoun is not None and not resumed else None
    taken_up = pronoun is not None and _with_object_pronoun(hit) and fold(hit.form).endswith(pronoun)
    if antecedent is not None and taken_up:
        # منظمة أوبك، التي انتقدها ترامب: whom he criticised; النساء اللاتي اتهمنه: who accused him
        return next((m for m in after[:1] if m.first <= hit.last + 3 and not governed(words, m)), None), antecedent
    if antecedent is not None:  # بريطانيا التي طردت 23 دبلوماسيا: who did it; الجنود الذين قتلوا في الهجوم: whom
        if _passive_reading(hit) and not _may_begin_object(words, hit.last + 1, phrases):
            return None, antecedent
        return antecedent, _object(words, after)
    # the antecedent, no actor here, did it (الغارة التي استهدفت مدخل مستشفى الثورة): no subject after the verb nor
    # before its relative pronoun; a time it happened at (في الوقت الذي دعا معارضون) leaves it its own subject
    relative_subject = pronoun is not None and not resumed and not _at_time(words, hit.first - 2)
    if (relative_subject and not taken_up) or _describes(words, view, hit, mentions):
        subject_after, previous = False, None
    if (
        subject_after
        and _passive_reading(hit)
        and not _may_begin_object(words, _past_credit(words, after[0].last + 1), phrases)
        and not objects
        and not _fronted_subject(words, hit, mentions)
    ):
        return None, after[0]  # قتل جندي في الهجوم, اختطف صحفي أمس: no object, so no subject
    if hit.first > 0 and _pronoun_clause(words[hit.first - 1]):  # قال بومبيو إنه ناقش قضية خاشقجي: the sayer did it
        return _relayed(words, _sayer(words, hit.first - 1, mentions), mentions, hit.first), _object(words, after)
    # the noun of إن right before the verb is its subject (قالت إن الحركة قصفت مستوطنة سديروت), or whom it befell
    opener = next((m for m in mentions if _right_before(words, m, hit) and _opens_clause(words, m)), None)
    if opener is not None and not _befell(words, hit, opener, phrases, in_act=False):
        return opener, _object(words, after)
    if len(after) >= 2 and subject_after and not _fronted_subject(words, hit, mentions, named=True):
        return after[0], _object(words, _past_cosubjects(words, hit, after))
    if previous and words[hit.first][:1] in "وف":  # a coordinated verb keeps the subject of the one before
        return previous, _object(words, after)
    start = _carried_from(words, hit, mentions)
    # past a relative pronoun whose antecedent a pronoun after the verb takes up (مقاطعة فرنسا التي دعا إليها …)
    # no mention before it is the verb's subject
    start = 0 if resumed or relative_subject else start
    before = [
        m
        for m in mentions
        if m.last < start  # only a mention before the verb has a من phrase to look through
        and 0 < _past_affiliation(words, start) - _partitive_end(words, m, mentions) <= BEFORE_WINDOW
        and not _breaks(words, m.last, hit.first)
        and not governed(words, m)
        and not _told(words, m.last, start)
    ]
    # a counted mention before a verb of violence is whom it befell (ثلاثين متمردا قتلوا), not who did it, and so are
    # those coordinated with it (16 من ميليشيات الحوثي وقوات صالح قتلوا)
    victims = [m for m in before if hit.entry.type in PATIENT_TYPES and _counted_with(words, mentions, m) is not None]
    before = [m for m in before if m not in victims]
    # ثلاثة انتحاريين قتلوا 18 شخصا: a counted subject right before a verb with its object did the act
    if victims and not before and not subject_after and _subject_before(words, victims[-1], hit, after):
        return victims[-1], _object(words, after)
    in_act = _in_act(view, hit) and not any(_may_be_object(words, m) for m in after)  # قتل في الهجوم 10 مسلحين
    if before and _befell(words, hit, before[-1], phrases, in_act):
        return None, before[-1]  # إن جنديا قتل في الهجوم: the subject of إن, whom an act with no object befell
    if before:
        subject = _coordination_head(words, mentions, before[-1])
        return subject, victims[-1] if victims and victims[-1].first > before[-1].last else _object(words, after)
    if subject_after:
        return after[0], _object(words, _past_cosubjects(words, hit, after))
    previous = previous or _opening_subject(words, mentions, hit)
    return previous, _counted_with(words, mentions, victims[-1]) if victims else _object(words, after)


SAYING = frozenset(fold(w) for w in ("قال", "قالت", "قالوا", "قالا"))


def _may_share_subject(opening: str, later: str) -> bool:
    """Whether a verb opening its clause, singular before its subject, and a later verb after it (``past_agreement``)
    may share that subject: in gender, the later in any number (ووقع الزعيمان … وتعهدا، أطلقت القوات … فقتلت)."""
    if opening == "feminine":
        return later not in ("", "plural")
    if opening == "":
        return later not in ("feminine", "feminine plural")
    return opening == later


def _opening_subject(words: list[str], mentions: list[Mention], hit: TriggerHit) -> Mention | None:
    """The subject of the verb opening the clause a coordinated past verb with no subject of its own joins: the
    mention right after the sentence's or a comma's first word, a verb agreeing with it (أطلقت القوات الإسرائيلية
    صاروخا على المدرسة فقتلت المدرس: the forces killed him); not قال, whose statement names its speaker (وقال
    المبعوث الأممي مارتن غريفيث إنه …، ودعا إلى: the quote's speaker)."""
    word = words[hit.first]
    coordinated = word[:1] in "وف" and len(word) > len(hit.form)  # not فجرت, whose ف is the root's
    if hit.entry.pos != "verb" or not coordinated or present_tense(hit.form, hit.entry.lemma):
        return None
    for m in mentions:
        verb = m.first - 1
        if m.first >= hit.first:
            return None
        if verb < 0 or not (verb == 0 or words[verb - 1] in COMMAS) or governed(words, m):
            continue
        opening = words[verb]
        if bare(opening) in SAYING:
            return None
        agrees = _may_share_subject(past_agreement(opening), past_agreement(hit.form, hit.entry.lemma))
        if opening.isalpha() and not opening.startswith("ال") and agrees:
            return m
    return None


def _describes(words: list[str], view: SentenceView, hit: TriggerHit, mentions: list[Mention]) -> bool:
    """Whether a verb of harm opens a clause describing the indefinite noun right before it, no actor's name, as a
    relative clause without its pronoun does (سيارة مفخخة استهدفت قافلة عسكرية، هجوم استهدف مسجدا): that noun did it,
    and no mention after the verb is its subject."""
    i = hit.first - 1
    if hit.entry.type not in PATIENT_TYPES or _with_object_pronoun(hit) or i < 0 or words[hit.first][:1] in "وف":
        return False  # خطوة انتقدتها الولايات المتحدة: the pronoun takes the noun up, the mention after is the subject
    if any(m.last == i for m in mentions):
        return False
    word = words[i]
    # an event of another type does not do this one (في أحدث احتجاجات ألقت الشرطة القبض: the police arrested)
    noun = any(h.entry.pos == "noun" and h.last == i and h.entry.type == hit.entry.type for h in view.hits)
    # a feminine noun or adjective as the text writes it, with ة (مفخخة), not a possessive pronoun (بلاده اعتقلت)
    feminine = light_normalize(view.cells[i][2]).endswith("ة") and len(word) > 3 and word.isalpha()
    return not definite(word) and (noun or feminine)


def _counted_subject(words: list[str], hit: TriggerHit, mention: Mention, gender: str | None) -> bool:
    """Whether a counted noun in the accusative right after a masculine verb that opens its clause is the verb's
    subject (ورفض 11 نائبا تعديل القانون: a number from 11 on puts its noun so, whatever its case), not its object
    (وطردت 23 دبلوماسيا: she expelled them; أعلنت موسكو طرد 23 دبلوماسيا: a verbal noun, no verb)."""
    return (
        gender == "m"
        and mention.first == hit.last + 2
        and _numeral(words[hit.last + 1])
        and _clause_start(words, hit.first) == hit.first
    )


def _only_already_between(words: list[str], mention: Mention, hit: TriggerHit) -> bool:
    """Whether nothing but قد stands between a mention and the verb after it (الجيش قد أعلن، ثلاثة انتحاريين قتلوا)."""
    return all(bare(w) == ALREADY for w in words[mention.last + 1 : hit.first])


def _subject_before(words: list[str], mention: Mention, hit: TriggerHit, after: list[Mention]) -> bool:
    """Whether a counted mention right before a verb (or with قد between) is its subject, the verb having an object
    right after it, past any time phrase: a number, a definite noun or a mention (قتلوا 18 شخصا، اقتحموا المسجد);
    without one the verb is passive (قتلوا منذ بدء الحملة، احتجزوا مؤخرا). A past verb in the masculine singular agrees
    with no counted subject (قتل فيها 62 فلسطينيا وجرح 3188 آخرين: those killed, not who wounded)."""
    if not _only_already_between(words, mention, hit):
        return False
    past = hit.entry.pos == "verb" and not present_tense(hit.form, hit.entry.lemma)
    if past and not past_agreement(hit.form, hit.entry.lemma):
        return False
    i = _after_time(words, hit.last + 1)
    if not _may_begin_object(words, i):
        return False
    return _numeral(words[i]) or definite(words[i]) or any(m.first == i for m in after)


def _between(words: list[str], hit: TriggerHit, mentions: list[Mention]) -> tuple[Mention, Mention] | None:
    """The two sides an event noun names after بين, a few words on (اشتباكات عنيفة بين الجيش والمسلحين): the
    mention right after بين and the one joined to it by و."""
    for i in range(hit.last + 1, min(len(words) - 1, hit.last + 1 + BETWEEN_REACH)):
        if bare(words[i]) == BETWEEN:
            first = next((m for m in mentions if m.first == i + 1), None)
            second = first and next((m for m in mentions if m.first == first.last + 1), None)
            return (first, second) if second is not None and words[second.first][:1] == "و" else None
        if words[i] in CLAUSE_BREAKS or bare(words[i]) in GOVERNORS:
            return None  # تظاهرات عند الحدود بين إسرائيل وغزة: the border's sides
    return None


def one_side(words: list[str], mention: Mention) -> bool:
    """Whether a mention follows بين, one of the two sides of an event noun (``_between``)."""
    return mention.first > 0 and bare(words[mention.first - 1]) == BETWEEN


def _at_time(words: list[str], i: int) -> bool:
    """Whether word ``i`` names a time, which a relative clause after it happened at (الوقت الذي، اليوم الذي)."""
    return i >= 0 and (_time_word(words[i]) or strip_article(words[i]) in TIME_NOUNS)


def _genitive_of_event(words: list[str], view: SentenceView, hit: TriggerHit, mention: Mention) -> bool:
    """Whether a mention is the genitive of another event noun right before it that a preposition or a word of cause
    or time governs (قتل رجل جراء قصف القوات الأوكرانية، اعتقل أثناء زيارة لغينيا): that act's doer, neither the
    verb's subject nor whom it befell. Not a noun of harm, whose genitive the act befell (أدى إلى مقتل شخص), nor
    the verb's object (استهدف انتحاري اجتماعا لقوات الصحوة: the meeting of the forces it struck)."""
    for h in view.hits:
        if h is hit or h.last + 1 != mention.first or (h.entry.pos != "noun" and not verbal_noun(words, h)):
            continue
        governed_noun = (h.first > 0 and read_as(words[h.first - 1], SETTING | PREPOSITIONS)) or (
            h.first == h.last and with_preposition(words, h)  # بقصف، للغارة
        )
        # منفذ الهجوم شخصا: a definite noun has no genitive
        if governed_noun and not definite(words[h.last]) and not _one_of(h, words, PATIENT_NOUNS):
            return True
    return False


def _sides(words: list[str], mention: Mention, mentions: list[Mention]) -> bool:
    """Whether a mention is one of the two sides named after بين, or joined by و to the one right after it."""
    if one_side(words, mention):
        return True
    joined = words[mention.first][:1] == "و"
    return joined and any(m.last + 1 == mention.first and one_side(words, m) for m in mentions)


def _antecedent(words: list[str], hit: TriggerHit, mentions: list[Mention], hits: list[TriggerHit]) -> Mention | None:
    """The mention the relative pronoun right before a verb stands for (المملكة المتحدة، التي طردت; فريق الأمم
    المتحدة الأمني الذي زار): the verb's subject, its object where the verb carries a pronoun (الاتفاق الذي وقعه
    الطرفان), or whom a verb that reads passive befell. Not a place or a body someone is in (منسق العمليات في حزب
    الله، الذي قتل: the coordinator was), nor, past an act's noun, who did something to it (أدان الوزير الهجوم الذي
    استهدف: ``hits``, the sentence's triggers)."""
    events = {i for h in hits for i in range(h.first, h.last + 1)}
    end, adjectives = hit.first - 2, 0
    while end > 0 and (
        words[end] in SET_OFF  # a comma, dash or quotation mark (السلطات - التي، "كمبريدج أناليتيكا" اللندنية التي)
        or (
            adjectives < 2
            and definite(words[end])
            and end not in events  # an act's noun is the antecedent, no adjective (أدان الوزير الهجوم الذي)
            and not any(m.first <= end <= m.last for m in mentions)
        )
    ):
        adjectives += words[end] not in SET_OFF  # the antecedent's adjectives (المنظمات الإنسانية الدولية التي)
        end -= 1
    return next((m for m in mentions if m.last == end and not _introduced_by(words, m, IN, "")), None)


def _fronted_subject(words: list[str], hit: TriggerHit, mentions: list[Mention], named: bool = False) -> bool:
    """Whether a definite mention, not counted and governed by nothing, ends right before a verb or with قد between
    (وكانت السلطات قد اعتقلت أبو الفتوح): the verb's subject, so the verb is active. ``named``: a name right after
    كان counts too (وكان نتنياهو قد اتهم طهران), where the verb has an object after it."""
    return any(
        m.last < hit.first
        and _only_already_between(words, m, hit)
        and hit.first - m.last <= 2
        and (definite(words[m.first]) or (named and m.first > 0 and bare(words[m.first - 1]) in KANA))
        and not m.counted
        and not governed(words, m)
        for m in mentions
    )


def _just_before(words: list[str], hit: TriggerHit, mentions: list[Mention]) -> Mention | None:
    """The last mention a few words before the trigger in its clause: the subject before a verb that has no doer
    (الجندي لقي مصرعه، إن جنديا قُتل)."""
    opening = _clause_start(words, hit.first)  # not the sayer before إن (قال الانفصاليون إن رجلا قتل)
    near = [
        m
        for m in mentions
        if 0 < hit.first - m.last <= BEFORE_WINDOW and m.first >= opening and not _breaks(words, m.last, hit.first)
    ]
    return near[-1] if near else None


def _coordination_head(words: list[str], mentions: list[Mention], last: Mention) -> Mention:
    """The first of the actors coordinated with ``last`` (السعودية وروسيا تناقشان، الولايات المتحدة وكندا وفرنسا
    وبريطانيا ناشدت): who heads a subject before its verb, as the first object heads the objects; not past a
    preposition (على السلع الصينية والكندية) nor where a relative pronoun takes up the last (الشرطة وقوات مكافحة
    الشغب التي اعتقلت)."""
    i = mentions.index(last)
    if last.last + 1 < len(words) and words[last.last + 1] in RELATIVE_PRONOUNS:
        return last
    while _joined_to_previous(words, mentions, i) and not governed(words, mentions[i - 1]):
        i -= 1
    return mentions[i]


def _joined_to_previous(words: list[str], mentions: list[Mention], i: int) -> bool:
    """Whether mention ``i`` is joined by و to the mention right before it (السعودية وروسيا)."""
    return (
        i > 0
        and bool(mentions[i].skip)
        and words[mentions[i].first][:1] == "و"
        and mentions[i].first == mentions[i - 1].last + 1
    )


def _counted_with(words: list[str], mentions: list[Mention], last: Mention) -> Mention | None:
    """The counted mention that ``last`` is, or is joined to by و (16 من ميليشيات الحوثي وقوات صالح): the first of
    those counted together; None if none is counted."""
    i = mentions.index(last)
    while not mentions[i].counted:
        if not _joined_to_previous(words, mentions, i):
            return None
        i -= 1
    return mentions[i]


def _answered(words: list[str], opening: int, at: int) -> bool:
    """Whether the word at ``at`` follows على after a word of responding in its clause (ردا على الهجوم، رد المندوب
    على الاتهامات): what is responded to is another's act."""
    return at > opening and bare(words[at - 1]) == ON and any(
        read_as(w, RESPONDING) or among(w, RESPONDING) for w in words[opening : at - 1]
    )


def _told(words: list[str], end: int, start: int) -> bool:
    """Whether إن / أن stands between a mention (ending at ``end``) and a verb (at ``start``) with its noun between
    them: the mention belongs to the clause that tells (قالت الوكالة إن سيارة مفخخة فجرت حافلة), and the told verb's
    subject comes after the complementizer. Right before a verb أن is the verb's particle (سبق أن اعتقلت، يود أن
    يبدي), and إن there a name's last word (مون جيه إن)."""
    last = start - 1
    while last > end and (bare(words[last]) in VERB_PARTICLES or not words[last][:1].isalnum()):
        last -= 1  # وكان جاي إن قد التقى، أن "تدعم": what stands between a particle and its verb
    return any(bare(w) in COMPLEMENTIZERS for w in words[end + 1 : last])


def _quelled(words: list[str]) -> bool:
    """Whether one of ``words`` puts a protest down or sets it off (فرقت، تخمد، أدت)."""
    return any(read_as(w, QUELLING) for w in words)


def _partitive_end(words: list[str], mention: Mention, mentions: list[Mention]) -> int:
    """The last word of a mention with the من phrase that tells whose it is (المتشددين من الموالين لحركة طالبان،
    مسلحون من حركة الشباب): through the governed mentions that follow it within two words each."""
    last = mention.last
    if last + 1 >= len(words) or words[last + 1] != PARTITIVE:
        return last
    for m in mentions:
        if m.first > last and m.first - last <= 3 and governed(words, m):
            last = m.last
    return last


def _past_affiliation(words: list[str], start: int) -> int:
    """Where the words before ``start`` begin past whom they belong to, set off by commas (طائرات حربية، تابعة للحكومة
    المعترف بها دوليا، قصفت): the first comma; else ``start``."""
    if start < 2 or words[start - 1] not in COMMAS:
        return start
    for k in range(start - 2, max(0, start - 2 - AFFILIATION_REACH), -1):
        if words[k] in COMMAS:
            return k if strip_article(words[k + 1]) in AFFILIATION else start
    return start


def _carried_from(words: list[str], hit: TriggerHit, mentions: list[Mention]) -> int:
    """Where the subject of a verb of violence is looked for: before the verb of carrying out whose object, an attack
    named by no actor, is the verb's subject (قوات التحالف وجهت ضربة جوية دقيقة استهدفت اجتماعا: the coalition
    carried out the strike that targeted the meeting), else before the verb itself."""
    if hit.entry.type not in PATIENT_TYPES:
        return hit.first
    j = next(carriers(words, hit), None)
    if j is None or j + 1 == hit.first or any(j < m.first < hit.first for m in mentions):
        return hit.first
    return j


def verbal_noun(words: list[str], hit: TriggerHit) -> bool:
    """Whether a verb's one-word form is its verbal noun, governed by a preposition (أقدم مسلحون على قتل جندي،
    اتهمه بخطف صحفي، بعد اغتيال الوزير) or by a noun in construct when it is the bare form that both share (قرار
    رفض الاندماج; خطوة انتقدتها الولايات المتحدة is a verb of a clause describing the noun), or written with the
    article, which no verb takes (أوجه التعاون): its genitive is then whom the act befell, its doer named before
    it."""
    if hit.entry.pos != "verb" or hit.first != hit.last:
        return False
    word = words[hit.first]
    before = words[hit.first - 1] if hit.first > 0 else ""
    return (
        after_preposition(word, hit.form)
        or bare(before) in BEFORE_VERBAL_NOUN
        or (bare(before) in CONSTRUCT_HEADS and not definite(before) and hit.form == verb_lemma(hit))
        or "ال" + hit.form in variants(word)
        or stated_stance(words, hit)
    )


def stated_stance(words: list[str], hit: TriggerHit) -> bool:
    """Whether a verb form with a pronoun is the verbal noun with its possessor after a verb stating it and that
    verb's subject (جدد العاهل المغربي رفضه …), with no comma or أن between (أكد أن الرئيس رفضه: a verb)."""
    word = bare(words[hit.first])
    if not any(word == verb_lemma(hit) + pronoun for pronoun in POSSESSIVE_PRONOUNS):
        return False
    for k in range(hit.first - 2, max(-1, hit.first - 1 - STATING_REACH), -1):
        if words[k] in COMMAS or bare(words[k]) in COMPLEMENTIZERS:
            return False
        if among(words[k], STATING):
            return True
    return False


YEAR_WORDS = frozenset(fold(w) for w in ("عام", "سنة"))
DAY = fold("يوم")


def _after_time(words: list[str], i: int) -> int:
    """The first word from ``i`` on past the time phrases there (أمس، الأسبوع الماضي، قبل خمسة أيام، عام 1967) and
    the comma after them: what comes next is the verb's object, if any (خطف مسلحون قبل خمسة أيام، عددا من الأشخاص)."""
    start = i
    if i + 1 < len(words) and words[i] in COMMAS and _object_past_time(words, i + 1):
        i += 1  # اعتقلت قوات الاحتلال، مساء الأحد، شابا: a time phrase set off by commas
    while i < len(words):
        word = bare(words[i])
        after = [bare(w) for w in words[i + 1 : i + 3]]
        if _time_word(words[i]):
            i += 1
        elif after[:1] and (
            (word in TIME_UNITS and strip_article(after[0]) in PAST) or (word == "قبل" and after[0] in TIME_UNITS)
        ):
            i += 2
        elif word == "قبل" and len(after) == 2 and _numeral(after[0]) and after[1] in TIME_UNITS:
            i += 3
        elif strip_article(word) in YEAR_WORDS and after[:1] and after[0].isdigit():
            i += 2  # احتلتها إسرائيل عام 1967
        elif words[i] in WEEKDAYS or (word == DAY and i + 1 < len(words) and words[i + 1] in WEEKDAYS):
            i += 1 if words[i] in WEEKDAYS else 2  # اختطفوا يوم الأحد الماضي
            i += i < len(words) and strip_article(bare(words[i])) in PAST
        elif i > start and words[i] in COMMAS:
            return i + 1
        else:
            return i
    return i


def _object_past_time(words: list[str], i: int) -> bool:
    """Whether a time phrase begins at ``i`` and a number or a noun in the accusative follows it (، الجمعة، 150 من
    الجنود، مساء الأحد، شابا): the object after it, not a new clause (استهدفت إسرائيل، الثلاثاء، تصدت …)."""
    j = _after_time(words, i)
    return j > i and j < len(words) and (_numeral(words[j]) or _accusative_noun(words, j))


def _gender(hit: TriggerHit) -> str | None:
    """The gender a one-word verb in the third person singular marks, ``"f"`` or ``"m"``: past with the suffix ت
    (التقت) or as its lemma (دعا، طالب), present with the prefix ت (تلتقي, doubled where the lemma begins with ت:
    تتظاهر) or ي (يدعو); None for another form or a verb of several words."""
    if hit.first != hit.last or hit.entry.pos != "verb":
        return None
    form, lemma = hit.form, verb_lemma(hit)
    if present_tense(form, lemma):
        return "f" if form.startswith("تت" if lemma.startswith("ت") else "ت") else "m" if form.startswith("ي") else None
    if form.endswith("ت") and not lemma.endswith("ت") and not form.endswith(("وات", "يت")):
        return "f"
    return "m" if form == lemma else None


def verb_lemma(hit: TriggerHit) -> str:
    """A verb trigger's lemma without the preposition a dictionary pattern adds to it (دعا+الى: دعا)."""
    return fold(hit.entry.lemma).split("+")[0]


def _feminine_object(words: list[str], hit: TriggerHit, mention: Mention) -> bool:
    """Whether a mention right after a verb is a definite noun in the feminine singular or plural (الحكومة،
    الحكومات), which a verb in the masculine does not take as its subject (ودعا الحكومة إلى: he called on the
    government). A person's name is none (الطراونة, a family name), whatever its ending."""
    word = words[mention.first]
    return (
        mention.first == hit.last + 1
        and mention.canonical is None
        and definite(word)
        and bare(word).endswith(("ه", "ات"))
        and GOD not in variants(word)
    )


def _genitive_of_object(words: list[str], hit: TriggerHit, mention: Mention) -> bool:
    """Whether a definite mention is the genitive of the one indefinite noun between a verb of violence (and its
    time words) and it (الجيش قصف مواقع المسلحين: the gunmen's positions are what was shelled), not the verb's
    subject; a number, a quantity or a word of members before it (قتل عشرات الجنود، عناصر الشرطة) counts whom it
    befell. Of other verbs, that noun is most often the subject's head (طالب خبراء الأمم المتحدة)."""
    i = _after_time(words, hit.last + 1)
    if mention.first != i + 1 or not definite(words[mention.first]):
        return False
    word = words[i]
    return (
        word.isalpha()
        and not definite(word)
        and word not in NP_STOPS
        and word not in NUMERALS
        and not read_as(word, QUANTITIES)
        and bare(word) not in MEMBERS
    )


def _past_credit(words: list[str], i: int) -> int:
    """Where the words at ``i`` go on past a credit to a teller set off by commas or not (، وفقا للمصادر، / بحسب
    الشرطة), else ``i``."""
    start = i + (i < len(words) and words[i] in COMMAS)
    if start >= len(words) or not read_as(words[start], ACCORDING):
        return i
    end = start + 2
    return end + (end < len(words) and words[end] in COMMAS)


def _in_opening_phrase(words: list[str], hit: TriggerHit, opening: int, first: Mention) -> bool:
    """Whether the first mention after a verb is the genitive of a verbal noun that a preposition opening the
    words after it governs (طالب بإقالة الحكومة، دعا إلى محاسبة الجيش، دعا إلى | تشكيل حكومة), not its subject; a
    definite noun takes no genitive (وقعت على الاتفاق إيران: Iran signed)."""
    if _counted_from(words, opening) > opening:
        return False  # وتتهم نحو 100 امرأة: a count, the subject's
    if first.first == opening + 1:
        word = words[opening]
        after_preposition = hit.last > hit.first and bare(words[hit.last]) in PREPOSITIONS
        return (word[:1] == "ب" and len(word) > 3) or (after_preposition and not definite(word))
    noun = words[opening + 1] if first.first == opening + 2 else ""  # ساعد على ذلك الحكومة: ذلك takes none either
    complete = definite(noun) or bare(noun) in POINTING_WORDS
    return bare(words[opening]) in OBJECT_PREPOSITIONS and noun.isalpha() and not complete


def _unnamed_subject(words: list[str], opening: int, first: Mention) -> bool:
    """Whether a definite word no actor's name opens the words after a verb before the first mention, a body or a
    country: the verb's subject, so the mention is its object (وانتقد الحلف روسيا: the alliance criticised Russia).
    Not a title before a man's name (استقبل الفريق محمد فريد), a subject the mention is conjoined to (يتهم الغربيون
    والدول العربية) or a part of (أدانت العديد من الدول), nor a noun the mention describes (استهدف القصف الإسرائيلي،
    هدد النادي الأهلي)."""
    word = words[opening] if opening < first.first else ""
    head = words[first.first]
    body = definite(head) or (first.code is not None and len(first.code) == 3)
    describes = first.first == opening + 1 and definite(head) and fold(head).endswith(_NISBA_ADJECTIVE)
    return (
        word.isalpha()
        and len(word) > 3  # not آل, a family's (وانتقد آل الشيخ)
        and definite(word)
        and not _time_word(word)
        and not read_as(word, HOLDERS)
        and body
        and not head.startswith("و")
        and not describes
        and bare(words[opening + 1]) != PARTITIVE
    )


def _counted_from(words: list[str], i: int) -> int:
    """Where a count that may open the words at ``i`` ends: past an approximation (أكثر من، نحو) and the numbers
    after it (احتشد أكثر من مليون شخص: the subject stands four words on), else ``i``."""
    start = i + next((len(a) for a in APPROXIMATIONS if tuple(words[i : i + len(a)]) == a), 0)
    end = start
    while end < len(words) and _numeral(words[end]):
        end += 1
    return end if end > start else i


def _time_word(word: str) -> bool:
    """Whether a word is one of ``TIME_WORDS`` (أمس، صباح), with its article too (اليوم، الليلة), which ``bare``
    takes off."""
    return read_as(word, TIME_WORDS)


def _nominative_plural(word: str) -> bool:
    """Whether a word ends as a sound plural in the nominative (مسلحون), which no genitive does: the word before it
    that reads as a verbal noun (خطف، قتل) is then the verb, whose subject it is."""
    return len(word) > 5 and fold(word).endswith("ون")


def _sufferer(words: list[str], hit: TriggerHit, mentions: list[Mention]) -> Mention | None:
    """Who underwent the act a noun names, as the subject of تعرض ل… ("was subjected to"), نجا من… ("survived") or
    لقي حتفه ("met his death") a few words before it (تعرضت وزيرة الدولة لمحاولة اغتيال، نجا قائد الشرطة أمس من
    محاولة اغتيال، لقي جندي حتفه في هجوم)."""
    reach = SUFFERING_WINDOW + _apposed_words(words, mentions, hit.first - SUFFERING_WINDOW, hit.first - 1)
    for i in range(hit.first - 1, max(-1, hit.first - reach), -1):
        if words[i] in CLAUSE_BREAKS:
            return None
        if _suffering_verb(words, i):
            return next((m for m in mentions if i < m.first and m.last < hit.first and not governed(words, m)), None)
    return None


def _suffers(words: list[str], mention: Mention) -> bool:
    """Whether a mention is the subject of تعرض or نجا right before it: one who underwent an act, never its doer."""
    return mention.first > 0 and _suffering_verb(words, mention.first - 1)


def _suffering_verb(words: list[str], i: int) -> bool:
    """Whether word ``i`` is a form of تعرض ("was subjected to"), نجا ("survived"), or لقي before حتفه or مصرعه
    ("met his death")."""
    word = bare(words[i])
    if word in MET_VERBS:
        return _death_after(words, i) is not None
    return word.startswith(SUFFERING_VERBS) or word in SURVIVING_VERBS


def _death_after(words: list[str], i: int) -> int | None:
    """Where حتفه or مصرعه stands after a form of لقي at ``i`` (لقي ثلاثة من عناصر الشرطة مصرعهم), if it does."""
    if bare(words[i]) not in MET_VERBS:
        return None
    reach = range(i + 1, min(len(words), i + 1 + DEATH_REACH))
    return next((j for j in reach if bare(words[j]).startswith(DEATH_NOUNS)), None)


def _right_before(words: list[str], mention: Mention, hit: TriggerHit) -> bool:
    """Whether a mention stands right before the trigger, or with a quotation mark between (إن إيران "تدعم)."""
    return mention.last + 1 == hit.first or (mention.last + 2 == hit.first and words[mention.last + 1] == '"')


def _opens_clause(words: list[str], mention: Mention) -> bool:
    """Whether a mention stands right after إن / أن (past a quotation mark), as its noun."""
    first = mention.first - (1 if mention.first > 0 and words[mention.first - 1] == '"' else 0)
    return first > 0 and bare(words[first - 1]) in COMPLEMENTIZERS


def _befell(words: list[str], hit: TriggerHit, mention: Mention, phrases: frozenset[int], in_act: bool) -> bool:
    """Whether a mention before a verb of violence in the accusative (مسلحا، إن جنديين), or any subject before one
    the act it happened in follows (``in_act``: وكانت بوتو قد قتلت في هجوم انتحاري), is whom it befell: the verb reads
    passive and has no object. ``phrases``: where event nouns governed by ب or ل begin."""
    return (
        (mention.accusative or _subject_of_inna(words, mention) or in_act)
        and _passive_reading(hit)
        and not _may_begin_object(words, hit.last + 1, phrases)
    )


def _may_be_object(words: list[str], mention: Mention) -> bool:
    """Whether a mention after a verb may be its object: governed by nothing, or taken from a quantity or an
    accusative noun (قتل في الهجوم عشرات من المسلحين، عددا من المسلحين)."""
    i = mention.first - 1
    partitive = i > 0 and bare(words[i]) == PARTITIVE and _accusative_noun(words, i - 1)
    return not governed(words, mention) or partitive or _quantity_of(words, mention) is not None


def _in_act(view: SentenceView, hit: TriggerHit) -> bool:
    """Whether a verb is followed right away by a noun of its own type after في or a word of cause or time, or with ب
    (قتلت في هجوم انتحاري، قتل جراء غارة، قتل بانفجار عبوة): the act someone died in."""
    words, at = view.words, hit.last + 1
    if at < len(words) and read_as(words[at], SETTING | IN):
        at += 1
    return any(
        h.first == at
        and h.entry.type == hit.entry.type
        and h.entry.pos == "noun"
        and (at > hit.last + 1 or with_preposition(words, h))
        for h in view.hits
    )


def _befallen(words: list[str], view: SentenceView, hit: TriggerHit, mentions: list[Mention]) -> set[int]:
    """Where the mentions begin that another verbal noun of harm befell: its genitive and those conjoined to it
    (مقتل جنديين عراقيين ومدني)."""
    victims = {h.last + 1 for h in view.hits if h is not hit and _one_of(h, words, PATIENT_NOUNS)}
    for m, n in pairwise(mentions):
        if m.first in victims and n.first == m.last + 1 and words[n.first][:1] == "و":
            victims.add(n.first)
    return victims


def _governed_events(view: SentenceView) -> frozenset[int]:
    """Where the sentence's event nouns with ب or ل attached begin (بانفجار، للهجوم): phrases of means or cause."""
    return frozenset(h.first for h in view.hits if with_preposition(view.words, h))


def with_preposition(words: list[str], hit: TriggerHit) -> bool:
    """Whether a trigger's first word has ب or ل attached (بانفجار، للهجوم، بقصف)."""
    return after_preposition(words[hit.first], hit.form.split(" ")[0])


_PRONOUNS = ("ه", "ها", "هم", "هما", "هن")
_SAYER_REACH = 20  # words back from إنه to the one who says it


def _pronoun_clause(word: str) -> bool:
    """Whether a word is إن / أن with a pronoun as its noun (إنه، أنها، بأنهم، لأنه)."""
    w = bare(word)
    return any(w == c + p for c in COMPLEMENTIZERS for p in _PRONOUNS)


def _sayer(words: list[str], at: int, mentions: list[Mention]) -> Mention | None:
    """The subject of the clause that إنه at ``at`` completes (وقال مسؤول في الوزارة إنه): the first mention
    within reach before it, in its clause, that no preposition governs."""
    return next(
        (
            m
            for m in mentions
            if at - _SAYER_REACH <= m.first
            and m.last < at
            and not governed(words, m)
            and not _breaks(words, m.last, at)
        ),
        None,
    )


_RELAY_REACH = 7
_RELAYER_REACH = 3  # ونقلت وكالة (تاس): words between the verb and the relayer's name


def _relayed(words: list[str], mention: Mention | None, mentions: list[Mention], end: int) -> Mention | None:
    """Whom a relayer quotes, in its place (ونقلت الوكالة عن لافروف قوله بعد محادثات، ذكرت الصحيفة نقلا عن مسؤول
    أنه اجتمع): the mention right after عن, which follows the subject of نقل or نقلا after a subject; a relayer
    only passes on what was said and done. Any other mention stays itself."""
    if mention is None:
        return None
    # the subject's own words may come between (التلفزيون الرسمي، وكالة (تاس) الروسية للأنباء)
    at = next((i for i in range(mention.last + 1, min(end, mention.last + _RELAY_REACH)) if bare(words[i]) == FROM), 0)
    if not at or _breaks(words, mention.last, at):
        return mention
    relayer = any(bare(w) in RELAYING_VERBS for w in words[max(0, mention.first - _RELAYER_REACH) : mention.first])
    if bare(words[at - 1]) != RELAYING and not relayer and not _judges(words, mention, RELAYING_VERBS):
        return mention
    return next((m for m in mentions if m.first == at + 1 and m.last < end), mention)


def _subject_of_inna(words: list[str], mention: Mention) -> bool:
    """Whether a mention in the oblique plural or dual (جنديين، مسلحين) stands right after إن / أن, whose subject it
    then is, in the accusative like مسلحا (قال إن جنديين قتلا)."""
    return _opens_clause(words, mention) and fold(words[mention.first]).endswith("ين")


def _may_begin_object(words: list[str], i: int, phrases: frozenset[int] = frozenset()) -> bool:
    """Whether word ``i``, past any time phrase, may begin an object (اختطف مسلحون 15 شخصا، خطف مسلحون أمس صحفيا)
    rather than a phrase of place, time or means (قتلا بانفجار عبوة: ``phrases`` are where event nouns governed
    by ب or ل begin), a coordinated clause or the sentence's end."""
    i = _after_time(words, i)
    if i >= len(words) or i in phrases:
        return False
    word = words[i]
    return not (
        word in CLAUSE_BREAKS
        or not word[:1].isalnum()
        or (word[:1] == "و" and word not in NUMERALS)  # قتلت قوات الأمن واحدا منهم
        or word in NP_STOPS
        or bare(word) in PREPOSITIONS
        or read_as(word, SETTING)  # بسبب, whose bare reading is سبب
        or _time_word(word)
        or read_as(word, ACCORDING)  # استهدف مسجدا الثلاثاء، بحسب الشرطة: a credit
    )


def _past_cosubjects(words: list[str], hit: TriggerHit, after: list[Mention]) -> list[Mention]:
    """The mentions after a subject (``after[0]``), the group it is one of and those conjoined right after it
    with و, which share its act (اعتقلت الشرطة وقوات الأمن 20 شخصا، اتهمت روسيا ودمشق الخوذ البيضاء); in an act
    between two sides (``MUTUAL_TYPES``: التقى الرئيسان بوتين والأسد، اتفقت الصين والولايات المتحدة) the one
    conjoined is the other side, and stays."""
    i = 1
    # in violence, past the group the subject is one of (اقتحم مسلح من الحركة كلية); elsewhere من may name the
    # other side (طلب الرئيس من الحكومة)
    if hit.entry.type in PATIENT_TYPES and len(after) > 1 and after[1].first == after[0].last + 2:
        i += bare(words[after[0].last + 1]) == PARTITIVE
    if hit.entry.type not in MUTUAL_TYPES:
        while (
            i < len(after)
            and _next_to(words, after[i - 1], after[i])
            and after[i].skip
            and words[after[i].first][:1] == "و"
        ):
            i += 1
    return after[i:]


def _next_to(words: list[str], left: Mention, right: Mention) -> bool:
    """Whether ``right`` follows ``left`` right after it, or past one definite word that describes it (الحكومة
    الشرعية والتحالف العربي)."""
    gap = right.first - left.last - 1
    return gap == 0 or (gap == 1 and definite(words[left.last + 1]))


def _conjoined_clause(words: list[str], start: int, mentions: list[Mention]) -> int:
    """Where the first word from ``start`` on that opens with و and begins no mention or number stands (a verb
    conjoined: واصيب، وقتل), or the sentence's end."""
    begins = {m.first for m in mentions}
    return next(
        (
            j
            for j in range(start, len(words))
            if words[j][:1] == "و" and len(words[j]) > 3 and j not in begins and words[j] not in NUMERALS
        ),
        len(words),
    )


def _passive_reading(hit: TriggerHit) -> bool:
    """Whether a one-word verb of violence or coercion reads as well passive as active unvocalised (قتل، خطف،
    اعتقل، اغتيل), unlike a verb with a long vowel after its first letter (هاجم) or an intransitive one (انفجر)."""
    form = hit.form
    return (
        hit.entry.type in PATIENT_TYPES
        and hit.first == hit.last
        and len(form) >= 3
        and form[1] != "ا"
        and not form.startswith("ان")
        and not present_tense(form)
        and not _with_object_pronoun(hit)
    )


def _with_object_pronoun(hit: TriggerHit) -> bool:
    """Whether a verb carries its object as a pronoun (قتله، احتلتها، اعتقلتهم): active, whoever follows it."""
    return fold(hit.form).endswith(_PRONOUNS) and not fold(hit.entry.lemma).endswith("ه")


def _in_it(words: list[str], hit: TriggerHit) -> bool:
    """Whether a one-word verb of violence or coercion is followed by فيه / فيها (هجوم قتل فيه جندي، وأصيب فيها
    خمسة): the act it names took place in an event just told of, and its subject underwent it."""
    return (
        _passive_reading(hit)
        and hit.last + 1 < len(words)
        and read_as(words[hit.last + 1], IN_IT)
        and not (hit.first and words[hit.first - 1] in RELATIVE_PRONOUNS)  # الوقت الذي قتلت فيه عناصر المحاكم
    )


def _vocalised_passive(view: SentenceView, hit: TriggerHit) -> bool:
    """Whether a one-word past verb is written with a damma on its first letter (قُتل، وطُعنت، أُطلق), or one that
    begins with alif on a letter of its first three (اتُهمت، استُهدف، اُعتقل): no active past verb is vocalised so,
    so it is passive."""
    verb = _raw_verb(view, hit)
    if verb is None or present_tense(hit.form) or len(verb) < 2:
        return False
    if verb[1] == DAMMA:
        return True
    damma = verb.find(DAMMA)
    letters = sum(ch.isalpha() for ch in verb[:damma]) if damma > 0 else 0
    return verb[0] == "ا" and 0 < letters <= WASLA_DAMMA_REACH


def spelled_as_name(view: SentenceView, hit: TriggerHit) -> bool:
    """Whether a verb of a short lemma is written with a hamza under its alif and no pronoun (إيدا، إدين هازار): no
    finite verb of one (أيد، أدان) begins so, a name does. With a pronoun it is the verbal noun, which tells of the
    act (أعربت الكويت عن إدانتها), and longer lemmas (اعتقل، استهدف) are left alone: their alif is often written so
    by mistake (إستهدفت)."""
    verb = _raw_verb(view, hit)
    return (
        verb is not None
        and verb.startswith("إ")
        and len(fold(hit.entry.lemma)) <= SHORT_LEMMA
        and not _with_object_pronoun(hit)
    )


def _raw_verb(view: SentenceView, hit: TriggerHit) -> str | None:
    """The raw text of a one-word verb trigger from its first letter on, past its proclitics (وقُتل: قُتل)."""
    if hit.first != hit.last or hit.entry.pos != "verb":
        return None
    word, raw = view.words[hit.first], view.cells[hit.first][2]
    if not word.endswith(hit.form):
        return None
    return raw[raw_skip(raw, len(word) - len(hit.form)) :]


def _charged(words: list[str], hit: TriggerHit) -> bool:
    """Whether a form of اتهم with no object is the passive "was accused": the charge after ب right after it
    (وكانت إسرائيل قد اتهمت بشن هجوم، ويتهم بالتورط في قتل المتظاهرين), not a name first (اتهم بوتين الغرب)."""
    if hit.first != hit.last or hit.form not in ACCUSED or hit.last + 1 >= len(words):
        return False
    charge = words[hit.last + 1]
    return charge.startswith("بال") or (charge[:1] == "ب" and charge[1:] in CHARGES)


def _accused_object(view: SentenceView, hit: TriggerHit, mention: Mention) -> bool:
    """Whether the mention after a form of اتهم is whom it accuses: the charge, a noun after the preposition ب (as
    the text layer splits it: no بلدين), follows it at once (وتتهم إسرائيل بإثارة الشكوك، هيلاري كلينتون تتهم
    ترامب بخرق الحظر), maybe past who leads it (اتهموا التحالف بقيادة السعودية بشن الهجوم), where a subject would
    have its object between (اتهمت إيران إسرائيل بتنفيذ الهجوم)."""
    if hit.form not in ACCUSED:
        return False
    words, k = view.words, mention.last + 1
    if k < len(words) and words[k] in LED_BY:
        k = next((j for j in range(k + 2, min(k + 4, len(words))) if words[j][:1] == "ب"), len(words))
    return k < len(words) and _charge_at(view, k)


def _charge_at(view: SentenceView, k: int) -> bool:
    """Whether word k is a charge: a noun after the preposition ب, as the text layer splits it (بتخويف; not بلدين)."""
    if view.words[k] in NOT_CHARGES:
        return False
    pieces = word_pieces(view.cells[k][2])
    return len(pieces) > 1 and pieces[0][2] == "ب" and pieces[0][3] == "prefix"


def accused_before_charge(
    view: SentenceView, hit: TriggerHit, source: Mention | None, target: Mention | None
) -> Mention | None:
    """The accused, when a form of اتهم has its subject after it and the target found lies past the charge (ويتهم
    باسيل المفوضية بتخويف اللاجئين: the commission, not the refugees): the words between subject and charge, at
    most three; else ``target``."""
    if source is None or target is None or hit.form not in ACCUSED or source.first <= hit.last:
        return target
    start = source.last + 1
    charge = next((k for k in range(start + 1, min(target.first, start + 4)) if _charge_at(view, k)), None)
    if charge is None or not all(view.words[k][:1].isalpha() for k in range(start, charge)):
        return target
    return Mention(start, charge - 1, None)


def _convicted(words: list[str], hit: TriggerHit) -> bool:
    """Whether أدين, أدينت, أدينوا is the passive "was convicted": in a relative clause (الجاسوس الذي أدين) or with
    the charge in a phrase after ب in its clause (أدينت بتهمة التجسس، أدين حقي بعدد من التهم، شخصا أدين بضلوعه في
    احتيال), not the first person "I condemn" (أدين بشدة استخدام السلاح)."""
    if hit.first != hit.last or hit.form not in CONVICTED:
        return False
    if hit.first and words[hit.first - 1] in RELATIVE_PRONOUNS:
        return True
    end = min(len(words), hit.last + 1 + CHARGE_REACH)
    for k in range(hit.last + 1, end):
        if words[k] in CLAUSE_BREAKS:
            return False
        if words[k][:1] != "ب":
            continue
        # the charge, with its pronoun (بضلوعه), or the charges a count of them names (بعدد من التهم)
        counted = k + 2 < end and words[k + 1] == PARTITIVE
        if _charge(words[k]) or (counted and _charge(words[k + 2])):
            return True
    return False


def _charge(word: str) -> bool:
    """Whether a word names a charge, perhaps with its pronoun (بضلوعه)."""
    return read_as(word, CHARGES) or read_as(word.removesuffix("ه"), CHARGES)


def _numeral(word: str) -> bool:
    """Whether a word is a number (15, ثلاثة, عشرات)."""
    word = bare(word)
    return word.isdigit() or word in NUMERALS


def crowd(view: SentenceView, mentions: list[Mention], hit: TriggerHit) -> Mention | None:
    """The first mention that is itself a noun trigger of the type (المتظاهرون الغاضبون for a protest), or a word of
    the trigger (تجمع المتظاهرون): those who protest are who the sentence's protest is by."""
    nouns = [h for h in view.hits if h.entry.type == hit.entry.type and h.entry.pos == "noun"]
    return next(
        (m for m in mentions if hit.first < m.first <= hit.last or any(m.first <= h.first <= m.last for h in nouns)),
        None,
    )


def made_of(words: list[str], whole: Mention | None, part: Mention | None) -> bool:
    """Whether ``part`` follows ``whole`` after من, or joined by و to a ``whole`` that ends in such a phrase,
    telling whom the crowd is made of (المتظاهرون من فلسطينيين، المتظاهرون من طلاب ومعلمين): no other side, as
    one joined to the crowd itself is (مواجهات بين المتظاهرين ورجال الأمن)."""
    if whole is None or part is None:
        return False
    after_of = part.first == whole.last + 2 and bare(words[whole.last + 1]) == PARTITIVE
    listed = PARTITIVE in map(bare, words[whole.first : whole.last + 1])
    return after_of or (listed and part.first == whole.last + 1 and words[part.first][:1] == "و")


def faced(words: list[str], hit: TriggerHit, mentions: list[Mention], target: Mention | None) -> Mention | None:
    """The first mention after the trigger named after أمام, maybe through the word for its seat (تظاهروا أمام
    مقر البرلمان، أمام السفارة الأمريكية): whom a protest in front of it is addressed to, unless ``target`` is
    named as what it is against (تظاهرة ضد عمل اللجنة … أمام البرلمان)."""
    if target is not None and AGAINST in map(bare, words[max(0, target.first - 2) : target.first]):
        return target
    for m in mentions:
        if m.first <= hit.last:
            continue
        i = m.first - 1 - (m.first > 1 and bare(words[m.first - 1]) in SEATS)
        if i >= 0 and bare(words[i]) == FACING:
            return m
    return target


def _tells(words: list[str], hit: TriggerHit, mention: Mention, befalling: bool) -> bool:
    """Whether a reporting verb's subject before a noun trigger would tell of it rather than do it: of a death
    (أعلن الجيش مقتل), or of what ب brings in right after it, in its clause (أفادت الشرطة بانفجار عبوة ناسفة،
    أفاد مراسل "العربية" بانفجار)."""
    if befalling:
        return True
    told = (w for w in islice(words, mention.last + 1, hit.first + 1) if w not in QUOTES)
    for w in islice(told, TOLD_REACH):
        if w[:1] == "ب" and w not in NOT_TOLD and (len(w) > 3 or w[1:] in COMPLEMENTIZERS):
            return True  # بانفجار، بأن الزيارة ستستمر (not بي بي سي)
        if w in CLAUSE_BREAKS or bare(w) in COMPLEMENTIZERS or _pronoun_clause(w):
            return False  # قالت بريطانيا إنها ستدعم بقوة: what it says it will do
    return False


def _judges(words: list[str], mention: Mention, verbs: frozenset[str]) -> bool:
    """Whether a mention is the subject of one of ``verbs``, which report or judge an event rather than do it
    (أدانت الحكومة اغتيال، أعلن الجيش مقتل): the verb stands right before or right after it, or after قد (وكان
    الجيش قد أعلن)."""
    around = [mention.first - 1, mention.last + 1]
    if mention.last + 1 < len(words) and bare(words[mention.last + 1]) == ALREADY:
        around.append(mention.last + 2)
    return any(0 <= i < len(words) and bare(words[i]) in verbs for i in around)


def _one_of(hit: TriggerHit, words: list[str], nouns: frozenset[str]) -> bool:
    """Whether a trigger is one word of ``nouns`` (proclitics and article off): of ``PATIENT_NOUNS``, a verbal noun
    of harming whose genitive is its object (مقتل الجنود); of ``BEFALLING_NOUNS``, what befell someone (مقتل،
    إصابة), which whoever announces it did not do, while an announced arrest (أعلنت الشرطة اعتقال) is the
    announcer's own."""
    return hit.first == hit.last and strip_article(bare(words[hit.first])) in nouns


def _clause_start(words: list[str], end: int) -> int:
    """The first word of the clause that ``end`` is in, counted from the last complementizer (قالت الحكومة إن
    الجيش شن غارات: الجيش opens the clause of غارات)."""
    return next(
        (i + 1 for i in range(end - 1, -1, -1) if bare(words[i]) in COMPLEMENTIZERS or _new_clause(words, i)), 0
    )


def _passive_spelled_apart(form: str) -> bool:
    """A past verb of the pattern فاعل (هاجم، داهم، حاصر): its passive is written otherwise (هوجم), so a noun after
    it is its subject or its object by word order alone."""
    return len(form) >= 4 and form[1] == "ا" and form[0] != "ا"


def _subject_marked(form: str, lemma: str) -> bool:
    """A past verb with a plural or dual subject suffix (وا, ا after the stem) carries its subject."""
    plural = (len(form) > 3 and form.endswith("وا")) or (len(form) > 4 and form.endswith("ون"))  # حثوا، نفوا
    return plural or (len(form) > 3 and (form.endswith("تا") or form == lemma + "ا"))


def _object(words: list[str], mentions: list[Mention]) -> Mention | None:
    """The first mention that can be what an act is done to: not what it was done with (بانفجار عبوة, بالرصاص),
    where (في حي الكرادة، مدينة القدس، غرب محافظة تعز) nor who tells of it (بحسب الأمم المتحدة)."""
    return next(
        (
            m
            for m in mentions
            if not m.doer
            and not _introduced_by(words, m, IN, "ب")
            and not _credited(words, m)
            and not (m.first > 0 and _names_place(words[m.first - 1]))
        ),
        None,
    )


def _says_where_or_with(word: str) -> bool:
    """Whether a word is a place noun with a preposition attached (بمدينة، وبحي), not one with the article alone
    (اقتحمت البلدة), or any word with a preposition and the article (بالمدفعية، للجيش): where or with what an act
    was done, not its object."""
    place = bare(word)
    return word.startswith(("بال", "لل")) or (place != strip_article(word) and place in PLACE_NOUNS)


def _names_place(word: str) -> bool:
    """Whether the word before a mention makes it a place: the head of a place name (مدينة، حي، مخيمات) or a region
    without the article (غرب محافظة تعز، عبر أرجاء بلجيكا; الغرب is the West)."""
    return bare(word) in PLACE_NOUNS or (bare(word) in REGIONS and not definite(word))


def _credited(words: list[str], mention: Mention) -> bool:
    """Whether a mention is the teller a credit names right after بحسب / وفقا (بحسب الأمم المتحدة، وفقا للشرطة),
    or after ما and a verb of telling (بحسب ما قال مسؤولون), or is named in the teller's description (بحسب المتحدث
    باسم تلك القوات، وفقا لمصادر في الشرطة); not a noun after the teller (استهدفت وفق المرصد قبو مدرسة: the school
    is the target)."""
    for i in range(mention.first - 1, max(-1, mention.first - 1 - CREDIT_REACH), -1):
        if words[i] in CLAUSE_ENDS:
            return False
        if read_as(words[i], ACCORDING):
            # بحسب ما قال مسؤولون، حسب ما نقلته وكالة الإعلام: the tellers after ما and a verb of telling
            told = words[i + 1 : mention.first]
            if len(told) in (2, 3) and told[0] == WHAT and _telling(told[1]):
                return True
            return i + 1 == mention.first or any(bare(w) in TELLER_LINKS for w in words[i + 2 : mention.first])
    return False


def _telling(word: str) -> bool:
    """Whether a word is a verb of telling, maybe with the pronoun of what it tells (قال، نقلته، ذكرتها)."""
    return any(word.removesuffix(pronoun) in REPORTING_VERBS for pronoun in ("", "ه", "ها"))


def _quantity_of(words: list[str], mention: Mention) -> int | None:
    """Where the quantity stands that is taken from a mention (تظاهر عشرات من أعضاء حزب الغد، مئات من الطلبة): a
    number or a word of quantity, then ``من``, maybe with a word of membership before the mention (أعضاء، أنصار)."""
    i = mention.first - 1
    if i > 0 and bare(words[i]) in MEMBERS:
        i -= 1
    partitive = i > 0 and bare(words[i]) == "من" and (_numeral(words[i - 1]) or read_as(words[i - 1], QUANTITIES))
    return i - 1 if partitive else None


def governed(words: list[str], mention: Mention) -> bool:
    """Whether a preposition or a noun of direction governs a mention (على المدرسة, لقوات, شرق مدينة غزة), which
    then cannot be a verb's subject."""
    return _introduced_by(words, mention, GOVERNORS, "بل")


def _introduced_by(words: list[str], mention: Mention, before: frozenset[str], attached: str) -> bool:
    """Whether a word of ``before`` stands right before a mention or a letter of ``attached`` is among its
    proclitics."""
    i = mention.first - 1
    if i > 0 and bare(words[i]) in DEMONSTRATIVES:  # في هذا الحي، لهذه الدول: the demonstrative's preposition
        return bare(words[i - 1]) in before or (words[i][:1] in attached and words[i] != bare(words[i]))
    if i >= 0 and (bare(words[i]) in before or among(words[i], before)):  # وفي بغداد: و and a short preposition
        return True
    return _proclitic(words, mention, attached)


def _proclitic(words: list[str], mention: Mention, letters: str) -> bool:
    """Whether a letter of ``letters`` is among a mention's proclitics (لرضوان، بالجنود، للجيش: ل before the
    article, whose alef it drops, is read as part of the name and counts no letters to skip)."""
    word = words[mention.first]
    lead = word[: mention.skip] or ("ل" if word.startswith("لل") else "")
    return any(letter in letters for letter in lead)


def _named_doer(words: list[str], mention: Mention) -> bool:
    """Whether a mention follows a verb of carrying out (هجوم شنه مسلحون): the doer of an event noun, no object."""
    return mention.first > 0 and _carrying_out(words[mention.first - 1])


def _carrying_out(word: str) -> bool:
    """Whether a word is a verb of carrying out an event noun's act, with its pronoun (شنه، نفذتها، تبنته)."""
    return bare(word).startswith(DOER_VERBS)


_CARRIER_REACH = 5  # words from a noun to the verb that carried it out (هجمات بالصواريخ عبر الحدود شنها الحوثيون)


def _doer(words: list[str], hit: TriggerHit, mentions: list[Mention]) -> Mention | None:
    """Who did it, named after the trigger: ``من قبل X``, ``على يد X``, or a noun's ``شنه X`` / ``نفذه X``."""
    for i in range(hit.last + 1, min(len(words), hit.last + AFTER_WINDOW)):
        by = (bare(words[i]) in BY and bare(words[i - 1]) in ("من", "علي")) or words[i] in SHOT_BY
        carried_out = hit.entry.pos == "noun" and i <= hit.last + _CARRIER_REACH and _carrying_out(words[i])
        if by or carried_out:
            reach = i + 2 + (i + 1 < len(words) and bare(words[i + 1]) in MEMBERS)  # من جانب عناصر جيش المهدي
            return next((m for m in mentions if i < m.first <= reach), None)
    return None


GOD = fold("الله")  # ends as a feminine noun does, and is none
PATIENT_TYPES = frozenset({"ASSAULT", "COERCE"})
# acts that, named after a word of time or cause (عقب، جراء), set the scene of the clause's own act; a meeting
# after one may be the subject's own (وقال بارنييه إثر اجتماع مع الوزراء)
SET_TYPES = frozenset({"ASSAULT", "PROTEST"})
# acts whose noun names with ل whom they are aimed at (اتهامات لإريتريا، دعم للمعارضة); a meeting or a protest
# names with it who held it (اجتماع لوزراء الخارجية، مظاهرة لأنصار الحزب), an attack either
AIMED_TYPES = frozenset({"ACCUSE", "THREATEN", "SUPPORT", "REJECT", "AID", "REQUEST", "SANCTION"})
MUTUAL_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})  # acts between two sides, each the other's counterpart
OBJECT_PREPOSITIONS = frozenset({fold("إلى"), fold("على")})  # دعا إلى، حث على: the act called for follows
POINTING_WORDS = DEMONSTRATIVES | {fold("ذلك")}  # a whole noun phrase each, no construct's head
_NP_LENGTH = 3


def patient_phrase(hit: TriggerHit, view: SentenceView, source: Mention | None) -> Mention | None:
    """For a verb of violence or coercion with no dictionary target, the words it acts on (قتل 20 شخصا →
    20 شخصا, اعتقلت الشرطة عشرة أشخاص → عشرة أشخاص): up to three words after the verb and its subject."""
    if hit.entry.type not in PATIENT_TYPES or (hit.entry.pos != "verb" and not _one_of(hit, view.words, PATIENT_NOUNS)):
        return None
    start = source.last + 1 if source is not None and source.first > hit.last else hit.last + 1
    words = view.words
    if hit.object_at is not None and hit.object_at + 1 < len(words) and bare(words[hit.object_at + 1]) in AIMED_AT:
        start = hit.object_at + 2  # أطلق صاروخا على سيارة: the object is the weapon, what it is aimed at follows
    start = _after_time(words, start)  # قتل أمس 20 شخصا، قتل الأسبوع الماضي 20 شخصا
    if fold(hit.entry.lemma) in GOING_OFF and (start >= len(words) or bare(words[start]) not in AROUND):
        return None  # انفجرت سيارة مفخخة: what follows is what went off, unless it is where (انفجرت وسط سوق)
    if start + 1 < len(words) and (bare(words[start]) in AROUND or read_as(words[start], IN_IT)):
        start += 1  # انفجرت سيارة وسط سوق شعبية: what it struck is the place; هجوم قتل فيه جندي: who died in it
    start += next((len(a) for a in APPROXIMATIONS if tuple(words[start : start + len(a)]) == a), 0)
    if source is None and start + 1 < len(words) and definite(words[start]) and _numeral(words[start + 1]):
        start += 1  # فجرت الجبهة ثلاث سيارات: a definite noun before a count is the verb's subject
    if start < len(words) and bare(words[start]).startswith(SELF):  # فجر نفسه: the doer, not whom it befell
        return None
    if start < len(words) and bare(words[start]) in FIRED:
        start += 1
        if start + 1 >= len(words) or bare(words[start]) not in AIMED_AT:
            return None
        start += 1
    if hit.entry.pos == "noun" and start < len(words) and words[start] in MANNER_ADJECTIVES:
        return None
    # قتل وأصيب 55 عنصرا: a conjoined verb; قتل بغارة، قصفت الخميس بالمدفعية: the act or the means; بمدينة عدن: where
    phrases = _governed_events(view)
    if not _may_begin_object(words, start, phrases) or _says_where_or_with(words[start]):
        return None
    quantity = start + 2 < len(words) and read_as(words[start].removesuffix("ا"), QUANTITIES)  # عددا، العشرات
    counted = quantity and bare(words[start + 1]) == PARTITIVE
    end = start + 2 * counted  # قتلت عددا من قياداتها: the quantity and من, then whom it counts
    while end < min(len(words), start + _NP_LENGTH + 2 * counted):
        word = words[end]
        if (
            word in CLAUSE_BREAKS
            or word in NP_STOPS
            or _time_word(word)
            or bare(word) in PATIENT_STOPS
            or (end > start and bare(word) in TIME_UNITS)  # أغلق مطار طرابلس يوم الجمعة
            or (end > start and bare(word) in RESULT_OPENERS)
            or bare(word).startswith(DEATH_NOUNS)  # لقي الأب مصرعه: who died, not his death
            or word in WEEKDAYS
            or not word[:1].isalnum()
            or (end > start and (word[:1] == "و" or end in phrases))  # استهدف الموكب بعبوة ناسفة: the means
        ):
            break
        end += 1
    return Mention(start, end - 1, None) if end > start else None
