"""Logistic regression on sparse binary features (and optional dense columns, in the same model or in a second
one averaged with it), with document-grouped cross-validation (numpy)."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence

import numpy as np

from rasd.evaluate import Score

ITERATIONS = 300
LEARNING_RATE = 0.2
L2 = 1.0
MIN_COUNT = 2
POSITIVE_WEIGHT_POWER = 1.0  # positives weigh (negatives / positives) ** this: 1 balances the classes


def fold_of(group: str, k: int) -> int:
    """A stable fold number for a document id."""
    return int(hashlib.sha1(group.encode("utf-8")).hexdigest(), 16) % k


DENSE_PREFIX = "v:"


def dense_name(column: int) -> str:
    """The weight name of a dense column."""
    return f"{DENSE_PREFIX}{column}"


def train(
    feats: Sequence[set[str]], labels: Sequence[bool], l2: float = L2, dense: np.ndarray | None = None
) -> dict[str, float]:
    """Weights of an L2-regularised logistic regression (features seen at least MIN_COUNT times); the columns
    of ``dense`` (one row per sentence) get the weights named ``dense_name(column)``."""
    counts = Counter(f for fs in feats for f in fs)
    vocab = sorted(f for f, c in counts.items() if c >= MIN_COUNT or f == "bias")
    index = {f: i for i, f in enumerate(vocab)}
    rows_cols = [(row, index[f]) for row, fs in enumerate(feats) for f in fs if f in index]
    rows = np.array([r for r, _ in rows_cols], dtype=np.int64)
    cols = np.array([c for _, c in rows_cols], dtype=np.int64)
    y = np.asarray(labels, dtype=np.float64)
    x = dense if dense is not None else np.zeros((len(y), 0))
    pos = max(1.0, float(y.sum()))
    sample_weight = np.where(y > 0, (len(y) - pos) / pos, 1.0) ** POSITIVE_WEIGHT_POWER
    w = np.zeros(len(vocab) + x.shape[1])  # the sparse features' weights, then the dense columns'
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    reg = np.full(len(w), l2 / len(y))
    reg[index["bias"]] = 0.0
    n = len(vocab)
    for step in range(1, ITERATIONS + 1):  # Adam on the mean weighted log loss, sparse products
        z = np.bincount(rows, weights=w[cols], minlength=len(y)) + x @ w[n:]
        err = (1.0 / (1.0 + np.exp(-np.clip(z, -30, 30))) - y) * sample_weight
        grad = np.concatenate([np.bincount(cols, weights=err[rows], minlength=n), x.T @ err]) / len(y) + reg * w
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= LEARNING_RATE * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    weights = {f: round(float(w[i]), 4) for f, i in index.items() if abs(w[i]) >= 1e-3}
    weights.update({dense_name(j): float(w[n + j]) for j in range(x.shape[1])})
    return weights


def probabilities(weights: dict[str, float], feats: Sequence[set[str]], dense: np.ndarray | None = None) -> list[float]:
    z = np.array([sum(weights.get(f, 0.0) for f in fs) for fs in feats], dtype=np.float64)
    if dense is not None:
        z += dense @ np.array([weights.get(dense_name(j), 0.0) for j in range(dense.shape[1])])
    return list(1.0 / (1.0 + np.exp(-np.clip(z, -30, 30))))


def best_threshold(probs: Sequence[float], labels: Sequence[bool]) -> float:
    """The threshold with the best F1 on these predictions (ties: the higher threshold)."""
    best, best_f1 = 0.5, -1.0
    for t in np.arange(0.05, 0.96, 0.025):
        f1 = _f1(probs, labels, t)
        if f1 >= best_f1:
            best, best_f1 = round(float(t), 3), f1
    return best


def _folds(groups: Sequence[str], k: int) -> list[tuple[list[int], list[int]]]:
    """(training rows, test rows) of each of ``k`` folds by document."""
    folds = [fold_of(g, k) for g in groups]
    return [([i for i, x in enumerate(folds) if x != f], [i for i, x in enumerate(folds) if x == f]) for f in range(k)]


def train_dense(dense: np.ndarray, labels: Sequence[bool], l2: float) -> dict[str, float]:
    """A model on the dense columns alone (and a bias)."""
    return train([{"bias"}] * len(labels), labels, l2=l2, dense=dense)


def dense_probabilities(weights: dict[str, float], dense: np.ndarray) -> np.ndarray:
    """The probabilities of a model trained by ``train_dense``."""
    return np.array(probabilities(weights, [{"bias"}] * len(dense), dense))


def out_of_fold(
    feats: Sequence[set[str]],
    labels: Sequence[bool],
    groups: Sequence[str],
    k: int,
    *,
    inner: int = 0,
    gate: Sequence[bool] | None = None,
    dense: np.ndarray | None = None,
    separate: Sequence[float] = (),
) -> tuple[list[float], list[float]]:
    """Probabilities predicted for each row by a model that never saw its document, and each row's threshold.

    With ``inner`` > 0 every outer fold picks its threshold by an inner cross-validation on its own
    training part (so the thresholds are honest too); otherwise the threshold list is empty. Rows whose
    ``gate`` is false get probability 0: the detector is never asked about them (no trigger of the type).
    ``dense`` holds each row's dense columns, if any: columns of the sparse model, or, when ``separate`` lists
    L2 strengths, the input of a second model whose probability is averaged with the sparse model's; its L2
    is chosen with the threshold by the inner cross-validation (without one, ``separate`` holds one value).
    """
    gate = gate if gate is not None else [True] * len(labels)
    if separate and dense is None:
        raise ValueError("a separate dense model needs dense columns")
    probs = [0.0] * len(labels)
    thresholds = [0.5] * len(labels) if inner else []
    for train_rows, test_rows in _folds(groups, k):
        sub = ([feats[i] for i in train_rows], [labels[i] for i in train_rows])
        sub_dense = dense[train_rows] if dense is not None else None
        test_dense = dense[test_rows] if dense is not None else None
        test_feats = [feats[i] for i in test_rows]
        t = 0.5
        if separate:
            l2 = separate[0]
            if inner:
                parts = blend_parts(
                    *sub, [groups[i] for i in train_rows], inner, [gate[i] for i in train_rows], sub_dense, separate
                )
                l2, t = choose_blend(*parts, sub[1])
            sparse = np.array(probabilities(train(*sub), test_feats))
            test_probs = (sparse + dense_probabilities(train_dense(sub_dense, sub[1], l2), test_dense)) / 2
        else:
            test_probs = probabilities(train(*sub, dense=sub_dense), test_feats, test_dense)
            if inner:
                inner_probs, _ = out_of_fold(
                    *sub, [groups[i] for i in train_rows], inner, gate=[gate[i] for i in train_rows], dense=sub_dense
                )
                t = best_threshold(inner_probs, sub[1])
        for i, p in zip(test_rows, test_probs, strict=True):
            probs[i] = float(p) if gate[i] else 0.0
            if inner:
                thresholds[i] = t
    return probs, thresholds


def blend_parts(
    feats: Sequence[set[str]],
    labels: Sequence[bool],
    groups: Sequence[str],
    k: int,
    gate: Sequence[bool],
    dense: np.ndarray,
    grid: Sequence[float],
) -> tuple[np.ndarray, dict[float, np.ndarray]]:
    """Out-of-fold probabilities of the sparse model and, for each L2 of ``grid``, of the model on the dense
    columns (0 where ``gate`` is false)."""
    sparse = np.zeros(len(labels))
    by_l2 = {l2: np.zeros(len(labels)) for l2 in grid}
    for train_rows, test_rows in _folds(groups, k):
        sub_labels = [labels[i] for i in train_rows]
        sparse[test_rows] = probabilities(
            train([feats[i] for i in train_rows], sub_labels), [feats[i] for i in test_rows]
        )
        for l2, out in by_l2.items():
            out[test_rows] = dense_probabilities(train_dense(dense[train_rows], sub_labels, l2), dense[test_rows])
    shut = ~np.asarray(gate, dtype=bool)
    sparse[shut] = 0.0
    for out in by_l2.values():
        out[shut] = 0.0
    return sparse, by_l2


def choose_blend(sparse: np.ndarray, by_l2: dict[float, np.ndarray], labels: Sequence[bool]) -> tuple[float, float]:
    """The dense model's L2 and the threshold whose averaged probabilities have the best F1 (ties: the L2
    listed first)."""
    best: tuple[float, float, float] | None = None
    for l2, dense in by_l2.items():
        probs = list((sparse + dense) / 2)
        t = best_threshold(probs, labels)
        f1 = _f1(probs, labels, t)
        if best is None or f1 > best[0]:
            best = (f1, l2, t)
    assert best is not None, "an empty grid of L2 strengths"
    return best[1], best[2]


def _f1(probs: Sequence[float], labels: Sequence[bool], threshold: float) -> float:
    s = Score()
    for p, g in zip(probs, labels, strict=True):
        s.add(g, p >= threshold)
    return s.f1
