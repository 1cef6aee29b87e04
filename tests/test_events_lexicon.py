"""The trigger lexicon: audited codes, dropped verbs, phrases, all PLOVER types, a deterministic build."""

from __future__ import annotations

import json

import pytest
from helpers import DATA_DIR, require_data

from rasd.errors import InputError
from rasd.events.forms import fold
from rasd.events.lexicon import AUDIT_PATH, LEXICON_PATH, PLOVER_TYPES, build_lexicon, conjugate, read_audit
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
    assert types == set(PLOVER_TYPES)


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
