"""Bytes to text: UTF-8 (with or without BOM), UTF-16/32 (BOM or NUL pattern), Windows-1256; binary refused.

Detection is deterministic and looks at a sample, so that it stays fast on very large inputs:
a BOM wins; NUL bytes mean UTF-16 (if one byte order decodes to plausible text) or binary;
then strict UTF-8; then Windows-1256, accepted only when the result reads as Arabic text.
"""

from __future__ import annotations

import codecs
import unicodedata
from collections import Counter

SAMPLE = 1 << 16  # bytes looked at for the binary and plausibility checks

BOMS: tuple[tuple[bytes, str], ...] = (  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

BINARY_SIGNATURES = (
    b"\x89PNG\r\n\x1a\n",
    b"GIF87a",
    b"GIF89a",
    b"\xff\xd8\xff",  # JPEG
    b"%PDF-",
    b"PK\x03\x04",  # zip, docx, xlsx
    b"\x7fELF",
    b"RIFF",
    b"\x1f\x8b",  # gzip data where text was expected
    b"BZh",
    b"\xfd7zXZ\x00",
    b"SQLite format 3\x00",
)

BINARY = "not a text file (binary content)"
# Control bytes other than tab, line feed, vertical tab, form feed, carriage return and escape.
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\x0b\x0c\r\x1b")
_ARABIC_PUNCT = "،؛؟٪«»…“”‘’–—"


class DecodeError(ValueError):
    """Bytes that are not text rasd can read; the message names the problem."""


def decode(data: bytes) -> str:
    """Decode the bytes of a text file, or raise DecodeError saying why not."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom) :], encoding)
    head = data[:SAMPLE]
    if head.startswith(BINARY_SIGNATURES):
        raise DecodeError(BINARY)
    if b"\x00" in head:
        return _decode_utf16_without_bom(data)
    if head and len(head.translate(None, _CONTROL_BYTES)) < 0.9 * len(head):
        raise DecodeError(BINARY)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    text = data.decode("cp1256", errors="replace")
    if looks_arabic(text[:SAMPLE]):
        return text
    raise DecodeError(
        f"not valid UTF-8 (byte 0x{data[utf8_error.start]:02x} at offset {utf8_error.start}) "
        "and not Windows-1256 Arabic either"
    )


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise DecodeError(f"invalid {encoding.upper()} (byte offset {exc.start}) after its byte order mark") from None


def _decode_utf16_without_bom(data: bytes) -> str:
    """UTF-16 text without a BOM has NUL bytes at every other position (ASCII, spaces, line ends)."""
    head = data[: SAMPLE - SAMPLE % 2]
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            sample = head.decode(encoding)
        except UnicodeDecodeError:
            continue
        if looks_like_text(sample) and _one_script(sample):
            return _strict(data, encoding)
    raise DecodeError(BINARY)


def _one_script(text: str) -> bool:
    """Nearly all characters in one 256-code-point block besides ASCII/Latin-1, as in real UTF-16 text.

    Binary data read as UTF-16 scatters over many blocks; a text in Arabic, Latin or Cyrillic
    script does not (texts in large scripts such as Chinese need a BOM).
    """
    blocks = Counter(ord(ch) >> 8 for ch in text if not ch.isspace())
    main = max((n for block, n in blocks.items() if block), default=0)
    return blocks[0] + main >= 0.95 * sum(blocks.values())


def looks_like_text(text: str) -> bool:
    """Mostly letters, digits, spaces and punctuation, with next to no control or unassigned characters."""
    if not text:
        return True
    odd = sum(1 for ch in text if unicodedata.category(ch) in ("Cc", "Cn", "Co", "Cs") and ch not in "\t\n\r\f\v")
    return odd <= 0.01 * len(text)


def looks_arabic(text: str) -> bool:
    """A plausible Arabic text: letters are mostly Arabic and almost nothing is a stray symbol."""
    letters = arabic = usual = 0
    for ch in text:
        if ch.isalpha():
            letters += 1
            if "\u0600" <= ch <= "\u06ff":
                arabic += 1
        if ch.isalnum() or ch.isspace() or "\u0600" <= ch <= "\u06ff" or ch in _ARABIC_PUNCT or ch.isascii():
            usual += 1
    return letters > 0 and arabic >= 0.6 * letters and usual >= 0.95 * len(text)
