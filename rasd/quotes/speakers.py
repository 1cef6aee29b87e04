"""Speakers: reading the speaker phrase (name, title, role) and resolving it to a full name.

A phrase such as ``العقيد فاتح حسون، عضو فريق المعارضة`` gives the name ``فاتح حسون`` and the role ``عضو فريق
المعارضة``; ``وزير الثقافة السعودي عواد بن صالح العواد`` gives the role first. Resolution, in order: an entity
from the NER stage covering the name (its canonical name from the name chain); a bare surname joined to the
fullest earlier name ending with it; a definite description (المصدر، الوزير) to the earlier speaker it
describes; a dropped or pronoun subject (وأضاف، لكنها أكدت، سموه) to the last speaker of the same gender.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache, partial
from itertools import compress, count
from operator import itemgetter

from rasd.doc import Document, Entity, Speaker
from rasd.memo import Memo
from rasd.quotes.tokens import ALI, PUNCT, QUOTE, WORD, Tok
from rasd.quotes.words import (
    ADJUNCT,
    ASKING,
    DAY_PARTS,
    ENDS_A_BODY,
    FUNCTION_WORDS,
    GOVERNING,
    GOVERNING_TO,
    ISSUED,
    KINSHIP,
    LATEST,
    NOT_DOING,
    NOUN_CUE_WORDS,
    ONE_TIME,
    ORG_HEADS,
    PREPOSITIONS,
    PRONOUN_OBJECTS,
    PRONOUN_SPEAKERS,
    QUOTED_NAME_HEADS,
    RECENTLY,
    RELATIVES,
    SELF_REFERENCE,
    SPEECH_NOUNS,
    TIME_WORDS,
    TITLES,
    UNNAMED_HEADS,
    is_definite,
    is_role_head,
    is_speech_noun,
    strip_article,
)
from rasd.text.normalize import normalize

MAX_NAME_WORDS = 5
SOURCE_HEADS = ORG_HEADS | UNNAMED_HEADS
PLURAL_ENDINGS = ("ون", "ين", "ات")  # الحوثيون، الفلسطينيين: groups, not surnames
NAME_LINKS = frozenset(
    normalize(w) for w in ["بن", "بنت", "ابن", "أبو", "أبا", "أبي", "آل", "عبد", "دي", "دو", "فان", "فون", "ولد", "أم"]
)


@dataclass(slots=True)
class Phrase:
    """What a speaker phrase says: who (name or description), the role, and the kind of speaker."""

    first: int  # token index of the phrase's first word (titles included)
    last: int  # token index of its last word (inclusive)
    name: tuple[int, int] | None = None  # token range [a, b] of the name, inclusive
    role: str | None = None
    kind: str = "person"  # person | organisation | unnamed | description
    pronoun: bool = False


@dataclass(slots=True)
class Known:
    """A speaker met earlier in the article."""

    speaker: Speaker
    gender: str
    plural: bool
    role: str | None
    kind: str
    description: tuple[str, ...] = ()  # article-less words of the phrase, for المصدر → مصدر أمني


@dataclass(slots=True)
class Resolver:
    """Speakers met so far in one article, and the names the article gives."""

    doc: Document
    tokens: list[Tok]
    is_cue: Callable[[str], object]
    norms: list[str] | None = None  # the tokens' normal forms, when already listed
    history: list[Known] = field(default_factory=list)
    entities: EntityIndex = field(init=False)
    _names: NameIndex = field(init=False)  # person entities and hashtag names
    _spoken: NameIndex = field(init=False)  # speakers so far
    _runs: NameRuns | None = None
    _scanned: RunNames | None = None  # every name-like run, found once, by its last token
    _person_words: frozenset[str] | None = None

    def __post_init__(self) -> None:
        self.entities = EntityIndex(self.doc.entities)
        self._names = NameIndex()
        for entity in self.doc.entities:
            if entity.label == "PER":
                self._names.add(_without_titles(entity.canonical or entity.text))
        for tag in self.doc.hashtags:
            if tag.name:
                self._names.add(tag.name)
        self._spoken = NameIndex()

    def resolve(self, phrase: Phrase | None, gender: str, plural: bool) -> tuple[Speaker | None, str | None, str]:
        """The speaker, its role and kind for a phrase (None: the subject was dropped)."""
        if phrase is None or phrase.pronoun:
            known = self._last(gender, plural)
            if known is None:
                return None, None, "person"
            return _copy(known.speaker), known.role, known.kind
        speaker, role = self._speaker(phrase), phrase.role
        kind = phrase.kind
        words = [t for t in self._words(phrase.first, phrase.last) if t.norm not in TITLES]
        description = tuple(strip_article(t.norm) for t in words)
        if phrase.name is not None:
            a, b = phrase.name
            speaker.canonical = self.full_name(a, b)
            if b > a and speaker.canonical == clean_name(self.doc.text, self.tokens, a, b):
                # the name may have run into the object (ودعت جولي المجتمع الدولي): try it shorter
                for stop in range(b - 1, a - 1, -1):
                    shorter = self.full_name(a, stop)
                    # the shorter words name someone else than all the words did (not the same entity)
                    if shorter not in (clean_name(self.doc.text, self.tokens, a, stop), speaker.canonical):
                        end = self.tokens[stop].end
                        speaker = Speaker(speaker.start, end, self.doc.text[speaker.start : end], shorter)
                        break
        else:
            earlier = self._described(description) or self._statement_of(description)
            if earlier is not None:
                speaker.canonical = earlier.speaker.canonical
                role = role or earlier.role
                kind = earlier.kind
            elif (
                kind in ("description", "person")
                and words
                and not words[-1].norm.endswith(PLURAL_ENDINGS)
                and not is_kin(self.doc, words[0])  # زوجة أبو العبد: not أبو العبد
            ):
                # a surname with the article (الحريري، البحيري) names someone met earlier, perhaps followed by
                # the verb's object (ونفى الجاسم صحة …)
                for stop in range(min(phrase.last, phrase.first + 2), phrase.first - 1, -1):
                    full = self.full_name(phrase.first, stop)
                    if full != clean_name(self.doc.text, self.tokens, phrase.first, stop):
                        end = self.tokens[stop].end
                        speaker = Speaker(speaker.start, end, self.doc.text[speaker.start : end], full)
                        kind = "person"
                        break
        self.remember(speaker, gender, plural, role, kind, description)
        return speaker, role, kind

    def remember(
        self,
        speaker: Speaker,
        gender: str,
        plural: bool,
        role: str | None,
        kind: str,
        description: tuple[str, ...] = (),
    ) -> None:
        self.history.append(Known(speaker, gender, plural, role, kind, description))

    def _words(self, first: int, last: int) -> list[Tok]:
        return [t for t in self.tokens[first : last + 1] if t.kind == WORD]

    def _speaker(self, phrase: Phrase) -> Speaker:
        first, last = phrase.first, phrase.last
        if sum(t.kind == QUOTE for t in self.tokens[first : last + 1]) % 2:
            # a quoted name the phrase begins or ends inside of ("نيويورك تايمز" الأميركية، وكالة "وام"):
            # the span takes in its other quotation mark
            if first > 0 and self.tokens[first - 1].kind == QUOTE:
                first -= 1
            elif last + 1 < len(self.tokens) and self.tokens[last + 1].kind == QUOTE:
                last += 1
        start = self.tokens[first].start
        end = self.tokens[last].end
        text = self.doc.text[start:end]
        canonical = clean_name(self.doc.text, self.tokens, *(phrase.name or (phrase.first, phrase.last)))
        return Speaker(start, end, text, canonical)

    def _last(self, gender: str, plural: bool) -> Known | None:
        for known in reversed(self.history):
            if (not gender or not known.gender or known.gender == gender) and known.plural == plural:
                return known
        for known in reversed(self.history):
            if not gender or not known.gender or known.gender == gender:
                return known
        return None

    def _statement_of(self, description: tuple[str, ...]) -> Known | None:
        """البيان: the written statement of the last speaker; المسؤول، الوزير: the last person who spoke, unless
        the article gave that person another role (وزير الخارجية … ثم الرئيس: someone else)."""
        if description in (("بيان",), ("بيانه",), ("بيانها",)) and self.history:
            return self.history[-1]
        if len(description) == 1 and is_role_head(description[0]):
            last = next((k for k in reversed(self.history) if k.kind == "person"), None)
            return last if last is not None and _may_hold(last.role, description[0]) else None
        return None

    def _described(self, description: tuple[str, ...]) -> Known | None:
        """The earlier speaker a short definite description (المصدر، الوزير، المصدر الأمني) refers to."""
        if not description or len(description) > 3:
            return None
        for known in reversed(self.history):
            if known.description[: len(description)] == description and known.description != description:
                return known
            if known.role and is_role_head(description[0]):
                # الوزير، رئيس شرطة تورونتو: the role's head or one of its other words (شرطة)
                role_words = {strip_article(normalize(w)) for w in known.role.split()}
                if description[0] in role_words or role_words & set(description[1:]):
                    return known
        return None

    def full_name(self, a: int, b: int) -> str:
        """The canonical name of tokens a..b: the NER entity's canonical name or the words themselves, joined to
        the fullest earlier name ending with it."""
        start, end = self.tokens[a].start, self.tokens[b].end
        own = clean_name(self.doc.text, self.tokens, a, b)
        starts = {t.start for t in self.tokens[a : b + 1]}
        for entity in self.entities.near(start, end):
            overlaps = entity.start <= start < entity.end or start <= entity.start < end
            # an entity starting inside a word (سام in بسام) is a tagging slip, not a name
            aligned = entity.start in starts or entity.start < start
            if overlaps and aligned and entity.label in ("PER", "ORG") and entity.canonical:
                chained = _without_titles(entity.canonical)
                if len(name_key(chained)) >= len(name_key(own)):  # a part the tagger missed keeps the words
                    own = chained
                break
        key = name_key(own)
        if not key:
            return own
        # speakers are indexed when first looked up: by then the stage has finished with them
        for known in self.history[len(self._spoken) :]:
            self._spoken.add(known.speaker.canonical)
        known_best = self._names.fullest(key, self._spoken.fullest(key, own))
        if known_best != own:
            return known_best
        return self._scanned_names().fullest(key, own, before=a)

    @property
    def runs(self) -> NameRuns:
        """The article's name-like runs (found on first use)."""
        if self._runs is None:
            self._runs = NameRuns(self.tokens, self.is_cue, self.norms)
        return self._runs

    def _titled(self, a: int) -> bool:
        return a > 0 and (self.tokens[a - 1].norm in TITLES or is_role_head(self.tokens[a - 1].norm))

    def _scanned_names(self) -> NameIndex:
        if self._scanned is None:
            # a run opening with و and no title before it is more likely a verb and its subject (وصعد الحوثيون)
            runs = [
                (self._name_start(a, b), b)
                for a, b in self.runs.before(len(self.tokens))
                if not (self.tokens[a].norm[:1] == "و" and not self._titled(a))
            ]
            self._scanned = RunNames(self.doc.text, self.tokens, runs)
        return self._scanned

    def _name_start(self, a: int, b: int) -> int:
        """Where the name of run a..b starts: at a person's full name (two words or more) the tagger found starting
        inside it, when the words before it in the run are in no person's name the tagger found in the article and
        are no link word (-- نصح سعود القحطاني، هكذا بدأ إيلون ماسك: a verb and its subject; not عبدربه منصور هادي;
        a surname alone leaves the run whole: نيكي هيلي)."""
        for entity in self.entities.near(self.tokens[a].start, self.tokens[b].end):
            if entity.label != "PER" or entity.start <= self.tokens[a].start:
                continue
            k = next((k for k in range(a + 1, b + 1) if self.tokens[k].start == entity.start), None)
            if k is None or self._titled(a) or len(entity.text.split()) < 2:
                break
            words = [self.tokens[j].norm for j in range(a, k)]
            named = any(w in NAME_LINKS or w.startswith("عبد") or w in self.person_words for w in words)
            return a if named else k
        return a

    @property
    def person_words(self) -> frozenset[str]:
        """The normalised words of the article's person names the tagger found."""
        if self._person_words is None:
            self._person_words = frozenset(
                w for e in self.doc.entities if e.label == "PER" for w in normalize(e.text).split()
            )
        return self._person_words


