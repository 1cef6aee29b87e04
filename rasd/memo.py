"""A bounded memo: each key's value computed on first sight, the whole memo dropped once it is full."""

from __future__ import annotations

from collections.abc import Callable
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
