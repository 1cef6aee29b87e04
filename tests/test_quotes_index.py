"""The per-document indexes that keep quote finding linear: each gives what a scan over everything gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.doc import Document, Entity
from rasd.quotes.cues import load_lexicon
from rasd.quotes.extract import _Spans, extract_quotes
from rasd.quotes.speakers import EntityIndex, NameIndex, NameRuns, RunNames, clean_name, name_key, scan_names
from rasd.quotes.tokens import ALI, tokenize

TEXT = (
    "قال وزير الخارجية السعودي عادل الجبير إن المحادثات مستمرة، وأضاف المتحدث باسم الوزارة أحمد بن سعيد "
    "أبو زيد أن الوفد سيعود. ورأى العقيد فاتح حسون، عضو وفد المعارضة، أن النظام يماطل. وقال الجبير: "
    "«لن نقبل بذلك». وأكدت الناشطة سلمى علي عبد الله أن الوضع صعب، بحسب رئيس الوزراء الكندي جاستن ترودو."
)


def test_name_runs_before_a_token_are_a_scan_of_the_tokens_before_it() -> None:
    tokens = tokenize(TEXT * 2)
    is_cue = load_lexicon().lookup
    runs = NameRuns(tokens, is_cue)
    assert runs.before(len(tokens))  # the text has names
    for before in range(len(tokens) + 1):
        scanned = scan_names(tokens, before, is_cue)
        assert runs.before(before) == scanned
        assert list(runs.latest_before(before)) == scanned[::-1]


spans = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 12)).map(lambda p: (p[0], p[0] + p[1])), max_size=12)


@settings(max_examples=300, deadline=None)
@given(spans, st.integers(-2, 80), st.integers(0, 10))
def test_span_tests_agree_with_a_look_at_every_span(given_spans: list[tuple[int, int]], point: int, width: int) -> None:
    index = _Spans(given_spans)
    assert index.holds(point) == any(a <= point < b for a, b in given_spans)
    end = point + width
    assert index.overlaps(point, end) == any(a < end and point < b for a, b in given_spans)


@settings(max_examples=300, deadline=None)
@given(spans, st.integers(0, 80), st.integers(1, 10))
def test_entities_near_a_span_are_every_one_touching_it_in_order(
    given_spans: list[tuple[int, int]], start: int, width: int
) -> None:
    entities = [Entity(a, b, "x" * (b - a), "PER") for a, b in given_spans]
    end = start + width
    near = EntityIndex(entities).near(start, end)
    touching = [k for k, e in enumerate(entities) if e.start <= start < e.end or start <= e.start < end]
    positions = {id(e): k for k, e in enumerate(entities)}
    found = [positions[id(e)] for e in near]
    assert found == sorted(found)  # document order
    assert set(touching) <= set(found)  # none missed


def test_fullest_name_is_the_first_longest_ending_with_the_key() -> None:
    index = NameIndex()
    for name, end in [("حسون", 1), ("فاتح حسون", 5), ("العقيد فاتح حسون", 9), ("نصر الحريري", 12)]:
        index.add(name, end)
    assert index.fullest(name_key("حسون"), "حسون") == "العقيد فاتح حسون"
    assert index.fullest(name_key("حسون"), "حسون", before=9) == "فاتح حسون"
    assert index.fullest(name_key("الحريري"), "الحريري") == "نصر الحريري"
    assert index.fullest(name_key("شكري"), "شكري") == "شكري"
    assert len(index) == 4


def test_run_names_found_on_demand_are_the_names_of_every_run() -> None:
    text = TEXT + " وقال الشيخ أحمد علي إن الشيخ علي محمد علي قد وصل، وأضاف الوزير الحريري أن الحريري باق."
    tokens = tokenize(text)
    runs = NameRuns(tokens, load_lexicon().lookup).before(len(tokens))
    assert any(tokens[b].norm == ALI for _, b in runs)  # علي read as the name ends a run
    eager = NameIndex()
    for a, b in runs:
        eager.add(clean_name(text, tokens, a, b), b)
    lazy = RunNames(text, tokens, runs)
    for a, b in runs:
        for first in range(a, b + 1):
            key = name_key(clean_name(text, tokens, first, b))
            for before in (0, b, b + 1, len(tokens)):
                assert lazy.fullest(key, "", before) == eager.fullest(key, "", before)
    assert lazy.fullest(name_key("الحريري"), "الحريري") == eager.fullest(name_key("الحريري"), "الحريري")


def test_a_long_article_on_one_line_keeps_every_statement_of_its_parts() -> None:
    part = extract_quotes(Document(text=TEXT))
    whole = extract_quotes(Document(text=" ".join([TEXT] * 200)))
    assert len(part) >= 4 and len(whole) == 200 * len(part)