class EntityIndex:
    """The document's entities by start offset: the ones that can touch a span, in document order."""

    def __init__(self, entities: Sequence[Entity]) -> None:
        self.entities = entities
        self._order = sorted(range(len(entities)), key=lambda k: entities[k].start)
        self._starts = [entities[k].start for k in self._order]
        self._longest = max((e.end - e.start for e in entities), default=0)

    def near(self, start: int, end: int) -> list[Entity]:
        """Every entity that overlaps ``[start, end)`` or holds ``start`` (and perhaps a few more), in order."""
        lo = bisect_left(self._starts, start - self._longest)
        hi = bisect_left(self._starts, max(end, start + 1))
        return [self.entities[k] for k in sorted(self._order[lo:hi])]


class NameIndex:
    """Names by the last word of their key, in the order added, with the token where each ends (if any)."""

    def __init__(self) -> None:
        self._by_last: dict[str, list[tuple[tuple[str, ...], str, int]]] = {}
        self._count = 0

    def __len__(self) -> int:
        return self._count

    def add(self, name: str, end: int = -1) -> None:
        self._count += 1
        key = name_key(name)
        if key:
            self._by_last.setdefault(key[-1], []).append((key, name, end))

    def fullest(self, key: tuple[str, ...], own: str, before: int | None = None) -> str:
        """The first of the longest names (longer than ``own``) whose key ends with ``key``, else ``own``;
        with ``before``, only names ending before that token."""
        best = own
        for ckey, candidate, end in self._by_last.get(key[-1], ()):
            if before is not None and end >= before:
                continue
            if len(ckey) > len(key) and ckey[-len(key) :] == key and len(candidate) > len(best):
                best = candidate
        return best


