"""Named stages, checked at build time, run over one document or a stream of them."""

from __future__ import annotations

import gc
import multiprocessing
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import Protocol, runtime_checkable

from rasd.batch_gc import BATCH_THRESHOLDS, fewer_collections
from rasd.doc import Document, Meta
from rasd.errors import PipelineError

# A batch one process analyses closes once its texts reach this many characters (some hundred news articles):
# long texts are not held many at a time.
BATCH_CHARACTERS = 200_000


@runtime_checkable
class Stage(Protocol):
    """One step of the pipeline: reads what it ``requires``, adds what it ``provides``."""

    name: str
    requires: tuple[str, ...]
    provides: tuple[str, ...]

    def __call__(self, doc: Document) -> Document: ...


@dataclass(slots=True)
class RawDocument:
    """An input record before analysis; ``origin`` says where it came from (path, path:line)."""

    text: str
    id: str = ""
    meta: Meta = field(default_factory=Meta)
    origin: str = ""


@dataclass(slots=True)
class RecordError:
    """A record that could not be read or analysed, kept so that it can be reported."""

    origin: str
    message: str
    id: str = ""

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


def check_stages(stages: Sequence[Stage]) -> None:
    """Raise PipelineError when a stage requires something no earlier stage provides."""
    provided: set[str] = set()
    names: set[str] = set()
    for stage in stages:
        if stage.name in names:
            raise PipelineError(f"stage {stage.name!r} appears twice")
        names.add(stage.name)
        missing = [r for r in stage.requires if r not in provided]
        if missing:
            raise PipelineError(
                f"stage {stage.name!r} requires {', '.join(missing)}, which no earlier stage provides"
            )
        provided.update(stage.provides)


class Pipeline:
    """An ordered list of stages; ``Pipeline()`` builds the default one."""

    def __init__(self, stages: Sequence[Stage] | None = None) -> None:
        if stages is None:
            from rasd.stages import default_stages

            stages = default_stages()
        check_stages(stages)
        self.stages: list[Stage] = list(stages)

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    def __call__(self, doc: Document) -> Document:
        for stage in self.stages:
            doc = _step(stage, doc)
        return doc

    def analyze(self, raw: RawDocument | str) -> Document:
        """Analyse one record; raises on failure."""
        return self(_document(raw))

    def pipe(
        self,
        records: Iterable[RawDocument | RecordError | str],
        *,
        batch_size: int = 64,
        n_process: int = 1,
    ) -> Iterator[Document | RecordError]:
        """Analyse a stream in input order; a failing record comes out as a RecordError. One process analyses
        up to ``batch_size`` records at a time (fewer when their texts are long), stage by stage."""
        if n_process <= 1:
            with fewer_collections():
                for batch in _bounded_batches(records, batch_size):
                    yield from self._analyze_batch(batch)
            return
        ctx = multiprocessing.get_context("fork")
        with ctx.Pool(n_process, initializer=_set_worker_pipeline, initargs=(self,)) as pool:
            for batch in _batches(records, batch_size * n_process):
                yield from pool.imap(_worker_analyze, batch, chunksize=max(1, batch_size // 4))


    def _analyze_batch(self, records: list[RawDocument | RecordError | str]) -> list[Document | RecordError]:
        """Each record analysed, a failing one as a RecordError, each stage running over the whole batch before
        the next: its tables and caches stay in the processor's caches instead of being pushed out by the other
        stages' at every article."""
        results = [_start(record) for record in records]
        for stage in self.stages:
            for i, doc in enumerate(results):
                if isinstance(doc, Document):
                    try:
                        results[i] = _step(stage, doc)
                    except Exception as exc:  # one bad record must not stop a batch
                        results[i] = _failure(records[i], exc)
        return results


def _step(stage: Stage, doc: Document) -> Document:
    doc = stage(doc)
    doc.annotations.update(stage.provides)
    return doc


def _document(raw: RawDocument | str) -> Document:
    if isinstance(raw, str):
        raw = RawDocument(raw)
    return Document(text=raw.text, id=raw.id, meta=raw.meta)


def _start(record: RawDocument | RecordError | str) -> Document | RecordError:
    """The document a record is analysed into, before any stage; a record that is an error stays one."""
    if isinstance(record, RecordError):
        return record
    try:
        return _document(record)
    except Exception as exc:
        return _failure(record, exc)


def _failure(record: RawDocument | str, exc: Exception) -> RecordError:
    origin = record.origin if isinstance(record, RawDocument) else "<text>"
    rid = record.id if isinstance(record, RawDocument) else ""
    return RecordError(origin or rid or "<record>", f"analysis failed: {type(exc).__name__}: {exc}", rid)


def _batches(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def _bounded_batches(records: Iterable[RawDocument | RecordError | str], size: int) -> Iterator[list]:
    """Batches of at most ``size`` records, one closed early once its texts reach ``BATCH_CHARACTERS``."""
    batch: list[RawDocument | RecordError | str] = []
    characters = 0
    for record in records:
        batch.append(record)
        characters += len(record) if isinstance(record, str) else len(getattr(record, "text", ""))
        if len(batch) == size or characters >= BATCH_CHARACTERS:
            yield batch
            batch, characters = [], 0
    if batch:
        yield batch


_worker_pipeline: Pipeline | None = None


def _set_worker_pipeline(pipeline: Pipeline) -> None:
    global _worker_pipeline
    _worker_pipeline = pipeline
    gc.set_threshold(*BATCH_THRESHOLDS)  # a worker does nothing but the batch


def _worker_analyze(record: RawDocument | RecordError | str) -> Document | RecordError:
    assert _worker_pipeline is not None
    return _worker_pipeline._analyze_batch([record])[0]

