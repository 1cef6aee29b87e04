"""The label mapping of the other NER corpora onto ANERcorp's PERS / ORG / LOC / MISC (a data file)."""

from __future__ import annotations

from helpers import DATA_DIR, require_data

from rasd.ner.conll import read_conll
from rasd.ner.labels import CONLL_TYPES, DOC_LABEL, label_maps, map_tag, map_tags
from rasd.ner.train import EXTRA_CORPORA


def test_every_target_is_an_anercorp_type_or_o():
    for corpus, table in label_maps().items():
        assert set(table.values()) <= {*CONLL_TYPES, "O"}, corpus


def test_fine_types_map_to_coarse_ones():
    assert map_tag("B-Politician", "wikifane") == "B-PERS"
    assert map_tag("I-Population-Center", "wikifane") == "I-LOC"
    assert map_tag("B-Media", "wikifane") == "B-ORG"
    assert map_tag("B-Group", "wikifane") == "O"  # groups of people are not names in ANERcorp
    assert map_tag("B-MIS", "aqmar") == "B-MISC"
    assert map_tag("B-GPE", "wojood") == "B-LOC"
    assert map_tag("B-DATE", "wojood") == "O"
    assert map_tag("B-Unknown", "wikifane") == "O"
    assert map_tag("garbage", "aqmar") == "O"


def test_mapping_repairs_bio():
    # a dropped first word leaves an I- that must start the entity; a type change starts a new one
    assert map_tags(["B-Group", "I-Group", "O", "I-Nation", "B-Artist", "I-Nation"], "wikifane") == [
        "O", "O", "O", "B-LOC", "B-PERS", "B-LOC",
    ]  # fmt: skip


def test_document_labels():
    assert DOC_LABEL == {"PERS": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}


def test_the_map_covers_every_type_in_the_shared_corpora():
    require_data(DATA_DIR / "ner")
    for corpus, files in EXTRA_CORPORA.items():
        table = label_maps()[corpus]
        for rel in files:
            for sentence in read_conll(require_data(DATA_DIR / rel), lenient=True):
                kinds = {t.split("-", 1)[1] for t in sentence.tags if t != "O"}
                assert kinds <= table.keys(), (rel, kinds - table.keys())