class RunNames(NameIndex):
    """Name-like runs as a `NameIndex`, each ending at its last token. A run is filed by the last word of its key,
    read off that token's normal form; its name and key are made when names ending with that word are first
    looked up, so that most runs never need them."""

    def __init__(self, text: str, tokens: list[Tok], runs: list[tuple[int, int]]) -> None:
        super().__init__()
        self._text = text
        self._tokens = tokens
        self._pending: dict[str, list[tuple[int, int]]] = {}
        for a, b in runs:
            self._pending.setdefault(self._last_key_word(a, b), []).append((a, b))

    def _last_key_word(self, a: int, b: int) -> str:
        """``name_key`` of the run's words, last word only: the key of a name is its words' keys one after the
        other, as normalising folds character by character; the token's normal form is its normalised text."""
        words = ("علي" if self._tokens[b].norm == ALI else self._tokens[b].norm).split()
        if words:
            return strip_article(words[-1])
        key = name_key(clean_name(self._text, self._tokens, a, b))  # a word that normalises to spaces alone
        return key[-1] if key else ""

    def fullest(self, key: tuple[str, ...], own: str, before: int | None = None) -> str:
        for a, b in self._pending.pop(key[-1], ()):
            self.add(clean_name(self._text, self._tokens, a, b), b)
        return super().fullest(key, own, before)


def _may_hold(role: str | None, head: str) -> bool:
    """Whether a person given ``role`` (None: none given) may be the one a role head names (أحد كبار مسؤولي الشركة
    … المسؤول), not one given another role (وزير الخارجية … الرئيس)."""
    return role is None or any(strip_article(normalize(w)).startswith(head) for w in role.split())


def _without_titles(name: str) -> str:
    words = name.split()
    while len(words) > 1 and normalize(words[0]) in TITLES:
        words.pop(0)
    return " ".join(words)


def _copy(speaker: Speaker) -> Speaker:
    return Speaker(speaker.start, speaker.end, speaker.text, speaker.canonical)


@lru_cache(maxsize=8192)
def name_key(name: str) -> tuple[str, ...]:
    """Article-less normalised words of a name, for comparing الصمودي with صمودي."""
    return tuple(strip_article(w) for w in normalize(name.replace("#", " ").replace("_", " ")).split())


