"""The events stage: triggers → detected events → actors, place and date for each."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field, replace

from rasd.doc import Actor, Document, Entity, Event, Location, Span, Speaker
from rasd.events.actors import TRANSNATIONAL, ActorDictionary, default_actors
from rasd.events.carrying import carriers
from rasd.events.cues import CLAUSE_MARKS, cues_before, sentence_cues
from rasd.events.dates import find_date, published_date
from rasd.events.detect import Detector, asserted, default_detectors, word_clusters
from rasd.events.forms import (
    actor_keys,
    bare,
    before_noun,
    fold,
    past_agreement,
    present_tense,
    proclitic_length,
    raw_skip,
    read_as,
    strip_article,
    variants,
)
from rasd.events.geo import (
    CITY_REFERENCES,
    Gazetteer,
    PlaceMatch,
    default_gazetteer,
    headquarters,
    place_key,
)
from rasd.events.kingdoms import KingdomReferences
from rasd.events.mishaps import by_mishap
from rasd.events.roles import (
    Mention,
    accused_before_charge,
    assign_roles,
    crowd,
    definite,
    faced,
    find_mentions,
    governed,
    group_head,
    group_references,
    made_of,
    names_states,
    one_side,
    patient_phrase,
    spelled_as_name,
    stated_stance,
    verb_lemma,
    verbal_noun,
    with_preposition,
)
from rasd.events.rolewords import (
    ABOUT,
    AUXILIARIES,
    IN,
    NUMERALS,
    PEOPLE_PLURALS,
    PLACE_NOUNS,
    PREPOSITIONS,
    RELATIVE_PRONOUNS,
)
from rasd.events.states import brought_about, state_noun
from rasd.events.triggers import TriggerHit, TriggerLexicon, default_lexicon
from rasd.events.view import SentenceView, sentence_views
from rasd.ner.features import split_proclitics
from rasd.quotes.words import is_role_head
from rasd.text.normalize import normalize

BLOCKING_CUES = frozenset({"neg", "modal", "cond", "future"})
TO = frozenset(fold(w) for w in ("إلى", "الى"))
REQUEST_REACH = 8  # words between a request and what it asks for
PASSIVE_REACH = 3  # words from a verbal noun after تم to whom it befell (تم اعتقال ثلاثة صحفيين)
# Triggers that code events: the audited ones and dictionary verbs followed by their pattern's object. The other
# dictionary forms carry codes that are wrong more often than right in news (نادي "club" coded THREATEN); they
# stay in the lexicon as detector features.
CODING_ORIGINS = frozenset({"audit", "pattern"})
PROVINCE = fold("مقاطعة")  # a boycott, and a province
FIRING = fold("اطلاق")
OCCUPATION = fold("احتلال")
OCCUPY = fold("احتل")
MARCHES = frozenset(fold(w) for w in ("مسيرة", "مسيرات"))
AIRCRAFT = frozenset(fold(w) for w in ("طائرة", "طائرات", "طائرتين", "طائرتان"))  # before مسيرة: drones
# what احتل holds when it occupies no land: a rank, a post, the headlines, a list's top
_RANK_WORDS = "مركز مرتبة مراتب صدارة مقدمة عناوين قائمة منصب مقعد موقعا مكانة"
RANKS = frozenset(fold(w) for w in _RANK_WORDS.split())
RANK_REACH = 7
CALL = fold("دعا")
_COMPETITION_WORDS = "بطولة مونديال كأس مسابقة منافسات دوري تصفيات بطولات"
COMPETITIONS = frozenset(fold(w) for w in _COMPETITION_WORDS.split())
# words of a sports report, where a meeting (لقاء، التقى) is a game: competitions and games, where teams meet
# (التقى المنتخبان في نهائي البطولة), and teams and players, where a meeting noun is the game itself (اللقاء بين
# منتخب بلادهم ونظيره), while a man may meet players (التقى الرئيس لاعبي المنتخب)
_GAME_WORDS = "مباراة مباريات شوط ذهاب إياب نهائي ملعب ودية وديا"
_TEAM_WORDS = "منتخب منتخبين منتخبات فريق فريقين نادي مدرب لاعب لاعبين"
GAMES = COMPETITIONS | frozenset(fold(w) for w in _GAME_WORDS.split())
SPORTS = GAMES | frozenset(fold(w) for w in _TEAM_WORDS.split())
# teams, which meet on the pitch when they are the subject right after التقى (يلتقي المنتخب الألماني نظيره، يلتقي
# منتخبا بولندا وكولومبيا)
TEAMS = frozenset(fold(w) for w in ("منتخب", "منتخبا", "منتخبان", "فريق", "فريقا", "فريقان", "نادي"))
MEETING_NOUN, MEETING_VERB = fold("لقاء"), fold("التقى")
RECEIVING = fold("استقبل")
RECEIVED_NOT_MET = ("CVL", "REF")  # roles of people received in numbers (civilians, refugees): no meeting
REFEREEING = frozenset(fold(w) for w in ("طرد", "انذار"))  # a player sent off, booked
# a counterpart (نظيره الروسي، لنظيرته الألمانية) holds the office of whom he is named against: news uses the word
# for ministers and heads of state, and in sports reports for teams
COUNTERPARTS = frozenset(
    fold(w) for w in ("نظيره", "نظيرها", "نظيرته", "نظيرتها", "نظيريه", "نظرائه", "نظراءه", "نظيرهم", "نظرائهم")
)
GOVERNMENT = "GOV"
VISIT = "042"  # CAMEO: make a visit
# a meeting noun right before these is an interview (لقاء تلفزيوني، في لقاء ببرنامج، لقاء مع صحيفة) or a price
# (لقاء مبلغ، لقاء 160 مليون يورو: "in exchange for"), no meeting of two parties
_INTERVIEW_WORDS = "تلفزيوني تلفزيونية متلفز صحفي صحافي إذاعي برنامج قناة شبكة صحيفة جريدة مجلة إذاعة تلفزيون موقع"
_PRICE_WORDS = "مبلغ مبالغ ثمن أجر مليون مليار ألف آلاف دولار يورو"
NOT_MEETING = frozenset(fold(w) for w in f"{_INTERVIEW_WORDS} {_PRICE_WORDS}".split())
NOT_MEETING_REACH = 2  # words after لقاء, مع included (لقاء مع شبكة)
FAREWELL_REACH = 3
CEASING = frozenset(fold(w) for w in ("وقف", "وقفا"))
CEASE_REACH = 3
NAME_LABELS = frozenset({"ORG", "MISC"})  # entities whose names may hold a trigger word (منظمة التعاون الإسلامي)
# a person's or a place's name is no verb, though it may read as one (تشاد Chad: تشيد "praises"; the director كوري
# إيدا: أيد "supported"; the singer فضل شاكر); a verb with a conjunction (وشجبت ريغيف) is the tagger's overreach
PROPER_LABELS = frozenset({"PER", "LOC"})
NAMED_LABELS = frozenset({"PER", "ORG"})  # entities that name a speaker
SOURCE_KINDS = frozenset({"organisation", "unnamed"})  # speakers the attribution reads by their head noun
NOT_OBJECTS = PREPOSITIONS | ABOUT  # what a dictionary pattern may name as its verb's object, wrongly
CROWD_TYPES = frozenset({"PROTEST"})  # a protest is by the protesters the sentence names (المتظاهرون)
# Violence, protest and coercion involve the people of where they happen: the police, the protesters, the civilians
# a report names without a country are that place's; talks and statements often bring outsiders together.
LOCAL_TYPES = frozenset({"ASSAULT", "PROTEST", "COERCE"})
PLACED_TYPES = LOCAL_TYPES | {"CONSULT"}  # where their parties are, they happen (زار الرئيس فرنسا)
VIOLENT_TYPES = frozenset({"ASSAULT"})  # a city attacked is no government attacked
# a capital named after these stands for its government still (فرضت واشنطن عقوبات على موسكو)
AGAINST_SEATS = frozenset(fold(w) for w in ("على", "ضد"))
VISITING = frozenset({fold("زار")})  # a capital right after a visit is where the visitor went
VISIT = "042"  # CAMEO's "make a visit"
TO = fold("إلى")
VISIT_REACH = 6  # words from a visit to the إلى of where it goes (زيارة ولي العهد الأمير محمد بن سلمان إلى)
ENVOYS = frozenset(fold(w) for w in ("سفير", "سفيرة", "سفراء", "مبعوث", "مندوب", "ممثل"))  # who serve abroad
# feminine colour adjectives that are also towns' names
COLOURS = frozenset(place_key(w) for w in ("البيضاء", "الزرقاء", "الحمراء", "الخضراء", "السوداء", "الصفراء"))
# words that open a clause whose subject a capital may be (ولكن الرياض رفضت، إن موسكو ستطرد)
SEAT_OPENERS = frozenset(fold(w) for w in ("و", "لكن", "كما", "فيما", "بينما", "حيث", "إذ", "ثم", "أن", "إن", "بأن"))


@dataclass(slots=True)
class EventCoder:
    """Everything event coding needs, loaded once."""

    lexicon: TriggerLexicon = field(default_factory=default_lexicon)
    detectors: dict[str, Detector] = field(default_factory=default_detectors)
    actors: ActorDictionary = field(default_factory=default_actors)
    gazetteer: Gazetteer = field(default_factory=default_gazetteer)
    kingdoms: KingdomReferences = field(init=False)

    def __post_init__(self) -> None:
        self.kingdoms = KingdomReferences(self.gazetteer, self.actors)
        if any(d.context for d in self.detectors.values()):
            word_clusters()  # loaded with the other resources, not on the first sentence a detector reads

    def detected_types(self, view: SentenceView) -> set[str]:
        """Event types whose triggers in this sentence report an event."""
        found: set[str] = set()
        question = "question" in sentence_cues(view.words)
        for hit in view.hits:
            etype = hit.entry.type
            if etype in found or not coding(view, hit):
                continue
            if etype in self.detectors:
                detector = self.detectors[etype]
                if detector.detects(view.words, view.hits) or asserted(view.words, view.hits, etype):
                    found.add(etype)
            elif not question and not _blocked(view, hit):
                found.add(etype)
        return found

    def code(self, doc: Document) -> list[Event]:
        """The events of a document, in text order."""
        published = published_date(doc.meta.published)
        day = published.year * 10000 + published.month * 100 + published.day if published else None  # YYYYMMDD
        views = sentence_views(doc, self.lexicon)
        entities = sorted(doc.entities, key=lambda e: e.start)
        starts = [e.start for e in entities]
        # per entity, the group noun that heads it if it is an organisation (what الحركة may refer back to)
        groups = [(group_head(doc.text, e) if e.label == "ORG" else None, e) for e in entities]
        person_words = _person_words(entities)
        events: list[Event] = []
        for view in views:
            types = self.detected_types(view) if view.hits else set()
            if not types:
                continue
            lo, hi = _bounds(starts, view)
            triggers = {i for h in view.hits for i in range(h.first, h.last + 1)}
            places = [
                p
                for p in self.gazetteer.match(view.words)
                if p.first not in triggers and not _in_other_name(view, p, entities[lo:hi]) and not _colour(view, p)
            ]
            mentions = [
                m
                for m in find_mentions(view, self.actors, entities[lo:hi], day)
                if not _names_place(view, m, places, self.actors.countries)
            ]
            mentions = _with_seats(view, mentions, places, self.actors.alpha3)
            mentions = self.kingdoms.resolve(view, mentions, entities[:hi])
            mentions = _located(view.words, mentions, places, self.actors)
            mentions = _counterparts(view.words, mentions, self.actors.countries)
            mentions = group_references(view, mentions, groups[:hi], self.actors, day)
            plain = [m for m in mentions if not m.seat]
            previous: Mention | None = None
            coded: list[tuple[Event, str, bool]] = []
            names = [e for e in entities[lo:hi] if e.label in NAME_LABELS]
            proper = [e for e in entities[lo:hi] if e.label in PROPER_LABELS]
            # where events may be: no organisation's seat (وفق المرصد السوري ومقره لندن)
            offices = [p for p in places if headquarters(view.words, p)]
            scenes = [p for p in places if p not in offices and not _topic(view.words, p)]
            tagged_places = [e for e in entities[lo:hi] if e.label == "LOC" and not _names_office(view, e, offices)]
            dates: dict[bool, str | None] = {}  # the sentence's date, told of the past or ahead
            for hit in view.hits:
                if hit.entry.type not in types or not coding(view, hit):
                    continue
                if (
                    _inside_name(view, hit, names)
                    or spelled_as_name(view, hit)
                    or _in_proper_name(view, hit, proper)
                    or _names_person(view, hit, person_words, proper)
                    or _inside_actor(hit, mentions)
                    or _province(view.words, hit)
                    or _counted(view.words, hit)
                ):
                    continue  # a word of a name (منظمة التعاون الإسلامي، شرطة مكافحة الشغب), a province, a counted
                    # noun: no event
                if hit.entry.type not in self.detectors and _blocked(view, hit):
                    continue
                if _standing(view, hit):
                    continue  # الاتفاق النووي، العقوبات الأميركية: a state that holds, no event
                if _ceasefire(view, hit):
                    continue  # وقفا غير مسبوق لإطلاق النار: a ceasefire, no shooting
                if _ranked(view, hit):
                    continue  # احتلت الشركة المركز الثالث: a rank held, no occupation
                if _drone(view.words, hit):
                    continue  # بطائرة مسيرة: a drone, no march
                if by_mishap(view, hit, self.lexicon.forms):
                    continue  # قتل جندي في حادث سير: casualties no one inflicted
                if _farewell(view, hit):
                    continue  # ودعت كولومبيا المونديال: bade the tournament farewell, called on no one
                if _no_meeting(view, hit):
                    continue  # لقاء المنتخبين، لقاء تلفزيوني، لقاء مبلغ: a game, an interview, a price
                if _refereed(view, hit):
                    continue  # قرر الحكم طرد لاعبين، نال كانتي إنذارا: a player sent off or booked
                # a capital stands for its government as a verb's subject or object, and as the subject of the
                # verb that carries out or brings about a noun's act (فرضت واشنطن عقوبات، شنت واشنطن غارات)
                acted = (hit.entry.pos == "verb" and not verbal_noun(view.words, hit)) or _brought(view, hit)
                source, target = assign_roles(hit, view, mentions if acted else plain, previous)
                if _received_in_numbers(hit, target):
                    continue  # استقبلت تركيا 170 من اللاجئين، استقبلت المواقع جمهور العيد: no one met
                if target is not None and target.seat and hit.entry.type in VIOLENT_TYPES:
                    target = None  # قصفت الطائرات دمشق: the city, not its government
                if source is not None and source.seat and source.first > hit.last and fold(hit.entry.lemma) in VISITING:
                    source, target = None, source  # الذي زار فيينا: the capital visited
                elif source is not None and source.seat and source.first == hit.last + 1 and _masculine(hit):
                    source, target = None, source  # واتهم واشنطن: a city takes a feminine verb
                subject_after = source is not None and hit.entry.pos == "verb" and source.first > hit.last
                if hit.entry.type in CROWD_TYPES and not subject_after:  # تظاهر الطلاب: the verb's own subject stays
                    source = crowd(view, mentions, hit) or source
                    target = None if target is source or made_of(view.words, source, target) else target
                if hit.entry.type in CROWD_TYPES:
                    target = faced(view.words, hit, mentions, target)
                target = accused_before_charge(view, hit, source, target) or patient_phrase(hit, view, source)
                if hit.entry.pos == "verb" and source:
                    previous = source
                if (hit.entry.pos == "noun" or verbal_noun(view.words, hit)) and not self._noun_reports(
                    hit, view, source, target
                ):
                    continue
                speaker = self._naming(_first_person_speaker(doc, view, hit), entities)
                if speaker is not None:  # "ندين …" inside a quotation: the speaker acts, on whom the verb names
                    target = next((m for m in (target, source) if m is not None and m.first > hit.last), None)
                elif source is None:  # a verb that opens a statement (ودعا إلى …): whoever makes the statement
                    speaker = self._naming(_cue_speaker(doc, view.cells[hit.first][0]), entities)
                    if speaker is not None and target is not None and _repeats(view, target, speaker):
                        speaker = None  # ودعا الحكومة إلى: the one called on is not who calls
                if speaker is None and source is None and target is None and self._habitual(hit):
                    continue
                ahead = hit.entry.pos == "verb" and present_tense(hit.form, hit.entry.lemma)
                if ahead not in dates:
                    dates[ahead] = find_date(view.words, published, ahead=ahead)
                location = self._location(doc, views, view, hit, *_besides(view, hit, target, scenes, tagged_places))
                place = location if hit.entry.type in LOCAL_TYPES else None
                doer_actor = self._speaker_actor(speaker, day) if speaker else _actor(doc, view, source)
                event = Event(
                    type=hit.entry.type,
                    trigger=_trigger_span(doc, view, hit),
                    sentence=view.index,
                    cameo=hit.entry.cameo,
                    mode=hit.entry.mode,
                    source=self._placed(doer_actor, place),
                    target=self._placed(_actor(doc, view, target), place),
                    location=location,
                    date=dates[ahead],
                )
                doer = (
                    hit.entry.pos == "noun"
                    and source is not None
                    and (source.first > hit.last or next(carriers(view.words, hit), None) is not None)
                    and not one_side(view.words, source)  # معارك بين قوات الناتو ومسلحي طالبان: no one's act
                )
                coded.append((event, hit.entry.pos, doer))
            events.extend(_without_repeats(coded))
        events = self._titled_codes(views, entities, starts, day, events)
        return _one_country_per_actor(events, self.actors.countries)

    def _titled_codes(
        self, views: list[SentenceView], entities: list[Entity], starts: list[int], day: int | None, events: list[Event]
    ) -> list[Event]:
        """The events with each actor the dictionary does not know by name (ترامب، ماكرون) coded as the article's
        mention of the same person with a title is (الرئيس الأمريكي دونالد ترامب: USAGOV), wherever that stands; a
        mention of the name alone is coded by a word of the name the dictionary knows for someone else (نصر
        الحريري: الحريري), and lends nothing."""
        wanted = {a.canonical for e in events for a in (e.source, e.target) if a and not a.actor_code}
        people = {e.canonical or e.text for e in entities if e.label == "PER"} & wanted
        if not people:
            return events
        codes: dict[str, str] = {}
        for view in views:
            lo, hi = _bounds(starts, view)
            # where each wanted person's name starts: a mention that starts before it has words of its own
            starts_of = {e.canonical or e.text: e.start for e in entities[lo:hi] if e.label == "PER"}
            named = starts_of.keys() & people
            if named - codes.keys():
                for m in find_mentions(view, self.actors, entities[lo:hi], day):
                    if m.canonical in named and m.code and view.cells[m.first][0] < starts_of[m.canonical]:
                        codes.setdefault(m.canonical, m.code)
        if not codes:
            return events
        return [replace(e, source=_by_name(e.source, codes), target=_by_name(e.target, codes)) for e in events]

    def _habitual(self, hit: TriggerHit) -> bool:
        """A rule-coded present-tense verb: with no actor at all it describes a habit or a state (تساعد على)."""
        return (
            hit.entry.type not in self.detectors
            and hit.entry.pos == "verb"
            and present_tense(hit.form, hit.entry.lemma)
        )

    def _placed(self, actor: Actor | None, place: Location | None) -> Actor | None:
        """An actor coded by its role alone, with the country of ``place`` (``ActorDictionary.placed``)."""
        if actor is None or place is None or place.country is None or _occupying(actor):
            return actor
        if names_states(fold(actor.text.split()[0])):
            return actor  # دول الحصار، الدول الغربية: states, of no one country
        return _recoded(actor, self.actors.placed(actor.actor_code, place.country))

    def _naming(self, speaker: Speaker | None, entities: list[Entity]) -> Speaker | None:
        """A quote's speaker as an event's doer when it names one: it holds a person or organisation the tagger
        found, the attribution read it as an organisation or an unnamed source (المفوضية، مصادر مطلعة) or it
        opens with the head of a role (المتحدثة باسم الحكومة), or one of its first two words is known to the actor
        dictionaries (a name, a role, a nationality: العاهل المغربي، أطراف عراقية); not words the attribution took
        for a speaker (قائلة، بفرض ضرائب جديدة، خرجت مظاهرة)."""
        if speaker is None or not speaker.text.strip():
            return None
        if any(e.label in NAMED_LABELS and e.start < speaker.end and speaker.start < e.end for e in entities):
            return speaker
        words = speaker.text.split()[:2]
        head = normalize(words[0])
        if speaker.kind in SOURCE_KINDS or (is_role_head(head) and head[0] != "ل"):  # المتحدثة باسم الحكومة
            return speaker  # (not لإحدى الصحف: told one of the papers)
        known = any(k in self.actors.actors or k in self.actors.agents for w in words for k in actor_keys(w))
        return speaker if known else None

    def _speaker_actor(self, speaker: Speaker, day: int | None) -> Actor:
        name = speaker.canonical or speaker.text
        return Actor(speaker.start, speaker.end, speaker.text, name, self.actors.code_of(name, day))

    def _noun_reports(
        self, hit: TriggerHit, view: SentenceView, source: Mention | None, target: Mention | None
    ) -> bool:
        """Whether a noun trigger of a rule-coded type stands for an event: both actors named, and the noun
        not governed by a preposition (لتخريب محادثات السلام names the talks, it reports none)."""
        if hit.entry.type in self.detectors or stated_stance(view.words, hit):
            return True  # أعلنت المرجعية تضامنها مع المحتجين: its subject states it, named or not
        if _requested(view, hit):
            return False
        passive = hit.first > 0 and view.words[hit.first - 1] in AUXILIARIES
        if passive and target is not None and 0 < target.first - hit.last <= PASSIVE_REACH:
            return True  # تم اعتقال ثلاثة صحفيين: a passive, whose doer goes unnamed, and whom it befell right after it
        return source is not None and target is not None and not with_preposition(view.words, hit)

    def _location(
        self,
        doc: Document,
        views: list[SentenceView],
        view: SentenceView,
        hit: TriggerHit,
        places: list[PlaceMatch],
        tagged_places: list[Entity],
    ) -> Location | None:
        """Where an event is: a city of the gazetteer after the trigger (else before it), the city named before for
        المدينة, a country, or else a place the tagger found in the sentence (``tagged_places``)."""
        cities = [p for p in places if p.place.kind == "city"]
        chosen = next((p for p in cities if p.first > hit.last), None) or (cities[0] if cities else None)
        if chosen is None and any(w in CITY_REFERENCES for w in view.words):
            return self._city_before(doc, views, view.index)
        if chosen is None and places:
            chosen = places[0]
        if chosen is None:  # a place no gazetteer lists (دوما، عربين): the tagger's, by name alone
            return _named_place(view, hit, tagged_places)
        return _location(doc, view, chosen)

    def _city_before(self, doc: Document, views: list[SentenceView], index: int) -> Location | None:
        """The last city named before sentence ``index`` (what ``المدينة`` refers to)."""
        for earlier in reversed(views[:index]):
            cities = [p for p in self.gazetteer.match(earlier.words) if p.place.kind == "city"]
            if cities:
                return _location(doc, earlier, cities[-1])
        return None


def _bounds(starts: list[int], view: SentenceView) -> tuple[int, int]:
    """Where a sentence's entities lie in the article's entities, given where each of those starts."""
    return bisect.bisect_left(starts, view.start), bisect.bisect_left(starts, view.end)


def _extent(view: SentenceView, first: int, last: int) -> tuple[int, int]:
    """The characters tokens ``[first, last]`` of a sentence span in the text."""
    return view.cells[first][0], view.cells[last][1]


def _inside_name(view: SentenceView, hit: TriggerHit, names: list[Entity]) -> bool:
    """Whether a trigger is part of a longer name of an organisation or thing (مجلس التعاون الخليجي)."""
    return _within(view, hit, names, whole=False)


def _within(view: SentenceView, hit: TriggerHit, entities: list[Entity], *, whole: bool) -> bool:
    """Whether a trigger lies inside one of the entities (or is the whole of one, when ``whole``)."""
    start, end = _extent(view, hit.first, hit.last)
    return any(e.start <= start and end <= e.end and (whole or (e.start, e.end) != (start, end)) for e in entities)


def _standing(view: SentenceView, hit: TriggerHit) -> bool:
    """Whether a noun of a standing state (an agreement, sanctions) names one that holds: nothing brings it about
    right before it (توصلوا إلى اتفاق), or what does is negated or not yet done (لم يتم التوصل إلى اتفاق)."""
    if hit.entry.pos != "noun" or not state_noun(hit.entry.lemma):
        return False
    others = {i for h in view.hits if h is not hit for i in range(h.first, h.last + 1)}
    at = brought_about(view.words, hit.first, hit.entry.lemma, others)
    return at is None or bool(cues_before(view.words, at) & BLOCKING_CUES)


def _repeats(view: SentenceView, mention: Mention, speaker: Speaker) -> bool:
    """Whether a quote's speaker lies within the words of a mention (a longer speaker holding the mention, as a
    name holds a word of it, is read apart)."""
    return view.cells[mention.first][0] <= speaker.start and speaker.end <= view.cells[mention.last][1]


def _occupying(actor: Actor) -> bool:
    """Whether an actor is named by the occupation (قوات الاحتلال، مقاتلات الاحتلال): foreign to where it acts."""
    return any(bare(fold(w)) == OCCUPATION for w in actor.text.split())


def _drone(words: list[str], hit: TriggerHit) -> bool:
    """Whether a march's word describes an aircraft before it (طائرة مسيرة، الطائرات المسيرة): a drone."""
    return (
        hit.first > 0
        and strip_article(bare(words[hit.first])) in MARCHES
        and strip_article(bare(words[hit.first - 1])) in AIRCRAFT
    )


