"""Memos: a bounded one, each key's value computed on first sight and the whole memo dropped once it is full; and
a look-up of many keys at once that learns the new ones together."""

from __future__ import annotations

from collections.abc import Callable
from itertools import compress, count
from operator import not_
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class Memo(dict, Generic[K, V]):
    """``memo[key]`` is ``compute(key)``, computed once; hits stay a plain dict look-up.

    Starting afresh when ``size`` keys are held keeps memory bounded on an endless stream of new words.
    """

    def __init__(self, compute: Callable[[K], V], size: int) -> None:
        super().__init__()
        self.compute = compute
        self.size = size

    def __missing__(self, key: K) -> V:
        if len(self) >= self.size:
            self.clear()
        value = self[key] = self.compute(key)
        return value


def look_up_all(table: dict[K, V], keys: list[K], learn: Callable[[list[K]], None]) -> list[V]:
    """Each key's value in ``table`` (values are never empty), in order. The keys not there yet go to ``learn``
    once each, all in one call, which must add them: a batch of new words is handled in one pass, and known ones
    cost a look-up in C."""
    values = list(map(table.get, keys))  # None for a key not seen before
    if not all(values):
        new = list(compress(count(), map(not_, values)))
        learn(list(dict.fromkeys([keys[i] for i in new])))
        for i in new:
            values[i] = table[keys[i]]
    return values