def clean_name(text: str, tokens: list[Tok], a: int, b: int) -> str:
    """The words of tokens a..b as written, without hashtag marks and underscores."""
    return " ".join(text[t.start : t.end] for t in tokens[a : b + 1] if t.kind == WORD)


def _name_like(tok: Tok) -> bool:
    return tok.kind == WORD and _name_like_word(tok.norm)


@lru_cache(maxsize=65536)
def _name_like_word(norm: str) -> bool:
    """A word that may be part of a personal name: not a function word, title, role, adjunct or number."""
    return (
        not is_definite(norm)
        and norm not in FUNCTION_WORDS
        and norm not in TITLES
        and norm not in ADJUNCT
        and norm not in SPEECH_NOUNS  # واختتم الرئيس كلمته بالقول: his speech, no name
        and norm not in NOUN_CUE_WORDS  # بحسب نيابة باريس
        and norm not in ORG_HEADS  # في مجلس الأمن نيكي هيلي: a body, then the name
        and not is_role_head(norm)
        and not norm.isdigit()
        and len(norm) > 1
        and not norm.endswith(("هم", "هما", "هن", "كم"))  # a plural pronoun suffix (ترشيحهم) ends no name
        and not (norm.endswith("ها") and len(norm) > 4)  # nor "her" after three letters (رئيسها، أطفالها)
    )


def _joined_role(norm: str) -> bool:
    """And-a-role, maybe with a possessive ه or ها: a second speaker joined to the first (الوزير ومساعده), which
    opens no name (but may join two: الرئيس أوهورو كينياتا ونائبه وليام روتو)."""
    if norm[:1] != "و":
        return False
    rest = norm[1:]
    return any(is_role_head(stem) for stem in (rest, rest.removesuffix("ه"), rest.removesuffix("ها")) if stem)


class NameRuns:
    """Name-like runs (two to five words) that a title, role or punctuation introduces, found once per document.

    ``before(n)`` gives what a scan of the first ``n`` tokens gives: the runs opened before token ``n``, cut at it.
    """

    def __init__(self, tokens: list[Tok], is_cue: Callable[[str], object], norms: list[str] | None = None) -> None:
        # per token (see `_word_code`): its name kind, whether a run may open at it as a word and whether it is a
        # title or a role head. Tokens other than words are one character long: no name word, no title; a run may
        # open at any of them. ``norms``: the tokens' normal forms, when already listed.
        if norms is None:
            norms = [tok.norm for tok in tokens]
        codes = list(map(_word_codes(is_cue).__getitem__, norms))
        self.kinds = kinds = list(map(itemgetter(0), codes))
        # (opening token, first token before the name, end of the uncut run) of every run long enough: one goes on
        # at least to the second token after its opener, and takes the first unless the opener is a role head;
        # so only the tokens two before a name word are tried
        self.runs: list[tuple[int, int, int]] = []
        for i in compress(count(), kinds[2:]):
            _, opens, titled = codes[i]
            if (opens or tokens[i].kind != WORD) and (kinds[i + 1] or titled):
                found = self._run(tokens, i, len(tokens))
                if found[1] - found[0] >= 3:
                    self.runs.append((i, *found))
        self.openers = [run[0] for run in self.runs]

    def _run(self, tokens: list[Tok], i: int, before: int) -> tuple[int, int]:
        """(token before the name, end) of the run opened at token ``i``."""
        tok, kinds = tokens[i], self.kinds
        if tok.kind == WORD and kinds[i] != 3 and is_role_head(tok.norm):
            i += 1  # an indefinite role head takes the next word in construct (رئيس وزراء كندا …)
        j = i + 1
        # after a word with the article only links and more such words go on (نور الدين البحيري)
        while (
            j < before
            and j - i <= MAX_NAME_WORDS
            and (
                kinds[j] == 2
                or (j > i + 1 and kinds[j] == 3)
                or (kinds[j] == 1 and not (j > i + 1 and kinds[j - 1] == 3))
            )
        ):
            j += 1
        return i, j

    def latest_before(self, before: int) -> Iterator[tuple[int, int]]:
        """The token ranges of the runs a scan of the first ``before`` tokens finds, last first."""
        for k in range(bisect_left(self.openers, before) - 1, -1, -1):
            _, i, end = self.runs[k]
            end = min(end, before)  # a run is cut where the scan stops
            if end - i >= 3:
                yield i + 1, end - 1

    def before(self, before: int) -> list[tuple[int, int]]:
        """The token ranges of the runs a scan of the first ``before`` tokens finds, in order."""
        return list(self.latest_before(before))[::-1]


def _word_kind(norm: str) -> tuple[int, bool]:
    """(0 no name word, 1 a name word, 2 a link (بن، عبد), 3 a word with the article — for a word that is no cue;
    whether a run may open at the word: a title or a role head)."""
    if norm in NAME_LINKS:
        kind = 2
    elif is_definite(norm):
        kind = 3
    else:
        kind = 1 if _name_like_word(norm) else 0
    return kind, norm in TITLES or is_role_head(norm)


def _word_code(is_cue: Callable[[str], object], norm: str) -> tuple[int, bool, bool]:
    """(name kind, whether a run may open at it as a word, whether it is a title or a role head) of a normalised
    token: a cue is no name word; a run may open at a word with the article, a title or a role head."""
    name_kind, titled = _word_kind(norm)
    if name_kind and is_cue(norm):
        name_kind = 0
    return name_kind, name_kind == 3 or titled, titled


