"""`rasd evaluate events`, `rasd train events` figures, and the evaluation gate."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import DATA_DIR, require_data

from rasd.cli import main
from rasd.events.detect import DETECTORS_PATH
from rasd.events.evaluate import code_matches, token_f1
from rasd.events.gsr import doc_id

# Cross-validated F1 (5 folds by document, thresholds chosen inside each training part, a sentence counted only
# when it has a coding trigger of the type), as measured by `rasd train events`; the shipped detectors are trained
# on the same dev data, so only this figure is honest. The gate pins the mean over nine fold assignments (the card's
# folds, then the documents reshuffled eight times: `ASSIGNMENTS`): ASSAULT 0.685 (0.655-0.702), PROTEST 0.467
# (0.422-0.530). Until then it pinned the card's folds alone, ASSAULT 0.69 for 0.697 and PROTEST 0.45 for 0.459
# (0.46 for 0.472 before the gazetteer took in 22 towns of the wars); one assignment moves by a few hundredths
# with any change to a feature's input: when the gazetteer stopped taking town names the news uses as words (بحري،
# مرسي، ليفربول), PROTEST's card folds went from 0.459 to 0.448 while the mean over the nine went from 0.470 to
# 0.467, the same detector within the spread of its folds. The crowd rule (`rasd.events.crowds`, خرج آلاف
# المتظاهرين) took PROTEST's mean from 0.472 to 0.521 (0.452-0.581), each of the nine assignments up, and its floor
# from 0.46 to 0.51; reading protesters marching (توجه عشرات الآلاف من المتظاهرين) and قام + بالاحتجاج took it to
# 0.538 (0.471-0.592) and the floor to 0.53, the duals of the carrying-out verbs (نفذتا) ASSAULT's from 0.685 to 0.689.
FLOORS = {"ASSAULT": 0.68, "PROTEST": 0.53}

GSR = """id,event_type,label,accept,reject,total,text
D1-1,ASSAULT,yes,3,0,3,هاجم مسلحون دورية للجيش العراقي في الموصل أمس.
D1-2,ASSAULT,easy no,0,3,3,قال الوزير إن الاقتصاد ينمو بسرعة.
D2_1,ASSAULT,ambiguous,1,1,2,تحدث الرئيس عن الأمن.
D2_2,PROTEST,easy no,0,3,3,وصل الوفد إلى المطار.
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_doc_id_drops_the_sentence_number() -> None:
    assert doc_id("AAW_ARB_20080110.0023-9") == "AAW_ARB_20080110.0023"
    assert doc_id("e6874d82_38") == "e6874d82"


def test_a_gigaword_id_tells_the_articles_date() -> None:
    from rasd.events.gsr import GoldSentence

    def published(sentence_id: str) -> str | None:
        return GoldSentence(sentence_id, doc_id(sentence_id), "ASSAULT", "", True).published

    assert published("AAW_ARB_20080110.0023-9") == "2008-01-10"
    assert published("e6874d82b9c4d01_38") is None


def test_token_f1() -> None:
    assert token_f1(["قوات", "النظام"], ["قوات", "النظام", "السوري"]) == pytest.approx(0.8)
    assert token_f1([], ["x"]) == 0.0


def test_evaluate_prints_per_type_scores_and_span_overlap(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    gold = write(tmp_path, "gsr.csv", GSR)
    annotated = {
        "source_actor": ["مسلحون"],
        "target_actor": ["دورية", "للجيش", "العراقي"],
        "source_role": {"main": "None", "role": "UAF"},
        "target_role": {"main": "IRQ", "role": "COP"},
    }
    spans = [{"id": "D1-1", "spans": [annotated]}]
    spans_path = write(tmp_path, "spans.json", json.dumps(spans, ensure_ascii=False))
    assert main(["evaluate", "events", str(gold), "--spans", str(spans_path)]) == 0
    out = capsys.readouterr().out
    assert "ASSAULT     1.000  1.000  1.000     1     0     0" in out
    assert "PROTEST" in out
    assert "source 1.000 (1)" in out
    assert "source 1/1 (1.000), target 0/1 (0.000)" in out  # the army patrol is coded IRQMIL, annotated IRQ COP


def test_actor_code_matches_the_parts_an_annotator_gave() -> None:
    assert code_matches("SYRMIL", ("SYR", "MIL")) and code_matches("SYRMIL", (None, "MIL"))
    assert code_matches("UAF", (None, "UAF")) and code_matches("ISR", ("ISR", None))
    assert not code_matches("ISR", ("ISR", "MIL")) and not code_matches("MIL", ("USA", "MIL"))
    assert not code_matches("IRQCOP", ("IRQ", "MIL"))


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "file not found"), ("a,b\n1,2\n", "not a GSR file, missing column(s) event_type, id, label, text")],
)
def test_bad_gold_file_is_one_clear_line(tmp_path: Path, capsys, content: str | None, message: str) -> None:
    path = tmp_path / "gold.csv"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    assert main(["evaluate", "events", str(path)]) == 2
    err = capsys.readouterr().err.strip()
    assert err == f"rasd: error: {path}: {message}"


def test_bad_spans_file_is_one_clear_line(tmp_path: Path, capsys) -> None:
    gold = write(tmp_path, "gsr.csv", GSR)
    spans = write(tmp_path, "spans.json", "{not json")
    assert main(["evaluate", "events", str(gold), "--spans", str(spans)]) == 2
    assert capsys.readouterr().err.startswith(f"rasd: error: {spans}: not a GSR spans file")


