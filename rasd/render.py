"""The `pretty` output: an analysed article rendered for a terminal with rich.

Arabic is printed as it is (a terminal with bidirectional support shows it right to left) and lines
of right-to-left articles are right-aligned. Sentences are numbered one per line, headings stand out,
hashtags, entities and quotations are coloured, and whatever later stages found is listed in tables.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TextIO

from rich.console import Console, Group, RenderableType
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from rasd.doc import Document, Span

STYLES = {
    "heading": "bold reverse",
    "hashtag": "bold cyan",
    "quote": "italic green",
    "cue": "bold green",
    "speaker": "bold yellow",
    "trigger": "bold red",
    "PER": "underline yellow",
    "ORG": "underline magenta",
    "LOC": "underline blue",
    "MISC": "underline",
    "aside": "dim italic",
    "number": "dim",
}


class PrettyWriter:
    """Writes each document as a rendered article followed by its annotations."""

    def __init__(self, stream: TextIO, *, width: int | None = None) -> None:
        self.console = Console(file=stream, highlight=False, emoji=False, markup=False, width=width)

    def write(self, doc: Document) -> None:
        self.console.print(render(doc))
        self.console.file.flush()

    def close(self) -> None:
        self.console.file.flush()


def render(doc: Document) -> RenderableType:
    """The whole rendering of one document."""
    parts: list[RenderableType] = [_header(doc), *_body(doc)]
    parts.extend(table for table in (_hashtags(doc), _entities(doc), _quotes(doc), _events(doc)) if table)
    return Group(*parts)


def is_rtl(text: str) -> bool:
    """Whether most letters of a text are Arabic-script letters."""
    letters = [ch for ch in text[:2000] if ch.isalpha()]
    arabic = sum(1 for ch in letters if "\u0600" <= ch <= "\u08ff" or "\ufb50" <= ch <= "\ufeff")
    return bool(letters) and arabic * 2 > len(letters)


def _header(doc: Document) -> RenderableType:
    meta = doc.meta
    facts = [f"id {doc.id}"]
    facts += [value for value in (meta.source, meta.published, meta.url, meta.extra.get("path")) if value]
    parts: list[RenderableType] = [Rule(style="dim")]
    if meta.title:
        parts.append(Text(meta.title, style="bold", justify="right" if is_rtl(meta.title) else "left"))
    parts.append(Text(" · ".join(str(f) for f in facts), style="dim"))
    return Group(*parts)


def _marks(doc: Document) -> list[tuple[int, int, str]]:
    """(start, end, style) for every span to colour, in raw-text offsets."""
    marks: list[tuple[int, int, str]] = [(h.start, h.end, STYLES["heading"]) for h in doc.headings]
    marks += [(s.start, s.end, STYLES["aside"]) for s in (doc.dateline, doc.source_line) if s]
    for quote in doc.quotes:
        marks.append((quote.content.start, quote.content.end, STYLES["quote"]))
        marks += [(s.start, s.end, STYLES[key]) for key, s in (("cue", quote.cue), ("speaker", quote.speaker)) if s]
    marks += [(e.start, e.end, STYLES.get(e.label, STYLES["MISC"])) for e in doc.entities]
    marks += [(e.trigger.start, e.trigger.end, STYLES["trigger"]) for e in doc.events]
    marks += [(h.start, h.end, STYLES["hashtag"]) for h in doc.hashtags]
    return marks


def _piece(doc: Document, start: int, end: int, marks: list[tuple[int, int, str]], justify: str) -> Text:
    """The text between two offsets with the marks that fall inside it."""
    text = Text(doc.text[start:end], justify=justify)  # type: ignore[arg-type]
    for m_start, m_end, style in marks:
        if m_start < end and m_end > start:
            text.stylize(style, max(m_start, start) - start, min(m_end, end) - start)
    return text


def _body(doc: Document) -> Iterator[RenderableType]:
    """The article, one numbered sentence per line, a blank line between paragraphs."""
    marks = _marks(doc)
    justify = "right" if is_rtl(doc.text) else "left"
    if not doc.sentences:
        yield _piece(doc, 0, len(doc.text), marks, justify)
        return
    position = 0
    for number, sentence in enumerate(doc.sentences, start=1):
        gap = doc.text[position : sentence.start]
        if gap.strip():
            yield _piece(doc, position, sentence.start, marks, justify)
        elif "\n" in gap and position:
            yield Text("")
        start = sentence.start
        while start < sentence.end and doc.text[start].isspace():
            start += 1
        line = Text.assemble((f"[{number}] ", STYLES["number"]), justify=justify)  # type: ignore[arg-type]
        line.append_text(_piece(doc, start, sentence.end, marks, justify))
        yield line
        position = sentence.end
    if doc.text[position:].strip():
        yield _piece(doc, position, len(doc.text), marks, justify)


def _table(title: str, *columns: str) -> Table:
    table = Table(title=title, title_justify="left", show_lines=False, expand=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    return table


def _text(span: Span | None) -> str:
    return span.text if span else "—"


def _hashtags(doc: Document) -> Table | None:
    if not doc.hashtags:
        return None
    table = _table("hashtags", "hashtag", "name")
    for tag in doc.hashtags:
        table.add_row(Text(tag.text, style=STYLES["hashtag"]), tag.name)
    return table


def _entities(doc: Document) -> Table | None:
    if not doc.entities:
        return None
    table = _table("entities", "text", "label", "canonical")
    for entity in doc.entities:
        table.add_row(entity.text, Text(entity.label, style=STYLES.get(entity.label, "")), entity.canonical)
    return table


def _quotes(doc: Document) -> Table | None:
    if not doc.quotes:
        return None
    table = _table("quotes", "speaker", "cue", "kind", "content")
    for quote in doc.quotes:
        speaker = quote.speaker.canonical or quote.speaker.text if quote.speaker else "—"
        table.add_row(speaker, _text(quote.cue), quote.kind, Text(quote.content.text, style=STYLES["quote"]))
    return table


def _events(doc: Document) -> Table | None:
    if not doc.events:
        return None
    table = _table("events", "sentence", "type", "trigger", "source", "target", "where", "when")
    for event in doc.events:
        table.add_row(
            str(event.sentence + 1),
            f"{event.type} {event.cameo or ''}".strip(),
            Text(event.trigger.text, style=STYLES["trigger"]),
            _text(event.source),
            _text(event.target),
            _text(event.location),
            event.date or "—",
        )
    return table
