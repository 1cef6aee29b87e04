"""Full-text search over documents, with the matching words located in the original text."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

from rasd.store.queries import Filter, Page, clamp
from rasd.store.terms import CLITIC_PREFIXES, key, match_expression, parse, variants
from rasd.text.normalize import norm_text

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
    """Finds the words of a text that match a query, by the same keys the index holds."""

    def __init__(self, query: str) -> None:
        self.keys: set[str] = set()
        self.prefixes: list[str] = []
        for term in parse(query):
            if isinstance(term, str):
                continue
            for word in term.words:
                (self.prefixes.extend if term.prefix else self.keys.update)(variants(word))
        # Candidates: a key (or prefix) with any clitics before it; each is then checked by its own key.
        clitics = "|".join(sorted(map(re.escape, CLITIC_PREFIXES), key=len, reverse=True))
        alternatives = [re.escape(k) + r"(?![^\W_])" for k in self.keys] + [re.escape(p) for p in self.prefixes]
        body = "|".join(sorted(alternatives, key=len, reverse=True)) or "(?!)"
        self.candidates = re.compile(rf"(?<![^\W_])(?:{clitics})?(?:{body})[^\W_]*")

    def matches(self, word: str) -> bool:
        """Whether a normalised word matches."""
        k = key(word)
        return k in self.keys or any(k.startswith(p) for p in self.prefixes)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """``[start, end)`` of the matching words in the original text (the first MAX_MATCHES)."""
        norm = norm_text(text)
        found = []
        for m in self.candidates.finditer(norm.text):
            if self.matches(m.group()):
                start = norm.to_original(m.start(), m.end())[0]
                raw = RAW_WORD.match(text, start)  # the whole original word, diacritics included
                found.append(raw.span() if raw else norm.to_original(m.start(), m.end()))
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


RANKED = "SELECT documents_fts.rowid AS id, bm25(documents_fts, 2.0, 1.0) AS score FROM documents_fts"
FILTERED = " JOIN documents d ON d.id = documents_fts.rowid"


def search(conn: sqlite3.Connection, query: str, *, source: str | None = None, since: str | None = None,
           until: str | None = None, where: Filter | None = None, limit: int = 20, offset: int = 0
           ) -> Page[SearchHit]:
    """Documents matching ``query`` (words ANDed, ``OR`` between words, ``"phrases"``, ``prefix*``), best first.

    A word matches its inflected forms with clitics: ``المفاوضات`` finds ``والمفاوضات`` and ``بالمفاوضات``.
    ``where`` adds conditions of the caller's own on the documents (alias ``d``)."""
    extra = where or Filter()
    where = Filter()
    where.add("documents_fts MATCH ?", match_expression(query))
    where.clauses += extra.clauses
    where.params += extra.params
    if source:
        where.add("d.source = ?", source)
    where.dates("d.published_date", since, until)
    matches = RANKED + (FILTERED if len(where.clauses) > 1 else "") + where.where()
    limit, offset = clamp(limit, offset)
    # Rank and cut first, then read the texts of this page only.
    rows = conn.execute(
        f"SELECT d.doc_id, d.title, d.source, d.published, h.score, d.text FROM ({matches} ORDER BY score "
        "LIMIT ? OFFSET ?) h JOIN documents d ON d.id = h.id ORDER BY h.score",
        [*where.params, limit, offset],
    )
    matcher = Matcher(query)
    items = []
    for doc_id, title, source_name, published, score, text in rows:
        spans = matcher.spans(text)
        piece, start = snippet(text, spans)
        items.append(SearchHit(doc_id, title, source_name, published, score, piece, start, spans))
    total = conn.execute(f"SELECT count(*) FROM ({matches})", where.params).fetchone()[0]
    return Page(items, total, limit, offset)
