"""The shipped CRF tagger: load it once, tag token sequences with ANERcorp BIO tags."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pycrfsuite

from rasd.errors import RasdError
from rasd.ner.clusters import load_clusters
from rasd.ner.context import propagate
from rasd.ner.features import FeatureExtractor, Lexicon
from rasd.ner.gazetteer import load_gazetteer
from rasd.ner.paths import RESOURCES
from rasd.text.normalize import normalize

MODEL = "model.crfsuite"
CLUSTERS = "clusters.json.gz"
GAZETTEER = "gazetteer.tsv.gz"


def load_lexicon(directory: Path) -> Lexicon:
    """The clusters and gazetteer stored beside a model."""
    return Lexicon(load_clusters(directory / CLUSTERS), load_gazetteer(directory / GAZETTEER))


class Tagger:
    """A CRF model with the lexicon its features were trained with."""

    def __init__(self, directory: Path = RESOURCES) -> None:
        model = directory / MODEL
        if not model.exists():
            raise RasdError(f"{model}: no NER model; build it with `rasd train ner`")
        self.crf = pycrfsuite.Tagger()
        self.crf.open(str(model))
        self.features = FeatureExtractor(load_lexicon(directory))

    def tag(self, tokens: list[str], norms: list[str] | None = None) -> list[str]:
        """BIO tags (PERS / ORG / LOC / MISC) for one sentence."""
        if not tokens:
            return []
        if norms is None:
            norms = [normalize(t) for t in tokens]
        return self.crf.tag(self.features.sentence(tokens, norms))

    def likely_kind(self, tokens: list[str], norms: list[str], index: int, floor: float = 0.3) -> str | None:
        """The entity type most likely to begin at ``index`` (by the CRF's marginals), if at least ``floor``."""
        self.crf.set(self.features.sentence(tokens, norms))
        chance, kind = max((self.crf.marginal(y, index), y[2:]) for y in self.crf.labels() if y.startswith("B-"))
        return kind if chance >= floor else None

    def tag_sentences(self, sentences: list[tuple[list[str], list[str] | None]]) -> list[list[str]]:
        """Tags for consecutive sentences of one text ``(tokens, norms or None)``, with the second pass over
        nearby sentences (rasd.ner.context)."""
        tags = [self.tag(tokens, norms) for tokens, norms in sentences]
        return propagate([[Lexicon.stem(t) for t in tokens] for tokens, _ in sentences], tags)


@lru_cache(maxsize=1)
def default_tagger() -> Tagger:
    """The shipped tagger, loaded once per process."""
    return Tagger()