@lru_cache(maxsize=4)
def _word_codes(is_cue: Callable[[str], object]) -> Memo[str, tuple[int, bool, bool]]:
    """The `_word_code` memo for one cue test (one lexicon)."""
    return Memo(partial(_word_code, is_cue), 200_000)


def scan_names(tokens: list[Tok], before: int, is_cue: Callable[[str], object]) -> list[tuple[int, int]]:
    """Token ranges of name-like runs (two to five words) that a title, role or punctuation introduces."""
    return NameRuns(tokens[:before], is_cue).before(before)


def _is_adjunct(tokens: list[Tok], j: int, end: int) -> bool:
    norm = tokens[j].norm
    if norm in ADJUNCT or norm.isdigit():
        return True
    if norm in RECENTLY:
        return j == 0 or tokens[j - 1].norm not in ISSUED  # وكانت تركيا قالت سابقا، التقرير الصادر مؤخرا عن …
    if norm in DAY_PARTS and j + 1 < end:
        return tokens[j + 1].norm in TIME_WORDS or tokens[j + 1].norm.isdigit()  # أعلنت الوزارة عصر الاثنين
    if norm == "ذات" and j + 1 < end:
        return tokens[j + 1].norm in ONE_TIME  # اعترف ذات يوم: once, not who
    if norm in ("في", "من", "على", "خلال") and j + 1 < end:
        nxt = tokens[j + 1].norm
        if nxt in LATEST and j + 2 < end:
            nxt = tokens[j + 2].norm  # في أحدث بيان
        return is_speech_noun(nxt) or nxt in ("خلال", "جانبه", "جانبها", "جهته", "جهتها", "هامش", "صفحته", "صفحتها")
    return False


def _told_site(tokens: list[Tok], segment: list[int], j: int) -> bool:
    """Whether token j is a dot inside a web site's name (العربية.نت) that a word with ل, the last of the segment so
    far, opens: whom the words were told, not who spoke."""
    tok = tokens[j]
    if tok.norm != "." or not segment or segment[-1] != j - 1 or j + 1 >= len(tokens):
        return False
    before, after = tokens[j - 1], tokens[j + 1]
    return before.end == tok.start and tok.end == after.start and before.norm.startswith("ل") and len(segment) > 1


def _segments(tokens: list[Tok], first: int, end: int) -> list[list[int]]:
    """Word token indices of the phrase, split at commas, quotations and adjuncts (which are dropped). A short
    quotation opening the phrase or after a noun a name follows is a name and stays (وأوضحت "نيويورك تايمز"
    أن، وكالة "وام")."""
    segments: list[list[int]] = [[]]
    quoted: list[int] | None = None  # the words of the quotation being read
    told = False  # the quotation follows ل: whom the words were told (أكد لـ"الاقتصادية" مصدر …)
    cut = False
    for j in range(first, end):
        tok = tokens[j]
        if tok.kind == QUOTE:
            if quoted is not None and not cut and not told and _quoted_name(tokens, segments, quoted):
                segments[-1].extend(quoted)
            if told and quoted is not None and segments[-1] and not _has_role(tokens, segments[-1]):
                segments.append([])  # مصدر مقرب منه تحدث لـ«الشرق الأوسط» …: the speaker ends there
            told = told and quoted is None
            quoted = [] if quoted is None else None
            continue
        if tok.norm == "ل" and j + 1 < end and tokens[j + 1].kind == QUOTE:
            told = True  # or, after a role, the body it serves (الناطق الإعلامي لـ"صحة الطائف" … عيضة الهذلي)
            continue
        if tok.norm == "ب" and quoted is None:
            break  # اتهم واشنطن بـ"استفزاز …": what the verb's object is charged with, no speaker's word
        if quoted is not None:
            if tok.kind == WORD:
                quoted.append(j)
            continue
        if tok.kind == PUNCT and tok.norm in "،,":
            if cut:
                break  # what follows an adjunct belongs to it (في البيان الذي نشره على صفحته، فيسبوك، …)
            segments.append([])
            continue
        if _told_site(tokens, segments[-1], j):
            segments[-1].pop()  # قال الوزير للعربية.نت: the site he told, and the rest of its name
            cut = True
            continue
        if tok.kind != WORD:
            continue
        if tok.norm in PRONOUN_OBJECTS and len(segments) == 1 and not segments[0]:
            continue  # نقلت عنه وكالة الأنباء: whom it relayed, before who did
        if tok.norm in NOT_DOING and segments[-1] and tokens[segments[-1][-1]].norm in ASKING and not cut:
            # مصدر أمني طلب عدم ذكر اسمه: the source ends before asking not to be named; a clause of its own
            # (مسؤول، تحدث شريطة عدم نشر اسمه، …) goes with it
            segments[-1].pop()
            if len(segments) > 1:
                segments.pop()
            cut = True
            continue
        if (
            cut
            or _is_adjunct(tokens, j, end)
            or tok.norm in RELATIVES
            or tok.norm in SELF_REFERENCE
            or (tok.norm == "لدي" and not segments[-1])
        ):
            cut = True
            continue
        segments[-1].append(j)
    return [s for s in segments if s and not all(tokens[j].norm in FUNCTION_WORDS for j in s)]


