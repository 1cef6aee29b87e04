"""`rasd evaluate events GSR.csv [--spans SPANS.json]`: per-type P/R/F1 and actor-span overlap.

A sentence is positive for a type when rasd codes at least one event of that type in it. Span overlap is
the token F1 between rasd's source (target) and the closest annotator's, averaged over the annotated
sentences where rasd coded an event of the type; an actor code is right there when one of rasd's events has the
country (or group) and role some annotator gave.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rasd.doc import Document, Event, Meta
from rasd.evaluate import Score
from rasd.events.forms import fold
from rasd.events.gsr import GoldCode, GoldSentence, GoldSpans, read_gold, read_spans
from rasd.pipeline import Pipeline, RawDocument, RecordError


@dataclass(slots=True)
class SpanOverlap:
    """Mean token F1 of source and target spans against the annotators'."""

    sentences: int = 0
    source: list[float] = field(default_factory=list)
    target: list[float] = field(default_factory=list)
    source_codes: list[float] = field(default_factory=list)  # 1 or 0 per sentence whose annotators gave a code
    target_codes: list[float] = field(default_factory=list)

    @staticmethod
    def mean(values: list[float]) -> float:
        return sum(values) / len(values) if values else 0.0


@dataclass(slots=True)
class EventReport:
    scores: dict[str, Score]
    overlap: SpanOverlap | None
    errors: list[RecordError]


def _tokens(text: str) -> list[str]:
    return [fold(t) for t in text.replace("#", " ").replace("_", " ").split()]


def token_f1(predicted: list[str], gold: list[str]) -> float:
    """Token-overlap F1 of two spans (multisets of folded tokens)."""
    if not predicted or not gold:
        return 0.0
    remaining = list(gold)
    common = 0
    for t in predicted:
        if t in remaining:
            remaining.remove(t)
            common += 1
    if not common:
        return 0.0
    p, r = common / len(predicted), common / len(gold)
    return 2 * p * r / (p + r)


def _best(events: list[Event], role: str, annotated: list[list[str]]) -> float | None:
    gold = [[fold(t) for t in g] for g in annotated if g]
    if not gold:
        return None
    spans = [getattr(e, role) for e in events]
    return max((token_f1(_tokens(s.text), g) for s in spans if s for g in gold), default=0.0)


def code_matches(code: str, gold: GoldCode) -> bool:
    """Whether a CAMEO actor code (SYRMIL, UAF, IRQCOP) has the country or group and the role an annotator gave;
    a part the annotator left out is not checked."""
    parts = [code[i : i + 3] for i in range(0, len(code), 3)]
    main, role = gold
    if main is not None:
        return parts[0] == main and (role is None or role in parts[1:])
    return role in parts


def score(
    gold: list[GoldSentence], docs: Iterable[Document | RecordError], spans: dict[str, GoldSpans] | None = None
) -> EventReport:
    """Score analysed documents (in the order of ``gold``) against the gold labels and spans."""
    scores: dict[str, Score] = {}
    overlap = SpanOverlap() if spans is not None else None
    errors: list[RecordError] = []
    for g, doc in zip(gold, docs, strict=True):
        if isinstance(doc, RecordError):
            errors.append(doc)
            continue
        events = [e for e in doc.events if e.type == g.event_type]
        scores.setdefault(g.event_type, Score()).add(g.label, bool(events))
        if overlap is not None and spans is not None and g.id in spans and events:
            overlap.sentences += 1
            gold_spans = spans[g.id]
            for role, values, annotated, codes, rights in (
                ("source", overlap.source, gold_spans.sources, gold_spans.source_codes, overlap.source_codes),
                ("target", overlap.target, gold_spans.targets, gold_spans.target_codes, overlap.target_codes),
            ):
                best = _best(events, role, annotated)
                if best is not None:
                    values.append(best)
                if codes:
                    ours = [a.actor_code for a in (getattr(e, role) for e in events) if a and a.actor_code]
                    rights.append(float(any(code_matches(c, gold) for c in ours for gold in codes)))
    return EventReport(scores, overlap, errors)


def evaluate(gold_path: Path, spans_path: Path | None = None, pipeline: Pipeline | None = None) -> EventReport:
    """Analyse every labelled sentence of a GSR file with the default pipeline and score it."""
    gold = read_gold(gold_path)
    spans = read_spans(spans_path) if spans_path else None
    pipeline = pipeline or Pipeline()
    records = (
        RawDocument(g.text, id=g.id, meta=Meta(published=g.published), origin=f"{gold_path}:{g.id}") for g in gold
    )
    return score(gold, pipeline.pipe(records), spans)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("gold", type=Path, help="a GSR CSV (id, event_type, label, text)")
    parser.add_argument("--spans", type=Path, help="the annotators' actor spans (JSON) for the same sentences")


def run(args: argparse.Namespace) -> int:
    report = evaluate(args.gold, args.spans)
    print(f"{'type':<10} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}")
    for etype, s in sorted(report.scores.items()):
        print(f"{etype:<10} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.tp:5d} {s.fp:5d} {s.fn:5d}")
    if report.overlap is not None:
        o = report.overlap
        print(
            f"span overlap (token F1) on {o.sentences} annotated sentences with a coded event: "
            f"source {o.mean(o.source):.3f} ({len(o.source)}), target {o.mean(o.target):.3f} ({len(o.target)})"
        )
        print(
            "actor code right (the annotators' country/group and role) on annotated sentences with a coded event: "
            f"source {sum(o.source_codes):.0f}/{len(o.source_codes)} ({o.mean(o.source_codes):.3f}), "
            f"target {sum(o.target_codes):.0f}/{len(o.target_codes)} ({o.mean(o.target_codes):.3f})"
        )
    for err in report.errors:
        print(f"skipped {err}")
    return 0
