"""Logistic regression on sparse binary features (and optional dense columns), with document-grouped
cross-validation (numpy)."""

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
        s = Score()
        for p, g in zip(probs, labels, strict=True):
            s.add(g, p >= t)
        if s.f1 >= best_f1:
            best, best_f1 = round(float(t), 3), s.f1
    return best


def out_of_fold(
    feats: Sequence[set[str]],
    labels: Sequence[bool],
    groups: Sequence[str],
    k: int,
    *,
    inner: int = 0,
    gate: Sequence[bool] | None = None,
    dense: np.ndarray | None = None,
) -> tuple[list[float], list[float]]:
    """Probabilities predicted for each row by a model that never saw its document, and each row's threshold.

    With ``inner`` > 0 every outer fold picks its threshold by an inner cross-validation on its own
    training part (so the thresholds are honest too); otherwise the threshold list is empty. Rows whose
    ``gate`` is false get probability 0: the detector is never asked about them (no trigger of the type).
    ``dense`` holds each row's dense columns, if any.
    """
    gate = gate if gate is not None else [True] * len(labels)
    folds = [fold_of(g, k) for g in groups]
    probs = [0.0] * len(labels)
    thresholds = [0.5] * len(labels) if inner else []
    for f in range(k):
        train_rows = [i for i, x in enumerate(folds) if x != f]
        test_rows = [i for i, x in enumerate(folds) if x == f]
        sub = ([feats[i] for i in train_rows], [labels[i] for i in train_rows])
        sub_dense = dense[train_rows] if dense is not None else None
        weights = train(*sub, dense=sub_dense)
        test_dense = dense[test_rows] if dense is not None else None
        for i, p in zip(test_rows, probabilities(weights, [feats[i] for i in test_rows], test_dense), strict=True):
            probs[i] = p if gate[i] else 0.0
        if inner:
            inner_probs, _ = out_of_fold(
                *sub, [groups[i] for i in train_rows], inner, gate=[gate[i] for i in train_rows], dense=sub_dense
            )
            t = best_threshold(inner_probs, sub[1])
            for i in test_rows:
                thresholds[i] = t
    return probs, thresholds
