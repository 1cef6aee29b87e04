"""The tagger's own CRF inference (rasd.ner.crf, rasd.ner.emissions) against crfsuite's on the same model.

A small model trained here on made-up sentences checks the arithmetic everywhere; the shipped model is checked
on the ANERcorp dev split and on news articles when the shared data is there. Tags must be identical: the scores
are the same weights added in another order, so only paths within rounding of each other could differ.
"""

from __future__ import annotations

import random
from functools import partial
from itertools import islice
from pathlib import Path

import numpy as np
import pycrfsuite
import pytest
from helpers import DATA_DIR, iter_news, require_data

from rasd.doc import Document
from rasd.ner.context import propagate
from rasd.ner.crf import CrfModel
from rasd.ner.embedded import persons_in_organisations
from rasd.ner.emissions import Emissions
from rasd.ner.features import FeatureExtractor, Lexicon
from rasd.ner.gazetteer import Gazetteer, phrase_words
from rasd.ner.paths import RESOURCES
from rasd.ner.repairs import repair
from rasd.ner.stage import NerStage
from rasd.ner.tagger import Tagger, default_tagger
from rasd.ner.train import anercorp_split
from rasd.text.normalize import normalize
from rasd.text.stages import NormalizeStage, SegmentStage, StructureStage

# Words and their tags for made-up sentences; "أ|ب" puts the bigram separator inside a token.
WORDS = {
    "O": ["قال", "في", "من", "أمس", "إن", "و", "،", "أ|ب", "2017", "مع", "على"],
    "PERS": ["فاتح", "حسون", "ستيفان", "دي", "ميستورا", "بسمة", "قضماني"],
    "ORG": ["الأمم", "المتحدة", "الهيئة", "العليا", "رويترز"],
    "LOC": ["حمص", "جنيف", "سوريا", "وسوريا", "بجنيف"],
}


def _sentences(rng: random.Random, count: int) -> list[tuple[list[str], list[str]]]:
    out = []
    for _ in range(count):
        tokens: list[str] = []
        tags: list[str] = []
        while len(tokens) < rng.randint(1, 25):
            kind = rng.choice(["O", "O", "O", "PERS", "ORG", "LOC"])
            span = [rng.choice(WORDS[kind]) for _ in range(1 if kind == "O" else rng.randint(1, 3))]
            tokens += span
            tags += ["O"] * len(span) if kind == "O" else ["B-" + kind] + ["I-" + kind] * (len(span) - 1)
        out.append((tokens, tags))
    return out


@pytest.fixture(scope="module")
def small(tmp_path_factory) -> tuple[Path, FeatureExtractor]:
    """A CRF trained on made-up sentences with the real feature extractor, and that extractor."""
    gazetteer = Gazetteer([("COUNTRY", phrase_words("سوريا")), ("trORG", phrase_words("الأمم المتحدة"))])
    extractor = FeatureExtractor(Lexicon({"سوريا": "1 2 3", "جنيف": "1 2 4", "قال": "5 6 7"}, gazetteer))
    trainer = pycrfsuite.Trainer(verbose=False)
    for tokens, tags in _sentences(random.Random(5), 300):
        trainer.append(extractor.sentence(tokens, [normalize(t) for t in tokens]), tags)
    trainer.set_params({"c1": 0.01, "c2": 0.01, "max_iterations": 60, "feature.possible_transitions": True})
    path = tmp_path_factory.mktemp("crf") / "small.crfsuite"
    trainer.train(str(path))
    return path, extractor


def _crfsuite(path: Path) -> pycrfsuite.Tagger:
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return tagger


def test_the_weights_read_are_crfsuites(small):
    path, _ = small
    model, reference = CrfModel.read(path), _crfsuite(path)
    assert model.labels == reference.labels()
    info = reference.info()  # crfsuite's own dump, printed with 6 decimals
    assert len(info.state_features) == np.count_nonzero(model.state)
    for (attribute, label), weight in info.state_features.items():
        assert model.state[model.attributes[attribute], model.labels.index(label)] == pytest.approx(weight, abs=1e-6)
    for (a, b), weight in info.transitions.items():
        assert model.transition[model.labels.index(a), model.labels.index(b)] == pytest.approx(weight, abs=1e-6)