def _ranked(view: SentenceView, hit: TriggerHit) -> bool:
    """Whether احتل holds a rank, a post or the headlines, a few words on (احتل الفريق المركز الثاني، تحتل شركة
    "تي موبايل" المركز الثالث، احتلت السعودية العناوين): no land occupied."""
    return bare(verb_lemma(hit)) == OCCUPY and _named_after(view, hit, RANKS, RANK_REACH)


def _farewell(view: SentenceView, hit: TriggerHit) -> bool:
    """Whether و + دعا is ودّع, bidding a competition farewell a few words on (ودعت البطولة من الدور الأول، ودعت
    كولومبيا المونديال): a team out of it, no call."""
    return (
        bare(verb_lemma(hit)) == CALL
        and view.words[hit.first].startswith("و")
        and _named_after(view, hit, COMPETITIONS, FAREWELL_REACH)
    )


def _no_meeting(view: SentenceView, hit: TriggerHit) -> bool:
    """Whether a meeting word meets no one: لقاء or التقى in a sentence of a sports report, or التقى with a team as
    its subject, is a game (اللقاء المنتظر بين منتخب بلادهم ونظيره الكرواتي، التقى المنتخبان في الدور الأول من
    البطولة، يلتقي المنتخب الألماني نظيره النمساوي); لقاء before a word of the
    media is an interview (لقاء تلفزيوني، في لقاء ببرنامج) and before a sum a price (لقاء مبلغ، لقاء 160 مليون)."""
    lemma = fold(hit.entry.lemma)
    if lemma == MEETING_VERB:
        return _named_among(view.words, GAMES) or _named_among(view.words[hit.last + 1 : hit.last + 2], TEAMS)
    if lemma != MEETING_NOUN:
        return False
    after = view.words[hit.last + 1 : hit.last + 1 + NOT_MEETING_REACH]
    priced = bool(after) and after[0][:1].isdigit()
    return priced or _named_among(after, NOT_MEETING) or _named_among(view.words, SPORTS)


