"""The entity scorer: CoNLL-2003 exact match on boundaries and type."""

from __future__ import annotations

import pytest

from rasd.ner.evaluate import bio_spans, format_scores, score


def test_spans_from_bio():
    tags = ["B-PERS", "I-PERS", "O", "B-LOC", "B-LOC", "I-ORG", "I-ORG", "O"]
    assert bio_spans(tags) == [(0, 2, "PERS"), (3, 4, "LOC"), (4, 5, "LOC"), (5, 7, "ORG")]


def test_an_i_tag_of_another_type_starts_a_new_entity():
    assert bio_spans(["B-PERS", "I-LOC", "I-LOC"]) == [(0, 1, "PERS"), (1, 3, "LOC")]
    assert bio_spans(["I-MISC"]) == [(0, 1, "MISC")]
    assert bio_spans([]) == []


def test_exact_match_needs_boundaries_and_type():
    gold = [["B-PERS", "I-PERS", "O", "B-LOC", "O", "B-ORG", "I-ORG"]]
    pred = [["B-PERS", "O", "O", "B-LOC", "O", "B-LOC", "I-LOC"]]  # short person, right place, wrong type
    s = score(gold, pred)
    assert (s["micro"].gold, s["micro"].predicted, s["micro"].correct) == (3, 3, 1)
    assert s["LOC"].precision == 0.5 and s["LOC"].recall == 1.0
    assert s["PERS"].f1 == 0.0 and s["ORG"].predicted == 0
    assert s["micro"].f1 == pytest.approx(1 / 3)


def test_perfect_and_empty():
    tags = [["B-ORG", "I-ORG", "O"], ["O"]]
    assert score(tags, tags)["micro"].f1 == 1.0
    empty = score([["O"]], [["O"]])["micro"]
    assert (empty.precision, empty.recall, empty.f1) == (0.0, 0.0, 0.0)


def test_misaligned_input_is_an_error():
    with pytest.raises(ValueError):
        score([["O"]], [])
    with pytest.raises(ValueError):
        score([["O", "O"]], [["O"]])


def test_table_lists_every_type_and_micro():
    table = format_scores(score([["B-PERS", "B-LOC"]], [["B-PERS", "O"]]))
    lines = table.splitlines()
    assert lines[0].split()[:4] == ["type", "P", "R", "F1"]
    assert [line.split()[0] for line in lines[1:]] == ["LOC", "PERS", "micro"]
    assert lines[-1].split()[1:4] == ["1.0000", "0.5000", "0.6667"]
