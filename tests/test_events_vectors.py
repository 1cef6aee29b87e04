"""Word-vector means around triggers: the word table gives the trained model's logit."""

from __future__ import annotations

import numpy as np

from rasd.events.learn import dense_name, probabilities
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
