"""The shared scorer: precision, recall and F1 from counts, and its rule for empty counts."""

from __future__ import annotations

import pytest

from rasd.evaluate import Score, ratio


def test_ratios_from_counts() -> None:
    s = Score(tp=3, fp=1, fn=2)
    assert (s.gold, s.predicted, s.correct) == (5, 4, 3)
    assert s.precision == 0.75 and s.recall == 0.6
    assert s.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)


def test_from_totals_and_add_count_alike() -> None:
    counted = Score()
    for gold, predicted in [(True, True), (True, False), (False, True), (False, False), (True, True)]:
        counted.add(gold, predicted)
    assert counted == Score.from_totals(gold=3, predicted=3, correct=2)


def test_empty_counts_score_zero_by_default_and_one_when_asked() -> None:
    assert (Score().precision, Score().recall, Score().f1) == (0.0, 0.0, 0.0)
    nothing_to_find = Score(fp=2, empty=1.0)
    assert nothing_to_find.recall == 1.0 and nothing_to_find.precision == 0.0
    assert Score(empty=1.0).f1 == 1.0
    assert ratio(1, 0) == 0.0 and ratio(1, 0, empty=1.0) == 1.0 and ratio(1, 4) == 0.25