def _told_after_source(entities: EntityIndex, tokens: list[Tok], seg: list[int]) -> int:
    """Where whom an unnamed source spoke to begins: right after the source and its adjectives, a word with ل and
    the article (مصدر أمني للجوهرة) or ل on a name the tagger found (مصادر مطلعة لسكاي نيوز عربية; not a
    nisba: مصادر ليبية), unless a word that governs it comes first (مصدر تابع للوزارة)."""
    for p in range(1, len(seg)):
        tok = tokens[seg[p]]
        if tok.norm.startswith("لل") or (tok.norm[:1] == "ل" and _name_after_li(entities, tok)):
            return p
        if is_definite(tok.norm) or strip_article(tok.norm) in GOVERNING_TO:
            break
    return len(seg)


def _name_after_li(entities: EntityIndex, tok: Tok) -> bool:
    """Whether a name the tagger found begins right after the token's ل (لسكاي نيوز; not ليستر, a name of its own)."""
    return any(e.start == tok.start + 1 and e.label != "LOC" for e in entities.near(tok.start, tok.end))


def _has_role(tokens: list[Tok], seg: list[int]) -> bool:
    return any(is_role_head(tokens[k].norm) for k in seg)


def _ends_a_body(tokens: list[Tok], seg: list[int], p: int) -> bool:
    """Whether word p of a body's phrase ends it (see ``ENDS_A_BODY``), unless one of the two words before governs
    it (التقرير الصادر مؤخرا عن …)."""
    return tokens[seg[p]].norm in ENDS_A_BODY and not any(
        strip_article(tokens[seg[q]].norm) in GOVERNING for q in range(max(0, p - 2), p)
    )


def _quoted_name(tokens: list[Tok], segments: list[list[int]], quoted: list[int]) -> bool:
    """Whether a quotation's words, read after ``segments``, name the speaker: a few words, opening the phrase
    or right after a noun a name follows."""
    if not quoted or len(quoted) > MAX_NAME_WORDS:
        return False
    before = segments[-1]
    return segments == [[]] or (bool(before) and tokens[before[-1]].norm in QUOTED_NAME_HEADS)


def _split_name_role(tokens: list[Tok], seg: list[int]) -> tuple[list[int], list[int], list[int]]:
    """(titles, name, role) token indices of one segment."""
    k = 0
    while k < len(seg) and (tokens[seg[k]].norm in TITLES or _epithet(tokens, seg, k)):
        k += 1
    titles, rest = seg[:k], seg[k:]
    if not rest:
        return titles, [], []
    if is_role_head(tokens[rest[0]].norm):
        # role first: it runs over definite words and construct chains; the name follows
        # a head with the article takes no construct complement (المدرب يوسف الحربي), one without may
        # (عضو فريق المعارضة)
        r, chain = 1, not is_definite(tokens[rest[0]].norm)
        while r < len(rest):
            norm = tokens[rest[r]].norm
            nxt = tokens[rest[r + 1]].norm if r + 1 < len(rest) else ""
            if norm in TITLES:
                break  # … في الجيش الإيراني العميد أحمد رضا بوردستان
            if tokens[rest[r] - 1].kind == QUOTE:
                # a quoted name in the role names a body (مسؤول في شركة "لوك أويل"), not the speaker
                close = next((j for j in range(rest[r], len(tokens)) if tokens[j].kind == QUOTE), len(tokens))
                while r < len(rest) and rest[r] < close:
                    r += 1
                chain = False
                continue
            linking = norm in FUNCTION_WORDS or norm.startswith("باسم")
            # a preposition written on its noun (بمجلس الشيوخ، لطلبة الجامعة) stays in the role
            prepositional = norm[:1] in "بل" and len(norm) > 3 and bool(nxt) and is_definite(nxt)
            in_role = is_definite(norm) or linking or prepositional
            # an indefinite word right after the head of a construct (عضو فريق المعارضة) stays in the role;
            # after a word with the article an indefinite one starts the name (… لدى الأمم المتحدة بشار الجعفري)
            construct = chain and bool(nxt) and (is_definite(nxt) or nxt in FUNCTION_WORDS) and nxt not in NAME_LINKS
            # an indefinite head is in construct with the word after it (رئيس شرطة تورونتو، وزير خارجيتها)
            construct = construct or (r == 1 and not is_definite(tokens[rest[0]].norm) and norm not in NAME_LINKS)
            # a noun before a quoted name is in construct with it (شركة "لوك أويل")
            construct = construct or (rest[r] + 1 < len(tokens) and tokens[rest[r] + 1].kind == QUOTE)
            if not (in_role or construct):
                break
            chain = linking or prepositional or (construct and not in_role)
            r += 1
        name = rest[r:]
        k = 0
        while k < len(name) and tokens[name[k]].norm in TITLES:
            k += 1
        n = k
        while n < len(name) and not is_role_head(tokens[name[n]].norm) and tokens[name[n]].norm not in FUNCTION_WORDS:
            n += 1  # the name ends where another role begins (السفير بدر عبد العاطي المتحدث الرسمي …)
        return titles + name[:k], name[k:n], rest[:r]
    n = 0
    while n < len(rest) and not is_role_head(tokens[rest[n]].norm) and tokens[rest[n]].norm not in FUNCTION_WORDS:
        n += 1
    role = rest[n:] if n < len(rest) and is_role_head(tokens[rest[n]].norm) else []
    return titles, rest[:n], role


