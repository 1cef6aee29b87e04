"""The pipeline: stages checked when built, order kept, bad records reported without stopping a batch."""

from __future__ import annotations

import gc
from dataclasses import dataclass

import pytest
from helpers import assert_spans_consistent, iter_news

from rasd.batch_gc import BATCH_THRESHOLDS
from rasd.doc import Document, Sentence
from rasd.errors import PipelineError
from rasd.pipeline import Pipeline, RawDocument, RecordError


@dataclass
class Lines:
    """Stand-in stage: one sentence per non-empty line."""

    name: str = "lines"
    requires: tuple[str, ...] = ()
    provides: tuple[str, ...] = ("sentences",)

    def __call__(self, doc: Document) -> Document:
        position = 0
        for line in doc.text.split("\n"):
            if line.strip():
                doc.sentences.append(Sentence(position, position + len(line)))
            position += len(line) + 1
        return doc


@dataclass
class Picky:
    """Stand-in stage that fails on texts containing a marker."""

    name: str = "picky"
    requires: tuple[str, ...] = ("sentences",)
    provides: tuple[str, ...] = ("checked",)

    def __call__(self, doc: Document) -> Document:
        if "BOOM" in doc.text:
            raise ValueError("cannot handle this one")
        return doc


def test_requirements_are_checked_when_the_pipeline_is_built() -> None:
    with pytest.raises(PipelineError, match="'picky' requires sentences, which no earlier stage provides"):
        Pipeline([Picky(), Lines()])
    with pytest.raises(PipelineError, match="appears twice"):
        Pipeline([Lines(), Lines()])
    assert Pipeline([Lines(), Picky()]).names == ["lines", "picky"]


def test_annotations_record_what_ran() -> None:
    doc = Pipeline([Lines(), Picky()]).analyze("أ\nب")
    assert doc.annotations == {"sentences", "checked"}
    assert [doc.sentence_text(i) for i in range(len(doc.sentences))] == ["أ", "ب"]


@pytest.mark.parametrize("n_process", [1, 2])
def test_a_failing_record_becomes_a_record_error_and_the_batch_goes_on(n_process: int) -> None:
    records = [RawDocument(f"سطر {i}\nBOOM" if i == 3 else f"سطر {i}", id=f"r{i}", origin=f"f:{i}") for i in range(9)]
    records.insert(5, RecordError("f:x", "unreadable"))
    out = list(Pipeline([Lines(), Picky()]).pipe(records, batch_size=2, n_process=n_process))
    assert len(out) == 10
    failed = [r for r in out if isinstance(r, RecordError)]
    assert [(r.origin, r.id) for r in failed] == [("f:3", "r3"), ("f:x", "")]
    assert "ValueError: cannot handle this one" in failed[0].message
    assert [d.id for d in out if isinstance(d, Document)] == [f"r{i}" for i in range(9) if i != 3]


def test_default_pipeline_runs_the_text_layer_first() -> None:
    names = Pipeline().names
    assert names[:3] == ["normalize", "structure", "segment"]


def test_default_pipeline_keeps_order_with_two_processes() -> None:
    articles = [r for _, r in zip(range(40), iter_news(), strict=False)]
    raws = [RawDocument(a["text"], id=a["id"]) for a in articles]
    raws[7] = RecordError("corpus:8", "kept in its place")
    pipeline = Pipeline()
    one = list(pipeline.pipe(raws, n_process=1))
    two = list(pipeline.pipe(raws, batch_size=4, n_process=2))
    assert [getattr(r, "id", None) for r in two] == [getattr(r, "id", None) for r in one]
    assert isinstance(two[7], RecordError)
    for a, b in zip(one, two, strict=True):
        if isinstance(a, Document):
            assert a.to_dict() == b.to_dict()
            assert_spans_consistent(b.to_dict())


def test_a_batch_collects_garbage_less_often_and_restores_the_thresholds() -> None:
    before = gc.get_threshold()
    seen: list[tuple[int, ...]] = []

    class Probe:
        name, requires, provides = "probe", (), ()

        def __call__(self, doc: Document) -> Document:
            seen.append(gc.get_threshold())
            return doc

    results = list(Pipeline([Probe()]).pipe(["نص أول.", "نص ثان."]))
    assert len(results) == 2
    assert seen == [BATCH_THRESHOLDS, BATCH_THRESHOLDS]
    assert gc.get_threshold() == before


def test_a_batch_runs_stage_by_stage_and_closes_at_its_size_or_length(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[str, str]] = []

    @dataclass
    class Note:
        name: str
        requires: tuple[str, ...] = ()
        provides: tuple[str, ...] = ()

        def __call__(self, doc: Document) -> Document:
            calls.append((self.name, doc.id))
            return doc

    monkeypatch.setattr("rasd.pipeline.BATCH_CHARACTERS", 10)
    records = [RawDocument("قصير", id="a"), RawDocument("قصير", id="b"), RawDocument("نص أطول من عشرة", id="c")]
    records += [RawDocument("قصير", id="d")]
    out = list(Pipeline([Note("one"), Note("two")]).pipe(records, batch_size=2))
    assert [d.id for d in out] == ["a", "b", "c", "d"]
    # a and b make a batch of two; c alone reaches the length; d is what is left
    assert calls == [
        ("one", "a"), ("one", "b"), ("two", "a"), ("two", "b"), ("one", "c"), ("two", "c"), ("one", "d"), ("two", "d")
    ]