def test_scores_tags_and_marginals_agree_with_crfsuite(small):
    path, extractor = small
    model, reference = CrfModel.read(path), _crfsuite(path)
    emissions = Emissions(model, extractor)
    sentences = [([*tokens], [normalize(t) for t in tokens]) for tokens, _ in _sentences(random.Random(9), 200)]
    scores, _ = emissions(sentences)
    strings = [f for tokens, norms in sentences for f in extractor.sentence(tokens, norms)]
    assert np.allclose(scores, [model.scores(f) for f in strings], rtol=0, atol=1e-9)
    best = model.viterbi(scores, [len(tokens) for tokens, _ in sentences])
    start = 0
    for tokens, norms in sentences:
        features = extractor.sentence(tokens, norms)
        assert [model.labels[y] for y in best[start : start + len(tokens)]] == reference.tag(features)
        reference.set(features)
        index = len(tokens) // 2
        own = model.marginals_at(scores[start : start + len(tokens)], index)
        assert own == pytest.approx([reference.marginal(y, index) for y in model.labels], abs=1e-9)
        start += len(tokens)


def test_a_corrupt_model_file_is_a_clear_error(tmp_path):
    from rasd.errors import RasdError

    bad = tmp_path / "model.crfsuite"
    bad.write_bytes(b"lCRF not a model")
    with pytest.raises(RasdError, match="unreadable CRF model"):
        CrfModel.read(bad)


@pytest.fixture(scope="module")
def shipped() -> pycrfsuite.Tagger:
    return _crfsuite(RESOURCES / "model.crfsuite")


def _agree(sentences: list[tuple[list[str], list[str]]], reference: pycrfsuite.Tagger) -> None:
    tagger = default_tagger()
    expected = [reference.tag(tagger.features.sentence(tokens, norms)) for tokens, norms in sentences]
    assert [tagger.tag(tokens, norms) for tokens, norms in sentences] == expected
    stems = [[Lexicon.stem(t) for t in tokens] for tokens, _ in sentences]
    expected = _repaired(expected, stems, sentences, reference)
    assert tagger.tag_sentences(sentences) == expected  # all sentences decoded together


def _repaired(
    tags: list[list[str]],
    stems: list[list[str]],
    sentences: list[tuple[list[str], list[str]]],
    reference: pycrfsuite.Tagger,
) -> list:
    """The CRF's tags after the tagger's second pass and repairs (rasd.ner.context, rasd.ner.repairs) and with
    persons parted from organisations (rasd.ner.embedded) by ``reference``'s marginals."""
    tagger = default_tagger()
    out = []
    for t, (words, norms), s in zip(propagate(stems, tags), sentences, stems, strict=True):
        repaired = repair(t, words, s, tagger.repair_lists)
        reference.set(tagger.features.sentence(words, norms))
        chance = partial(reference.marginal, "B-PERS")
        out.append(persons_in_organisations(repaired, words, s, tagger.features.lexicon.gazetteer, chance))
    return out


def test_the_shipped_tagger_agrees_with_crfsuite_on_the_dev_split(shipped):
    require_data(DATA_DIR / "ner" / "anercorp" / "train.conll")
    dev = anercorp_split(DATA_DIR)[1]
    _agree([(s.tokens, [normalize(t) for t in s.tokens]) for s in dev], shipped)


def test_the_shipped_tagger_agrees_with_crfsuite_on_news(shipped):
    stage = NerStage()
    sentences, pieces = [], []
    for record in islice(iter_news(), 40):
        doc = Document(record["text"])
        for step in (NormalizeStage(), StructureStage(), SegmentStage()):
            doc = step(doc)
        sentences += [(s.texts, s.norms) for s in stage._sentences(doc)]
        pieces += [s.pieces for s in stage._sentences(doc)]
    _agree(sentences, shipped)
    # the same tags when the stems come from the text layer's word pieces (as in the ner stage)
    expected = [shipped.tag(default_tagger().features.sentence(tokens, norms)) for tokens, norms in sentences]
    stems = [[Lexicon.stem(t) for t in tokens] for tokens, _ in sentences]
    assert Tagger().tag_text(sentences, pieces)[:2] == (_repaired(expected, stems, sentences, shipped), stems)
    tagger = default_tagger()
    for tokens, norms in sentences[::10]:  # the type most likely to begin at a token, as read from marginals
        shipped.set(tagger.features.sentence(tokens, norms))
        for index in range(0, len(tokens), 5):
            chance, kind = max((shipped.marginal(y, index), y[2:]) for y in shipped.labels() if y[:2] == "B-")
            assert tagger.likely_kind(tokens, norms, index) == (kind if chance >= 0.3 else None)
