"""The trigger lexicon: audited codes, dropped verbs, phrases, all PLOVER types, a deterministic build."""

from __future__ import annotations

import json

import pytest
from helpers import DATA_DIR, require_data

from rasd.errors import InputError
from rasd.events.forms import fold
from rasd.events.lexicon import (
    AUDIT_PATH,
    LEXICON_PATH,
    NO_EVENT,
    PLOVER_TYPES,
    LexiconBuilder,
    apply_audit,
    build_lexicon,
    conjugate,
    read_audit,
)
from rasd.events.triggers import TriggerLexicon, default_lexicon


def hits(sentence: str) -> list[tuple[str, str, str | None]]:
    words = [fold(w) for w in sentence.split()]
    return [
        (" ".join(sentence.split()[h.first : h.last + 1]), h.entry.type, h.entry.cameo)
        for h in default_lexicon().match(words)
    ]


@pytest.mark.parametrize("form", ["هاجم", "هاجمت", "هاجموا", "يهاجم", "يهاجمون", "وهاجم", "هوجم", "سيهاجم"])
def test_attack_is_an_assault_not_the_dictionary_block_code(form: str) -> None:
    # PETRARCH puts هاجم in the block of قاوم, coded 124 (decline to yield).
    assert hits(f"{form} مسلحون القرية") == [(form, "ASSAULT", "190")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("اقتحم مسلحون المقر", ("اقتحم", "ASSAULT")),
        ("شنت الطائرات غارات على المدينة", ("غارات", "ASSAULT")),
        ("خرجت مظاهرات في العاصمة", ("مظاهرات", "PROTEST")),
        ("أعلن العمال إضرابا عن الطعام", ("إضرابا عن الطعام", "PROTEST")),
        ("اجتمع الوزير مع نظيره", ("اجتمع", "CONSULT")),
        ("واتهمت الحكومة المعارضة", ("واتهمت", "ACCUSE")),
        ("اعتقلت الشرطة عشرة أشخاص", ("اعتقلت", "COERCE")),
    ],
)
def test_frequent_triggers_have_their_audited_type(sentence: str, expected: tuple[str, str]) -> None:
    assert expected in [(text, etype) for text, etype, _ in hits(sentence)]


def test_ceasefire_phrase_wins_over_the_shooting_inside_it() -> None:
    assert hits("أعلن الطرفان وقف إطلاق النار") == [("وقف إطلاق النار", "RETREAT", "0871")]
    assert hits("سمع دوي إطلاق النار") == [("إطلاق النار", "ASSAULT", "193")]


@pytest.mark.parametrize("word", ["قال", "أكد", "أضاف", "أعلن", "عمل", "قبل", "وقال", "يمكن", "الى"])
def test_general_verbs_the_dictionaries_code_are_not_triggers(word: str) -> None:
    assert hits(word) == []


def test_every_plover_type_has_triggers() -> None:
    lexicon = json.loads(LEXICON_PATH.read_text(encoding="utf-8"))
    types = {lexicon["entries"][i][0] for i in lexicon["forms"].values()}
    assert types == {*PLOVER_TYPES, NO_EVENT}  # NONE: words the audit marks as no trigger (وزارته)


def test_conjugation_of_form_iii_and_viii_verbs() -> None:
    assert {"هاجم", "يهاجمون", "هوجم", "هاجموا"} <= conjugate("هاجم")
    assert {"اقتحم", "يقتحم", "اقتحموا"} <= conjugate("اقتحم")


