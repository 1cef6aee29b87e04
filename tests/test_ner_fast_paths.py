"""The NER fast paths against the plain ones they replace: the proclitic split that skips the clitic splitter or
reads the text layer's pieces, the own-feature scores read from value tables instead of feature strings, and the
gazetteer's pre-checks."""

from __future__ import annotations

import random
from itertools import islice

import numpy as np
from helpers import iter_news

from rasd.doc import Document
from rasd.ner.crf import CrfModel
from rasd.ner.emissions import Emissions
from rasd.ner.features import FeatureExtractor, Lexicon, layer_proclitics, proclitics_of, split_proclitics
from rasd.ner.gazetteer import Gazetteer, add_marks, phrase_words
from rasd.ner.stage import NerStage
from rasd.ner.tagger import Tagger, default_tagger
from rasd.text.clitics import split_token
from rasd.text.normalize import normalize
from rasd.text.segment import word_pieces
from rasd.text.stages import NormalizeStage, SegmentStage, StructureStage

# Words with and without proclitics, the article written as one ل, hashtags, Latin, digits, tatweel, mixes.
WORDS = [
    "وسوريا", "بجنيف", "والأمم", "للمفاوضات", "وللمفاوضات", "فسيقول", "كالعادة", "بالـCNN", "لـ", "بـ\"ذا",
    "سيقول", "فرانكفورت", "وليد", "كابل", "الأمم", "المتحدة", "ولها", "بهم", "#سوريا", "#الأمم_المتحدة",
    "The", "Voice", "CNN", "iPhone", "2018", "٢٠١٨", "3-2", "وCNN", "ب2018", "،", ".", "\"", "ـ", "وَقَالَ",
    "فـالعقيد", "Ahmad_2", "x", "و", "ل", "ك", "س", "ف", "ب", "كوفي", "سوق", "فوق", "لبنان", "بيروت", "ويكيليكس",
]


def splitter_answer(token: str) -> tuple[str, str, int]:
    """``split_proclitics`` read off the clitic splitter's pieces for every token, with no shortcut."""
    return proclitics_of(token, split_token(token))


def test_proclitic_split_agrees_with_the_clitic_splitter():
    for word in WORDS:
        assert split_proclitics(word) == splitter_answer(word), word


def test_proclitic_split_read_off_the_text_layer_agrees_with_the_clitic_splitter():
    for word in WORDS:
        assert layer_proclitics(word, word_pieces(word)) == split_proclitics(word), word
    assert layer_proclitics("وسوريا", ()) == split_proclitics("وسوريا")  # no pieces: the splitter is asked


def segmented(text: str) -> Document:
    doc = Document(text)
    for stage in (NormalizeStage(), StructureStage(), SegmentStage()):
        doc = stage(doc)
    return doc


def test_proclitic_split_of_news_tokens_read_off_the_text_layer_agrees_with_the_clitic_splitter():
    tokens = {}
    for record in islice(iter_news(), 0, 3000, 100):
        doc = segmented(record["text"])
        tokens.update(zip(doc.tokens.texts, (info[2] for info in doc.tokens.infos), strict=True))
    assert len(tokens) > 3000
    for token, pieces in tokens.items():
        assert layer_proclitics(token, pieces) == split_proclitics(token), token


def test_scores_with_the_text_layers_pieces_equal_those_without():
    tagger = default_tagger()
    doc = segmented(" ".join(WORDS) + ". وقال المبعوث بجنيف إن #الأمم_المتحدة والهيئة العليا للمفاوضات ستحضر.")
    sentences = [(doc.tokens.texts, doc.tokens.norms)]
    pieces = [[info[2] for info in doc.tokens.infos]]
    with_pieces, stems = Emissions(tagger.crf, FeatureExtractor(tagger.features.lexicon))(sentences, pieces)
    without, plain_stems = Emissions(tagger.crf, FeatureExtractor(tagger.features.lexicon))(sentences)
    assert np.array_equal(with_pieces, without) and stems == plain_stems


def test_a_texts_scores_per_sentence_equal_those_of_the_sentence_alone():
    stage = NerStage(Tagger())
    for record in islice(iter_news(), 0, 400, 40):
        sentences = stage._sentences(segmented(record["text"]))
        tagged = stage.tagger.tag_text([(s.texts, s.norms) for s in sentences], [s.pieces for s in sentences])
        for i, sentence in enumerate(sentences):
            alone, _ = stage.tagger.emissions([(sentence.texts, sentence.norms)])
            assert np.array_equal(tagged.sentence_scores(i), alone)
            assert stage.tagger.kind_at(alone, 0) == stage.tagger.likely_kind(sentence.texts, sentence.norms, 0)


