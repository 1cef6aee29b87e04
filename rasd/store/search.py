"""Full-text search over documents, with the matching words located in the original text."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

from rasd.store.queries import Filter, Page, paged
from rasd.store.terms import WORD, key, match_expression, parse, variants
from rasd.text.normalize import normalize

# A raw word: letters and digits with any diacritics or tatweel inside it.
RAW_WORD = re.compile(r"(?:[^\W_]|[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640])+")
SNIPPET_CONTEXT = 90
MAX_MATCHES = 50


@dataclass(slots=True)
class SearchHit:
    """A matching document; ``matches`` are ``[start, end)`` spans of matching words in its text."""

    doc_id: str
    title: str | None
    source: str | None
    published: str | None
    score: float
    snippet: str
    snippet_start: int
    matches: list[tuple[int, int]]


class Matcher:
    """Tells whether a raw word matches a query, by the same keys the index holds."""

    def __init__(self, query: str) -> None:
        self.keys: set[str] = set()
        self.prefixes: list[str] = []
        for term in parse(query):
            if isinstance(term, str):
                continue
            for word in term.words:
                (self.prefixes.extend if term.prefix else self.keys.update)(variants(word))

    def __call__(self, raw_word: str) -> bool:
        for word in WORD.findall(normalize(raw_word)):
            k = key(word)
            if k in self.keys or any(k.startswith(p) for p in self.prefixes):
                return True
        return False

    def spans(self, text: str) -> list[tuple[int, int]]:
        found = []
        for m in RAW_WORD.finditer(text):
            if self(m.group()):
                found.append(m.span())
                if len(found) == MAX_MATCHES:
                    break
        return found


def snippet(text: str, matches: list[tuple[int, int]]) -> tuple[str, int]:
    """A window of the text around the first match (the opening when none), cut at spaces."""
    if not matches:
        end = _cut(text, min(len(text), 2 * SNIPPET_CONTEXT), forward=True)
        return text[:end], 0
    start, end = matches[0]
    lo = _cut(text, max(0, start - SNIPPET_CONTEXT), forward=False)
    hi = _cut(text, min(len(text), end + SNIPPET_CONTEXT), forward=True)
    return text[lo:hi], lo


def _cut(text: str, at: int, *, forward: bool) -> int:
    if at <= 0 or at >= len(text):
        return at
    space = text.find(" ", at) if forward else text.rfind(" ", 0, at)
    return at if space == -1 else (space if forward else space + 1)


SEARCH_SELECT = """
SELECT d.doc_id, d.title, d.source, d.published, bm25(documents_fts, 2.0, 1.0) AS score, d.text
FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid"""


def search(conn: sqlite3.Connection, query: str, *, source: str | None = None, since: str | None = None,
           until: str | None = None, limit: int = 20, offset: int = 0) -> Page[SearchHit]:
    """Documents matching ``query`` (words ANDed, ``OR`` between words, ``"phrases"``, ``prefix*``), best first.

    A word matches its inflected forms with clitics: ``المفاوضات`` finds ``والمفاوضات`` and ``بالمفاوضات``."""
    where = Filter()
    where.add("documents_fts MATCH ?", match_expression(query))
    if source:
        where.add("d.source = ?", source)
    where.dates("d.published_date", since, until)
    matcher = Matcher(query)

    def hit(row: sqlite3.Row) -> SearchHit:
        matches = matcher.spans(row["text"])
        text, start = snippet(row["text"], matches)
        return SearchHit(row["doc_id"], row["title"], row["source"], row["published"], row["score"], text, start,
                         matches)

    return paged(conn, SEARCH_SELECT, "documents_fts JOIN documents d ON d.id = documents_fts.rowid", where,
                 "score", hit, limit, offset)
