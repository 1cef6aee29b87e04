"""CoNLL files: ``token [TAG ...]`` lines, a blank line between sentences."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from rasd.errors import InputError


@dataclass(slots=True)
class Sentence:
    """One CoNLL sentence; ``tags`` is empty when the file has no gold column."""

    tokens: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)


def _valid_tag(tag: str) -> bool:
    return tag == "O" or (len(tag) > 2 and tag[0] in "BI" and tag[1] == "-")


def read_conll(path: str | Path, *, lenient: bool = False) -> list[Sentence]:
    """Read a CoNLL file; the first tag column is the gold one (nested corpora list more after it).

    With ``lenient`` a malformed tag reads as O (some public corpora have a few); otherwise it is an
    InputError naming the file and line.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError(str(path), "no such file") from None
    except UnicodeDecodeError as exc:
        raise InputError(str(path), f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror}") from None
    sentences: list[Sentence] = []
    current = Sentence()
    tagged: bool | None = None
    for number, line in enumerate(text.splitlines(), 1):
        parts = line.split()
        if not parts:
            if current.tokens:
                sentences.append(current)
                current = Sentence()
            continue
        has_tag = len(parts) > 1
        if tagged is None:
            tagged = has_tag
        elif has_tag != tagged:
            raise InputError(f"{path}:{number}", "some lines have a tag column and others do not")
        current.tokens.append(parts[0])
        if has_tag:
            tag = parts[1]
            if not _valid_tag(tag):
                if not lenient:
                    raise InputError(f"{path}:{number}", f"tag {tag!r} is not O, B-TYPE or I-TYPE")
                tag = "O"
            current.tags.append(tag)
    if current.tokens:
        sentences.append(current)
    return sentences


def format_conll(rows: list[list[str]]) -> str:
    """One sentence as lines of space-separated columns."""
    return "\n".join(" ".join(row) for row in rows) + "\n"
