"""Longest-match lookup of multi-word keys over a sentence (names, places, actors)."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import compress, count
from operator import not_


class PhraseIndex:
    """Keys of space-separated words; ``find`` returns non-overlapping longest matches, left to right."""

    def __init__(self, keys: Iterable[str], max_words: int = 6) -> None:
        self.keys = set(keys)
        self.heads: dict[str, int] = {}
        self.openings: set[str] = set()  # the first two or more words of the keys of several words
        for key in self.keys:
            words = key.split(" ")
            self.heads[words[0]] = max(self.heads.get(words[0], 0), min(len(words), max_words))
            self.openings.update(" ".join(words[:n]) for n in range(2, len(words) + 1))

    def find(self, candidates: list[list[str]]) -> list[tuple[int, int, str]]:
        """``(first, last, key)`` per match; a phrase may start with any candidate key of its first token,
        its other tokens are read by their first candidate (the whole word)."""
        out: list[tuple[int, int, str]] = []
        # the tokens some candidate of which opens a key, found at C speed: most sentences have a few
        openers = list(compress(count(), map(not_, map(self.heads.keys().isdisjoint, candidates))))
        if not openers:
            return out
        whole = [c[0] if c else "" for c in candidates]
        free = 0  # the first token not inside a match
        for i in openers:
            if i < free:
                continue
            found = self._at(candidates[i], whole, i)
            if found:
                out.append(found)
                free = found[1] + 1
        return out

    def _at(self, heads: list[str], whole: list[str], i: int) -> tuple[int, int, str] | None:
        for head in heads:
            longest = min(self.heads.get(head, 0), len(whole) - i)
            phrase, reach = head, 1  # the words from i that open some key: no longer key can match
            while reach < longest and (phrase := f"{phrase} {whole[i + reach]}") in self.openings:
                reach += 1
            for n in range(reach if longest else 0, 0, -1):
                key = " ".join([head, *whole[i + 1 : i + n]])
                if key in self.keys:
                    return i, i + n - 1, key
        return None
