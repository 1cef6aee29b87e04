"""Repairs of one sentence's tags after the second pass, for CoNLL output and documents alike.

Touching person names read as one (``join_touching``), names the tagger ran together across و parted
(``coordinated``), a name ended before a particle and a person's before an office or whom it told
(``trailing_particles``), a person's name started after a country's adjective (``leading_nationalities``) or at a
word joining عبد to its complement (``servant_names``), carried on past a word that binds it to the next
(``linked_names``) or over a middle initial (``initials``), ended before ل and an organisation's name, read as one
(``told_bodies``), and trimmed of nouns with a possessive pronoun at its edges (``possessed_edges``), quoted media
credits read as organisations (``media_credits``) and organisations' spelled acronyms read whole (``acronyms``), a
city's name with a masculine country adjective, the name after نادي and names with their countries in a list of
matches read as clubs (``clubs``, ``club_names``, ``fixtures``), a place before "right" or "left", المدينة alone and
a noun with a possessive pronoun after و untagged (``sides``, ``the_city``, ``possessed_nouns``), a quoted name after
a word that says what it names read as a work's title, MISC, or a medium's name, ORG (``quoted_names``), sports
grounds (``venues``) and currencies (``currencies``) read as MISC. ``repair`` runs them in order.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import compress

from rasd.ner.context import spans
from rasd.ner.features import CUES, split_proclitics
from rasd.ner.gazetteer import Gazetteer
from rasd.text.normalize import normalize


def join_touching(tags: list[str], words: list[str], lists: RepairLists, kind: str = "PERS") -> list[str]:
    """Read two names of ``kind`` with nothing between them as one (``نصر`` + ``الحريري``, كيني ميلر), unless the
    second opens with و: two people side by side are joined by و or set apart by a comma (ANERcorp's training
    part has 21 of its 2,432 people right after another without و); nor when it is one of ``lists.names``
    (normalised words of people's names) after the preposition ل or ب (قال أردوغان لميركل: to Merkel; باول is no ب +
    اول); nor when a known person named by one word that is no given name stands before a known full name (ويدعم
    أوباما هيلاري كلينتون: the subject, then the object)."""
    begin = "B-" + kind
    if begin not in tags:
        return tags
    out = list(tags)
    for i in compress(range(1, len(out)), map(begin.__eq__, out[1:])):
        if out[i - 1][2:] != kind or words[i].startswith("و") or _after_preposition(words[i], lists.names):
            continue
        if not _two_people(tags, words, i, lists):
            out[i] = "I-" + kind
    return out


def _two_people(tags: list[str], words: list[str], i: int, lists: RepairLists) -> bool:
    """Whether the one-word name before token i is a known person's that is no given name and has no article, and
    the name from i on a known full name (أوباما | هيلاري كلينتون; not ستيفان | دي ميستورا، المفتي | محمد عبده)."""
    before = normalize(words[i - 1])
    if tags[i - 1] != "B-" + tags[i][2:] or before not in lists.names or before in lists.given:
        return False
    if before.startswith("ال"):
        return False  # a title or a nisba before the name (المفتي محمد عبده، الكبير محمد عبدالوهاب)
    end = i + 1
    while end < len(tags) and tags[end] == "I-" + tags[i][2:]:
        end += 1
    return end - i > 1 and tuple(normalize(w) for w in words[i:end]) in lists.people


# Words that bind a person's name to the next word (عبد العزيز، أبو مازن، آل مكتوم), normalised: over ANERcorp's
# training part a person's name holds one of them 157 times and ends in none. بن and ابن are left out: a name may end
# in them (شون بن, Sean Penn; ابن أخيه, "his nephew"); so is أبي, also "my father" (نظر إليّ أبي).
NAME_LINKS = frozenset(["عبد", "ابو", "ال"])


def leading_nationalities(tags: list[str], stems: list[str], adjectives: frozenset[str]) -> list[str]:
    """A person's name of two words or more that opens with a country's adjective starts after it (للبرازيلي فريد:
    فريد). Over ANERcorp's training part a definite adjective ending in ي (البرازيلي، الإعلامي) stands right before a
    person's name 265 times and opens one of two words or more once (والمصطفى ولد محمد الحبيب); of all such words
    only countries' adjectives are read, as given names take that shape too (الباجي قائد السبسي، الشاذلي).
    ``adjectives``: from ``country_adjectives``."""
    out = tags
    for a, b, kind in spans(tags):
        if kind == "PERS" and b - a > 1 and stems[a] in adjectives:
            out = relabelled(tags, _cleared(tags, out, a, a + 1), a + 1, b, "PERS")
    return out


# Particles that end no name, as written; not أن or ان (a letter of سي ان ان); على ends none but after بن (Ben Ali)
_PARTICLE_WORDS = "أي في من إلى الى عن مع الذي التي الذين قد لم لن لا ما كان كانت حتى بعد قبل عند أمام خلال ضد لدى"
PARTICLES = frozenset(_PARTICLE_WORDS.split())
# nor does a personal pronoun after a word of four letters or more (الناشطة أمل فتحي هي …), where a Chinese name's
# syllable is shorter (نائب رئيس الوزراء ليو هي); over ANERcorp's training part one name of 2,432 people ends so
PRONOUNS = frozenset(["هو", "هي", "هم", "هما", "هن"])


# Offices a person's name is followed by in apposition (أحمد توفيق عضو مجلس الإدارة), indefinite, normalised; those
# that are also given or family names are left out (أمين، مساعد، قائد: الباجي قائد السبسي)
_OFFICE_WORDS = (
    "عضو عضوا عضوي رئيس رئيسة وزير وزيرة مدير مديرة مدرب حارس لاعب نائب سفير مستشار محافظ مسؤول مندوب ممثل "
    "متحدث زعيم"
)
OFFICES = frozenset(normalize(w) for w in _OFFICE_WORDS.split())


# the words after which على, "on", is the name علي written with ى (زين العابدين بن على)
SON_OF = frozenset(["بن", "ابن"])


def _ends_no_name(words: list[str], i: int, kind: str) -> bool:
    """Whether ``words[i]``, the last of a name of ``kind``, cannot end it: a particle after a word of three letters
    or more (سي أس أي spells CSI), a pronoun after one of four, على but after بن, or an office or a word with ل and
    the article after a person's name."""
    if words[i] in PARTICLES:
        return len(words[i - 1]) > 2
    if words[i] in PRONOUNS:
        return len(words[i - 1]) > 3
    if words[i] == "على":
        return normalize(words[i - 1]) not in SON_OF
    return kind == "PERS" and (normalize(words[i]) in OFFICES or _told_to(words[i]))


