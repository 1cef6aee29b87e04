"""Structure: paragraphs, headings, the source line, datelines and hashtags, on hand-written texts."""

from __future__ import annotations

import pytest

from rasd.text.structure import find_dateline, find_structure, hashtags, is_source_name, paragraphs

BODY = "وقال المتحدث باسم الوزارة إن الاجتماع الذي عقد أمس في العاصمة انتهى دون التوصل إلى اتفاق نهائي."
BODY2 = "وأضاف أن المشاورات ستتواصل الأسبوع المقبل بمشاركة ممثلين عن جميع الأطراف المعنية بالملف."


def test_paragraphs_are_trimmed_lines() -> None:
    text = "  أولا.\n\n\u200fثانيا.  \r\nثالثا"
    found = paragraphs(text)
    assert [p.text for p in found] == ["أولا.", "ثانيا.", "ثالثا"]
    assert all(text[p.start : p.end] == p.text for p in found)


def test_heading_between_paragraphs() -> None:
    text = f"{BODY}\nمفاوضات صعبة\n{BODY2}"
    assert [h.text for h in find_structure(text).headings] == ["مفاوضات صعبة"]


@pytest.mark.parametrize(
    "line",
    [
        "انتهى الاجتماع.",  # terminal period
        "ماذا بعد؟",  # question mark
        "وفيما يلي النص الكامل:",  # colon
        "- البند الأول",  # list item
        "1- البند الأول",
        "اقرأ أيضا: الحكومة تستقيل",  # a link to another article
        "-----",  # no letters
    ],
)
def test_lines_that_are_not_headings(line: str) -> None:
    assert find_structure(f"{BODY}\n{line}\n{BODY2}").headings == []


def test_heading_needs_a_longer_paragraph_after_it() -> None:
    assert find_structure(f"{BODY}\nمفاوضات صعبة\nنهاية القصة").headings == []


def test_consecutive_short_lines_are_a_list() -> None:
    text = f"{BODY}\nالأهلي\nالزمالك\nالإسماعيلي\n{BODY2}"
    assert find_structure(text).headings == []


def test_long_first_line_is_body_short_first_line_may_head() -> None:
    assert find_structure(f"{BODY}\n{BODY2}").headings == []
    assert [h.text for h in find_structure(f"قمة الرياض\n{BODY}").headings] == ["قمة الرياض"]


@pytest.mark.parametrize(
    "line",
    ["العربية نت", "(رويترز)", "أ ف ب", "- وات -", "فرانس24/ أ ف ب/ رويترز", "وكالات", "المصدر: وكالة الأنباء"],
)
def test_source_lines(line: str) -> None:
    found = find_structure(f"{BODY}\n{BODY2}\n{line}\n")
    assert found.source_line is not None and found.source_line.text == line
    assert found.headings == []


def test_ordinary_closing_line_is_not_a_source() -> None:
    assert find_structure(f"{BODY}\nوانتهى اللقاء بالتوافق.").source_line is None
    assert find_structure(f"{BODY}\nمحمد أحمد").source_line is None


def test_source_names_fold_spelling() -> None:
    assert is_source_name("أ.ف.ب")
    assert is_source_name("(فرانس 24)")
    assert not is_source_name("الحكومة")


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("دمشق - رويترز: قال المرصد", "دمشق - رويترز"),
        ("القاهرة - أ ف ب - أعلن الرئيس", "القاهرة - أ ف ب"),
        ("دبي، الإمارات العربية المتحدة (CNN)-- سيحصل", "دبي، الإمارات العربية المتحدة (CNN)"),
        ("أحمد علي- سبق- القاهرة: أكد", "أحمد علي- سبق- القاهرة"),
        ("تونس 11 ديسمبر 2016 (وات)- أعلنت", "تونس 11 ديسمبر 2016 (وات)"),
    ],
)
def test_datelines(opening: str, dateline: str) -> None:
    found = find_structure(f"{opening} الجهات المعنية عن خطة جديدة لدعم القطاع.\n{BODY}")
    assert found.dateline is not None and found.dateline.text == dateline
    assert found.dateline.start == 0


@pytest.mark.parametrize(
    "opening",
    ["قال الوزير - في بيان: إن", "الرياض: أعلنت الوزارة", "أكد الرئيس - وهو غاضب - أن"],
)
def test_not_datelines(opening: str) -> None:
    text = f"{opening} الخطة جاهزة."
    assert find_dateline(text, paragraphs(text)[0]) is None


def test_hashtags_with_names() -> None:
    text = "قال #دي_ميستورا في #جنيف إن #المعارضة_السورية_ حاضرة. #2018 و# وحده"
    found = hashtags(text)
    assert [(h.text, h.name) for h in found] == [
        ("#دي_ميستورا", "دي ميستورا"),
        ("#جنيف", "جنيف"),
        ("#المعارضة_السورية", "المعارضة السورية"),
        ("#2018", "2018"),
    ]
    assert all(text[h.start : h.end] == h.text for h in found)
