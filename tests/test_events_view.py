"""Sentence views: the cells read from the token layer's columns match the tokens, hashtags split into words."""

from __future__ import annotations

from rasd.doc import Document, Token
from rasd.events.forms import fold
from rasd.events.triggers import default_lexicon
from rasd.events.view import sentence_views, tokenize

TEXT = "هاجم مسلحون دورية للجيش في الموصل أمس. وخرجت #مظاهرات_حاشدة في بغداد اليوم."


def test_cells_and_words_are_the_tokens_of_each_sentence() -> None:
    doc = tokenize(TEXT)
    views = sentence_views(doc, default_lexicon())
    assert len(views) == len(doc.sentences) == 2
    first = views[0]
    tokens = [t for t in doc.tokens if first.start <= t.start and t.end <= first.end]
    assert first.cells == [(t.start, t.end, t.text, t.norm or t.text) for t in tokens]
    assert first.words == [fold(t.norm or t.text) for t in tokens]
    assert [(t.start, t.end, t.text) for t in first.tokens] == [(t.start, t.end, t.text) for t in tokens]
    assert all(doc.text[s:e] == text for s, e, text, _ in first.cells)


def test_a_hashtag_is_read_as_its_words_with_their_own_offsets() -> None:
    doc = tokenize(TEXT)
    second = sentence_views(doc, default_lexicon())[1]
    pieces = [(text, doc.text[s:e]) for s, e, text, _ in second.cells if text in ("مظاهرات", "حاشدة")]
    assert pieces == [("مظاهرات", "مظاهرات"), ("حاشدة", "حاشدة")]
    assert [h.entry.type for h in second.hits] == ["PROTEST"]


def test_a_document_with_plain_token_objects_gives_the_same_views() -> None:
    doc = tokenize(TEXT)
    tokens = [Token(t.start, t.end, t.text, t.norm) for t in doc.tokens]
    plain = Document(text=doc.text, sentences=list(doc.sentences), tokens=tokens)
    lexicon = default_lexicon()
    for a, b in zip(sentence_views(doc, lexicon), sentence_views(plain, lexicon), strict=True):
        assert (a.cells, a.words, a.hits) == (b.cells, b.words, b.hits)


def test_the_whole_text_as_one_view() -> None:
    doc = tokenize(TEXT)
    [view] = sentence_views(doc, default_lexicon(), whole=True)
    assert [h.entry.type for h in view.hits] == ["ASSAULT", "PROTEST"]
