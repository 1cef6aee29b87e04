"""The layout of an article: paragraphs, headings, hashtags, the closing source line and the dateline.

Rules, all on the original text (offsets are raw), with names matched in normalised form:

- a *paragraph* is one non-blank line (news text puts one paragraph on a line), trimmed of spaces and
  invisible controls;
- a *heading* is a short paragraph (at most 12 words) with letters, without terminal punctuation, not a list
  item nor a "read also" link, not the last paragraph, followed by a clearly longer paragraph (at least 8 words
  and twice its own) and not preceded by another short unpunctuated line (consecutive short lines are a list,
  not headings); a first line that is the article's body is long or punctuated, so it is no heading, while a
  short title line above the body is one;
- the *source line* is a closing paragraph that names who signs the article: known agencies or outlets
  (``rasd/resources/text/news_sources.txt``) alone or joined by / - ، و, in brackets or dashes
  (``(رويترز)``, ``-وات-``, ``فرانس24/ أ ف ب``), or a short ``المصدر: …`` / ``نقلا عن …`` line;
- the *dateline* opens the first body paragraph: place and agency parts joined by dashes or a comma and closed
  by a colon or dashes (``دمشق - رويترز:``, ``القاهرة - أ ف ب -``, ``دبي، الإمارات (CNN) --``), with at least one
  part a known agency or outlet;
- a *hashtag* is ``#`` and word characters; its name is its text without ``#`` with underscores as spaces.
  It stays part of its sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from rasd.doc import Hashtag, Heading, Paragraph, Span
from rasd.text.normalize import WORD_MARKS, normalize

MAX_HEADING_WORDS = 12
MAX_HEADING_CHARS = 100
MAX_SOURCE_WORDS = 8

_INVISIBLE = "\u061c\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
_TRIM = " \t\r\f\v\u00a0" + _INVISIBLE
_LINE_BREAK = re.compile(r"[\n\r\u2028\u2029]")
_OTHER_BREAKS = ("\r", "\u2028", "\u2029")
_TERMINAL = frozenset(".:؟?!؛;…،,")
_CLOSERS = "\"'”’»›″)]}" + _TRIM
_LIST_MARKER = re.compile(r"[-–—•·*▪►●■○◦>+=_~|]|\d+\s*[-.)/:]|\(\d+\)")
_LETTER = re.compile(r"[^\W\d_]")
# "read also" and "watch" links between paragraphs look like headings but point to other articles
_LINK_LINE = re.compile(r"\W*(?:اقرا|إقرأ|اقرأ|شاهد|للمزيد|قد يهمك|طالع|ايضا|أيضا|أيضاً)(?:\W|$)")
# ``#`` then letters, digits and marks, with single underscores between them
HASHTAG_PATTERN = rf"#[^\W_](?:_?(?:[^\W_]|[{WORD_MARKS}]))*"
_HASHTAG = re.compile(HASHTAG_PATTERN)
_SOURCE_SPLIT = re.compile(r"\s*(?:[/\\|،,+&]|\s[-–—]|[-–—]\s)\s*")
_SOURCE_STRIP = "()[]{}<>-–—*•/\\|:. \"'«»“”″"
_SOURCE_PREFIX = re.compile(r"^\W*(?:المصدر|نقلا عن|بالاتفاق مع|خدمه)\b")
_DATELINE_END = re.compile(r"\s*(?:[:：]|[-–—]{1,2}(?=\s))")
_DATELINE_STOP = re.compile(r"[.؟!?\"«“”»\n]")
_DATELINE_PART = re.compile(r"\s*[-–—،,()]+\s*")
MAX_DATELINE_CHARS = 100


@dataclass(slots=True)
class Structure:
    """What `find_structure` found; spans are raw offsets."""

    paragraphs: list[Paragraph]
    headings: list[Heading]
    hashtags: list[Hashtag]
    source_line: Span | None
    dateline: Span | None


@lru_cache(maxsize=1)
def news_sources() -> frozenset[str]:
    """Normalised names of known agencies and outlets (the shipped lexicon)."""
    text = resources.files("rasd.resources").joinpath("text/news_sources.txt").read_text(encoding="utf-8")
    return frozenset(_source_key(line) for line in text.splitlines() if line.strip() and not line.startswith("#"))


def _source_key(name: str) -> str:
    """A name as looked up in the lexicon: normalised, dots and extra spaces dropped, Latin lower-cased."""
    return " ".join(normalize(name).replace(".", " ").split()).lower()


def is_source_name(text: str) -> bool:
    """True when ``text`` is a known agency or outlet, allowing brackets and dashes around it."""
    return _source_key(text.strip(_SOURCE_STRIP)) in news_sources()


def paragraphs(text: str) -> list[Paragraph]:
    """Every non-blank line, trimmed of spaces and invisible controls."""
    # every line break is one character; most texts break lines with \n alone, which str.split finds fastest
    lines = _LINE_BREAK.split(text) if any(b in text for b in _OTHER_BREAKS) else text.split("\n")
    out = []
    pos = 0
    for line in lines:
        stripped = line.strip(_TRIM)
        if stripped:
            start = pos + len(line) - len(line.lstrip(_TRIM))
            out.append(Paragraph(start, start + len(stripped), stripped))
        pos += len(line) + 1
    return out


def _is_short_unpunctuated(text: str) -> bool:
    """A line that could be a heading by itself: short, with letters, no list marker, no terminal mark."""
    if len(text) > MAX_HEADING_CHARS or len(text.split()) > MAX_HEADING_WORDS:
        return False
    if _LIST_MARKER.match(text) or not _LETTER.search(text) or _LINK_LINE.match(text):
        return False
    return text.rstrip(_CLOSERS)[-1:] not in _TERMINAL


def find_headings(paras: list[Paragraph], skip: frozenset[int] = frozenset()) -> list[Heading]:
    """Headings among ``paras``; indices in ``skip`` (source line) are never headings."""
    short = [_is_short_unpunctuated(p.text) for p in paras]
    out = []
    for i, para in enumerate(paras[:-1]):
        if not short[i] or i in skip or (i > 0 and short[i - 1]) or short[i + 1] or i + 1 in skip:
            continue
        words = len(para.text.split())
        if len(paras[i + 1].text.split()) >= max(8, 2 * words):
            out.append(Heading(para.start, para.end, para.text))
    return out


def find_source_line(paras: list[Paragraph]) -> Span | None:
    """The closing paragraph when it names the article's source."""
    if len(paras) < 2:
        return None
    last = paras[-1]
    if len(last.text.split()) > MAX_SOURCE_WORDS:
        return None
    parts = [p for p in _SOURCE_SPLIT.split(last.text.strip(_SOURCE_STRIP)) if p.strip(_SOURCE_STRIP)]
    if (parts and all(is_source_name(p) for p in parts)) or _SOURCE_PREFIX.match(normalize(last.text)):
        return Span(last.start, last.end, last.text)
    return None


