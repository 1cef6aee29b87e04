"""The ner stage's hashtag bookkeeping: which hashtags a tagged mention already covers."""

from __future__ import annotations

import random

from rasd.doc import Hashtag
from rasd.ner.chains import Mention
from rasd.ner.stage import NerStage, Sentence, _covered_hashtag_starts, _whole_names, _words
from rasd.text.normalize import normalize


def _hashtag_sentence(starts: list[int]) -> Sentence:
    units = [unit for start in starts for unit in _words(Hashtag(start, start + 8, "#ab_cd_e", "ab cd e"))]
    return Sentence(*(list(column) for column in zip(*units, strict=True)))


def test_covered_hashtags_are_those_sharing_a_character_with_a_mention():
    rng = random.Random(7)
    for _ in range(50):
        starts = sorted(rng.sample(range(0, 2000, 10), 40))
        sentences = [_hashtag_sentence(starts[:20]), _hashtag_sentence(starts[20:])]
        mentions = []
        for _ in range(30):
            a = rng.randrange(0, 2000)
            mentions.append(Mention(a, a + rng.randrange(1, 40), "PER", ("x",), "x"))
        naive = {s for s in starts if any(m.start < s + 8 and s < m.end for m in mentions)}  # each 8 long
        assert _covered_hashtag_starts(sentences, mentions) == naive


def test_no_mentions_cover_nothing():
    assert _covered_hashtag_starts([_hashtag_sentence([0, 50])], []) == set()


def test_tokens_as_a_plain_list_give_the_same_entities():
    # the stage reads the text layer's token columns when it has them; a document read back from JSON has a list
    from rasd.doc import Document
    from rasd.text.stages import NormalizeStage, SegmentStage, StructureStage

    text = (
        "قال المبعوث الدولي ستيفان دي ميستورا في جنيف إن الهيئة العليا للمفاوضات ستحضر. "
        "وأضاف دي ميستورا أن #الأمم_المتحدة تدعم المحادثات مع #نصر_الحريري في #جنيف.\n#سوريا #حمص"
    )
    doc = Document(text)
    for stage in (NormalizeStage(), StructureStage(), SegmentStage()):
        doc = stage(doc)
    plain = Document(text, norm=doc.norm, hashtags=doc.hashtags, sentences=doc.sentences, tokens=list(doc.tokens))
    found = NerStage()(doc).entities
    assert found and NerStage()(plain).entities == found


def _mention(start: int, name: str, proclitics: str = "") -> Mention:
    words = tuple(normalize(w) for w in name.split())
    return Mention(start, start + len(name), "PER", words, name, proclitics=proclitics)


def test_a_letter_cut_off_a_persons_name_is_read_back_unless_the_name_stands_without_it():
    found = _whole_names(
        [
            _mention(0, "وفي عنان", "ك"),  # كوفي: a word of its own in the news
            _mention(20, "محمد النويصر", "ك"),  # كمحمد: like Muhammad
            _mention(40, "يو هي", "ل"),  # two letters are no name
            _mention(60, "بن سحيم", "ل"),  # to bin Suhaim
            _mention(80, "نادين لبكي", "ك"),
            _mention(100, "نادين لبكي"),  # named without it: ك was a proclitic
        ]
    )
    assert [(m.start, m.name) for m in found] == [
        (-1, "كوفي عنان"),
        (20, "محمد النويصر"),
        (39, "ليو هي"),
        (60, "بن سحيم"),
        (80, "نادين لبكي"),
        (100, "نادين لبكي"),
    ]


def _entities(text: str) -> list[tuple[str, str]]:
    from rasd.doc import Document
    from rasd.text.stages import NormalizeStage, SegmentStage, StructureStage

    doc = Document(text)
    for stage in (NormalizeStage(), StructureStage(), SegmentStage()):
        doc = stage(doc)
    entities = NerStage()(doc).entities
    assert all(text[e.start : e.end] == e.text for e in entities)
    return [(e.text, e.label) for e in entities]


def test_a_name_inside_a_topical_hashtag_is_its_own_words():
    text = "تراجعت صادرات النفط بعد فرض العقوبات. #العقوبات_الأميركية_على_إيران #الاستثمار_في_الطاقة_بالسعودية"
    found = _entities(text)
    assert ("إيران", "LOC") in found and ("السعودية", "LOC") in found  # without the proclitic ب
    assert not any(name.startswith("#") for name, _ in found)


def test_a_name_from_a_hashtag_s_first_word_is_the_whole_hashtag():
    found = _entities("التقى الوزير في جنيف المبعوث الدولي #ستيفان_دي_ميستورا أمس.")
    assert ("#ستيفان_دي_ميستورا", "PER") in found


def test_the_conjunction_left_on_a_name_in_a_list_of_people_is_cut():
    found = _entities("وفي الدفاع اللاعبون معتز هوساوي وعلي البليهي ومحمد البريك، وفي الوسط سلمان الفرج.")
    people = [name for name, label in found if label == "PER"]
    assert "علي البليهي" in people and not any(name.startswith("وعلي") for name in people)
    # a given name that opens with و, after no other name, keeps it
    found = _entities("وسجل الفرنسي وسام بن يدر هدفي الفريق في المباراة.")
    assert ("وسام بن يدر", "PER") in found


def test_a_name_ending_in_la_on_another_person_s_family_name_is_two_people():
    text = (
        "والتقى الرئيس الأمريكي دونالد ترمب بالزعيم الكوري كيم جونغ أون في سنغافورة. "
        "وعبر مترجم، قال كيم لترمب إن البشر لن يصدقوا ما يحدث هنا."
    )
    found = _entities(text)
    assert ("كيم", "PER") in found and ("ترمب", "PER") in found  # whom Kim spoke to, without the ل
    assert not any(name.endswith("لترمب") for name, _ in found)
