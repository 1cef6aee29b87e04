"""Exact-match entity scoring under CoNLL-2003 rules: boundaries and type must both be right."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from rasd.evaluate import Score


def bio_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Entities of a BIO sequence as ``(start, end, type)``, end exclusive.

    As conlleval does, an I- tag that does not continue an entity of its type starts a new one.
    """
    spans: list[tuple[int, int, str]] = []
    start, kind = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, this = tag.partition("-")
        continues = prefix == "I" and this == kind and start >= 0
        if start >= 0 and not continues:
            spans.append((start, i, kind))
            start, kind = -1, ""
        if prefix in ("B", "I") and not continues:
            start, kind = i, this
    return spans


def score(gold: list[list[str]], predicted: list[list[str]]) -> dict[str, Score]:
    """Per-type scores plus ``"micro"`` over every type, for aligned sentences of tags."""
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold sentences but {len(predicted)} predicted")
    gold_n: Counter[str] = Counter()
    pred_n: Counter[str] = Counter()
    correct_n: Counter[str] = Counter()
    for g_tags, p_tags in zip(gold, predicted, strict=True):
        if len(g_tags) != len(p_tags):
            raise ValueError("a gold and a predicted sentence differ in length")
        g = set(bio_spans(g_tags))
        p = set(bio_spans(p_tags))
        gold_n.update(kind for *_, kind in g)
        pred_n.update(kind for *_, kind in p)
        correct_n.update(kind for *_, kind in g & p)
    kinds = sorted(set(gold_n) | set(pred_n))
    out = {k: Score.from_totals(gold=gold_n[k], predicted=pred_n[k], correct=correct_n[k]) for k in kinds}
    out["micro"] = Score.from_totals(
        gold=sum(gold_n.values()), predicted=sum(pred_n.values()), correct=sum(correct_n.values())
    )
    return out


def format_scores(scores: dict[str, Score]) -> str:
    """A small table: type, precision, recall, F1, gold and predicted counts."""
    lines = [f"{'type':<6} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6} {'pred':>6}"]
    for kind, s in scores.items():
        lines.append(f"{kind:<6} {s.precision:6.4f} {s.recall:6.4f} {s.f1:6.4f} {s.gold:6d} {s.predicted:6d}")
    return "\n".join(lines)