def _epithet(tokens: list[Tok], seg: list[int], k: int) -> bool:
    """A definite word before a name: a nisba (التونسي جوهر المناري) or a calling (الناشطة سلمى علي)."""
    norm = tokens[seg[k]].norm
    if not is_definite(norm) or is_role_head(norm) or strip_article(norm) in SOURCE_HEADS:
        return False
    if not norm.endswith(("ي", "ه")):  # a nisba (التونسي) or a feminine calling (الناشطة)
        return False
    if k + 1 < len(seg) and _name_like(tokens[seg[k + 1]]):
        return True
    for j in seg[k + 1 :]:
        if tokens[j].norm in FUNCTION_WORDS:
            return False
        if _name_like(tokens[j]):
            return True
    return False


def _head(tokens: list[Tok], seg: list[int]) -> tuple[str, str]:
    norm = tokens[seg[0]].norm
    return norm, strip_article(norm)


def _kind(tokens: list[Tok], seg: list[int]) -> str:
    raw, bare = _head(tokens, seg)
    # after وفقا the preposition ل is written on the speaker (لوزارة الصحة)
    forms = {raw, bare, raw[1:] if raw.startswith("ل") and not raw.startswith("لل") else raw}
    if forms & UNNAMED_HEADS:
        return "unnamed"
    if forms & ORG_HEADS:
        return "organisation"
    return "description" if is_definite(raw) else "person"


def read_phrase(doc: Document, tokens: list[Tok], first: int, end: int, entities: EntityIndex) -> Phrase | None:
    """Read the speaker phrase in tokens [first, end) (``entities``: the document's); None when it holds no
    speaker words."""
    if _each_of(tokens, first, end, entities):
        first += 2  # ودعا كل من الأمين العام ومبعوثه: "each of", then who
    segments = _segments(tokens, first, end)
    if not segments:
        return None
    seg = segments[0]
    if tokens[seg[0]].norm in PREPOSITIONS:
        return None  # a verb's complement (نبه إلى ما …), not its subject
    if tokens[first].kind == QUOTE and seg[0] > first:
        # a quoted name opens the phrase: a medium, a company, a body, or a person's name in quotation marks
        close = next((k for k in range(seg[0], end) if tokens[k].kind == QUOTE), end)
        person = _entity_name(entities, tokens, seg)
        if person is None:
            named = _tagged(entities, tokens, seg[0], close - 1, ("ORG", "LOC", "MISC"))
            return Phrase(seg[0], seg[-1], None, None, "organisation" if named else "description")
        if person[0] > close:
            seg = [j for j in seg if j > close]  # أبلغ "الاقتصادية" الدكتور …: whom he told, then who
    if len(seg) == 1 and tokens[seg[0]].norm in PRONOUN_SPEAKERS:
        return Phrase(seg[0], seg[0], pronoun=True)
    if len(seg) > 1 and is_kin(doc, tokens[seg[0]]):
        # زوجة أبو العبد، نجل الرئيس الراحل محمد مرسي: a relative of the one named spoke
        seg = seg[: next((p for p in range(1, len(seg)) if tokens[seg[p]].norm in FUNCTION_WORDS), len(seg))]
        return Phrase(seg[0], seg[-1], None, None, "description")
    role_text = None
    titles, name, role = _split_name_role(tokens, seg)
    head_kind = _kind(tokens, [i for i in seg if i not in titles] or seg)
    # a person entity inside an organisation's name (حزب المعارضة فيمرو- ديبمان) is a tagging slip
    entity_name = None if head_kind == "organisation" else _entity_name(entities, tokens, seg)
    if entity_name == seg and _chained(entities, tokens, seg):
        # وقال الشاهد: a word the tagger found a person's, joined to a longer name before (يوسف الشاهد), is that
        # person even when it reads as a noun (شاهد، مصدر)
        return Phrase(seg[0], seg[-1], (seg[0], seg[-1]), None, "person")
    if (
        entity_name is None
        and role
        and role[0] == seg[len(titles)]
        and (len(segments) > 1 and _is_name_segment(tokens, segments[1]))
    ):
        # ROLE، NAME، …
        name = _untitled(tokens, segments[1])
        return Phrase(segments[1][0], name[-1], (name[0], name[-1]), _text(doc, tokens, role[0], seg[-1]), "person")
    # titles, maybe with their adjectives (السيناتور الجمهوري), before a name set off by commas
    titled = bool(titles) and all(is_definite(tokens[j].norm) for j in seg[len(titles) :])
    if titled and len(segments) > 1 and _is_name_segment(tokens, segments[1]):
        name = _untitled(tokens, segments[1])  # العقيد، تركي المالكي، …
        return Phrase(seg[0], name[-1], (name[0], name[-1]), None, "person")
    role_first = bool(role) and role[0] == seg[len(titles)]
    # after an indefinite head one word is an adjective (باحث روسي، مصدر عراقي), not a name
    adjective = role_first and len(name) == 1 and not is_definite(tokens[role[0]].norm)
    if adjective:
        name = []
    if role_first and entity_name is None and name and not adjective and _name_like_run(tokens, name):
        # ROLE NAME (المتحدث الرسمي للمركز رأفت الصباغ)
        return Phrase(name[0], name[-1], (name[0], name[-1]), _text(doc, tokens, role[0], role[-1]), "person")
    kind = _kind(tokens, [i for i in seg if i not in titles] or seg)
    if kind in ("organisation", "unnamed") and entity_name is None:
        # ونقل موقع النادي عنه: whom a source relays ends it; so does a verb's complement (وأعرب مجلس الوزراء عن …)
        seg = seg[: next((p for p in range(1, len(seg)) if _ends_a_body(tokens, seg, p)), len(seg))]
        if kind == "unnamed":
            seg = seg[: _told_after_source(entities, tokens, seg)]
        return Phrase(seg[0], seg[-1], None, None, kind)
    if entity_name is not None:
        name = _untitled(tokens, entity_name)  # a title the tagger took into the name (ركن تركي المالكي)
    if role:
        role_text = _text(doc, tokens, role[0], role[-1])
    elif len(segments) > 1 and is_role_head(tokens[segments[1][0]].norm):
        role_text = _text(doc, tokens, segments[1][0], segments[1][-1])
    # a country or a body the tagger found speaks, no person (نفت إيران، قالت رويترز)
    body = kind != "unnamed" and entity_name is None and _tagged(entities, tokens, seg[0], seg[0], ("ORG", "LOC"))
    if name and _name_like_run(tokens, name):
        first = titles[0] if titles and titles[-1] < name[0] else name[0]
        kind = "organisation" if body else "person"
        return Phrase(first, name[-1], (name[0], name[-1]), None if body else role_text, kind)
    if kind in ("person", "description"):
        # a description ends where a preposition starts (المناري في الجزء الثالث …), and so does its role
        seg = seg[: next((p for p in range(1, len(seg)) if tokens[seg[p]].norm in FUNCTION_WORDS), len(seg))]
        if role and role[0] == seg[0]:
            role_text = _text(doc, tokens, role[0], min(role[-1], seg[-1]))
    kind = "organisation" if body else kind
    return Phrase(seg[0], seg[-1], None, role_text if kind == "person" else None, kind)


