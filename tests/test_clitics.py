"""The stem lexicon with its shipped splits: they are what the splitting rules give, and they read back."""

from __future__ import annotations

import pytest

from rasd.text.clitics import Piece, analyse_light, parse_lexicon, parse_split, split_code, split_light, stem_lexicon
from rasd.text.segment import _TOKEN_INFO, _TOKENS, tokenize


def test_every_shipped_split_is_what_the_rules_give() -> None:
    """A rule changed without `rasd train clitics` rebuilding the lexicon would make these differ."""
    lex = stem_lexicon()
    assert len(lex.splits) == len(lex.counts) > 100_000
    differ = [word for word in lex.splits if split_light(word, lex) != analyse_light(word, lex)]
    assert differ == []


@pytest.mark.parametrize(
    ("word", "code"),
    [("وللحكومة", "ولل++"), ("حكومته", "+حكومة+ه"), ("لها", "ل++ها"), ("والحكومة", "وال++"), ("سوريا", "")],
)
def test_split_codes_read_back(word: str, code: str) -> None:
    pieces = analyse_light(word, stem_lexicon())
    assert split_code(word, pieces) == code
    assert (parse_split(word, code) if code else pieces) == pieces
    assert sum(piece.length for piece in pieces) == len(word)


def test_forms_outside_the_lexicon_are_analysed() -> None:
    lex = stem_lexicon()
    word = "والكلمةالتيلاتوجد"
    assert word not in lex.splits
    assert split_light(word, lex) == analyse_light(word, lex)


def test_a_lexicon_without_splits_is_refused() -> None:
    assert parse_lexicon("# header\nكتاب\t12\tCP\t\nوكتاب\t3\t\tو++\n").splits == {"كتاب": "", "وكتاب": "و++"}
    with pytest.raises(ValueError, match="malformed stem lexicon"):
        parse_lexicon("كتاب\t12\tCP\nوكتاب\t3\t\n")


def test_a_lexicon_given_without_splits_still_splits_by_the_rules() -> None:
    lex = stem_lexicon()
    bare = type(lex)(lex.counts, lex.flags)
    assert split_light("وللحكومة", bare) == split_light("وللحكومة", lex) == analyse_light("وللحكومة", lex)
    assert split_light("حكومته", bare)[0] == Piece(5, "حكومة", "stem")


def test_tokens_are_the_same_from_empty_and_from_full_caches() -> None:
    """New tokens are analysed together, known ones looked up: both give the same layers."""
    text = "قال الرئیس للصحافيين: «وللحكومةِ رأيٌ» #النظام_السوري ٣.٥ بـCNN\u200f وwww.example.com.\n\n  ثم غادر"
    _TOKEN_INFO.clear()
    _TOKENS.clear()
    cold_tokens, cold_words = tokenize(text)
    cold = (list(cold_tokens), list(cold_words))
    warm_tokens, warm_words = tokenize(text)
    assert (list(warm_tokens), list(warm_words)) == cold
    assert [w.text for w in cold[1] if w.token == 2] == ["ل", "ل", "صحافيين"]


def test_training_writes_the_splits_its_lexicon_gives() -> None:
    from collections import Counter

    from rasd.text.train_clitics import count_forms, lexicon_lines

    counts = count_forms(["قال الوزير للصحافيين إن الحكومة والوزير وحكومته"] * 3 + ["الحكومة حكومة حكومة وزير"] * 3)
    lines = lexicon_lines(Counter(counts), min_count=3)
    lex = parse_lexicon("".join(lines))
    assert lex.splits["الحكومة"] == "ال++"
    assert lex.splits["والوزير"] == "وال++"
    assert all(split_light(word, lex) == analyse_light(word, lex) for word in lex.counts)


def test_lexicon_forms_get_the_same_words_by_their_shipped_split() -> None:
    """Tokens whose form the lexicon holds skip the piece objects (`split_bounds`); the words are the same as
    the rules' pieces re-measured by `split_raw`."""
    from rasd.text.clitics import split_raw
    from rasd.text.normalize import normalize
    from rasd.text.segment import word_pieces

    lex = stem_lexicon()
    forms = [*[word for word, code in lex.splits.items() if code][::50], "سوريا", "وللحكومة", "لها", "حكومته"]
    for form in forms:
        pieces, pos, by_rules = split_raw(form, form), 0, []
        for piece in pieces:
            by_rules.append((pos, pos + piece.length, normalize(piece.form), piece.kind))
            pos += piece.length
        assert word_pieces(form) == tuple(by_rules), form