def test_shipped_detectors_record_cross_validated_scores_above_the_floors() -> None:
    assignments = json.loads(DETECTORS_PATH.read_text(encoding="utf-8"))["cv_assignments"]
    for etype, floor in FLOORS.items():
        assert sum(assignments[etype]) / len(assignments[etype]) >= floor, (etype, assignments[etype])


@pytest.mark.slow
def test_gate_cross_validated_f1_recomputed_from_the_dev_data() -> None:
    from rasd.events.detect import SEPARATE
    from rasd.events.gsr import read_gold
    from rasd.events.train import (
        SEPARATE_L2,
        SEPARATE_SCALE,
        VARIANTS,
        _drop,
        cross_validate,
        gold_views,
        news_vectors,
        reshuffled,
        rule_accepts,
        sentence_features,
    )
    from rasd.events.triggers import default_lexicon
    from rasd.events.vectors import SCALE, group_means

    recorded = json.loads(DETECTORS_PATH.read_text(encoding="utf-8"))
    vectors = None
    for etype, floor in FLOORS.items():
        gold = read_gold(require_data(DATA_DIR / "events" / "gsr-dev" / f"{etype.lower()}.csv"))
        feats, gates = sentence_features(gold, default_lexicon(), etype)
        chosen = recorded["chosen"][etype]
        mode = recorded["detectors"][etype]["vectors"]
        dense = None
        if mode:  # the word-vector means, computed from the news as trained
            vectors = vectors or news_vectors(DATA_DIR)
            views = gold_views(gold, default_lexicon())
            scale = SEPARATE_SCALE if mode == SEPARATE else SCALE
            dense = group_means([(v.words, v.hits) for v in views], etype, *vectors, scale=scale).matrix
        separate = SEPARATE_L2 if mode == SEPARATE else ()
        rules = rule_accepts(gold, default_lexicon(), etype)
        variant = _drop(feats, VARIANTS[chosen])
        f1 = [cross_validate(variant, gates, g, dense, separate, rules).f1 for g in reshuffled(gold)]
        assert sum(f1) / len(f1) >= floor, (etype, f1)
        assert f1 == pytest.approx(recorded["cv_assignments"][etype], abs=1e-3)
        assert f1[0] == pytest.approx(recorded["cv"][etype]["f1"], abs=1e-3)  # the card's folds


# Token overlap of the sources and targets with the annotators' spans, as `rasd evaluate events GSR.csv --spans`
# measures it (ASSAULT source 0.549, target 0.626; PROTEST 0.821, 0.348), over the sentences where an event of the
# type is coded, and the share of those whose actor code has the annotators' country and role (ASSAULT source
# 0.513, target 0.571; PROTEST 0.895, 0.520). The roles are rules, not trained on these spans; the annotators also
# take a bomb for a source and a site for a target, which rasd does not (they are no actors). The PROTEST target
# span fell from 0.338 to 0.319 when a nationality adjective began to take the noun it describes (طلبة المدارس
# العراقية): two protests lost a wrong target (the adjective alone) that shared a word with the annotators' span;
# later rules brought it to 0.348. The ASSAULT source floor went from 0.55 to 0.54 when a conjunction of time
# (عندما، بعدما) began to end a clause: the target rose from 0.624 to 0.634 and the source fell from 0.558 to
# 0.549, all of it one sentence (مقاتلا قتل بعدما اطلقت طائرة … صاروخا: the drone, named in the clause of time, had
# been read as the killing's subject); the codes right stayed 40/78 and 76/133. Later rules that drop phrases
# beginning at a conjoined verb or naming what went off (انفجرت عبوة ناسفة اليوم) took the target to 0.626: those
# phrases were wrong but shared a word with the annotators' spans. Rules for relayed and told speech, the attacks
# named after a word of cause, names after ل and the article and the gender of a verb and its subject took ASSAULT
# to 0.585 / 0.645 and its codes right to 43/78 and 81/133 (0.551 / 0.609); the floors rose with them.
SPAN_FLOORS = {"ASSAULT": (0.57, 0.63), "PROTEST": (0.80, 0.33)}
CODE_FLOORS = {"ASSAULT": (0.54, 0.60), "PROTEST": (0.87, 0.50)}


@pytest.mark.parametrize("etype", sorted(SPAN_FLOORS))
def test_gate_actor_span_overlap(etype: str) -> None:
    from rasd.events.evaluate import evaluate

    base = DATA_DIR / "events" / "gsr-dev"
    gold = require_data(base / f"{etype.lower()}.csv")
    report = evaluate(gold, require_data(base / f"{etype.lower()}_spans.json"))
    assert report.overlap is not None
    source, target = (report.overlap.mean(v) for v in (report.overlap.source, report.overlap.target))
    source_floor, target_floor = SPAN_FLOORS[etype]
    assert source >= source_floor and target >= target_floor, (etype, source, target)
    source, target = (report.overlap.mean(v) for v in (report.overlap.source_codes, report.overlap.target_codes))
    source_floor, target_floor = CODE_FLOORS[etype]
    assert source >= source_floor and target >= target_floor, (etype, "codes", source, target)
