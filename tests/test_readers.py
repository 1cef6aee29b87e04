"""Readers: formats, encodings, and records that cannot be read."""

from __future__ import annotations

import codecs
import csv
import gzip
import io
import json
import sys
from pathlib import Path

import pytest

from rasd.errors import InputError
from rasd.io.encoding import BINARY, DecodeError, decode, looks_arabic
from rasd.io.readers import normalise_published, open_input, parse_date, read_path, read_stdin
from rasd.pipeline import RawDocument, RecordError

ARABIC = "قال المتحدث باسم الوزارة إن «المحادثات» ستُستأنف الأسبوع المقبل، وأضاف: لا تغيير في الموقف؟\nجنيف - رويترز\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00\x1f\xf3\xffa"


def records(path: Path | str) -> list[RawDocument | RecordError]:
    return list(read_path(path))


def only_doc(path: Path | str) -> RawDocument:
    (record,) = records(path)
    assert isinstance(record, RawDocument), record
    return record


def only_error(path: Path | str) -> RecordError:
    (record,) = records(path)
    assert isinstance(record, RecordError), record
    return record


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# --- encodings -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "encoded",
    [
        ARABIC.encode("utf-8"),
        codecs.BOM_UTF8 + ARABIC.encode("utf-8"),
        ARABIC.encode("utf-16"),  # with a BOM
        ARABIC.encode("utf-16-le"),
        ARABIC.encode("utf-16-be"),
        ARABIC.encode("utf-32"),
        ARABIC.encode("cp1256"),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16le-no-bom", "utf16be-no-bom", "utf32-bom", "cp1256"],
)
def test_encodings_decode_to_the_original_text(tmp_path: Path, encoded: bytes) -> None:
    assert only_doc(write(tmp_path, "a.txt", encoded)).text == ARABIC


def test_windows_1256_article_from_the_corpus_decodes_exactly(tmp_path: Path) -> None:
    from helpers import iter_news

    article = next(r for r in iter_news() if r["source"] == "alarabia")["text"]
    try:
        encoded = article.encode("cp1256")
    except UnicodeEncodeError:
        pytest.skip("article has characters Windows-1256 cannot hold")
    assert only_doc(write(tmp_path, "old.txt", encoded)).text == article


def test_latin_text_is_not_taken_for_windows_1256(tmp_path: Path) -> None:
    error = only_error(write(tmp_path, "fr.txt", "Le président a déclaré à la presse.".encode("latin-1")))
    assert "not valid UTF-8" in error.message and "0xe9" in error.message
    assert error.origin.endswith("fr.txt")


def test_utf8_arabic_with_a_stray_byte_is_an_error_not_mojibake(tmp_path: Path) -> None:
    data = ARABIC.encode("utf-8")
    broken = data[:21] + b"\xff" + data[21:]
    error = only_error(write(tmp_path, "cut.txt", broken))
    assert error.message.startswith("not valid UTF-8 (byte 0xff at offset 21)")


def test_english_utf16_without_bom_is_detected() -> None:
    assert decode("The talks resume on Monday.\n".encode("utf-16-le")) == "The talks resume on Monday.\n"


@pytest.mark.parametrize(
    "data",
    [PNG, b"\x00\x01\x02\x03" * 64, b"abc\x00\x00\x00def\x00\x07\x08" * 20, bytes(range(1, 32)) * 40],
    ids=["png", "nul-bytes", "nul-mixed", "control-characters"],
)
def test_binary_content_is_refused(tmp_path: Path, data: bytes) -> None:
    assert only_error(write(tmp_path, "x.txt", data)).message == BINARY
    with pytest.raises(DecodeError):
        decode(data)


def test_looks_arabic_needs_arabic_letters() -> None:
    assert looks_arabic("قال الرئيس: نعم.")
    assert not looks_arabic("plain English words")
    assert not looks_arabic("")


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  ", "\u00a0\n".encode()], ids=["empty", "spaces", "nbsp"])
def test_empty_and_whitespace_documents(tmp_path: Path, content: bytes) -> None:
    assert only_error(write(tmp_path, "e.txt", content)).message == "empty document"


