"""Find event triggers in a sentence: dictionary lookups over folded tokens, compiled once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rasd.events.forms import bare, stem_key, variants
from rasd.events.lexicon import LEXICON_PATH, Entry, load_resource

_PATTERN_WINDOW = 4
_MEMO_SIZE = 1 << 18


@dataclass(frozen=True, slots=True)
class TriggerHit:
    """Tokens ``[first, last]`` (indices into the sentence's tokens) that make a trigger."""

    first: int
    last: int
    entry: Entry
    form: str


class TriggerLexicon:
    """The compiled lexicon with the lookups the matcher needs."""

    def __init__(self, data: dict) -> None:
        entries = [Entry(*e) for e in data["entries"]]
        self.forms: dict[str, Entry] = {k: entries[i] for k, i in data["forms"].items()}
        self.phrases: dict[str, Entry] = {k: entries[i] for k, i in data["phrases"].items()}
        self.patterns: dict[str, dict[str, Entry]] = {
            k: {w: entries[i] for w, i in v.items()} for k, v in data["patterns"].items()
        }
        self._memo: dict[str, list[tuple[str, dict[str, Entry] | None, Entry | None]]] = {}
        self.phrase_heads: dict[str, int] = {}
        for key in self.phrases:
            words = key.split(" ")
            self.phrase_heads[words[0]] = max(self.phrase_heads.get(words[0], 0), len(words))

    @classmethod
    def load(cls, path: Path = LEXICON_PATH) -> TriggerLexicon:
        return load_resource(cls, path, "trigger lexicon")

    def match(self, words: list[str]) -> list[TriggerHit]:
        """Triggers in a sentence given its folded tokens; phrases win over single words."""
        bares = [bare(w) for w in words]
        hits: list[TriggerHit] = []
        i = 0
        while i < len(words):
            hit = (self._phrase_at(bares, i) if bares[i] in self.phrase_heads else None) or self._word_at(
                words, bares, i
            )
            if hit:
                hits.append(hit)
                i = hit.last + 1
            else:
                i += 1
        return hits

    def _phrase_at(self, bares: list[str], i: int) -> TriggerHit | None:
        for n in range(min(self.phrase_heads[bares[i]], len(bares) - i), 1, -1):
            key = " ".join(bares[i : i + n])
            if key in self.phrases:
                return TriggerHit(i, i + n - 1, self.phrases[key], key)
        return None

    def _word_at(self, words: list[str], bares: list[str], i: int) -> TriggerHit | None:
        known = self._readings(words[i])
        if not known:
            return None
        for form, pattern, entry in known:
            if pattern:
                for j in range(i + 1, min(len(words), i + 1 + _PATTERN_WINDOW)):
                    object_entry = pattern.get(stem_key(bares[j]))
                    if object_entry:
                        return TriggerHit(i, i, object_entry, form)
            if entry:
                return TriggerHit(i, i, entry, form)
        return None

    def _readings(self, word: str) -> list[tuple[str, dict[str, Entry] | None, Entry | None]]:
        """The readings of a word that the lexicon knows (patterns, entries), longest first; memoised."""
        known = self._memo.get(word)
        if known is None:
            if len(self._memo) > _MEMO_SIZE:
                self._memo.clear()
            known = [
                (form, self.patterns.get(form), self.forms.get(form))
                for form in variants(word)
                if form in self.patterns or form in self.forms
            ]
            self._memo[word] = known
        return known


@lru_cache(maxsize=1)
def default_lexicon() -> TriggerLexicon:
    """The shipped lexicon, read once per process."""
    return TriggerLexicon.load()