def _received_in_numbers(hit: TriggerHit, target: Mention | None) -> bool:
    """Whether استقبل receives people by number or as civilians or refugees, no one it meets (استقبلت فرنسا 78
    مهاجرا، استقبلت الأردن النازحين، استقبلت مراكز الاقتراع الناخبين)."""
    if fold(hit.entry.lemma) != RECEIVING or target is None:
        return False
    return target.counted or (target.code or "").endswith(RECEIVED_NOT_MET)


def _refereed(view: SentenceView, hit: TriggerHit) -> bool:
    """Whether an expulsion or a warning is a referee's: طرد or إنذار in a sentence of a sports report (قرر حكم
    اللقاء طرد لاعبين، طرد باني من صفوف الفريق في الدقيقة 88، نال كانتي إنذارا في المباراة)."""
    return fold(hit.entry.lemma) in REFEREEING and _named_among(view.words, SPORTS)


def _named_after(view: SentenceView, hit: TriggerHit, nouns: frozenset[str], reach: int) -> bool:
    """Whether one of ``nouns`` (without the article) stands within ``reach`` words after a trigger."""
    return _named_among(view.words[hit.last + 1 : hit.last + 1 + reach], nouns)


def _named_among(words: list[str], nouns: frozenset[str]) -> bool:
    """Whether one of ``nouns`` stands among ``words``, read without proclitics and article (لاعبين is no ل +
    اعبين: every reading counts)."""
    return any(read_as(w, nouns) for w in words)


