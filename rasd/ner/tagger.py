"""The shipped CRF tagger: load it once, tag token sequences with ANERcorp BIO tags.

Tagging runs on the model's own weights (rasd.ner.crf) with cached sums of feature groups
(rasd.ner.emissions): the same scores and the same best paths as crfsuite's tagger on the same model, several
times faster than building every token's feature strings.
"""

from __future__ import annotations

from functools import lru_cache, partial
from pathlib import Path
from typing import NamedTuple

import numpy as np

from rasd.errors import RasdError
from rasd.ner.clusters import load_clusters
from rasd.ner.context import propagate
from rasd.ner.crf import CrfModel
from rasd.ner.embedded import persons_in_organisations
from rasd.ner.emissions import Emissions
from rasd.ner.features import FeatureExtractor, Lexicon, TokenPieces
from rasd.ner.gazetteer import load_gazetteer
from rasd.ner.paths import RESOURCES
from rasd.ner.repairs import RepairLists, repair
from rasd.text.normalize import normalize

MODEL = "model.crfsuite"
CLUSTERS = "clusters.json.gz"
GAZETTEER = "gazetteer.tsv.gz"
# consecutive sentences of one text: their tokens, and their normal forms when the caller has them
Sentences = list[tuple[list[str], list[str] | None]]


class TaggedText(NamedTuple):
    """A text's tags and token stems, per sentence, and the CRF's label scores of all its tokens in order."""

    tags: list[list[str]]
    stems: list[list[str]]
    scores: np.ndarray  # (tokens, labels)

    def sentence_scores(self, i: int) -> np.ndarray:
        """The label scores of the tokens of sentence ``i``."""
        start = sum(map(len, self.tags[:i]))
        return self.scores[start : start + len(self.tags[i])]


def load_lexicon(directory: Path) -> Lexicon:
    """The clusters and gazetteer stored beside a model."""
    return Lexicon(load_clusters(directory / CLUSTERS), load_gazetteer(directory / GAZETTEER))


class Tagger:
    """A CRF model with the lexicon its features were trained with."""

    def __init__(self, directory: Path = RESOURCES) -> None:
        model = directory / MODEL
        if not model.exists():
            raise RasdError(f"{model}: no NER model; build it with `rasd train ner`")
        self.crf = CrfModel.read(model)
        self.features = FeatureExtractor(load_lexicon(directory))
        self.emissions = Emissions(self.crf, self.features)
        self.repair_lists = RepairLists.of(self.features.lexicon.gazetteer)

    def tag(self, tokens: list[str], norms: list[str] | None = None) -> list[str]:
        """BIO tags (PERS / ORG / LOC / MISC) for one sentence."""
        return self._tag([(tokens, norms)])[0][0]

    def likely_kind(self, tokens: list[str], norms: list[str], index: int, floor: float = 0.3) -> str | None:
        """The entity type most likely to begin at ``index`` (by the CRF's marginals), if at least ``floor``."""
        return self.kind_at(self.emissions([(tokens, norms)])[0], index, floor)

    def kind_at(self, scores: np.ndarray, index: int, floor: float = 0.3) -> str | None:
        """``likely_kind`` read off a sentence's label scores (``TaggedText.sentence_scores``)."""
        chances = self.crf.marginals_at(scores, index)
        chance, kind = max((chances[y], label[2:]) for y, label in enumerate(self.crf.labels) if label[:2] == "B-")
        return kind if chance >= floor else None

    def begin_chance(self, scores: np.ndarray, index: int, kind: str) -> float:
        """The CRF's chance (marginal) that a name of ``kind`` begins at ``index`` of a sentence."""
        return float(self.crf.marginals_at(scores, index)[self.crf.labels.index("B-" + kind)])

    def tag_sentences(self, sentences: Sentences) -> list[list[str]]:
        """Tags for consecutive sentences of one text ``(tokens, norms or None)``, with the second pass over
        nearby sentences and the repairs of rasd.ner.repairs (touching person names read as one, quoted media
        credits, quoted names of media, cities with a masculine country adjective and names after نادي as
        organisations, titles of works, sports grounds and currencies as MISC)."""
        return self.tag_text(sentences).tags

    def tag_text(self, sentences: Sentences, pieces: list[list[TokenPieces]] | None = None) -> TaggedText:
        """What ``tag_sentences`` gives, with each token's stem (``Lexicon.stem``) and the label scores as
        by-products; ``pieces``: the tokens' word pieces from the text layer, when there is one."""
        tags, stems, scores = self._tag(sentences, pieces)
        found = propagate(stems, tags)
        words = [tokens for tokens, _ in sentences]
        tags = [repair(t, w, s, self.repair_lists) for t, w, s in zip(found, words, stems, strict=True)]
        tagged = TaggedText(tags, stems, scores)
        gazetteer = self.features.lexicon.gazetteer
        for i, (sentence_tags, sentence_words, sentence_stems) in enumerate(zip(tags, words, stems, strict=True)):
            chance = partial(self._person_chance, tagged, i)
            tags[i] = persons_in_organisations(sentence_tags, sentence_words, sentence_stems, gazetteer, chance)
        return tagged

    def _person_chance(self, tagged: TaggedText, sentence: int, index: int) -> float:
        """The CRF's chance that a person's name begins at token ``index`` of a sentence."""
        return self.begin_chance(tagged.sentence_scores(sentence), index, "PERS")

    def _tag(
        self, sentences: Sentences, pieces: list[list[TokenPieces]] | None = None
    ) -> tuple[list[list[str]], list[list[str]], np.ndarray]:
        """The CRF's tags for each sentence, the sentence's token stems, and the label scores of all tokens."""
        given = [(tokens, [normalize(t) for t in tokens] if norms is None else norms) for tokens, norms in sentences]
        scores, stems = self.emissions(given, pieces)
        lengths = [len(tokens) for tokens, _ in given]
        labels = list(map(self.crf.labels.__getitem__, self.crf.viterbi(scores, lengths)))
        out, start = [], 0
        for n in lengths:
            out.append(labels[start : start + n])
            start += n
        return out, stems, scores


@lru_cache(maxsize=1)
def default_tagger() -> Tagger:
    """The shipped tagger, loaded once per process."""
    return Tagger()
