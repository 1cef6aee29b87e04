"""The carrying-out rule: an attack noun governed by a past verb of carrying out (or رد/قام + بتوجيه) is coded
whatever the detector says; negation, modality, conditions, questions and relative clauses still block it."""

from __future__ import annotations

import pytest
from helpers import analyze_rejecting, sentence_view

from rasd.events.carrying import carried_out


def fires(text: str, etype: str = "ASSAULT") -> bool:
    view = sentence_view(text)
    return carried_out(view.words, view.hits, etype)


@pytest.mark.parametrize(
    "text",
    [
        "وشنت الطائرات الحربية غارات على مواقع المسلحين شمال المدينة أمس.",
        "ونفذ مسلحون هجوما على حاجز للشرطة في الرمادي.",
        "ووجهت القوات الأمريكية عدة ضربات جوية لمعسكرات التنظيم.",
        "ورد الجيش بتوجيه ضربات جوية لمواقع يسيطر عليها المتمردون.",
        "وقامت المقاتلات بشن غارات على مخازن للأسلحة قرب الحدود.",
        "وقال إن شاحنتين تقلان رجالا مسلحين نفذتا عملية الخطف قرب الحدود.",  # the dual
    ],
)
def test_a_carried_out_attack_is_asserted(text: str) -> None:
    assert fires(text)


@pytest.mark.parametrize(
    "text",
    [
        "ولم تشن الطائرات غارات على المدينة منذ أسبوع.",  # negation
        "قد شنت الطائرات غارات لو لم تتدخل روسيا.",  # modality, condition
        "هل شنت الطائرات غارات على المدينة ؟",  # question
        "واعتقلت الشرطة أفراد الخلية التي نفذت الهجوم على الكنيسة.",  # relative clause: told elsewhere
        "أما الخيار الثالث فهو شن هجوم بري واسع عبر الحدود.",  # bare شن: the verbal noun
        "وحذرت الحكومة من تهديدات بشن هجمات على المطارات.",  # بشن without رد/قام: a threat
        "ووجه الوزير انتقادات حادة للحكومة.",  # no attack noun
    ],
)
def test_no_assertion_without_the_construction(text: str) -> None:
    assert not fires(text)


def test_only_assault_is_carried_out() -> None:
    assert not fires("ونفذ العمال إضرابا عن العمل أمس.", "PROTEST")


def test_the_stage_codes_the_construction_past_a_detector_that_rejects_everything() -> None:
    text = "ورد الجيش بتوجيه ضربات جوية لمواقع يسيطر عليها المتمردون. وقال الوزير إن الهجوم على الحرية مرفوض."
    doc = analyze_rejecting("ASSAULT", text, "2016-05-02")
    assaults = [e for e in doc.events if e.type == "ASSAULT"]
    assert [e.trigger.text for e in assaults] == ["ضربات جوية"]
