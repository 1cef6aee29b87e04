"""The Document and its annotations: the `rasd.document/1` contract.

Every annotation is a half-open ``[start, end)`` span of Python ``str`` indices into
``Document.text``, which is never modified. ``to_dict``/``from_dict`` give exactly the
JSON contract described in the design and in ``resources/rasd.document.1.schema.json``.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from dataclasses import asdict, dataclass, field, fields
from operator import attrgetter
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rasd.text.normalize import NormText

SCHEMA = "rasd.document/1"


@dataclass(slots=True)
class Span:
    """A stretch of the original text."""

    start: int
    end: int
    text: str


@dataclass(slots=True)
class Heading(Span):
    """A sub-heading line between paragraphs."""


@dataclass(slots=True)
class Paragraph(Span):
    """A block of text separated from its neighbours by a line break."""


@dataclass(slots=True)
class Hashtag(Span):
    """A ``#word_word`` tag; ``name`` is its readable form (underscores as spaces)."""

    name: str = ""


@dataclass(slots=True)
class Sentence:
    """A sentence boundary; its text is ``doc.text[start:end]``."""

    start: int
    end: int


@dataclass(slots=True)
class Token(Span):
    """A surface token (space/punctuation delimited) with its normalised form."""

    norm: str = ""


@dataclass(slots=True)
class Word(Span):
    """A word after clitic splitting: a prefix, stem or suffix piece of one token."""

    norm: str = ""
    kind: str = "stem"  # prefix | stem | suffix
    token: int = 0  # index of the token it comes from


@dataclass(slots=True)
class Entity(Span):
    """A named entity mention."""

    label: str = "MISC"  # PER | ORG | LOC | MISC
    canonical: str = ""
    entity_id: str = ""


@dataclass(slots=True)
class Speaker(Span):
    """Who a quote is attributed to.

    ``kind`` is person, organisation, unnamed (مصادر أمنية، شهود عيان) or description (a role or group with no
    name); None when unknown.
    """

    canonical: str = ""
    kind: str | None = None


@dataclass(slots=True)
class Quote:
    """An attributed statement."""

    content: Span
    kind: str  # direct | indirect | mixed
    speaker: Speaker | None = None
    cue: Span | None = None
    speaker_role: str | None = None


@dataclass(slots=True)
class Actor(Span):
    """A source or target actor of an event."""

    canonical: str = ""
    actor_code: str | None = None


@dataclass(slots=True)
class Location(Span):
    """Where an event took place."""

    country: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass(slots=True)
class Event:
    """A coded political event."""

    type: str  # a PLOVER type
    trigger: Span
    sentence: int
    cameo: str | None = None
    mode: str | None = None
    source: Actor | None = None
    target: Actor | None = None
    location: Location | None = None
    date: str | None = None


@dataclass(slots=True)
class Meta:
    """What is known about the article besides its text."""

    title: str | None = None
    source: str | None = None
    published: str | None = None
    url: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out = {"title": self.title, "source": self.source, "published": self.published, "url": self.url}
        out.update(self.extra)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Meta:
        known = {"title", "source", "published", "url"}
        return cls(**{k: data.get(k) for k in known}, extra={k: v for k, v in data.items() if k not in known})


def text_id(text: str) -> str:
    """A stable id for a text without one: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass(slots=True)
class Document:
    """One article and everything rasd found in it."""

    text: str
    id: str = ""
    meta: Meta = field(default_factory=Meta)
    paragraphs: list[Paragraph] = field(default_factory=list)
    headings: list[Heading] = field(default_factory=list)
    hashtags: list[Hashtag] = field(default_factory=list)
    source_line: Span | None = None
    dateline: Span | None = None
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    words: list[Word] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    # Not part of the JSON contract: which stages have run (their `provides`), and the
    # normalised text with its offset map, set by the normalize stage.
    annotations: set[str] = field(default_factory=set)
    norm: NormText | None = None

    def __post_init__(self) -> None:
        if not self.id:
            self.id = text_id(self.text)

    def span(self, start: int, end: int) -> Span:
        """A Span over the original text."""
        return Span(start, end, self.text[start:end])

    def sentence_index(self, offset: int) -> int | None:
        """The index of the sentence holding ``offset``, None when it falls between sentences."""
        i = bisect_right(self.sentences, offset, key=attrgetter("start")) - 1
        return i if i >= 0 and offset < self.sentences[i].end else None

    def sentence_text(self, index: int) -> str:
        s = self.sentences[index]
        return self.text[s.start : s.end]

    def to_dict(self, *, with_tokens: bool = False) -> dict[str, Any]:
        """The `rasd.document/1` JSON object (tokens and words only on request)."""
        out: dict[str, Any] = {
            "schema": SCHEMA,
            "id": self.id,
            "text": self.text,
            "meta": self.meta.to_dict(),
            "paragraphs": [asdict(p) for p in self.paragraphs],
            "headings": [asdict(h) for h in self.headings],
            "hashtags": [asdict(h) for h in self.hashtags],
            "source_line": _opt(self.source_line),
            "dateline": _opt(self.dateline),
            "sentences": [asdict(s) for s in self.sentences],
            "entities": [asdict(e) for e in self.entities],
            "quotes": [asdict(q) for q in self.quotes],
            "events": [asdict(e) for e in self.events],
        }
        if with_tokens:
            out["tokens"] = [asdict(t) for t in self.tokens]
            out["words"] = [asdict(w) for w in self.words]
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        """Rebuild a Document from its JSON object."""
        if data.get("schema", SCHEMA) != SCHEMA:
            raise ValueError(f"unsupported schema {data.get('schema')!r}, expected {SCHEMA!r}")
        return cls(
            text=data["text"],
            id=data.get("id") or "",
            meta=Meta.from_dict(data.get("meta") or {}),
            paragraphs=_many(Paragraph, data.get("paragraphs")),
            headings=_many(Heading, data.get("headings")),
            hashtags=_many(Hashtag, data.get("hashtags")),
            source_line=_one(Span, data.get("source_line")),
            dateline=_one(Span, data.get("dateline")),
            sentences=_many(Sentence, data.get("sentences")),
            tokens=_many(Token, data.get("tokens")),
            words=_many(Word, data.get("words")),
            entities=_many(Entity, data.get("entities")),
            quotes=[_quote(q) for q in data.get("quotes") or []],
            events=[_event(e) for e in data.get("events") or []],
        )


def _opt(value: Any) -> dict[str, Any] | None:
    return None if value is None else asdict(value)


def _one(cls: type, data: dict[str, Any] | None) -> Any:
    if data is None:
        return None
    names = {f.name for f in fields(cls)}
    return cls(**{k: v for k, v in data.items() if k in names})


def _many(cls: type, items: list[dict[str, Any]] | None) -> list[Any]:
    return [_one(cls, item) for item in items or []]


def _quote(data: dict[str, Any]) -> Quote:
    return Quote(
        content=_one(Span, data["content"]),
        kind=data["kind"],
        speaker=_one(Speaker, data.get("speaker")),
        cue=_one(Span, data.get("cue")),
        speaker_role=data.get("speaker_role"),
    )


def _event(data: dict[str, Any]) -> Event:
    return Event(
        type=data["type"],
        trigger=_one(Span, data["trigger"]),
        sentence=data["sentence"],
        cameo=data.get("cameo"),
        mode=data.get("mode"),
        source=_one(Actor, data.get("source")),
        target=_one(Actor, data.get("target")),
        location=_one(Location, data.get("location")),
        date=data.get("date"),
    )
