"""Name lists matched over token sequences: places, actors, and names seen in training.

Entries are sequences of normalised words with a type (``COUNTRY``, ``CITY``, ``ACTOR``, ``trPERS`` …). A match
marks its tokens ``TYPE:B`` (first) and ``TYPE:I`` (inside); the first token may carry a clitic (وسوريا,
بجنيف), so its clitic-stripped stem is tried too. Only tokens that are a one-word entry, or begin a longer one with the
token after them, are tried (few are: many entries begin with في or من, few with في and the next word).
"""

from __future__ import annotations

import gzip
import io
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Iterator, MutableMapping
from itertools import compress
from pathlib import Path

import regex

from rasd.memo import Memo
from rasd.text.normalize import normalize

WORD = regex.compile(r"[^\W_]+")
# per token its marks, for all tokens or by token index
Marks = list[list[str]] | MutableMapping[int, list[str]]


def phrase_words(phrase: str) -> tuple[str, ...]:
    """A phrase as the normalised words a gazetteer matches."""
    return tuple(WORD.findall(normalize(phrase)))


class Gazetteer:
    """Typed phrases, looked up by their first two words (a one-word phrase by its word)."""

    def __init__(self, entries: Iterable[tuple[str, tuple[str, ...]]] = ()) -> None:
        self.types: dict[tuple[str, ...], list[str]] = defaultdict(list)  # kinds in a fixed order
        self.singles: set[str] = set()  # one-word entries
        self.firsts: set[str] = set()  # first words of longer entries
        self.longest: dict[tuple[str, str], int] = {}  # first two words -> words in the longest entry they begin
        for kind, words in entries:
            self.add(kind, words)

    def add(self, kind: str, words: tuple[str, ...]) -> None:
        if not words:
            return
        kinds = self.types[words]
        if kind not in kinds:
            kinds.append(kind)
            kinds.sort()
        if len(words) == 1:
            self.singles.add(words[0])
        else:
            self.firsts.add(words[0])
            pair = words[0], words[1]
            self.longest[pair] = max(self.longest.get(pair, 0), len(words))

    def entries(self) -> list[tuple[str, tuple[str, ...]]]:
        return sorted((kind, words) for words, kinds in self.types.items() for kind in kinds)

    def kinds_of(self, words: tuple[str, ...]) -> list[str]:
        return self.types.get(words, [])

    def match(self, norms: list[str], stems: list[str]) -> list[list[str]]:
        """Per token, the ``TYPE:B`` / ``TYPE:I`` marks of the longest match starting at each token."""
        marks: list[list[str]] = [[] for _ in norms]
        for start, length, kinds in self.matches(norms, stems, [len(norms)]):
            add_marks(marks, start, length, kinds)
        return marks

    def matches(
        self,
        norms: list[str],
        stems: list[str],
        ends: list[int],
        singles: Iterable[int] | None = None,
        firsts: Iterable[int] | None = None,
    ) -> Iterator[tuple[int, int, list[str]]]:
        """The longest match starting at each token of consecutive sentences, as ``(start, length, kinds)`` in
        text order, read from the token's normal form and then from its stem (``ends``: the index after each
        sentence's last token; no match crosses one). When the caller knows them, ``singles``: the tokens whose
        normal form or stem is a one-word entry; ``firsts``: those whose normal form or stem begins a longer one
        (only these are looked up with the token after them)."""
        n, pair = len(norms), self.longest.__contains__
        if singles is None:
            single = self.singles.__contains__
            singles = {*compress(range(n), map(single, norms)), *compress(range(n), map(single, stems))}
        if firsts is None:
            after = norms[1:]
            paired = {
                *compress(range(n), map(pair, zip(norms, after, strict=False))),
                *compress(range(n), map(pair, zip(stems, after, strict=False))),
            }
        else:
            last = n - 1
            paired = {
                i
                for i in firsts
                if i < last
                and (pair((norms[i], norms[i + 1])) or (stems[i] != norms[i] and pair((stems[i], norms[i + 1]))))
            }
        types, longest = self.types, self.longest
        for i in sorted({*singles, *paired}):
            norm, stem = norms[i], stems[i]
            # where the sentence ends; for a token no entry of several words starts at, right after it
            end = ends[bisect_right(ends, i)] if i in paired else i + 1
            following = norms[i + 1] if i + 1 < end else None
            for first in (norm, stem) if stem != norm else (norm,):
                most = 1 if following is None else longest.get((first, following), 1)
                for length in range(min(most, end - i), 0, -1):
                    kinds = types.get((first, *norms[i + 1 : i + length]) if length > 1 else (first,))
                    if kinds:
                        yield i, length, kinds
                        break


# ``(TYPE:B, TYPE:I)`` by type (a gazetteer has a few): the same strings every time, their hashes kept
MARK_NAMES: Memo[str, tuple[str, str]] = Memo(lambda kind: (kind + ":B", kind + ":I"), 1_000)


def add_marks(marks: Marks, start: int, length: int, kinds: list[str]) -> None:
    """Mark a match of ``kinds`` over ``length`` tokens from ``start``: ``TYPE:B`` then ``TYPE:I`` (``marks``: per
    token, a list or a mapping from token index)."""
    for kind in kinds:
        begin, inside = MARK_NAMES[kind]
        marks[start].append(begin)
        for j in range(start + 1, start + length):
            marks[j].append(inside)


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