def _ceasefire(view: SentenceView, hit: TriggerHit) -> bool:
    """Whether a trigger of opening fire is what a word of ceasing a few words before it stops (وقفا غير مسبوق
    لإطلاق النار): a ceasefire that the audited phrase (وقف إطلاق النار) did not match whole."""
    if hit.entry.type != "ASSAULT" or FIRING not in fold(hit.form):
        return False
    return any(read_as(w, CEASING) for w in view.words[max(0, hit.first - CEASE_REACH) : hit.first])


def _brought(view: SentenceView, hit: TriggerHit) -> bool:
    """Whether a verb that carries out a noun trigger's act (شنت) or brings its state about (فرضت) governs it (a
    state noun that reaches the coding has one: ``_standing``)."""
    return hit.entry.pos == "noun" and (
        state_noun(hit.entry.lemma) or next(carriers(view.words, hit), None) is not None
    )


def coding(view: SentenceView, hit: TriggerHit) -> bool:
    """Whether a trigger may code an event: an audited one, or a dictionary verb+object pattern that holds."""
    return hit.entry.origin in CODING_ORIGINS and not _loose_pattern(view, hit)


def _loose_pattern(view: SentenceView, hit: TriggerHit) -> bool:
    """Whether a dictionary verb+object pattern does not hold: its object is a preposition, which follows too many
    verbs in too many senses (أصيب … على الأقل, أطلق عليه اسم), or its verb is a noun that shares the letters
    (الطلب على الدولار "the demand", النادي على تويتر "the club")."""
    return hit.entry.origin == "pattern" and (
        fold(hit.entry.lemma) in NOT_OBJECTS or before_noun(view.words[hit.first], hit.form)
    )


