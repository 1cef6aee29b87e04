"""Entity labels: ANERcorp's CoNLL types, the document labels, and the corpus label mappings (a data file)."""

from __future__ import annotations

import json
from functools import lru_cache

from rasd.ner.paths import RESOURCES

CONLL_TYPES = ("PERS", "ORG", "LOC", "MISC")
DOC_LABEL = {"PERS": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}
CONLL_TYPE = {label: conll for conll, label in DOC_LABEL.items()}


@lru_cache(maxsize=1)
def label_maps() -> dict[str, dict[str, str]]:
    """Corpus name -> {its entity type -> PERS | ORG | LOC | MISC | O}."""
    text = (RESOURCES / "label_map.json").read_text(encoding="utf-8")
    return {name: table for name, table in json.loads(text).items() if isinstance(table, dict)}


def map_tag(tag: str, corpus: str) -> str:
    """Map one BIO tag of ``corpus`` to an ANERcorp BIO tag; unknown or dropped types become O."""
    if tag == "O" or "-" not in tag:
        return "O"
    prefix, _, kind = tag.partition("-")
    if prefix not in ("B", "I"):
        return "O"
    target = label_maps()[corpus].get(kind, "O")
    return "O" if target == "O" else f"{prefix}-{target}"


def map_tags(tags: list[str], corpus: str) -> list[str]:
    """Map a sentence's tags and repair BIO: an I- that does not continue its type starts a new entity."""
    out: list[str] = []
    for tag in tags:
        mapped = map_tag(tag, corpus)
        if mapped.startswith("I-") and (not out or out[-1] == "O" or out[-1][2:] != mapped[2:]):
            mapped = "B-" + mapped[2:]
        out.append(mapped)
    return out