def test_missing_file_raises_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_path(tmp_path / "absent.txt")


# --- formats -------------------------------------------------------------------------------------


def test_plain_text_keeps_the_text_and_names_the_file(tmp_path: Path) -> None:
    text = "سطر أول\r\nسطر ثان\u200f مع علامة اتجاه\n"
    path = write(tmp_path, "article", text.encode())  # no extension: sniffed as text
    doc = only_doc(path)
    assert doc.text == text
    assert doc.origin == str(path)
    assert doc.meta.extra["path"] == str(path)


def test_html_article_text_and_title(tmp_path: Path) -> None:
    paragraphs = [
        "قال وزير الخارجية في مؤتمر صحافي عقده في العاصمة إن المفاوضات ستستأنف الأسبوع المقبل في جنيف.",
        "وأضاف أن الوفد سيحمل مقترحات جديدة لوقف إطلاق النار، مشيراً إلى أن الأطراف أبدت مرونة.",
        "وكانت الجولة السابقة قد انتهت دون اتفاق بعد أسبوعين من المحادثات بين الجانبين.",
    ]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = (
        '<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>المفاوضات تستأنف</title>'
        '<link rel="canonical" href="https://example.org/news/1.html">'
        '<meta property="og:site_name" content="الموقع"><meta property="article:published_time" '
        'content="2018-05-06T10:00:00+04:00"></head>'
        "<body><nav><a href='/'>الرئيسية</a> | <a href='/news'>أخبار</a></nav>"
        f"<article><h1>المفاوضات تستأنف</h1>{body}</article>"
        "<footer>جميع الحقوق محفوظة</footer><script>var x = 'لا';</script></body></html>"
    )
    for name in ("page.html", "page.htm", "page"):  # by extension, and sniffed
        doc = only_doc(write(tmp_path, name, html.encode()))
        assert doc.meta.title == "المفاوضات تستأنف"
        assert (doc.meta.source, doc.meta.published) == ("الموقع", "2018-05-06")
        assert doc.meta.url == "https://example.org/news/1.html"
        assert not doc.text.startswith("المفاوضات تستأنف")  # the title is in meta, not repeated in the text
        for paragraph in paragraphs:
            assert paragraph in doc.text
        assert "الحقوق محفوظة" not in doc.text and "var x" not in doc.text and "<p>" not in doc.text


def test_html_without_article_text(tmp_path: Path) -> None:
    error = only_error(write(tmp_path, "blank.html", b"<html><body><script>1</script></body></html>"))
    assert "no article text" in error.message


def test_jsonl_records_with_meta_and_line_numbers(tmp_path: Path) -> None:
    lines = [
        {"id": "a1", "text": "النص الأول.", "title": "عنوان", "published": "Sun, 06 May 2018 14:43:46 +0400",
         "source": "alarabia", "url": "https://example.org/a1", "author": "مراسل", "category": "world"},
        {"text": "نص بلا معرف\u2028مع فاصل سطر يونيكود."},
        {"id": 7, "text": "معرف رقمي.", "published": "2018-05-07"},
    ]  # fmt: skip
    body = "\n".join(json.dumps(x, ensure_ascii=False) for x in lines[:2]) + "\n\n" + json.dumps(lines[2]) + "\n"
    path = write(tmp_path, "c.jsonl", body.encode())
    first, second, third = records(path)
    assert first.id == "a1" and first.origin == f"{path}:1"
    assert first.meta.title == "عنوان" and first.meta.source == "alarabia" and first.meta.url == "https://example.org/a1"
    assert first.meta.published == "2018-05-06"
    assert first.meta.extra == {"author": "مراسل", "category": "world", "published_raw": lines[0]["published"]}
    assert second.text == lines[1]["text"] and second.id == "" and second.origin == f"{path}:2"
    assert third.id == "7" and third.meta.published == "2018-05-07" and third.origin == f"{path}:4"