def _in_proper_name(view: SentenceView, hit: TriggerHit, proper: list[Entity]) -> bool:
    """Whether a trigger read as a verb without proclitics is, or is part of, a person's or a place's name."""
    return hit.entry.pos == "verb" and view.words[hit.first] == hit.form and _within(view, hit, proper, whole=True)


def _person_words(entities: list[Entity]) -> frozenset[str]:
    """The folded words of the names of two words or more the tagger found for persons in a document."""
    return frozenset(fold(w) for e in entities if e.label == "PER" for w in e.text.split() if " " in e.text)


def _names_person(view: SentenceView, hit: TriggerHit, person_words: frozenset[str], proper: list[Entity]) -> bool:
    """Whether a verb read past a proclitic is written as a word of a person's name the document gives in full
    (رضوان فايد … واعتقل فايد: Fayed, no ف + أيد), or as a whole name the tagger found, its first letter included."""
    word = view.words[hit.first]
    if hit.entry.pos != "verb" or hit.first != hit.last or word == hit.form:
        return False
    return word in person_words or _within(view, hit, [e for e in proper if e.label == "PER"], whole=True)


def _inside_actor(hit: TriggerHit, mentions: list[Mention]) -> bool:
    """Whether a trigger is a later word of an actor's name (شرطة مكافحة الشغب، قوات حفظ السلام); a mention that
    begins with it (المتظاهرون) is the crowd of its own event."""
    return any(m.first < hit.first and hit.last <= m.last for m in mentions)


