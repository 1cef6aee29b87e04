"""Token and word layers stored as columns; `Token` and `Word` objects are made when they are read.

Segmenting finds every boundary, normal form and clitic split at once (C-level passes over the text and
cached analyses per word form); building one Python object per token and word is most of what is left, so
the layers keep plain columns and hand out objects on access. They behave as read-only sequences: ``len``,
indexing, slicing, iteration, equality with lists. Code that wants speed can read the columns directly
(``starts``, ``ends``, ``norms`` of tokens).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, overload

from rasd.doc import Token, Word

# one word piece relative to its token: (start, end, norm, kind)
Piece = tuple[int, int, str, str]


class _Layer(Sequence):
    """Shared sequence behaviour: equality with any sequence, a readable repr, pickling by columns."""

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, str):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"{type(self).__name__}({list(self)!r})"


class TokenLayer(_Layer):
    """The tokens of one text."""

    __slots__ = ("ends", "norms", "starts", "text")

    def __init__(self, text: str, starts: list[int], ends: list[int], norms: list[str]) -> None:
        self.text = text
        self.starts = starts
        self.ends = ends
        self.norms = norms

    def __len__(self) -> int:
        return len(self.starts)

    @overload
    def __getitem__(self, index: int) -> Token: ...
    @overload
    def __getitem__(self, index: slice) -> list[Token]: ...
    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        start, end = self.starts[index], self.ends[index]
        return Token(start, end, self.text[start:end], self.norms[index])

    def __iter__(self) -> Iterator[Token]:
        text = self.text
        for start, end, norm in zip(self.starts, self.ends, self.norms, strict=True):
            yield Token(start, end, text[start:end], norm)


class WordLayer(_Layer):
    """The clitic-split words of one text, from each token's pieces; flattened on first read."""

    __slots__ = ("_flat", "pieces", "text", "token_starts")

    def __init__(self, text: str, token_starts: list[int], pieces: list[tuple[Piece, ...]]) -> None:
        self.text = text
        self.token_starts = token_starts
        self.pieces = pieces
        self._flat: list[Word] | None = None

    def _words(self) -> list[Word]:
        if self._flat is None:
            text = self.text
            self._flat = [
                Word(base + start, base + end, text[base + start : base + end], norm, kind, index)
                for index, (base, token_pieces) in enumerate(zip(self.token_starts, self.pieces, strict=True))
                for start, end, norm, kind in token_pieces
            ]
        return self._flat

    def __len__(self) -> int:
        return len(self._words())

    def __getitem__(self, index: Any) -> Any:
        return self._words()[index]

    def __iter__(self) -> Iterator[Word]:
        return iter(self._words())

    def __getstate__(self) -> tuple[str, list[int], list[tuple[Piece, ...]]]:
        return self.text, self.token_starts, self.pieces

    def __setstate__(self, state: tuple[str, list[int], list[tuple[Piece, ...]]]) -> None:
        self.text, self.token_starts, self.pieces = state
        self._flat = None
