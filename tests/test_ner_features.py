"""Feature extraction: clitic stripping only onto known words, gazetteer matching, title cues."""

from __future__ import annotations

from rasd.ner.features import FeatureExtractor, Lexicon, split_proclitics
from rasd.ner.gazetteer import Gazetteer, phrase_words
from rasd.ner.sources import dictionary_phrase
from rasd.text.normalize import normalize


def lexicon() -> Lexicon:
    gazetteer = Gazetteer([("COUNTRY", phrase_words("سوريا")), ("trORG", phrase_words("الأمم المتحدة"))])
    return Lexicon({"سوريا": "1 2 3"}, gazetteer)


def test_proclitics_come_off_only_onto_known_words():
    assert split_proclitics("وسوريا") == ("و", "سوريا", 1)
    assert split_proclitics("بجنيف") == ("ب", "جنيف", 1)
    assert split_proclitics("والأمم") == ("و", "الامم", 1)
    assert split_proclitics("فرانكفورت") == ("", "فرانكفورت", 0)  # not ف + رانكفورت
    assert split_proclitics("وليد") == ("", "وليد", 0)
    assert split_proclitics("كابل") == ("", "كابل", 0)


def test_lil_keeps_its_article():
    # ل + the article is written لل: the stem gets its ال back and the name's text keeps the ل
    assert split_proclitics("للمفاوضات") == ("ل", "المفاوضات", 0)
    assert split_proclitics("وللمفاوضات") == ("ول", "المفاوضات", 1)


def test_gazetteer_marks_begin_and_inside_and_sees_through_a_clitic():
    lex = lexicon()
    tokens = ["وفي", "والأمم", "المتحدة", "وسوريا"]
    norms = [normalize(t) for t in tokens]
    marks = lex.gazetteer.match(norms, [lex.stem(t) for t in tokens])
    assert marks == [[], ["trORG:B"], ["trORG:I"], ["COUNTRY:B"]]


def test_sentence_features_have_context_and_title_cues():
    extractor = FeatureExtractor(lexicon())
    tokens = ["وقال", "العقيد", "فاتح", "حسون"]
    feats = extractor.sentence(tokens, [normalize(t) for t in tokens])
    assert len(feats) == 4
    assert "-1cue=TITLE" in feats[2] and "-2cue=TITLE" in feats[3]
    heads = extractor.sentence(["في", "حي", "الوعر"], ["في", "حي", "الوعر"])
    assert "cue=LOCHEAD" in heads[1] and "-1cue=LOCHEAD" in heads[2]
    assert "-1w=العقيد" in feats[2] and "1w=حسون" in feats[2]
    assert "-2w=<pad>" in feats[0]
    assert extractor.sentence([], []) == []


def test_a_dictionary_entry_gets_back_the_proclitics_its_segmenter_cut_off():
    assert phrase_words(dictionary_phrase("ب_أن_كي_مون_")) == ("بان", "كي", "مون")
    assert dictionary_phrase("متحدث_ب_اسم_معارضة") == "متحدث باسم معارضة"
    assert dictionary_phrase("جماعة_التبليغ_و_دعوة_") == "جماعة التبليغ ودعوة"
    # only a letter standing alone is a cut-off proclitic; one at the end has no word to join
    assert dictionary_phrase("بغداد") == "بغداد"
    assert dictionary_phrase("وزير_ل_") == "وزير ل"


def test_the_shipped_gazetteer_reads_the_actor_dictionarys_names_whole():
    from rasd.ner.tagger import default_tagger

    gazetteer = default_tagger().features.lexicon.gazetteer
    assert "ACTOR" in gazetteer.kinds_of(phrase_words("بان كي مون"))
    assert not gazetteer.kinds_of(("ب", "ان", "كي", "مون"))
