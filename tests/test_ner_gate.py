"""Evaluation gate: the shipped NER model on the ANERcorp dev split may not fall below the pinned floor.

The dev split is the last tenth (by sentences) of ../shared/data/ner/anercorp/train.conll, never trained on.
Measured with the shipped model: see rasd/resources/ner/README.md. The floors are that figure less a small
margin (0.01), so a change that loses more than noise fails here.
"""

from __future__ import annotations

from helpers import DATA_DIR, require_data

from rasd.ner.evaluate import score
from rasd.ner.tagger import default_tagger
from rasd.ner.train import anercorp_split

# Measured: micro 0.8253 (LOC 0.9054, PERS 0.8050, ORG 0.7925, MISC 0.7458); floors 0.01 below, none lowered
# (micro, PERS and ORG were 0.0011-0.0021 higher before names after organisations' heads were read as ORG, which
# gains out of fold on the training part and costs one dev entity the annotators tagged otherwise: they keep theirs).
MICRO_F1_FLOOR = 0.816
TYPE_F1_FLOOR = {"LOC": 0.895, "PERS": 0.797, "ORG": 0.784, "MISC": 0.735}


def test_dev_f1_stays_above_the_floor():
    require_data(DATA_DIR / "ner" / "anercorp" / "train.conll")
    dev = anercorp_split(DATA_DIR)[1]
    predicted = default_tagger().tag_sentences([(s.tokens, None) for s in dev])
    scores = score([s.tags for s in dev], predicted)
    assert scores["micro"].f1 >= MICRO_F1_FLOOR, scores["micro"]
    for kind, floor in TYPE_F1_FLOOR.items():
        assert scores[kind].f1 >= floor, (kind, scores[kind])