def test_audit_file_rejects_unknown_types(tmp_path) -> None:
    bad = tmp_path / "audit.tsv"
    bad.write_text("verb\tهاجم\tATTACK\t190\t-\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"audit.tsv:1: unknown PLOVER type 'ATTACK'"):
        read_audit(bad)
    assert read_audit(AUDIT_PATH)


def test_unreadable_lexicon_is_one_clear_error(tmp_path) -> None:
    broken = tmp_path / "triggers.json"
    broken.write_text("{", encoding="utf-8")
    with pytest.raises(InputError, match="rasd train events"):
        TriggerLexicon.load(broken)


def test_shipped_lexicon_is_what_the_build_makes() -> None:
    events = require_data(DATA_DIR / "events")
    built = build_lexicon(events / "petrarch-ar", events / "plover" / "CAMEO2PLOVER-2021.txt")
    shipped = json.loads(LEXICON_PATH.read_text(encoding="utf-8"))
    assert built == shipped


@pytest.mark.parametrize(
    "sentence",
    [
        "أطلق مسلحون النار على دورية للشرطة",
        "أطلقت عناصر الأمن النار على سيارة مسرعة",
        "وأطلق الجنود أمس النار على المارة",
        "أطلقوا النار على دورية للشرطة",
    ],
)
def test_shooting_is_found_with_the_subject_between_verb_and_fire(sentence: str) -> None:
    # `drop اطلق` removes the dictionary's readings of the verb, not the audited أطلق+النار.
    assert [(etype, cameo) for _, etype, cameo in hits(sentence)] == [("ASSAULT", "193")]


def test_a_drop_never_removes_the_audits_own_entries(tmp_path) -> None:
    audit = tmp_path / "audit.tsv"
    audit.write_text(
        "verb\tضرب+نار\tASSAULT\t193\t-\nverb\tصدم\tASSAULT\t190\t-\ndrop\tضرب\t-\t-\t-\ndrop\tصدم\t-\t-\t-\n",
        encoding="utf-8",
    )
    builder = LexiconBuilder({})
    apply_audit(builder, read_audit(audit))
    assert builder.forms["صدمت"].origin == "audit"
    assert {"ضربت", "يضربون"} <= set(builder.patterns)
    assert builder.blocked >= {"ضربت", "صدمت"}  # still blocked for the dictionaries' readings


def test_a_verb_row_leaves_out_the_forms_it_lists_with_a_minus(tmp_path) -> None:
    audit = tmp_path / "audit.tsv"
    audit.write_text("verb\tدعم\tSUPPORT\t051\t-\t-دعم\n", encoding="utf-8")
    builder = LexiconBuilder({})
    apply_audit(builder, read_audit(audit))
    assert "دعم" not in builder.forms and "دعمه" not in builder.forms
    assert {"يدعم", "دعمت", "تدعمه"} <= set(builder.forms)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("احتجز المسلحون عشرات الرهائن في المدرسة", ("ASSAULT", "181")),
        ("احتجز مسلحون رهينة فرنسية", ("ASSAULT", "181")),
        ("احتجزت الشرطة المشتبه به", ("COERCE", "173")),
    ],
)
def test_hostage_taking_wins_over_plain_detention(sentence: str, expected: tuple[str, str]) -> None:
    assert [(etype, cameo) for _, etype, cameo in hits(sentence)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("انفجرت عبوة في الطريق", ("انفجرت", "ASSAULT", "183")),
        ("أطلق المسلحون صواريخ على البلدة", ("أطلق", "ASSAULT", "195")),
        ("أطلقت الفصائل قذائف هاون على الحي", ("أطلقت", "ASSAULT", "195")),
        ("تعرض المعتقلون للتعذيب في السجن", ("للتعذيب", "ASSAULT", "1822")),
        ("اتهمت المنظمة الجنود باغتصاب نساء", ("باغتصاب", "ASSAULT", "1821")),
        ("هاجمتهم مجموعة مسلحة قرب الحدود", ("هاجمتهم", "ASSAULT", "190")),
        ("استهدفوها بعبوة ناسفة", ("استهدفوها", "ASSAULT", "190")),
        ("ويقتلونهم بدم بارد", ("ويقتلونهم", "ASSAULT", "1823")),
        ("تجمع مئات الطلاب أمام الجامعة", ("تجمع مئات", "PROTEST", "141")),
        ("وتجمع آلاف المحتجين في الساحة", ("وتجمع آلاف", "PROTEST", "141")),
        # a verb ending in ى with the forms that drop it (ألقى → ألقت، ألقوا)
        ("ألقت الشرطة القبض على أربعة أشخاص", ("ألقت", "COERCE", "173")),
        ("وألقوا القبض على المشتبه به", ("وألقوا القبض", "COERCE", "173")),
        ("واستدعت الخارجية السفير البريطاني", ("واستدعت", "SANCTION", "161")),
        ("ويلتقون الوزير غدا", ("ويلتقون", "CONSULT", "040")),
        # the arrest as a noun phrase
        ("وتم القبض على المشتبه به", ("القبض على", "COERCE", "173")),
    ],
)
def test_added_triggers(sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in hits(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "قال تجمع المهنيين إن الحوار مستمر",  # تجمع the association, no crowd gathers
        "تجمع الأحزاب رؤية مشتركة",
        "ارتفع دعم الحكومة للسلع",  # دعم the subsidy
        "قدمت الدولة دعما للمزارعين",
        "فجر أمس وصل الوفد",  # فجر dawn
        "قاتلة هي الحرارة",  # folds to قاتله: the verb قاتل with ه is left out
        "طالبة في الجامعة",
        "حدود ليبيا مع السودان وتشاد والنيجر طويلة",  # تشاد Chad, left out of أشاد's forms
        "قال نزار الخزرجي إن الوضع هادئ",  # نزار a first name, left out of زار's forms
        "ووفق تقرير أولي للشرطة فإن الحادث عرضي",  # ووفق "and according to", left out of وافق's forms
    ],
)
def test_words_that_only_look_like_the_added_triggers(sentence: str) -> None:
    assert hits(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    ["احتجت الخارجية لدى السفارة على الطرد", "اعترض النواب على القانون", "ويعترضون على القرار"],
)
def test_objecting_to_something_is_an_audited_disapproval(sentence: str) -> None:
    assert hits(sentence)[0][1:] == ("ACCUSE", "110")


