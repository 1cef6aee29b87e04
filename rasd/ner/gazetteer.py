"""Name lists matched over token sequences: places, actors, and names seen in training.

Entries are sequences of normalised words with a type (``COUNTRY``, ``CITY``, ``ACTOR``, ``trPERS`` …). A match
marks its tokens ``TYPE:B`` (first) and ``TYPE:I`` (inside); the first token may carry a clitic (وسوريا,
بجنيف), so its clitic-stripped stem is tried too.
"""

from __future__ import annotations

import gzip
import io
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

import regex

from rasd.text.normalize import normalize

WORD = regex.compile(r"[^\W_]+")


def phrase_words(phrase: str) -> tuple[str, ...]:
    """A phrase as the normalised words a gazetteer matches."""
    return tuple(WORD.findall(normalize(phrase)))


class Gazetteer:
    """Typed phrases, looked up by their first word."""

    def __init__(self, entries: Iterable[tuple[str, tuple[str, ...]]] = ()) -> None:
        self.types: dict[tuple[str, ...], list[str]] = defaultdict(list)  # kinds in a fixed order
        self.longest: dict[str, int] = {}
        for kind, words in entries:
            self.add(kind, words)

    def add(self, kind: str, words: tuple[str, ...]) -> None:
        if not words:
            return
        kinds = self.types[words]
        if kind not in kinds:
            kinds.append(kind)
            kinds.sort()
        self.longest[words[0]] = max(self.longest.get(words[0], 0), len(words))

    def entries(self) -> list[tuple[str, tuple[str, ...]]]:
        return sorted((kind, words) for words, kinds in self.types.items() for kind in kinds)

    def kinds_of(self, words: tuple[str, ...]) -> list[str]:
        return self.types.get(words, [])

    def match(self, norms: list[str], stems: list[str]) -> list[list[str]]:
        """Per token, the ``TYPE:B`` / ``TYPE:I`` marks of the longest match starting at each token."""
        marks: list[list[str]] = [[] for _ in norms]
        n = len(norms)
        for i in range(n):
            for first in (norms[i], stems[i]) if stems[i] != norms[i] else (norms[i],):
                longest = self.longest.get(first)
                if not longest:
                    continue
                for length in range(min(longest, n - i), 0, -1):
                    kinds = self.types.get((first, *norms[i + 1 : i + length]))
                    if kinds:
                        for kind in kinds:
                            marks[i].append(kind + ":B")
                            for j in range(i + 1, i + length):
                                marks[j].append(kind + ":I")
                        break
        return marks


def save_gazetteer(gazetteer: Gazetteer, path: Path) -> None:
    """``TYPE<TAB>words`` lines, sorted, as a byte-stable gzip file."""
    body = "".join(f"{kind}\t{' '.join(words)}\n" for kind, words in gazetteer.entries())
    with open(path, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as out:
        out.write(body.encode("utf-8"))


def load_gazetteer(path: Path) -> Gazetteer:
    """Read a gazetteer file; an absent file gives an empty gazetteer."""
    if not path.exists():
        return Gazetteer()
    with gzip.open(path, "rb") as raw:
        text = io.TextIOWrapper(raw, encoding="utf-8").read()
    pairs = (line.split("\t", 1) for line in text.splitlines() if "\t" in line)
    return Gazetteer((kind, tuple(words.split())) for kind, words in pairs)
