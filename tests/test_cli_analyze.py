"""`rasd analyze` end to end: formats, exit statuses, and one clear line for every bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import REPO, assert_spans_consistent, iter_news, rasd

EXAMPLE = REPO / "examples" / "article.txt"
BATCH = REPO / "examples" / "articles.jsonl"
# Peak memory allowed for one large article: interpreter and libraries, plus a multiple of its size
# (measured: 217 MB for 5 MB and 1.5 GB for 50 MB; tokens and words, kept as objects, take most of it).
MEMORY_BASE_MB = 150
MEMORY_PER_MB = 35
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00\x1f\xf3\xffa"


def error_lines(result: subprocess.CompletedProcess[str]) -> list[str]:
    return result.stderr.strip().splitlines()


def test_single_article_prints_one_json_object_with_the_exact_text() -> None:
    result = rasd("analyze", EXAMPLE, "--published", "2018-05-06")
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["text"] == EXAMPLE.read_text(encoding="utf-8")
    assert doc["meta"]["published"] == "2018-05-06"
    assert doc["sentences"] and doc["hashtags"]
    assert_spans_consistent(doc)
    assert result.stdout.startswith("{\n  ") and "\\u06" not in result.stdout  # indented, Arabic as is


def test_batch_input_gives_jsonl_in_input_order_with_ids(tmp_path: Path) -> None:
    result = rasd("analyze", BATCH, "--published", "2000-01-01")
    assert result.returncode == 0, result.stderr
    docs = [json.loads(line) for line in result.stdout.splitlines()]
    inputs = [json.loads(line) for line in BATCH.read_text(encoding="utf-8").splitlines()]
    assert [d["id"] for d in docs] == [r["id"] for r in inputs]
    assert [d["text"] for d in docs] == [r["text"] for r in inputs]
    assert [d["meta"]["title"] for d in docs] == [r["title"] for r in inputs]
    assert docs[0]["meta"]["published"] == "2018-02-19"  # the record's own date wins over --published
    assert docs[0]["meta"]["author"] == inputs[0]["author"]
    out = tmp_path / "out.json"
    again = rasd("analyze", BATCH, "--format", "json", "--n-process", "2", "--output", out)
    assert again.returncode == 0 and again.stdout == ""
    assert [d["id"] for d in json.loads(out.read_text(encoding="utf-8"))] == [r["id"] for r in inputs]


def test_stdin_and_the_dash() -> None:
    text = EXAMPLE.read_bytes()
    for args in (("analyze", "-"), ("analyze",)):
        result = rasd(*args, stdin=text)
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout)["text"] == text.decode("utf-8")


def test_pretty_rendering_shows_sentences_headings_and_hashtags() -> None:
    result = rasd("analyze", EXAMPLE, "--format", "pretty")
    assert result.returncode == 0, result.stderr
    assert "[1] " in result.stdout and "[2] " in result.stdout
    assert "#بنيامين_نتنياهو" in result.stdout and "بنيامين نتنياهو" in result.stdout  # tag and its name
    assert "hashtags" in result.stdout


def test_pretty_lists_what_later_stages_found() -> None:
    import io

    import rasd as library
    from rasd.render import PrettyWriter

    doc = library.analyze(EXAMPLE.read_text(encoding="utf-8"))
    out = io.StringIO()
    PrettyWriter(out, width=120).write(doc)
    shown = out.getvalue()
    for name, items in (("entities", doc.entities), ("quotes", doc.quotes), ("events", doc.events)):
        assert (name in shown) == bool(items), name
    for quote in doc.quotes:
        assert quote.content.text.split()[0] in shown


def test_a_directory_of_mixed_files(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(EXAMPLE.read_bytes())
    (tmp_path / "b.png").write_bytes(PNG)  # not a readable extension: left out
    (tmp_path / "c.txt").write_bytes(PNG)  # says text, is binary: reported
    result = rasd("analyze", tmp_path)
    assert result.returncode == 1
    assert [json.loads(line)["meta"]["path"] for line in result.stdout.splitlines()] == [str(tmp_path / "a.txt")]
    binary = f"rasd: {tmp_path / 'c.txt'}: not a text file (binary content)"
    assert error_lines(result) == [binary, "rasd: 1 record(s) failed"]


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "empty document"),
        (b"  \n\t \r\n ", "empty document"),
        (PNG, "not a text file (binary content)"),
        (b"\x00\x01\x02\x03" * 100, "not a text file (binary content)"),
        ("Le président a déclaré: «non».".encode("latin-1"), "not valid UTF-8 (byte 0xe9 at offset 5)"),
    ],
    ids=["empty", "whitespace", "png", "nul-bytes", "invalid-utf8"],
)
def test_bad_files_give_one_clear_line(tmp_path: Path, content: bytes, problem: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    result = rasd("analyze", path)
    assert result.returncode == 1
    assert result.stdout == ""
    (line,) = error_lines(result)
    assert line.startswith(f"rasd: {path}: {problem}")


def test_windows_1256_file_is_decoded_right(tmp_path: Path) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    path = tmp_path / "old-archive.txt"
    path.write_bytes(text.encode("cp1256"))
    result = rasd("analyze", path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["text"] == text


def test_jsonl_with_one_broken_line(tmp_path: Path) -> None:
    articles = [r for _, r in zip(range(4), iter_news(), strict=False)]
    lines = [json.dumps({"id": a["id"], "text": a["text"]}, ensure_ascii=False) for a in articles]
    lines.insert(2, '{"id": "broken", "text": "لم يكتمل')
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = rasd("analyze", path)
    assert result.returncode == 1
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == [a["id"] for a in articles]
    first, summary = error_lines(result)
    assert first.startswith(f"rasd: {path}:3: invalid JSON")
    assert summary == "rasd: 1 record(s) failed"


def test_missing_file(tmp_path: Path) -> None:
    result = rasd("analyze", tmp_path / "nowhere.txt")
    assert result.returncode == 2
    assert error_lines(result) == [f"rasd: error: {tmp_path / 'nowhere.txt'}: no such file or directory"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--published", "26/02/2017"), "'26/02/2017' is not a date in the form YYYY-MM-DD"),
        (("--published", "2017-02-30"), "'2017-02-30' is not a date in the form YYYY-MM-DD"),
        (("--format", "xml"), "invalid choice: 'xml'"),
        (("--n-process", "0"), "'0' is not a positive whole number"),
    ],
)
def test_usage_errors(args: tuple[str, ...], message: str) -> None:
    result = rasd("analyze", EXAMPLE, *args)
    assert result.returncode == 2
    assert message in result.stderr and result.stdout == ""


def test_unwritable_output(tmp_path: Path) -> None:
    result = rasd("analyze", EXAMPLE, "--output", tmp_path / "no" / "such" / "dir.json")
    assert result.returncode == 2
    (line,) = error_lines(result)
    assert line.startswith("rasd: error:") and "cannot write" in line


# Reads one file, runs the text layer and writes JSONL: the path `rasd analyze` takes for one large article.
TEXT_LAYER_RUN = """
import sys
from rasd.io.readers import read_path
from rasd.io.writers import open_writer
from rasd.pipeline import Pipeline
from rasd.text.stages import NormalizeStage, SegmentStage, StructureStage
pipeline = Pipeline([NormalizeStage(), StructureStage(), SegmentStage()])
with open(sys.argv[2], "w", encoding="utf-8") as out:
    writer = open_writer("jsonl", out)
    for doc in pipeline.pipe(read_path(sys.argv[1])):
        writer.write(doc)
    writer.close()