def _counted(words: list[str], hit: TriggerHit) -> bool:
    """Whether a verb's bare form right after a number word or a number that is no year is the noun counted (10
    ملايين طالب، شارك فيه 1048 طالب: students), not a verb; a verb with an ending (اثنين قتلا، عشرات طالبوا) stays one,
    as does one after a year (2004 قتل)."""
    return (
        hit.entry.pos == "verb"
        and hit.first == hit.last
        and hit.first > 0
        and fold(words[hit.first]) == fold(hit.entry.lemma)
        and (fold(words[hit.first - 1]) in NUMERALS or _count(words[hit.first - 1]))
    )


def _count(word: str) -> bool:
    """Whether a word is a number written in digits that reads as no year of the news (1900–2099)."""
    return word.isdigit() and not (len(word) == 4 and 1900 <= int(word) <= 2099)


def _province(words: list[str], hit: TriggerHit) -> bool:
    """Whether a boycott's word is a province (في مقاطعة أوكسفوردشاير، بمقاطعة ننكرهار): after في or ب, before an
    indefinite word (a boycott is mostly of something definite: مقاطعة الانتخابات)."""
    word, i = words[hit.first], hit.first
    if hit.first != hit.last or bare(word) != PROVINCE or i + 1 >= len(words) or words[i + 1].startswith("ال"):
        return False
    # or before a name and its country's adjective (تجتاح مقاطعة كيرالا الهندية)
    named_in = i + 2 < len(words) and words[i + 2].startswith("ال") and fold(words[i + 2]).endswith("يه")
    return (i > 0 and bare(words[i - 1]) in IN) or with_preposition(words, hit) or named_in


def _names_place(view: SentenceView, mention: Mention, places: list[PlaceMatch], countries: frozenset[str]) -> bool:
    """Whether a mention only names a place: a city or a word of a city's name (العاصمة عمان: Amman, no Oman; or
    المدينة, the city named before), or a country's adjective after a place, with it or alone (مدينة لييج
    البلجيكية، البصرة العراقية), which describes the place."""
    first, last = mention.first, mention.last
    if first == last and view.words[first] in CITY_REFERENCES:
        return True
    if any(p.place.kind == "city" and p.first <= first and last <= p.last for p in places):
        return True
    # a country's own name after a place is another actor (واتهمت مصر إيران: the object), and so are its people
    # (تتهم مصر الإسرائيليين): a plural describes no place
    if bare(view.words[first]).endswith(PEOPLE_PLURALS):
        return False
    return mention.code in countries and any(
        (p.last + 1 == first == last and not _starts_place(places, first)) or (p.first, p.last) == (first, last - 1)
        for p in places
    )


def _starts_place(places: list[PlaceMatch], i: int) -> bool:
    """Whether a place's name begins at word ``i``."""
    return any(p.first == i for p in places)


def _names_office(view: SentenceView, entity: Entity, offices: list[PlaceMatch]) -> bool:
    """Whether a tagged place is one of the places named as an organisation's headquarters."""
    extents = (_extent(view, p.first, p.last) for p in offices)
    return any(entity.start < end and start < entity.end for start, end in extents)


def _with_seats(
    view: SentenceView, mentions: list[Mention], places: list[PlaceMatch], alpha3: dict[str, str]
) -> list[Mention]:
    """The mentions with the capitals that stand for their governments (أعلنت موسكو طرد دبلوماسيين، اتهمت واشنطن
    طهران، عقوبات على موسكو): a capital's name that no other mention takes, after على or ضد, or where a clause
    opens, after a verb trigger, another actor or a word that may be a verb (أعلنت موسكو), and that no other
    preposition governs (not في موسكو، جامعة صنعاء، العاصمة موسكو)."""
    taken = {i for m in mentions for i in range(m.first, m.last + 1)}
    # where a government's subject or object may stand: after a verb, another actor or the opening of a clause
    after = {h.last for h in view.hits if h.entry.pos == "verb"} | {m.last for m in mentions}
    visits = [h.last for h in view.hits if h.entry.cameo == VISIT]
    seats: list[Mention] = []
    for p in places:
        country = alpha3.get(p.place.country) if p.place.capital else None
        if country is None or taken & set(range(p.first, p.last + 1)):
            continue
        before = view.words[p.first - 1] if p.first > 0 else "."
        # the capital a visit goes to (زيارة محمد بن سلمان إلى لندن): the government visited, as a noun's
        # object too, which other capitals are not
        visited = before == TO and any(0 < p.first - last <= VISIT_REACH for last in visits)
        skip = proclitic_length(view.words[p.first], p.head, strip_article)
        seat = Mention(p.first, p.last, country + GOVERNMENT, skip=skip, seat=not visited)
        opens = before in CLAUSE_MARKS or bare(before) in SEAT_OPENERS or p.first - 1 in after
        if before in AGAINST_SEATS or visited or (not governed(view.words, seat) and (opens or not _noun_form(before))):
            seats.append(seat)
            after.add(seat.last)
    return sorted(mentions + seats, key=lambda m: m.first) if seats else mentions


def _located(
    words: list[str], mentions: list[Mention], places: list[PlaceMatch], actors: ActorDictionary
) -> list[Mention]:
    """The mentions with each role named with where it is (وزارة الدفاع في سيول، الشرطة في كابول) given that
    place's country; not an envoy's (السفير في جنيف), who serves abroad."""
    at = {p.first: p for p in places}
    out = []
    for m in mentions:
        place = at.get(m.last + 2)
        code = m.code or ""
        if (
            place is not None
            and len(code) == 3
            and code not in actors.countries
            and code not in TRANSNATIONAL
            and bare(words[m.last + 1]) in IN
            and strip_article(bare(words[m.first])) not in ENVOYS
        ):
            m = replace(m, code=actors.placed(code, place.place.country))
        out.append(m)
    return out