@pytest.mark.parametrize(
    ("sentence", "types"),
    [
        ("وتحتل تركيا المرتبة 155 من أصل 180", []),  # a rank: احتل + مرتبه is audited as no event
        ("واحتل سهم الصفوة المركز الأول", []),
        ("واحتل المعرض مساحة واسعة من القاعة", []),  # room and seats: audited as no event either
        ("واحتل الحزب 40 مقعدا في البرلمان", []),
        ("احتلت إسرائيل الضفة الغربية عام 1967", ["COERCE"]),
        # قاد + هجوم "led the attack": the dictionary's 113, audited as no event; the noun still names an attack
        ("وقاد صلاح خط الهجوم إلى جانب هاري كين", ["ASSAULT"]),
        ("وفتح النقاش بشأن مكانة النساء في السينما", []),  # opening a debate: the dictionary's 130, audited
        ("وقررت النيابة فتح تحقيق في الحادث", ["ACCUSE"]),
        ("وانطلقت صفارات الإنذار في المستوطنات", []),  # sirens: a phrase of no event
        ("ووجه الرئيس إنذارا إلى الحكومة", ["THREATEN"]),
        ("حيث استقبلت ألمانيا أربعة أهداف فقط في التصفيات", []),  # goals conceded: audited as no event
        ("واستقبل الرئيس وزير الخارجية الفرنسي", ["CONSULT"]),
        # a diplomatic protest complains officially: no demonstration
        ("وبعث الوزير رسالة احتجاج إلى نظيره اللبناني", ["ACCUSE"]),
        ("وقدمت السفارة احتجاجا رسميا على الانتهاك", ["ACCUSE"]),
        ("وانطلقت القافلة في مسيرها نحو الحدود", []),  # "its journey", no مسيرة
        ("وانطلقت مسيرة حاشدة نحو الحدود", ["PROTEST"]),
        ("وعلى كونتي تحمل مسؤولية تطبيق البرنامج", []),  # تحمّل "took on": the phrase is audited as no event
        ("وتحمل هولندا وأستراليا موسكو مسؤولية إسقاط الطائرة", ["ACCUSE"]),
        ("وحملت الحكومة المعارضة مسؤولية الفوضى", ["ACCUSE"]),
        ("كان آخر الواصلين وأول المغادرين", []),  # آخر "last", dropped from أخّر
        ("وقال الوزير إن وزارته ستتصدى للمهربين", []),  # وزارته "his ministry", not و + زارته
        ("وكانت السعودية أول دولة زارها الرئيس", ["CONSULT"]),
        ("وبدأت إيران تركيب أجهزة الطرد المركزي في منشأة نطنز", []),  # centrifuges, audited as no event
        ("وتتركز النشاطات على تركيب مئات الآلاف من أجهزة الطرد داخل المنشآت", []),
        ("وقررت الحكومة طرد السفير الكندي", ["SANCTION"]),
        # يدين بالفضل "owes gratitude": the row lists يدين, which the conjugation of أدان misses, with its object
        ("يدين الفريق بالفضل في هذا الفوز إلى حارسه", []),
        ("ويدين الوزير الهجوم على المدنيين", ["ACCUSE", "ASSAULT"]),
    ],
)
def test_a_verb_whose_object_makes_it_no_event(sentence: str, types: list[str]) -> None:
    assert [etype for _, etype, _ in hits(sentence)] == types


def test_the_audit_type_none_is_not_for_a_whole_verb(tmp_path) -> None:
    audit = tmp_path / "audit.tsv"
    audit.write_text("verb\tاحتل\tNONE\t-\t-\n", encoding="utf-8")  # a drop row says that
    with pytest.raises(InputError, match="unknown PLOVER type"):
        read_audit(audit)


def test_a_verb_with_the_pronoun_ha_is_read_only_where_the_text_writes_ha() -> None:
    # اعتقله (arrested him) folds like a noun written with ة; the view tells the matcher which tokens end in ه
    words = [fold(w) for w in ["واعتقله", "رجال", "الأمن"]]
    assert default_lexicon().match(words) == []
    [hit] = default_lexicon().match(words, with_ha=[0])
    assert (hit.first, hit.entry.type, hit.form) == (0, "COERCE", "اعتقله")
    assert default_lexicon().match([fold("رجال")], with_ha=[0]) == []


def test_the_pronoun_ha_form_is_kept_from_form_v_verbs_and_detected_types(tmp_path) -> None:
    audit = tmp_path / "audit.tsv"
    audit.write_text(
        "verb\tاعتقل\tCOERCE\t173\t-\nverb\tتعاون\tCOOPERATE\t060\t-\nverb\tقتل\tASSAULT\t1823\t-\n", encoding="utf-8"
    )
    builder = LexiconBuilder({})
    apply_audit(builder, read_audit(audit))
    # تعاونه is "his cooperation", a form V verbal noun; قتله is left to a detector trained without it
    assert set(builder.pronominal) == {"اعتقله"}
    assert "اعتقله" not in builder.forms and "اعتقلهم" in builder.forms