def _told_to(word: str) -> bool:
    """Whether a word is ل with the article, whom something was told or given to (قال طه المتوكل للصحافيين): over
    ANERcorp's gold persons no name holds one (organisations do: اللجنة الدولية للصليب الأحمر)."""
    return word.startswith("لل") and len(word) > 4


def _lone_particle(word: str) -> bool:
    """Whether a word, without a leading و or ف, is a particle as written, على with its ى among them."""
    bare = word[1:] if word[:1] in "وف" and len(word) > 2 else word
    return bare in PARTICLES or bare == "على"


def trailing_particles(tags: list[str], words: list[str]) -> list[str]:
    """A name the tagger ran on over a particle (ستخسر المنظمة الدولية أي شرعية، وشدد الأمير علي بن الحسين على) ends
    before it, and a person's name before an office in apposition (أسامة المليجي عضو مجلس الإدارة): over ANERcorp's
    training part no name of two words or more ends in one of these. A particle tagged alone is no name: the second
    pass, which reads words normalised, takes على for the family name علي of a person nearby (عبدالواحد علي)."""
    out = tags
    for a, b, kind in spans(tags):
        end = b
        while end - a > 1 and _ends_no_name(words, end - 1, kind):
            end -= 1
        if end - a == 1 and b - a == 1 and _lone_particle(words[a]):
            end = a
        if end < b:
            out = _cleared(tags, out, end, b)
    return out


def _binds(word: str) -> bool:
    """Whether a word can be the rest of a name after a binding word: letters, not opening with و."""
    return word.isalpha() and not word.startswith("و")