def find_dateline(text: str, para: Paragraph) -> Span | None:
    """A dateline at the start of ``para``: place/agency parts before a colon or dashes.

    Every colon or dash that closes a valid run of parts is a candidate; the longest valid one wins.
    """
    head = para.text[:MAX_DATELINE_CHARS]
    stop = _DATELINE_STOP.search(head)
    if stop is not None:
        head = head[: stop.start()]
    best = None
    for match in _DATELINE_END.finditer(head):
        line = head[: match.start()].rstrip(" \u00a0-–—")
        if _is_dateline(line):
            best = line
        if match.group().strip() in ":：":
            break
    if best is None:
        return None
    return Span(para.start, para.start + len(best), best)


def _is_dateline(line: str) -> bool:
    parts = [p for p in _DATELINE_PART.split(line) if p.strip()]
    return (
        len(parts) >= 2
        and all(len(p.split()) <= 4 for p in parts)
        and len(line.split()) <= 10
        and any(is_source_name(p) for p in parts)
    )


def hashtags(text: str) -> list[Hashtag]:
    """Every ``#tag`` with its readable name."""
    out = []
    for match in _HASHTAG.finditer(text):
        tag = match.group()
        out.append(Hashtag(match.start(), match.end(), tag, tag[1:].replace("_", " ")))
    return out


def find_structure(text: str) -> Structure:
    """Paragraphs, headings, hashtags, source line and dateline of one article."""
    paras = paragraphs(text)
    source = find_source_line(paras)
    skip = frozenset({len(paras) - 1}) if source is not None else frozenset()
    heads = find_headings(paras, skip)
    heading_starts = {h.start for h in heads}
    body = [p for i, p in enumerate(paras) if i not in skip and p.start not in heading_starts]
    dateline = find_dateline(text, body[0]) if body else None
    return Structure(paras, heads, hashtags(text), source, dateline)