def test_own_scores_from_value_tables_equal_the_feature_strings_scores():
    tagger = default_tagger()
    emissions = Emissions(tagger.crf, FeatureExtractor(tagger.features.lexicon))
    norms = [normalize(w) for w in WORDS]
    emissions([(WORDS, norms)])
    for word, norm in zip(WORDS, norms, strict=True):
        row = emissions.ids[(word, norm)]
        info = emissions.features.token_info(word, norm)
        expected = tagger.crf.scores(["bias", *info.own_features()])
        assert abs(emissions.table[row, 0] - expected).max() < 1e-9, word


def test_own_scores_see_names_with_more_than_one_equals_sign():
    # a value holding "=" must find the attribute that spells it after the feature's name
    state = np.array([[1.0, 2.0], [10.0, 20.0], [100.0, 200.0]])
    model = CrfModel(["O", "B-LOC"], {"bias": 0, "w=a=b": 1, "raw=x=y": 2}, state, np.zeros((2, 2)))
    emissions = Emissions(model, FeatureExtractor(Lexicon()))
    emissions([(["x=y"], ["a=b"])])
    assert list(emissions.table[1, 0]) == [111.0, 222.0]


def brute_force_match(gazetteer: Gazetteer, norms: list[str], stems: list[str]) -> list[list[str]]:
    """Every entry length tried at every token, longest first."""
    marks: list[list[str]] = [[] for _ in norms]
    for i in range(len(norms)):
        for first in dict.fromkeys((norms[i], stems[i])):
            for length in range(len(norms) - i, 0, -1):
                kinds = gazetteer.kinds_of((first, *norms[i + 1 : i + length]))
                if kinds:
                    add_marks(marks, i, length, kinds)
                    break
    return marks


def test_gazetteer_match_agrees_with_trying_every_length():
    phrases = [("COUNTRY", "سوريا"), ("trORG", "الأمم المتحدة"), ("trORG", "الأمم المتحدة للطفولة"),
               ("trPERS", "ستيفان دي ميستورا"), ("CITY", "دي"), ("trLOC", "الأمم"), ("CITY", "جنيف")]
    gazetteer = Gazetteer((kind, phrase_words(text)) for kind, text in phrases)
    vocabulary = ["سوريا", "وسوريا", "الأمم", "والأمم", "المتحدة", "للطفولة", "ستيفان", "دي", "ميستورا", "جنيف",
                  "بجنيف", "قال", "في", "2018", "CNN"]
    lexicon = Lexicon(gazetteer=gazetteer)
    chance = random.Random(7)
    for _ in range(500):
        tokens = chance.choices(vocabulary, k=chance.randint(0, 9))
        norms = [normalize(t) for t in tokens]
        stems = [lexicon.stem(t) for t in tokens]
        assert gazetteer.match(norms, stems) == brute_force_match(gazetteer, norms, stems), tokens
        singles = [i for i, (n, s) in enumerate(zip(norms, stems, strict=True)) if {n, s} & gazetteer.singles]
        firsts = [i for i, (n, s) in enumerate(zip(norms, stems, strict=True)) if {n, s} & gazetteer.firsts]
        ends = [len(norms)]
        plain = list(gazetteer.matches(norms, stems, ends))
        assert list(gazetteer.matches(norms, stems, ends, singles)) == plain
        assert list(gazetteer.matches(norms, stems, ends, singles, firsts)) == plain


def test_gazetteer_matches_over_sentences_are_those_of_each_sentence():
    gazetteer = default_tagger().features.lexicon.gazetteer
    entries = [words for _, words in gazetteer.entries() if len(words) > 1][:200]
    chance = random.Random(5)
    for _ in range(100):
        sentences = [[*chance.choice(entries), *chance.choice(entries)][: chance.randint(1, 5)] for _ in range(4)]
        norms = [w for sentence in sentences for w in sentence]
        ends, expected, start = [], [], 0
        for sentence in sentences:
            found = gazetteer.matches(sentence, sentence, [len(sentence)])
            expected += [(start + i, n, kinds) for i, n, kinds in found]
            start += len(sentence)
            ends.append(start)
        assert list(gazetteer.matches(norms, norms, ends)) == expected


def test_shipped_gazetteer_matches_like_trying_every_length():
    gazetteer = default_tagger().features.lexicon.gazetteer
    entries = [words for _, words in gazetteer.entries() if len(words) > 1][:300]
    chance = random.Random(11)
    for words in entries:
        norms = ["قال", *words, *chance.choice(entries)]
        stems = [Lexicon.stem(w) for w in norms]
        assert gazetteer.match(norms, stems) == brute_force_match(gazetteer, norms, stems)