def _counterparts(words: list[str], mentions: list[Mention], countries: frozenset[str]) -> list[Mention]:
    """The mentions with a country named as someone's counterpart (استقبل الوزير نظيره السوري، قال لنظيره الأميركي
    دونالد ترامب) read with the word of counterpart, as that country's government; not in a sports report, where
    a team's counterpart is a team (تغلب المنتخب على نظيره التونسي)."""
    named = [
        (m.code or "")[:3] in countries and m.first > 0 and read_as(words[m.first - 1], COUNTERPARTS) for m in mentions
    ]
    if not any(named) or _named_among(words, SPORTS):
        return mentions
    return [_with_counterpart(words, m) if n else m for m, n in zip(mentions, named, strict=True)]


def _with_counterpart(words: list[str], m: Mention) -> Mention:
    """A country's mention read from the word of counterpart before it, as its government unless it names a role
    of its own (نظيره الروسي سيرغي لافروف: RUSGOV as Lavrov is)."""
    before = m.first - 1
    skip = len(words[before]) - len(bare(words[before]))
    code = m.code if m.code and len(m.code) > 3 else f"{m.code}{GOVERNMENT}"
    return replace(m, first=before, code=code, skip=skip)


# prepositions of what something is about, whose place is no event's location (محادثات … بشأن بيونغ يانغ)
TOPIC_PREPOSITIONS = frozenset(fold(w) for w in ("بشأن", "حول", "تجاه", "إزاء", "ضد"))


def _topic(words: list[str], place: PlaceMatch) -> bool:
    """Whether a place is what something is about or against, right after a word that says so."""
    return place.first > 0 and words[place.first - 1] in TOPIC_PREPOSITIONS


def _besides(
    view: SentenceView, hit: TriggerHit, target: Mention | None, places: list[PlaceMatch], tagged: list[Entity]
) -> tuple[list[PlaceMatch], list[Entity]]:
    """The sentence's places and tagged places without the one an event is aimed at: a capital (فرضت واشنطن عقوبات
    على موسكو: the sanctions are not in Moscow), and, but for violence, protest, coercion and meetings, which
    happen where their parties are, any place named as the target (اتهمت الولايات المتحدة إيران: not in Iran). A
    visit is where it goes, a capital too (زار الوزير موسكو: in Moscow)."""
    if target is None or hit.entry.cameo == VISIT or not (target.seat or hit.entry.type not in PLACED_TYPES):
        return places, tagged
    start, end = _extent(view, target.first, target.last)
    return (
        [p for p in places if not (target.first <= p.first and p.last <= target.last)],
        [e for e in tagged if e.end <= start or e.start >= end],
    )


def _noun_form(word: str) -> bool:
    """Whether a word's letters say it is no verb: the article, a final ta marbuta (folded ه: جامعة صنعاء), or a
    word of place (العاصمة موسكو)."""
    return not word.isalpha() or definite(word) or word.endswith("ه") or bare(word) in PLACE_NOUNS


def _colour(view: SentenceView, place: PlaceMatch) -> bool:
    """Whether a town named as a colour is the colour of the definite noun before it (الخوذ البيضاء، الأقلية
    البيضاء), not the town (في البيضاء، محافظة البيضاء)."""
    before = view.words[place.first - 1] if place.first else ""
    return (
        place.first == place.last
        and place.head in COLOURS
        and definite(before)
        and strip_article(bare(before)) not in PLACE_NOUNS
    )


def _in_other_name(view: SentenceView, place: PlaceMatch, entities: list[Entity]) -> bool:
    """Whether a place's name opens an organisation's longer name (واشنطن بوست، نيويورك تايمز), is part of a
    person's (بشار الأسد، محمد مرسي: Béchar and La Marsa are towns too; not a city's name of two words the tagger
    took whole for a person's, بيونغ يانغ), or, in a sports report, part of a club's (ريال مدريد، بايرن ميونيخ),
    which says nothing of where an event is."""
    start, end = _extent(view, place.first, place.last)
    club = any(e.label == "ORG" and e.start < start and end <= e.end for e in entities) and _named_among(
        view.words, SPORTS
    )
    whole = place.last > place.first  # a city of two words the tagger took for a person (بيونغ يانغ) is the city
    return club or any(
        (e.label == "ORG" and e.start == start and e.end >= end)
        or (e.label == "PER" and e.start <= start < e.end and not (whole and (e.start, e.end) == (start, end)))
        for e in entities
    )


def _blocked(view: SentenceView, hit: TriggerHit) -> bool:
    """Whether negation, modality, the future or a condition stands right before a trigger, or the trigger only
    describes what a relative pronoun refers to."""
    return bool(cues_before(view.words, hit.first) & BLOCKING_CUES) or _describes_antecedent(view, hit)


def _describes_antecedent(view: SentenceView, hit: TriggerHit) -> bool:
    """A present-tense verb right after a relative pronoun (الجماعات التي تؤيد المحادثات) says what its antecedent
    is or habitually does, not that something happened; nor does the noun that verb governs."""
    verb = hit
    if hit.entry.pos == "noun":
        verb = next((h for h in view.hits if h.last == hit.first - 1 and h.entry.pos == "verb"), None)
    return (
        verb is not None
        and verb.first > 0
        and view.words[verb.first - 1] in RELATIVE_PRONOUNS
        and present_tense(verb.form, verb.entry.lemma)
    )


def _cue_speaker(doc: Document, start: int) -> Speaker | None:
    """The speaker of the quote whose cue holds the character at ``start``."""
    return next((q.speaker for q in doc.quotes if q.speaker and q.cue and q.cue.start <= start < q.cue.end), None)


def _first_person_speaker(doc: Document, view: SentenceView, hit: TriggerHit) -> Speaker | None:
    """The speaker a first-person plural verb (ندين، نرفض) inside a direct quotation speaks for."""
    if hit.entry.pos != "verb" or not (present_tense(hit.form, hit.entry.lemma) and hit.form[0] == "ن"):
        return None
    start = view.cells[hit.first][0]
    return next(
        (
            q.speaker
            for q in doc.quotes
            if q.kind != "indirect" and q.speaker is not None and q.content.start <= start < q.content.end
        ),
        None,
    )


