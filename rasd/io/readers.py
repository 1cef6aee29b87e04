"""Read articles from files, directories and standard input into RawDocuments.

Formats: plain text, HTML (article text and title extracted by trafilatura), JSONL and CSV corpora
(``text`` plus optional ``id``, ``title``, ``published``, ``source``, ``url``; other fields go to
``meta.extra``), directories (recursive, sorted) and ``.gz`` of any of these. A record that cannot be
read comes out as a RecordError naming where it is (``path`` or ``path:LINE``); a path that does not
exist raises InputError.
"""

from __future__ import annotations

import csv
import gzip
import json
import re
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

from rasd.doc import Meta
from rasd.errors import InputError
from rasd.io.encoding import DecodeError, decode
from rasd.pipeline import RawDocument, RecordError

Record = RawDocument | RecordError

STDIN = "-"
STDIN_ORIGIN = "<stdin>"
GZIP_MAGIC = b"\x1f\x8b"
EXTENSIONS = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html",
              ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv"}  # fmt: skip
BATCH_KINDS = ("jsonl", "csv", "dir")
META_FIELDS = ("title", "published", "source", "url")
EMPTY = "empty document"
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

csv.field_size_limit(2**31 - 1)  # articles are long; the csv default (128 KiB) is not enough


@dataclass(slots=True)
class Input:
    """An opened input: what kind it is and its records (read lazily)."""

    origin: str
    kind: str  # text | html | jsonl | csv | dir
    records: Iterator[Record]

    @property
    def is_batch(self) -> bool:
        """Whether the input is a corpus of records rather than one article."""
        return self.kind in BATCH_KINDS


def open_input(path: str | Path) -> Input:
    """Open a file, a directory or standard input (``-``); InputError if it does not exist."""
    if str(path) == STDIN:
        data = sys.stdin.buffer.read()
        return from_bytes(data, STDIN_ORIGIN, kind=None, gzipped=data[:2] == GZIP_MAGIC)
    p = Path(path)
    if p.is_dir():
        return Input(str(p), "dir", _read_dir(p))
    if not p.exists():
        raise InputError(str(p), "no such file or directory")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(str(p), exc.strerror or str(exc)) from None
    return from_bytes(data, str(p), kind=kind_from_name(p.name), gzipped=is_gzip_name(p.name))


def read_path(path: str | Path) -> Iterator[Record]:
    """The records of a file, a directory or standard input (``-``)."""
    return open_input(path).records


def read_stdin() -> Iterator[Record]:
    """The records on standard input: JSONL when it looks like JSONL, else one article."""
    return open_input(STDIN).records


def kind_from_name(name: str) -> str | None:
    """The format a file name says it has (``.gz`` looked through), or None when it does not say."""
    lower = name.lower()
    if lower.endswith(".gz"):
        lower = lower[:-3]
    return EXTENSIONS.get(Path(lower).suffix)


def sniff_kind(text: str) -> str:
    """The format of a text whose name does not tell: HTML, JSONL or plain text."""
    head = text[:4096].lstrip().lower()
    if head.startswith(("<!doctype html", "<html")) or "<html" in head[:1024]:
        return "html"
    first = head.split("\n", 1)[0].strip()
    if first.startswith("{"):
        try:
            record = json.loads(text.lstrip().split("\n", 1)[0])
        except ValueError:
            return "text"
        if isinstance(record, dict) and "text" in record:
            return "jsonl"
    return "text"


def from_bytes(data: bytes, origin: str, kind: str | None, *, gzipped: bool) -> Input:
    """An input from the bytes of one file: gunzipped, decoded, then parsed by kind (sniffed when None)."""
    try:
        text = decode(gzip.decompress(data) if gzipped else data)
    except (OSError, EOFError, zlib.error):
        return Input(origin, kind or "text", iter([RecordError(origin, "not a valid gzip file")]))
    except DecodeError as exc:
        return Input(origin, kind or "text", iter([RecordError(origin, str(exc))]))
    kind = kind or sniff_kind(text)
    return Input(origin, kind, PARSERS[kind](text, origin))


def is_gzip_name(name: str) -> bool:
    """Whether a file name says the file is gzipped."""
    return name.lower().endswith(".gz")


def _read_text(text: str, origin: str) -> Iterator[Record]:
    if not text.strip():
        yield RecordError(origin, EMPTY)
        return
    yield RawDocument(text, meta=_file_meta(origin), origin=origin)


def _read_html(html: str, origin: str) -> Iterator[Record]:
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    extracted = trafilatura.extract(html, output_format="json", with_metadata=True, favor_recall=True)
    found = json.loads(extracted) if extracted else {}
    text = found.get("text") or ""
    if not text.strip():
        yield RecordError(origin, "no article text found in the HTML page")
        return
    title = found.get("title") or None
    first, _, rest = text.partition("\n")
    if title and first.strip() == title.strip() and rest.strip():
        text = rest  # the title is kept in meta, not repeated as the first line of the text
    meta = _file_meta(origin)
    meta.title = title
    meta.published = normalise_published(found.get("date"))
    meta.source = found.get("source-hostname") or found.get("hostname") or None  # site name, else host
    meta.url = found.get("source") or None  # the canonical URL the page declares
    yield RawDocument(text, meta=meta, origin=origin)