def test_jsonl_bad_lines_are_reported_and_the_rest_read(tmp_path: Path) -> None:
    body = '{"text": "جيد"}\n{"text": "مكسور\n[1, 2]\n{"id": "x"}\n{"text": 5}\n{"text": "  "}\n{"text": "جيد أيضا"}\n'
    out = records(write(tmp_path, "b.jsonl", body.encode()))
    assert [type(r).__name__ for r in out] == ["RawDocument", *["RecordError"] * 5, "RawDocument"]
    errors = {r.origin.rsplit(":", 1)[1]: r.message for r in out if isinstance(r, RecordError)}
    assert errors["2"].startswith("invalid JSON")
    assert errors["3"] == "expected a JSON object, got list"
    assert errors["4"] == 'no "text" field'
    assert errors["5"] == '"text" must be a string, not int'
    assert errors["6"] == "empty document"


def test_csv_records_with_quoted_newlines_and_long_fields(tmp_path: Path) -> None:
    long_text = "كلمة " * 40_000  # 200 KB: above the csv module's default field limit
    rows = [["id", "text", "published", "extra"], ["r1", "سطر أول\nسطر ثان", "2018-02-19", "x"]]
    rows.append(["r2", long_text, "", ""])
    buffer = io.StringIO(newline="")
    csv.writer(buffer).writerows(rows)
    path = write(tmp_path, "c.csv", buffer.getvalue().encode())
    first, second = records(path)
    assert first.id == "r1" and first.text == "سطر أول\nسطر ثان" and first.origin == f"{path}:2"
    assert first.meta.published == "2018-02-19" and first.meta.extra == {"extra": "x"}
    assert second.text == long_text and second.origin == f"{path}:4" and second.meta.published is None


def test_csv_without_text_column(tmp_path: Path) -> None:
    error = only_error(write(tmp_path, "n.csv", b"id,body\n1,x\n"))
    assert error.message == 'the CSV header has no "text" column' and error.origin.endswith("n.csv:1")


def test_directories_are_read_recursively_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    write(tmp_path, "b/2.txt", "الثاني".encode())
    write(tmp_path, "a.txt", "الأول".encode())
    write(tmp_path, "c.jsonl", '{"text": "الثالث"}\n{"text": "الرابع"}\n'.encode())
    write(tmp_path, "d.txt.gz", gzip.compress("الخامس".encode()))
    write(tmp_path, "e.png", PNG)
    write(tmp_path, ".hidden/x.txt", b"hidden")
    source = open_input(tmp_path)
    assert source.kind == "dir" and source.is_batch
    assert [r.text for r in source.records] == ["الأول", "الثاني", "الثالث", "الرابع", "الخامس"]


def test_gzip_files(tmp_path: Path) -> None:
    assert only_doc(write(tmp_path, "a.txt.gz", gzip.compress(ARABIC.encode("cp1256")))).text == ARABIC
    source = open_input(write(tmp_path, "a.jsonl.gz", gzip.compress(b'{"id": "g", "text": "abc"}\n')))
    assert source.is_batch and [r.id for r in source.records] == ["g"]
    assert only_error(write(tmp_path, "bad.txt.gz", b"not gzip at all")).message == "not a valid gzip file"


def test_stdin_text_and_jsonl(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARABIC.encode("utf-16"))))
    (doc,) = read_stdin()
    assert doc.text == ARABIC and doc.origin == "<stdin>" and "path" not in doc.meta.extra
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b'{"id": "s1", "text": "a"}\n{"id": "s2"}\n')))
    out = list(read_stdin())
    assert out[0].id == "s1" and isinstance(out[1], RecordError) and out[1].origin == "<stdin>:2"


def test_published_dates() -> None:
    assert normalise_published("Sun, 06 May 2018 14:43:46 +0400") == "2018-05-06"
    assert normalise_published("2017-02-26T10:00:00Z") == "2017-02-26"
    assert normalise_published("2017-02-26") == "2017-02-26"
    assert normalise_published("  ") is None
    assert normalise_published("الأحد") == "الأحد"  # kept as given when it cannot be read
    assert parse_date("2017-02-26").isoformat() == "2017-02-26"
    for bad in ("2017-2-26", "2017-02-30", "2017-W08-7", "26/02/2017"):
        with pytest.raises(ValueError):
            parse_date(bad)
