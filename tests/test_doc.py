"""Document.to_dict / from_dict: the `rasd.document/1` contract, round-trip."""

from __future__ import annotations

import json

import pytest
from helpers import assert_spans_consistent

import rasd
from rasd.doc import (
    SCHEMA,
    Actor,
    Document,
    Entity,
    Event,
    Hashtag,
    Heading,
    Location,
    Meta,
    Paragraph,
    Quote,
    Sentence,
    Span,
    Speaker,
    Token,
    Word,
    text_id,
)

TEXT = "وقال #دي_ميستورا في جنيف: “لا انفراجة سريعة”.\nالعربية نت"


def at(piece: str, cls: type = Span, **extra: object) -> Span:
    """An annotation over the first occurrence of ``piece`` in TEXT."""
    start = TEXT.index(piece)
    return cls(start, start + len(piece), piece, **extra)


def full_document() -> Document:
    """A hand-made document with one annotation of every kind."""
    doc = Document(TEXT, meta=Meta(title="عنوان", source="العربية نت", published="2017-02-26", extra={"k": [1]}))
    first_line = TEXT[: TEXT.index("\n")]
    doc.paragraphs = [at(first_line, Paragraph)]
    doc.headings = [at("العربية نت", Heading)]
    doc.hashtags = [at("#دي_ميستورا", Hashtag, name="دي ميستورا")]
    doc.source_line = at("العربية نت")
    doc.sentences = [Sentence(0, len(first_line))]
    doc.tokens = [at("وقال", Token, norm="وقال")]
    doc.words = [Word(0, 1, "و", norm="و", kind="prefix", token=0), Word(1, 4, "قال", norm="قال", token=0)]
    doc.entities = [at("جنيف", Entity, label="LOC", canonical="جنيف", entity_id="loc:geneva")]
    speaker = at("#دي_ميستورا", Speaker, canonical="ستيفان دي ميستورا")
    doc.quotes = [Quote(at("لا انفراجة سريعة"), "direct", speaker=speaker, cue=at("وقال"), speaker_role="مبعوث")]
    doc.events = [
        Event(
            type="CONSULT",
            trigger=at("وقال"),
            sentence=0,
            cameo="040",
            source=at("#دي_ميستورا", Actor, canonical="ستيفان دي ميستورا", actor_code="IGOUNO"),
            target=None,
            location=at("جنيف", Location, country="CH", lat=46.2, lon=6.15),
            date="2017-02-26",
        )
    ]
    return doc


def test_round_trip_of_every_annotation_kind() -> None:
    doc = full_document()
    data = doc.to_dict(with_tokens=True)
    assert_spans_consistent(data)
    again = Document.from_dict(json.loads(json.dumps(data, ensure_ascii=False)))
    assert again.to_dict(with_tokens=True) == data
    assert again.quotes[0].speaker.canonical == "ستيفان دي ميستورا"
    assert again.events[0].location.lat == 46.2 and again.events[0].target is None


def test_contract_keys_are_always_present() -> None:
    data = Document("نص").to_dict()
    for key in ("schema", "id", "text", "meta", "headings", "hashtags", "sentences", "entities", "quotes", "events"):
        assert key in data
    assert data["schema"] == SCHEMA
    assert data["entities"] == data["quotes"] == data["events"] == []
    assert data["meta"] == {"title": None, "source": None, "published": None, "url": None}
    assert "tokens" not in data


def test_ids_are_kept_or_derived_from_the_text() -> None:
    assert Document("نص", id="given").id == "given"
    assert Document("نص").id == text_id("نص") == Document("نص").id
    assert Document("نص").id != Document("نص آخر").id


def test_unknown_schema_is_refused() -> None:
    with pytest.raises(ValueError, match="unsupported schema"):
        Document.from_dict({"schema": "rasd.document/2", "text": "x"})


def test_round_trip_of_an_analysed_article(seed_text: str) -> None:
    doc = rasd.analyze(seed_text, published="2017-02-26", meta={"id": "seed", "source": "العربية نت"})
    data = doc.to_dict(with_tokens=True)
    assert data["id"] == "seed" and data["meta"]["published"] == "2017-02-26"
    assert Document.from_dict(data).to_dict(with_tokens=True) == data
