"""Shared test helpers: where the data lives, and checks every output must pass."""

from __future__ import annotations

import gzip
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from rasd.doc import Document
    from rasd.events.view import SentenceView

REPO = Path(__file__).resolve().parents[1]
DATA_DIR = REPO.parent / "shared" / "data"
SEED = DATA_DIR / "seed" / "000_439f3d4a599b349f.txt"
NEWS = DATA_DIR / "news" / "ant-multisource.jsonl.gz"


def require_data(path: Path) -> Path:
    """Return ``path``, or skip the test when the shared data beside the repo is absent."""
    if not path.exists():
        pytest.skip(f"needs {path} (the shared data beside the repo)")
    return path


def iter_news(path: Path = NEWS) -> Iterator[dict[str, Any]]:
    """The records of a news corpus (JSONL, gzipped), skipping the test when it is absent."""
    with gzip.open(require_data(path), "rt", encoding="utf-8") as lines:
        for line in lines:
            yield json.loads(line)


@lru_cache(maxsize=4)
def news_sample(per_source: int, sources: tuple[str, ...], path: Path = NEWS) -> tuple[dict[str, Any], ...]:
    """The first ``per_source`` articles of each of these outlets in a news corpus, in corpus order."""
    source_field = re.compile(r'"source":\s*"([^"]*)"')
    counts = dict.fromkeys(sources, 0)
    picked = []
    with gzip.open(require_data(path), "rt", encoding="utf-8") as lines:
        for line in lines:
            match = source_field.search(line)  # cheap look before parsing the whole record
            if match and counts.get(match.group(1), per_source) < per_source:
                record = json.loads(line)
                counts[record["source"]] += 1
                picked.append(record)
                if min(counts.values()) == per_source:
                    break
    return tuple(picked)


def _spans(value: Any, where: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every dict with start/end/text anywhere inside a JSON value, with its path."""
    if isinstance(value, dict):
        if {"start", "end", "text"} <= value.keys() and isinstance(value["text"], str):
            yield where, value
        for key, item in value.items():
            if key != "text":
                yield from _spans(item, f"{where}.{key}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _spans(item, f"{where}[{i}]")


def assert_spans_consistent(doc: dict[str, Any]) -> None:
    """Every span of a `rasd.document/1` object quotes the text exactly: text == text[start:end]."""
    text = doc["text"]
    for key, value in doc.items():
        if key == "text":
            continue
        for where, span in _spans(value, key):
            start, end = span["start"], span["end"]
            assert 0 <= start <= end <= len(text), f"{where}: [{start}, {end}) outside the text"
            assert span["text"] == text[start:end], f"{where}: {span['text']!r} != {text[start:end]!r}"
    for i, sentence in enumerate(doc.get("sentences", [])):
        assert 0 <= sentence["start"] < sentence["end"] <= len(text), f"sentences[{i}] is empty or outside the text"


def rasd(*args: str | Path, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    """Run the CLI in a fresh process, as a user would."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    env.pop("RASD_DEBUG", None)
    done = subprocess.run(
        [sys.executable, "-m", "rasd", *map(str, args)],
        input=stdin if stdin is not None else b"",
        capture_output=True,
        cwd=REPO,
        env=env,
        timeout=300,
    )
    result = subprocess.CompletedProcess(done.args, done.returncode, done.stdout.decode(), done.stderr.decode())
    assert "Traceback" not in result.stderr, result.stderr
    return result


def articles_by_id(ids: Iterable[str], path: Path = NEWS) -> dict[str, dict[str, Any]]:
    """The records with these ids from a news corpus (skips the test when the corpus or an id is missing)."""
    wanted = set(ids)
    found = {}
    for record in iter_news(path):
        if record.get("id") in wanted:
            found[record["id"]] = record
            if len(found) == len(wanted):
                break
    missing = wanted - found.keys()
    if missing:
        pytest.skip(f"{path.name} lacks {', '.join(sorted(missing))}")
    return found


def sentence_view(text: str) -> SentenceView:
    """A text as one sentence view of the shipped trigger lexicon."""
    from rasd.events.triggers import default_lexicon
    from rasd.events.view import sentence_views, tokenize

    return sentence_views(tokenize(text), default_lexicon(), whole=True)[0]


def analyze_rejecting(event_type: str, text: str, published: str) -> Document:
    """A text analysed by the default stages with a detector of ``event_type`` that rejects every sentence."""
    from rasd.doc import Meta
    from rasd.events.detect import Detector
    from rasd.events.stage import EventCoder, EventStage
    from rasd.pipeline import Pipeline, RawDocument
    from rasd.stages import default_stages

    never = Detector(event_type, {"bias": -30.0}, 0.5)
    stages = [s for s in default_stages() if s.name != "events"]
    pipeline = Pipeline([*stages, EventStage(EventCoder(detectors={event_type: never}))])
    return pipeline.analyze(RawDocument(text, meta=Meta(published=published)))

