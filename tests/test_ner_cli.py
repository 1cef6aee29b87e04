"""`rasd ner --conll FILE` and `rasd evaluate ner FILE.conll`, run as a user would."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import rasd

from rasd.errors import InputError
from rasd.ner.conll import read_conll

GOLD = """وقال B-PERS
ستيفان B-PERS
دي I-PERS
ميستورا I-PERS
في O
جنيف B-LOC
. O

واجتمع O
وفد O
الأمم B-ORG
المتحدة I-ORG
مع O
فاتح B-PERS
حسون I-PERS
"""


def write(tmp_path: Path, text: str, name: str = "in.conll") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_read_conll_sentences_and_tags(tmp_path):
    sentences = read_conll(write(tmp_path, GOLD))
    assert [len(s.tokens) for s in sentences] == [7, 7]
    assert sentences[1].tags[2:4] == ["B-ORG", "I-ORG"]


def test_read_conll_errors_name_the_file_and_line(tmp_path):
    with pytest.raises(InputError, match=r"bad\.conll:2: tag 'PERSON'"):
        read_conll(write(tmp_path, "حسون O\nفاتح PERSON\n", "bad.conll"))
    with pytest.raises(InputError, match=r"mixed\.conll:2: some lines have a tag column"):
        read_conll(write(tmp_path, "حسون O\nفاتح\n", "mixed.conll"))
    with pytest.raises(InputError, match="no such file"):
        read_conll(tmp_path / "absent.conll")
    assert read_conll(write(tmp_path, "حسون O\nفاتح PERSON\n", "lenient.conll"), lenient=True)[0].tags[1] == "O"


def test_ner_prints_token_gold_pred(tmp_path):
    done = rasd("ner", "--conll", write(tmp_path, GOLD))
    assert done.returncode == 0, done.stderr
    blocks = done.stdout.strip("\n").split("\n\n")
    assert len(blocks) == 2
    rows = [line.split(" ") for line in blocks[0].splitlines()]
    assert [r[0] for r in rows] == ["وقال", "ستيفان", "دي", "ميستورا", "في", "جنيف", "."]
    assert all(len(r) == 3 for r in rows)
    assert rows[5][2] == "B-LOC"
    assert {r[2] for r in rows} <= {"O", "B-PERS", "I-PERS", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"}


def test_ner_without_gold_prints_token_pred(tmp_path):
    plain = "\n".join(line.split(" ")[0] if line else "" for line in GOLD.splitlines()) + "\n"
    done = rasd("ner", "--conll", write(tmp_path, plain))
    assert done.returncode == 0, done.stderr
    assert all(len(line.split(" ")) == 2 for line in done.stdout.splitlines() if line)


def test_evaluate_ner_prints_the_table(tmp_path):
    done = rasd("evaluate", "ner", write(tmp_path, GOLD))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].split()[:4] == ["type", "P", "R", "F1"]
    assert lines[-1].split()[0] == "micro"
    assert lines[-1].split()[4] == "5"  # gold entities


def test_bad_input_is_one_clear_line(tmp_path):
    done = rasd("ner", "--conll", tmp_path / "absent.conll")
    assert done.returncode == 2 and done.stderr.count("\n") == 1 and "absent.conll: no such file" in done.stderr
    done = rasd("evaluate", "ner", write(tmp_path, "حسون\nفاتح\n", "untagged.conll"))
    assert done.returncode == 2 and "no gold tag column" in done.stderr
    done = rasd("evaluate", "ner", write(tmp_path, "\n\n", "empty.conll"))
    assert done.returncode == 2 and "empty.conll: no sentences" in done.stderr
    bad = tmp_path / "binary.conll"
    bad.write_bytes(b"\xff\xfe\x00bad")
    done = rasd("evaluate", "ner", bad)
    assert done.returncode == 2 and "binary.conll: not UTF-8 text" in done.stderr
