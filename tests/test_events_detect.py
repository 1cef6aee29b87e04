"""Detector features and cue rules; the shipped detectors on sentences they did not see."""

from __future__ import annotations

from rasd.events.cues import cues_before, sentence_cues
from rasd.events.detect import default_detectors, features
from rasd.events.forms import fold
from rasd.events.triggers import default_lexicon
from rasd.events.view import sentence_views, tokenize


def words(text: str) -> list[str]:
    return [fold(w) for w in text.split()]


def test_cues_before_a_trigger() -> None:
    assert cues_before(words("لم يهاجم المسلحون القرية"), 1) == {"neg"}
    assert cues_before(words("قد يهاجم المسلحون القرية"), 1) == {"modal"}
    assert cues_before(words("إذا هاجم المسلحون القرية"), 1) == {"cond"}
    assert cues_before(words("المسلحون سيهاجمون القرية"), 1) == {"future"}
    assert cues_before(words("هاجم المسلحون القرية"), 0) == set()


def test_sentence_cues() -> None:
    assert sentence_cues(words("هل هاجم المسلحون القرية ؟")) == {"question"}
    assert "quoted" in sentence_cues(words('قال " هاجمنا القرية "'))


def probability(text: str, etype: str) -> float:
    view = sentence_views(tokenize(text), default_lexicon(), whole=True)[0]
    return default_detectors()[etype].probability(features(view.words, view.hits, etype))


def test_assault_detector_reads_the_report_not_the_word() -> None:
    report = probability("قتل خمسة جنود وأصيب ثلاثة آخرون في هجوم انتحاري استهدف حاجزا للجيش أمس.", "ASSAULT")
    opinion = probability("يجب أن نرفض الهجوم على حرية التعبير في كل مكان.", "ASSAULT")
    assert report > default_detectors()["ASSAULT"].threshold > opinion


def test_protest_detector_prefers_a_demonstration_to_talk_about_protesters() -> None:
    demo = probability("وتظاهر آلاف الطلاب أمس أمام مقر الحكومة احتجاجا على رفع الأسعار.", "PROTEST")
    talk = probability("وقال الوزير إن الحكومة تستمع إلى مطالب المتظاهرين.", "PROTEST")
    assert demo > talk