def _requested(view: SentenceView, hit: TriggerHit) -> bool:
    """Whether a noun trigger names what a request before it in its clause asks for (دعا الأمين العام إلى وقف
    إطلاق النار, طالبت إيران بالإفراج عن): that has not happened."""
    words = view.words
    for request in (h for h in view.hits if h.entry.type == "REQUEST" and h.last < hit.first):
        between = words[request.last + 1 : hit.first]
        if len(between) > REQUEST_REACH or not CLAUSE_MARKS.isdisjoint(between):
            continue
        if not between or words[hit.first - 1] in TO or words[hit.first][:1] in "بل":
            return True
    return False


def _without_repeats(coded: list[tuple[Event, str, bool]]) -> list[Event]:
    """One sentence's events without noun-triggered repeats of a type that a verb already reports; a verb with
    no source takes the doer its repeat names (قتل 4 جنود في هجوم شنه مسلحون، وجهت قوات التحالف ضربة استهدفت):
    ``(event, part of speech, whether its source is the named doer)``."""
    verb_types = {e.type for e, pos, _ in coded if pos == "verb"}
    doers: dict[str, Actor] = {}
    for e, pos, doer in coded:
        if pos == "noun" and doer and e.source is not None:
            doers.setdefault(e.type, e.source)
    return [
        replace(e, source=doers[e.type]) if e.source is None and _other(doers.get(e.type), e.target) else e
        for e, pos, _ in coded
        if pos == "verb" or e.type not in verb_types
    ]


def _one_country_per_actor(events: list[Event], countries: frozenset[str]) -> list[Event]:
    """An article's events with each actor coded by its role alone (النظام: GOV) given the country the same
    words got, with the same role, in another of its events (النظام: SYRGOV where the place told the country)."""
    placed: dict[tuple[str, str], str] = {}
    for e in events:
        for a in (e.source, e.target):
            if a is not None and a.actor_code and a.actor_code[:3] in countries:
                placed.setdefault((a.canonical, a.actor_code[3:]), a.actor_code)
    if not placed:
        return events
    return [
        replace(e, source=_known_country(e.source, placed), target=_known_country(e.target, placed)) for e in events
    ]


def _known_country(actor: Actor | None, placed: dict[tuple[str, str], str]) -> Actor | None:
    if actor is None or not actor.actor_code:
        return actor
    return _recoded(actor, placed.get((actor.canonical, actor.actor_code)))


def _recoded(actor: Actor, code: str | None) -> Actor:
    """The actor with ``code``, if that is a new one."""
    return replace(actor, actor_code=code) if code and code != actor.actor_code else actor


def _by_name(actor: Actor | None, codes: dict[str, str]) -> Actor | None:
    """An actor without a code, with the one ``codes`` holds for its canonical name."""
    return _recoded(actor, codes.get(actor.canonical)) if actor is not None and not actor.actor_code else actor


def _other(actor: Actor | None, target: Actor | None) -> bool:
    return actor is not None and (target is None or (actor.start, actor.end) != (target.start, target.end))


def _span(doc: Document, view: SentenceView, first: int, last: int, skip: int = 0) -> Span:
    start, _, text, _ = view.cells[first]
    return doc.span(start + raw_skip(text, skip), view.cells[last][1])


def _trigger_span(doc: Document, view: SentenceView, hit: TriggerHit) -> Span:
    word = view.words[hit.first]
    if hit.first == hit.last:
        skip = len(word) - len(hit.form) if word.endswith(hit.form) else 0
    else:
        skip = 1 if word[:1] in "وف" and len(word) > 4 and word[1:] in variants(word) else 0
    return _span(doc, view, hit.first, hit.last, skip)


def _masculine(hit: TriggerHit) -> bool:
    """Whether a verb trigger is written in the masculine singular (اتهم، يتهم; not اتهمت، تتهم، اتهموا), which a
    city standing for its government right after it cannot be the subject of."""
    if hit.entry.pos != "verb":
        return False
    form = hit.form
    if present_tense(form, hit.entry.lemma):
        return form[:1] == "ي" and not form.endswith(("ون", "ان"))
    return not past_agreement(form, hit.entry.lemma)


def _actor(doc: Document, view: SentenceView, mention: Mention | None) -> Actor | None:
    if mention is None:
        return None
    span = _span(doc, view, mention.first, mention.last, mention.skip)
    readable = " ".join(span.text.replace("#", " ").replace("_", " ").split())
    if mention.canonical is None and not mention.skip and span.text.startswith(readable.split(maxsplit=1)[0]):
        span, readable = _without_preposition(doc, span, readable)
    return Actor(span.start, span.end, span.text, mention.canonical or readable, mention.code)


def _without_preposition(doc: Document, span: Span, name: str) -> tuple[Span, str]:
    """An actor's span and name without a preposition ل or ب written on its first word: cut off the text
    (لكتائب عز الدين القسام), or, where it is fused with the article, the article written out in the name only
    (للحكومة → الحكومة, as names are: the ل of لل cannot be cut off the text)."""
    proclitics, stem, cut = split_proclitics(name.split(maxsplit=1)[0])
    if proclitics[-1:] not in ("ل", "ب"):
        return span, name
    if cut:
        return doc.span(span.start + cut, span.end), name[cut:]
    return span, "ا" + name[1:] if stem.startswith("ال") and name.startswith("لل") else name


def _named_place(view: SentenceView, hit: TriggerHit, places: list[Entity]) -> Location | None:
    """The first of the sentence's ``places`` after the trigger (else before it), as a location with no country
    or coordinates."""
    trigger_start, trigger_end = _extent(view, hit.first, hit.last)
    chosen = next((e for e in places if e.start >= trigger_end), None) or next(
        (e for e in places if e.end <= trigger_start), None
    )
    return Location(chosen.start, chosen.end, chosen.text) if chosen else None


def _location(doc: Document, view: SentenceView, match: PlaceMatch) -> Location:
    span = _span(
        doc, view, match.first, match.last, proclitic_length(view.words[match.first], match.head, strip_article)
    )
    p = match.place
    return Location(span.start, span.end, span.text, p.country, p.lat, p.lon)


class EventStage:
    """Codes events: PLOVER type and CAMEO code, actors, location and date (needs sentences and tokens)."""

    name = "events"
    requires: tuple[str, ...] = ("sentences", "tokens")
    provides: tuple[str, ...] = ("events",)

    def __init__(self, coder: EventCoder | None = None) -> None:
        self.coder = coder or EventCoder()

    def __call__(self, doc: Document) -> Document:
        doc.events = self.coder.code(doc)
        return doc