def _each_of(tokens: list[Tok], first: int, end: int, entities: EntityIndex) -> bool:
    """Whether tokens [first, end) open with كل من, "each of", before a definite word or a name (كل من الرئيس
    الفرنسي والمستشارة، كل من ماكرون وميركل); not before a verb (كل من حضر الاجتماع: whoever attended)."""
    if first + 2 >= end or tokens[first].norm != "كل" or tokens[first + 1].norm != "من":
        return False
    after = tokens[first + 2]
    return is_definite(after.norm) or any(e.start == after.start for e in entities.near(after.start, after.end))


def is_kin(doc: Document, tok: Tok) -> bool:
    """A word naming a relative by whom they belong to (زوجة، نجل); a feminine one written with ة, as ه would
    make it a masculine one's pronoun (ابنه محمد: his son Muhammad, who is named)."""
    return tok.norm in KINSHIP and (not tok.norm.endswith("ه") or doc.text[tok.end - 1] == "ة")


def _entity_name(entities: EntityIndex, tokens: list[Tok], seg: list[int]) -> list[int] | None:
    """Tokens of the segment inside a PER entity, when the NER stage found one."""
    for entity in entities.near(tokens[seg[0]].start, tokens[seg[-1]].start + 1):
        if entity.label != "PER":
            continue
        inside = [i for i in seg if entity.start <= tokens[i].start < entity.end]
        if inside and not _names_a_body(tokens, inside[0]):
            return inside
    return None


def _chained(entities: EntityIndex, tokens: list[Tok], seg: list[int]) -> bool:
    """Whether a person entity spans the segment exactly with a canonical name longer than its words."""
    start, end = tokens[seg[0]].start, tokens[seg[-1]].end
    return any(
        e.label == "PER" and e.start == start and e.end == end and len(e.canonical.split()) > len(e.text.split())
        for e in entities.near(start, end)
    )


def _names_a_body(tokens: list[Tok], i: int) -> bool:
    """Whether token i opens a quoted name after a noun such a name follows (شركة "لوك أويل"، وكالة "ناسا"):
    a tagger's person there is a slip."""
    return i > 1 and tokens[i - 1].kind == QUOTE and tokens[i - 2].norm in QUOTED_NAME_HEADS


def _tagged(entities: EntityIndex, tokens: list[Tok], a: int, b: int, labels: tuple[str, ...]) -> bool:
    """Whether the NER stage found an entity with one of ``labels`` over tokens a..b."""
    start, end = tokens[a].start, tokens[b].end
    return any(e.label in labels and e.start < end and start < e.end for e in entities.near(start, end))


def _name_like_run(tokens: list[Tok], name: list[int]) -> bool:
    return _name_like(tokens[name[0]]) and not _joined_role(tokens[name[0]].norm) and all(
        _name_like(tokens[i]) or tokens[i].norm in NAME_LINKS or is_definite(tokens[i].norm) or _initial(tokens[i])
        for i in name[1:]
    )


def _initial(tok: Tok) -> bool:
    """A letter and its period inside a name (جون ف. كينيدي); alone it may be a title (د. أحمد)."""
    return len(tok.norm) == 2 and tok.norm[1] == "."


def _untitled(tokens: list[Tok], seg: list[int]) -> list[int]:
    k = 0
    while k < len(seg) - 1 and tokens[seg[k]].norm in TITLES:
        k += 1
    return seg[k:]


def _is_name_segment(tokens: list[Tok], seg: list[int]) -> bool:
    """A short segment that is a name, perhaps after titles (الدكتور عبد المقصود باشا)."""
    k = 0
    while k < len(seg) - 1 and tokens[seg[k]].norm in TITLES:
        k += 1
    return len(seg) - k <= 5 and _name_like_run(tokens, seg[k:])


def _text(doc: Document, tokens: list[Tok], a: int, b: int) -> str:
    return doc.text[tokens[a].start : tokens[b].end]
