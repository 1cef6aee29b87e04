"""The shipped JSON Schema of `rasd.document/1`, and real outputs checked against it."""

from __future__ import annotations

import copy
import json
from importlib import resources
from typing import Any

import jsonschema
import pytest
from helpers import REPO, SEED, assert_spans_consistent, news_sample, rasd, require_data

from rasd import Pipeline
from rasd.io.readers import read_path
from rasd.pipeline import RawDocument

SOURCES = ("alarabia", "skynews", "BBC", "france24", "CNN")
PER_SOURCE = 6


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(resources.files("rasd").joinpath("resources/rasd.document.1.schema.json").read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def check(validator: jsonschema.Draft202012Validator, doc: dict[str, Any]) -> None:
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(doc)]
    assert not errors, errors[:5]
    assert_spans_consistent(doc)


def test_cli_output_on_the_seed_validates(validator: jsonschema.Draft202012Validator) -> None:
    result = rasd("analyze", require_data(SEED), "--published", "2017-02-26")
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    check(validator, doc)
    assert doc["text"] == SEED.read_bytes().decode("utf-8")  # byte-identical


def test_outputs_on_news_from_five_outlets_validate(validator: jsonschema.Draft202012Validator) -> None:
    articles = news_sample(PER_SOURCE, SOURCES)
    assert len(articles) == PER_SOURCE * len(SOURCES)
    raws = [RawDocument(r["text"], id=r["id"]) for r in articles]
    for article, doc in zip(articles, Pipeline().pipe(raws), strict=True):
        data = doc.to_dict(with_tokens=True)
        check(validator, data)
        assert data["text"] == article["text"] and data["id"] == article["id"]


def test_examples_validate(validator: jsonschema.Draft202012Validator) -> None:
    for path in ("examples/article.txt", "examples/articles.jsonl"):
        for doc in Pipeline().pipe(read_path(REPO / path)):
            check(validator, doc.to_dict())


def test_the_schema_rejects_broken_documents(validator: jsonschema.Draft202012Validator) -> None:
    good = {
        "schema": "rasd.document/1", "id": "x", "text": "نص", "meta": {"title": None, "source": None,
        "published": None, "url": None}, "headings": [], "hashtags": [], "sentences": [{"start": 0, "end": 2}],
        "entities": [], "quotes": [], "events": [], "added_key": {"allowed": True},
    }  # fmt: skip
    assert validator.is_valid(good)
    broken = {
        "missing events": lambda d: d.pop("events"),
        "wrong schema": lambda d: d.update(schema="rasd.document/2"),
        "negative offset": lambda d: d["sentences"][0].update(start=-1),
        "span without text": lambda d: d["headings"].append({"start": 0, "end": 1}),
        "hashtag without name": lambda d: d["hashtags"].append({"start": 0, "end": 1, "text": "ن"}),
        "bad label": lambda d: d["entities"].append({"start": 0, "end": 1, "text": "ن", "label": "PERSON"}),
        "bad quote kind": lambda d: d["quotes"].append({"content": {"start": 0, "end": 1, "text": "ن"}, "kind": "x"}),
        "bad event type": lambda d: d["events"].append(
            {"type": "FIGHT", "trigger": {"start": 0, "end": 1, "text": "ن"}, "sentence": 0}
        ),
    }
    for what, damage in broken.items():
        doc = copy.deepcopy(good)
        damage(doc)
        assert not validator.is_valid(doc), what
