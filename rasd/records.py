"""A Document flattened into the store's export records, without a database.

The distributed job writes these records and tests compare them with what one machine produces; the values
are the ones the store's queries give for the same document once stored (see rasd.store.queries).
Entities are records of the whole corpus: each document gives an ``EntityPart`` per identity it mentions,
and ``merge_entity`` folds the parts of one identity, in any order, into its ``EntityRecord``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from rasd.doc import Actor, Document
from rasd.store.dates import iso_date
from rasd.store.records import DocumentRecord, EntityRecord, EventRecord, QuoteRecord
from rasd.store.writer import content_hash, entity_mentions, given_name


@dataclass(slots=True)
class EntityPart(EntityRecord):
    """What one document says about one identity: its entity record in that document alone (``documents`` is
    1), with the document's id."""

    doc_id: str


def document_record(doc: Document, origin: str | None = None) -> DocumentRecord:
    meta = doc.meta
    return DocumentRecord(
        doc_id=doc.id, content_hash=content_hash(doc.text), title=meta.title, source=meta.source,
        published=meta.published, url=meta.url, origin=origin, sentences=len(doc.sentences),
        entities=len(doc.entities), quotes=len(doc.quotes), events=len(doc.events), text=doc.text,
    )  # fmt: skip


def quote_records(doc: Document) -> list[QuoteRecord]:
    published = iso_date(doc.meta.published)
    out = []
    for i, q in enumerate(doc.quotes):
        speaker, cue = q.speaker, q.cue
        out.append(QuoteRecord(
            doc_id=doc.id, quote=i, date=published, source=doc.meta.source, kind=q.kind,
            speaker=speaker.text if speaker else None,
            speaker_canonical=(speaker.canonical or speaker.text) if speaker else None,
            speaker_role=q.speaker_role, cue=cue.text if cue else None, content=q.content.text,
            content_start=q.content.start, content_end=q.content.end, sentence=doc.sentence_index(q.content.start),
        ))  # fmt: skip
    return out


def event_records(doc: Document) -> list[EventRecord]:
    published = iso_date(doc.meta.published)
    out = []
    for e in doc.events:
        loc = e.location
        in_text = 0 <= e.sentence < len(doc.sentences)
        out.append(EventRecord(
            date=e.date or published, source=_actor_name(e.source), source_code=_actor_code(e.source),
            event_code=e.cameo, event_type=e.type, mode=e.mode,
            target=_actor_name(e.target), target_code=_actor_code(e.target),
            place=loc.text if loc else None, country=loc.country if loc else None,
            lat=loc.lat if loc else None, lon=loc.lon if loc else None,
            doc_id=doc.id, sentence=e.sentence, trigger=e.trigger.text,
            sentence_text=doc.sentence_text(e.sentence) if in_text else None,
        ))  # fmt: skip
    return out


def entity_parts(doc: Document) -> list[EntityPart]:
    """One part per identity the document mentions, in order of first mention."""
    out = []
    for key, mentions in entity_mentions(doc).items():
        label, canonical = given_name(mentions)
        aliases = sorted({m.text for m in mentions})
        out.append(EntityPart(key, label, canonical, aliases, len(mentions), documents=1, doc_id=doc.id))
    return out


def merge_entity(parts: Iterable[EntityPart]) -> EntityRecord:
    """One identity across documents. Label and canonical name are those most documents give (ties: the first
    in sorted order), so the result does not depend on the order documents were analysed in."""
    parts = list(parts)
    votes = Counter((p.label, p.canonical) for p in parts)
    label, canonical = min(votes, key=lambda pair: (-votes[pair], pair))
    return EntityRecord(
        entity_id=parts[0].entity_id, label=label, canonical=canonical,
        aliases=sorted({a for p in parts for a in p.aliases}),
        mentions=sum(p.mentions for p in parts), documents=len({p.doc_id for p in parts}),
    )  # fmt: skip


def entity_records(docs: Iterable[Document]) -> list[EntityRecord]:
    """The entity records of a whole corpus, ordered by entity id."""
    groups: dict[str, list[EntityPart]] = {}
    for doc in docs:
        for part in entity_parts(doc):
            groups.setdefault(part.entity_id, []).append(part)
    return [merge_entity(groups[key]) for key in sorted(groups)]


def _actor_name(actor: Actor | None) -> str | None:
    return (actor.canonical or actor.text) if actor else None


def _actor_code(actor: Actor | None) -> str | None:
    return actor.actor_code if actor else None
