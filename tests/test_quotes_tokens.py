"""The quote token view: every match of the token pattern, in order, with raw offsets and normalised forms."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.quotes.tokens import _TOKEN, ALI, BREAK, PUNCT, QUOTE, QUOTE_MARKS, WORD, tokenize
from rasd.text.normalize import normalize
from rasd.text.segment import period_continues


def _scanned(text: str) -> list[tuple[int, int, str, str]]:
    """The tokens a plain scan of the pattern's matches gives."""
    out = []
    for match in _TOKEN.finditer(text):
        raw, start = match.group(), match.start()
        if raw[0] == "\n":
            out.append((start, start + 1, "\n", BREAK))
        elif regex.match(r"[\p{L}\p{M}\p{N}]", raw):
            norm = normalize(raw)
            if norm:
                out.append((start, match.end(), ALI if norm == "علي" and "ى" not in raw else norm, WORD))
        elif raw in QUOTE_MARKS:
            out.append((start, match.end(), '"', QUOTE))
        elif raw == "." and out and out[-1][1] == start and out[-1][3] == WORD and text[start - 1].isalpha() and (
            period_continues(text, start, 0, len(text))
        ):
            a, _, norm, kind = out.pop()  # an abbreviation's or an initial's period belongs to its word
            out.append((a, match.end(), norm + ".", kind))
        else:
            out.append((start, match.end(), raw, PUNCT))
    return out


def _view(text: str) -> list[tuple[int, int, str, str]]:
    return [(t.start, t.end, t.norm, t.kind) for t in tokenize(text)]


def test_words_punctuation_marks_and_breaks() -> None:
    text = "  _قال\n \n  «نعم» 3.5_#دي_ميستورا على علي ـ،"
    tokens = tokenize(text)
    assert [(t.kind, text[t.start : t.end]) for t in tokens] == [
        (WORD, "قال"),
        (BREAK, "\n"),  # one break for the blank line and the spaces after it
        (QUOTE, "«"),
        (WORD, "نعم"),
        (QUOTE, "»"),
        (WORD, "3"),
        (PUNCT, "."),
        (WORD, "5"),
        (PUNCT, "#"),
        (WORD, "دي"),  # a hashtag's underscore splits its words
        (WORD, "ميستورا"),
        (WORD, "على"),
        (WORD, "علي"),
        (PUNCT, "،"),  # a lone tatweel normalises to nothing: no token
    ]
    assert [t.norm for t in tokens][-3:] == ["علي", ALI, "،"]
    assert tokens[2].norm == tokens[4].norm == '"'


def test_the_period_of_an_initial_or_abbreviation_belongs_to_its_word() -> None:
    text = "قال د. محمد وجون ف. كينيدي و Dr. Smith عام 1591 م. ثم 3.5."
    tokens = tokenize(text)
    words = [t for t in tokens if t.kind == WORD and t.norm.endswith(".")]
    assert [(text[t.start : t.end], t.norm) for t in words] == [("د.", "د."), ("ف.", "ف."), ("Dr.", "Dr.")]
    # the era's period, the decimal point and the last period stay marks of their own
    assert [t.start for t in tokens if t.kind == PUNCT] == [text.index("م.") + 1, text.index("3.5") + 1, len(text) - 1]


def test_an_empty_text_or_only_gaps_has_no_tokens() -> None:
    assert tokenize("") == []
    assert tokenize(" _ \t_") == []


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=list('ab _\n\t\r \u00a0\u2028\u3000_علىيةـ«»".,؟1٣#\u064e'), max_size=40))
def test_tokens_are_the_matches_of_the_pattern(text: str) -> None:
    assert _view(text) == _scanned(text)