def linked_names(tags: list[str], words: list[str]) -> list[str]:
    """A person's name the tagger ended on a word that binds it to the next (حجاج عبد | العظيم) goes on over that
    next word, and over the rest of a name that word begins."""
    out = tags
    for a, b, kind in spans(tags):
        end = b
        while kind == "PERS" and end < len(words) and normalize(words[end - 1]) in NAME_LINKS and _binds(words[end]):
            end += 1
            while end < len(words) and out[end].startswith("I-"):
                end += 1
        if end > b:
            out = relabelled(tags, out, a, end, "PERS")
    return out


SERVANT = "عبد"  # opens compound given names written as one word (عبدربه، عبدالمجيد)


def servant_names(tags: list[str], words: list[str]) -> list[str]:
    """A person's name starts at an untagged word right before it that joins عبد to its complement (عبدربه منصور
    هادي): over ANERcorp every such word of six letters or more stands in a person's name (69 of 69)."""
    out = tags
    for a, b, kind in spans(tags):
        before = words[a - 1] if a > 0 else ""
        if kind == "PERS" and tags[a - 1] == "O" and before.startswith(SERVANT) and len(before) > 5:
            out = relabelled(tags, out, a - 1, b, "PERS")
    return out


def _initial(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` is a single letter with a period after it (ف.، J.)."""
    return i + 1 < len(words) and len(words[i]) == 1 and words[i].isalpha() and words[i + 1] == "."


def initials(tags: list[str], words: list[str]) -> list[str]:
    """A person's name goes on over a middle initial and its period: to the person's name after it (جون ف. كينيدي)
    or, when the tagger read the initial as part of the name, to the word after it (إيمانويل أ. جانيني); a name
    ends in no initial."""
    out = tags
    for a, b, kind in spans(tags):
        if kind != "PERS" or b + 1 >= len(words):
            continue
        if _initial(words, b) and b + 2 < len(words) and tags[b + 2] == "B-PERS":
            end = b + 3
        elif _initial(words, b - 1) and _binds(words[b + 1]) and normalize(words[b + 1]) not in OFFICES:
            end = b + 2
        else:
            continue
        while end < len(words) and tags[end].startswith("I-"):
            end += 1
        out = relabelled(tags, out, a, end, "PERS")
    return out


# the kinds whose names joined by و are two names (over ANERcorp's train side, a place, a person or an
# organisation right after another by و is tagged apart 282 times, inside one name 12 times)
COORDINATED_KINDS = frozenset({"PERS", "LOC", "ORG"})


def coordinated(tags: list[str], words: list[str], stems: list[str], names: frozenset[str]) -> list[str]:
    """Part a person's, place's or organisation's name where a word opens with the conjunction و alone
    (مودريتش وهازارد، فرنسا وإيطاليا، هواوي وسامسونغ): the tagger ran two names together. Not before a word
    with the article (الهيئة العامة للغذاء والدواء), nor one of ``names``, people's name words (وسام، وجدي), nor
    where the clitic splitter reads more than و (ولسون, Wilson, is no و + ل + سون)."""
    out = tags
    for j in compress(range(1, len(tags)), (t.startswith("I-") and t[2:] in COORDINATED_KINDS for t in tags[1:])):
        norm, stem = normalize(words[j]), stems[j]
        if norm[:1] == "و" and norm[1:] == stem and not stem.startswith("ال") and norm not in names:
            out = list(out) if out is tags else out
            out[j] = "B-" + tags[j][2:]
    return out


def _after_preposition(word: str, names: frozenset[str]) -> bool:
    """Whether a word is one of ``names`` after the preposition ل or ب, as the clitic splitter reads it."""
    proclitics, stem, _ = split_proclitics(word)
    return proclitics[-1:] in ("ل", "ب") and stem in names


# What stands before the quotation marks of a credited source: a dateline's colon (لندن: «الشرق الأوسط») or لـ
# ("told to": قال لـ«الشرق الأوسط»), written in one token or two (ل ـ)
CREDIT_BEFORE = frozenset({":", "ـ", "لـ", "ل"})
OPENING_QUOTES = frozenset('«"“')
CLOSING_QUOTES = frozenset('»"”')


def relabelled(tags: list[str], out: list[str], start: int, end: int, kind: str) -> list[str]:
    """``out`` (a copy of ``tags`` made on the first change) with tokens ``[start, end)`` one entity of ``kind``."""
    out = list(out) if out is tags else out
    out[start:end] = ["B-" + kind] + ["I-" + kind] * (end - start - 1)
    return out


def _cleared(tags: list[str], out: list[str], start: int, end: int) -> list[str]:
    """``out`` (a copy of ``tags`` made on the first change) with tokens ``[start, end)`` untagged."""
    out = list(out) if out is tags else out
    out[start:end] = ["O"] * (end - start)
    return out


def media_credits(tags: list[str], words: list[str]) -> list[str]:
    """A place name that is the whole of a quotation credited as a source (لندن: «الشرق الأوسط», قال مصدر
    لـ«الشرق الأوسط») names the medium, an organisation, not the region."""
    out = tags
    for i in compress(range(2, len(tags)), map("B-LOC".__eq__, tags[2:])):
        if words[i - 1] not in OPENING_QUOTES or words[i - 2] not in CREDIT_BEFORE:
            continue
        end = i + 1
        while end < len(tags) and tags[end] == "I-LOC":
            end += 1
        if end < len(words) and words[end] in CLOSING_QUOTES:
            out = relabelled(tags, out, i, end, "ORG")
    return out


def told_bodies(tags: list[str], words: list[str], stems: list[str], bodies: frozenset[tuple[str, ...]]) -> list[str]:
    """A person's name the tagger ran on over ل and an organisation's name (قال محمد أحمد لفرانس برس، جمال خاشقجي
    لبي بي سي: whom the person spoke to) ends before it, and the organisation is one (``bodies``: the normalised
    names of the gazetteer's organisations)."""
    out = tags
    for a, b, kind in spans(tags):
        if kind != "PERS":
            continue
        for j in range(a + 1, b):
            if split_proclitics(words[j])[0][-1:] != "ل":
                continue
            end = next((e for e in range(b, j, -1) if tuple(stems[j:e]) in bodies), None)
            if end is not None:
                out = relabelled(tags, _cleared(tags, out, j, b), j, end, "ORG")
                break
    return out


# Words that name a work before its quoted title (برنامج «حكايات»، فيلم "العروس"، بعنوان «أصل الكلمة»), as stems.
_WORK_CUE_WORDS = (
    "برنامج برنامجا البرنامج عنوان بعنوان كتاب كتابا الكتاب فيلم فيلما الفيلم مسلسل مسلسلا المسلسل "
    "اغنية الاغنية روايه الروايه البوم الالبوم مسرحيه المسرحيه"
)
WORK_CUES = frozenset(normalize(w) for w in _WORK_CUE_WORDS.split())
MAX_TITLE_WORDS = 6


def quoted_names(tags: list[str], words: list[str], stems: list[str], cues: frozenset[str], kind: str) -> list[str]:
    """A quotation of a few words right after one of ``cues`` (stems of words that say what the quotation names)
    is one name of ``kind``, whatever its words were tagged: the title of a work after a word naming a work
    (برنامج «حوار من القلب»، كتاب «مبدأ حواء»), MISC; over ANERcorp's training part the annotators tagged such a
    title MISC 14 times, left it untagged 8 times and tagged it a place or a person once each."""
    out = tags
    for i in compress(range(len(words) - 2), map(cues.__contains__, stems)):
        if words[i + 1] not in OPENING_QUOTES:
            continue
        end = next(
            (j for j in range(i + 2, min(len(words), i + 3 + MAX_TITLE_WORDS)) if words[j] in CLOSING_QUOTES), None
        )
        if end is None or end == i + 2:
            continue
        out = relabelled(tags, out, i + 2, end, kind)
        if out[end].startswith("I-"):  # a name the tagger ran on past the closing quotation mark
            out[end] = "O"
    return out


# Words that name a medium before its quoted name (صحيفة «النهار»، قناة "الحرة"), as stems: over ANERcorp's training
# part such a name is ORG all 26 times.
_MEDIA_CUE_WORDS = "صحيفة صحيفتي جريدة مجلة قناة شبكة وكالة اذاعة"
MEDIA_CUES = frozenset(normalize(w) for w in _MEDIA_CUE_WORDS.split())


# Words that name a sports ground before its name (ملعب «سانتياغو برنابيو»، استاد ثاني بن جاسم), as stems: only
# without the article, which a construct's head never has (غادر الملعب محمد عبد الوهاب: the player)
VENUE_CUES = frozenset(normalize(w) for w in ["ملعب", "استاد", "ستاد"])
NAMED_BY_HEAD = frozenset({"ORGHEAD", "LOCHEAD"})


def venues(tags: list[str], words: list[str], stems: list[str], places: frozenset[tuple[str, ...]]) -> list[str]:
    """The name of a sports ground after the word for it is MISC, as ANERcorp tags a facility: a quoted name
    (استاد «لوكوموتيف») whatever its words were tagged, an unquoted one when the tagger found a name there that
    is no city or country of the gazetteer (ملعب ثاني بن جاسم, not its namesake; ملعب برشلونة and استاد الدوحة
    are left to the tagger, as the annotators tagged them places) nor opens with the head of an organisation's or
    a place's name (ملعب جامعة الملك سعود: the university's). ``places``: the names of cities and countries, as
    stems."""
    out = quoted_names(tags, words, stems, VENUE_CUES, "MISC")
    for i in compress(range(len(words) - 1), map(VENUE_CUES.__contains__, stems)):
        if not out[i + 1].startswith("B-"):
            continue
        end = i + 2
        while end < len(out) and out[end].startswith("I-"):
            end += 1
        if tuple(stems[i + 1 : end]) not in places and CUES.get(stems[i + 1]) not in NAMED_BY_HEAD:
            out = relabelled(tags, out, i + 1, end, "MISC")
    return out


# The word for a club as a construct's head, as stems (نادي الوحدة، ناديي تشلسي ومانشستر), and other heads whose
# name after them is the organisation's own (جامعة أوكسفورد، صحيفة القدس، شركة فورد، مسجد هوبان، سجن بيل مارش):
# over ANERcorp's training part the name after one of them, the head itself untagged, is ORG 85 times and a place or
# a person 6 times (mosques); قناة is left out (قناة السويس, the canal), as are ports, airports and hospitals, whose
# names the annotators tagged places. A city's or country's name after them is left a place: in a document every
# mention of a name takes the label it has most often, so جامعة تونس would make تونس an organisation throughout.
CLUB_CUES = frozenset(["نادي", "ناديي"])
_ORG_HEAD_WORDS = ["جامعة", "صحيفة", "جريدة", "مجلة", "وكالة", "شركة", "سجن", "مسجد"]
ORG_HEADS = CLUB_CUES | frozenset(normalize(w) for w in _ORG_HEAD_WORDS)


def club_names(tags: list[str], stems: list[str], places: frozenset[tuple[str, ...]]) -> list[str]:
    """What follows the word for a club or another organisation's head names it, an organisation: a name the
    tagger found (نادي قطر، جامعة ستانفورد، شركة فورد; after another head than نادي, not a city's or a country's,
    ``places``) or, after نادي, an untagged definite word (نادي الوحدة، بنادي الغرافة). Over ANERcorp's training part
    the name after نادي is ORG 16 times and LOC once."""
    out = tags
    for i in compress(range(len(stems) - 1), map(ORG_HEADS.__contains__, stems)):
        if out[i + 1].startswith("B-") and out[i] == "O":
            end = i + 2
            while end < len(out) and out[end].startswith("I-"):
                end += 1
            if stems[i] in CLUB_CUES or tuple(stems[i + 1 : end]) not in places:
                out = relabelled(tags, out, i + 1, end, "ORG")
        elif stems[i] in CLUB_CUES and out[i + 1] == "O" and stems[i + 1].startswith("ال") and len(stems[i + 1]) > 3:
            out = relabelled(tags, out, i + 1, i + 2, "ORG")
    return out


# Currencies by name, as stems (ريال, also a club's first word, and ين, also a name, left out).
_CURRENCY_WORDS = (
    "دولار الدولار دولارا دولارات يورو اليورو جنيه الجنيه جنيها جنيهات درهم الدرهم درهما دراهم فرنك الفرنك "
    "اليوان دينار الدينار دينارا الليرة ليرة الروبل روبل"
)
CURRENCIES = frozenset(normalize(w) for w in _CURRENCY_WORDS.split())


def currencies(tags: list[str], stems: list[str]) -> list[str]:
    """An untagged currency's name is MISC, as ANERcorp tags it (over its training part 182 of the 191 tokens
    of these words are MISC, 5 a place, 4 untagged): the tagger misses the rarer ones (اليوان، الدولار)."""
    found = [i for i in compress(range(len(stems)), map(CURRENCIES.__contains__, stems)) if tags[i] == "O"]
    if not found:
        return tags
    out = list(tags)
    for i in found:
        out[i] = "B-MISC"
    return out


# Country adjectives not made by the rule of `country_adjectives` (انجلترا → الانجليزي, النمسا → النمساوي), or of
# countries the gazetteer names otherwise (الولايات المتحده → الامريكي).
IRREGULAR_ADJECTIVES = frozenset(
    ["الانجليزي", "الانكليزي", "النمساوي", "الامريكي", "الاميركي", "الاسكتلندي", "البريطاني", "الافغاني", "الكوري"]
)


def country_adjectives(countries: Iterable[str]) -> frozenset[str]:
    """The definite masculine adjectives of one-word country names, normalised (فرنسا → الفرنسي, ايطاليا →
    الايطالي, المغرب → المغربي, السعوديه → السعودي)."""
    out = set(IRREGULAR_ADJECTIVES)
    for name in countries:
        # ال may be the article (المغرب) or the name's own letters (المانيا): both readings
        for stem in {name, name[2:] if name.startswith("ال") else name}:
            stem = stem[:-2] if stem.endswith(("يا", "يه")) else stem[:-1] if stem.endswith(("ا", "ه")) else stem
            if len(stem) > 1:
                out.add("ال" + stem + "ي")
    return frozenset(out)


def clubs(tags: list[str], stems: list[str], adjectives: frozenset[str]) -> list[str]:
    """A place name without the article right before a masculine country adjective (ميلان الإيطالي، تشلسي
    الإنجليزي) names a club: a city is feminine (باريس الفرنسية), the adjective agrees with نادي or فريق left out.
    ``stems``: each token's stem (``Lexicon.stem``), ``adjectives``: from ``country_adjectives``."""
    out = tags
    if adjectives.isdisjoint(stems):  # most sentences: no span to look at
        return out
    for a, b, kind in spans(tags):
        if kind == "LOC" and b < len(tags) and stems[b] in adjectives and not stems[a].startswith("ال"):
            out = relabelled(tags, out, a, b, "ORG")
    return out


DASHES = frozenset("-–ـ")
MAX_CLUB_WORDS = 4


def fixtures(tags: list[str], words: list[str]) -> list[str]:
    """A name with its country in brackets in a match between two such names (ليفربول ( إنجلترا ) - غلطة سراي
    ( تركيا )), as lists of matches write them, names a club, ORG. Over ANERcorp's training part such names are ORG
    14 times and a place once (a club); a place with its country in brackets elsewhere (ساو باولو ( البرازيل ) - أ ف
    ب, a dateline) is one 7 times."""
    out = tags
    if "(" not in words:
        return out
    for a, b, kind in spans(tags):
        if kind != "LOC" or b + 2 >= len(words) or words[b] != "(" or words[b + 2] != ")" or tags[b + 1] != "B-LOC":
            continue
        after = words[b + 3 : b + 5 + MAX_CLUB_WORDS]
        before = a >= 2 and words[a - 2] == ")" and words[a - 1] in DASHES
        if before or (after[:1] and after[0] in DASHES and "(" in after):
            out = relabelled(tags, out, a, b, "ORG")
    return out


# "the city", the words after it that make it Medina (المدينة المنورة، المدينة النبوية) and the offices of a region
# before it that do (إمارة المدينة، أمين المدينة: the Saudi region's), normalised
THE_CITY = "المدينه"
MEDINA = frozenset(["المنوره", "النبويه"])
MEDINA_OFFICES = frozenset(["منطقه", "اماره", "امانه", "امير", "امين"])


# Latin letters spelled in Arabic, as acronyms are written (سي إن إن، بي بي سي، إف بي آي)
_LETTER_WORDS = "بي سي دي إي اي إف اف جي إتش اتش آي جيه كيه إل ال إم ام إن ان أو كيو آر إس اس تي يو في دبليو إكس واي زد"
LETTER_NAMES = frozenset((_LETTER_WORDS + " إيه ايه").split())
ACRONYM_LETTERS = 3  # letters an acronym spelled so has (CNN, BBC, FBI, MBC)


def _letter(word: str) -> bool:
    """Whether a word is a letter's name, maybe with a proclitic (لبي بي سي)."""
    return word in LETTER_NAMES or (word[:1] in "لبوف" and word[1:] in LETTER_NAMES)


def acronyms(tags: list[str], words: list[str]) -> list[str]:
    """An organisation's name the tagger ended inside a spelled acronym goes on over its letters, up to three
    (وانتقدت سي | إن إن: CNN), where the letters after it read as words too (إن, "that")."""
    out = tags
    for a, b, kind in spans(tags):
        if kind != "ORG" or not _letter(words[b - 1]):
            continue
        start = b - 1
        while start > a and _letter(words[start - 1]):
            start -= 1
        end = b
        while end < len(words) and end - start < ACRONYM_LETTERS and words[end] in LETTER_NAMES:
            end += 1
        if end > b:
            out = relabelled(tags, out, a, end, "ORG")
    return out


POSSESSIVE_ENDINGS = ("ها", "هم", "هما", "هن")


def possessed_nouns(tags: list[str], words: list[str]) -> list[str]:
    """A one-word name that opens with و and ends in a possessive pronoun is a common noun joined to the name before
    it (الحسيمة ونواحيها، دمشق وضواحيها), untagged: the coordination repair parts it from that name."""
    out = tags
    for a, b, _ in spans(tags):
        word = words[a]
        if b - a == 1 and len(word) > 5 and word.startswith("و") and word.endswith(POSSESSIVE_ENDINGS):
            out = _cleared(tags, out, a, b)
    return out


# endings of a noun with a possessive pronoun that no person's name word has (over the gazetteer's name words none
# ends in هما or هن, and of those in ها only a syllable: ساها): a dual or feminine plural pronoun, or a feminine
# noun's ت and ها; هم, "their", too, but only opening a name, as family names end in it (لطفي براهم، الصليهم)
PERSON_NOUN_ENDINGS = ("هما", "هن", "تها")


def _possessed(word: str, opening: bool) -> bool:
    """Whether a word reads as a noun with a possessive pronoun (مدربهم، أغنيتهما، زوجتها), three letters before it;
    ``opening``: it opens the name."""
    if opening and word.endswith("هم"):
        return len(word) > 4
    return word.endswith(PERSON_NOUN_ENDINGS) and len(word) > 5


def possessed_edges(tags: list[str], words: list[str]) -> list[str]:
    """A person's name of two words or more starts after a noun with a possessive pronoun that opens it and ends
    before one that ends it (مدربهم تيلي سانتانا، ستنغ أغنيتهما): "their coach", "their song", no name words."""
    out = tags
    for a, b, kind in spans(tags):
        if kind != "PERS" or b - a < 2:
            continue
        start, end = a, b
        while end - start > 1 and _possessed(words[start], True):
            start += 1
        while end - start > 1 and _possessed(words[end - 1], False):
            end -= 1
        if (start, end) != (a, b):
            out = relabelled(tags, _cleared(tags, out, a, b), start, end, "PERS")
    return out


def the_city(tags: list[str], stems: list[str]) -> list[str]:
    """المدينة alone is "the city" (وسط المدينة، في هذه المدينة), not Medina unless المنورة or النبوية follows it or
    a region's office comes before it. Over ANERcorp it is untagged 71 times and a place 20 (Medina in pages of early
    Islamic history), and the tagger trained out of fold tagged 24 of the untagged a place; the news means the city
    named before. With المنورة or النبوية after it, untagged, it is Medina (ANERcorp's four المدينة النبوية)."""
    out = tags
    for i in compress(range(len(stems)), map(THE_CITY.__eq__, stems)):
        medina = i + 1 < len(stems) and stems[i + 1] in MEDINA
        alone = i + 1 == len(stems) or (not out[i + 1].startswith("I-") and not medina)
        if out[i] == "B-LOC" and alone and (i == 0 or stems[i - 1] not in MEDINA_OFFICES):
            out = _cleared(tags, out, i, i + 1)
        elif medina and out[i] == out[i + 1] == "O":
            out = relabelled(tags, out, i, i + 2, "LOC")
    return out


# "right" and "left" in the feminine, as written (normalising ى to ي would make اليمنى "Yemeni")
SIDES = frozenset(["اليمنى", "اليسرى"])


def sides(tags: list[str], words: list[str]) -> list[str]:
    """A one-word place before "right" or "left" in the feminine is a side, not a place (سكنت الزاوية اليسرى: the
    corner, not the Libyan city): no place's name takes them. In ANERcorp the words before them are hands, knees,
    the corner and once a person's name, never a place."""
    out = tags
    for i in compress(range(len(words) - 1), map(SIDES.__contains__, words[1:])):
        if out[i] == "B-LOC" and (i + 1 == len(out) or not out[i + 1].startswith("I-")):
            out = _cleared(tags, out, i, i + 1)
    return out


# the gazetteer types whose one-word entries name people
PERSON_LISTS = frozenset({"FIRST", "LAST", "trPERS", "ACTOR", "HASHTAG"})
PLACE_LISTS = frozenset({"CITY", "COUNTRY"})


@dataclass(frozen=True, slots=True)
class RepairLists:
    """The word lists the repairs read, made once from the tagger's gazetteer."""

    adjectives: frozenset[str]  # ``country_adjectives``
    names: frozenset[str]  # one-word entries that name people: first and family names, actors, hashtags
    places: frozenset[tuple[str, ...]]  # entries that name cities and countries
    countries: Gazetteer  # the countries' names of two words or more (a small gazetteer to match in documents)
    bodies: frozenset[tuple[str, ...]]  # entries that name organisations in the training data
    people: frozenset[tuple[str, ...]]  # full names of two words or more that name people
    given: frozenset[str]  # given names (the first words of people's names in the training data)

    @classmethod
    def of(cls, gazetteer: Gazetteer) -> RepairLists:
        singles = [(w[0], kinds) for w, kinds in gazetteer.types.items() if len(w) == 1]
        return cls(
            country_adjectives(w for w, kinds in singles if "COUNTRY" in kinds),
            frozenset(w for w, kinds in singles if not PERSON_LISTS.isdisjoint(kinds)),
            frozenset(w for w, kinds in gazetteer.types.items() if not PLACE_LISTS.isdisjoint(kinds)),
            Gazetteer(("COUNTRY", w) for w, kinds in gazetteer.types.items() if len(w) > 1 and "COUNTRY" in kinds),
            frozenset(w for w, kinds in gazetteer.types.items() if "trORG" in kinds),
            frozenset(w for w, kinds in gazetteer.types.items() if len(w) > 1 and not PERSON_LISTS.isdisjoint(kinds)),
            frozenset(w for w, kinds in singles if "FIRST" in kinds),
        )


def repair(tags: list[str], words: list[str], stems: list[str], lists: RepairLists) -> list[str]:
    """One sentence's tags after the repairs above, in order (``words``: its tokens, ``stems``: their stems)."""
    tags = join_touching(coordinated(tags, words, stems, lists.names), words, lists)
    tags = linked_names(leading_nationalities(trailing_particles(tags, words), stems, lists.adjectives), words)
    tags = servant_names(initials(tags, words), words)
    tags = acronyms(told_bodies(media_credits(tags, words), words, stems, lists.bodies), words)
    tags = sides(fixtures(club_names(clubs(tags, stems, lists.adjectives), stems, lists.places), words), words)
    tags = possessed_edges(possessed_nouns(the_city(tags, stems), words), words)
    tags = quoted_names(quoted_names(tags, words, stems, WORK_CUES, "MISC"), words, stems, MEDIA_CUES, "ORG")
    tags = venues(tags, words, stems, lists.places)
    return currencies(tags, stems)
