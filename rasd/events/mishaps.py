"""Casualties of disasters and accidents, which no one inflicted: no assault (قتل 20 شخصا في حادث سير، مقتل 832
شخصا جراء الزلزال، تسببت الموجة الحارة في مقتل 14 شخصا)."""

from __future__ import annotations

from collections.abc import Mapping

from rasd.events.forms import bare, fold, strip_article
from rasd.events.lexicon import Entry, conjugate
from rasd.events.triggers import TriggerHit
from rasd.events.view import SentenceView

ASSAULT = "ASSAULT"
# the lemmas of ASSAULT triggers that tell of casualties whatever caused them, or of what a disaster does too
# (ضرب الزلزال الجزيرة، اجتاحت السيول القرى)
MISHAP_LEMMAS = frozenset(
    fold(w) for w in ("قتل", "مقتل", "جرح", "مصرع", "لقي+مصرع", "قتيل", "قتلى", "ضرب", "اجتاح")
)
# the forms of verbs that are triggers only with their objects (دمر + منزل), whose entries name the object: what a
# disaster does too (دمرت الفيضانات نحو ألف منزل)
MISHAP_PATTERN_FORMS = frozenset(conjugate(fold("دمر")))
_MISHAP_WORDS = (
    "زلزال زلازل تسونامي فيضان فيضانات سيول إعصار أعاصير عاصفة عواصف بركان تحطم اصطدام تصادم غرق حريق حرائق "
    "تدافع انهيارات سكته سكتها"  # خروج قطار عن سكته: a derailment
)
MISHAP_WORDS = frozenset(fold(w) for w in _MISHAP_WORDS.split())
# two-word names of mishaps whose first word alone may name an attack (حادث إطلاق نار) or something else (هزة)
MISHAP_PHRASES = frozenset(
    (strip_article(a), fold(b))
    for a, b in (
        ("حادث", "سير"),
        ("حادث", "مروري"),
        ("حادث", "مرور"),
        ("حادث", "سيارة"),
        ("حادث", "طائرة"),
        ("حادث", "قطار"),
        ("حوادث", "سير"),
        ("حوادث", "المرور"),
        ("هزة", "أرضية"),
        ("موجة", "الحر"),
        ("الموجة", "الحارة"),
        ("انهيار", "مبنى"),
        ("انهيار", "أرضي"),
        ("انقلاب", "حافلة"),
        ("انقلاب", "سيارة"),
        ("انقلاب", "شاحنة"),
        ("انقلاب", "قارب"),
        ("انقلاب", "مركبة"),
        ("حادث", "انقلاب"),
    )
)


def by_mishap(view: SentenceView, hit: TriggerHit, verbs: Mapping[str, Entry]) -> bool:
    """Whether an ASSAULT trigger only tells of casualties, or of a strike, in a sentence that names a disaster or
    an accident and no attack (قتل جندي في حادث سير; not قتل 20 شخصا في انفجار سيارة مفخخة). ``verbs``: the
    lexicon's entries of verb forms alone, which give the verb of a dictionary pattern."""
    if hit.entry.type != ASSAULT or any(
        h.entry.type == ASSAULT and not _mishap_trigger(h, verbs) for h in (hit, *view.hits)
    ):
        return False
    heads = [strip_article(bare(w)) for w in view.words]  # without proclitics and article
    return any(h in MISHAP_WORDS for h in heads) or any(
        (head, word) in MISHAP_PHRASES for head, word in zip(heads, view.words[1:], strict=False)
    )


def _mishap_trigger(hit: TriggerHit, verbs: Mapping[str, Entry]) -> bool:
    """Whether a trigger tells of what a disaster or an accident may do as well as an attack."""
    if hit.entry.origin == "pattern" and hit.form in MISHAP_PATTERN_FORMS:
        return True
    return _lemma(hit, verbs) in MISHAP_LEMMAS


def _lemma(hit: TriggerHit, verbs: Mapping[str, Entry]) -> str:
    """A trigger's lemma; for a dictionary pattern, named by its object (قتل + أشخاص), the lemma of its verb."""
    entry = verbs.get(hit.form, hit.entry) if hit.entry.origin == "pattern" else hit.entry
    return fold(entry.lemma)
