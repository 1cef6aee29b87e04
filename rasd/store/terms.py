"""Search keys: what the full-text indexes hold and what queries look for.

FTS5 splits Arabic words at diacritics and knows nothing of clitics, so the indexes hold *keys*: each word of
the normalised text with its leading conjunction (و ف), preposition (ب ل ك) and article (ال) stripped. A query
word is expanded to the keys of every clitic-bearing form it could take, so ``المفاوضات`` finds
``والمفاوضات``, ``المفاوضاتُ`` and ``بالمفاوضات``. Every query word ends up inside double quotes in the FTS5
expression: user input is never FTS5 syntax, and reaches SQL only as a bound parameter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import product

from rasd.errors import RasdError
from rasd.text.normalize import normalize

WORD = re.compile(r"[^\W_]+")  # the same split as FTS5's unicode61 tokenizer: letters and digits
ARABIC_LETTER = re.compile(r"[\u0620-\u064A]")
MIN_STEM = 2
CONJUNCTIONS = ("و", "ف")
PREPOSITIONS = ("ب", "ل", "ك")
ARTICLE = "ال"
LAM_ARTICLE = "لل"  # ل + ال written without the alef
CLITIC_PREFIXES = (
    *(c + p + a for c in ("", *CONJUNCTIONS) for p in ("", *PREPOSITIONS) for a in ("", ARTICLE)),
    *(c + LAM_ARTICLE for c in ("", *CONJUNCTIONS)),
)
ARTICLE_CHAINS = sorted((p for p in CLITIC_PREFIXES if p.endswith((ARTICLE, LAM_ARTICLE))), key=len, reverse=True)
MAX_PHRASE_VARIANTS = 32


class QueryError(RasdError):
    """A search query with nothing to search for."""


@lru_cache(maxsize=1 << 16)  # words repeat (Zipf): most lookups hit; the bound keeps memory flat
def key(word: str) -> str:
    """The index key of one normalised word: leading conjunction, preposition and article stripped."""
    if len(word) - 1 >= MIN_STEM and word[0] in CONJUNCTIONS:
        word = word[1:]
    if word.startswith(LAM_ARTICLE) and len(word) - 2 >= MIN_STEM:
        return word[2:]
    if len(word) - 1 >= MIN_STEM and word[0] in PREPOSITIONS:
        word = word[1:]
    if word.startswith(ARTICLE) and len(word) - 2 >= MIN_STEM:
        word = word[2:]
    return word


def words(text: str) -> list[str]:
    """The normalised words of a text, in the tokenizer's split, lower-cased as the tokenizer folds them."""
    return WORD.findall(normalize(text).lower())


def index_text(text: str) -> str:
    """What the full-text index stores for a text: its keys, one per word, in order."""
    return " ".join(key(w) for w in words(text))


def variants(word: str) -> list[str]:
    """The keys of every form a normalised query word takes with clitics attached (sorted, no repeats)."""
    base = word
    for chain in ARTICLE_CHAINS:
        if word.startswith(chain) and len(word) - len(chain) >= MIN_STEM:
            base = word[len(chain) :]
            break
    if len(base) < MIN_STEM or not ARABIC_LETTER.match(base):
        return [key(base)]
    return sorted({key(prefix + base) for prefix in CLITIC_PREFIXES})


@dataclass(frozen=True, slots=True)
class Term:
    """One query unit: a word or a phrase (several words), optionally a prefix search."""

    words: tuple[str, ...]
    prefix: bool = False

    def fts(self) -> str:
        """This term as an FTS5 expression, every key quoted."""
        if len(self.words) == 1:
            star = "*" if self.prefix else ""
            alternatives = [_quote(k) + star for k in variants(self.words[0])]
        else:
            combos = product(*(variants(w) for w in self.words))
            alternatives = [_quote(" ".join(c)) for _, c in zip(range(MAX_PHRASE_VARIANTS), combos, strict=False)]
        return alternatives[0] if len(alternatives) == 1 else "(" + " OR ".join(alternatives) + ")"


QUERY_PART = re.compile(r'"([^"]*)"?|(\S+)')


def parse(query: str) -> list[Term | str]:
    """Split a query into terms and the operator ``OR``; ``"…"`` is a phrase, a trailing ``*`` a prefix."""
    parts: list[Term | str] = []
    for match in QUERY_PART.finditer(query):
        phrase, bare = match.groups()
        if bare == "OR":
            parts.append("OR")
            continue
        found = words(phrase if phrase is not None else bare)
        if not found:
            continue
        if phrase is not None:
            parts.append(Term(tuple(found)))
        else:
            prefix = bare.endswith("*")
            parts.extend(Term((w,), prefix and i == len(found) - 1) for i, w in enumerate(found))
    return parts


def match_expression(query: str) -> str:
    """The FTS5 MATCH expression for a user query: terms joined by AND unless ``OR`` stands between them."""
    parts = parse(query)
    out: list[str] = []
    pending_or = False
    for part in parts:
        if part == "OR":
            pending_or = bool(out)
            continue
        if out:
            out.append("OR" if pending_or else "AND")
        out.append(part.fts())
        pending_or = False
    if not out:
        raise QueryError(f"nothing to search for in {query!r}: the query has no words")
    return " ".join(out)


def name_expression(name: str) -> str:
    """The FTS5 expression for a name: its normalised words, in order, as one quoted phrase."""
    found = words(name)
    if not found:
        raise QueryError(f"nothing to search for in {name!r}: the name has no words")
    return _quote(" ".join(found))


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'
