"""Full-text search over documents, with the matching words located in the original text."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

from rasd.store.queries import Filter, Page, clamp, document_filter
from rasd.store.terms import key, match_expression, parse, variants
from rasd.store.transaction import snapshot
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
    score: float | None  # BM25, lower is better; None past the ranked window (see RANK_WINDOW)
    snippet: str
    snippet_start: int
    matches: list[tuple[int, int]]

    def snippet_matches(self) -> list[tuple[int, int]]:
        """The matches that lie within the snippet, as ``[start, end)`` offsets into it."""
        end = self.snippet_start + len(self.snippet)
        return [(m_start - self.snippet_start, m_end - self.snippet_start) for m_start, m_end in self.matches
                if m_start >= self.snippet_start and m_end <= end]


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
        self.needles = sorted({*self.keys, *self.prefixes}, key=len, reverse=True)

    def matches(self, word: str) -> bool:
        """Whether a normalised word matches."""
        k = key(word)
        return k in self.keys or any(k.startswith(p) for p in self.prefixes)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """``[start, end)`` of the matching words in the original text (the first MAX_MATCHES), in order.

        Every occurrence of a key in the normalised text is widened to its whole word, which must then match."""
        norm = norm_text(text)
        folded = norm.text.lower()
        if len(folded) != len(norm.text):  # a rare letter whose lower case is longer: keep offsets right
            folded = norm.text
        words: dict[int, int] = {}
        for needle in self.needles:
            at = folded.find(needle)
            while at != -1:
                start, end = _word_around(folded, at, at + len(needle))
                if start not in words and self.matches(folded[start:end]):
                    words[start] = end
                at = folded.find(needle, end)
        found = []
        for start in sorted(words)[:MAX_MATCHES]:
            raw_start, raw_end = norm.to_original(start, words[start])
            raw = RAW_WORD.match(text, raw_start)  # the whole original word, diacritics included
            found.append(raw.span() if raw else (raw_start, raw_end))
        return found


def _word_around(text: str, start: int, end: int) -> tuple[int, int]:
    while start > 0 and _is_word_char(text[start - 1]):
        start -= 1
    while end < len(text) and _is_word_char(text[end]):
        end += 1
    return start, end


def _is_word_char(char: str) -> bool:
    return char.isalnum()  # letters and digits: the index's split (see rasd.store.terms.WORD)


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


# BM25 costs a few microseconds a matching document: over a query that matches most of a large corpus it would
# dominate. Only the RANK_WINDOW most recently stored matches are ranked by it; older ones follow, newest first.
RANK_WINDOW = 2000
BM25 = "bm25(documents_fts, 2.0, 1.0)"  # title words weigh double


def search(conn: sqlite3.Connection, query: str, *, source: str | None = None, since: str | None = None,
           until: str | None = None, where: Filter | None = None, limit: int = 20, offset: int = 0
           ) -> Page[SearchHit]:
    """Documents matching ``query`` (words ANDed, ``OR`` between words, ``"phrases"``, ``prefix*``), best first.

    A word matches its inflected forms with clitics: ``المفاوضات`` finds ``والمفاوضات`` and ``بالمفاوضات``.
    ``where`` adds conditions of the caller's own on the documents (alias ``d``). When more than RANK_WINDOW
    documents match, the RANK_WINDOW most recently stored come first, best first, then the others, newest first."""
    extra, where = where, Filter()
    where.add("documents_fts MATCH ?", match_expression(query))
    where.extend(extra)
    where.extend(document_filter(source=source, since=since, until=until))
    matching = "documents_fts" + (" JOIN documents d ON d.id = documents_fts.rowid" if len(where.clauses) > 1 else "")
    matching += where.where()
    limit, offset = clamp(limit, offset)
    with snapshot(conn):
        total = conn.execute(f"SELECT count(*) FROM {matching}", where.params).fetchone()[0]
        ranked = _page_ids(conn, matching, where.params, total, limit, offset)
        texts = {row[0]: row[1:] for row in conn.execute(
            "SELECT id, doc_id, title, source, published, text FROM documents WHERE id IN "
            f"({','.join('?' * len(ranked))})", [doc for doc, _ in ranked])}
    matcher = Matcher(query)
    items = []
    for doc, score in ranked:
        doc_id, title, source_name, published, text = texts[doc]
        spans = matcher.spans(text)
        piece, start = snippet(text, spans)
        items.append(SearchHit(doc_id, title, source_name, published, score, piece, start, spans))
    return Page(items, total, limit, offset)


def _page_ids(conn: sqlite3.Connection, matching: str, params: list, total: int, limit: int, offset: int
              ) -> list[tuple[int, float | None]]:
    """(row id, score) of one page: the ranked window first, then the older matches (score None)."""
    rowid = "documents_fts.rowid"
    if total <= RANK_WINDOW:
        boundary, window = None, total
    else:
        boundary = conn.execute(f"SELECT {rowid} FROM {matching} ORDER BY {rowid} DESC LIMIT 1 OFFSET ?",
                                [*params, RANK_WINDOW - 1]).fetchone()[0]
        window = RANK_WINDOW
    out: list[tuple[int, float | None]] = []
    if offset < window:
        in_window = f" AND {rowid} >= ?" if boundary is not None else ""
        out += conn.execute(
            f"SELECT {rowid}, {BM25} AS score FROM {matching}{in_window} ORDER BY score LIMIT ? OFFSET ?",
            [*params, *([boundary] if boundary is not None else []), min(limit, window - offset), offset],
        ).fetchall()
    if boundary is not None and offset + limit > window:
        out += conn.execute(
            f"SELECT {rowid}, NULL FROM {matching} AND {rowid} < ? ORDER BY {rowid} DESC LIMIT ? OFFSET ?",
            [*params, boundary, offset + limit - max(offset, window), max(0, offset - window)],
        ).fetchall()
    return out
