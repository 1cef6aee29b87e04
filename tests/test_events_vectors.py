"""Word-vector means around triggers: the word table gives the trained model's logit."""

from __future__ import annotations

import numpy as np

from rasd.events.detect import Detector
from rasd.events.learn import blend_parts, choose_blend, dense_name, out_of_fold, probabilities, train_dense
from rasd.events.lexicon import Entry
from rasd.events.triggers import TriggerHit
from rasd.events.vectors import GROUPS, fold_weights, group_means, positions

ATTACK = Entry("ASSAULT", "190", None, "هاجم", "audit")


def hit(i: int) -> TriggerHit:
    return TriggerHit(i, i, ATTACK, "هاجم")


def test_positions_leave_the_trigger_out_of_its_windows() -> None:
    words = ["امس", "هاجم", "مسلحون", "حاجزا", "للجيش", "في", "المدينة", "الشمالية"]
    near3, near5, trigger, sentence = positions(words, [hit(1)], "ASSAULT")
    assert near3 == [0, 2, 3, 4]
    assert near5 == [0, 2, 3, 4, 5, 6]
    assert trigger == [1]
    assert sentence == list(range(len(words)))
    assert positions(words, [hit(1)], "PROTEST")[:3] == [[], [], []]


def test_the_word_table_reproduces_the_dense_logit() -> None:
    rng = np.random.default_rng(3)
    vocabulary = ["هاجم", "مسلحون", "حاجزا", "امس", "قال", "الوزير"]
    vectors = rng.standard_normal((len(vocabulary), 4))
    sentences = [
        (["امس", "هاجم", "مسلحون", "حاجزا"], [hit(1)]),
        (["قال", "الوزير", "امس"], []),
        (["هاجم", "مجهولون", "حاجزا"], [hit(0)]),  # مجهولون has no vector
    ]
    dense = group_means(sentences, "ASSAULT", vocabulary, vectors)
    weights = {"bias": 0.3, "w:x": 1.0}
    weights.update({dense_name(j): float(rng.standard_normal()) for j in range(len(GROUPS) * 4)})
    expected = probabilities(weights, [{"bias"}] * len(sentences), dense.matrix)
    sparse, table = fold_weights(weights, dense, vocabulary, vectors)
    assert not any(f.startswith("v:") for f in sparse)
    for (words, hits), p in zip(sentences, expected, strict=True):
        z = sparse["bias"] + table.score(words, hits, "ASSAULT")
        assert abs(1 / (1 + np.exp(-z)) - p) < 1e-3  # the bias is stored to 4 decimals


def test_a_separate_model_on_the_means_is_averaged_with_the_sparse_one() -> None:
    rng = np.random.default_rng(5)
    vocabulary = ["هاجم", "مسلحون", "حاجزا", "امس", "قال", "الوزير"]
    vectors = rng.standard_normal((len(vocabulary), 4))
    sentences = [(["امس", "هاجم", "مسلحون", "حاجزا"], [hit(1)]), (["قال", "الوزير", "هاجم"], [hit(2)])]
    dense = group_means(sentences, "ASSAULT", vocabulary, vectors, scale=0.3)
    own = {"bias": -0.4}
    own.update({dense_name(j): float(rng.standard_normal()) for j in range(len(GROUPS) * 4)})
    expected = probabilities(own, [{"bias"}] * len(sentences), dense.matrix)
    folded, table = fold_weights(own, dense, vocabulary, vectors)
    sparse = {"bias": 0.5, "w:هاجم": 1.0}
    detector = Detector("ASSAULT", sparse, 0.5, table, folded["bias"])
    for (words, hits), p in zip(sentences, expected, strict=True):
        [p_sparse] = probabilities(sparse, [detector.features(words, hits)])
        assert abs(detector.probability(words, hits) - (p_sparse + p) / 2) < 1e-3


def _separable(n: int = 120) -> tuple[list[set[str]], list[bool], list[str], np.ndarray]:
    """Rows whose label only the dense column tells (the sparse features are noise)."""
    rng = np.random.default_rng(7)
    labels = [i % 3 == 0 for i in range(n)]
    feats = [{"bias", f"w:{rng.integers(4)}"} for _ in range(n)]
    dense = np.array([[1.0 if y else -1.0] for y in labels]) + rng.normal(0, 0.3, (n, 1))
    return feats, labels, [f"d{i}" for i in range(n)], dense


def test_the_dense_l2_is_chosen_with_the_threshold_from_the_grid() -> None:
    feats, labels, groups, dense = _separable()
    parts = blend_parts(feats, labels, groups, 3, [True] * len(labels), dense, (0.1, 1000.0))
    l2, threshold = choose_blend(*parts, labels)
    assert l2 == 0.1  # a strong L2 flattens the only informative column
    assert 0.05 <= threshold <= 0.95
    assert train_dense(dense, labels, l2)[dense_name(0)] > 1.0


def test_out_of_fold_with_a_separate_model_beats_the_sparse_one_alone() -> None:
    feats, labels, groups, dense = _separable()
    gate = [True] * len(labels)
    sparse, _ = out_of_fold(feats, labels, groups, 3, inner=2, gate=gate)
    blended, thresholds = out_of_fold(feats, labels, groups, 3, inner=2, gate=gate, dense=dense, separate=(0.1, 10.0))
    assert len(thresholds) == len(labels)

    def accuracy(probs: list[float], cut: list[float]) -> float:
        return float(np.mean([(p >= t) == y for p, t, y in zip(probs, cut, labels, strict=True)]))

    assert accuracy(blended, thresholds) > 0.9 > accuracy(sparse, [0.5] * len(labels))
