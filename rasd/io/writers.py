"""Write analysed documents: JSON (one object, or an array for a batch), JSONL, or the terminal rendering.

Every writer has ``write(doc)`` and ``close()``; records are written in the order given and flushed
one by one, so that an interrupted run keeps everything written so far.
"""

from __future__ import annotations

import json
from typing import Any, Protocol, TextIO

from rasd.doc import Document

FORMATS = ("json", "jsonl", "pretty")


class Writer(Protocol):
    """Writes documents to a stream, one at a time."""

    def write(self, doc: Document) -> None: ...

    def close(self) -> None: ...


def to_json(doc: Document, *, indent: int | None = None) -> str:
    """The `rasd.document/1` object as JSON text, Arabic kept as is."""
    return dump(doc.to_dict(), indent=indent)


def dump(value: Any, *, indent: int | None = None) -> str:
    """JSON text with non-ASCII characters as they are and compact separators when not indented."""
    separators = (",", ": ") if indent else (",", ":")
    return json.dumps(value, ensure_ascii=False, indent=indent, separators=separators)


class JsonlWriter:
    """One compact object per line."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, doc: Document) -> None:
        self.stream.write(to_json(doc) + "\n")
        self.stream.flush()

    def close(self) -> None:
        self.stream.flush()


class JsonWriter:
    """Indented JSON: one object for a single article, an array for a batch (even of one or none)."""

    def __init__(self, stream: TextIO, *, batch: bool = False) -> None:
        self.stream = stream
        self.batch = batch
        self.count = 0

    def write(self, doc: Document) -> None:
        if not self.batch and self.count:
            raise ValueError("a single-document JSON output got a second document")
        text = to_json(doc, indent=2)
        if self.batch:
            text = ("[\n" if not self.count else ",\n") + _indent(text)
        else:
            text += "\n"
        self.stream.write(text)
        self.stream.flush()
        self.count += 1

    def close(self) -> None:
        if self.batch:
            self.stream.write("\n]\n" if self.count else "[]\n")
        self.stream.flush()


def _indent(text: str) -> str:
    return "\n".join("  " + line for line in text.split("\n"))


def open_writer(fmt: str, stream: TextIO, *, batch: bool = False) -> Writer:
    """The writer for an output format (one of FORMATS)."""
    if fmt == "jsonl":
        return JsonlWriter(stream)
    if fmt == "json":
        return JsonWriter(stream, batch=batch)
    if fmt == "pretty":
        from rasd.render import PrettyWriter  # rich is only imported when rendering

        return PrettyWriter(stream)
    raise ValueError(f"unknown output format {fmt!r}; expected one of {', '.join(FORMATS)}")
