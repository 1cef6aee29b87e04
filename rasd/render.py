"""The `pretty` output: an analysed article rendered for a terminal with rich.

Arabic is printed as it is (a terminal with bidirectional support shows it right to left) and lines
of right-to-left articles are right-aligned. Sentences are numbered one per line, headings stand out,
hashtags, entities and quotations are coloured, and whatever later stages found is listed in tables.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Literal, TextIO

from rich.console import Console, Group, RenderableType
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from rasd.doc import Document, Span

Align = Literal["left", "right"]
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


def justify(text: str) -> Align:
    """How to align a text: right for right-to-left ones."""
    return "right" if is_rtl(text) else "left"


def _header(doc: Document) -> RenderableType:
    meta = doc.meta
    facts = [f"id {doc.id}"]
    facts += [value for value in (meta.source, meta.published, meta.url, meta.extra.get("path")) if value]
    parts: list[RenderableType] = [Rule(style="dim")]
    if meta.title:
        parts.append(Text(meta.title, style="bold", justify=justify(meta.title)))
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


def _piece(doc: Document, start: int, end: int, marks: list[tuple[int, int, str]], align: Align) -> Text:
    """The text between two offsets with the marks that fall inside it."""
    text = Text(doc.text[start:end], justify=align)
    for m_start, m_end, style in marks:
        if m_start < end and m_end > start:
            text.stylize(style, max(m_start, start) - start, min(m_end, end) - start)
    return text


def _body(doc: Document) -> Iterator[RenderableType]:
    """The article, one numbered sentence per line, a blank line between paragraphs."""
    marks = _marks(doc)
    align = justify(doc.text)
    if not doc.sentences:
        yield _piece(doc, 0, len(doc.text), marks, align)
        return
    position = 0
    for number, sentence in enumerate(doc.sentences, start=1):
        gap = doc.text[position : sentence.start]
        if gap.strip():
            yield _piece(doc, position, sentence.start, marks, align)
        elif "\n" in gap and position:
            yield Text("")
        start = sentence.start
        while start < sentence.end and doc.text[start].isspace():
            start += 1
        line = Text.assemble((f"[{number}] ", STYLES["number"]), justify=align)
        line.append_text(_piece(doc, start, sentence.end, marks, align))
        yield line
        position = sentence.end
    if doc.text[position:].strip():
        yield _piece(doc, position, len(doc.text), marks, align)


def _table(title: str, columns: Sequence[str], rows: Iterable[Sequence[RenderableType]]) -> Table | None:
    """A titled table of the rows; None when there are none."""
    rows = list(rows)
    if not rows:
        return None
    table = Table(title=title, title_justify="left", show_lines=False, expand=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*row)
    return table


def _text(span: Span | None) -> str:
    return span.text if span else "—"


def _hashtags(doc: Document) -> Table | None:
    return _table("hashtags", ("hashtag", "name"),
                  ((Text(tag.text, style=STYLES["hashtag"]), tag.name) for tag in doc.hashtags))


def _entities(doc: Document) -> Table | None:
    return _table("entities", ("text", "label", "canonical"), (
        (entity.text, Text(entity.label, style=STYLES.get(entity.label, "")), entity.canonical)
        for entity in doc.entities
    ))  # fmt: skip


def _quotes(doc: Document) -> Table | None:
    return _table("quotes", ("speaker", "cue", "kind", "content"), (
        (quote.speaker.canonical or quote.speaker.text if quote.speaker else "—", _text(quote.cue), quote.kind,
         Text(quote.content.text, style=STYLES["quote"]))
        for quote in doc.quotes
    ))  # fmt: skip


def _events(doc: Document) -> Table | None:
    return _table("events", ("sentence", "type", "trigger", "source", "target", "where", "when"), (
        (
            str(event.sentence + 1),
            f"{event.type} {event.cameo or ''}".strip(),
            Text(event.trigger.text, style=STYLES["trigger"]),
            _text(event.source),
            _text(event.target),
            _text(event.location),
            event.date or "—",
        )
        for event in doc.events
    ))  # fmt: skip