def _read_jsonl(text: str, origin: str) -> Iterator[Record]:
    if not text.strip():
        yield RecordError(origin, EMPTY)
        return
    for number, line in enumerate(lines(text), start=1):
        if not line.strip():
            continue
        yield record_from_json(line, f"{origin}:{number}")


def _read_csv(text: str, origin: str) -> Iterator[Record]:
    if not text.strip():
        yield RecordError(origin, EMPTY)
        return
    reader = csv.DictReader(lines(text, keepends=True))
    try:
        header = reader.fieldnames or []
    except csv.Error as exc:
        yield RecordError(f"{origin}:1", f"invalid CSV: {exc}")
        return
    if "text" not in header:
        yield RecordError(f"{origin}:1", 'the CSV header has no "text" column')
        return
    start = reader.line_num + 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield RecordError(f"{origin}:{start}", f"invalid CSV: {exc}")
            return
        where = f"{origin}:{start}"
        start = reader.line_num + 1
        if None in row:
            yield RecordError(where, "more fields than the header has")
            continue
        yield record_from_fields(row, where)


def _read_dir(directory: Path) -> Iterator[Record]:
    """Every readable file below a directory, in sorted path order; hidden files are left out."""
    for path in sorted(p for p in directory.rglob("*") if p.is_file()):
        relative = path.relative_to(directory).parts
        kind = kind_from_name(path.name)
        if kind is None or any(part.startswith(".") for part in relative):
            continue
        try:
            data = path.read_bytes()
        except OSError as exc:
            yield RecordError(str(path), exc.strerror or str(exc))
            continue
        yield from from_bytes(data, str(path), kind, gzipped=is_gzip_name(path.name)).records


def lines(text: str, *, keepends: bool = False) -> Iterator[str]:
    """The lines of a text, split at line feeds only, one at a time (no list of a whole corpus).

    U+2028 and other Unicode line separators may stand unescaped inside JSON and CSV strings,
    so ``str.splitlines`` would cut records apart.
    """
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end + 1
        yield text[start:end] if keepends else text[start:end].rstrip("\r\n")
        start = end


def record_from_json(line: str, origin: str) -> Record:
    """A RawDocument from one JSON object (a JSONL line), as ``record_from_fields`` reads its fields."""
    try:
        value = json.loads(line)
    except ValueError as exc:
        return RecordError(origin, f"invalid JSON: {exc}")
    if not isinstance(value, dict):
        return RecordError(origin, f"expected a JSON object, got {type(value).__name__}")
    return record_from_fields(value, origin)


def record_from_fields(fields: dict[str, Any], origin: str) -> Record:
    """A RawDocument from a JSONL object or CSV row with ``text`` and optional metadata."""
    text = fields.get("text")
    if not isinstance(text, str):
        problem = 'no "text" field' if text is None else f'"text" must be a string, not {type(text).__name__}'
        return RecordError(origin, problem, _id(fields.get("id")))
    if not text.strip():
        return RecordError(origin, EMPTY, _id(fields.get("id")))
    known = {name: _str_or_none(fields.get(name)) for name in META_FIELDS}
    extra = {k: v for k, v in fields.items() if k not in {"text", "id", *META_FIELDS}}
    published = normalise_published(known["published"])
    if known["published"] and published != known["published"]:
        extra["published_raw"] = known["published"]
    meta = Meta(title=known["title"], source=known["source"], published=published, url=known["url"], extra=extra)
    return RawDocument(text, id=_id(fields.get("id")), meta=meta, origin=origin)


def normalise_published(value: str | None) -> str | None:
    """An ISO date (YYYY-MM-DD) from ISO 8601 or RFC 2822 dates; other values are kept as given."""
    if not value or not value.strip():
        return None
    value = value.strip()
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return value


def parse_date(value: str) -> date:
    """A strict YYYY-MM-DD date; ValueError otherwise."""
    if not ISO_DATE.fullmatch(value):
        raise ValueError(f"{value!r} is not a date in the form YYYY-MM-DD")
    return date.fromisoformat(value)


def with_default_published(records: Iterable[Record], published: str) -> Iterator[Record]:
    """Give records without a publication date the one given."""
    for record in records:
        if isinstance(record, RawDocument) and not record.meta.published:
            record.meta.published = published
        yield record


def _file_meta(origin: str) -> Meta:
    return Meta() if origin == STDIN_ORIGIN else Meta(extra={"path": origin})


def _id(value: Any) -> str:
    return "" if value is None else str(value)


def _str_or_none(value: Any) -> str | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, str) else str(value)


PARSERS = {"text": _read_text, "html": _read_html, "jsonl": _read_jsonl, "csv": _read_csv}