# The peak resident size of this process alone (VmHWM starts afresh at exec, unlike a child's ru_maxrss,
# which counts the parent's memory at fork time).
peak_kib = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(peak_kib / 1024)
"""


def one_line_article(path: Path, size_mb: float) -> str:
    """Write the example article, repeated on a single line, to about ``size_mb`` MB."""
    sentence = EXAMPLE.read_text(encoding="utf-8").replace("\n", " ")
    text = sentence * int(size_mb * 2**20 // len(sentence.encode("utf-8")) + 1)
    path.write_text(text, encoding="utf-8")
    return text


@pytest.mark.parametrize("size_mb", [5, pytest.param(50, marks=pytest.mark.slow)], ids=["5MB", "50MB"])
def test_large_single_line_file_finishes_in_bounded_memory(tmp_path: Path, size_mb: int) -> None:
    """Reading, the text layer and writing: peak memory grows linearly with the size of one huge article."""
    text = one_line_article(tmp_path / "huge.txt", size_mb)
    out = tmp_path / "huge.jsonl"
    peak_mb = peak_rss_mb([sys.executable, "-c", TEXT_LAYER_RUN, str(tmp_path / "huge.txt"), str(out)])
    with out.open(encoding="utf-8") as f:
        doc = json.loads(f.readline())
    assert doc["text"] == text and len(doc["sentences"]) > 1000 * size_mb
    assert_spans_consistent(doc)
    assert peak_mb < MEMORY_BASE_MB + MEMORY_PER_MB * size_mb, f"peak {peak_mb:.0f} MB for a {size_mb} MB input"


def test_long_single_line_article_through_every_stage(tmp_path: Path) -> None:
    text = one_line_article(tmp_path / "long.txt", 0.1)
    result = rasd("analyze", tmp_path / "long.txt")
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["text"] == text and len(doc["sentences"]) > 300
    assert_spans_consistent(doc)


def peak_rss_mb(command: list[str]) -> float:
    """Run a command that prints its own peak resident memory in MB as its last line, and return that."""
    done = subprocess.run(command, cwd=REPO, stdin=subprocess.DEVNULL, capture_output=True, text=True)
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    return float(done.stdout.split()[-1])
