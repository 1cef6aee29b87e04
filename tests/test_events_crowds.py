"""The crowd rule: a past verb of demonstrating with a crowd right after it, or of going out or breaking out with a
protest noun, codes a protest whatever the detector says; negation, modality, conditions, questions and relative
clauses still block it."""

from __future__ import annotations

import pytest
from helpers import analyze_rejecting, sentence_view

from rasd.events.crowds import crowd_out


def fires(text: str, etype: str = "PROTEST") -> bool:
    view = sentence_view(text)
    return crowd_out(view.words, view.hits, etype)


@pytest.mark.parametrize(
    "text",
    [
        "وفي الخرطوم، خرجت أمس مظاهرة غاضبة ضد قرار الحكومة.",
        "وخرج آلاف المتظاهرين في شوارع العاصمة للمطالبة برحيل الحكومة.",
        "واحتشد المتظاهرون أمام مقر البرلمان رافعين الأعلام.",
        "وتجمع 500 متظاهر قرب المحكمة العليا.",
        "واحتج مئات المتظاهرين الأحد في موقع الهجوم.",
        "واندلعت احتجاجات في عدة مدن بعد رفع أسعار الوقود.",
        "ونزل آلاف المحتجين إلى شوارع المدينة رافعين الأعلام.",
        "وتوجه عشرات الآلاف من المتظاهرين إلى ساحة البرلمان.",
        "وسار المتظاهرون في وسط العاصمة حتى مبنى الوزارة.",
        "وقام مزارعون في ضواحي المدينة بالاحتجاج على أسعار الأسمدة.",
    ],
)
def test_a_crowd_that_took_to_the_streets_is_asserted(text: str) -> None:
    assert fires(text)


@pytest.mark.parametrize(
    "text",
    [
        "ولم يخرج المتظاهرون إلى الشوارع بسبب الأمطار.",  # negation
        "وقد يتظاهر الآلاف إذا أقر البرلمان القانون.",  # modality, condition
        "هل خرجت مظاهرات في المدينة أمس ؟",  # question
        "وفرقت الشرطة المظاهرة التي خرجت أمس من الجامعة.",  # relative clause: told elsewhere
        "وخرج الوزير من الاجتماع غاضبا بعد أن هتف المتظاهرون ضده.",  # no crowd after the verb
        "ودعت المعارضة إلى مظاهرات حاشدة الجمعة المقبلة.",  # a call, no verb of demonstrating
        "وتوجه الوزير بكلمة إلى المحتجين أمام المبنى.",  # the marcher is no protester
        "ونزل الرئيس إلى الشارع للقاء المتظاهرين.",  # protesters are not the subject
        "وقامت الشرطة بتفريق المظاهرة بالقوة.",  # قام with another act after ب
        "وقال إن المتظاهرين لو قاموا بالاحتجاج أمام الوزارة لاعتقلوا.",  # a condition
    ],
)
def test_no_assertion_without_the_construction(text: str) -> None:
    assert not fires(text)


def test_only_protest_is_taken_to_the_streets() -> None:
    assert not fires("وخرج آلاف المتظاهرين في شوارع العاصمة.", "ASSAULT")


def test_the_stage_codes_the_construction_past_a_detector_that_rejects_everything() -> None:
    text = "وخرج آلاف المتظاهرين في شوارع العاصمة أمس. وقال الكاتب إن المظاهرات وسيلة للتعبير."
    doc = analyze_rejecting("PROTEST", text, "2018-05-02")
    protests = [e for e in doc.events if e.type == "PROTEST"]
    assert protests and all(e.sentence == 0 for e in protests)
