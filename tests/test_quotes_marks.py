"""Pairing quotation marks: mismatched, misused, nested, stray and multi-paragraph quotations."""

from __future__ import annotations

from rasd.quotes.marks import pair_quotations
from rasd.quotes.tokens import tokenize


def quoted(text: str) -> list[str]:
    tokens = tokenize(text)
    out = []
    for q in pair_quotations(text, tokens):
        end = tokens[q.close].start if q.close < len(tokens) else len(text)
        out.append(text[tokens[q.open].end : end].strip())
    return out


def test_mismatched_marks():
    assert quoted("والمعروف اختصارا بـ”جنيف 4″. وقال: “نحن هنا”.") == ["جنيف 4", "نحن هنا"]


def test_guillemets_and_straight_marks():
    assert quoted('قال «لن نتراجع» ثم قال "سنعود".') == ["لن نتراجع", "سنعود"]


def test_nested_quotation_stays_inside():
    text = 'وأضاف: "على الجميع أن يمنع طائرات "الدرون" من الهجوم".'
    assert quoted(text) == ['على الجميع أن يمنع طائرات "الدرون" من الهجوم']


def test_stray_closer_is_skipped():
    text = 'تحت عنوان "من نائب إلى محمد " إن فلانا تجاوز حدوده". وأضاف أن فيها "مساسا خطيرا".'
    assert quoted(text) == ["من نائب إلى محمد", "مساسا خطيرا"]


def test_closer_shaped_opener_is_paired():
    text = 'القبض على" قيم متشدد بسبب احتفائه " التي استهدفت الحافلة.'
    assert quoted(text) == ["قيم متشدد بسبب احتفائه"]


def test_quotation_continues_in_next_paragraph():
    text = "وقال الوزير: «لن نقبل بهذا.\n«وسنرد في الوقت المناسب».\nوانتهى اللقاء."
    assert quoted(text) == ["لن نقبل بهذا.\n«وسنرد في الوقت المناسب"]


def test_unclosed_quotation_ends_at_line_break():
    text = 'وقال: "لن نقبل بهذا\nوانتهى اللقاء "سريعا" أمس.'
    assert quoted(text)[0] == "لن نقبل بهذا"


def test_tokens_keep_raw_offsets():
    text = "قُتل #دي_ميستورا 3.5"
    tokens = tokenize(text)
    assert [text[t.start : t.end] for t in tokens] == ["قُتل", "#", "دي", "ميستورا", "3", ".", "5"]
    assert tokens[0].norm == "قتل"
