"""The ner stage's hashtag bookkeeping: which hashtags a tagged mention already covers."""

from __future__ import annotations

import random

from rasd.doc import Hashtag
from rasd.ner.chains import Mention
from rasd.ner.stage import NerStage, Sentence, _covered_hashtag_starts, _words


def _hashtag_sentence(starts: list[int]) -> Sentence:
    units = [unit for start in starts for unit in _words(Hashtag(start, start + 8, "#ab_cd_e", "ab cd e"))]
    return Sentence(*(list(column) for column in zip(*units, strict=True)))


def test_covered_hashtags_are_those_starting_inside_a_mention():
    rng = random.Random(7)
    for _ in range(50):
        starts = sorted(rng.sample(range(0, 2000, 10), 40))
        sentences = [_hashtag_sentence(starts[:20]), _hashtag_sentence(starts[20:])]
        mentions = []
        for _ in range(30):
            a = rng.randrange(0, 2000)
            mentions.append(Mention(a, a + rng.randrange(1, 40), "PER", ("x",), "x"))
        naive = {s for s in starts if any(m.start <= s < m.end for m in mentions)}
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
