"""Precision, recall and F1 from counts: the one scorer every evaluation uses.

A ratio whose denominator is zero (nothing predicted for precision, nothing to find for recall) has no
value of its own; the scorer gives ``empty`` then. ``empty=0.0`` (the default) is conlleval's rule: a class
never predicted or never present scores nothing. ``empty=1.0`` reads "no mistake was possible": nothing
predicted is no false alarm, nothing to find is nothing missed, so a set of articles without quotes on
either side scores 1.0 instead of dragging an average down. F1 is 0.0 when precision and recall are both 0.
"""

from __future__ import annotations

from dataclasses import dataclass


def ratio(part: int, whole: int, *, empty: float = 0.0) -> float:
    """``part / whole``, or ``empty`` when ``whole`` is 0."""
    return part / whole if whole else empty


@dataclass(slots=True)
class Score:
    """True positives, false positives and false negatives, and the ratios from them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    empty: float = 0.0  # precision or recall over a zero count (see the module's docstring)

    @classmethod
    def from_totals(cls, *, gold: int, predicted: int, correct: int, empty: float = 0.0) -> Score:
        """The score of ``correct`` right predictions out of ``predicted``, against ``gold`` expected ones."""
        return cls(tp=correct, fp=predicted - correct, fn=gold - correct, empty=empty)

    def add(self, gold: bool, predicted: bool) -> None:
        """Count one binary decision: whether it was expected and whether it was made."""
        self.tp += gold and predicted
        self.fp += predicted and not gold
        self.fn += gold and not predicted

    @property
    def gold(self) -> int:
        return self.tp + self.fn

    @property
    def predicted(self) -> int:
        return self.tp + self.fp

    @property
    def correct(self) -> int:
        return self.tp

    @property
    def precision(self) -> float:
        return ratio(self.tp, self.predicted, empty=self.empty)

    @property
    def recall(self) -> float:
        return ratio(self.tp, self.gold, empty=self.empty)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0
