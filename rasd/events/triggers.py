"""Find event triggers in a sentence: dictionary lookups over folded tokens, compiled once."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, count
from pathlib import Path

from rasd.events.forms import bare, stem_key, variants
from rasd.events.lexicon import LEXICON_PATH, NO_EVENT, Entry, load_resource
from rasd.memo import Memo

_PATTERN_WINDOW = 4
_MEMO_SIZE = 1 << 18
_TAIL = 3


@dataclass(frozen=True, slots=True)
class TriggerHit:
    """Tokens ``[first, last]`` (indices into the sentence's tokens) that make a trigger."""

    first: int
    last: int
    entry: Entry
    form: str
    object_at: int | None = None  # the verb's object that made it a trigger (أطلق … صاروخا), when one did


_Reading = tuple[str, "dict[str, Entry] | None", "Entry | None"]  # form, its patterns, its entry


@dataclass(frozen=True, slots=True)
class _Known:
    """A word the lexicon knows: how many words the longest phrase it opens has, and its readings."""

    phrase_words: int
    readings: tuple[_Reading, ...]


class TriggerLexicon:
    """The compiled lexicon with the lookups the matcher needs."""

    def __init__(self, data: dict) -> None:
        entries = [Entry(*e) for e in data["entries"]]
        self.forms: dict[str, Entry] = {k: entries[i] for k, i in data["forms"].items()}
        self.phrases: dict[str, Entry] = {k: entries[i] for k, i in data["phrases"].items()}
        self.patterns: dict[str, dict[str, Entry]] = {
            k: {w: entries[i] for w, i in v.items()} for k, v in data["patterns"].items()
        }
        self.phrase_heads: dict[str, int] = {}
        for key in self.phrases:
            words = key.split(" ")
            self.phrase_heads[words[0]] = max(self.phrase_heads.get(words[0], 0), len(words))
        # a verb with its object pronoun ه that folds like a noun in ة (قتله / قتلة), taken where the text writes ه
        self.pronominal: dict[str, Entry] = {k: entries[i] for k, i in data.get("pronominal", {}).items()}
        self.pronominal_tails = tuple(self.pronominal)  # a word that ends with none of them is none of them
        self._known: Memo[str, _Known | None] = Memo(self._know, _MEMO_SIZE)
        # every reading of a word is one of its endings (proclitics come off the front): a word none of whose
        # endings is a key needs no analysis
        self._keys = frozenset([*self.forms, *self.patterns, *self.phrase_heads])
        self._shortest = min(map(len, self._keys), default=1)
        # a key a word ends with is shorter than _TAIL letters or ends with the word's last _TAIL: most words are
        # ruled out by that alone
        self._tails = frozenset(k[-_TAIL:] for k in self._keys if len(k) >= _TAIL)
        self._short_keys = tuple(k for k in self._keys if len(k) < _TAIL)

    @classmethod
    def load(cls, path: Path = LEXICON_PATH) -> TriggerLexicon:
        return load_resource(cls, path, "trigger lexicon")

    def match(self, words: list[str], with_ha: Sequence[int] = ()) -> list[TriggerHit]:
        """Triggers in a sentence given its folded tokens; phrases win over single words. ``with_ha``: the tokens
        the text writes with a final ه, not ة (only they may be a ``pronominal`` verb form)."""
        hits: list[TriggerHit] = []
        knowns = list(map(self._known.__getitem__, words))
        free = 0  # the first word not inside a hit
        for i in compress(count(), knowns):  # most words are neither a phrase head nor a trigger reading
            known = knowns[i]
            if i < free or known is None:
                continue
            hit = (self._phrase_at(words, i, known.phrase_words) if known.phrase_words else None) or (
                self._word_at(words, i, known.readings)
            )
            if hit:
                if hit.entry.type != NO_EVENT:
                    hits.append(hit)
                free = hit.last + 1
        if with_ha:
            covered = {j for h in hits for j in range(h.first, h.last + 1)}
            more = [hit for i in with_ha if i not in covered and (hit := self._pronominal_at(words[i], i))]
            if more:
                hits = sorted(hits + more, key=lambda h: h.first)
        return hits

    def _pronominal_at(self, word: str, i: int) -> TriggerHit | None:
        entry = next(((form, self.pronominal[form]) for form in variants(word) if form in self.pronominal), None)
        return TriggerHit(i, i, entry[1], entry[0]) if entry and entry[1].type != NO_EVENT else None

    def _phrase_at(self, words: list[str], i: int, longest: int) -> TriggerHit | None:
        bares = list(map(bare, words[i : i + longest]))
        for n in range(len(bares), 1, -1):
            key = " ".join(bares[:n])
            if key in self.phrases:
                return TriggerHit(i, i + n - 1, self.phrases[key], key)
        return None

    def _word_at(self, words: list[str], i: int, readings: tuple[_Reading, ...]) -> TriggerHit | None:
        for form, pattern, entry in readings:
            if pattern:
                for j in range(i + 1, min(len(words), i + 1 + _PATTERN_WINDOW)):
                    object_entry = pattern.get(stem_key(bare(words[j])))
                    if object_entry:
                        return TriggerHit(i, i, object_entry, form, j)
            if entry:
                return TriggerHit(i, i, entry, form)
        return None

    def _know(self, word: str) -> _Known | None:
        """What the lexicon knows of a word (the longest phrase it may open, its readings); ``_known`` memoises it."""
        if word[-_TAIL:] not in self._tails and not word.endswith(self._short_keys):
            return None
        keys = self._keys
        for k in range(len(word) - self._shortest + 1):
            if word[k:] in keys:
                break
        else:
            return None
        readings = tuple(
            (form, self.patterns.get(form), self.forms.get(form))
            for form in variants(word)
            if form in self.patterns or form in self.forms
        )
        phrase_words = self.phrase_heads.get(bare(word), 0)
        return _Known(phrase_words, readings) if readings or phrase_words > 1 else None


@lru_cache(maxsize=1)
def default_lexicon() -> TriggerLexicon:
    """The shipped lexicon, read once per process."""
    return TriggerLexicon.load()
